import type { Language } from '../i18n/language.js'
import { useBundle } from '../i18n/bundles.js'

/**
 * The words of the invitation pages (`/rsvp/<code>`, `/join/<code>`), in the `join` i18next
 * namespace. They register themselves when a page first renders.
 */
export const JOIN_NS = 'join'

const fr = {
  loading: 'Chargement…',
  'rsvp.title': 'Votre invitation',
  'rsvp.hello': 'Bonjour {{name}},',
  'rsvp.invited': 'vous êtes invité·e à la consultation « {{consultation}} ».',
  'rsvp.session': 'Session',
  'rsvp.date': 'Date',
  'rsvp.place': 'Lieu',
  'rsvp.unknown': 'à préciser',
  'rsvp.question': 'Serez-vous présent·e ?',
  'rsvp.confirm': 'Je confirme ma présence',
  'rsvp.decline': 'Je ne pourrai pas venir',
  'rsvp.confirmed': 'Merci, votre présence est confirmée. À bientôt !',
  'rsvp.declined': 'Merci de nous avoir prévenus. Votre réponse est enregistrée.',
  'rsvp.attended': 'Vous avez déjà rejoint la session.',
  'rsvp.change': 'Vous pouvez changer votre réponse à tout moment avec ce lien.',
  'join.title': 'Rejoindre l’atelier',
  'join.opening': 'Ouverture de votre tableau…',
  'join.group': 'Vous allez rejoindre : {{board}}',
  'join.name': 'Votre nom affiché',
  'join.nameHint': 'Un prénom ou un pseudonyme suffit. Les autres participants le verront.',
  'join.submit': 'Rejoindre',
  'join.nameRequired': 'Écrivez un nom affiché (1 à 60 caractères).',
  'enter.code': 'Code affiché à l’écran',
  'enter.submit': 'Continuer',
  'error.unknown': 'Ce code n’existe pas. Vérifiez-le et réessayez.',
  'error.expired': 'Ce code a expiré.',
  'error.revoked': 'Ce code n’est plus valable. Demandez un nouveau lien à l’animateur.',
  'error.notInvitation': 'Ce code sert à rejoindre un groupe, pas à répondre à une invitation.',
  'error.rateLimited': 'Trop de codes erronés depuis ce réseau. Attendez quelques minutes.',
  'error.network': 'Pas de connexion. Réessayez.',
  'error.unexpected': 'Une erreur est survenue. Réessayez.',
} as const

export type JoinKey = keyof typeof fr
export type JoinText = (key: JoinKey, options?: Record<string, unknown>) => string

const en: Record<JoinKey, string> = {
  loading: 'Loading…',
  'rsvp.title': 'Your invitation',
  'rsvp.hello': 'Hello {{name}},',
  'rsvp.invited': 'you are invited to the consultation “{{consultation}}”.',
  'rsvp.session': 'Session',
  'rsvp.date': 'Date',
  'rsvp.place': 'Place',
  'rsvp.unknown': 'to be confirmed',
  'rsvp.question': 'Will you attend?',
  'rsvp.confirm': 'I will attend',
  'rsvp.decline': 'I cannot come',
  'rsvp.confirmed': 'Thank you, your attendance is confirmed. See you soon!',
  'rsvp.declined': 'Thank you for letting us know. Your answer is recorded.',
  'rsvp.attended': 'You have joined the session already.',
  'rsvp.change': 'You can change your answer at any time with this link.',
  'join.title': 'Join the workshop',
  'join.opening': 'Opening your board…',
  'join.group': 'You are joining: {{board}}',
  'join.name': 'Your display name',
  'join.nameHint': 'A first name or a nickname is enough. Other participants will see it.',
  'join.submit': 'Join',
  'join.nameRequired': 'Write a display name (1 to 60 characters).',
  'enter.code': 'Code shown on the screen',
  'enter.submit': 'Continue',
  'error.unknown': 'This code does not exist. Check it and try again.',
  'error.expired': 'This code has expired.',
  'error.revoked': 'This code is no longer valid. Ask the facilitator for a new link.',
  'error.notInvitation': 'This code is for joining a group, not for answering an invitation.',
  'error.rateLimited': 'Too many wrong codes from this network. Wait a few minutes.',
  'error.network': 'No connection. Try again.',
  'error.unexpected': 'Something went wrong. Try again.',
}

const ar: Record<JoinKey, string> = {
  loading: 'جارٍ التحميل…',
  'rsvp.title': 'دعوتكم',
  'rsvp.hello': 'مرحبًا {{name}}،',
  'rsvp.invited': 'يسعدنا دعوتكم إلى المشاورة «{{consultation}}».',
  'rsvp.session': 'الجلسة',
  'rsvp.date': 'التاريخ',
  'rsvp.place': 'المكان',
  'rsvp.unknown': 'سيُحدَّد لاحقًا',
  'rsvp.question': 'هل ستحضرون؟',
  'rsvp.confirm': 'أؤكد حضوري',
  'rsvp.decline': 'لن أتمكن من الحضور',
  'rsvp.confirmed': 'شكرًا، تمّ تأكيد حضوركم. إلى اللقاء!',
  'rsvp.declined': 'شكرًا على إخبارنا. تمّ تسجيل جوابكم.',
  'rsvp.attended': 'لقد انضممتم إلى الجلسة من قبل.',
  'rsvp.change': 'يمكنكم تغيير جوابكم في أي وقت بهذا الرابط.',
  'join.title': 'الانضمام إلى الورشة',
  'join.opening': 'جارٍ فتح لوحتكم…',
  'join.group': 'ستنضمون إلى: {{board}}',
  'join.name': 'الاسم الظاهر',
  'join.nameHint': 'يكفي اسم شخصي أو اسم مستعار. سيراه المشاركون الآخرون.',
  'join.submit': 'انضمام',
  'join.nameRequired': 'اكتبوا اسمًا ظاهرًا (من 1 إلى 60 حرفًا).',
  'enter.code': 'الرمز المعروض على الشاشة',
  'enter.submit': 'متابعة',
  'error.unknown': 'هذا الرمز غير موجود. تحققوا منه وأعيدوا المحاولة.',
  'error.expired': 'انتهت صلاحية هذا الرمز.',
  'error.revoked': 'هذا الرمز لم يعد صالحًا. اطلبوا رابطًا جديدًا من المُيسِّر.',
  'error.notInvitation': 'هذا الرمز للانضمام إلى مجموعة، لا للرد على دعوة.',
  'error.rateLimited': 'رموز خاطئة كثيرة من هذه الشبكة. انتظروا بضع دقائق.',
  'error.network': 'لا يوجد اتصال. أعيدوا المحاولة.',
  'error.unexpected': 'حدث خطأ. أعيدوا المحاولة.',
}

/** The invitation pages' words by language. */
export const joinStrings: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr,
  en,
  ar,
}

/** The invitation pages' translate function and the interface's language. */
export function useJoinText(): { t: JoinText; language: Language } {
  return useBundle<JoinText>(JOIN_NS, joinStrings)
}
