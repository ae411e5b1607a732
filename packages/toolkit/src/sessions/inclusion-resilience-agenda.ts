import type { Phase } from '../schema.js'
import { breakPhase, closingPhase, lunchPhase } from './shared.js'

/** Session 3's day: about six and a half hours, lunch included, with its discussion guide. */
export const inclusionResilienceAgenda: Phase[] = [
  {
    id: 'opening',
    kind: 'intro',
    minutes: 25,
    room: 'plenary',
    title: {
      fr: 'Accueil, langues et espace sûr',
      ar: 'الاستقبال واللغات والفضاء الآمن',
      en: 'Welcome, languages and a safe space',
    },
    purpose: {
      fr: 'Accueillir chacun dans sa langue (français, arabe, darija, anglais, avec interprétation au besoin), expliquer à quoi serviront les résultats, et poser les règles : on peut écrire sans donner son nom, on peut ne pas répondre, on ne prend ni photo ni vidéo des personnes, rien de ce qui est dit ne sort de la salle avec un nom.',
      ar: 'استقبال كل مشارك بلغته (الفرنسية، والعربية، والدارجة، والإنجليزية، مع الترجمة الفورية عند الحاجة)، وشرح الغاية من النتائج، ووضع القواعد: يمكن الكتابة دون ذكر الاسم، ويمكن عدم الإجابة، ولا تُلتقط صور أو فيديوهات للأشخاص، ولا يخرج من القاعة أي قول مقرونًا باسم صاحبه.',
      en: 'Welcome everyone in their language (French, Arabic, Darija, English, with interpretation where needed), explain what the results will be used for, and set the rules: you can write without giving your name, you can choose not to answer, nobody takes photos or videos of people, nothing said leaves the room with a name attached.',
    },
    frames: [],
    questions: [
      {
        id: 'opening-phone',
        text: {
          fr: 'Tour de table : à quoi vous sert votre téléphone dans une journée ordinaire ?',
          ar: 'جولة تعارف: فيمَ تستعملون هاتفكم في يوم عادي؟',
          en: 'Round of introductions: what do you use your phone for on an ordinary day?',
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
      fr: 'Ce que dit le rapport, en clair',
      ar: 'ما يقوله التقرير، بكلمات بسيطة',
      en: 'What the report says, in plain words',
    },
    purpose: {
      fr: 'Présenter en mots simples et en images ce que le rapport UNESCO a trouvé sur les risques numériques vécus par les jeunes et les migrants de la région.',
      ar: 'عرض ما توصّل إليه تقرير اليونسكو بخصوص المخاطر الرقمية التي يعيشها الشباب والمهاجرون في الجهة، بكلمات بسيطة وبالصور.',
      en: 'Present in simple words and pictures what the UNESCO report found about the digital risks young people and migrants in the region live with.',
    },
    frames: [],
    questions: [
      {
        id: 'report-recognise',
        text: {
          fr: 'Vous reconnaissez-vous dans ce que dit le rapport ? Qu’est-ce qui ne vous ressemble pas ?',
          ar: 'هل تجدون أنفسكم فيما يقوله التقرير؟ وما الذي لا يشبهكم؟',
          en: 'Do you recognise yourselves in what the report says? What does not sound like you?',
        },
      },
    ],
  },
  {
    id: 'stories-writing',
    kind: 'brainstorm',
    minutes: 15,
    room: 'subgroup',
    title: {
      fr: 'Récits d’expérience, écrits sans nom',
      ar: 'تجارب معيشة تُكتب دون أسماء',
      en: 'Experiences, written without names',
    },
    purpose: {
      fr: 'Chacun écrit en privé, sans son nom, une ou deux situations vécues en ligne, par lui ou par un proche. Personne ne lit les notes avant qu’elles ne soient révélées toutes ensemble.',
      ar: 'يكتب كل مشارك على انفراد، ودون ذكر اسمه، موقفًا أو موقفين عاشهما على الإنترنت هو أو أحد أقاربه. لا يقرأ أحد الملاحظات قبل كشفها جميعًا في الوقت نفسه.',
      en: 'Everyone privately writes, without their name, one or two situations they or someone close to them lived online. Nobody reads the notes until they are all revealed together.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'stories-writing-uneasy',
        text: {
          fr: 'Une situation en ligne qui vous a mis mal à l’aise, inquiété ou blessé.',
          ar: 'موقف على الإنترنت أزعجكم أو أقلقكم أو آذاكم.',
          en: 'A situation online that made you uncomfortable, worried or hurt.',
        },
      },
      {
        id: 'stories-writing-helped',
        text: {
          fr: 'Une situation où le numérique vous a aidé, protégé ou rapproché des autres.',
          ar: 'موقف ساعدكم فيه العالم الرقمي أو حماكم أو قرّبكم من الآخرين.',
          en: 'A situation where digital tools helped you, protected you or brought you closer to others.',
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
      fr: 'De l’expérience aux constats',
      ar: 'من التجربة إلى الاستنتاجات',
      en: 'From experience to findings',
    },
    purpose: {
      fr: 'Révéler les récits, les regrouper, et en tirer ensemble des constats et des besoins dans la grille. Personne n’est obligé de dire quelle note il a écrite.',
      ar: 'كشف التجارب وتجميعها، واستخلاص الاستنتاجات والحاجات منها معًا في الشبكة. لا أحد ملزم بالإفصاح عن الملاحظة التي كتبها.',
      en: 'Reveal the stories, group them, and draw findings and needs from them together in the grid. Nobody has to say which note they wrote.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'findings-common',
        text: {
          fr: 'Quelles situations reviennent souvent ? Qu’ont-elles en commun ?',
          ar: 'ما المواقف التي تتكرر كثيرًا؟ وما القاسم المشترك بينها؟',
          en: 'Which situations come up often? What do they have in common?',
        },
      },
      {
        id: 'findings-who',
        text: {
          fr: 'Qui est le plus touché : filles ou garçons, migrants ou Marocains, jeunes des quartiers ou du rural ? Pourquoi ?',
          ar: 'من الأكثر تضررًا: الفتيات أم الفتيان، المهاجرون أم المغاربة، شباب الأحياء أم شباب العالم القروي؟ ولماذا؟',
          en: 'Who is hit hardest: girls or boys, migrants or Moroccans, young people in town or in the countryside? Why?',
        },
      },
      {
        id: 'findings-support',
        text: {
          fr: 'Vers qui vous êtes-vous tournés, et qu’est-ce qui vous a manqué ?',
          ar: 'إلى من لجأتم، وما الذي افتقدتموه؟',
          en: 'Whom did you turn to, and what was missing?',
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
      fr: 'Quels risques, quelle gravité ?',
      ar: 'أيّ مخاطر، وما درجة خطورتها؟',
      en: 'Which risks, how serious?',
    },
    purpose: {
      fr: 'Nommer les risques derrière les récits, les placer sur la matrice selon leur fréquence et leur gravité, et remplir la fiche d’analyse des plus graves.',
      ar: 'تسمية المخاطر الكامنة وراء التجارب، ووضعها على المصفوفة حسب تكرارها وخطورتها، وملء بطاقة التحليل لأخطرها.',
      en: 'Name the risks behind the stories, place them on the matrix by how often they happen and how serious they are, and fill in the analysis sheet of the worst.',
    },
    frames: ['riskMatrix'],
    questions: [
      {
        id: 'risk-mapping-often',
        text: {
          fr: 'Ce risque arrive-t-il souvent autour de vous ? Quel mal fait-il quand il arrive ?',
          ar: 'هل يحدث هذا الخطر كثيرًا من حولكم؟ وما الضرر الذي يُلحقه عندما يقع؟',
          en: 'Does this risk happen often around you? What harm does it do when it does?',
        },
      },
      {
        id: 'risk-mapping-strength',
        text: {
          fr: 'Qu’est-ce qui vous rend plus forts face à ce risque : des personnes, des groupes, des savoir-faire ?',
          ar: 'ما الذي يجعلكم أقوى في مواجهة هذا الخطر: أشخاص، أم مجموعات، أم مهارات؟',
          en: 'What makes you stronger against this risk: people, groups, know-how?',
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
      fr: 'Jeu sérieux : et si c’était nous ?',
      ar: 'لعبة جادة: ماذا لو كنا نحن؟',
      en: 'Serious game: what if it were us?',
    },
    purpose: {
      fr: 'Chaque sous-groupe joue une histoire inventée mais proche du réel. À chaque rebondissement, le groupe décide ce qu’il ferait, puis répond aux questions. On joue des rôles : personne ne parle de sa propre vie s’il ne le souhaite pas.',
      ar: 'تلعب كل مجموعة فرعية قصة متخيَّلة لكنها قريبة من الواقع. ومع كل مستجد، تقرر المجموعة ما كانت ستفعله، ثم تجيب عن الأسئلة. نحن نؤدي أدوارًا: لا أحد يتحدث عن حياته الخاصة إن لم يرغب في ذلك.',
      en: 'Each sub-group plays an invented but realistic story. At each new development the group decides what it would do, then answers the questions. These are roles: nobody talks about their own life unless they want to.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'serious-game-debrief',
        text: {
          fr: 'Qu’avez-vous appris sur ce qui protège, et sur ce qui isole ?',
          ar: 'ماذا تعلّمتم عمّا يحمي وعمّا يعزل؟',
          en: 'What did you learn about what protects people, and what isolates them?',
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
      fr: 'Idées d’actions, chacun pour soi',
      ar: 'أفكار للعمل، كلٌّ على حدة',
      en: 'Ideas for action, on your own',
    },
    purpose: {
      fr: 'Chacun propose en privé des actions, petites ou grandes, que des jeunes, des migrants, des associations ou des institutions pourraient mener.',
      ar: 'يقترح كل مشارك على انفراد إجراءات، صغيرة كانت أو كبيرة، يمكن أن يقوم بها الشباب أو المهاجرون أو الجمعيات أو المؤسسات.',
      en: 'Everyone privately proposes actions, small or large, that young people, migrants, associations or institutions could carry out.',
    },
    frames: ['actionMatrix'],
    questions: [
      {
        id: 'actions-writing-main',
        text: {
          fr: 'Que pourriez-vous faire vous-mêmes, avec votre groupe ou votre communauté, et de quoi auriez-vous besoin ?',
          ar: 'ماذا يمكنكم أن تفعلوا بأنفسكم، مع مجموعتكم أو مجتمعكم، وما الذي ستحتاجونه؟',
          en: 'What could you do yourselves, with your group or community, and what would you need?',
        },
      },
    ],
  },
  {
    id: 'action-prioritisation',
    kind: 'discussion',
    minutes: 30,
    room: 'subgroup',
    title: {
      fr: 'Choisir les actions',
      ar: 'اختيار الإجراءات',
      en: 'Choosing actions',
    },
    purpose: {
      fr: 'Placer les actions sur la matrice selon leur urgence et leur faisabilité, puis reporter dans la grille les plus importantes, avec ceux qui peuvent les porter.',
      ar: 'وضع الإجراءات على المصفوفة حسب درجة استعجالها وقابلية تنفيذها، ثم نقل أهمها إلى الشبكة مع من يمكنهم حملها.',
      en: 'Place the actions on the matrix by urgency and feasibility, then carry the most important into the grid, with who can lead them.',
    },
    frames: ['actionMatrix', 'noteGrid'],
    questions: [
      {
        id: 'action-prioritisation-peers',
        text: {
          fr: 'Quelles actions peuvent être menées par les jeunes et les migrants eux-mêmes, de pair à pair ?',
          ar: 'ما الإجراءات التي يمكن أن يقوم بها الشباب والمهاجرون أنفسهم، من النظير إلى النظير؟',
          en: 'Which actions can young people and migrants carry out themselves, peer to peer?',
        },
      },
      {
        id: 'action-prioritisation-ask',
        text: {
          fr: 'Que faut-il demander aux institutions et aux associations pour que ces actions tiennent dans le temps ?',
          ar: 'ما الذي يجب مطالبة المؤسسات والجمعيات به حتى تستمر هذه الإجراءات في الزمن؟',
          en: 'What must be asked of institutions and associations for these actions to last?',
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
      fr: 'Nos recommandations',
      ar: 'توصياتنا',
      en: 'Our recommendations',
    },
    purpose: {
      fr: 'Le rapporteur écrit avec le groupe ses recommandations, dans les mots du groupe, chacune avec ceux qui doivent agir et son niveau de priorité.',
      ar: 'يكتب المقرر مع المجموعة توصياتها بكلماتها هي، ولكل توصية الجهات التي يجب أن تتحرك ومستوى أولويتها.',
      en: 'The rapporteur writes the group’s recommendations with it, in the group’s own words, each with who must act and its priority level.',
    },
    frames: ['noteGrid'],
    questions: [
      {
        id: 'recommendations-message',
        text: {
          fr: 'Si vous pouviez dire une chose aux institutions de la région, ce serait quoi ?',
          ar: 'لو استطعتم قول شيء واحد لمؤسسات الجهة، فماذا سيكون؟',
          en: 'If you could tell the region’s institutions one thing, what would it be?',
        },
      },
      {
        id: 'recommendations-role',
        text: {
          fr: 'Quelle place voulez-vous avoir dans la mise en œuvre : être consultés, co-décider, agir ?',
          ar: 'ما المكانة التي تريدونها في التنفيذ: أن تُستشاروا، أم أن تشاركوا في القرار، أم أن تعملوا مباشرة؟',
          en: 'What part do you want in carrying it out: being consulted, deciding together, acting?',
        },
      },
      {
        id: 'recommendations-gender',
        text: {
          fr: 'La recommandation sert-elle autant les filles que les garçons, les femmes migrantes que les hommes ?',
          ar: 'هل تخدم التوصية الفتيات بقدر ما تخدم الفتيان، والنساء المهاجرات بقدر ما تخدم الرجال؟',
          en: 'Does the recommendation serve girls as much as boys, migrant women as much as men?',
        },
      },
    ],
  },
  {
    id: 'plenary-report',
    kind: 'plenary',
    minutes: 35,
    room: 'plenary',
    title: {
      fr: 'Restitution des sous-groupes',
      ar: 'عرض نتائج المجموعات الفرعية',
      en: 'Sub-groups report back',
    },
    purpose: {
      fr: 'Chaque groupe présente ses constats, ses actions et ses recommandations, de préférence par un jeune ou un migrant du groupe ; la salle réagit.',
      ar: 'تعرض كل مجموعة استنتاجاتها وإجراءاتها وتوصياتها، ويُفضَّل أن يقدّمها شاب أو مهاجر من المجموعة، ثم تتفاعل القاعة.',
      en: 'Each group presents its findings, actions and recommendations, preferably through a young person or a migrant from the group; the room reacts.',
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
        id: 'plenary-report-missing',
        text: {
          fr: 'Quelle voix n’a pas encore été entendue aujourd’hui ?',
          ar: 'أيّ صوت لم يُسمع بعدُ اليوم؟',
          en: 'Whose voice has not been heard yet today?',
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
        id: 'validation-agree',
        text: {
          fr: 'Êtes-vous d’accord avec cette recommandation telle qu’elle est écrite ? Que faut-il changer ?',
          ar: 'هل توافقون على هذه التوصية كما كُتبت؟ وما الذي يجب تغييره؟',
          en: 'Do you agree with this recommendation as written? What should change?',
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
