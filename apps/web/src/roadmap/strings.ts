import type { Language } from '../i18n/language.js'
import { addBundles, useBundle } from '../i18n/bundles.js'
import type { ResourceTarget } from '../i18n/bundles.js'

/**
 * The roadmap's words, in the `roadmap` i18next namespace: the action sheet of a roadmap note,
 * its dependencies, and the console's roadmap card (pulling the plenaries' validated
 * priorities). Horizon and frame names on the canvas come from `@atelier/model`'s labels.
 */
export const ROADMAP_NS = 'roadmap'

const fr = {
  'sheet.legend': 'Fiche action',
  'sheet.placement': 'Sur la feuille de route',
  'sheet.horizon': 'Horizon',
  'sheet.lead': 'Acteur chef de file',
  'sheet.notPlaced': 'Placez l’action dans une colonne d’horizon pour la programmer.',
  'partners.add': 'Ajouter',
  'partners.placeholder': 'Nom d’un partenaire, puis Entrée',
  'partners.remove': 'Retirer le partenaire « {{partner}} »',
  'deps.legend': 'Dépendances',
  'deps.none': 'Cette action ne dépend d’aucune autre.',
  'deps.dependsOn': 'Dépend de',
  'deps.neededBy': 'Préalable à',
  'deps.choose': 'Dépend de…',
  'deps.add': 'Ajouter la dépendance',
  'deps.remove': 'Retirer la dépendance à « {{action}} »',
  'deps.noOther': 'Aucune autre action sur ce tableau.',
  'deps.cycle':
    'Refusé : « {{dependsOn}} » dépend déjà, directement ou non, de « {{action}} » : cette dépendance formerait une boucle.',
  'deps.self': 'Refusé : une action ne peut pas dépendre d’elle-même.',
  refused: 'Refusé : {{message}}',
  'deps.untitled': 'Action sans texte',
  'console.heading': 'Feuille de route',
  'console.intro':
    'Le tableau de l’atelier où les priorités validées en plénière sont programmées par horizon et par acteur chef de file.',
  'console.pull': 'Importer les priorités validées',
  'console.pulling': 'Reprise des priorités…',
  'console.added_one': '{{count}} action ajoutée à la feuille de route.',
  'console.added_other': '{{count}} actions ajoutées à la feuille de route.',
  'console.already_one': '{{count}} y était déjà.',
  'console.already_other': '{{count}} y étaient déjà.',
  'console.failed': 'La reprise a échoué. {{reason}}',
  'console.board': 'Tableau de l’atelier',
} as const

/** A key of the `roadmap` namespace, without plural suffixes. */
export type RoadmapKey = keyof typeof fr extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : K
  : never

/** The roadmap's translate function: `t` bound to the `roadmap` namespace. */
export type RoadmapText = (key: RoadmapKey, options?: Record<string, unknown>) => string

const en: Record<keyof typeof fr, string> = {
  'sheet.legend': 'Action sheet',
  'sheet.placement': 'On the roadmap',
  'sheet.horizon': 'Horizon',
  'sheet.lead': 'Lead actor',
  'sheet.notPlaced': 'Put the action in a horizon column to schedule it.',
  'partners.add': 'Add',
  'partners.placeholder': 'A partner’s name, then Enter',
  'partners.remove': 'Remove the partner “{{partner}}”',
  'deps.legend': 'Dependencies',
  'deps.none': 'This action depends on no other.',
  'deps.dependsOn': 'Depends on',
  'deps.neededBy': 'Needed by',
  'deps.choose': 'Depends on…',
  'deps.add': 'Add the dependency',
  'deps.remove': 'Remove the dependency on “{{action}}”',
  'deps.noOther': 'No other action on this board.',
  'deps.cycle':
    'Refused: “{{dependsOn}}” already depends, directly or not, on “{{action}}”: this dependency would make a loop.',
  'deps.self': 'Refused: an action cannot depend on itself.',
  refused: 'Refused: {{message}}',
  'deps.untitled': 'Action without text',
  'console.heading': 'Roadmap',
  'console.intro':
    'The workshop’s board where the priorities validated in plenary are scheduled by time horizon and lead actor.',
  'console.pull': 'Pull validated priorities',
  'console.pulling': 'Pulling the priorities…',
  'console.added_one': '{{count}} action added to the roadmap.',
  'console.added_other': '{{count}} actions added to the roadmap.',
  'console.already_one': '{{count}} was there already.',
  'console.already_other': '{{count}} were there already.',
  'console.failed': 'Pulling failed. {{reason}}',
  'console.board': 'Workshop board',
}

