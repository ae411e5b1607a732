import type { RiskSheetTemplate } from './schema.js'

const cybercrime: RiskSheetTemplate = {
  id: 'cybercrime',
  title: { fr: 'Cybercriminalité', ar: 'الجريمة السيبرانية', en: 'Cybercrime' },
  summary: {
    fr: 'Infractions commises au moyen du numérique : escroqueries et hameçonnage, usurpation d’identité, piratage de comptes, sextorsion et chantage en ligne, exploitation des personnes vulnérables.',
    ar: 'جرائم تُرتكب بوسائل رقمية: الاحتيال والتصيّد الاحتيالي، وانتحال الهوية، وقرصنة الحسابات، والابتزاز الجنسي والابتزاز عبر الإنترنت، واستغلال الأشخاص في وضعية هشاشة.',
    en: 'Offences committed through digital means: scams and phishing, identity theft, account hacking, sextortion and online blackmail, exploitation of vulnerable people.',
  },
  examples: [
    {
      fr: 'Fausses offres d’emploi ou de passage vers l’Europe diffusées sur Facebook et WhatsApp, qui visent des jeunes et des migrants à Tanger.',
      ar: 'عروض عمل أو عبور وهمية نحو أوروبا تُنشر على فيسبوك وواتساب وتستهدف الشباب والمهاجرين في طنجة.',
      en: 'Fake job offers or crossings to Europe posted on Facebook and WhatsApp, targeting young people and migrants in Tangier.',
    },
    {
      fr: 'Sextorsion d’adolescents après l’échange d’images intimes sur les réseaux sociaux.',
      ar: 'ابتزاز جنسي لمراهقين بعد تبادل صور حميمة على شبكات التواصل الاجتماعي.',
      en: 'Sextortion of teenagers after intimate images were exchanged on social media.',
    },
    {
      fr: 'Hameçonnage qui prend le contrôle du compte d’une administration ou d’une association, puis s’en sert pour escroquer son public.',
      ar: 'تصيّد احتيالي يستولي على حساب إدارة أو جمعية ثم يستغله للاحتيال على جمهورها.',
      en: 'Phishing that takes over the account of a public office or an association, then uses it to defraud that account’s audience.',
    },
  ],
  prompts: {
    description: {
      fr: 'Quelles formes de cybercriminalité observez-vous dans votre domaine, et comment se déroulent-elles concrètement ?',
      ar: 'ما أشكال الجريمة السيبرانية التي تلاحظونها في مجال عملكم، وكيف تجري فعليًا؟',
      en: 'Which forms of cybercrime do you see in your field, and how do they actually unfold?',
    },
    groupsAffected: {
      fr: 'Qui en est victime en premier lieu (jeunes, femmes, enfants, migrants, agents publics), et qu’est-ce qui les expose ?',
      ar: 'من هم الضحايا في المقام الأول (الشباب، النساء، الأطفال، المهاجرون، الموظفون العموميون)، وما الذي يجعلهم عرضة لذلك؟',
      en: 'Who are the first victims (young people, women, children, migrants, public servants), and what exposes them?',
    },
    channels: {
      fr: 'Par quels canaux la menace arrive-t-elle : messageries, réseaux sociaux, faux sites, paiement mobile ?',
      ar: 'عبر أي قنوات يصل التهديد: تطبيقات المراسلة، شبكات التواصل الاجتماعي، المواقع المزيفة، الدفع عبر الهاتف؟',
      en: 'Through which channels does the threat arrive: messaging apps, social media, fake websites, mobile payment?',
    },
    drivers: {
      fr: 'Qu’est-ce qui rend ces infractions faciles ou rentables : précarité, méconnaissance des droits, honte de porter plainte, anonymat ?',
      ar: 'ما الذي يجعل هذه الجرائم سهلة أو مربحة: الهشاشة، أو الجهل بالحقوق، أو الخجل من تقديم شكوى، أو إخفاء الهوية؟',
      en: 'What makes these offences easy or profitable: precarity, not knowing one’s rights, shame about filing a complaint, anonymity?',
    },
    existingCapacities: {
      fr: 'Quels dispositifs existent déjà (police judiciaire, plateformes de signalement, associations, écoles), et lesquels fonctionnent vraiment ?',
      ar: 'ما الآليات القائمة حاليًا (الشرطة القضائية، منصات التبليغ، الجمعيات، المدارس)، وأيها يعمل فعلًا؟',
      en: 'Which mechanisms already exist (criminal investigation police, reporting platforms, associations, schools), and which really work?',
    },
    gaps: {
      fr: 'Que manque-t-il pour prévenir, signaler et accompagner les victimes ?',
      ar: 'ما الذي ينقص للوقاية والتبليغ ومرافقة الضحايا؟',
      en: 'What is missing to prevent, report and support victims?',
    },
  },
}

