import i18next from 'i18next'
import type { Language } from '../i18n/language.js'
import { addBundles, useBundle } from '../i18n/bundles.js'
import type { ResourceTarget } from '../i18n/bundles.js'

/**
 * The plenary's words, in the `validation` i18next namespace: promoting notes to the plenary,
 * where each came from, and the validation round (verdicts, priority levels, reservations).
 * They register themselves with the components that use them. Priority level names come from
 * `@atelier/model`'s labels.
 */
export const VALIDATION_NS = 'validation'

const fr = {
  open: 'Validation',
  openHint: 'Valider les priorités avec la salle',
  heading: 'Validation des priorités',
  'subtitle.facilitator':
    'Les notes de ce tableau, classées par votes. Pour chacune, enregistrez la décision de la salle : le niveau de priorité est noté sur la note, à la vue de tous.',
  'subtitle.room': 'Les décisions de la salle sur chaque priorité de ce tableau.',
  close: 'Fermer la validation',
  empty: 'Aucune note à valider sur ce tableau.',
  pending: 'À valider',
  rank: 'N° {{rank}}',
  votes_one: '{{count}} vote',
  votes_other: '{{count}} votes',
  'verdict.legend': 'Décision de la salle',
  'verdict.agreed': 'Validée',
  'verdict.reservations': 'Validée avec réserves',
  'verdict.not-agreed': 'Non validée',
  'priority.legend': 'Niveau de priorité',
  'priority.suggested': 'Suggéré par le rang : {{level}}',
  'priority.none': 'Sans priorité',
  'priority.level': 'Priorité : {{level}}',
  'reservation.label': 'La réserve exprimée',
  'reservation.placeholder': 'Ce que la salle demande de préciser ou de changer',
  'reservation.required': 'Écrivez la réserve avant d’enregistrer.',
  'reservation.tooLong': 'La réserve est trop longue : {{max}} caractères au plus.',
  save: 'Enregistrer la décision',
  change: 'Modifier',
  reopen: 'Rouvrir',
  cancel: 'Annuler',
  saved: 'Décision enregistrée : {{verdict}}.',
  'list.verdict': 'Validation : {{verdict}}',
  'list.reservation': 'Réserve : {{text}}',
  'list.origin': 'Promue depuis le sous-groupe {{group}}',
  'origin.badge': 'G{{group}}',
  'origin.title': 'Venue du sous-groupe {{group}}',
  'origin.plenaryBadge': 'S{{number}}',
  'origin.plenary': 'Plénière',
  'list.fromPlenary': 'Validée en plénière',
  'list.fromSessionPlenary': 'Validée en plénière de la session {{number}}',
  'promote.selected_one': '{{count}} note sélectionnée',
  'promote.selected_other': '{{count}} notes sélectionnées',
  'promote.button': 'Promouvoir en plénière',
  'promote.working': 'Promotion en cours…',
  'promote.added_one': '{{count}} note ajoutée à la plénière.',
  'promote.added_other': '{{count}} notes ajoutées à la plénière.',
  'promote.already_one': '{{count}} y était déjà.',
  'promote.already_other': '{{count}} y étaient déjà.',
  'promote.open': 'Ouvrir la plénière',
  'promote.failed': 'La promotion a échoué ({{status}}) : {{message}}',
  'promote.offline': 'Le relais est injoignable : réessayez une fois reconnecté.',
} as const

/** A key of the `validation` namespace, without plural suffixes. */
export type ValidationKey = keyof typeof fr extends infer K
  ? K extends `${infer Base}_${'zero' | 'one' | 'other'}`
    ? Base
    : K
  : never

/** The plenary's translate function: `t` bound to the `validation` namespace. */
export type ValidationText = (key: ValidationKey, options?: Record<string, unknown>) => string

