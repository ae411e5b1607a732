import { useTranslation } from 'react-i18next'
import { isLanguage } from '../i18n/language.js'
import type { Language } from '../i18n/language.js'

/**
 * The history panel's words, in the `history` i18next namespace. They load with the panel's
 * chunk (a facilitator's only) and register themselves, so no other screen downloads them.
 */
export const HISTORY_NS = 'history'

const fr = {
  open: 'Historique',
  openHint: 'Historique des versions du tableau',
  heading: 'Historique du tableau',
  subtitle:
    'Le relais enregistre une version toutes les quelques minutes. Restaurer ajoute une modification : rien n’est effacé.',
  close: 'Fermer l’historique',
  'save.label': 'Nommer l’état actuel',
  'save.placeholder': 'Par exemple : Avant la plénière',
  'save.button': 'Enregistrer la version',
  'save.saving': 'Enregistrement…',
  'save.empty': 'Donnez un nom à la version.',
  'save.tooLong': 'Le nom est trop long : {{count}} caractères au plus ({{length}} saisis).',
  'save.done': 'Version « {{name}} » enregistrée.',
  'list.heading': 'Versions',
  'list.count_one': '{{count}} version',
  'list.count_other': '{{count}} versions',
  'list.loading': 'Chargement des versions…',
  'list.empty':
    'Aucune version pour l’instant. Le relais en enregistre une dès que le tableau change.',
  'list.refresh': 'Actualiser',
  'list.today': 'Aujourd’hui',
  'list.yesterday': 'Hier',
  'list.latest': 'La plus récente',
  'reason.auto': 'Automatique',
  'reason.named': 'Nommée',
  'reason.phase': 'Avant changement de phase',
  'reason.restore': 'Avant restauration',
  'title.auto': 'Enregistrement automatique',
  'title.phase': 'Avant le changement de phase',
  'title.restore': 'Avant la restauration',
  'title.restoreOf': 'Avant la restauration de « {{name}} »',
  'author.relay': 'Atelier',
  'author.you': '{{name}} (vous)',
  'author.unknown': 'Personne {{id}}',
  'item.by': 'par {{author}}',
  'item.label': '{{title}}, {{time}}, par {{author}}',
  view: 'Voir',
  'view.hint': 'Voir « {{title}} » en lecture seule',
  restore: 'Restaurer',
  'restore.hint': 'Restaurer « {{title}} »',
  'preview.back': 'Retour aux versions',
  'preview.readOnly': 'Lecture seule',
  'preview.loading': 'Chargement de la version…',
  'preview.notes_one': '{{count}} note',
  'preview.notes_other': '{{count}} notes',
  'preview.frames_one': '{{count}} cadre',
  'preview.frames_other': '{{count}} cadres',
  'preview.votes_one': '{{count}} vote',
  'preview.votes_other': '{{count}} votes',
  'preview.offFrame': 'Hors des cadres',
  'preview.outsideCells': 'Hors des cases',
  'preview.noNotes': 'Aucune note dans cette version.',
  'preview.hidden': 'masquée',
  'preview.anonymous': 'anonyme',
  'preview.recommendations': 'Recommandations',
  'preview.noRecommendations': 'Aucune recommandation dans cette version.',
  'preview.restore': 'Restaurer cette version',
  'confirm.heading': 'Restaurer cette version ?',
  'confirm.body':
    'Le tableau de tout le monde reviendra à « {{title}} » ({{time}}). L’état actuel est d’abord gardé dans l’historique : vous pourrez y revenir.',
  'confirm.restore': 'Restaurer pour tout le monde',
  'confirm.cancel': 'Annuler',
  'confirm.restoring': 'Restauration…',
  'restore.done':
    '« {{title}} » est restaurée : chaque participant la reçoit. L’état d’avant est gardé dans l’historique.',
  'error.title': 'L’historique ne répond pas',
  'error.unauthorized': 'Votre lien n’est plus valide. Rouvrez le tableau avec un nouveau lien.',
  'error.expired': 'Votre lien a expiré. Rouvrez le tableau avec un nouveau lien.',
  'error.forbidden': 'Seul l’animateur ou l’animatrice de cet atelier peut utiliser l’historique.',
  'error.notFound': 'Cette version n’existe pas (ou plus) sur le relais.',
  'error.deleted': 'Ce tableau a été supprimé sur le relais.',
  'error.badName': 'Le relais refuse ce nom : {{count}} caractères au plus.',
  'error.server': 'Le relais a rencontré une erreur ({{status}}). Réessayez dans un instant.',
  'error.network': 'Impossible de joindre le relais. Vérifiez la connexion, puis réessayez.',
  'error.unexpected': 'Réponse inattendue du relais ({{status}}).',
  retry: 'Réessayer',
} as const

