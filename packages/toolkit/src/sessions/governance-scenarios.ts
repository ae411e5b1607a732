import type { Scenario } from '../schema.js'

const deepfakeAnnouncement: Scenario = {
  id: 'deepfake-announcement',
  title: { fr: 'Le faux communiqué', ar: 'البلاغ المزيّف', en: 'The fake announcement' },
  risks: ['ai-misuse', 'disinformation', 'hate-speech'],
  minutes: 40,
  situation: {
    fr: 'Un lundi à 8 h, une vidéo montre un haut responsable régional annoncer la suppression des bourses scolaires pour les élèves « non marocains » à la rentrée. Sa voix et son visage sont convaincants, mais il n’a jamais tenu ces propos. La vidéo circule dans les groupes de parents d’élèves de Tanger et de Tétouan.',
    ar: 'يوم اثنين على الساعة الثامنة صباحًا، ينتشر مقطع فيديو يظهر فيه مسؤول جهوي رفيع وهو يعلن إلغاء المنح الدراسية للتلاميذ «غير المغاربة» مع الدخول المدرسي. صوته وصورته مقنعان، لكنه لم يصرّح بذلك قط. يتداول المقطعَ أولياءُ التلاميذ في مجموعاتهم بطنجة وتطوان.',
    en: 'One Monday at 8 a.m., a video shows a senior regional official announcing that school grants for “non-Moroccan” pupils will end at the start of the school year. His voice and face are convincing, but he never said it. The video circulates in parents’ groups in Tangier and Tétouan.',
  },
  role: {
    fr: 'Vous êtes une cellule de coordination réunie dans l’urgence : Conseil Régional, AREF, CRDH et services de communication.',
    ar: 'أنتم خلية تنسيق اجتمعت على وجه السرعة: مجلس الجهة، والأكاديمية الجهوية للتربية والتكوين، واللجنة الجهوية لحقوق الإنسان، ومصالح التواصل.',
    en: 'You are a coordination cell convened in a hurry: the Regional Council, AREF, CRDH and communication services.',
  },
  injects: [
    {
      id: 'deepfake-views',
      atMinute: 0,
      title: { fr: 'La vidéo se répand', ar: 'انتشار الفيديو', en: 'The video spreads' },
      text: {
        fr: 'La vidéo dépasse 40 000 vues. Des parents appellent les écoles ; deux journalistes demandent une confirmation avant midi.',
        ar: 'تجاوز الفيديو 40 ألف مشاهدة. يتصل أولياء الأمور بالمدارس، ويطلب صحفيان تأكيدًا قبل منتصف النهار.',
        en: 'The video passes 40,000 views. Parents call schools; two journalists ask for confirmation before noon.',
      },
    },
    {
      id: 'deepfake-hostility',
      atMinute: 10,
      title: { fr: 'L’hostilité monte', ar: 'تصاعد العداء', en: 'Hostility rises' },
      text: {
        fr: 'Des pages anonymes reprennent la vidéo avec des commentaires hostiles aux élèves migrants. Une association signale des insultes devant un collège.',
        ar: 'تعيد صفحات مجهولة نشر الفيديو مرفقًا بتعليقات معادية للتلاميذ المهاجرين. وتبلّغ جمعية عن شتائم أمام إحدى الإعداديات.',
        en: 'Anonymous pages repost the video with comments hostile to migrant pupils. An association reports insults outside a middle school.',
      },
    },
    {
      id: 'deepfake-expertise',
      atMinute: 20,
      title: { fr: 'Une preuve incertaine', ar: 'دليل غير قاطع', en: 'Uncertain proof' },
      text: {
        fr: 'Un expert estime qu’il s’agit d’un hypertrucage, mais son outil ne donne qu’une probabilité de 85 %. Le démenti officiel attend toujours la validation de la hiérarchie.',
        ar: 'يرجّح خبير أن الأمر يتعلق بتزييف عميق، لكن أداته لا تعطي سوى احتمال بنسبة 85 في المائة. ولا يزال النفي الرسمي ينتظر مصادقة الرؤساء.',
        en: 'An expert believes it is a deepfake, but his tool only gives an 85% probability. The official denial is still waiting for sign-off from above.',
      },
    },
    {
      id: 'deepfake-second',
      atMinute: 30,
      title: { fr: 'Une deuxième vidéo', ar: 'فيديو ثانٍ', en: 'A second video' },
      text: {
        fr: 'Un second hypertrucage apparaît, en darija, visant cette fois un responsable de l’AREF. Les médias nationaux s’emparent de l’affaire.',
        ar: 'يظهر تزييف عميق ثانٍ بالدارجة، يستهدف هذه المرة مسؤولًا في الأكاديمية الجهوية. وتتناول وسائل الإعلام الوطنية القضية.',
        en: 'A second deepfake appears, in Darija, this time targeting an AREF official. National media take up the story.',
      },
    },
  ],
  questions: [
    {
      id: 'deepfake-first-voice',
      text: {
        fr: 'Qui devait parler en premier, en combien de temps, et dans quelles langues ?',
        ar: 'من كان ينبغي أن يتكلم أولًا، وفي أي أجل، وبأي لغات؟',
        en: 'Who should have spoken first, how quickly, and in which languages?',
      },
    },
    {
      id: 'deepfake-sharing',
      text: {
        fr: 'Quelles informations chaque institution devait-elle partager avec les autres, et par quel canal ?',
        ar: 'ما المعلومات التي كان على كل مؤسسة أن تتقاسمها مع الأخرى، وعبر أي قناة؟',
        en: 'What information should each institution have shared with the others, and through which channel?',
      },
    },
    {
      id: 'deepfake-protocol',
      text: {
        fr: 'Quel protocole ou quel accord préalable aurait permis d’agir plus vite sans attendre une certitude complète ?',
        ar: 'أيّ بروتوكول أو اتفاق مسبق كان سيسمح بالتحرك بسرعة أكبر دون انتظار اليقين التام؟',
        en: 'Which protocol or prior agreement would have allowed acting faster without waiting for full certainty?',
      },
    },
    {
      id: 'deepfake-protection',
      text: {
        fr: 'Comment protéger les élèves et les familles visés pendant et après la crise ?',
        ar: 'كيف تتم حماية التلاميذ والأسر المستهدفين خلال الأزمة وبعدها؟',
        en: 'How should the pupils and families targeted be protected during and after the crisis?',
      },
    },
  ],
}