const en: Record<keyof typeof fr, string> = {
  open: 'Validation',
  openHint: 'Validate the priorities with the room',
  heading: 'Validating the priorities',
  'subtitle.facilitator':
    'This board’s notes, ranked by votes. For each, record the room’s decision: the priority level is stored on the note, for everyone to see.',
  'subtitle.room': 'The room’s decisions on each priority of this board.',
  close: 'Close the validation',
  empty: 'No notes to validate on this board.',
  pending: 'To be validated',
  rank: 'No. {{rank}}',
  votes_one: '{{count}} vote',
  votes_other: '{{count}} votes',
  'verdict.legend': 'The room’s decision',
  'verdict.agreed': 'Agreed',
  'verdict.reservations': 'Agreed with reservations',
  'verdict.not-agreed': 'Not agreed',
  'priority.legend': 'Priority level',
  'priority.suggested': 'Suggested by rank: {{level}}',
  'priority.none': 'No priority',
  'priority.level': '{{level}} priority',
  'reservation.label': 'The reservation',
  'reservation.placeholder': 'What the room asks to clarify or change',
  'reservation.required': 'Write the reservation before saving.',
  'reservation.tooLong': 'The reservation is too long: {{max}} characters at most.',
  save: 'Save the decision',
  change: 'Change',
  reopen: 'Reopen',
  cancel: 'Cancel',
  saved: 'Decision saved: {{verdict}}.',
  'list.verdict': 'Validation: {{verdict}}',
  'list.reservation': 'Reservation: {{text}}',
  'list.origin': 'Promoted from sub-group {{group}}',
  'origin.badge': 'G{{group}}',
  'origin.title': 'From sub-group {{group}}',
  'origin.plenaryBadge': 'S{{number}}',
  'origin.plenary': 'Plenary',
  'list.fromPlenary': 'Validated in plenary',
  'list.fromSessionPlenary': 'Validated in the plenary of session {{number}}',
  'promote.selected_one': '{{count}} note selected',
  'promote.selected_other': '{{count}} notes selected',
  'promote.button': 'Promote to plenary',
  'promote.working': 'Promoting…',
  'promote.added_one': '{{count}} note added to the plenary.',
  'promote.added_other': '{{count}} notes added to the plenary.',
  'promote.already_one': '{{count}} was already there.',
  'promote.already_other': '{{count}} were already there.',
  'promote.open': 'Open the plenary',
  'promote.failed': 'Promotion failed ({{status}}): {{message}}',
  'promote.offline': 'The relay cannot be reached: try again once reconnected.',
}

