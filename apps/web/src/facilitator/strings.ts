import { useTranslation } from 'react-i18next'
import { isLanguage } from '../i18n/language.js'
import type { Language } from '../i18n/language.js'

/**
 * The facilitator console's words, in the `facilitator` i18next namespace. They load with the
 * console's chunk and register themselves; session titles and phases come from the toolkit.
 */
export const FACILITATOR_NS = 'facilitator'

const fr = {
  title: 'Console de l’animation',
  loading: 'Chargement de la consultation…',
  noToken: 'Ce lien ne contient pas d’accès à la console. Ouvrez le lien d’animation de l’atelier.',
  notFacilitator:
    'Cette console est réservée à l’animation : votre lien ouvre l’atelier avec un autre rôle.',
  retry: 'Réessayer',
  'create.heading': 'Créer la consultation',
  'create.intro':
    'Chaque session choisie reçoit un tableau par sous-groupe et un tableau de plénière, préparés à partir de son modèle.',
  'create.title': 'Titre de la consultation',
  'create.titlePlaceholder': 'Consultations sectorielles sur la résilience numérique',
  'create.sessions': 'Sessions',
  'create.sessionMeta': 'Session {{number}} · {{phases}} étapes · {{duration}}',
  duration: '{{hours}} h {{minutes}}',
  'create.groups': 'Sous-groupes par session',
  'create.groupsHint': 'Par défaut : 24 participants en 4 groupes de 6.',
  'create.locale': 'Langue des tableaux',
  'create.submit': 'Créer la consultation',
  'create.submitting': 'Préparation des tableaux…',
  'create.noTitle': 'Donnez un titre à la consultation.',
  'create.noSession': 'Choisissez au moins une session.',
  'session.heading': 'Session {{number}} — {{title}}',
  'agenda.heading': 'Déroulé',
  'agenda.minutes': '{{count}} min',
  'agenda.room.subgroup': 'Sous-groupes',
  'agenda.room.plenary': 'Plénière',
  'agenda.current': 'En cours',
  'agenda.start': 'Démarrer',
  'agenda.restart': 'Relancer',
  'agenda.startLabel': 'Démarrer l’étape « {{phase}} »',
  'now.heading': 'Étape en cours',
  'now.none': 'Aucune étape n’a commencé. Démarrez la première du déroulé.',
  'now.controls': 'Commandes de la session',
  'timer.pause': 'Mettre en pause',
  'timer.resume': 'Reprendre',
  'timer.addMinute': '+1 min',
  'timer.addMinuteLabel': 'Ajouter une minute au minuteur',
  'lock.lock': 'Verrouiller les tableaux',
  'lock.unlock': 'Déverrouiller les tableaux',
  'voting.open': 'Ouvrir le vote',
  'voting.close': 'Clore le vote',
  'voting.none': 'Pas de vote en cours',
  'voting.isOpen': 'Vote ouvert',
  'voting.isClosed': 'Vote clos',
  'voting.group': 'Vote',
  'voting.budget': 'Votes par participant',
  'voting.budgetHint': 'De 1 à {{max}}.',
  'voting.budgetInvalid': 'Entrez un nombre entier de 1 à {{max}}.',
  'voting.budgetOpen': 'Budget : {{budget}} par participant',
  'boards.heading': 'Tableaux de la session',
  'boards.board': 'Tableau',
  'boards.participants': 'Participants',
  'boards.rapporteurs': 'Rapporteurs',
  'boards.observers': 'Observateurs',
  'boards.open': 'Ouvrir',
  'boards.asBoard': 'Tableau',
  'boards.asProjector': 'Projecteur',
  'boards.asObserver': 'Observateur',
  'boards.openLabel': '{{board}} : ouvrir en vue {{view}}',
  'boards.presenceError': 'Présences indisponibles. {{reason}}',
  'boards.live': 'Présences mises à jour toutes les 3 secondes',
  'sync.offline': 'Connexion aux tableaux interrompue : l’état affiché peut dater.',
  'error.network': 'Le relais ne répond pas. Vérifiez la connexion puis réessayez.',
  'error.unauthorized': 'Le relais ne reconnaît pas ce lien d’animation.',
  'error.expired': 'Ce lien d’animation a expiré. Demandez-en un nouveau.',
  'error.forbidden': 'Ce lien ne permet pas d’animer cet atelier.',
  'error.notFound': 'Introuvable : {{message}}',
  'error.conflict': 'Refusé : {{message}}',
  'error.invalid': 'Demande refusée : {{message}}',
  'error.server': 'Le relais a rencontré une erreur ({{status}}). Réessayez dans un instant.',
  'error.unexpected': 'Réponse inattendue du relais ({{status}}).',
} as const

/** A key of the `facilitator` namespace, without plural suffixes. */
export type FacilitatorKey = keyof typeof fr

/** The console's translate function: `t` bound to the `facilitator` namespace. */
export type FacilitatorText = (key: FacilitatorKey, options?: Record<string, unknown>) => string

