import { useTranslation } from 'react-i18next'
import { isLanguage } from '../i18n/language.js'
import type { Language } from '../i18n/language.js'

/**
 * The recommendations editor's words, in the `editor` i18next namespace. They load with the
 * editor's chunk and register themselves, so the shell's bundle carries none of them.
 */
export const EDITOR_NS = 'editor'

const fr = {
  heading: 'Recommandations',
  subtitle: 'Rédigées par les rapporteurs du sous-groupe',
  readOnly: 'Lecture seule',
  readOnlyParticipant: 'Vous pouvez lire, commenter et suggérer.',
  readOnlyObserver: 'Vous suivez les recommandations en lecture seule.',
  writing_one: '{{count}} personne écrit',
  writing_other: '{{count}} personnes écrivent',
  empty: 'Aucune recommandation pour l’instant.',
  emptyWriter: 'Ajoutez la première recommandation avec le bouton « Recommandation ».',
  'toolbar.label': 'Mise en forme des recommandations',
  'toolbar.add': 'Recommandation',
  'toolbar.addHint': 'Ajouter une recommandation',
  'toolbar.bold': 'Gras',
  'toolbar.italic': 'Italique',
  'toolbar.heading': 'Titre de section',
  'toolbar.bulletList': 'Liste à puces',
  'toolbar.orderedList': 'Liste numérotée',
  'toolbar.block': 'Recommandation en cours',
  'toolbar.noBlock':
    'Placez le curseur dans une recommandation pour régler sa priorité, ses acteurs et ses notes.',
  'priority.label': 'Priorité',
  'priority.high': 'Haute',
  'priority.medium': 'Moyenne',
  'priority.low': 'Basse',
  'actors.label': 'Acteurs responsables',
  'actors.placeholder': 'Wilaya, ONG locales…',
  'actors.none': 'Aucun acteur',
  'link.label': 'Lier une note',
  'link.choose': 'Lier une note du tableau…',
  'link.none': 'Le tableau n’a pas encore de notes.',
  'link.cited_one': 'citée {{count}} fois',
  'link.cited_other': 'citée {{count}} fois',
  'link.open': 'Afficher la note sur le tableau : {{text}}',
  'link.remove': 'Retirer le lien vers la note : {{text}}',
  'link.deleted': 'Note supprimée',
  'link.untitled': 'Note sans texte',
  'block.title': 'Titre de la recommandation',
  'block.body': 'Texte de la recommandation…',
  'block.sources': 'Issue des notes',
  'block.label': 'Recommandation : {{title}}',
  'block.delete': 'Supprimer la recommandation',
  'block.deleteHint': 'Supprimer cette recommandation (Ctrl+Z pour annuler)',
  'comments.toggle_zero': 'Commenter',
  'comments.toggle_one': '{{count}} commentaire',
  'comments.toggle_other': '{{count}} commentaires',
  'comments.heading': 'Commentaires',
  'comments.empty': 'Pas encore de commentaire.',
  'comments.write': 'Votre commentaire',
  'comments.placeholder': 'Une remarque, une question…',
  'comments.suggestPlaceholder': 'La formulation que vous proposez…',
  'comments.kind': 'Type',
  'comments.comment': 'Commentaire',
  'comments.suggestion': 'Suggestion',
  'comments.send': 'Envoyer',
  'comments.resolve': 'Marquer comme traité',
  'comments.reopen': 'Rouvrir',
  'comments.resolved': 'Traité',
  'comments.you': 'Vous',
  'comments.error': 'Commentaire impossible : {{message}}',
} as const

/** A key of the `editor` namespace, without plural suffixes. */
export type EditorKey = keyof typeof fr extends infer K
  ? K extends `${infer Base}_${'zero' | 'one' | 'other'}`
    ? Base
    : K
  : never

/** The editor's translate function: `t` bound to the `editor` namespace. */
export type EditorText = (key: EditorKey, options?: Record<string, unknown>) => string

