import type { Phase } from '../schema.js'
import { breakPhase, closingPhase, lunchPhase } from './shared.js'

/** Session 2's day: about seven hours, lunch included, with its discussion guide. */
export const operationalResponseAgenda: Phase[] = [
  {
    id: 'opening',
    kind: 'intro',
    minutes: 15,
    room: 'plenary',
    title: {
      fr: 'Accueil et cadre de l’échange',
      ar: 'الاستقبال وإطار النقاش',
      en: 'Welcome and ground rules',
    },
    purpose: {
      fr: 'Présenter les objectifs, le déroulé et les règles de l’échange. Les cas évoqués sont anonymisés : aucun nom, aucune photo, aucun détail permettant de reconnaître un enfant ou une victime n’entre sur les tableaux.',
      ar: 'تقديم الأهداف والبرنامج وقواعد النقاش. تُعرض الحالات بعد إخفاء هوية أصحابها: لا يُدرج في اللوحات أي اسم أو صورة أو تفصيل يسمح بالتعرف على طفل أو ضحية.',
      en: 'Present the aims, the programme and the rules. Cases are anonymised: no name, photo or detail that could identify a child or a victim goes on the boards.',
    },
    frames: [],
    questions: [
      {
        id: 'opening-case',
        text: {
          fr: 'En une phrase : quel risque numérique rencontrez-vous le plus souvent dans votre travail ?',
          ar: 'في جملة واحدة: ما الخطر الرقمي الذي تصادفونه أكثر من غيره في عملكم؟',
          en: 'In one sentence: which digital risk do you meet most often in your work?',
        },
      },
    ],
  },
  {
    id: 'report',
    kind: 'presentation',
    minutes: 20,
    room: 'plenary',
    title: {
      fr: 'Restitution du rapport UNESCO',
      ar: 'عرض نتائج تقرير اليونسكو',
      en: 'The UNESCO report’s findings',
    },
    purpose: {
      fr: 'Présenter les constats du rapport qui concernent le terrain : éducation aux médias et à l’information, désinformation, mécanismes de signalement, protection numérique des enfants et des jeunes.',
      ar: 'عرض استنتاجات التقرير ذات الصلة بالعمل الميداني: التربية على وسائل الإعلام والمعلومات، والتضليل الإعلامي، وآليات التبليغ، والحماية الرقمية للأطفال والشباب.',
      en: 'Present the report’s findings that concern field work: media and information literacy, disinformation, reporting mechanisms, digital protection of children and young people.',
    },
    frames: [],
    questions: [
      {
        id: 'report-field',
        text: {
          fr: 'Ces constats ressemblent-ils à ce que vous voyez chaque semaine ? Qu’est-ce qui manque ?',
          ar: 'هل تشبه هذه الاستنتاجات ما ترونه كل أسبوع؟ وما الذي ينقصها؟',
          en: 'Do these findings look like what you see every week? What is missing?',
        },
      },
    ],
  },
  {
    id: 'findings',
    kind: 'discussion',
    minutes: 25,
    room: 'subgroup',
    title: {
      fr: 'Valider les constats',
      ar: 'المصادقة على الاستنتاجات',
      en: 'Validating the findings',
    },
    purpose: {
      fr: 'Confronter les constats du rapport à l’expérience de terrain et noter dans la grille les constats validés et les besoins.',
      ar: 'مقارنة استنتاجات التقرير بالتجربة الميدانية، وتدوين الاستنتاجات المصادق عليها والحاجات في الشبكة.',
      en: 'Test the report’s findings against field experience and record the validated findings and needs in the grid.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'findings-confirmed',
        text: {
          fr: 'Quels constats votre pratique confirme-t-elle, et lesquels contredit-elle ?',
          ar: 'ما الاستنتاجات التي تؤكدها ممارستكم، وما التي تناقضها؟',
          en: 'Which findings does your practice confirm, and which does it contradict?',
        },
      },
      {
        id: 'findings-needs',
        text: {
          fr: 'De quoi les équipes de terrain ont-elles besoin : formation, outils, contacts, temps, supervision ?',
          ar: 'ما الذي تحتاجه الفرق الميدانية: التكوين، أم الأدوات، أم جهات الاتصال، أم الوقت، أم الإشراف؟',
          en: 'What do field teams need: training, tools, contacts, time, supervision?',
        },
      },
    ],
  },
  {
    id: 'case-study',
    kind: 'discussion',
    minutes: 30,
    room: 'subgroup',
    title: {
      fr: 'Étude de cas : le parcours d’un signalement',
      ar: 'دراسة حالة: مسار تبليغ',
      en: 'Case study: the path of a report',
    },
    purpose: {
      fr: 'À partir d’un cas réel anonymisé apporté par un participant, retracer le parcours d’un signalement, de la victime jusqu’à la réponse, et repérer où il se bloque.',
      ar: 'انطلاقًا من حالة حقيقية مجهولة الهوية يقدّمها أحد المشاركين، تتبّع مسار التبليغ من الضحية إلى الاستجابة، وتحديد مواضع تعثّره.',
      en: 'Starting from a real, anonymised case brought by a participant, trace the path of a report from the victim to the response, and find where it gets stuck.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'case-study-first',
        text: {
          fr: 'À qui la victime s’est-elle adressée en premier, et pourquoi à cette personne ?',
          ar: 'إلى من توجّهت الضحية أولًا، ولماذا إلى هذا الشخص بالذات؟',
          en: 'Whom did the victim turn to first, and why that person?',
        },
      },
      {
        id: 'case-study-blocks',
        text: {
          fr: 'À quelles étapes le signalement s’est-il perdu, ralenti ou retourné contre la victime ?',
          ar: 'في أي مراحل ضاع التبليغ أو تباطأ أو انقلب ضد الضحية؟',
          en: 'At which steps did the report get lost, slow down or turn against the victim?',
        },
      },
      {
        id: 'case-study-links',
        text: {
          fr: 'Quels liens entre associations, écoles, services de santé, police et plateformes faudrait-il établir ou renforcer ?',
          ar: 'ما الروابط التي ينبغي إرساؤها أو تعزيزها بين الجمعيات والمدارس والمصالح الصحية والشرطة والمنصات؟',
          en: 'Which links between associations, schools, health services, police and platforms should be built or strengthened?',
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
      fr: 'Chacun note en privé les risques numériques qu’il rencontre auprès des publics qu’il accompagne, à l’aide des fiches d’analyse.',
      ar: 'يدوّن كل مشارك على انفراد المخاطر الرقمية التي يصادفها لدى الفئات التي يرافقها، مستعينًا ببطاقات التحليل.',
      en: 'Everyone privately writes the digital risks they meet among the people they support, using the analysis sheets.',
    },
    frames: ['riskMatrix'],
    questions: [
      {
        id: 'risks-writing-main',
        text: {
          fr: 'Quel risque numérique met le plus en danger les enfants, les jeunes ou les familles que vous accompagnez ?',
          ar: 'ما الخطر الرقمي الذي يهدد أكثر من غيره الأطفال أو الشباب أو الأسر الذين ترافقونهم؟',
          en: 'Which digital risk most endangers the children, young people or families you support?',
        },
      },
    ],
  },
  {
    id: 'risk-mapping',
    kind: 'discussion',
    minutes: 30,
    room: 'subgroup',
    title: {
      fr: 'Cartographie et priorisation des risques',
      ar: 'رسم خريطة المخاطر وترتيب أولوياتها',
      en: 'Mapping and prioritising risks',
    },
    purpose: {
      fr: 'Révéler les notes, les placer sur la matrice selon leur probabilité et leur impact, et remplir la fiche d’analyse des risques prioritaires.',
      ar: 'كشف الملاحظات ووضعها على المصفوفة حسب احتمالية حدوثها وأثرها، وملء بطاقة التحليل للمخاطر ذات الأولوية.',
      en: 'Reveal the notes, place them on the matrix by likelihood and impact, and fill in the analysis sheet of the priority risks.',
    },
    frames: ['riskMatrix'],
    questions: [
      {
        id: 'risk-mapping-score',
        text: {
          fr: 'À quelle fréquence ce risque survient-il parmi vos publics, et quelle est la gravité de ses conséquences ?',
          ar: 'ما مدى تكرار هذا الخطر لدى الفئات التي تعملون معها، وما مدى خطورة عواقبه؟',
          en: 'How often does this risk occur among the people you work with, and how serious are its consequences?',
        },
      },
      {
        id: 'risk-mapping-unseen',
        text: {
          fr: 'Quels risques restent invisibles parce qu’ils ne sont presque jamais signalés ?',
          ar: 'ما المخاطر التي تظل خفية لأنه نادرًا ما يُبلَّغ عنها؟',
          en: 'Which risks stay invisible because they are almost never reported?',
        },
      },
    ],
  },
  breakPhase('break-morning', 15),
  {
    id: 'serious-game',
    kind: 'scenario',
    minutes: 55,
    room: 'subgroup',
    title: {
      fr: 'Jeu sérieux : réagir sur le terrain',
      ar: 'لعبة جادة: الاستجابة في الميدان',
      en: 'Serious game: responding on the ground',
    },
    purpose: {
      fr: 'Chaque sous-groupe joue un scénario. À chaque rebondissement, le groupe décide qui fait quoi et dans quel délai, note ses décisions, puis répond aux questions du scénario.',
      ar: 'تلعب كل مجموعة فرعية سيناريو. ومع كل مستجد، تقرر المجموعة من يفعل ماذا وفي أي أجل، وتدوّن قراراتها، ثم تجيب عن أسئلة السيناريو.',
      en: 'Each sub-group plays a scenario. At each new development the group decides who does what and by when, records its decisions, then answers the scenario’s questions.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'serious-game-debrief',
        text: {
          fr: 'Quelle décision a été la plus difficile, et qu’est-ce qui l’aurait facilitée ?',
          ar: 'ما القرار الأصعب، وما الذي كان سيسهّله؟',
          en: 'Which decision was hardest, and what would have made it easier?',
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
      fr: 'Chacun propose en privé des actions concrètes : prévention, éducation aux médias, signalement, accompagnement des victimes.',
      ar: 'يقترح كل مشارك على انفراد إجراءات ملموسة: الوقاية، والتربية على وسائل الإعلام، والتبليغ، ومرافقة الضحايا.',
      en: 'Everyone privately proposes concrete actions: prevention, media literacy, reporting, support for victims.',
    },
    frames: ['actionMatrix'],
    questions: [
      {
        id: 'actions-writing-main',
        text: {
          fr: 'Quelle action votre organisation pourrait-elle lancer ou renforcer avec les moyens d’aujourd’hui ?',
          ar: 'ما الإجراء الذي يمكن لمنظمتكم إطلاقه أو تعزيزه بالإمكانيات المتاحة اليوم؟',
          en: 'Which action could your organisation start or strengthen with today’s means?',
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
        id: 'action-prioritisation-reach',
        text: {
          fr: 'Quelles actions atteindraient aussi les publics les plus éloignés : enfants non scolarisés, migrants, mères célibataires, zones rurales ?',
          ar: 'ما الإجراءات التي ستصل أيضًا إلى الفئات الأبعد: الأطفال غير المتمدرسين، والمهاجرون، والأمهات العازبات، والمناطق القروية؟',
          en: 'Which actions would also reach the hardest to reach: out-of-school children, migrants, single mothers, rural areas?',
        },
      },
      {
        id: 'action-prioritisation-partners',
        text: {
          fr: 'Quels partenaires chaque action demande-t-elle, et qui la coordonne ?',
          ar: 'ما الشركاء الذين يتطلبهم كل إجراء، ومن ينسّقه؟',
          en: 'Which partners does each action need, and who coordinates it?',
        },
      },
      {
        id: 'action-prioritisation-scale',
        text: {
          fr: 'Qu’est-ce qui marche déjà à petite échelle et mériterait d’être étendu ?',
          ar: 'ما الذي ينجح حاليًا على نطاق صغير ويستحق التعميم؟',
          en: 'What already works on a small scale and deserves to be scaled up?',
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
      fr: 'Le rapporteur rédige avec le groupe ses recommandations opérationnelles, chacune avec ses acteurs, son niveau de priorité et les notes qui la fondent.',
      ar: 'يحرّر المقرر مع المجموعة توصياتها العملية، ولكل توصية الفاعلون المعنيون بها ومستوى أولويتها والملاحظات التي تستند إليها.',
      en: 'The rapporteur drafts the group’s operational recommendations with it, each with its actors, priority level and the notes it rests on.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'recommendations-operational',
        text: {
          fr: 'Que faut-il changer concrètement, pour qui, et qui s’en charge ?',
          ar: 'ما الذي يجب تغييره عمليًا، ولفائدة من، ومن يتكفّل بذلك؟',
          en: 'What exactly must change, for whom, and who takes it on?',
        },
      },
      {
        id: 'recommendations-safe',
        text: {
          fr: 'Comment la recommandation protège-t-elle la vie privée et la sécurité des personnes qui signalent ?',
          ar: 'كيف تحمي التوصية الحياة الخاصة للأشخاص المبلِّغين وسلامتهم؟',
          en: 'How does the recommendation protect the privacy and safety of the people who report?',
        },
      },
      {
        id: 'recommendations-gender',
        text: {
          fr: 'Tient-elle compte des risques propres aux filles et aux femmes, et de ceux des garçons, souvent moins signalés ?',
          ar: 'هل تأخذ بعين الاعتبار المخاطر الخاصة بالفتيات والنساء، وتلك التي يتعرض لها الفتيان ويُبلَّغ عنها أقل؟',
          en: 'Does it account for risks specific to girls and women, and for those boys face, which are reported less?',
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
      fr: 'Chaque rapporteur présente en cinq minutes les risques, actions et recommandations de son groupe ; la salle relève les convergences et les manques.',
      ar: 'يعرض كل مقرر في خمس دقائق مخاطر مجموعته وإجراءاتها وتوصياتها، وتبرز القاعة نقاط الالتقاء والنواقص.',
      en: 'Each rapporteur presents the group’s risks, actions and recommendations in five minutes; the room notes convergences and gaps.',
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
        id: 'plenary-report-chain',
        text: {
          fr: 'Mises bout à bout, ces recommandations forment-elles une chaîne complète, de la prévention à l’accompagnement des victimes ?',
          ar: 'هل تشكّل هذه التوصيات مجتمعةً سلسلة متكاملة، من الوقاية إلى مرافقة الضحايا؟',
          en: 'Put end to end, do these recommendations form a complete chain, from prevention to victim support?',
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