const en: Record<keyof typeof fr, string> = {
  title: 'Facilitator console',
  loading: 'Loading the consultation…',
  noToken: 'This link gives no access to the console. Open the workshop’s facilitator link.',
  notFacilitator:
    'This console is for facilitators: your link opens the workshop with another role.',
  retry: 'Try again',
  'create.heading': 'Create the consultation',
  'create.intro':
    'Each session you choose gets one board per sub-group and a plenary board, prepared from its template.',
  'create.title': 'Consultation title',
  'create.titlePlaceholder': 'Sectoral consultations on digital resilience',
  'create.sessions': 'Sessions',
  'create.sessionMeta': 'Session {{number}} · {{phases}} steps · {{duration}}',
  duration: '{{hours}} h {{minutes}} min',
  'create.groups': 'Sub-groups per session',
  'create.groupsHint': 'By default: 24 participants in 4 groups of 6.',
  'create.locale': 'Language of the boards',
  'create.submit': 'Create the consultation',
  'create.submitting': 'Preparing the boards…',
  'create.noTitle': 'Give the consultation a title.',
  'create.noSession': 'Choose at least one session.',
  'session.heading': 'Session {{number}} — {{title}}',
  'agenda.heading': 'Agenda',
  'agenda.minutes': '{{count}} min',
  'agenda.room.subgroup': 'Sub-groups',
  'agenda.room.plenary': 'Plenary',
  'agenda.current': 'Now',
  'agenda.start': 'Start',
  'agenda.restart': 'Restart',
  'agenda.startLabel': 'Start the step “{{phase}}”',
  'now.heading': 'Current step',
  'now.none': 'No step has started. Start the first one of the agenda.',
  'now.controls': 'Session controls',
  'timer.pause': 'Pause',
  'timer.resume': 'Resume',
  'timer.addMinute': '+1 min',
  'timer.addMinuteLabel': 'Add one minute to the timer',
  'lock.lock': 'Lock the boards',
  'lock.unlock': 'Unlock the boards',
  'voting.open': 'Open voting',
  'voting.close': 'Close voting',
  'voting.none': 'No vote under way',
  'voting.isOpen': 'Voting open',
  'voting.isClosed': 'Voting closed',
  'voting.group': 'Voting',
  'voting.budget': 'Votes per participant',
  'voting.budgetHint': 'From 1 to {{max}}.',
  'voting.budgetInvalid': 'Enter a whole number from 1 to {{max}}.',
  'voting.budgetOpen': 'Budget: {{budget}} per participant',
  'boards.heading': 'Boards of the session',
  'boards.board': 'Board',
  'boards.participants': 'Participants',
  'boards.rapporteurs': 'Rapporteurs',
  'boards.observers': 'Observers',
  'boards.open': 'Open',
  'boards.asBoard': 'Board',
  'boards.asProjector': 'Projector',
  'boards.asObserver': 'Observer',
  'boards.openLabel': '{{board}}: open the {{view}} view',
  'boards.presenceError': 'Presence unavailable. {{reason}}',
  'boards.live': 'Presence refreshed every 3 seconds',
  'sync.offline': 'Connection to the boards lost: what is shown may be out of date.',
  'error.network': 'The relay does not answer. Check the connection and try again.',
  'error.unauthorized': 'The relay does not recognise this facilitator link.',
  'error.expired': 'This facilitator link has expired. Ask for a new one.',
  'error.forbidden': 'This link does not allow facilitating this workshop.',
  'error.notFound': 'Not found: {{message}}',
  'error.conflict': 'Refused: {{message}}',
  'error.invalid': 'Request refused: {{message}}',
  'error.server': 'The relay ran into an error ({{status}}). Try again in a moment.',
  'error.unexpected': 'Unexpected answer from the relay ({{status}}).',
}