const en: Record<keyof typeof fr, string> = {
  heading: 'Recommendations',
  subtitle: 'Written by the sub-group’s rapporteurs',
  readOnly: 'Read only',
  readOnlyParticipant: 'You can read, comment and suggest.',
  readOnlyObserver: 'You are following the recommendations read-only.',
  writing_one: '{{count}} person writing',
  writing_other: '{{count}} people writing',
  empty: 'No recommendations yet.',
  emptyWriter: 'Add the first recommendation with the “Recommendation” button.',
  'toolbar.label': 'Recommendation formatting',
  'toolbar.add': 'Recommendation',
  'toolbar.addHint': 'Add a recommendation',
  'toolbar.bold': 'Bold',
  'toolbar.italic': 'Italic',
  'toolbar.heading': 'Section heading',
  'toolbar.bulletList': 'Bulleted list',
  'toolbar.orderedList': 'Numbered list',
  'toolbar.block': 'Current recommendation',
  'toolbar.noBlock': 'Put the cursor in a recommendation to set its priority, actors and notes.',
  'priority.label': 'Priority',
  'priority.high': 'High',
  'priority.medium': 'Medium',
  'priority.low': 'Low',
  'actors.label': 'Responsible actors',
  'actors.placeholder': 'Wilaya, local NGOs…',
  'actors.none': 'No actors',
  'link.label': 'Link a note',
  'link.choose': 'Link a board note…',
  'link.none': 'The board has no notes yet.',
  'link.cited_one': 'cited once',
  'link.cited_other': 'cited {{count}} times',
  'link.open': 'Show the note on the board: {{text}}',
  'link.remove': 'Remove the link to the note: {{text}}',
  'link.deleted': 'Deleted note',
  'link.untitled': 'Note without text',
  'block.title': 'Recommendation title',
  'block.body': 'Recommendation text…',
  'block.sources': 'From the notes',
  'block.label': 'Recommendation: {{title}}',
  'block.delete': 'Delete the recommendation',
  'block.deleteHint': 'Delete this recommendation (Ctrl+Z to undo)',
  'comments.toggle_zero': 'Comment',
  'comments.toggle_one': '{{count}} comment',
  'comments.toggle_other': '{{count}} comments',
  'comments.heading': 'Comments',
  'comments.empty': 'No comments yet.',
  'comments.write': 'Your comment',
  'comments.placeholder': 'A remark, a question…',
  'comments.suggestPlaceholder': 'The wording you suggest…',
  'comments.kind': 'Kind',
  'comments.comment': 'Comment',
  'comments.suggestion': 'Suggestion',
  'comments.send': 'Send',
  'comments.resolve': 'Mark as addressed',
  'comments.reopen': 'Reopen',
  'comments.resolved': 'Addressed',
  'comments.you': 'You',
  'comments.error': 'Could not comment: {{message}}',
}

