import { z } from 'zod'
import { ParticipantStatus } from '../storage/types.js'

export { ParticipantStatus }

/** Who a participant speaks for, as the terms of reference list them. */
export const StakeholderType = {
  publicInstitution: 'public-institution',
  civilSociety: 'civil-society',
  fieldActor: 'field-actor',
  youth: 'youth',
  migrant: 'migrant',
  communityActor: 'community-actor',
  other: 'other',
} as const
export type StakeholderType = (typeof StakeholderType)[keyof typeof StakeholderType]

export const AgeBand = {
  under18: 'under-18',
  from18to24: '18-24',
  from25to34: '25-34',
  from35to44: '35-44',
  from45to54: '45-54',
  from55to64: '55-64',
  from65: '65+',
} as const
export type AgeBand = (typeof AgeBand)[keyof typeof AgeBand]

/** What a participant agreed their data may be used for. */
export const ConsentPurpose = {
  /** Being contacted about the consultation: invitations, reminders. */
  invitation: 'invitation',
  /** Being counted, without any personal detail, in the balance of the room. */
  statistics: 'statistics',
  /** Being named in the report's list of participants. */
  report: 'report',
} as const
export type ConsentPurpose = (typeof ConsentPurpose)[keyof typeof ConsentPurpose]

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). A text
 * field starting with one is refused on the way in; every exported cell starting with one is
 * prefixed with a quote on the way out.
 */
export const FORMULA_START = /^[=+\-@\t\r]/

const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !FORMULA_START.test(value), {
      message: 'starts with = + - @ or a tab: spreadsheets would run it as a formula',
    })
    .refine((value) => ![...value].some(isControl), {
      message: 'contains control characters',
    })

function isControl(char: string): boolean {
  const code = char.charCodeAt(0)
  return code < 0x20 || code === 0x7f
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/
const PHONE = /^\+?[0-9][0-9 ().-]{5,22}[0-9]$/

/** An e-mail address or a phone number (digits, spaces, dots, dashes, brackets, a leading +). */
export const contactSchema = z
  .string()
  .trim()
  .max(254)
  .refine((value) => EMAIL.test(value) || PHONE.test(value), {
    message: 'is neither a valid e-mail address nor a phone number',
  })

export const consentSchema = z.strictObject({
  given: z.boolean(),
  /** When consent was given (epoch milliseconds); the relay stamps it when absent. */
  at: z.number().int().nonnegative().nullable().optional(),
  purposes: z
    .array(z.enum(ConsentPurpose))
    .max(3)
    .default([])
    .transform((purposes) => [...new Set(purposes)]),
})
export type Consent = { given: boolean; at: number | null; purposes: ConsentPurpose[] }

/** A participant as the facilitator writes it (API body, one imported row): name and session required. */
export const participantInputSchema = z.strictObject({
  name: text(120),
  session: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1, 'is required'),
  displayName: text(40).nullish(),
  organisation: text(160).nullish(),
  stakeholder: z.enum(StakeholderType).nullish(),
  subgroup: z.string().trim().min(1).nullish(),
  contact: contactSchema.nullish(),
  gender: text(40).nullish(),
  ageBand: z.enum(AgeBand).nullish(),
  consent: consentSchema.optional(),
  status: z.enum(ParticipantStatus).optional(),
})
export type ParticipantInput = z.output<typeof participantInputSchema>

/** An edit: any field but the id; `null` clears an optional one. */
export const participantPatchSchema = participantInputSchema.partial()
export type ParticipantPatch = z.output<typeof participantPatchSchema>

/** A participant as the facilitator's API serves it, personal fields decrypted. */
export interface Participant {
  readonly id: string
  readonly displayName: string | null
  readonly name: string
  readonly organisation: string | null
  readonly stakeholder: StakeholderType | null
  readonly session: string
  readonly subgroup: string | null
  readonly contact: string | null
  readonly gender: string | null
  readonly ageBand: AgeBand | null
  readonly consent: Consent
  readonly status: ParticipantStatus
  readonly createdAt: number
  readonly updatedAt: number
}
