import type { Locale } from '@atelier/model'
import { agendaSchedule, type SessionTemplate } from '@atelier/toolkit'
import type { SessionDetails } from '../storage/types.js'
import { wallClockOf } from './details.js'

/** What an invitation says: whom, to what, when, where, and the two links. */
export interface InvitationFacts {
  readonly displayName: string
  readonly consultation: string
  readonly session: SessionTemplate
  readonly details: SessionDetails
  readonly code: string
  readonly link: string
  readonly rsvpLink: string
}

/** Dates in each language the way the region writes them (Latin digits in Arabic, as in Morocco). */
const DATE_LOCALE: Readonly<Record<Locale, string>> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' }

const WORDS = {
  fr: {
    hello: (name: string) => `Bonjour ${name},`,
    invited: (consultation: string, session: string) =>
      `Vous êtes invité·e à la consultation « ${consultation} », session « ${session} ».`,
    colon: ' : ',
    date: 'Date',
    place: 'Lieu',
    unknown: 'à préciser',
    agenda: 'Programme',
    minutes: 'min',
    rsvp: 'Merci de confirmer ou de décliner votre participation ici :',
    join: 'Le jour même, ce lien vous fait entrer dans votre groupe :',
    code: 'Votre code',
    closing: 'Au plaisir de vous accueillir.',
  },
  ar: {
    hello: (name: string) => `مرحبًا ${name}،`,
    invited: (consultation: string, session: string) =>
      `يسعدنا دعوتكم إلى المشاورة «${consultation}»، جلسة «${session}».`,
    colon: ': ',
    date: 'التاريخ',
    place: 'المكان',
    unknown: 'سيُحدَّد لاحقًا',
    agenda: 'البرنامج',
    minutes: 'دقيقة',
    rsvp: 'يُرجى تأكيد حضوركم أو الاعتذار عبر هذا الرابط:',
    join: 'يوم الجلسة، يُدخلكم هذا الرابط إلى مجموعتكم:',
    code: 'رمزكم',
    closing: 'نتطلع إلى استقبالكم.',
  },
  en: {
    hello: (name: string) => `Hello ${name},`,
    invited: (consultation: string, session: string) =>
      `You are invited to the consultation “${consultation}”, session “${session}”.`,
    colon: ': ',
    date: 'Date',
    place: 'Place',
    unknown: 'to be confirmed',
    agenda: 'Agenda',
    minutes: 'min',
    rsvp: 'Please confirm or decline here:',
    join: 'On the day, this link takes you into your group:',
    code: 'Your code',
    closing: 'We look forward to welcoming you.',
  },
} as const

/** The session's date in `locale`, with its time when it has one; null when it has none. */
export function formatSessionDate(date: string | null, locale: Locale): string | null {
  const moment = date === null ? null : wallClockOf(date)
  if (!moment) return null
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], {
    dateStyle: 'full',
    ...(moment.hasTime ? { timeStyle: 'short' } : {}),
    timeZone: 'UTC',
  }).format(moment.at)
}

function clock(at: number): string {
  const time = new Date(at)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}`
}

/** The agenda's lines: each phase's title and minutes, with its start time when the date has one. */
function agendaLines(facts: InvitationFacts, locale: Locale): string[] {
  const start = facts.details.date === null ? null : wallClockOf(facts.details.date)
  return agendaSchedule(facts.session).map(({ phase, startMinute }) => {
    const title = `${phase.title[locale]} (${phase.minutes} ${WORDS[locale].minutes})`
    return start?.hasTime ? `- ${clock(start.at + startMinute * 60_000)} ${title}` : `- ${title}`
  })
}

/**
 * The invitation as plain text in `locale`, ready to paste into an e-mail or a message: the
 * person's display name, the session's title, date, place and agenda, the RSVP link and the
 * link (and code) that lets them in on the day. Nothing else of the person is in it.
 */
export function invitationText(facts: InvitationFacts, locale: Locale): string {
  const words = WORDS[locale]
  const date = formatSessionDate(facts.details.date, locale) ?? words.unknown
  return [
    words.hello(facts.displayName),
    '',
    words.invited(facts.consultation, facts.session.title[locale]),
    `${words.date}${words.colon}${date}`,
    `${words.place}${words.colon}${facts.details.place ?? words.unknown}`,
    '',
    `${words.agenda}${words.colon.trimEnd()}`,
    ...agendaLines(facts, locale),
    '',
    words.rsvp,
    facts.rsvpLink,
    '',
    words.join,
    facts.link,
    `${words.code}${words.colon}${facts.code}`,
    '',
    words.closing,
    '',
  ].join('\n')
}