// Arabic counts take six plural forms; i18next picks one with Intl.PluralRules('ar').
const ar: Record<string, string> = {
  'sheet.legend': 'بطاقة الإجراء',
  'sheet.placement': 'على خارطة الطريق',
  'sheet.horizon': 'الأفق الزمني',
  'sheet.lead': 'الجهة الرائدة',
  'sheet.notPlaced': 'ضعوا الإجراء في عمود أفق زمني لبرمجته.',
  'partners.add': 'إضافة',
  'partners.placeholder': 'اسم الشريك ثم مفتاح الإدخال',
  'partners.remove': 'إزالة الشريك «{{partner}}»',
  'deps.legend': 'الترابطات',
  'deps.none': 'لا يعتمد هذا الإجراء على أي إجراء آخر.',
  'deps.dependsOn': 'يعتمد على',
  'deps.neededBy': 'شرط مسبق لـ',
  'deps.choose': 'يعتمد على…',
  'deps.add': 'إضافة الترابط',
  'deps.remove': 'إزالة الاعتماد على «{{action}}»',
  'deps.noOther': 'لا يوجد إجراء آخر على هذه اللوحة.',
  'deps.cycle':
    'مرفوض: «{{dependsOn}}» يعتمد أصلًا، بشكل مباشر أو غير مباشر، على «{{action}}»: هذا الترابط يشكّل حلقة مغلقة.',
  'deps.self': 'مرفوض: لا يمكن أن يعتمد إجراء على نفسه.',
  refused: 'مرفوض: {{message}}',
  'deps.untitled': 'إجراء بلا نص',
  'console.heading': 'خارطة الطريق',
  'console.intro':
    'لوحة الورشة التي تُبرمَج فيها الأولويات المصادق عليها في الجلسات العامة حسب الأفق الزمني والجهة الرائدة.',
  'console.pull': 'جلب الأولويات المصادق عليها',
  'console.pulling': 'جارٍ جلب الأولويات…',
  'console.added_zero': 'لم يُضَف أي إجراء إلى خارطة الطريق.',
  'console.added_one': 'أُضيف إجراء واحد إلى خارطة الطريق.',
  'console.added_two': 'أُضيف إجراءان إلى خارطة الطريق.',
  'console.added_few': 'أُضيفت {{count}} إجراءات إلى خارطة الطريق.',
  'console.added_many': 'أُضيف {{count}} إجراءً إلى خارطة الطريق.',
  'console.added_other': 'أُضيف {{count}} إجراء إلى خارطة الطريق.',
  'console.already_zero': 'لم يكن أي منها موجودًا.',
  'console.already_one': 'كان واحد منها موجودًا.',
  'console.already_two': 'كان اثنان منها موجودين.',
  'console.already_few': 'كانت {{count}} منها موجودة.',
  'console.already_many': 'كان {{count}} منها موجودًا.',
  'console.already_other': 'كان {{count}} منها موجودًا.',
  'console.failed': 'تعذّر الجلب. {{reason}}',
  'console.board': 'لوحة الورشة',
}

/** The roadmap's resources, by language, for `i18n.addResourceBundle(lng, ROADMAP_NS, …)`. */
export const roadmapStrings: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr,
  en,
  ar,
}

/** Adds the roadmap's words to an i18next instance unless they are there already. */
export function addRoadmapStrings(i18n: ResourceTarget): void {
  addBundles(i18n, ROADMAP_NS, roadmapStrings)
}

/** The roadmap's translate function and the interface's language. */
export function useRoadmapText(): { t: RoadmapText; language: Language } {
  return useBundle<RoadmapText>(ROADMAP_NS, roadmapStrings)
}
