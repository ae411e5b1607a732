import type { Bundles } from '../i18n/bundles.js'
import { useBundle } from '../i18n/bundles.js'

/** The console's upstream sync card, in the `upstream` namespace. */
export const UPSTREAM_NS = 'upstream'

const fr = {
  heading: 'Synchronisation avec le serveur de l’organisation',
  intro:
    'Quand Internet est là, chaque tableau est copié dans les deux sens avec {{server}}. La salle travaille sans attendre.',
  board: 'Tableau',
  state: 'État',
  pending: 'Modifications en attente',
  lastContact: 'Dernier contact',
  never: 'jamais',
  'state.offline': 'Hors ligne',
  'state.syncing': 'Synchronisation…',
  'state.in-sync': 'À jour',
  'state.refused': 'Refusé',
  'consultation.venue-only':
    'La consultation sera créée sur le serveur dès que ses tableaux y seront.',
  failed: 'État de la synchronisation illisible. Nouvel essai dans quelques secondes.',
  summary: '{{synced}} tableau(x) à jour sur {{total}}',
}
type Key = keyof typeof fr
export type UpstreamText = (key: Key, values?: Record<string, string | number>) => string

export const upstreamStrings: Bundles = {
  fr,
  en: {
    heading: 'Sync with the organisation’s server',
    intro:
      'Whenever the internet is there, every board is copied both ways with {{server}}. The room never waits for it.',
    board: 'Board',
    state: 'State',
    pending: 'Pending changes',
    lastContact: 'Last contact',
    never: 'never',
    'state.offline': 'Offline',
    'state.syncing': 'Syncing…',
    'state.in-sync': 'In sync',
    'state.refused': 'Refused',
    'consultation.venue-only':
      'The consultation will be created on the server as soon as its boards are there.',
    failed: 'Could not read the sync state. Trying again in a few seconds.',
    summary: '{{synced}} of {{total}} boards in sync',
  } satisfies Record<Key, string>,
  ar: {
    heading: 'المزامنة مع خادم المنظمة',
    intro: 'كلما توفّر الإنترنت، تُنسخ كل لوحة في الاتجاهين مع {{server}}. لا تنتظر القاعة شيئًا.',
    board: 'اللوحة',
    state: 'الحالة',
    pending: 'تعديلات في الانتظار',
    lastContact: 'آخر اتصال',
    never: 'أبدًا',
    'state.offline': 'غير متصل',
    'state.syncing': 'جارٍ المزامنة…',
    'state.in-sync': 'محدَّث',
    'state.refused': 'مرفوض',
    'consultation.venue-only': 'ستُنشأ الاستشارة على الخادم حالما تصل إليه لوحاتها.',
    failed: 'تعذّرت قراءة حالة المزامنة. محاولة جديدة بعد ثوانٍ.',
    summary: '{{synced}} من {{total}} لوحات محدَّثة',
  } satisfies Record<Key, string>,
}

export function useUpstreamText() {
  return useBundle<UpstreamText>(UPSTREAM_NS, upstreamStrings)
}