const automatedScreening: Scenario = {
  id: 'automated-screening',
  title: {
    fr: 'L’algorithme de sélection',
    ar: 'خوارزمية الانتقاء',
    en: 'The screening algorithm',
  },
  risks: ['ai-misuse', 'cybercrime'],
  minutes: 40,
  situation: {
    fr: 'Une administration régionale teste un outil d’IA, fourni par une entreprise étrangère, pour présélectionner les 3 000 candidatures à un programme d’insertion professionnelle des jeunes. L’outil a été adopté vite, sans étude d’impact.',
    ar: 'تجرّب إدارة جهوية أداة للذكاء الاصطناعي وفّرتها شركة أجنبية، من أجل الانتقاء الأولي لثلاثة آلاف طلب ترشيح لبرنامج للإدماج المهني للشباب. اعتُمدت الأداة بسرعة ودون دراسة للأثر.',
    en: 'A regional administration is testing an AI tool, supplied by a foreign company, to pre-screen 3,000 applications to a youth employment programme. The tool was adopted quickly, with no impact assessment.',
  },
  role: {
    fr: 'Vous êtes le comité de pilotage du programme, avec un juriste et un représentant de la société civile.',
    ar: 'أنتم لجنة قيادة البرنامج، ومعكم خبير قانوني وممثل عن المجتمع المدني.',
    en: 'You are the programme’s steering committee, with a lawyer and a civil-society representative.',
  },
  injects: [
    {
      id: 'screening-results',
      atMinute: 0,
      title: { fr: 'Les premiers résultats', ar: 'النتائج الأولى', en: 'The first results' },
      text: {
        fr: 'Une association remarque que presque aucune candidate de la province d’Al Hoceima n’a été retenue, et aucun jeune migrant en situation régulière.',
        ar: 'تلاحظ جمعية أنه لم تُقبل تقريبًا أيّ مترشحة من إقليم الحسيمة، ولم يُقبل أيّ شاب مهاجر في وضعية قانونية.',
        en: 'An association notices that almost no women applicants from Al Hoceima province, and no migrant young people with legal status, were shortlisted.',
      },
    },
    {
      id: 'screening-press',
      atMinute: 12,
      title: { fr: 'La question de la presse', ar: 'سؤال الصحافة', en: 'The press asks' },
      text: {
        fr: 'Un journaliste demande sur quels critères l’outil décide. Le fournisseur invoque le secret commercial.',
        ar: 'يسأل صحفي عن المعايير التي تعتمدها الأداة في قراراتها، فيتذرّع المزوّد بالسرّ التجاري.',
        en: 'A journalist asks what criteria the tool uses. The supplier invokes trade secrecy.',
      },
    },
    {
      id: 'screening-leak',
      atMinute: 24,
      title: { fr: 'La fuite', ar: 'التسريب', en: 'The leak' },
      text: {
        fr: 'Les données des candidats, dont des numéros de titre de séjour, apparaissent sur un forum. Le fournisseur les hébergeait hors du pays.',
        ar: 'تظهر معطيات المترشحين، ومنها أرقام بطاقات الإقامة، على أحد المنتديات. وكان المزوّد يستضيفها خارج البلاد.',
        en: 'Applicants’ data, including residence permit numbers, appears on a forum. The supplier was hosting it abroad.',
      },
    },
    {
      id: 'screening-appeal',
      atMinute: 34,
      title: { fr: 'Les recours', ar: 'الطعون', en: 'The appeals' },
      text: {
        fr: 'Des candidats écartés demandent à connaître la raison de leur refus et à voir leur dossier réexaminé par une personne.',
        ar: 'يطالب مترشحون مُستبعَدون بمعرفة سبب رفضهم وبإعادة دراسة ملفاتهم من قِبل شخص.',
        en: 'Rejected applicants ask for the reason they were turned down and for a person to review their file.',
      },
    },
  ],
  questions: [
    {
      id: 'screening-rules',
      text: {
        fr: 'Quelles règles auraient dû encadrer l’achat et le test de cet outil, avant son premier usage ?',
        ar: 'ما القواعد التي كان ينبغي أن تؤطّر اقتناء هذه الأداة وتجريبها قبل استخدامها لأول مرة؟',
        en: 'Which rules should have governed buying and testing this tool before its first use?',
      },
    },
    {
      id: 'screening-accountability',
      text: {
        fr: 'Qui répond devant les candidats : l’administration, le fournisseur, la CNDP ? Qui devait prévenir qui, après la fuite ?',
        ar: 'من المسؤول أمام المترشحين: الإدارة، أم المزوّد، أم اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي؟ ومن كان عليه إخبار من بعد التسريب؟',
        en: 'Who answers to applicants: the administration, the supplier, the CNDP (the data protection authority)? Who should have told whom after the leak?',
      },
    },
    {
      id: 'screening-fairness',
      text: {
        fr: 'Comment garantir un recours humain et l’égalité entre femmes et hommes, entre provinces, entre nationaux et migrants ?',
        ar: 'كيف يُضمن حق اللجوء إلى مراجعة بشرية، والمساواة بين النساء والرجال، وبين الأقاليم، وبين المواطنين والمهاجرين؟',
        en: 'How can a human appeal be guaranteed, along with equality between women and men, between provinces, between nationals and migrants?',
      },
    },
  ],
}

/** Session 1's serious games: two sub-groups play each. */
export const governanceScenarios: Scenario[] = [deepfakeAnnouncement, automatedScreening]
