import type { Scenario } from '../schema.js'

const crossingVideo: Scenario = {
  id: 'crossing-video',
  title: {
    fr: 'La vidéo de la traversée',
    ar: 'فيديو العبور',
    en: 'The crossing video',
  },
  risks: ['migration-narratives', 'cybercrime', 'hate-speech'],
  minutes: 40,
  situation: {
    fr: 'Dans le groupe WhatsApp d’un quartier de Tanger, un jeune partage la vidéo d’un influenceur qui filme son arrivée en Espagne et promet un passage « sûr et rapide » pour 20 000 dirhams, payables par transfert.',
    ar: 'في مجموعة واتساب خاصة بأحد أحياء طنجة، يشارك شاب فيديو لمؤثر يصوّر وصوله إلى إسبانيا ويَعِد بعبور «آمن وسريع» مقابل 20 ألف درهم تُدفع عبر تحويل مالي.',
    en: 'In a Tangier neighbourhood’s WhatsApp group, a young man shares a video of an influencer filming his arrival in Spain and promising a “safe, fast” crossing for 20,000 dirhams, paid by transfer.',
  },
  role: {
    fr: 'Vous êtes des amis et des jeunes leaders du quartier. L’un d’entre vous pense sérieusement à partir.',
    ar: 'أنتم أصدقاء وشباب قياديون في الحي. وأحدكم يفكر جديًا في الرحيل.',
    en: 'You are friends and young leaders from the neighbourhood. One of you is seriously thinking of leaving.',
  },
  injects: [
    {
      id: 'crossing-offer',
      atMinute: 0,
      title: { fr: 'L’offre', ar: 'العرض', en: 'The offer' },
      text: {
        fr: 'Trois jeunes du groupe ont déjà écrit au numéro indiqué. On leur demande une avance et une photo de leur carte d’identité.',
        ar: 'راسل ثلاثة شباب من المجموعة الرقم المذكور. وطُلب منهم تسبيق وصورة لبطاقة هويتهم.',
        en: 'Three young people in the group have already written to the number given. They are asked for a deposit and a photo of their ID card.',
      },
    },
    {
      id: 'crossing-witness',
      atMinute: 10,
      title: { fr: 'Le témoin', ar: 'الشاهد', en: 'The witness' },
      text: {
        fr: 'Un migrant installé à Tanger raconte dans le groupe que la même page l’a escroqué l’an dernier. Des membres l’insultent et lui disent de « rentrer chez lui ».',
        ar: 'يحكي مهاجر مقيم في طنجة داخل المجموعة أن الصفحة نفسها احتالت عليه في السنة الماضية. فيشتمه بعض الأعضاء ويطلبون منه «العودة إلى بلده».',
        en: 'A migrant living in Tangier tells the group the same page scammed him last year. Some members insult him and tell him to “go home”.',
      },
    },
    {
      id: 'crossing-pressure',
      atMinute: 20,
      title: { fr: 'La pression', ar: 'الضغط', en: 'The pressure' },
      text: {
        fr: 'Le « passeur » annonce un départ dans 48 heures et menace de publier les pièces d’identité de ceux qui se retirent.',
        ar: 'يعلن «المهرّب» عن رحلة بعد 48 ساعة، ويهدد بنشر وثائق هوية كل من يتراجع.',
        en: 'The “smuggler” announces a departure in 48 hours and threatens to publish the IDs of anyone who pulls out.',
      },
    },
    {
      id: 'crossing-return',
      atMinute: 30,
      title: { fr: 'Le retour', ar: 'العودة', en: 'The return' },
      text: {
        fr: 'L’un des jeunes revient après une tentative avortée. Il a honte et ne veut pas en parler ; une vidéo de lui tourne déjà en ligne, avec des moqueries.',
        ar: 'يعود أحد الشباب بعد محاولة فاشلة. يشعر بالخجل ولا يريد الحديث عن الأمر، بينما ينتشر فيديو له على الإنترنت مصحوبًا بالسخرية.',
        en: 'One of the young men comes back after a failed attempt. He is ashamed and will not talk about it; a video of him is already going round online, with mockery.',
      },
    },
  ],
  questions: [
    {
      id: 'crossing-credible',
      text: {
        fr: 'Qu’est-ce qui rendait l’offre crédible, et quels signes auraient dû alerter ?',
        ar: 'ما الذي جعل العرض مقنعًا، وما العلامات التي كان ينبغي أن تنبّه إلى الخطر؟',
        en: 'What made the offer believable, and which signs should have raised the alarm?',
      },
    },
    {
      id: 'crossing-trust',
      text: {
        fr: 'Vers qui les jeunes pouvaient-ils se tourner sans crainte d’être jugés ou dénoncés ?',
        ar: 'إلى من كان يمكن للشباب اللجوء دون خوف من أن يُحكم عليهم أو يُبلَّغ عنهم؟',
        en: 'Whom could the young people turn to without fear of being judged or reported?',
      },
    },
    {
      id: 'crossing-insults',
      text: {
        fr: 'Comment répondre aux insultes contre le témoin migrant sans envenimer le groupe ?',
        ar: 'كيف يُردّ على الشتائم الموجهة إلى الشاهد المهاجر دون تأجيج التوتر داخل المجموعة؟',
        en: 'How should the insults against the migrant witness be answered without inflaming the group?',
      },
    },
    {
      id: 'crossing-counter',
      text: {
        fr: 'Quel autre récit, porté par qui, parlerait vraiment aux jeunes du quartier ?',
        ar: 'أيّ سردية بديلة، وعلى لسان من، ستخاطب فعلًا شباب الحي؟',
        en: 'Which other story, told by whom, would really speak to the neighbourhood’s young people?',
      },
    },
  ],
}

