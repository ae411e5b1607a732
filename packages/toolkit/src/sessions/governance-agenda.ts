import type { Phase } from '../schema.js'
import { breakPhase, closingPhase, lunchPhase } from './shared.js'

/** Session 1's day: about six and a half hours, lunch included, with its discussion guide. */
export const governanceAgenda: Phase[] = [
  {
    id: 'opening',
    kind: 'intro',
    minutes: 20,
    room: 'plenary',
    title: {
      fr: 'Accueil et cadre de l’échange',
      ar: 'الاستقبال وإطار النقاش',
      en: 'Welcome and ground rules',
    },
    purpose: {
      fr: 'Présenter les objectifs de la consultation, le déroulé de la journée et les règles d’un espace d’échange sûr : la parole de chacun est respectée, les notes peuvent être anonymes, rien n’est attribué à une institution sans son accord.',
      ar: 'تقديم أهداف المشاورة وبرنامج اليوم وقواعد فضاء آمن للنقاش: احترام كلمة كل مشارك، وإمكانية كتابة الملاحظات دون ذكر الاسم، وعدم نسب أي رأي إلى مؤسسة دون موافقتها.',
      en: 'Present the consultation’s aims, the day’s programme and the rules of a safe space: everyone’s word is respected, notes may be anonymous, nothing is attributed to an institution without its consent.',
    },
    frames: [],
    questions: [
      {
        id: 'opening-expectation',
        text: {
          fr: 'Qu’attend votre institution de cette consultation ?',
          ar: 'ماذا تنتظر مؤسستكم من هذه المشاورة؟',
          en: 'What does your institution expect from this consultation?',
        },
      },
    ],
  },
  {
    id: 'report',
    kind: 'presentation',
    minutes: 25,
    room: 'plenary',
    title: {
      fr: 'Restitution du rapport UNESCO',
      ar: 'عرض نتائج تقرير اليونسكو',
      en: 'The UNESCO report’s findings',
    },
    purpose: {
      fr: 'Présenter de façon accessible les principaux constats du rapport sur les risques numériques et la cartographie des capacités institutionnelles de la région.',
      ar: 'عرض مبسّط لأهم استنتاجات التقرير حول المخاطر الرقمية وخريطة القدرات المؤسساتية في الجهة.',
      en: 'Present, in plain words, the report’s main findings on digital risks and its map of the region’s institutional capacities.',
    },
    frames: [],
    questions: [
      {
        id: 'report-surprise',
        text: {
          fr: 'Quel constat du rapport vous surprend, et lequel vous semble manquer ?',
          ar: 'أيّ استنتاج في التقرير فاجأكم، وأيّها يبدو لكم غائبًا؟',
          en: 'Which finding of the report surprises you, and which seems to be missing?',
        },
      },
    ],
  },
  {
    id: 'findings',
    kind: 'discussion',
    minutes: 30,
    room: 'subgroup',
    title: {
      fr: 'Valider les constats',
      ar: 'المصادقة على الاستنتاجات',
      en: 'Validating the findings',
    },
    purpose: {
      fr: 'Confronter les constats du rapport à l’expérience de chaque institution, et noter dans la grille les constats validés et les besoins exprimés.',
      ar: 'مقارنة استنتاجات التقرير بتجربة كل مؤسسة، وتدوين الاستنتاجات المصادق عليها والحاجات المعبَّر عنها في الشبكة.',
      en: 'Test the report’s findings against each institution’s experience, and record the validated findings and the needs expressed in the grid.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'findings-match',
        text: {
          fr: 'Quels constats du rapport correspondent à ce que votre institution observe sur le terrain ?',
          ar: 'أيّ استنتاجات التقرير تتطابق مع ما تلاحظه مؤسستكم في الميدان؟',
          en: 'Which of the report’s findings match what your institution sees on the ground?',
        },
      },
      {
        id: 'findings-nuance',
        text: {
          fr: 'Lesquels faut-il nuancer ou compléter pour la région Tanger-Tétouan-Al Hoceima ?',
          ar: 'أيّها يحتاج إلى تدقيق أو استكمال بالنسبة لجهة طنجة تطوان الحسيمة؟',
          en: 'Which should be qualified or completed for the Tanger-Tétouan-Al Hoceima region?',
        },
      },
      {
        id: 'findings-needs',
        text: {
          fr: 'De quoi votre institution a-t-elle besoin pour agir sur ces constats : mandat, compétences, données, moyens ?',
          ar: 'ما الذي تحتاجه مؤسستكم للتصرف بناءً على هذه الاستنتاجات: صلاحيات، أم كفاءات، أم معطيات، أم موارد؟',
          en: 'What does your institution need to act on these findings: a mandate, skills, data, resources?',
        },
      },
    ],
  },
  {
    id: 'risks-writing',
    kind: 'brainstorm',
    minutes: 10,
    room: 'subgroup',
    title: {
      fr: 'Écriture individuelle des risques',
      ar: 'كتابة فردية للمخاطر',
      en: 'Writing risks individually',
    },
    purpose: {
      fr: 'Chacun note en privé, de façon anonyme s’il le souhaite, les risques numériques qui pèsent sur la mission de son institution, à l’aide des fiches d’analyse. Les notes restent cachées jusqu’à leur révélation.',
      ar: 'يدوّن كل مشارك على انفراد، ودون ذكر اسمه إن شاء، المخاطر الرقمية التي تهدد مهمة مؤسسته، مستعينًا ببطاقات التحليل. تبقى الملاحظات مخفية إلى حين كشفها.',
      en: 'Everyone writes privately, anonymously if they wish, the digital risks that weigh on their institution’s mission, using the analysis sheets. Notes stay hidden until they are revealed.',
    },
    frames: ['riskMatrix'],
    questions: [
      {
        id: 'risks-writing-main',
        text: {
          fr: 'Quel risque numérique menace le plus la mission de votre institution ou la confiance des citoyens ?',
          ar: 'ما الخطر الرقمي الذي يهدد أكثر من غيره مهمة مؤسستكم أو ثقة المواطنين؟',
          en: 'Which digital risk most threatens your institution’s mission or citizens’ trust?',
        },
      },
    ],
  },
  {
    id: 'risk-mapping',
    kind: 'discussion',
    minutes: 35,
    room: 'subgroup',
    title: {
      fr: 'Cartographie et priorisation des risques',
      ar: 'رسم خريطة المخاطر وترتيب أولوياتها',
      en: 'Mapping and prioritising risks',
    },
    purpose: {
      fr: 'Révéler les notes, les placer sur la matrice selon leur probabilité et leur impact, puis remplir la fiche d’analyse des risques les plus élevés.',
      ar: 'كشف الملاحظات ووضعها على المصفوفة حسب احتمالية حدوثها وأثرها، ثم ملء بطاقة التحليل للمخاطر الأعلى درجة.',
      en: 'Reveal the notes, place them on the matrix by likelihood and impact, then fill in the analysis sheet of the highest risks.',
    },
    frames: ['riskMatrix'],
    questions: [
      {
        id: 'risk-mapping-score',
        text: {
          fr: 'Pour chaque risque, quelle est sa probabilité dans la région, et quel serait son impact sur les citoyens et les institutions ?',
          ar: 'ما احتمالية حدوث كل خطر في الجهة، وما أثره المحتمل على المواطنين والمؤسسات؟',
          en: 'For each risk, how likely is it in the region, and what would its impact be on citizens and institutions?',
        },
      },
      {
        id: 'risk-mapping-shared',
        text: {
          fr: 'Quels risques relèvent d’une responsabilité partagée entre plusieurs institutions, sans qu’aucune ne les porte aujourd’hui ?',
          ar: 'ما المخاطر التي تقع مسؤوليتها على عدة مؤسسات دون أن تتولاها أيّ منها اليوم؟',
          en: 'Which risks are shared between several institutions without any of them owning them today?',
        },
      },
      {
        id: 'risk-mapping-gaps',
        text: {
          fr: 'Pour les risques les plus élevés, quelles capacités existent déjà, et où sont les lacunes de gouvernance ?',
          ar: 'بالنسبة للمخاطر الأعلى، ما القدرات المتوفرة حاليًا، وأين تكمن ثغرات الحكامة؟',
          en: 'For the highest risks, which capacities already exist, and where are the governance gaps?',
        },
      },
    ],
  },
  breakPhase('break-morning', 15),
  {
    id: 'serious-game',
    kind: 'scenario',
    minutes: 50,
    room: 'subgroup',
    title: {
      fr: 'Jeu sérieux : décider dans l’incertitude',
      ar: 'لعبة جادة: اتخاذ القرار في ظل عدم اليقين',
      en: 'Serious game: deciding under uncertainty',
    },
    purpose: {
      fr: 'Chaque sous-groupe joue un scénario. Le facilitateur révèle les rebondissements à l’heure dite ; le groupe décide, note ses décisions et ce qui lui a manqué, puis répond aux questions du scénario.',
      ar: 'تلعب كل مجموعة فرعية سيناريو واحدًا. يكشف الميسّر المستجدات في الوقت المحدد، فتتخذ المجموعة قراراتها وتدوّنها مع ما كان ينقصها، ثم تجيب عن أسئلة السيناريو.',
      en: 'Each sub-group plays a scenario. The facilitator reveals each new development on time; the group decides, records its decisions and what it lacked, then answers the scenario’s questions.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'serious-game-debrief',
        text: {
          fr: 'Qu’est-ce qui vous a manqué pour décider vite et bien : une information, un interlocuteur, une règle ?',
          ar: 'ما الذي افتقدتموه لاتخاذ قرار سريع وسليم: معلومة، أم محاور، أم قاعدة؟',
          en: 'What did you lack to decide quickly and well: information, a counterpart, a rule?',
        },
      },
    ],
  },
  lunchPhase('lunch', 60),
  {
    id: 'actions-writing',
    kind: 'brainstorm',
    minutes: 10,
    room: 'subgroup',
    title: {
      fr: 'Écriture individuelle des actions',
      ar: 'كتابة فردية للإجراءات',
      en: 'Writing actions individually',
    },
    purpose: {
      fr: 'Chacun propose en privé des actions concrètes qui répondent aux risques prioritaires et aux leçons du jeu.',
      ar: 'يقترح كل مشارك على انفراد إجراءات ملموسة تستجيب للمخاطر ذات الأولوية ولدروس اللعبة.',
      en: 'Everyone privately proposes concrete actions that answer the priority risks and the lessons of the game.',
    },
    frames: ['actionMatrix'],
    questions: [
      {
        id: 'actions-writing-main',
        text: {
          fr: 'Quelle action concrète votre institution pourrait-elle porter ou soutenir dans les douze prochains mois ?',
          ar: 'ما الإجراء الملموس الذي يمكن لمؤسستكم أن تتولاه أو تدعمه خلال الاثني عشر شهرًا المقبلة؟',
          en: 'Which concrete action could your institution lead or support in the next twelve months?',
        },
      },
    ],
  },
  {
    id: 'action-prioritisation',
    kind: 'discussion',
    minutes: 35,
    room: 'subgroup',
    title: {
      fr: 'Priorisation des actions',
      ar: 'ترتيب أولويات الإجراءات',
      en: 'Prioritising actions',
    },
    purpose: {
      fr: 'Placer les actions sur la matrice selon leur urgence et leur faisabilité, puis reporter les plus prioritaires dans la grille avec leurs acteurs clés.',
      ar: 'وضع الإجراءات على المصفوفة حسب درجة استعجالها وقابلية تنفيذها، ثم نقل الأكثر أولوية منها إلى الشبكة مع الفاعلين الرئيسيين.',
      en: 'Place the actions on the matrix by urgency and feasibility, then carry the top priorities into the grid with their key actors.',
    },
    frames: ['actionMatrix', 'noteGrid'],
    questions: [
      {
        id: 'action-prioritisation-risks',
        text: {
          fr: 'Quelles actions répondent aux risques les plus élevés de la matrice des risques ?',
          ar: 'ما الإجراءات التي تستجيب للمخاطر الأعلى في مصفوفة المخاطر؟',
          en: 'Which actions answer the highest risks on the risk matrix?',
        },
      },
      {
        id: 'action-prioritisation-lead',
        text: {
          fr: 'Qui devrait porter chaque action, et avec quels partenaires institutionnels et associatifs ?',
          ar: 'من ينبغي أن يتولى كل إجراء، ومع أي شركاء مؤسساتيين وجمعويين؟',
          en: 'Who should lead each action, and with which institutional and civil-society partners?',
        },
      },
      {
        id: 'action-prioritisation-conditions',
        text: {
          fr: 'Quelles conditions rendent l’action faisable : mandat, budget, cadre juridique, convention entre institutions ?',
          ar: 'ما الشروط التي تجعل الإجراء قابلًا للتنفيذ: الصلاحيات، أم الميزانية، أم الإطار القانوني، أم اتفاقية بين المؤسسات؟',
          en: 'What makes the action feasible: a mandate, a budget, a legal framework, an agreement between institutions?',
        },
      },
    ],
  },
  {
    id: 'vote',
    kind: 'voting',
    minutes: 10,
    votes: 3,
    room: 'subgroup',
    title: {
      fr: 'Vote sur les actions prioritaires',
      ar: 'التصويت على الإجراءات ذات الأولوية',
      en: 'Voting on priority actions',
    },
    purpose: {
      fr: 'Chaque participant dispose de trois votes pour désigner les actions que le groupe portera en plénière.',
      ar: 'لكل مشارك ثلاثة أصوات لاختيار الإجراءات التي ستعرضها المجموعة في الجلسة العامة.',
      en: 'Each participant has three votes to choose the actions the group will bring to the plenary.',
    },
    frames: ['actionMatrix'],
    questions: [
      {
        id: 'vote-three',
        text: {
          fr: 'Si vous ne deviez retenir que trois actions, lesquelles ?',
          ar: 'لو كان عليكم الاحتفاظ بثلاثة إجراءات فقط، فأيّها تختارون؟',
          en: 'If you could keep only three actions, which would they be?',
        },
      },
    ],
  },
  {
    id: 'recommendations',
    kind: 'discussion',
    minutes: 25,
    room: 'subgroup',
    title: {
      fr: 'Formulation des recommandations',
      ar: 'صياغة التوصيات',
      en: 'Writing the recommendations',
    },
    purpose: {
      fr: 'Le rapporteur rédige avec le groupe ses recommandations, chacune avec ses acteurs, son niveau de priorité et les notes qui la fondent.',
      ar: 'يحرّر المقرر مع المجموعة توصياتها، ولكل توصية الفاعلون المعنيون بها ومستوى أولويتها والملاحظات التي تستند إليها.',
      en: 'The rapporteur drafts the group’s recommendations with it, each with its actors, its priority level and the notes it rests on.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'recommendations-addressee',
        text: {
          fr: 'Quelle recommandation adressez-vous, à quelle institution, et avec quel premier pas concret ?',
          ar: 'ما التوصية التي تقدّمونها، وإلى أي مؤسسة، وما الخطوة العملية الأولى لتنفيذها؟',
          en: 'Which recommendation do you make, to which institution, and with what concrete first step?',
        },
      },
      {
        id: 'recommendations-inclusion',
        text: {
          fr: 'Comment les jeunes et les migrants seront-ils associés à sa mise en œuvre ?',
          ar: 'كيف سيُشرَك الشباب والمهاجرون في تنفيذها؟',
          en: 'How will young people and migrants take part in carrying it out?',
        },
      },
      {
        id: 'recommendations-gender',
        text: {
          fr: 'Cette recommandation touche-t-elle différemment les femmes et les hommes, les filles et les garçons ? Que faut-il prévoir ?',
          ar: 'هل تمسّ هذه التوصية النساء والرجال، والفتيات والفتيان، بشكل مختلف؟ وما الذي يجب توقّعه؟',
          en: 'Does this recommendation affect women and men, girls and boys, differently? What should be planned for?',
        },
      },
    ],
  },
  {
    id: 'plenary-report',
    kind: 'plenary',
    minutes: 40,
    room: 'plenary',
    title: {
      fr: 'Restitution des sous-groupes',
      ar: 'عرض نتائج المجموعات الفرعية',
      en: 'Sub-groups report back',
    },
    purpose: {
      fr: 'Chaque rapporteur présente en cinq minutes les risques, les actions et les recommandations de son groupe ; la salle réagit et relève les convergences.',
      ar: 'يعرض كل مقرر في خمس دقائق مخاطر مجموعته وإجراءاتها وتوصياتها، ثم تتفاعل القاعة وتبرز نقاط الالتقاء.',
      en: 'Each rapporteur presents the group’s risks, actions and recommendations in five minutes; the room reacts and notes where groups converge.',
    },
    frames: ['actionMatrix', 'noteGrid'],
    questions: [
      {
        id: 'plenary-report-common',
        text: {
          fr: 'Quelles recommandations se retrouvent dans plusieurs groupes ?',
          ar: 'ما التوصيات المشتركة بين عدة مجموعات؟',
          en: 'Which recommendations come up in several groups?',
        },
      },
      {
        id: 'plenary-report-tension',
        text: {
          fr: 'Lesquelles se contredisent ou demandent un arbitrage entre institutions ?',
          ar: 'أيّها متعارض أو يتطلب تحكيمًا بين المؤسسات؟',
          en: 'Which contradict each other or need institutions to arbitrate?',
        },
      },
    ],
  },
  {
    id: 'validation',
    kind: 'validation',
    minutes: 20,
    room: 'plenary',
    title: {
      fr: 'Validation et priorisation collective',
      ar: 'المصادقة الجماعية وترتيب الأولويات',
      en: 'Collective validation and prioritisation',
    },
    purpose: {
      fr: 'La plénière valide les recommandations et les classe par priorité ; les désaccords sont consignés, pas effacés.',
      ar: 'تصادق الجلسة العامة على التوصيات وترتّبها حسب الأولوية، وتُدوَّن نقاط الخلاف دون حذفها.',
      en: 'The plenary validates the recommendations and ranks them by priority; disagreements are recorded, not erased.',
    },
    frames: ['actionMatrix'],
    questions: [
      {
        id: 'validation-quality',
        text: {
          fr: 'Cette recommandation est-elle claire, réaliste et portée par un acteur identifié ?',
          ar: 'هل هذه التوصية واضحة وواقعية ويتولاها فاعل محدد؟',
          en: 'Is this recommendation clear, realistic and owned by a named actor?',
        },
      },
      {
        id: 'validation-sequence',
        text: {
          fr: 'Quand l’engager : dans les trois mois, dans les six mois, dans l’année, ou au-delà ?',
          ar: 'متى يجب الشروع فيها: خلال ثلاثة أشهر، أم ستة أشهر، أم خلال السنة، أم بعد ذلك؟',
          en: 'When should it start: within three months, six months, the year, or later?',
        },
      },
    ],
  },
  closingPhase('closing', 10),
]