// Arabic plurals have six forms; i18next picks one with Intl.PluralRules('ar').
const ar: Record<string, string> = {
  heading: 'التوصيات',
  subtitle: 'يحرّرها مقرّرو المجموعة الفرعية',
  readOnly: 'للقراءة فقط',
  readOnlyParticipant: 'يمكنك القراءة والتعليق واقتراح صياغة.',
  readOnlyObserver: 'أنت تتابع التوصيات للقراءة فقط.',
  writing_zero: 'لا أحد يكتب',
  writing_one: 'شخص واحد يكتب',
  writing_two: 'شخصان يكتبان',
  writing_few: '{{count}} أشخاص يكتبون',
  writing_many: '{{count}} شخصًا يكتبون',
  writing_other: '{{count}} شخص يكتبون',
  empty: 'لا توجد توصيات بعد.',
  emptyWriter: 'أضف أول توصية بزر «توصية».',
  'toolbar.label': 'تنسيق التوصيات',
  'toolbar.add': 'توصية',
  'toolbar.addHint': 'إضافة توصية',
  'toolbar.bold': 'عريض',
  'toolbar.italic': 'مائل',
  'toolbar.heading': 'عنوان قسم',
  'toolbar.bulletList': 'قائمة نقطية',
  'toolbar.orderedList': 'قائمة مرقّمة',
  'toolbar.block': 'التوصية الحالية',
  'toolbar.noBlock': 'ضع المؤشر داخل توصية لتحديد أولويتها والجهات المسؤولة والملاحظات.',
  'priority.label': 'الأولوية',
  'priority.high': 'عالية',
  'priority.medium': 'متوسطة',
  'priority.low': 'منخفضة',
  'actors.label': 'الجهات المسؤولة',
  'actors.placeholder': 'الولاية، الجمعيات المحلية…',
  'actors.none': 'لا توجد جهات',
  'link.label': 'ربط ملاحظة',
  'link.choose': 'ربط ملاحظة من اللوحة…',
  'link.none': 'لا توجد ملاحظات على اللوحة بعد.',
  'link.cited_zero': 'غير مذكورة',
  'link.cited_one': 'مذكورة مرة واحدة',
  'link.cited_two': 'مذكورة مرتين',
  'link.cited_few': 'مذكورة {{count}} مرات',
  'link.cited_many': 'مذكورة {{count}} مرة',
  'link.cited_other': 'مذكورة {{count}} مرة',
  'link.open': 'عرض الملاحظة على اللوحة: {{text}}',
  'link.remove': 'إزالة الربط بالملاحظة: {{text}}',
  'link.deleted': 'ملاحظة محذوفة',
  'link.untitled': 'ملاحظة بلا نص',
  'block.title': 'عنوان التوصية',
  'block.body': 'نص التوصية…',
  'block.sources': 'مستمدة من الملاحظات',
  'block.label': 'توصية: {{title}}',
  'block.delete': 'حذف التوصية',
  'block.deleteHint': 'حذف هذه التوصية (Ctrl+Z للتراجع)',
  'comments.toggle_zero': 'تعليق',
  'comments.toggle_one': 'تعليق واحد',
  'comments.toggle_two': 'تعليقان',
  'comments.toggle_few': '{{count}} تعليقات',
  'comments.toggle_many': '{{count}} تعليقًا',
  'comments.toggle_other': '{{count}} تعليق',
  'comments.heading': 'التعليقات',
  'comments.empty': 'لا توجد تعليقات بعد.',
  'comments.write': 'تعليقك',
  'comments.placeholder': 'ملاحظة، سؤال…',
  'comments.suggestPlaceholder': 'الصياغة التي تقترحها…',
  'comments.kind': 'النوع',
  'comments.comment': 'تعليق',
  'comments.suggestion': 'اقتراح',
  'comments.send': 'إرسال',
  'comments.resolve': 'تمت المعالجة',
  'comments.reopen': 'إعادة الفتح',
  'comments.resolved': 'تمت معالجته',
  'comments.you': 'أنت',
  'comments.error': 'تعذّر التعليق: {{message}}',
}

/** The editor's resources, by language, for `i18n.addResourceBundle(lng, EDITOR_NS, …)`. */
export const editorStrings: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr,
  en,
  ar,
}

/** The part of an i18next instance the editor needs to register its words. */
export type ResourceTarget = {
  hasResourceBundle(lng: string, ns: string): boolean
  addResourceBundle(lng: string, ns: string, resources: object, deep?: boolean): unknown
}

/** Adds the editor's words to an i18next instance unless they are there already. */
export function addEditorStrings(i18n: ResourceTarget): void {
  for (const [lng, resources] of Object.entries(editorStrings)) {
    if (!i18n.hasResourceBundle(lng, EDITOR_NS)) i18n.addResourceBundle(lng, EDITOR_NS, resources)
  }
}

/** The editor's translate function and the interface's language. */
export function useEditorText(): { t: EditorText; language: Language } {
  // The shell types `t` for its own namespace only; the editor's keys are typed by EditorKey.
  const { t, i18n } = useTranslation(EDITOR_NS as never)
  addEditorStrings(i18n)
  const current = i18n.resolvedLanguage ?? i18n.language
  return { t: t as unknown as EditorText, language: isLanguage(current) ? current : 'fr' }
}
