import type { Locale } from '@atelier/model'

const fr = {
  toolkit: 'Boîte à outils méthodologique',
  subtitle:
    'Consultations sectorielles sur la résilience numérique — Tanger-Tétouan-Al Hoceima. Pour animer une session sur papier quand le réseau manque.',
  contents: 'Table des matières',
  methodology: 'Méthodologie',
  approach: 'L’approche',
  'method.participatory':
    'Participative : chaque participant écrit, place, vote et valide ; l’animation ne tranche pas à la place du groupe.',
  'method.facilitated':
    'Animée : un animateur tient l’ordre du jour et le temps, pose les questions du guide et veille au respect de la charte.',
  'method.privateWriting':
    'Écriture individuelle puis dévoilement : chacun écrit ses notes seul et en silence ; l’animateur les dévoile toutes ensemble, pour que personne n’influence les autres.',
  'method.dotVoting':
    'Vote par gommettes secret : chacun dispose d’un nombre fixe de votes et les répartit sur les notes ; le total n’est montré qu’à la clôture du vote.',
  'method.validation':
    'Tour de validation : en plénière, chaque priorité est lue et le groupe dit « validée », « validée avec réserves » ou « non validée », réserve notée.',
  'method.seriousGame':
    'Jeux sérieux : chaque sous-groupe joue un scénario ; l’animateur révèle des événements (injects) à heure fixe et le groupe décide comment réagir.',
  'method.paper':
    'Sur papier : les grilles, matrices et fiches de ce document reprennent celles du tableau ; les notes écrites à la main sont saisies ensuite.',
  session: 'Session',
  audience: 'Public',
  participants: 'Participants',
  duration: 'Durée',
  minutesUnit: 'min',
  summary: 'Objectif',
  themes: 'Thèmes des sous-groupes',
  agenda: 'Ordre du jour',
  time: 'Horaire',
  phase: 'Phase',
  minutes: 'Minutes',
  room: 'Salle',
  purpose: 'Objet',
  discussionGuide: 'Guide de discussion',
  tools: 'Outils d’animation',
  usedIn: 'Utilisé pendant',
  levels: 'Niveaux',
  columns: 'Colonnes',
  noteGrid: 'Grille de prise de notes (à remplir)',
  subgroup: 'Sous-groupe',
  rapporteur: 'Rapporteur',
  date: 'Date',
  riskFocus: 'Angle de la session sur les risques',
  scenarios: 'Scénarios (jeux sérieux)',
  situation: 'Situation',
  role: 'Rôle du groupe',
  injects: 'Événements (injects)',
  atMinute: 'Minute',
  title: 'Titre',
  text: 'Texte',
  questions: 'Questions',
  prioritisation: 'Matrice de priorisation',
  prioritisationHint:
    'Placez chaque action dans la case de son urgence (lignes) et de sa faisabilité (colonnes). Les actions en haut à droite viennent en premier.',
  riskHint:
    'Placez chaque risque dans la case de son impact (lignes) et de sa probabilité (colonnes).',
  riskSheets: 'Fiches d’analyse des risques numériques',
  examples: 'Exemples dans la région',
  field: 'Champ',
  guidingQuestion: 'Question guide',
  notes: 'Notes du groupe',
  sessionFocus: 'Angle des sessions',
  participantList: 'Liste provisoire des participants',
  participantHint:
    'Nom d’affichage, type d’acteur, session et sous-groupe seulement : aucune coordonnée ni autre donnée personnelle.',
  displayName: 'Nom d’affichage',
  stakeholder: 'Type d’acteur',
  'stakeholder.public-institution': 'Institution publique',
  'stakeholder.civil-society': 'Société civile',
  'stakeholder.field-actor': 'Acteur de terrain',
  'stakeholder.youth': 'Jeunes',
  'stakeholder.migrant': 'Migrants',
  'stakeholder.community-actor': 'Acteur communautaire',
  'stakeholder.other': 'Autre',
} as const

export type ToolkitStringKey = keyof typeof fr

