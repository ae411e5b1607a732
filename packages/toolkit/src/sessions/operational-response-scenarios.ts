import type { Scenario } from '../schema.js'

const sextortion: Scenario = {
  id: 'sextortion-report',
  title: {
    fr: 'Un signalement de sextorsion',
    ar: 'تبليغ عن ابتزاز جنسي',
    en: 'A sextortion report',
  },
  risks: ['cybercrime', 'ai-misuse'],
  minutes: 45,
  situation: {
    fr: 'Une collégienne de 14 ans confie à une animatrice d’association qu’un inconnu, rencontré sur un jeu en ligne, menace de publier des photos d’elle si elle ne lui envoie pas d’argent avant ce soir. Certaines de ces photos, dit-elle, ont été « fabriquées ».',
    ar: 'تُسِرّ تلميذة في الرابعة عشرة من عمرها إلى منشّطة في جمعية بأن شخصًا مجهولًا تعرّفت عليه في لعبة على الإنترنت يهدد بنشر صور لها إن لم ترسل إليه مالًا قبل هذا المساء. وتقول إن بعض هذه الصور «مفبركة».',
    en: 'A 14-year-old schoolgirl tells an association’s youth worker that a stranger she met in an online game threatens to publish pictures of her unless she sends him money by tonight. Some of the pictures, she says, were “made up”.',
  },
  role: {
    fr: 'Vous êtes l’équipe de l’association, avec un référent de la protection de l’enfance et une psychologue.',
    ar: 'أنتم فريق الجمعية، ومعكم مرجع في مجال حماية الطفولة وأخصائية نفسية.',
    en: 'You are the association’s team, with a child-protection officer and a psychologist.',
  },
  injects: [
    {
      id: 'sextortion-secret',
      atMinute: 0,
      title: { fr: 'Le secret', ar: 'السرّ', en: 'The secret' },
      text: {
        fr: 'L’adolescente refuse que ses parents soient informés. Elle a peur d’être privée de téléphone, ou pire.',
        ar: 'ترفض المراهقة إخبار والديها. فهي تخشى أن تُحرم من هاتفها، أو ما هو أسوأ.',
        en: 'The girl refuses to let her parents know. She fears losing her phone, or worse.',
      },
    },
    {
      id: 'sextortion-contacts',
      atMinute: 10,
      title: { fr: 'La menace se précise', ar: 'التهديد يشتدّ', en: 'The threat sharpens' },
      text: {
        fr: 'Le maître-chanteur envoie une capture d’écran de la liste de ses contacts, où figurent ses camarades de classe et ses professeurs.',
        ar: 'يرسل المبتزّ لقطة شاشة لقائمة جهات اتصالها، وفيها زملاؤها في القسم وأساتذتها.',
        en: 'The blackmailer sends a screenshot of her contact list, with her classmates and teachers on it.',
      },
    },
    {
      id: 'sextortion-spread',
      atMinute: 22,
      title: { fr: 'Les images circulent', ar: 'الصور تنتشر', en: 'The pictures spread' },
      text: {
        fr: 'Une image circule dans un groupe de la classe. Deux autres élèves disent avoir reçu le même genre de message du même compte.',
        ar: 'تنتشر صورة في مجموعة خاصة بالقسم. ويقول تلميذان آخران إنهما تلقّيا رسائل مماثلة من الحساب نفسه.',
        en: 'A picture circulates in a class group. Two other pupils say they got the same kind of message from the same account.',
      },
    },
    {
      id: 'sextortion-blocked',
      atMinute: 34,
      title: {
        fr: 'Le signalement bloque',
        ar: 'تعثّر التبليغ',
        en: 'The report stalls',
      },
      text: {
        fr: 'La plateforme ne répond pas au signalement. Au commissariat, on demande la présence d’un parent pour enregistrer la plainte.',
        ar: 'لا تردّ المنصة على التبليغ. وفي مركز الشرطة، يُطلب حضور أحد الوالدين لتسجيل الشكاية.',
        en: 'The platform does not answer the report. At the police station, a parent must be present to file the complaint.',
      },
    },
  ],
  questions: [
    {
      id: 'sextortion-path',
      text: {
        fr: 'Quelles étapes du signalement ont fonctionné, et où le parcours s’est-il bloqué ?',
        ar: 'ما مراحل التبليغ التي نجحت، وأين تعثّر المسار؟',
        en: 'Which steps of the report worked, and where did the path get stuck?',
      },
    },
    {
      id: 'sextortion-order',
      text: {
        fr: 'Qui fallait-il prévenir, dans quel ordre, dans l’intérêt supérieur de l’enfant ?',
        ar: 'من كان يجب إخباره، وبأي ترتيب، بما يراعي المصلحة الفضلى للطفل؟',
        en: 'Who had to be told, in what order, in the best interests of the child?',
      },
    },
    {
      id: 'sextortion-evidence',
      text: {
        fr: 'Quelles preuves conserver, et comment, sans diffuser davantage les images ?',
        ar: 'ما الأدلة التي يجب الاحتفاظ بها، وكيف، دون نشر الصور أكثر؟',
        en: 'Which evidence should be kept, and how, without spreading the pictures further?',
      },
    },
    {
      id: 'sextortion-agreement',
      text: {
        fr: 'Quel accord entre l’école, l’association, la police et la plateforme aurait évité que l’adolescente reste seule ?',
        ar: 'أيّ اتفاق بين المدرسة والجمعية والشرطة والمنصة كان سيحول دون بقاء المراهقة وحيدة؟',
        en: 'What agreement between the school, the association, the police and the platform would have kept the girl from being left alone?',
      },
    },
  ],
}

