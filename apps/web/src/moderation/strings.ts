import type { Language } from '../i18n/language.js'
import { addBundles, useBundle } from '../i18n/bundles.js'
import type { ResourceTarget } from '../i18n/bundles.js'

/**
 * The words of moderation (lock, hidden notes, the call to the plenary), in the `moderation`
 * i18next namespace; they register themselves with the components that use them.
 */
export const MODERATION_NS = 'moderation'

const fr = {
  locked:
    'Le tableau est verrouillé : l’animation a suspendu l’écriture. Vous pouvez lire et suivre.',
  'lockedOut.title': 'Modification refusée : le tableau est verrouillé',
  'lockedOut.body':
    'Votre dernière modification n’a pas été enregistrée. Reconnectez-vous quand l’animation aura déverrouillé le tableau.',
  'lockedOut.retry': 'Se reconnecter',
  hide: 'Masquer aux participants',
  unhide: 'Afficher à nouveau',
  hiddenMark: 'masquée',
  hiddenHint: 'Masquée : seule l’animation la voit ; elle reste dans les exports.',
  'gather.title': 'Tout le monde en plénière',
  'gather.countdown_one': 'Vous rejoignez la plénière dans {{count}} seconde…',
  'gather.countdown_other': 'Vous rejoignez la plénière dans {{count}} secondes…',
  'gather.go': 'Y aller maintenant',
  'disperse.title': 'La plénière est terminée',
  'disperse.body': 'L’animation a renvoyé chacun dans son groupe.',
  'disperse.back': 'Retour à mon groupe',
  'console.gather': 'Tout le monde en plénière',
  'console.disperse': 'Renvoyer dans les groupes',
} as const

/** A key of the namespace, without plural suffixes. */
export type ModerationKey = keyof typeof fr extends infer K
  ? K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
    ? Base
    : K
  : never

export type ModerationText = (key: ModerationKey, options?: Record<string, unknown>) => string

const en: Record<keyof typeof fr, string> = {
  locked: 'The board is locked: the facilitator has paused writing. You can still read and follow.',
  'lockedOut.title': 'Change refused: the board is locked',
  'lockedOut.body':
    'Your last change was not saved. Reconnect once the facilitator has unlocked the board.',
  'lockedOut.retry': 'Reconnect',
  hide: 'Hide from participants',
  unhide: 'Show again',
  hiddenMark: 'hidden',
  hiddenHint: 'Hidden: only the facilitator sees it; it stays in the exports.',
  'gather.title': 'Everyone to the plenary',
  'gather.countdown_one': 'Moving you to the plenary in {{count}} second…',
  'gather.countdown_other': 'Moving you to the plenary in {{count}} seconds…',
  'gather.go': 'Go now',
  'disperse.title': 'The plenary is over',
  'disperse.body': 'The facilitator has sent everyone back to their group.',
  'disperse.back': 'Back to my group',
  'console.gather': 'Everyone to the plenary',
  'console.disperse': 'Send back to the groups',
}

// Arabic plurals have six forms; i18next picks one with Intl.PluralRules('ar').
const ar: Record<string, string> = {
  locked: 'اللوحة مقفلة: أوقف الميسّر الكتابة مؤقتًا. يمكنك القراءة والمتابعة.',
  'lockedOut.title': 'رُفض التعديل: اللوحة مقفلة',
  'lockedOut.body': 'لم يُحفظ تعديلك الأخير. أعد الاتصال بعد أن يفتح الميسّر اللوحة.',
  'lockedOut.retry': 'إعادة الاتصال',
  hide: 'إخفاء عن المشاركين',
  unhide: 'إظهار من جديد',
  hiddenMark: 'مخفية',
  hiddenHint: 'مخفية: لا يراها إلا الميسّر، وتبقى في الملفات المصدَّرة.',
  'gather.title': 'الجميع إلى الجلسة العامة',
  'gather.countdown_zero': 'الانتقال إلى الجلسة العامة الآن…',
  'gather.countdown_one': 'الانتقال إلى الجلسة العامة بعد ثانية واحدة…',
  'gather.countdown_two': 'الانتقال إلى الجلسة العامة بعد ثانيتين…',
  'gather.countdown_few': 'الانتقال إلى الجلسة العامة بعد {{count}} ثوانٍ…',
  'gather.countdown_many': 'الانتقال إلى الجلسة العامة بعد {{count}} ثانية…',
  'gather.countdown_other': 'الانتقال إلى الجلسة العامة بعد {{count}} ثانية…',
  'gather.go': 'الذهاب الآن',
  'disperse.title': 'انتهت الجلسة العامة',
  'disperse.body': 'أعاد الميسّر كل مشارك إلى مجموعته.',
  'disperse.back': 'العودة إلى مجموعتي',
  'console.gather': 'الجميع إلى الجلسة العامة',
  'console.disperse': 'إعادة الجميع إلى المجموعات',
}

export const moderationStrings: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr,
  en,
  ar,
}

/** Adds the namespace's words to an i18next instance unless they are there already. */
export function addModerationStrings(i18n: ResourceTarget): void {
  addBundles(i18n, MODERATION_NS, moderationStrings)
}

/** The namespace's translate function and the interface's language. */
export function useModerationText(): { t: ModerationText; language: Language } {
  return useBundle<ModerationText>(MODERATION_NS, moderationStrings)
}
