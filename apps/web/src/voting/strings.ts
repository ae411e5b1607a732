import type { Language } from '../i18n/language.js'
import type { BallotFailure } from './api.js'
import { addBundles, useBundle } from '../i18n/bundles.js'
import type { ResourceTarget } from '../i18n/bundles.js'

/**
 * The voting words, in the `voting` i18next namespace: refusals of a vote and the results. They
 * register themselves when a voting component first renders.
 */
export const VOTING_NS = 'voting'

const fr = {
  'results.title': 'Résultats du vote',
  'results.loading': 'Chargement des résultats…',
  'results.empty': 'Aucun vote n’a été exprimé.',
  'results.failed': 'Les résultats n’ont pas pu être chargés.',
  'results.voters_one': '{{count}} votant',
  'results.voters_other': '{{count}} votants',
  'results.votes_one': '{{count}} vote',
  'results.votes_other': '{{count}} votes',
  'results.rank': '{{rank}}.',
  'results.chart': 'Votes par note, du plus au moins voté',
  'groups.title': 'Par sous-groupe',
  'groups.name': 'Groupe {{number}}',
  'groups.fewer': 'Moins de 3 votants : non affiché',
  'groups.note': 'Note',
  'stakeholders.title': 'Par type d’acteur (participants consentants)',
  'stakeholders.public-institution': 'Institutions publiques',
  'stakeholders.civil-society': 'Société civile',
  'stakeholders.field-actor': 'Acteurs de terrain',
  'stakeholders.youth': 'Jeunes',
  'stakeholders.migrant': 'Personnes migrantes',
  'stakeholders.community-actor': 'Acteurs communautaires',
  'stakeholders.other': 'Autres',
  'vote.cast': 'Voter pour cette note',
  'vote.retract': 'Retirer mon vote',
  'vote.left_one': '{{count}} vote restant',
  'vote.left_other': '{{count}} votes restants',
  'refused.spent': 'Vote refusé : vous avez utilisé tous vos votes. Retirez-en un d’abord.',
  'refused.alreadyVoted': 'Vous avez déjà voté pour cette note.',
  'refused.closed': 'Le vote n’est pas ouvert.',
  'refused.notYet': 'Les résultats viendront à la clôture du vote.',
  'refused.notFound': 'Cette note n’est plus disponible.',
  'refused.forbidden': 'Vous ne pouvez pas voter sur ce tableau.',
  'refused.network': 'Vote non envoyé : pas de connexion. Réessayez.',
  'refused.unexpected': 'Le vote n’a pas abouti. Réessayez.',
} as const

type Key = keyof typeof fr
/** A key of the `voting` namespace, without plural suffixes. */
export type VotingKey = Key extends infer K
  ? K extends `${infer Base}_${'zero' | 'one' | 'other'}`
    ? Base
    : K
  : never
export type VotingText = (key: VotingKey, options?: Record<string, unknown>) => string

const en: Record<Key, string> = {
  'results.title': 'Voting results',
  'results.loading': 'Loading the results…',
  'results.empty': 'No votes were cast.',
  'results.failed': 'The results could not be loaded.',
  'results.voters_one': '{{count}} voter',
  'results.voters_other': '{{count}} voters',
  'results.votes_one': '{{count}} vote',
  'results.votes_other': '{{count}} votes',
  'results.rank': '{{rank}}.',
  'results.chart': 'Votes per note, most voted first',
  'groups.title': 'By sub-group',
  'groups.name': 'Group {{number}}',
  'groups.fewer': 'Fewer than 3 voters: not shown',
  'groups.note': 'Note',
  'stakeholders.title': 'By stakeholder type (consenting participants)',
  'stakeholders.public-institution': 'Public institutions',
  'stakeholders.civil-society': 'Civil society',
  'stakeholders.field-actor': 'Field actors',
  'stakeholders.youth': 'Youth',
  'stakeholders.migrant': 'Migrants',
  'stakeholders.community-actor': 'Community actors',
  'stakeholders.other': 'Other',
  'vote.cast': 'Vote for this note',
  'vote.retract': 'Take my vote back',
  'vote.left_one': '{{count}} vote left',
  'vote.left_other': '{{count}} votes left',
  'refused.spent': 'Vote refused: you have used all your votes. Take one back first.',
  'refused.alreadyVoted': 'You have already voted for this note.',
  'refused.closed': 'Voting is not open.',
  'refused.notYet': 'The results come when voting closes.',
  'refused.notFound': 'This note is no longer available.',
  'refused.forbidden': 'You cannot vote on this board.',
  'refused.network': 'Vote not sent: no connection. Try again.',
  'refused.unexpected': 'The vote did not go through. Try again.',
}