/** A key of the `history` namespace, without plural suffixes. */
export type HistoryKey = keyof typeof fr extends infer K
  ? K extends `${infer Base}_${'zero' | 'one' | 'other'}`
    ? Base
    : K
  : never

/** The panel's translate function: `t` bound to the `history` namespace. */
export type HistoryText = (key: HistoryKey, options?: Record<string, unknown>) => string

const en: Record<keyof typeof fr, string> = {
  open: 'History',
  openHint: 'The board’s version history',
  heading: 'Board history',
  subtitle:
    'The relay saves a version every few minutes. Restoring adds a change: nothing is erased.',
  close: 'Close the history',
  'save.label': 'Name the current state',
  'save.placeholder': 'For example: Before the plenary',
  'save.button': 'Save version',
  'save.saving': 'Saving…',
  'save.empty': 'Give the version a name.',
  'save.tooLong': 'The name is too long: {{count}} characters at most ({{length}} typed).',
  'save.done': 'Version “{{name}}” saved.',
  'list.heading': 'Versions',
  'list.count_one': '{{count}} version',
  'list.count_other': '{{count}} versions',
  'list.loading': 'Loading versions…',
  'list.empty': 'No versions yet. The relay saves one as soon as the board changes.',
  'list.refresh': 'Refresh',
  'list.today': 'Today',
  'list.yesterday': 'Yesterday',
  'list.latest': 'Latest',
  'reason.auto': 'Automatic',
  'reason.named': 'Named',
  'reason.phase': 'Before phase change',
  'reason.restore': 'Before restore',
  'title.auto': 'Automatic save',
  'title.phase': 'Before the phase change',
  'title.restore': 'Before the restore',
  'title.restoreOf': 'Before restoring “{{name}}”',
  'author.relay': 'Atelier',
  'author.you': '{{name}} (you)',
  'author.unknown': 'Person {{id}}',
  'item.by': 'by {{author}}',
  'item.label': '{{title}}, {{time}}, by {{author}}',
  view: 'View',
  'view.hint': 'View “{{title}}” read-only',
  restore: 'Restore',
  'restore.hint': 'Restore “{{title}}”',
  'preview.back': 'Back to versions',
  'preview.readOnly': 'Read only',
  'preview.loading': 'Loading the version…',
  'preview.notes_one': '{{count}} note',
  'preview.notes_other': '{{count}} notes',
  'preview.frames_one': '{{count}} frame',
  'preview.frames_other': '{{count}} frames',
  'preview.votes_one': '{{count}} vote',
  'preview.votes_other': '{{count}} votes',
  'preview.offFrame': 'Outside the frames',
  'preview.outsideCells': 'Outside the cells',
  'preview.noNotes': 'No notes in this version.',
  'preview.hidden': 'hidden',
  'preview.anonymous': 'anonymous',
  'preview.recommendations': 'Recommendations',
  'preview.noRecommendations': 'No recommendations in this version.',
  'preview.restore': 'Restore this version',
  'confirm.heading': 'Restore this version?',
  'confirm.body':
    'Everyone’s board will go back to “{{title}}” ({{time}}). The current state is kept in the history first: you can come back to it.',
  'confirm.restore': 'Restore for everyone',
  'confirm.cancel': 'Cancel',
  'confirm.restoring': 'Restoring…',
  'restore.done':
    '“{{title}}” is restored: every participant receives it. The state before is kept in the history.',
  'error.title': 'The history is not answering',
  'error.unauthorized': 'Your link is no longer valid. Open the board again with a new link.',
  'error.expired': 'Your link has expired. Open the board again with a new link.',
  'error.forbidden': 'Only this workshop’s facilitator can use the history.',
  'error.notFound': 'This version does not exist (any more) on the relay.',
  'error.deleted': 'This board was deleted on the relay.',
  'error.badName': 'The relay refuses this name: {{count}} characters at most.',
  'error.server': 'The relay ran into an error ({{status}}). Try again in a moment.',
  'error.network': 'The relay cannot be reached. Check the connection, then try again.',
  'error.unexpected': 'Unexpected answer from the relay ({{status}}).',
  retry: 'Try again',
}