const en: Record<ToolkitStringKey, string> = {
  toolkit: 'Methodology toolkit',
  subtitle:
    'Sectoral consultations on digital resilience — Tanger-Tétouan-Al Hoceima. To run a session on paper when the network is down.',
  contents: 'Contents',
  methodology: 'Methodology',
  approach: 'The approach',
  'method.participatory':
    'Participatory: every participant writes, places, votes and validates; the facilitator never decides for the group.',
  'method.facilitated':
    'Facilitated: a facilitator keeps the agenda and the time, asks the guide’s questions and upholds the code of conduct.',
  'method.privateWriting':
    'Private writing, then reveal: everyone writes their notes alone and in silence; the facilitator reveals them all at once, so that no one sways the others.',
  'method.dotVoting':
    'Secret dot voting: everyone has a fixed number of votes to spread over the notes; the totals are shown only when voting closes.',
  'method.validation':
    'Validation round: in plenary, each priority is read out and the group says “agreed”, “agreed with reservations” or “not agreed”, the reservation written down.',
  'method.seriousGame':
    'Serious games: each sub-group plays a scenario; the facilitator reveals events (injects) at set times and the group decides how to respond.',
  'method.paper':
    'On paper: the grids, matrices and sheets of this document are those of the board; handwritten notes are typed in afterwards.',
  session: 'Session',
  audience: 'Audience',
  participants: 'Participants',
  duration: 'Duration',
  minutesUnit: 'min',
  summary: 'Purpose',
  themes: 'Sub-group themes',
  agenda: 'Agenda',
  time: 'Time',
  phase: 'Phase',
  minutes: 'Minutes',
  room: 'Room',
  purpose: 'Purpose',
  discussionGuide: 'Discussion guide',
  tools: 'Facilitation tools',
  usedIn: 'Used during',
  levels: 'Levels',
  columns: 'Columns',
  noteGrid: 'Note-taking grid (to fill in)',
  subgroup: 'Sub-group',
  rapporteur: 'Rapporteur',
  date: 'Date',
  riskFocus: 'The session’s angle on the risks',
  scenarios: 'Scenarios (serious games)',
  situation: 'Situation',
  role: 'The group’s role',
  injects: 'Events (injects)',
  atMinute: 'Minute',
  title: 'Title',
  text: 'Text',
  questions: 'Questions',
  prioritisation: 'Prioritisation matrix',
  prioritisationHint:
    'Place each action in the cell of its urgency (rows) and feasibility (columns). Actions at the top right come first.',
  riskHint: 'Place each risk in the cell of its impact (rows) and likelihood (columns).',
  riskSheets: 'Digital risk analysis sheets',
  examples: 'Examples in the region',
  field: 'Field',
  guidingQuestion: 'Guiding question',
  notes: 'The group’s notes',
  sessionFocus: 'The sessions’ angles',
  participantList: 'Provisional participant list',
  participantHint:
    'Display name, stakeholder type, session and sub-group only: no contact details or other personal data.',
  displayName: 'Display name',
  stakeholder: 'Stakeholder type',
  'stakeholder.public-institution': 'Public institution',
  'stakeholder.civil-society': 'Civil society',
  'stakeholder.field-actor': 'Field actor',
  'stakeholder.youth': 'Youth',
  'stakeholder.migrant': 'Migrants',
  'stakeholder.community-actor': 'Community actor',
  'stakeholder.other': 'Other',
}

