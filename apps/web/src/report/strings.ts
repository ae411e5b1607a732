import { STRINGS } from '@atelier/report/strings'
import { useBundle } from '../i18n/bundles.js'
import type { Bundles } from '../i18n/bundles.js'
import type { Language } from '../i18n/language.js'

/**
 * The printable report page's words, in the `report-page` namespace, and the console's export
 * buttons' words (`exports.*`), which load with the console. The report's own contents (notes,
 * titles) come from the relay in the language asked.
 *
 * Each language starts from the words of the report documents (DOCX, XLSX, Markdown), taken from
 * `@atelier/report/strings`, a module without the documents' writers, so the page's chunk stays
 * light. Where the page words one differently (a date or a number in it, a shorter column name,
 * another Arabic translation), its wording follows and wins.
 */
export const REPORT_PAGE_NS = 'report-page'

const fr = {
  ...STRINGS.fr,
  // The documents' words, said the page's way.
  generated: 'Établi le {{date}}',
  session: 'Session {{number}} — {{title}}',
  level: 'Niveau',

  loading: 'Préparation du rapport…',
  noToken:
    'Ce lien ne contient pas d’accès au rapport. Ouvrez-le depuis la console de l’animation.',
  notAllowed: 'Le rapport est réservé à l’animation et aux observateurs de l’atelier.',
  failed: 'Le rapport n’a pas pu être chargé. Vérifiez la connexion et réessayez.',
  noConsultation: 'Cet atelier n’a pas encore de consultation.',
  retry: 'Réessayer',
  print: 'Imprimer / enregistrer en PDF',
  plenaryBoard: 'Le tableau de la plénière, tel que la salle l’a vu',
  votesCount: '{{count}} vote(s)',
  from: 'Sous-groupe',
  stakeholder: 'Type d’acteur',
  'stakeholder.public-institution': 'Institution publique',
  'stakeholder.civil-society': 'Société civile',
  'stakeholder.field-actor': 'Acteur de terrain',
  'stakeholder.youth': 'Jeunes',
  'stakeholder.migrant': 'Migrants',
  'stakeholder.community-actor': 'Acteur communautaire',
  'stakeholder.other': 'Autre',
  roadmapBoard: 'Le tableau de la feuille de route',
  'exports.pdf': 'PDF',
  'exports.toolkit': 'Ouvrir la boîte à outils imprimable',
  'exports.heading': 'Rapport de consultation',
  'exports.intro':
    'Le rapport reprend tous les tableaux de la consultation, tels qu’ils sont maintenant.',
  'exports.language': 'Langue du rapport',
  'exports.md': 'Markdown',
  'exports.docx': 'Word (DOCX)',
  'exports.xlsx': 'Excel (XLSX)',
  'exports.download': 'Télécharger le rapport en {{format}}',
  'exports.downloading': 'Préparation du fichier…',
  'exports.failed': 'Le téléchargement a échoué. Réessayez.',
  'exports.page': 'Ouvrir le rapport imprimable',
} as const

type Key = keyof typeof fr
export type ReportText = (key: Key, values?: Record<string, string | number>) => string

