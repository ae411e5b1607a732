/**
 * The phone view's words, in the `phone` i18next namespace. The model's own labels (categories,
 * frame titles, axes, lanes, score bands) come from `@atelier/model`'s `LABELS` instead, so the
 * canvas and the phone always name a cell the same way.
 */
export const PHONE_NS = 'phone'

const fr = {
  boardFallback: 'Tableau du groupe',
  online_one: '{{count}} personne connectée',
  online_other: '{{count}} personnes connectées',
  readOnly: 'Lecture seule',
  observerNotice: 'Vous suivez ce tableau en lecture seule.',
  'status.offline':
    'Hors ligne — vos notes sont gardées sur ce téléphone et envoyées au retour du réseau.',
  'status.connecting': 'Connexion au tableau…',
  'composer.heading': 'Écrire une note',
  'composer.text': 'Votre note',
  'composer.placeholder': 'Un constat, un besoin, une idée…',
  'composer.category': 'Catégorie',
  'composer.anonymous': 'Note anonyme',
  'composer.anonymousHint': 'Votre nom ne sera pas attaché à la note.',
  'composer.submit': 'Ajouter la note',
  'composer.added': 'Note ajoutée.',
  'composer.placeNow': 'La placer',
  'composer.empty': 'Écrivez d’abord le texte de la note.',
  'list.heading': 'Notes du groupe',
  'list.empty': 'Aucune note pour l’instant. Écrivez la première !',
  'list.emptyFiltered': 'Aucune note dans ce filtre.',
  'filter.label': 'Filtrer les notes',
  'filter.all': 'Toutes',
  'filter.mine': 'Les miennes',
  'note.anonymous': 'Anonyme',
  'note.you': 'Vous',
  'note.unplaced': 'Pas encore placée',
  'note.hidden': 'Masquée aux participants',
  'note.offCell': 'hors des cases',
  'note.votes_one': '{{count}} vote',
  'note.votes_other': '{{count}} votes',
  'note.score': 'score {{score}} · {{band}}',
  'action.vote': 'Voter',
  'action.unvote': 'Voté',
  'action.place': 'Placer',
  'action.edit': 'Modifier',
  'action.delete': 'Supprimer',
  'action.sheet': 'Fiche action',
  'votes.left_one': '{{count}} vote restant',
  'votes.left_other': '{{count}} votes restants',
  'votes.none': 'Plus de votes : retirez-en un pour voter ailleurs.',
  'edit.heading': 'Modifier la note',
  'edit.text': 'Texte de la note',
  'edit.save': 'Enregistrer',
  'edit.cancel': 'Annuler',
  'delete.confirm': 'Supprimer cette note pour tout le groupe ?',
  'delete.yes': 'Oui, supprimer',
  'delete.no': 'Garder',
  'place.heading': 'Placer la note',
  'place.frame': 'Sur quel cadre ?',
  'place.noFrames':
    'Le tableau n’a pas encore de matrice ni de grille : l’animation les ajoute depuis son écran.',
  'place.cell': 'Dans quelle case ?',
  'place.lane': 'Dans quelle colonne ?',
  'place.placed': 'Placée : {{where}}',
  'place.close': 'Fermer',
  'place.cellScore': 'score {{score}}',
  'sheet.close': 'Fermer',
  'sheet.loading': 'Ouverture de la fiche…',
  'error.notFound': 'Cette note a été supprimée entre-temps.',
  'error.budget': 'Vous avez utilisé tous vos votes : retirez-en un d’abord.',
  'error.hidden': 'Cette note a été masquée par l’animation.',
  'error.generic': 'Action impossible : {{message}}',
} as const

/** A key of the `phone` namespace. */
export type PhoneKey = keyof typeof fr extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : K
  : never

/** The phone view's translate function: `t` bound to the `phone` namespace. */
export type PhoneText = (key: PhoneKey, options?: Record<string, unknown>) => string