const targetedActivist: Scenario = {
  id: 'targeted-activist',
  title: {
    fr: 'La militante ciblée',
    ar: 'الناشطة المستهدَفة',
    en: 'The targeted activist',
  },
  risks: ['hate-speech', 'ai-misuse', 'migration-narratives'],
  minutes: 40,
  situation: {
    fr: 'Amina, jeune militante associative et migrante installée à Tanger, publie une vidéo sur l’accès des femmes migrantes aux soins. Le lendemain, une campagne de commentaires haineux commence.',
    ar: 'تنشر أمينة، وهي ناشطة جمعوية شابة ومهاجرة مقيمة في طنجة، فيديو حول ولوج النساء المهاجرات إلى العلاج. وفي اليوم التالي، تنطلق حملة من التعليقات المليئة بالكراهية.',
    en: 'Amina, a young association activist and migrant living in Tangier, posts a video on migrant women’s access to health care. The next day, a campaign of hateful comments begins.',
  },
  role: {
    fr: 'Vous êtes le réseau associatif et les amis qui la soutiennent.',
    ar: 'أنتم الشبكة الجمعوية والأصدقاء الذين يساندونها.',
    en: 'You are the network of associations and friends who support her.',
  },
  injects: [
    {
      id: 'activist-wave',
      atMinute: 0,
      title: { fr: 'La vague', ar: 'الموجة', en: 'The wave' },
      text: {
        fr: 'Des centaines de commentaires racistes et sexistes. Quelqu’un publie le nom de sa rue.',
        ar: 'مئات التعليقات العنصرية والمتحيزة ضد المرأة. ويَنشر أحدهم اسم الشارع الذي تسكن فيه.',
        en: 'Hundreds of racist and sexist comments. Someone posts the name of her street.',
      },
    },
    {
      id: 'activist-fake',
      atMinute: 10,
      title: { fr: 'L’image truquée', ar: 'الصورة المزيّفة', en: 'The faked image' },
      text: {
        fr: 'Une image intime fabriquée par IA, avec son visage, circule dans des groupes fermés.',
        ar: 'تنتشر في مجموعات مغلقة صورة حميمة مصنوعة بالذكاء الاصطناعي تحمل وجهها.',
        en: 'An AI-made intimate image with her face on it circulates in closed groups.',
      },
    },
    {
      id: 'activist-silence',
      atMinute: 20,
      title: { fr: 'Le silence', ar: 'الصمت', en: 'Silence' },
      text: {
        fr: 'Elle ferme ses comptes et annule sa participation à un forum régional. Sa famille lui demande d’arrêter son engagement.',
        ar: 'تغلق حساباتها وتلغي مشاركتها في منتدى جهوي. وتطلب منها أسرتها التوقف عن نشاطها.',
        en: 'She closes her accounts and cancels her place at a regional forum. Her family asks her to give up her activism.',
      },
    },
    {
      id: 'activist-solidarity',
      atMinute: 30,
      title: { fr: 'La solidarité', ar: 'التضامن', en: 'Solidarity' },
      text: {
        fr: 'Des jeunes veulent lancer une contre-campagne avec le mot-clic #AvecAmina ; d’autres craignent qu’elle n’attire encore plus d’attaques.',
        ar: 'يريد شباب إطلاق حملة مضادة بوسم #مع_أمينة، بينما يخشى آخرون أن تجلب مزيدًا من الهجمات.',
        en: 'Some young people want to launch a counter-campaign with the hashtag #WithAmina; others fear it will draw even more attacks.',
      },
    },
  ],
  questions: [
    {
      id: 'activist-needs',
      text: {
        fr: 'De quoi Amina avait-elle besoin en premier : sécurité, écoute, preuves, aide juridique ?',
        ar: 'ما الذي كانت أمينة بحاجة إليه أولًا: الأمان، أم الإصغاء، أم الأدلة، أم المساعدة القانونية؟',
        en: 'What did Amina need first: safety, someone to listen, evidence, legal help?',
      },
    },
    {
      id: 'activist-actors',
      text: {
        fr: 'Qui pouvait agir (plateformes, autorités, associations, proches), et dans quel ordre ?',
        ar: 'من كان بإمكانه التحرك (المنصات، السلطات، الجمعيات، المقرّبون)، وبأي ترتيب؟',
        en: 'Who could act (platforms, authorities, associations, people close to her), and in what order?',
      },
    },
    {
      id: 'activist-solidarity-safe',
      text: {
        fr: 'Comment la solidarité en ligne peut-elle protéger sans exposer davantage ?',
        ar: 'كيف يمكن للتضامن على الإنترنت أن يحمي دون أن يزيد من التعرّض للخطر؟',
        en: 'How can solidarity online protect without exposing her further?',
      },
    },
    {
      id: 'activist-rules',
      text: {
        fr: 'Quelles règles votre réseau pourrait-il se donner pour la prochaine fois ?',
        ar: 'ما القواعد التي يمكن لشبكتكم أن تضعها لنفسها استعدادًا للمرة القادمة؟',
        en: 'What rules could your network set itself for next time?',
      },
    },
  ],
}

/** Session 3's serious games: two sub-groups play each. */
export const inclusionResilienceScenarios: Scenario[] = [crossingVideo, targetedActivist]
