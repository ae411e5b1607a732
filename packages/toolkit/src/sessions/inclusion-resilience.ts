import type { SessionTemplate } from '../session-schema.js'
import { inclusionResilienceAgenda } from './inclusion-resilience-agenda.js'
import { inclusionResilienceScenarios } from './inclusion-resilience-scenarios.js'
import { standardLayout } from './shared.js'

/** Session 3: young leaders, migrants and community actors of Tangier. */
export const inclusionResilience: SessionTemplate = {
  id: 'inclusion-resilience',
  number: 3,
  title: {
    fr: 'Inclusion et résilience collective',
    ar: 'الإدماج والصمود الجماعي',
    en: 'Inclusion and collective resilience',
  },
  audience: {
    fr: 'Jeunes leaders, migrants et acteurs communautaires de Tanger',
    ar: 'الشباب القياديون والمهاجرون والفاعلون المجتمعيون في طنجة',
    en: 'Young leaders, migrants and community actors of Tangier',
  },
  summary: {
    fr: 'Partir de l’expérience vécue des risques numériques par les jeunes et les migrants pour construire des réponses qu’ils portent eux-mêmes : inclusion numérique, récits migratoires, résilience collective.',
    ar: 'الانطلاق مما يعيشه الشباب والمهاجرون من مخاطر رقمية لبناء استجابات يحملونها بأنفسهم: الإدماج الرقمي، والسرديات حول الهجرة، والصمود الجماعي.',
    en: 'Start from young people’s and migrants’ lived experience of digital risks to build responses they carry themselves: digital inclusion, migration narratives, collective resilience.',
  },
  participants: 24,
  themes: [
    {
      id: 'lived-experience',
      title: {
        fr: 'Expérience vécue des risques numériques',
        ar: 'التجربة المعيشة للمخاطر الرقمية',
        en: 'Lived experience of digital risks',
      },
      question: {
        fr: 'Que vivent réellement les jeunes et les migrants en ligne, et qu’est-ce qui les aide à s’en sortir ?',
        ar: 'ماذا يعيش الشباب والمهاجرون فعليًا على الإنترنت، وما الذي يساعدهم على تجاوز ذلك؟',
        en: 'What do young people and migrants really go through online, and what helps them get through it?',
      },
      scenario: 'targeted-activist',
    },
    {
      id: 'digital-inclusion',
      title: { fr: 'Inclusion numérique', ar: 'الإدماج الرقمي', en: 'Digital inclusion' },
      question: {
        fr: 'Qui reste à l’écart du numérique, ou y entre sans protection, et que faudrait-il pour changer cela ?',
        ar: 'من يظل خارج العالم الرقمي، أو يدخله دون حماية، وما الذي يلزم لتغيير ذلك؟',
        en: 'Who is left out of digital life, or enters it unprotected, and what would change that?',
      },
      scenario: 'crossing-video',
    },
    {
      id: 'migration-narratives',
      title: {
        fr: 'Récits migratoires',
        ar: 'السرديات حول الهجرة',
        en: 'Migration narratives',
      },
      question: {
        fr: 'Comment la migration est-elle racontée en ligne, et comment voudriez-vous qu’elle le soit ?',
        ar: 'كيف تُروى الهجرة على الإنترنت، وكيف تريدون أن تُروى؟',
        en: 'How is migration told online, and how would you like it to be told?',
      },
      scenario: 'crossing-video',
    },
    {
      id: 'collective-resilience',
      title: {
        fr: 'Résilience collective',
        ar: 'الصمود الجماعي',
        en: 'Collective resilience',
      },
      question: {
        fr: 'Quels liens, quels groupes et quels savoir-faire permettent à une communauté de faire face ensemble ?',
        ar: 'ما الروابط والمجموعات والمهارات التي تمكّن مجتمعًا من المواجهة بشكل جماعي؟',
        en: 'Which ties, groups and skills let a community face things together?',
      },
      scenario: 'targeted-activist',
    },
  ],
  agenda: inclusionResilienceAgenda,
  layout: standardLayout,
  riskSheets: [
    {
      sheet: 'cybercrime',
      focus: {
        fr: 'Arnaques vécues : fausses offres d’emploi, de passage, de papiers ou de logement.',
        ar: 'عمليات احتيال معيشة: عروض وهمية للعمل أو العبور أو الوثائق أو السكن.',
        en: 'Scams people have lived through: fake offers of jobs, crossings, papers or housing.',
      },
    },
    {
      sheet: 'disinformation',
      focus: {
        fr: 'Rumeurs qui circulent dans les quartiers et les communautés, et qui les croit.',
        ar: 'الشائعات التي تنتشر في الأحياء والمجتمعات، ومن يصدّقها.',
        en: 'Rumours going round neighbourhoods and communities, and who believes them.',
      },
    },
    {
      sheet: 'hate-speech',
      focus: {
        fr: 'Ce que l’on subit en ligne, et ce qui aide à tenir.',
        ar: 'ما نتعرّض له على الإنترنت، وما يساعدنا على الصمود.',
        en: 'What people suffer online, and what helps them hold on.',
      },
    },
    {
      sheet: 'migration-narratives',
      focus: {
        fr: 'Comment les jeunes et les migrants voudraient que la migration soit racontée, et par qui.',
        ar: 'كيف يريد الشباب والمهاجرون أن تُروى الهجرة، ومن يرويها.',
        en: 'How young people and migrants would like migration to be told, and by whom.',
      },
    },
    {
      sheet: 'ai-misuse',
      focus: {
        fr: 'Images truquées, faux profils et applications qui collectent nos données.',
        ar: 'الصور المزيّفة، والحسابات الوهمية، والتطبيقات التي تجمع معطياتنا.',
        en: 'Faked images, fake profiles and apps that collect our data.',
      },
    },
  ],
  scenarios: inclusionResilienceScenarios,
}