// Arabic plurals have six forms; i18next picks one with Intl.PluralRules('ar').
const ar: Record<string, string> = {
  open: 'السجل',
  openHint: 'سجل نسخ اللوحة',
  heading: 'سجل اللوحة',
  subtitle: 'يحفظ الخادم نسخة كل بضع دقائق. الاستعادة تضيف تعديلًا جديدًا: لا يُحذف شيء.',
  close: 'إغلاق السجل',
  'save.label': 'تسمية الحالة الحالية',
  'save.placeholder': 'مثلًا: قبل الجلسة العامة',
  'save.button': 'حفظ النسخة',
  'save.saving': 'جارٍ الحفظ…',
  'save.empty': 'أعطِ النسخة اسمًا.',
  'save.tooLong': 'الاسم طويل جدًا: {{count}} حرفًا على الأكثر (كتبت {{length}}).',
  'save.done': 'حُفظت النسخة «{{name}}».',
  'list.heading': 'النسخ',
  'list.count_zero': 'لا توجد نسخ',
  'list.count_one': 'نسخة واحدة',
  'list.count_two': 'نسختان',
  'list.count_few': '{{count}} نسخ',
  'list.count_many': '{{count}} نسخة',
  'list.count_other': '{{count}} نسخة',
  'list.loading': 'جارٍ تحميل النسخ…',
  'list.empty': 'لا توجد نسخ بعد. يحفظ الخادم نسخة حالما تتغير اللوحة.',
  'list.refresh': 'تحديث',
  'list.today': 'اليوم',
  'list.yesterday': 'أمس',
  'list.latest': 'الأحدث',
  'reason.auto': 'تلقائية',
  'reason.named': 'مسمّاة',
  'reason.phase': 'قبل تغيير المرحلة',
  'reason.restore': 'قبل الاستعادة',
  'title.auto': 'حفظ تلقائي',
  'title.phase': 'قبل تغيير المرحلة',
  'title.restore': 'قبل الاستعادة',
  'title.restoreOf': 'قبل استعادة «{{name}}»',
  'author.relay': 'أتولييه',
  'author.you': '{{name}} (أنت)',
  'author.unknown': 'الشخص {{id}}',
  'item.by': 'بواسطة {{author}}',
  'item.label': '{{title}}، {{time}}، بواسطة {{author}}',
  view: 'عرض',
  'view.hint': 'عرض «{{title}}» للقراءة فقط',
  restore: 'استعادة',
  'restore.hint': 'استعادة «{{title}}»',
  'preview.back': 'العودة إلى النسخ',
  'preview.readOnly': 'للقراءة فقط',
  'preview.loading': 'جارٍ تحميل النسخة…',
  'preview.notes_zero': 'لا ملاحظات',
  'preview.notes_one': 'ملاحظة واحدة',
  'preview.notes_two': 'ملاحظتان',
  'preview.notes_few': '{{count}} ملاحظات',
  'preview.notes_many': '{{count}} ملاحظة',
  'preview.notes_other': '{{count}} ملاحظة',
  'preview.frames_zero': 'لا أطر',
  'preview.frames_one': 'إطار واحد',
  'preview.frames_two': 'إطاران',
  'preview.frames_few': '{{count}} أطر',
  'preview.frames_many': '{{count}} إطارًا',
  'preview.frames_other': '{{count}} إطار',
  'preview.votes_zero': 'لا أصوات',
  'preview.votes_one': 'صوت واحد',
  'preview.votes_two': 'صوتان',
  'preview.votes_few': '{{count}} أصوات',
  'preview.votes_many': '{{count}} صوتًا',
  'preview.votes_other': '{{count}} صوت',
  'preview.offFrame': 'خارج الأطر',
  'preview.outsideCells': 'خارج الخانات',
  'preview.noNotes': 'لا توجد ملاحظات في هذه النسخة.',
  'preview.hidden': 'مخفية',
  'preview.anonymous': 'مجهولة',
  'preview.recommendations': 'التوصيات',
  'preview.noRecommendations': 'لا توجد توصيات في هذه النسخة.',
  'preview.restore': 'استعادة هذه النسخة',
  'confirm.heading': 'استعادة هذه النسخة؟',
  'confirm.body':
    'ستعود لوحة الجميع إلى «{{title}}» ({{time}}). تُحفظ الحالة الحالية أولًا في السجل: يمكنك الرجوع إليها.',
  'confirm.restore': 'الاستعادة للجميع',
  'confirm.cancel': 'إلغاء',
  'confirm.restoring': 'جارٍ الاستعادة…',
  'restore.done': 'استُعيدت «{{title}}»: يتلقاها كل المشاركين. الحالة السابقة محفوظة في السجل.',
  'error.title': 'السجل لا يستجيب',
  'error.unauthorized': 'رابطك لم يعد صالحًا. افتح اللوحة برابط جديد.',
  'error.expired': 'انتهت صلاحية رابطك. افتح اللوحة برابط جديد.',
  'error.forbidden': 'لا يستخدم السجل إلا ميسّر هذه الورشة.',
  'error.notFound': 'هذه النسخة غير موجودة (أو لم تعد موجودة) على الخادم.',
  'error.deleted': 'حُذفت هذه اللوحة على الخادم.',
  'error.badName': 'يرفض الخادم هذا الاسم: {{count}} حرفًا على الأكثر.',
  'error.server': 'واجه الخادم خطأ ({{status}}). أعد المحاولة بعد قليل.',
  'error.network': 'تعذّر الوصول إلى الخادم. تحقّق من الاتصال ثم أعد المحاولة.',
  'error.unexpected': 'ردّ غير متوقع من الخادم ({{status}}).',
  retry: 'إعادة المحاولة',
}

/** The panel's resources, by language, for `i18n.addResourceBundle(lng, HISTORY_NS, …)`. */
export const historyStrings: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr,
  en,
  ar,
}

/** The part of an i18next instance the panel needs to register its words. */
export type ResourceTarget = {
  hasResourceBundle(lng: string, ns: string): boolean
  addResourceBundle(lng: string, ns: string, resources: object, deep?: boolean): unknown
}

/** Adds the panel's words to an i18next instance unless they are there already. */
export function addHistoryStrings(i18n: ResourceTarget): void {
  for (const [lng, resources] of Object.entries(historyStrings)) {
    if (!i18n.hasResourceBundle(lng, HISTORY_NS)) i18n.addResourceBundle(lng, HISTORY_NS, resources)
  }
}

/** The panel's translate function and the interface's language. */
export function useHistoryText(): { t: HistoryText; language: Language } {
  // The shell types `t` for its own namespace only; the panel's keys are typed by HistoryKey.
  const { t, i18n } = useTranslation(HISTORY_NS as never)
  addHistoryStrings(i18n)
  const current = i18n.resolvedLanguage ?? i18n.language
  return { t: t as unknown as HistoryText, language: isLanguage(current) ? current : 'fr' }
}