const disinformation: RiskSheetTemplate = {
  id: 'disinformation',
  title: { fr: 'Désinformation', ar: 'التضليل الإعلامي', en: 'Disinformation' },
  summary: {
    fr: 'Contenus faux ou trompeurs diffusés délibérément, ou partagés de bonne foi, qui faussent la compréhension de la santé, de la migration, des institutions ou de la sécurité publique.',
    ar: 'محتويات كاذبة أو مضلِّلة تُنشر عمدًا أو تُتداول بحسن نية، فتشوّه فهم قضايا الصحة والهجرة والمؤسسات والأمن العام.',
    en: 'False or misleading content spread on purpose, or shared in good faith, that distorts understanding of health, migration, institutions or public safety.',
  },
  examples: [
    {
      fr: 'Rumeurs sur une épidémie ou un vaccin relayées dans des groupes WhatsApp de quartier ou de parents d’élèves.',
      ar: 'شائعات حول وباء أو لقاح تتداولها مجموعات واتساب خاصة بالأحياء أو بأولياء التلاميذ.',
      en: 'Rumours about an epidemic or a vaccine relayed in neighbourhood or parents’ WhatsApp groups.',
    },
    {
      fr: 'Fausses annonces (bourses, régularisation, aides sociales) qui circulent sous le logo d’une institution publique.',
      ar: 'إعلانات كاذبة (منح دراسية، تسوية وضعية، مساعدات اجتماعية) تنتشر حاملةً شعار مؤسسة عمومية.',
      en: 'Fake announcements (grants, regularisation, social benefits) circulating under the logo of a public institution.',
    },
  ],
  prompts: {
    description: {
      fr: 'Quelles fausses informations ont circulé récemment dans la région, sur quels sujets, et avec quelles conséquences ?',
      ar: 'ما المعلومات الكاذبة التي انتشرت مؤخرًا في الجهة، وحول أي مواضيع، وما كانت عواقبها؟',
      en: 'Which false information has circulated in the region recently, on which topics, and with what consequences?',
    },
    groupsAffected: {
      fr: 'Qui y croit, qui la partage, et qui en subit les effets ?',
      ar: 'من يصدّقها، ومن ينشرها، ومن يتحمّل آثارها؟',
      en: 'Who believes it, who shares it, and who bears its effects?',
    },
    channels: {
      fr: 'Où circule-t-elle le plus : groupes de messagerie, vidéos courtes, pages locales, influenceurs, bouche-à-oreille ?',
      ar: 'أين تنتشر أكثر: مجموعات المراسلة، أم الفيديوهات القصيرة، أم الصفحات المحلية، أم المؤثرون، أم التناقل الشفهي؟',
      en: 'Where does it travel most: messaging groups, short videos, local pages, influencers, word of mouth?',
    },
    drivers: {
      fr: 'Pourquoi se propage-t-elle : défiance envers les institutions, absence d’information officielle rapide, émotions, intérêts économiques ou politiques ?',
      ar: 'لماذا تنتشر: انعدام الثقة في المؤسسات، أم غياب معلومة رسمية سريعة، أم العواطف، أم مصالح اقتصادية أو سياسية؟',
      en: 'Why does it spread: distrust of institutions, no quick official information, emotion, economic or political interests?',
    },
    existingCapacities: {
      fr: 'Qui vérifie et qui rectifie aujourd’hui (médias, institutions, associations, enseignants formés à l’EMI) ?',
      ar: 'من يتحقق من المعلومات ومن يصححها اليوم (وسائل الإعلام، المؤسسات، الجمعيات، المدرّسون المكوَّنون في التربية على وسائل الإعلام والمعلومات)؟',
      en: 'Who checks and who corrects today (media, institutions, associations, teachers trained in media and information literacy)?',
    },
    gaps: {
      fr: 'Que faudrait-il pour qu’une information fiable arrive plus vite et plus loin que la rumeur ?',
      ar: 'ما الذي يلزم حتى تصل المعلومة الموثوقة أسرع وأبعد من الشائعة؟',
      en: 'What would it take for reliable information to travel faster and further than the rumour?',
    },
  },
}

