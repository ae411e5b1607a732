import { z } from 'zod/mini'
import { localizedSchema } from './localized.js'

/** What each rule of the code of conduct is about; the interface may give each an icon. */
export const ConductRuleId = {
  respect: 'respect',
  confidentiality: 'confidentiality',
  noPersonalData: 'noPersonalData',
  anonymity: 'anonymity',
  moderation: 'moderation',
} as const
export type ConductRuleId = (typeof ConductRuleId)[keyof typeof ConductRuleId]

export const codeOfConductSchema = z.strictObject({
  /** Bumped when the rules change, so that every participant accepts them again. */
  version: z.number().check(z.int(), z.positive()),
  title: localizedSchema,
  intro: localizedSchema,
  rules: z.array(z.strictObject({ id: z.enum(ConductRuleId), text: localizedSchema })).check(
    z.minLength(1),
    z.refine((rules) => new Set(rules.map((rule) => rule.id)).size === rules.length, {
      message: 'each rule once',
    }),
  ),
})
export type CodeOfConduct = z.infer<typeof codeOfConductSchema>

/**
 * The code of conduct every participant and rapporteur accepts before writing on a board: a safe
 * space for migrants, young people and officials to speak of sensitive subjects. Short and
 * concrete, to be read on a phone in under a minute.
 */
export const codeOfConduct: CodeOfConduct = codeOfConductSchema.parse({
  version: 1,
  title: {
    fr: 'Charte de l’atelier',
    ar: 'ميثاق الورشة',
    en: 'Workshop code of conduct',
  },
  intro: {
    fr: 'Cet atelier est un espace sûr. En participant, je m’engage à :',
    ar: 'هذه الورشة فضاء آمن. بمشاركتي، ألتزم بما يلي:',
    en: 'This workshop is a safe space. By taking part, I agree to:',
  },
  rules: [
    {
      id: 'respect',
      text: {
        fr: 'Respecter chaque personne et chaque avis, même en désaccord : pas d’insulte, pas de moquerie, pas de discours de haine.',
        ar: 'احترام كل شخص وكل رأي، حتى عند الاختلاف: لا شتائم ولا سخرية ولا خطاب كراهية.',
        en: 'Respect every person and every view, even in disagreement: no insults, no mockery, no hate speech.',
      },
    },
    {
      id: 'confidentiality',
      text: {
        fr: 'Garder confidentiel ce qui est dit dans l’atelier : on peut reprendre les idées, jamais dire qui les a exprimées.',
        ar: 'الحفاظ على سرية ما يُقال في الورشة: يمكن تداول الأفكار، دون ذكر من عبّر عنها أبداً.',
        en: 'Keep what is said in the workshop confidential: ideas may be shared, never who voiced them.',
      },
    },
    {
      id: 'noPersonalData',
      text: {
        fr: 'Ne jamais écrire de données personnelles sur une note : ni nom, ni téléphone, ni adresse, ni détail qui permette de reconnaître quelqu’un.',
        ar: 'عدم كتابة أي بيانات شخصية على الملاحظات: لا اسم ولا رقم هاتف ولا عنوان ولا أي تفصيل يكشف هوية شخص ما.',
        en: 'Never write personal data on a note: no name, phone number, address or detail that would identify someone.',
      },
    },
    {
      id: 'anonymity',
      text: {
        fr: 'Je peux écrire anonymement : une note anonyme ne porte aucun nom, pour personne, pas même l’animation.',
        ar: 'يمكنني الكتابة دون ذكر اسمي: الملاحظة المجهولة لا تحمل أي اسم، لا يراه أحد ولا حتى الميسّر.',
        en: 'I may write anonymously: an anonymous note carries no name, for anyone, the facilitator included.',
      },
    },
    {
      id: 'moderation',
      text: {
        fr: 'L’animation peut masquer une note qui ne respecte pas cette charte ; elle reste archivée mais n’est plus affichée.',
        ar: 'يمكن للميسّر إخفاء أي ملاحظة لا تحترم هذا الميثاق؛ تبقى محفوظة في السجل لكنها لا تُعرض.',
        en: 'The facilitator may hide a note that breaks this code; it is kept for the record but no longer shown.',
      },
    },
  ],
})