// Arabic plurals have six forms; i18next picks one with Intl.PluralRules('ar').
const ar: Record<string, string> = {
  open: 'المصادقة',
  openHint: 'المصادقة على الأولويات مع الحاضرين',
  heading: 'المصادقة على الأولويات',
  'subtitle.facilitator':
    'ملاحظات هذه اللوحة مرتّبة حسب الأصوات. سجّلوا قرار الحاضرين في كل واحدة منها: يُحفظ مستوى الأولوية على الملاحظة ويراه الجميع.',
  'subtitle.room': 'قرارات الحاضرين بشأن كل أولوية في هذه اللوحة.',
  close: 'إغلاق المصادقة',
  empty: 'لا توجد ملاحظات للمصادقة في هذه اللوحة.',
  pending: 'في انتظار المصادقة',
  rank: 'رقم {{rank}}',
  votes_zero: 'لا أصوات',
  votes_one: 'صوت واحد',
  votes_two: 'صوتان',
  votes_few: '{{count}} أصوات',
  votes_many: '{{count}} صوتًا',
  votes_other: '{{count}} صوت',
  'verdict.legend': 'قرار الحاضرين',
  'verdict.agreed': 'مُصادَق عليها',
  'verdict.reservations': 'مُصادَق عليها مع تحفّظات',
  'verdict.not-agreed': 'غير مُصادَق عليها',
  'priority.legend': 'مستوى الأولوية',
  'priority.suggested': 'المقترح حسب الترتيب: {{level}}',
  'priority.none': 'دون أولوية',
  'priority.level': 'أولوية {{level}}',
  'reservation.label': 'التحفّظ المُعبَّر عنه',
  'reservation.placeholder': 'ما يطلب الحاضرون توضيحه أو تغييره',
  'reservation.required': 'اكتبوا التحفّظ قبل الحفظ.',
  'reservation.tooLong': 'التحفّظ طويل جدًا: {{max}} حرفًا على الأكثر.',
  save: 'حفظ القرار',
  change: 'تعديل',
  reopen: 'إعادة الفتح',
  cancel: 'إلغاء',
  saved: 'تم حفظ القرار: {{verdict}}.',
  'list.verdict': 'المصادقة: {{verdict}}',
  'list.reservation': 'التحفّظ: {{text}}',
  'list.origin': 'مرفوعة من المجموعة الفرعية {{group}}',
  'origin.badge': 'م{{group}}',
  'origin.title': 'من المجموعة الفرعية {{group}}',
  'origin.plenaryBadge': 'ج{{number}}',
  'origin.plenary': 'جلسة عامة',
  'list.fromPlenary': 'صودق عليها في الجلسة العامة',
  'list.fromSessionPlenary': 'صودق عليها في الجلسة العامة للجلسة {{number}}',
  'promote.selected_zero': 'لا ملاحظات محدّدة',
  'promote.selected_one': 'ملاحظة واحدة محدّدة',
  'promote.selected_two': 'ملاحظتان محدّدتان',
  'promote.selected_few': '{{count}} ملاحظات محدّدة',
  'promote.selected_many': '{{count}} ملاحظة محدّدة',
  'promote.selected_other': '{{count}} ملاحظة محدّدة',
  'promote.button': 'رفع إلى الجلسة العامة',
  'promote.working': 'جارٍ الرفع…',
  'promote.added_zero': 'لم تُضَف أي ملاحظة إلى الجلسة العامة.',
  'promote.added_one': 'أُضيفت ملاحظة واحدة إلى الجلسة العامة.',
  'promote.added_two': 'أُضيفت ملاحظتان إلى الجلسة العامة.',
  'promote.added_few': 'أُضيفت {{count}} ملاحظات إلى الجلسة العامة.',
  'promote.added_many': 'أُضيفت {{count}} ملاحظة إلى الجلسة العامة.',
  'promote.added_other': 'أُضيفت {{count}} ملاحظة إلى الجلسة العامة.',
  'promote.already_zero': 'لا شيء كان موجودًا من قبل.',
  'promote.already_one': 'ملاحظة واحدة كانت موجودة من قبل.',
  'promote.already_two': 'ملاحظتان كانتا موجودتين من قبل.',
  'promote.already_few': '{{count}} ملاحظات كانت موجودة من قبل.',
  'promote.already_many': '{{count}} ملاحظة كانت موجودة من قبل.',
  'promote.already_other': '{{count}} ملاحظة كانت موجودة من قبل.',
  'promote.open': 'فتح الجلسة العامة',
  'promote.failed': 'تعذّر الرفع ({{status}}): {{message}}',
  'promote.offline': 'تعذّر الوصول إلى الخادم: أعيدوا المحاولة بعد عودة الاتصال.',
}

/** The plenary's resources, by language, for `i18n.addResourceBundle(lng, VALIDATION_NS, …)`. */
export const validationStrings: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr,
  en,
  ar,
}

/** Adds the plenary's words to an i18next instance unless they are there already. */
export function addValidationStrings(i18n: ResourceTarget): void {
  addBundles(i18n, VALIDATION_NS, validationStrings)
}

/** The plenary's translate function and the interface's language. */
export function useValidationText(): { t: ValidationText; language: Language } {
  return useBundle<ValidationText>(VALIDATION_NS, validationStrings)
}

/** The words in one language, outside React (the accessible list describes notes with them). */
export function validationTextIn(language: Language): ValidationText {
  addValidationStrings(i18next)
  return i18next.getFixedT(language, VALIDATION_NS as never) as unknown as ValidationText
}
