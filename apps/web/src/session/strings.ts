import type { Language } from '../i18n/language.js'
import { addBundles, useBundle } from '../i18n/bundles.js'
import type { ResourceTarget } from '../i18n/bundles.js'

/**
 * The session bar's words, in the `session` i18next namespace: the phase, its questions, the
 * countdown and the facilitator's lock. They register themselves with the bar, so the shell's
 * bundle carries none of them. Phase titles and questions come from `@atelier/toolkit`.
 */
export const SESSION_NS = 'session'

const fr = {
  label: 'Déroulé de la session',
  step: 'Étape {{number}} sur {{total}}',
  waiting: 'La session n’a pas encore commencé',
  remaining: 'Temps restant',
  paused: 'En pause',
  timeUp: 'Temps écoulé',
  'announce.timeUp': 'Temps écoulé pour l’étape « {{phase}} ».',
  'announce.phase': 'Nouvelle étape : {{phase}}.',
  'announce.paused': 'Le minuteur est en pause.',
  'announce.votingOpen': 'Le vote est ouvert.',
  'announce.votingClosed': 'Le vote est clos : les résultats sont affichés.',
  'announce.locked': 'L’animateur a verrouillé le tableau.',
  'announce.unlocked': 'Le tableau est de nouveau ouvert.',
  'announce.note': 'Nouvelle note dans le groupe : {{text}}',
  'questions.heading': 'Questions pour guider l’échange',
  'questions.show_one': 'Voir la question',
  'questions.show_other': 'Voir les {{count}} questions',
  'questions.hide': 'Masquer les questions',
  locked: 'Tableau verrouillé par l’animateur',
  'voting.open': 'Vote ouvert',
  'voting.closed': 'Vote clos',
} as const

/** A key of the `session` namespace, without plural suffixes. */
export type SessionKey = keyof typeof fr extends infer K
  ? K extends `${infer Base}_${'zero' | 'one' | 'other'}`
    ? Base
    : K
  : never

/** The session bar's translate function: `t` bound to the `session` namespace. */
export type SessionText = (key: SessionKey, options?: Record<string, unknown>) => string

const en: Record<keyof typeof fr, string> = {
  label: 'Session agenda',
  step: 'Step {{number}} of {{total}}',
  waiting: 'The session has not started yet',
  remaining: 'Time left',
  paused: 'Paused',
  timeUp: 'Time’s up',
  'announce.timeUp': 'Time’s up for “{{phase}}”.',
  'announce.phase': 'New step: {{phase}}.',
  'announce.paused': 'The timer is paused.',
  'announce.votingOpen': 'Voting is open.',
  'announce.votingClosed': 'Voting is closed: the results are shown.',
  'announce.locked': 'The facilitator locked the board.',
  'announce.unlocked': 'The board is open again.',
  'announce.note': 'New note in the group: {{text}}',
  'questions.heading': 'Questions to guide the discussion',
  'questions.show_one': 'Show the question',
  'questions.show_other': 'Show the {{count}} questions',
  'questions.hide': 'Hide the questions',
  locked: 'Board locked by the facilitator',
  'voting.open': 'Voting open',
  'voting.closed': 'Voting closed',
}

// Arabic plurals have six forms; i18next picks one with Intl.PluralRules('ar').
const ar: Record<string, string> = {
  label: 'سير الجلسة',
  step: 'المرحلة {{number}} من {{total}}',
  waiting: 'لم تبدأ الجلسة بعد',
  remaining: 'الوقت المتبقي',
  paused: 'متوقّف مؤقتًا',
  timeUp: 'انتهى الوقت',
  'announce.timeUp': 'انتهى وقت مرحلة «{{phase}}».',
  'announce.phase': 'مرحلة جديدة: {{phase}}.',
  'announce.paused': 'المؤقّت متوقّف مؤقتًا.',
  'announce.votingOpen': 'التصويت مفتوح الآن.',
  'announce.votingClosed': 'أُغلق التصويت: النتائج معروضة.',
  'announce.locked': 'قام الميسّر بقفل اللوحة.',
  'announce.unlocked': 'اللوحة مفتوحة من جديد.',
  'announce.note': 'ملاحظة جديدة في المجموعة: {{text}}',
  'questions.heading': 'أسئلة لتوجيه النقاش',
  'questions.show_zero': 'عرض الأسئلة',
  'questions.show_one': 'عرض السؤال',
  'questions.show_two': 'عرض السؤالين',
  'questions.show_few': 'عرض الأسئلة الـ{{count}}',
  'questions.show_many': 'عرض الأسئلة الـ{{count}}',
  'questions.show_other': 'عرض الأسئلة الـ{{count}}',
  'questions.hide': 'إخفاء الأسئلة',
  locked: 'اللوحة مقفلة من طرف الميسّر',
  'voting.open': 'التصويت مفتوح',
  'voting.closed': 'التصويت مغلق',
}

/** The bar's resources, by language, for `i18n.addResourceBundle(lng, SESSION_NS, …)`. */
export const sessionStrings: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr,
  en,
  ar,
}

/** Adds the bar's words to an i18next instance unless they are there already. */
export function addSessionStrings(i18n: ResourceTarget): void {
  addBundles(i18n, SESSION_NS, sessionStrings)
}

/** The bar's translate function and the interface's language. */
export function useSessionText(): { t: SessionText; language: Language } {
  return useBundle<SessionText>(SESSION_NS, sessionStrings)
}