const hateSpeech: RiskSheetTemplate = {
  id: 'hate-speech',
  title: { fr: 'Discours haineux', ar: 'خطاب الكراهية', en: 'Hate speech' },
  summary: {
    fr: 'Propos qui attaquent ou dénigrent une personne ou un groupe en raison de son origine, de sa couleur de peau, de sa religion, de son genre ou de son statut, et qui peuvent inciter à la discrimination ou à la violence.',
    ar: 'أقوال تهاجم شخصًا أو جماعة أو تحطّ من شأنهما بسبب الأصل أو لون البشرة أو الدين أو النوع الاجتماعي أو الوضع القانوني، وقد تحرّض على التمييز أو العنف.',
    en: 'Speech that attacks or demeans a person or a group because of their origin, skin colour, religion, gender or status, and that can incite discrimination or violence.',
  },
  examples: [
    {
      fr: 'Commentaires racistes visant les migrants subsahariens sous des vidéos virales tournées à Tanger.',
      ar: 'تعليقات عنصرية تستهدف المهاجرين من أفريقيا جنوب الصحراء تحت مقاطع فيديو واسعة الانتشار صُوّرت في طنجة.',
      en: 'Racist comments targeting sub-Saharan migrants under viral videos filmed in Tangier.',
    },
    {
      fr: 'Cyberharcèlement de jeunes femmes engagées dans la vie associative ou publique.',
      ar: 'تحرّش إلكتروني بشابات منخرطات في العمل الجمعوي أو الحياة العامة.',
      en: 'Online harassment of young women active in associations or public life.',
    },
  ],
  prompts: {
    description: {
      fr: 'Quels propos haineux voyez-vous en ligne, contre qui, et à quelle fréquence ?',
      ar: 'ما أشكال خطاب الكراهية التي ترونها على الإنترنت، وضد من، وبأي وتيرة؟',
      en: 'What hateful speech do you see online, against whom, and how often?',
    },
    groupsAffected: {
      fr: 'Quels groupes sont visés (migrants, femmes, minorités, défenseurs des droits), et comment cela change-t-il leur vie hors ligne ?',
      ar: 'ما الفئات المستهدفة (المهاجرون، النساء، الأقليات، المدافعون عن الحقوق)، وكيف يغيّر ذلك حياتهم خارج الإنترنت؟',
      en: 'Which groups are targeted (migrants, women, minorities, rights defenders), and how does it change their lives offline?',
    },
    channels: {
      fr: 'Où naît-il et où s’amplifie-t-il : commentaires, pages anonymes, vidéos en direct, groupes fermés ?',
      ar: 'أين ينشأ وأين يتضخّم: التعليقات، أم الصفحات المجهولة، أم البث المباشر، أم المجموعات المغلقة؟',
      en: 'Where does it start and where is it amplified: comments, anonymous pages, live videos, closed groups?',
    },
    drivers: {
      fr: 'Qu’est-ce qui l’alimente : faits divers, crise économique, récits politiques, algorithmes qui récompensent l’indignation ?',
      ar: 'ما الذي يغذّيه: الأحداث المتفرقة، أم الأزمة الاقتصادية، أم الخطابات السياسية، أم الخوارزميات التي تكافئ الإثارة والسخط؟',
      en: 'What feeds it: news items, economic crisis, political narratives, algorithms that reward outrage?',
    },
    existingCapacities: {
      fr: 'Qui modère, qui accompagne les personnes visées, et quels recours juridiques sont réellement utilisés ?',
      ar: 'من يتولى الإشراف على المحتوى، ومن يرافق الأشخاص المستهدفين، وما سُبل الانتصاف القانونية المستعملة فعلًا؟',
      en: 'Who moderates, who supports the people targeted, and which legal remedies are actually used?',
    },
    gaps: {
      fr: 'Que manque-t-il pour faire reculer ces discours sans restreindre la liberté d’expression ?',
      ar: 'ما الذي ينقص للحدّ من هذا الخطاب دون المساس بحرية التعبير؟',
      en: 'What is missing to push this speech back without restricting freedom of expression?',
    },
  },
}