const vaccineRumour: Scenario = {
  id: 'vaccine-rumour',
  title: { fr: 'La rumeur du vaccin', ar: 'إشاعة اللقاح', en: 'The vaccine rumour' },
  risks: ['disinformation', 'hate-speech', 'migration-narratives'],
  minutes: 45,
  situation: {
    fr: 'Pendant une campagne de vaccination dans les écoles de Tanger, un message vocal en darija affirme que le vaccin rend stérile et qu’il a d’abord été « testé sur des enfants migrants ». Il circule dans les groupes de parents.',
    ar: 'خلال حملة تلقيح في مدارس طنجة، تزعم رسالة صوتية بالدارجة أن اللقاح يسبب العقم وأنه «جُرّب أولًا على أطفال مهاجرين». وتنتشر الرسالة في مجموعات أولياء الأمور.',
    en: 'During a vaccination campaign in Tangier’s schools, a voice message in Darija claims the vaccine causes sterility and was first “tested on migrant children”. It circulates in parents’ groups.',
  },
  role: {
    fr: 'Vous êtes un collectif d’associations, d’enseignants formés à l’éducation aux médias et de journalistes locaux.',
    ar: 'أنتم تجمّع من الجمعيات والمدرّسين المكوَّنين في التربية على وسائل الإعلام والصحفيين المحليين.',
    en: 'You are a coalition of associations, teachers trained in media literacy and local journalists.',
  },
  injects: [
    {
      id: 'rumour-voice',
      atMinute: 0,
      title: { fr: 'Le message vocal', ar: 'الرسالة الصوتية', en: 'The voice message' },
      text: {
        fr: 'Le message a été transféré des milliers de fois. Dans deux écoles, la moitié des parents retirent leur accord.',
        ar: 'أُعيد توجيه الرسالة آلاف المرات. وفي مدرستين، سحب نصف أولياء الأمور موافقتهم.',
        en: 'The message has been forwarded thousands of times. In two schools, half the parents withdraw their consent.',
      },
    },
    {
      id: 'rumour-scapegoats',
      atMinute: 12,
      title: { fr: 'Les boucs émissaires', ar: 'أكباش الفداء', en: 'The scapegoats' },
      text: {
        fr: 'Des commentaires accusent les familles migrantes d’un quartier. Une vidéo filmée à l’entrée d’une école montre leurs enfants.',
        ar: 'تتهم تعليقات الأسر المهاجرة في أحد الأحياء. ويُظهر فيديو صُوّر عند باب مدرسة أطفالها.',
        en: 'Comments blame the migrant families of one neighbourhood. A video filmed at a school gate shows their children.',
      },
    },
    {
      id: 'rumour-denial',
      atMinute: 24,
      title: {
        fr: 'Le démenti qui ne passe pas',
        ar: 'نفي لا يصل',
        en: 'The denial that does not land',
      },
      text: {
        fr: 'La délégation provinciale de la santé publie un démenti en français sur son site. Peu de parents le voient, et certains le jugent suspect.',
        ar: 'تنشر المندوبية الإقليمية للصحة نفيًا بالفرنسية على موقعها. قلة من الآباء يطّلعون عليه، وبعضهم يراه مريبًا.',
        en: 'The provincial health delegation posts a denial in French on its website. Few parents see it, and some find it suspicious.',
      },
    },
    {
      id: 'rumour-offer',
      atMinute: 36,
      title: {
        fr: 'Une aide inattendue',
        ar: 'مساعدة غير متوقعة',
        en: 'Unexpected help',
      },
      text: {
        fr: 'Des élèves d’un club d’éducation aux médias proposent une vidéo de vérification. Un influenceur local offre de la relayer, en échange de visibilité pour sa marque.',
        ar: 'يقترح تلاميذ من نادٍ للتربية على وسائل الإعلام إعداد فيديو للتحقق. ويعرض مؤثر محلي نشره مقابل الترويج لعلامته التجارية.',
        en: 'Pupils from a media-literacy club offer to make a fact-checking video. A local influencer offers to share it, in exchange for exposure for his brand.',
      },
    },
  ],
  questions: [
    {
      id: 'rumour-message',
      text: {
        fr: 'Quel message, dans quelle langue et porté par quel messager, aurait atteint les parents plus vite que la rumeur ?',
        ar: 'أيّ رسالة، وبأي لغة، وعلى لسان أيّ مُبلِّغ، كانت ستصل إلى الآباء أسرع من الإشاعة؟',
        en: 'Which message, in which language and from which messenger, would have reached parents faster than the rumour?',
      },
    },
    {
      id: 'rumour-protect',
      text: {
        fr: 'Comment protéger les familles migrantes prises pour cibles, et qui devait le faire ?',
        ar: 'كيف تُحمى الأسر المهاجرة المستهدفة، ومن كان عليه القيام بذلك؟',
        en: 'How should the targeted migrant families be protected, and whose job was it?',
      },
    },
    {
      id: 'rumour-pupils',
      text: {
        fr: 'Quel rôle donner aux élèves et aux enseignants formés à l’EMI, et avec quelles limites ?',
        ar: 'ما الدور الذي يُسند إلى التلاميذ والمدرّسين المكوَّنين في التربية على وسائل الإعلام والمعلومات، وفي أي حدود؟',
        en: 'What role should pupils and MIL-trained teachers play, and within which limits?',
      },
    },
    {
      id: 'rumour-next',
      text: {
        fr: 'Que faut-il préparer dès maintenant pour la prochaine rumeur ?',
        ar: 'ما الذي يجب إعداده من الآن للإشاعة القادمة؟',
        en: 'What should be prepared now for the next rumour?',
      },
    },
  ],
}

/** Session 2's serious games: two sub-groups play each. */
export const operationalResponseScenarios: Scenario[] = [sextortion, vaccineRumour]