const ar: Record<keyof typeof fr, string> = {
  title: 'لوحة تحكّم الميسّر',
  loading: 'جارٍ تحميل المشاورة…',
  noToken: 'هذا الرابط لا يمنح الوصول إلى لوحة التحكّم. افتح رابط التيسير الخاص بالورشة.',
  notFacilitator: 'لوحة التحكّم هذه خاصة بالميسّرين: رابطك يفتح الورشة بدور آخر.',
  retry: 'إعادة المحاولة',
  'create.heading': 'إنشاء المشاورة',
  'create.intro':
    'تحصل كل جلسة مختارة على لوحة لكل مجموعة فرعية ولوحة للجلسة العامة، مُعدّة انطلاقًا من نموذجها.',
  'create.title': 'عنوان المشاورة',
  'create.titlePlaceholder': 'مشاورات قطاعية حول الصمود الرقمي',
  'create.sessions': 'الجلسات',
  'create.sessionMeta': 'الجلسة {{number}} · {{phases}} مراحل · {{duration}}',
  duration: '{{hours}} س {{minutes}} د',
  'create.groups': 'عدد المجموعات الفرعية في كل جلسة',
  'create.groupsHint': 'افتراضيًا: 24 مشاركًا في 4 مجموعات من 6.',
  'create.locale': 'لغة اللوحات',
  'create.submit': 'إنشاء المشاورة',
  'create.submitting': 'جارٍ إعداد اللوحات…',
  'create.noTitle': 'أعطِ المشاورة عنوانًا.',
  'create.noSession': 'اختر جلسة واحدة على الأقل.',
  'session.heading': 'الجلسة {{number}} — {{title}}',
  'agenda.heading': 'البرنامج',
  'agenda.minutes': '{{count}} دقيقة',
  'agenda.room.subgroup': 'المجموعات الفرعية',
  'agenda.room.plenary': 'الجلسة العامة',
  'agenda.current': 'جارية',
  'agenda.start': 'بدء',
  'agenda.restart': 'إعادة البدء',
  'agenda.startLabel': 'بدء مرحلة «{{phase}}»',
  'now.heading': 'المرحلة الجارية',
  'now.none': 'لم تبدأ أي مرحلة بعد. ابدأ المرحلة الأولى من البرنامج.',
  'now.controls': 'أدوات التحكّم في الجلسة',
  'timer.pause': 'إيقاف مؤقت',
  'timer.resume': 'استئناف',
  'timer.addMinute': '+1 دقيقة',
  'timer.addMinuteLabel': 'إضافة دقيقة إلى المؤقّت',
  'lock.lock': 'قفل اللوحات',
  'lock.unlock': 'فتح اللوحات',
  'voting.open': 'فتح التصويت',
  'voting.close': 'إغلاق التصويت',
  'voting.none': 'لا تصويت جارٍ',
  'voting.isOpen': 'التصويت مفتوح',
  'voting.isClosed': 'التصويت مغلق',
  'voting.group': 'التصويت',
  'voting.budget': 'عدد الأصوات لكل مشارك',
  'voting.budgetHint': 'من 1 إلى {{max}}.',
  'voting.budgetInvalid': 'أدخل عددًا صحيحًا من 1 إلى {{max}}.',
  'voting.budgetOpen': 'الرصيد: {{budget}} لكل مشارك',
  'boards.heading': 'لوحات الجلسة',
  'boards.board': 'اللوحة',
  'boards.participants': 'المشاركون',
  'boards.rapporteurs': 'المقرّرون',
  'boards.observers': 'الملاحظون',
  'boards.open': 'فتح',
  'boards.asBoard': 'اللوحة',
  'boards.asProjector': 'العرض',
  'boards.asObserver': 'الملاحظة',
  'boards.openLabel': '{{board}}: فتح عرض {{view}}',
  'boards.presenceError': 'الحضور غير متاح. {{reason}}',
  'boards.live': 'يُحدَّث الحضور كل 3 ثوانٍ',
  'sync.offline': 'انقطع الاتصال باللوحات: قد لا يكون المعروض محدّثًا.',
  'error.network': 'الخادم لا يستجيب. تحقّق من الاتصال ثم أعد المحاولة.',
  'error.unauthorized': 'الخادم لا يتعرّف على رابط التيسير هذا.',
  'error.expired': 'انتهت صلاحية رابط التيسير هذا. اطلب رابطًا جديدًا.',
  'error.forbidden': 'هذا الرابط لا يسمح بتيسير هذه الورشة.',
  'error.notFound': 'غير موجود: {{message}}',
  'error.conflict': 'مرفوض: {{message}}',
  'error.invalid': 'طلب مرفوض: {{message}}',
  'error.server': 'واجه الخادم خطأ ({{status}}). أعد المحاولة بعد لحظة.',
  'error.unexpected': 'جواب غير متوقّع من الخادم ({{status}}).',
}

/** The console's resources, by language, for `i18n.addResourceBundle(lng, FACILITATOR_NS, …)`. */
export const facilitatorStrings: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr,
  en,
  ar,
}

/** The part of an i18next instance the console needs to register its words. */
export type ResourceTarget = {
  hasResourceBundle(lng: string, ns: string): boolean
  addResourceBundle(lng: string, ns: string, resources: object, deep?: boolean): unknown
}

/** Adds the console's words to an i18next instance unless they are there already. */
export function addFacilitatorStrings(i18n: ResourceTarget): void {
  for (const [lng, resources] of Object.entries(facilitatorStrings)) {
    if (!i18n.hasResourceBundle(lng, FACILITATOR_NS))
      i18n.addResourceBundle(lng, FACILITATOR_NS, resources)
  }
}

/** The console's translate function and the interface's language. */
export function useFacilitatorText(): { t: FacilitatorText; language: Language } {
  // The shell types `t` for its own namespace only; the console's keys are typed here.
  const { t, i18n } = useTranslation(FACILITATOR_NS as never)
  addFacilitatorStrings(i18n)
  const current = i18n.resolvedLanguage ?? i18n.language
  return { t: t as unknown as FacilitatorText, language: isLanguage(current) ? current : 'fr' }
}