const en: Record<keyof typeof fr, string> = {
  boardFallback: 'Group board',
  online_one: '{{count}} person online',
  online_other: '{{count}} people online',
  readOnly: 'Read only',
  observerNotice: 'You are following this board read-only.',
  'status.offline':
    'Offline — your notes are kept on this phone and sent when the network returns.',
  'status.connecting': 'Connecting to the board…',
  'composer.heading': 'Write a note',
  'composer.text': 'Your note',
  'composer.placeholder': 'A finding, a need, an idea…',
  'composer.category': 'Category',
  'composer.anonymous': 'Anonymous note',
  'composer.anonymousHint': 'Your name will not be attached to the note.',
  'composer.submit': 'Add the note',
  'composer.added': 'Note added.',
  'composer.placeNow': 'Place it',
  'composer.empty': 'Write the note’s text first.',
  'list.heading': 'The group’s notes',
  'list.empty': 'No notes yet. Write the first one!',
  'list.emptyFiltered': 'No notes in this filter.',
  'filter.label': 'Filter the notes',
  'filter.all': 'All',
  'filter.mine': 'Mine',
  'note.anonymous': 'Anonymous',
  'note.you': 'You',
  'note.unplaced': 'Not placed yet',
  'note.hidden': 'Hidden from participants',
  'note.offCell': 'outside the cells',
  'note.votes_one': '{{count}} vote',
  'note.votes_other': '{{count}} votes',
  'note.score': 'score {{score}} · {{band}}',
  'action.vote': 'Vote',
  'action.unvote': 'Voted',
  'action.place': 'Place',
  'action.edit': 'Edit',
  'action.delete': 'Delete',
  'action.sheet': 'Action sheet',
  'votes.left_one': '{{count}} vote left',
  'votes.left_other': '{{count}} votes left',
  'votes.none': 'No votes left: take one back to vote elsewhere.',
  'edit.heading': 'Edit the note',
  'edit.text': 'Note text',
  'edit.save': 'Save',
  'edit.cancel': 'Cancel',
  'delete.confirm': 'Delete this note for the whole group?',
  'delete.yes': 'Yes, delete',
  'delete.no': 'Keep it',
  'place.heading': 'Place the note',
  'place.frame': 'On which frame?',
  'place.noFrames':
    'The board has no matrix or grid yet: the facilitator adds them from their screen.',
  'place.cell': 'In which cell?',
  'place.lane': 'In which column?',
  'place.placed': 'Placed: {{where}}',
  'place.close': 'Close',
  'place.cellScore': 'score {{score}}',
  'sheet.close': 'Close',
  'sheet.loading': 'Opening the sheet…',
  'error.notFound': 'This note was deleted meanwhile.',
  'error.budget': 'You have used all your votes: take one back first.',
  'error.hidden': 'This note was hidden by the facilitator.',
  'error.generic': 'Could not do that: {{message}}',
}

