import type { Language } from '../i18n/language.js'
import { addBundles, useBundle } from '../i18n/bundles.js'
import type { ResourceTarget } from '../i18n/bundles.js'

/**
 * The scenario panel's and the console's scenario words, in the `scenario` i18next namespace.
 * They register themselves with the panel. Scenario titles, situations, injects and questions
 * come from `@atelier/toolkit`.
 */
export const SCENARIO_NS = 'scenario'

const fr = {
  label: 'Mise en situation',
  heading: 'Mise en situation : {{title}}',
  progress: 'Élément {{number}} sur {{total}}',
  situation: 'La situation',
  role: 'Votre rôle :',
  'situation.show': 'Relire la situation',
  'situation.hide': 'Masquer la situation',
  injects: 'Ce qui s’est passé',
  newest: 'Nouveau',
  'inject.name': 'Élément {{number}} : {{title}}',
  questions: 'Questions pour votre sous-groupe',
  'questions.show': 'Voir les questions du sous-groupe',
  'questions.hide': 'Masquer les questions',
  hint: 'Placez vos actions de réponse sur le tableau comme notes «\u00a0{{category}}\u00a0».',
  'hint.frame':
    'Placez vos actions de réponse sur le tableau comme notes «\u00a0{{category}}\u00a0», dans la «\u00a0{{frame}}\u00a0».',
  'announce.inject': 'Nouvel élément du scénario : {{title}}. {{text}}',
  'announce.start': 'La mise en situation commence : {{title}}.',
  'console.heading': 'Mise en situation',
  'console.pick': 'Scénario',
  'console.minutes': '{{minutes}} min · {{injects}} éléments',
  'console.start': 'Lancer le scénario',
  'console.restart': 'Relancer le scénario',
  'console.next': 'Élément suivant',
  'console.nextLabel': 'Révéler l’élément suivant : {{title}}',
  'console.end': 'Terminer le scénario',
  'console.none': 'Aucun scénario en cours.',
  'console.showing': 'Affiché : élément {{number}} sur {{total}} — {{title}}',
  'console.upcoming': 'Prochain élément à {{minute}} min : {{title}}',
  'console.last': 'Dernier élément affiché.',
} as const

/** A key of the `scenario` namespace. */
export type ScenarioKey = keyof typeof fr

/** The panel's translate function: `t` bound to the `scenario` namespace. */
export type ScenarioText = (key: ScenarioKey, options?: Record<string, unknown>) => string

const en: Record<ScenarioKey, string> = {
  label: 'Scenario',
  heading: 'Scenario: {{title}}',
  progress: 'Development {{number}} of {{total}}',
  situation: 'The situation',
  role: 'Your role:',
  'situation.show': 'Read the situation again',
  'situation.hide': 'Hide the situation',
  injects: 'What has happened',
  newest: 'New',
  'inject.name': 'Development {{number}}: {{title}}',
  questions: 'Questions for your sub-group',
  'questions.show': 'Show the sub-group’s questions',
  'questions.hide': 'Hide the questions',
  hint: 'Put your response actions on the board as “{{category}}” notes.',
  'hint.frame':
    'Put your response actions on the board as “{{category}}” notes, in the “{{frame}}”.',
  'announce.inject': 'New development in the scenario: {{title}}. {{text}}',
  'announce.start': 'The scenario begins: {{title}}.',
  'console.heading': 'Scenario round',
  'console.pick': 'Scenario',
  'console.minutes': '{{minutes}} min · {{injects}} developments',
  'console.start': 'Start the scenario',
  'console.restart': 'Restart the scenario',
  'console.next': 'Next development',
  'console.nextLabel': 'Reveal the next development: {{title}}',
  'console.end': 'End the scenario',
  'console.none': 'No scenario under way.',
  'console.showing': 'Showing: development {{number}} of {{total}} — {{title}}',
  'console.upcoming': 'Next development at {{minute}} min: {{title}}',
  'console.last': 'The last development is showing.',
}

const ar: Record<ScenarioKey, string> = {
  label: 'محاكاة الوضعية',
  heading: 'محاكاة الوضعية: {{title}}',
  progress: 'المستجد {{number}} من {{total}}',
  situation: 'الوضعية',
  role: 'دوركم:',
  'situation.show': 'إعادة قراءة الوضعية',
  'situation.hide': 'إخفاء الوضعية',
  injects: 'ما الذي حدث',
  newest: 'جديد',
  'inject.name': 'المستجد {{number}}: {{title}}',
  questions: 'أسئلة لمجموعتكم الفرعية',
  'questions.show': 'عرض أسئلة المجموعة الفرعية',
  'questions.hide': 'إخفاء الأسئلة',
  hint: 'ضعوا إجراءات الاستجابة على اللوحة كملاحظات «{{category}}».',
  'hint.frame': 'ضعوا إجراءات الاستجابة على اللوحة كملاحظات «{{category}}» في «{{frame}}».',
  'announce.inject': 'مستجد جديد في السيناريو: {{title}}. {{text}}',
  'announce.start': 'تبدأ محاكاة الوضعية: {{title}}.',
  'console.heading': 'جولة المحاكاة',
  'console.pick': 'السيناريو',
  'console.minutes': '{{minutes}} دقيقة · {{injects}} مستجدات',
  'console.start': 'إطلاق السيناريو',
  'console.restart': 'إعادة إطلاق السيناريو',
  'console.next': 'المستجد التالي',
  'console.nextLabel': 'كشف المستجد التالي: {{title}}',
  'console.end': 'إنهاء السيناريو',
  'console.none': 'لا سيناريو جارٍ.',
  'console.showing': 'المعروض: المستجد {{number}} من {{total}} — {{title}}',
  'console.upcoming': 'المستجد التالي عند الدقيقة {{minute}}: {{title}}',
  'console.last': 'المستجد الأخير معروض.',
}

/** The panel's resources, by language, for `i18n.addResourceBundle(lng, SCENARIO_NS, …)`. */
export const scenarioStrings: Readonly<Record<Language, Readonly<Record<ScenarioKey, string>>>> = {
  fr,
  en,
  ar,
}

/** Adds the panel's words to an i18next instance unless they are there already. */
export function addScenarioStrings(i18n: ResourceTarget): void {
  addBundles(i18n, SCENARIO_NS, scenarioStrings)
}

/** The panel's translate function and the interface's language. */
export function useScenarioText(): { t: ScenarioText; language: Language } {
  return useBundle<ScenarioText>(SCENARIO_NS, scenarioStrings)
}