const migrationNarratives: RiskSheetTemplate = {
  id: 'migration-narratives',
  title: {
    fr: 'Récits migratoires nocifs',
    ar: 'السرديات الضارة حول الهجرة',
    en: 'Harmful migration narratives',
  },
  summary: {
    fr: 'Récits en ligne qui déforment la migration : ceux qui présentent les migrants comme une menace ou un fardeau, et ceux qui vendent aux jeunes un départ irrégulier facile et sans danger.',
    ar: 'سرديات رقمية تشوّه صورة الهجرة: منها ما يقدّم المهاجرين باعتبارهم تهديدًا أو عبئًا، ومنها ما يروّج لدى الشباب لهجرة غير نظامية سهلة وخالية من المخاطر.',
    en: 'Online narratives that distort migration: those that portray migrants as a threat or a burden, and those that sell young people an easy, safe irregular departure.',
  },
  examples: [
    {
      fr: 'Vidéos de « réussite » qui glorifient la traversée irrégulière du détroit et renvoient vers des passeurs.',
      ar: 'فيديوهات «نجاح» تمجّد العبور غير النظامي للمضيق وتحيل إلى المهرّبين.',
      en: '“Success” videos glorifying the irregular crossing of the Strait and pointing to smugglers.',
    },
    {
      fr: 'Publications qui attribuent aux migrants la hausse de la délinquance dans un quartier, sans aucune source.',
      ar: 'منشورات تنسب إلى المهاجرين ارتفاع الجريمة في أحد الأحياء دون أي مصدر.',
      en: 'Posts blaming migrants for rising crime in a neighbourhood, without any source.',
    },
  ],
  prompts: {
    description: {
      fr: 'Quels récits sur la migration circulent en ligne dans la région, et que disent-ils des migrants, du départ et de l’accueil ?',
      ar: 'ما السرديات حول الهجرة المتداولة على الإنترنت في الجهة، وماذا تقول عن المهاجرين وعن الرحيل وعن الاستقبال؟',
      en: 'Which narratives about migration circulate online in the region, and what do they say about migrants, leaving and welcoming?',
    },
    groupsAffected: {
      fr: 'Qui ces récits touchent-ils : jeunes tentés par le départ, migrants en transit ou installés, familles, communautés d’accueil ?',
      ar: 'من تمسّ هذه السرديات: الشباب الذين يغريهم الرحيل، أم المهاجرين العابرين أو المستقرين، أم الأسر، أم المجتمعات المضيفة؟',
      en: 'Whom do these narratives reach: young people tempted to leave, migrants in transit or settled, families, host communities?',
    },
    channels: {
      fr: 'Qui les produit et les diffuse : influenceurs, passeurs, pages communautaires, médias, diaspora ?',
      ar: 'من ينتجها وينشرها: المؤثرون، أم المهرّبون، أم الصفحات المجتمعية، أم وسائل الإعلام، أم الجالية في الخارج؟',
      en: 'Who produces and spreads them: influencers, smugglers, community pages, media, diaspora?',
    },
    drivers: {
      fr: 'Sur quoi reposent-ils : chômage des jeunes, manque de voies légales, peur de l’autre, méconnaissance des parcours migratoires ?',
      ar: 'على ماذا تقوم: بطالة الشباب، أم قلة المسارات القانونية، أم الخوف من الآخر، أم الجهل بمسارات الهجرة؟',
      en: 'What do they rest on: youth unemployment, lack of legal pathways, fear of others, ignorance of migrants’ journeys?',
    },
    existingCapacities: {
      fr: 'Quels contre-récits existent déjà (témoignages, campagnes, médias communautaires), et qui les porte de façon crédible ?',
      ar: 'ما السرديات المضادة الموجودة حاليًا (شهادات، حملات، إعلام مجتمعي)، ومن يحملها بمصداقية؟',
      en: 'Which counter-narratives already exist (testimonies, campaigns, community media), and who carries them credibly?',
    },
    gaps: {
      fr: 'Que faudrait-il pour que les jeunes et les migrants eux-mêmes racontent la migration autrement, et soient entendus ?',
      ar: 'ما الذي يلزم حتى يروي الشباب والمهاجرون أنفسهم الهجرة بشكل مختلف، وحتى يُسمع صوتهم؟',
      en: 'What would it take for young people and migrants themselves to tell migration differently, and be heard?',
    },
  },
}

