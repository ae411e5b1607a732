import type { Language } from '../i18n/language.js'
import { addBundles, useBundle } from '../i18n/bundles.js'
import type { ResourceTarget } from '../i18n/bundles.js'

/**
 * The words of private writing and moderation, in the `drafts` i18next namespace: the
 * participant's private composer and list, and the facilitator's writing card. They register
 * themselves with the components that use them.
 */
export const DRAFTS_NS = 'drafts'

const fr = {
  'mode.open': 'Écriture ouverte',
  'mode.private': 'Écriture privée',
  'mode.moderated': 'Écriture modérée',
  'explain.private':
    'Vos notes restent privées jusqu’à ce que l’animation les dévoile, toutes en même temps.',
  'explain.moderated':
    'Vos notes passent d’abord par l’animation, qui les publie sur le tableau ou les garde.',
  'compose.heading': 'Écrire une note privée',
  'compose.text': 'Votre note',
  'compose.placeholder': 'Une idée, un constat, un besoin…',
  'compose.category': 'Catégorie',
  'compose.anonymous': 'Anonyme',
  'compose.anonymousHint': 'Votre nom n’apparaîtra nulle part, pas même pour l’animation.',
  'compose.submit': 'Garder ma note',
  'compose.sent': 'Note gardée. Elle apparaîtra au dévoilement.',
  'compose.sentModerated': 'Note envoyée à l’animation.',
  'compose.empty': 'Écrivez quelque chose avant d’envoyer.',
  'mine.heading_one': 'Mes notes privées ({{count}})',
  'mine.heading_other': 'Mes notes privées ({{count}})',
  'mine.none': 'Aucune note en attente.',
  'mine.anonymous': 'anonyme',
  'state.pending.private': 'En attente du dévoilement',
  'state.pending.moderated': 'En attente de l’animation',
  'state.held': 'Gardée par l’animation',
  withdraw: 'Retirer',
  withdrawLabel: 'Retirer la note « {{text}} »',
  'error.generic': 'Action impossible ({{status}}). Réessayez.',
  'error.network': 'Pas de connexion : la note n’a pas été envoyée.',
  'error.open': 'L’écriture est redevenue ouverte : écrivez directement sur le tableau.',
  'error.full': 'Trop de notes en attente : retirez-en une ou attendez le dévoilement.',
  'console.heading': 'Écriture des participants',
  'console.mode': 'Mode d’écriture',
  'console.reveal_one': 'Dévoiler {{count}} note',
  'console.reveal_other': 'Dévoiler {{count}} notes',
  'console.revealHint': 'Les notes privées apparaissent toutes en même temps sur chaque tableau.',
  'console.queue': 'File de modération',
  'console.queueEmpty': 'Aucune note en attente de modération.',
  'console.pendingCount_one': '{{count}} note en attente',
  'console.pendingCount_other': '{{count}} notes en attente',
  'console.heldCount_one': '{{count}} gardée',
  'console.heldCount_other': '{{count}} gardées',
  'console.anonymous': 'Anonyme',
  'console.release': 'Publier',
  'console.hold': 'Garder',
  'console.releaseAll': 'Tout publier',
  'console.releaseLabel': 'Publier la note « {{text}} »',
  'console.holdLabel': 'Garder la note « {{text}} » hors du tableau',
  'console.held': 'Gardée',
} as const

export type DraftsKey = keyof typeof fr extends infer K
  ? K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
    ? Base
    : K
  : never

export type DraftsText = (key: DraftsKey, options?: Record<string, unknown>) => string

const en: Record<keyof typeof fr, string> = {
  'mode.open': 'Open writing',
  'mode.private': 'Private writing',
  'mode.moderated': 'Moderated writing',
  'explain.private': 'Your notes stay private until the facilitator reveals them, all at once.',
  'explain.moderated':
    'Your notes go to the facilitator first, who puts them on the board or holds them back.',
  'compose.heading': 'Write a private note',
  'compose.text': 'Your note',
  'compose.placeholder': 'An idea, a finding, a need…',
  'compose.category': 'Category',
  'compose.anonymous': 'Anonymous',
  'compose.anonymousHint': 'Your name will appear nowhere, not even to the facilitator.',
  'compose.submit': 'Keep my note',
  'compose.sent': 'Note kept. It will appear at the reveal.',
  'compose.sentModerated': 'Note sent to the facilitator.',
  'compose.empty': 'Write something before sending.',
  'mine.heading_one': 'My private notes ({{count}})',
  'mine.heading_other': 'My private notes ({{count}})',
  'mine.none': 'No notes waiting.',
  'mine.anonymous': 'anonymous',
  'state.pending.private': 'Waiting for the reveal',
  'state.pending.moderated': 'Waiting for the facilitator',
  'state.held': 'Held by the facilitator',
  withdraw: 'Withdraw',
  withdrawLabel: 'Withdraw the note “{{text}}”',
  'error.generic': 'That did not work ({{status}}). Try again.',
  'error.network': 'No connection: the note was not sent.',
  'error.open': 'Writing is open again: write on the board directly.',
  'error.full': 'Too many notes waiting: withdraw one or wait for the reveal.',
  'console.heading': 'Participants’ writing',
  'console.mode': 'Writing mode',
  'console.reveal_one': 'Reveal {{count}} note',
  'console.reveal_other': 'Reveal {{count}} notes',
  'console.revealHint': 'Private notes appear all at once on every board.',
  'console.queue': 'Moderation queue',
  'console.queueEmpty': 'No notes waiting for moderation.',
  'console.pendingCount_one': '{{count}} note waiting',
  'console.pendingCount_other': '{{count}} notes waiting',
  'console.heldCount_one': '{{count}} held',
  'console.heldCount_other': '{{count}} held',
  'console.anonymous': 'Anonymous',
  'console.release': 'Release',
  'console.hold': 'Hold',
  'console.releaseAll': 'Release all',
  'console.releaseLabel': 'Release the note “{{text}}”',
  'console.holdLabel': 'Hold the note “{{text}}” off the board',
  'console.held': 'Held',
}

