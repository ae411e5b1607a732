import type { SessionTemplate } from '../session-schema.js'
import { operationalResponseAgenda } from './operational-response-agenda.js'
import { operationalResponseScenarios } from './operational-response-scenarios.js'
import { standardLayout } from './shared.js'

/** Session 2: experts, civil-society organisations and field actors. */
export const operationalResponse: SessionTemplate = {
  id: 'operational-response',
  number: 2,
  title: { fr: 'Réponse opérationnelle', ar: 'الاستجابة العملياتية', en: 'Operational response' },
  audience: {
    fr: 'Experts, OSC et acteurs de terrain (ES Maroc, 100% Maman, acteurs de protection de l’enfance, etc.)',
    ar: 'الخبراء ومنظمات المجتمع المدني والفاعلون الميدانيون (ES Maroc و100% Maman والفاعلون في مجال حماية الطفولة، وغيرهم)',
    en: 'Experts, civil-society organisations and field actors (ES Maroc, 100% Maman, child-protection actors, etc.)',
  },
  summary: {
    fr: 'Partir de l’expérience du terrain pour prioriser des réponses concrètes : éducation aux médias et à l’information (EMI), lutte contre la désinformation, mécanismes de signalement, protection numérique des enfants, des jeunes et des familles.',
    ar: 'الانطلاق من التجربة الميدانية لترتيب أولويات استجابات ملموسة: التربية على وسائل الإعلام والمعلومات، ومكافحة التضليل الإعلامي، وآليات التبليغ، والحماية الرقمية للأطفال والشباب والأسر.',
    en: 'Start from field experience to prioritise concrete responses: media and information literacy (MIL), countering disinformation, reporting mechanisms, digital protection of children, young people and families.',
  },
  participants: 24,
  themes: [
    {
      id: 'media-literacy',
      title: {
        fr: 'Éducation aux médias et à l’information (EMI)',
        ar: 'التربية على وسائل الإعلام والمعلومات',
        en: 'Media and information literacy (MIL)',
      },
      question: {
        fr: 'Comment donner aux enfants, aux jeunes et aux parents les réflexes pour vérifier, se protéger et réagir ?',
        ar: 'كيف نُكسب الأطفال والشباب والآباء ردود الفعل السليمة للتحقق وحماية أنفسهم والتصرف؟',
        en: 'How can children, young people and parents build the habits to check, protect themselves and respond?',
      },
      scenario: 'vaccine-rumour',
    },
    {
      id: 'disinformation',
      title: { fr: 'Désinformation', ar: 'التضليل الإعلامي', en: 'Disinformation' },
      question: {
        fr: 'Comment repérer et contrer vite une fausse information qui met en danger un public vulnérable ?',
        ar: 'كيف نرصد بسرعة معلومة كاذبة تعرّض فئة هشة للخطر ونتصدى لها؟',
        en: 'How can false information that endangers a vulnerable group be spotted and countered quickly?',
      },
      scenario: 'vaccine-rumour',
    },
    {
      id: 'reporting',
      title: { fr: 'Mécanismes de signalement', ar: 'آليات التبليغ', en: 'Reporting mechanisms' },
      question: {
        fr: 'Comment une victime, un témoin ou un professionnel peut-il signaler, et être suivi, sans se mettre en danger ?',
        ar: 'كيف يمكن لضحية أو شاهد أو مهني أن يبلّغ ويحظى بالمتابعة دون أن يعرّض نفسه للخطر؟',
        en: 'How can a victim, a witness or a professional report, and be followed up, without putting themselves at risk?',
      },
      scenario: 'sextortion-report',
    },
    {
      id: 'digital-protection',
      title: { fr: 'Protection numérique', ar: 'الحماية الرقمية', en: 'Digital protection' },
      question: {
        fr: 'Comment protéger les personnes accompagnées, et les équipes elles-mêmes : comptes, données, images ?',
        ar: 'كيف نحمي الأشخاص الذين نرافقهم، والفرق نفسها: الحسابات والمعطيات والصور؟',
        en: 'How can the people supported, and the teams themselves, be protected: accounts, data, images?',
      },
      scenario: 'sextortion-report',
    },
  ],
  agenda: operationalResponseAgenda,
  layout: standardLayout,
  riskSheets: [
    {
      sheet: 'cybercrime',
      focus: {
        fr: 'Parcours de signalement et accompagnement des victimes, en particulier des enfants.',
        ar: 'مسار التبليغ ومرافقة الضحايا، ولا سيما الأطفال.',
        en: 'The reporting path and support for victims, children above all.',
      },
    },
    {
      sheet: 'disinformation',
      focus: {
        fr: 'Éducation aux médias et à l’information, vérification et réponse rapide auprès des familles.',
        ar: 'التربية على وسائل الإعلام والمعلومات، والتحقق، والاستجابة السريعة لدى الأسر.',
        en: 'Media and information literacy, fact-checking and quick responses that reach families.',
      },
    },
    {
      sheet: 'hate-speech',
      focus: {
        fr: 'Signalement aux plateformes, modération et soutien aux personnes visées.',
        ar: 'التبليغ لدى المنصات، والإشراف على المحتوى، ودعم الأشخاص المستهدفين.',
        en: 'Reporting to platforms, moderation and support for the people targeted.',
      },
    },
    {
      sheet: 'migration-narratives',
      focus: {
        fr: 'Messages de prévention pour les jeunes tentés par un départ irrégulier, et accueil des migrants dans les dispositifs.',
        ar: 'رسائل وقائية موجّهة إلى الشباب الذين يغريهم الرحيل غير النظامي، واستقبال المهاجرين ضمن آليات المواكبة.',
        en: 'Prevention messages for young people tempted by irregular departure, and welcoming migrants into support services.',
      },
    },
    {
      sheet: 'ai-misuse',
      focus: {
        fr: 'Repérer les contenus fabriqués par IA (images, voix, faux profils) dans le travail de terrain.',
        ar: 'رصد المحتويات المصنوعة بالذكاء الاصطناعي (الصور، والأصوات، والحسابات الوهمية) في العمل الميداني.',
        en: 'Spotting AI-made content (images, voices, fake profiles) in field work.',
      },
    },
  ],
  scenarios: operationalResponseScenarios,
}