const aiMisuse: RiskSheetTemplate = {
  id: 'ai-misuse',
  title: {
    fr: 'Usages problématiques de l’IA',
    ar: 'الاستخدامات الإشكالية للذكاء الاصطناعي',
    en: 'Problematic uses of AI',
  },
  summary: {
    fr: 'Usages de l’intelligence artificielle qui trompent, discriminent ou échappent à tout contrôle : hypertrucages, contenus générés en masse, voix clonées, décisions automatisées sans transparence ni recours, collecte abusive de données.',
    ar: 'استخدامات للذكاء الاصطناعي تخدع أو تميّز أو تفلت من كل رقابة: التزييف العميق، والمحتويات المولَّدة بكثافة، واستنساخ الأصوات، والقرارات الآلية دون شفافية ولا سبيل للطعن، والجمع المفرط للمعطيات.',
    en: 'Uses of artificial intelligence that deceive, discriminate or escape any oversight: deepfakes, mass-generated content, cloned voices, automated decisions without transparency or appeal, abusive data collection.',
  },
  examples: [
    {
      fr: 'Hypertrucage audio d’un élu local annonçant une fausse décision, partagé la veille d’une réunion publique.',
      ar: 'تسجيل صوتي مزيّف بتقنية التزييف العميق لمنتخب محلي يعلن قرارًا كاذبًا، يُنشر عشية اجتماع عمومي.',
      en: 'A deepfake audio of a local councillor announcing a false decision, shared the day before a public meeting.',
    },
    {
      fr: 'Images intimes fabriquées par IA pour harceler une jeune femme ou une militante.',
      ar: 'صور حميمة مصنوعة بالذكاء الاصطناعي لمضايقة شابة أو ناشطة.',
      en: 'Intimate images fabricated with AI to harass a young woman or an activist.',
    },
    {
      fr: 'Outil automatisé de tri des dossiers qui écarte certains profils sans que personne puisse expliquer pourquoi.',
      ar: 'أداة آلية لفرز الملفات تستبعد فئات معينة دون أن يستطيع أحد تفسير السبب.',
      en: 'An automated screening tool that rejects some profiles without anyone being able to explain why.',
    },
  ],
  prompts: {
    description: {
      fr: 'Quels usages de l’IA vous inquiètent, dans les services publics, les médias ou la vie quotidienne ?',
      ar: 'ما استخدامات الذكاء الاصطناعي التي تثير قلقكم في المرافق العمومية أو في وسائل الإعلام أو في الحياة اليومية؟',
      en: 'Which uses of AI worry you, in public services, in the media or in daily life?',
    },
    groupsAffected: {
      fr: 'Qui risque d’être trompé, exclu ou discriminé par ces outils, et qui ne peut pas se défendre ?',
      ar: 'من المعرَّض للخداع أو الإقصاء أو التمييز بسبب هذه الأدوات، ومن لا يستطيع الدفاع عن نفسه؟',
      en: 'Who risks being deceived, excluded or discriminated against by these tools, and who cannot defend themselves?',
    },
    channels: {
      fr: 'Par où ces usages arrivent-ils : applications grand public, plateformes, outils adoptés par une administration, fournisseurs étrangers ?',
      ar: 'من أين تأتي هذه الاستخدامات: التطبيقات الموجَّهة إلى العموم، أم المنصات، أم أدوات تعتمدها الإدارة، أم مزوّدون أجانب؟',
      en: 'How do these uses arrive: consumer apps, platforms, tools adopted by a public office, foreign suppliers?',
    },
    drivers: {
      fr: 'Qu’est-ce qui les favorise : outils gratuits et puissants, absence de cadre éthique, données mal protégées, faible culture numérique ?',
      ar: 'ما الذي يشجّعها: أدوات مجانية وقوية، أم غياب إطار أخلاقي، أم معطيات ضعيفة الحماية، أم ضعف الثقافة الرقمية؟',
      en: 'What favours them: free and powerful tools, no ethical framework, poorly protected data, low digital literacy?',
    },
    existingCapacities: {
      fr: 'Quels cadres et quelles compétences existent déjà (protection des données personnelles, chartes, formations, experts locaux) ?',
      ar: 'ما الأطر والكفاءات المتوفرة حاليًا (حماية المعطيات الشخصية، المواثيق، التكوينات، الخبراء المحليون)؟',
      en: 'Which frameworks and skills already exist (personal data protection, charters, training, local experts)?',
    },
    gaps: {
      fr: 'Que faudrait-il pour un usage de l’IA transparent, juste et contestable dans la région ?',
      ar: 'ما الذي يلزم لاستخدام للذكاء الاصطناعي يكون شفافًا وعادلًا وقابلًا للطعن في الجهة؟',
      en: 'What would it take for AI to be used transparently, fairly and contestably in the region?',
    },
  },
}

/** The five digital-risk analysis sheets, in the order the terms of reference name the risks. */
export const riskSheets: readonly RiskSheetTemplate[] = [
  cybercrime,
  disinformation,
  hateSpeech,
  migrationNarratives,
  aiMisuse,
]