// Arabic plurals have six forms; i18next picks one with Intl.PluralRules('ar').
const ar: Record<string, string> = {
  'mode.open': 'كتابة مفتوحة',
  'mode.private': 'كتابة خاصة',
  'mode.moderated': 'كتابة خاضعة للإشراف',
  'explain.private': 'تبقى ملاحظاتك خاصة حتى يكشفها الميسّر، كلها في آن واحد.',
  'explain.moderated': 'تصل ملاحظاتك إلى الميسّر أولاً، فينشرها على اللوحة أو يحتفظ بها.',
  'compose.heading': 'اكتب ملاحظة خاصة',
  'compose.text': 'ملاحظتك',
  'compose.placeholder': 'فكرة، ملاحظة، حاجة…',
  'compose.category': 'الفئة',
  'compose.anonymous': 'مجهول الهوية',
  'compose.anonymousHint': 'لن يظهر اسمك في أي مكان، ولا حتى للميسّر.',
  'compose.submit': 'احتفظ بملاحظتي',
  'compose.sent': 'حُفظت الملاحظة. ستظهر عند الكشف.',
  'compose.sentModerated': 'أُرسلت الملاحظة إلى الميسّر.',
  'compose.empty': 'اكتب شيئاً قبل الإرسال.',
  'mine.heading_zero': 'ملاحظاتي الخاصة ({{count}})',
  'mine.heading_one': 'ملاحظاتي الخاصة ({{count}})',
  'mine.heading_two': 'ملاحظاتي الخاصة ({{count}})',
  'mine.heading_few': 'ملاحظاتي الخاصة ({{count}})',
  'mine.heading_many': 'ملاحظاتي الخاصة ({{count}})',
  'mine.heading_other': 'ملاحظاتي الخاصة ({{count}})',
  'mine.none': 'لا توجد ملاحظات في الانتظار.',
  'mine.anonymous': 'مجهولة',
  'state.pending.private': 'في انتظار الكشف',
  'state.pending.moderated': 'في انتظار الميسّر',
  'state.held': 'احتفظ بها الميسّر',
  withdraw: 'سحب',
  withdrawLabel: 'سحب الملاحظة «{{text}}»',
  'error.generic': 'تعذّر ذلك ({{status}}). حاول مرة أخرى.',
  'error.network': 'لا يوجد اتصال: لم تُرسل الملاحظة.',
  'error.open': 'أصبحت الكتابة مفتوحة من جديد: اكتب مباشرة على اللوحة.',
  'error.full': 'ملاحظات كثيرة في الانتظار: اسحب واحدة أو انتظر الكشف.',
  'console.heading': 'كتابة المشاركين',
  'console.mode': 'نمط الكتابة',
  'console.reveal_zero': 'كشف {{count}} ملاحظة',
  'console.reveal_one': 'كشف ملاحظة واحدة',
  'console.reveal_two': 'كشف ملاحظتين',
  'console.reveal_few': 'كشف {{count}} ملاحظات',
  'console.reveal_many': 'كشف {{count}} ملاحظة',
  'console.reveal_other': 'كشف {{count}} ملاحظة',
  'console.revealHint': 'تظهر الملاحظات الخاصة كلها في آن واحد على كل لوحة.',
  'console.queue': 'قائمة الإشراف',
  'console.queueEmpty': 'لا توجد ملاحظات في انتظار الإشراف.',
  'console.pendingCount_zero': 'لا ملاحظات في الانتظار',
  'console.pendingCount_one': 'ملاحظة واحدة في الانتظار',
  'console.pendingCount_two': 'ملاحظتان في الانتظار',
  'console.pendingCount_few': '{{count}} ملاحظات في الانتظار',
  'console.pendingCount_many': '{{count}} ملاحظة في الانتظار',
  'console.pendingCount_other': '{{count}} ملاحظة في الانتظار',
  'console.heldCount_zero': 'لا شيء محتجز',
  'console.heldCount_one': 'واحدة محتجزة',
  'console.heldCount_two': 'اثنتان محتجزتان',
  'console.heldCount_few': '{{count}} محتجزة',
  'console.heldCount_many': '{{count}} محتجزة',
  'console.heldCount_other': '{{count}} محتجزة',
  'console.anonymous': 'مجهول الهوية',
  'console.release': 'نشر',
  'console.hold': 'احتفاظ',
  'console.releaseAll': 'نشر الكل',
  'console.releaseLabel': 'نشر الملاحظة «{{text}}»',
  'console.holdLabel': 'الاحتفاظ بالملاحظة «{{text}}» خارج اللوحة',
  'console.held': 'محتجزة',
}

/** The resources, by language, for `i18n.addResourceBundle(lng, DRAFTS_NS, …)`. */
export const draftsStrings: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr,
  en,
  ar,
}

/** Adds these words to an i18next instance unless they are there already. */
export function addDraftsStrings(i18n: ResourceTarget): void {
  addBundles(i18n, DRAFTS_NS, draftsStrings)
}

/** The translate function of private writing and the interface's language. */
export function useDraftsText(): { t: DraftsText; language: Language } {
  return useBundle<DraftsText>(DRAFTS_NS, draftsStrings)
}