// Arabic plurals have six forms; i18next picks one with Intl.PluralRules('ar').
const ar: Record<string, string> = {
  boardFallback: 'لوحة المجموعة',
  online_zero: 'لا أحد متصل',
  online_one: 'شخص واحد متصل',
  online_two: 'شخصان متصلان',
  online_few: '{{count}} أشخاص متصلون',
  online_many: '{{count}} شخصًا متصلًا',
  online_other: '{{count}} شخص متصل',
  readOnly: 'للقراءة فقط',
  observerNotice: 'أنت تتابع هذه اللوحة للقراءة فقط.',
  'status.offline': 'غير متصل — ملاحظاتك محفوظة على هذا الهاتف وتُرسل عند عودة الشبكة.',
  'status.connecting': 'جارٍ الاتصال باللوحة…',
  'composer.heading': 'اكتب ملاحظة',
  'composer.text': 'ملاحظتك',
  'composer.placeholder': 'استنتاج، حاجة، فكرة…',
  'composer.category': 'الفئة',
  'composer.anonymous': 'ملاحظة دون اسم',
  'composer.anonymousHint': 'لن يُرفق اسمك بالملاحظة.',
  'composer.submit': 'أضف الملاحظة',
  'composer.added': 'أُضيفت الملاحظة.',
  'composer.placeNow': 'ضعها في مكانها',
  'composer.empty': 'اكتب نص الملاحظة أولًا.',
  'list.heading': 'ملاحظات المجموعة',
  'list.empty': 'لا توجد ملاحظات بعد. اكتب أول ملاحظة!',
  'list.emptyFiltered': 'لا توجد ملاحظات في هذه التصفية.',
  'filter.label': 'تصفية الملاحظات',
  'filter.all': 'الكل',
  'filter.mine': 'ملاحظاتي',
  'note.anonymous': 'دون اسم',
  'note.you': 'أنت',
  'note.unplaced': 'لم توضع بعد',
  'note.hidden': 'مخفية عن المشاركين',
  'note.offCell': 'خارج الخانات',
  'note.votes_zero': 'لا أصوات',
  'note.votes_one': 'صوت واحد',
  'note.votes_two': 'صوتان',
  'note.votes_few': '{{count}} أصوات',
  'note.votes_many': '{{count}} صوتًا',
  'note.votes_other': '{{count}} صوت',
  'note.score': 'الدرجة {{score}} · {{band}}',
  'action.vote': 'صوّت',
  'action.unvote': 'صوّتُّ',
  'action.place': 'ضع',
  'action.edit': 'عدّل',
  'action.delete': 'احذف',
  'action.sheet': 'بطاقة الإجراء',
  'votes.left_zero': 'لا أصوات متبقية',
  'votes.left_one': 'صوت واحد متبقٍ',
  'votes.left_two': 'صوتان متبقيان',
  'votes.left_few': '{{count}} أصوات متبقية',
  'votes.left_many': '{{count}} صوتًا متبقيًا',
  'votes.left_other': '{{count}} صوت متبقٍ',
  'votes.none': 'لم تبقَ لك أصوات: اسحب صوتًا لتصوّت لغيرها.',
  'edit.heading': 'تعديل الملاحظة',
  'edit.text': 'نص الملاحظة',
  'edit.save': 'احفظ',
  'edit.cancel': 'إلغاء',
  'delete.confirm': 'أتحذف هذه الملاحظة للمجموعة كلها؟',
  'delete.yes': 'نعم، احذف',
  'delete.no': 'أبقِها',
  'place.heading': 'ضع الملاحظة',
  'place.frame': 'على أي إطار؟',
  'place.noFrames': 'لا توجد في اللوحة مصفوفة ولا شبكة بعد: يضيفها الميسّر من شاشته.',
  'place.cell': 'في أي خانة؟',
  'place.lane': 'في أي عمود؟',
  'place.placed': 'وُضعت: {{where}}',
  'place.close': 'أغلق',
  'place.cellScore': 'الدرجة {{score}}',
  'sheet.close': 'أغلق',
  'sheet.loading': 'جارٍ فتح البطاقة…',
  'error.notFound': 'حُذفت هذه الملاحظة في الأثناء.',
  'error.budget': 'استعملت كل أصواتك: اسحب صوتًا أولًا.',
  'error.hidden': 'أخفى الميسّر هذه الملاحظة.',
  'error.generic': 'تعذّر ذلك: {{message}}',
}

/** The phone view's resources, by language, for `i18n.addResourceBundle(lng, PHONE_NS, …)`. */
export const phoneStrings: Readonly<Record<'fr' | 'en' | 'ar', Readonly<Record<string, string>>>> =
  { fr, en, ar }

/** The part of an i18next instance the phone view needs to register its words. */
export type ResourceTarget = {
  hasResourceBundle(lng: string, ns: string): boolean
  addResourceBundle(lng: string, ns: string, resources: object, deep?: boolean): unknown
}

/**
 * Adds the phone view's words to an i18next instance unless they are there already. The phone
 * view calls it before its first translation, so the shell need not know its keys.
 */
export function addPhoneStrings(i18n: ResourceTarget): void {
  for (const [lng, resources] of Object.entries(phoneStrings)) {
    if (!i18n.hasResourceBundle(lng, PHONE_NS)) i18n.addResourceBundle(lng, PHONE_NS, resources)
  }
}