export const reportPageStrings: Bundles = {
  fr,
  en: {
    ...STRINGS.en,
    // The documents' words, said the page's way.
    generated: 'Produced on {{date}}',
    session: 'Session {{number}} — {{title}}',
    disagreements: 'Disagreements between sessions',
    level: 'Level',

    loading: 'Preparing the report…',
    noToken: 'This link gives no access to the report. Open it from the facilitator console.',
    notAllowed: 'The report is for the workshop’s facilitators and observers only.',
    failed: 'The report could not be loaded. Check the connection and try again.',
    noConsultation: 'This workshop has no consultation yet.',
    retry: 'Try again',
    print: 'Print / save as PDF',
    plenaryBoard: 'The plenary board, as the room saw it',
    votesCount: '{{count}} vote(s)',
    from: 'Sub-group',
    stakeholder: 'Stakeholder type',
    'stakeholder.public-institution': 'Public institution',
    'stakeholder.civil-society': 'Civil society',
    'stakeholder.field-actor': 'Field actor',
    'stakeholder.youth': 'Youth',
    'stakeholder.migrant': 'Migrants',
    'stakeholder.community-actor': 'Community actor',
    'stakeholder.other': 'Other',
    roadmapBoard: 'The roadmap board',
    'exports.pdf': 'PDF',
    'exports.toolkit': 'Open the printable toolkit',
    'exports.heading': 'Consultation report',
    'exports.intro': 'The report covers every board of the consultation, as they stand now.',
    'exports.language': 'Report language',
    'exports.md': 'Markdown',
    'exports.docx': 'Word (DOCX)',
    'exports.xlsx': 'Excel (XLSX)',
    'exports.download': 'Download the report as {{format}}',
    'exports.downloading': 'Preparing the file…',
    'exports.failed': 'The download failed. Try again.',
    'exports.page': 'Open the printable report',
  } satisfies Record<Key, string>,
  ar: {
    ...STRINGS.ar,
    // The documents' words, said the page's way.
    generated: 'أُعدّ في {{date}}',
    contents: 'المحتويات',
    session: 'الجلسة {{number}} — {{title}}',
    mainFindings: 'أهم الملاحظات',
    crossSector: 'التحليل العابر للقطاعات',
    disagreements: 'الاختلافات بين الجلسات',
    rank: 'الرتبة',
    level: 'المستوى',
    reservation: 'التحفظ',
    'verdict.agreed': 'مصادق عليها',
    'verdict.reservations': 'مصادق عليها مع تحفظات',
    'verdict.not-agreed': 'غير مصادق عليها',
    'disagreement.verdict': 'مصادق عليها في جلسة وغير مصادق عليها في أخرى',
    'figure.invited': 'المدعوون',
    'figure.confirmed': 'المؤكدون',
    'figure.attended': 'الحاضرون',
    'figure.contributors': 'كاتبو الملاحظات',
    'figure.votes': 'الأصوات المدلى بها',

    loading: 'جارٍ إعداد التقرير…',
    noToken: 'هذا الرابط لا يمنح الوصول إلى التقرير. افتحه من لوحة التيسير.',
    notAllowed: 'التقرير مخصص لميسّري الورشة ومراقبيها فقط.',
    failed: 'تعذّر تحميل التقرير. تحقق من الاتصال وحاول مجددًا.',
    noConsultation: 'لا توجد مشاورة لهذه الورشة بعد.',
    retry: 'إعادة المحاولة',
    print: 'طباعة / حفظ بصيغة PDF',
    plenaryBoard: 'لوحة الجلسة العامة كما رآها الحاضرون',
    votesCount: '{{count}} صوت',
    from: 'المجموعة الفرعية',
    stakeholder: 'نوع الفاعل',
    'stakeholder.public-institution': 'مؤسسة عمومية',
    'stakeholder.civil-society': 'المجتمع المدني',
    'stakeholder.field-actor': 'فاعل ميداني',
    'stakeholder.youth': 'الشباب',
    'stakeholder.migrant': 'المهاجرون',
    'stakeholder.community-actor': 'فاعل جمعوي',
    'stakeholder.other': 'أخرى',
    roadmapBoard: 'لوحة خارطة الطريق',
    'exports.pdf': 'PDF',
    'exports.toolkit': 'فتح دليل الأدوات القابل للطباعة',
    'exports.heading': 'تقرير المشاورة',
    'exports.intro': 'يشمل التقرير كل لوحات المشاورة كما هي الآن.',
    'exports.language': 'لغة التقرير',
    'exports.md': 'Markdown',
    'exports.docx': 'Word (DOCX)',
    'exports.xlsx': 'Excel (XLSX)',
    'exports.download': 'تنزيل التقرير بصيغة {{format}}',
    'exports.downloading': 'جارٍ إعداد الملف…',
    'exports.failed': 'فشل التنزيل. حاول مجددًا.',
    'exports.page': 'فتح التقرير القابل للطباعة',
  } satisfies Record<Key, string>,
}

export function useReportText(): { t: ReportText; language: Language } {
  return useBundle<ReportText>(REPORT_PAGE_NS, reportPageStrings)
}