// Arabic plurals have six forms; i18next picks one with Intl.PluralRules('ar').
const ar: Record<string, string> = {
  'results.title': 'نتائج التصويت',
  'results.loading': 'جارٍ تحميل النتائج…',
  'results.empty': 'لم يُدلَ بأي صوت.',
  'results.failed': 'تعذّر تحميل النتائج.',
  'results.voters_zero': 'لا مصوّتين',
  'results.voters_one': 'مصوّت واحد',
  'results.voters_two': 'مصوّتان',
  'results.voters_few': '{{count}} مصوّتين',
  'results.voters_many': '{{count}} مصوّتًا',
  'results.voters_other': '{{count}} مصوّت',
  'results.votes_zero': 'لا أصوات',
  'results.votes_one': 'صوت واحد',
  'results.votes_two': 'صوتان',
  'results.votes_few': '{{count}} أصوات',
  'results.votes_many': '{{count}} صوتًا',
  'results.votes_other': '{{count}} صوت',
  'results.rank': '{{rank}}.',
  'results.chart': 'الأصوات لكل ورقة، من الأكثر إلى الأقل',
  'groups.title': 'حسب المجموعة الفرعية',
  'groups.name': 'المجموعة {{number}}',
  'groups.fewer': 'أقل من 3 مصوّتين: لا يُعرض',
  'groups.note': 'الورقة',
  'stakeholders.title': 'حسب نوع الفاعل (المشاركون الموافقون)',
  'stakeholders.public-institution': 'المؤسسات العمومية',
  'stakeholders.civil-society': 'المجتمع المدني',
  'stakeholders.field-actor': 'الفاعلون الميدانيون',
  'stakeholders.youth': 'الشباب',
  'stakeholders.migrant': 'المهاجرون',
  'stakeholders.community-actor': 'الفاعلون المجتمعيون',
  'stakeholders.other': 'آخرون',
  'vote.cast': 'صوّت لهذه الورقة',
  'vote.retract': 'اسحب صوتي',
  'vote.left_zero': 'لم يبقَ أي صوت',
  'vote.left_one': 'بقي صوت واحد',
  'vote.left_two': 'بقي صوتان',
  'vote.left_few': 'بقيت {{count}} أصوات',
  'vote.left_many': 'بقي {{count}} صوتًا',
  'vote.left_other': 'بقي {{count}} صوت',
  'refused.spent': 'رُفض التصويت: استعملت كل أصواتك. اسحب صوتًا أولًا.',
  'refused.alreadyVoted': 'لقد صوّتّ لهذه الورقة من قبل.',
  'refused.closed': 'التصويت غير مفتوح.',
  'refused.notYet': 'تظهر النتائج عند إغلاق التصويت.',
  'refused.notFound': 'هذه الورقة لم تعد متاحة.',
  'refused.forbidden': 'لا يمكنك التصويت على هذه اللوحة.',
  'refused.network': 'لم يُرسل الصوت: لا اتصال. أعد المحاولة.',
  'refused.unexpected': 'لم يتمّ التصويت. أعد المحاولة.',
}

/** The voting words by language, for `i18n.addResourceBundle(lng, VOTING_NS, …)`. */
export const votingStrings: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr,
  en,
  ar,
}

/** Adds the voting words to an i18next instance unless they are there already. */
export function addVotingStrings(i18n: ResourceTarget): void {
  addBundles(i18n, VOTING_NS, votingStrings)
}

/** The voting translate function and the interface's language. */
export function useVotingText(): { t: VotingText; language: Language } {
  return useBundle<VotingText>(VOTING_NS, votingStrings)
}

/** What to say when the relay refused a vote. */
export function refusalKey(failure: BallotFailure): VotingKey {
  return `refused.${failure}`
}