const ar: Record<ToolkitStringKey, string> = {
  toolkit: 'الدليل المنهجي',
  subtitle:
    'مشاورات قطاعية حول الصمود الرقمي — جهة طنجة تطوان الحسيمة. لتسيير جلسة على الورق عند انقطاع الشبكة.',
  contents: 'جدول المحتويات',
  methodology: 'المنهجية',
  approach: 'المقاربة',
  'method.participatory':
    'تشاركية: كل مشارك يكتب ويرتّب ويصوّت ويصادق؛ ولا يحسم الميسّر بدلًا من المجموعة.',
  'method.facilitated':
    'مُيسَّرة: يتولى ميسّر جدول الأعمال والوقت، ويطرح أسئلة الدليل، ويسهر على احترام الميثاق.',
  'method.privateWriting':
    'كتابة فردية ثم كشف: يكتب كل واحد ملاحظاته وحده وفي صمت؛ ثم يكشفها الميسّر كلها دفعة واحدة حتى لا يؤثر أحد في الآخرين.',
  'method.dotVoting':
    'تصويت سري بالنقاط: لكل مشارك عدد محدد من الأصوات يوزعه على الملاحظات؛ ولا تُعرض النتائج إلا عند إغلاق التصويت.',
  'method.validation':
    'جولة المصادقة: في الجلسة العامة تُقرأ كل أولوية وتقول المجموعة «مُعتمدة» أو «مُعتمدة مع تحفّظات» أو «غير مُعتمدة»، مع تدوين التحفّظ.',
  'method.seriousGame':
    'ألعاب جادة: تلعب كل مجموعة فرعية سيناريو؛ ويكشف الميسّر أحداثًا مستجدة في أوقات محددة وتقرر المجموعة كيف تتصرف.',
  'method.paper':
    'على الورق: الشبكات والمصفوفات والبطاقات في هذه الوثيقة هي نفسها التي على اللوحة؛ وتُدخل الملاحظات المكتوبة باليد لاحقًا.',
  session: 'الجلسة',
  audience: 'الفئة المستهدفة',
  participants: 'المشاركون',
  duration: 'المدة',
  minutesUnit: 'دقيقة',
  summary: 'الهدف',
  themes: 'مواضيع المجموعات الفرعية',
  agenda: 'جدول الأعمال',
  time: 'التوقيت',
  phase: 'المرحلة',
  minutes: 'الدقائق',
  room: 'القاعة',
  purpose: 'الغرض',
  discussionGuide: 'دليل النقاش',
  tools: 'أدوات التيسير',
  usedIn: 'تُستعمل خلال',
  levels: 'المستويات',
  columns: 'الأعمدة',
  noteGrid: 'شبكة تدوين الملاحظات (للتعبئة)',
  subgroup: 'المجموعة الفرعية',
  rapporteur: 'المقرّر',
  date: 'التاريخ',
  riskFocus: 'زاوية الجلسة في تناول المخاطر',
  scenarios: 'السيناريوهات (ألعاب جادة)',
  situation: 'الوضعية',
  role: 'دور المجموعة',
  injects: 'الأحداث المستجدة',
  atMinute: 'الدقيقة',
  title: 'العنوان',
  text: 'النص',
  questions: 'الأسئلة',
  prioritisation: 'مصفوفة ترتيب الأولويات',
  prioritisationHint:
    'ضعوا كل إجراء في خانة استعجاليته (الصفوف) وقابليته للتنفيذ (الأعمدة). الإجراءات في أعلى اليمين تأتي أولًا.',
  riskHint: 'ضعوا كل خطر في خانة أثره (الصفوف) واحتماله (الأعمدة).',
  riskSheets: 'بطاقات تحليل المخاطر الرقمية',
  examples: 'أمثلة من الجهة',
  field: 'الخانة',
  guidingQuestion: 'السؤال التوجيهي',
  notes: 'ملاحظات المجموعة',
  sessionFocus: 'زوايا الجلسات',
  participantList: 'اللائحة المؤقتة للمشاركين',
  participantHint:
    'الاسم المعروض ونوع الفاعل والجلسة والمجموعة الفرعية فقط: لا معلومات اتصال ولا أي بيانات شخصية أخرى.',
  displayName: 'الاسم المعروض',
  stakeholder: 'نوع الفاعل',
  'stakeholder.public-institution': 'مؤسسة عمومية',
  'stakeholder.civil-society': 'المجتمع المدني',
  'stakeholder.field-actor': 'فاعل ميداني',
  'stakeholder.youth': 'الشباب',
  'stakeholder.migrant': 'المهاجرون',
  'stakeholder.community-actor': 'فاعل جمعوي',
  'stakeholder.other': 'أخرى',
}

/** The toolkit document's own words (methodology, headings, columns) in French, English and Arabic. */
export const TOOLKIT_STRINGS: Readonly<Record<Locale, Readonly<Record<ToolkitStringKey, string>>>> =
  { fr, en, ar }

/** The approach, paragraph by paragraph, in the order the methodology section gives it. */
export const METHOD_KEYS = [
  'method.participatory',
  'method.facilitated',
  'method.privateWriting',
  'method.dotVoting',
  'method.validation',
  'method.seriousGame',
  'method.paper',
] as const satisfies readonly ToolkitStringKey[]

/** One of the toolkit document's words in `language`. */
export function sayToolkit(key: ToolkitStringKey, language: Locale): string {
  return TOOLKIT_STRINGS[language][key]
}
