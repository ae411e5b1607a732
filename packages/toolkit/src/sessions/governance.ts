import type { SessionTemplate } from '../session-schema.js'
import { governanceAgenda } from './governance-agenda.js'
import { governanceScenarios } from './governance-scenarios.js'
import { standardLayout } from './shared.js'

/** Session 1: public institutions and governance actors. */
export const governance: SessionTemplate = {
  id: 'governance',
  number: 1,
  title: { fr: 'Gouvernance', ar: 'الحكامة', en: 'Governance' },
  audience: {
    fr: 'Institutions publiques et acteurs de gouvernance (AREF TTAH, Conseil Régional, CRDH, etc.)',
    ar: 'المؤسسات العمومية والفاعلون في مجال الحكامة (الأكاديمية الجهوية للتربية والتكوين لجهة طنجة تطوان الحسيمة، مجلس الجهة، اللجنة الجهوية لحقوق الإنسان، وغيرها)',
    en: 'Public institutions and governance actors (AREF TTAH, the Regional Council, CRDH, etc.)',
  },
  summary: {
    fr: 'Valider les constats du rapport UNESCO sur la gouvernance du numérique et prioriser ce que les institutions de la région peuvent faire ensemble : gouvernance numérique, éthique de l’IA, coordination institutionnelle, alignement politique et réglementaire.',
    ar: 'المصادقة على استنتاجات تقرير اليونسكو المتعلقة بحكامة المجال الرقمي، وترتيب أولويات ما يمكن لمؤسسات الجهة إنجازه معًا: الحكامة الرقمية، وأخلاقيات الذكاء الاصطناعي، والتنسيق المؤسساتي، والانسجام السياسي والتنظيمي.',
    en: 'Validate the UNESCO report’s findings on digital governance and prioritise what the region’s institutions can do together: digital governance, AI ethics, institutional coordination, policy and regulatory alignment.',
  },
  participants: 24,
  themes: [
    {
      id: 'digital-governance',
      title: { fr: 'Gouvernance numérique', ar: 'الحكامة الرقمية', en: 'Digital governance' },
      question: {
        fr: 'Qui décide quoi, aujourd’hui, face aux risques numériques dans la région, et qui devrait décider ?',
        ar: 'من يقرر ماذا اليوم في مواجهة المخاطر الرقمية في الجهة، ومن ينبغي أن يقرر؟',
        en: 'Who decides what about digital risks in the region today, and who should decide?',
      },
      scenario: 'deepfake-announcement',
    },
    {
      id: 'ai-ethics',
      title: {
        fr: 'Éthique de l’IA',
        ar: 'أخلاقيات الذكاء الاصطناعي',
        en: 'AI ethics',
      },
      question: {
        fr: 'À quelles conditions une institution publique de la région peut-elle utiliser l’IA de façon transparente, juste et contestable ?',
        ar: 'بأي شروط يمكن لمؤسسة عمومية في الجهة أن تستخدم الذكاء الاصطناعي بشكل شفاف وعادل وقابل للطعن؟',
        en: 'On what conditions can a public institution in the region use AI transparently, fairly and contestably?',
      },
      scenario: 'automated-screening',
    },
    {
      id: 'coordination',
      title: {
        fr: 'Coordination institutionnelle',
        ar: 'التنسيق المؤسساتي',
        en: 'Institutional coordination',
      },
      question: {
        fr: 'Comment les institutions peuvent-elles partager l’information et agir ensemble quand un incident numérique survient ?',
        ar: 'كيف يمكن للمؤسسات أن تتبادل المعلومات وتتحرك معًا عند وقوع حادث رقمي؟',
        en: 'How can institutions share information and act together when a digital incident happens?',
      },
      scenario: 'deepfake-announcement',
    },
    {
      id: 'policy-alignment',
      title: {
        fr: 'Alignement politique et réglementaire',
        ar: 'الانسجام السياسي والتنظيمي',
        en: 'Policy and regulatory alignment',
      },
      question: {
        fr: 'Quels textes, stratégies et mandats existent déjà, où se contredisent-ils, et où manquent-ils ?',
        ar: 'ما النصوص والاستراتيجيات والصلاحيات القائمة، وأين تتعارض، وأين تنقص؟',
        en: 'Which laws, strategies and mandates already exist, where do they contradict each other, and where are they missing?',
      },
      scenario: 'automated-screening',
    },
  ],
  agenda: governanceAgenda,
  layout: standardLayout,
  riskSheets: [
    {
      sheet: 'cybercrime',
      focus: {
        fr: 'Sécurité des comptes et des systèmes des institutions, et coordination du traitement des plaintes.',
        ar: 'أمن حسابات المؤسسات وأنظمتها، وتنسيق معالجة الشكايات.',
        en: 'Security of institutions’ accounts and systems, and coordinated handling of complaints.',
      },
    },
    {
      sheet: 'disinformation',
      focus: {
        fr: 'Communication publique de crise et fausses annonces diffusées au nom des institutions.',
        ar: 'التواصل العمومي في أوقات الأزمات، والإعلانات الكاذبة المنشورة باسم المؤسسات.',
        en: 'Public crisis communication, and false announcements made in institutions’ names.',
      },
    },
    {
      sheet: 'hate-speech',
      focus: {
        fr: 'Cadre juridique, obligations des plateformes et protection des personnes visées.',
        ar: 'الإطار القانوني، والتزامات المنصات، وحماية الأشخاص المستهدفين.',
        en: 'The legal framework, platforms’ obligations and protection of the people targeted.',
      },
    },
    {
      sheet: 'migration-narratives',
      focus: {
        fr: 'Place des récits migratoires dans les politiques régionales de jeunesse, d’éducation et de migration.',
        ar: 'مكانة السرديات حول الهجرة في السياسات الجهوية المتعلقة بالشباب والتعليم والهجرة.',
        en: 'Where migration narratives stand in regional youth, education and migration policies.',
      },
    },
    {
      sheet: 'ai-misuse',
      focus: {
        fr: 'Éthique de l’IA dans le service public : achats, transparence des algorithmes, protection des données, recours.',
        ar: 'أخلاقيات الذكاء الاصطناعي في المرفق العمومي: الاقتناء، وشفافية الخوارزميات، وحماية المعطيات، وسُبل الطعن.',
        en: 'AI ethics in public service: procurement, transparency of algorithms, data protection, appeal.',
      },
    },
  ],
  scenarios: governanceScenarios,
}
