import { useBundle } from '../i18n/bundles.js'
import type { Bundles } from '../i18n/bundles.js'
import type { Language } from '../i18n/language.js'

/**
 * The printable toolkit page's own words, in the `toolkit-page` namespace. The toolkit itself
 * (methodology, agendas, grids, sheets) comes from the relay in the language asked.
 */
export const TOOLKIT_PAGE_NS = 'toolkit-page'

const fr = {
  title: 'Boîte à outils méthodologique',
  loading: 'Préparation de la boîte à outils…',
  failed: 'La boîte à outils n’a pas pu être chargée. Vérifiez la connexion et réessayez.',
  retry: 'Réessayer',
  print: 'Imprimer / enregistrer en PDF',
  notAllowed:
    'La liste des participants est réservée à l’animation de l’atelier. La boîte à outils sans la liste reste ouverte à tous.',
  publicLink: 'Ouvrir la boîte à outils publique',
  withList: 'Avec la liste provisoire des participants de l’atelier',
} as const

type Key = keyof typeof fr
export type ToolkitText = (key: Key, values?: Record<string, string | number>) => string

export const toolkitPageStrings: Bundles = {
  fr,
  en: {
    title: 'Methodology toolkit',
    loading: 'Preparing the toolkit…',
    failed: 'The toolkit could not be loaded. Check the connection and try again.',
    retry: 'Try again',
    print: 'Print / save as PDF',
    notAllowed:
      'The participant list is for the workshop’s facilitators only. The toolkit without the list is open to everyone.',
    publicLink: 'Open the public toolkit',
    withList: 'With the workshop’s provisional participant list',
  } satisfies Record<Key, string>,
  ar: {
    title: 'دليل الأدوات المنهجية',
    loading: 'جارٍ إعداد دليل الأدوات…',
    failed: 'تعذّر تحميل دليل الأدوات. تحقّق من الاتصال وحاول مجددًا.',
    retry: 'إعادة المحاولة',
    print: 'طباعة / حفظ بصيغة PDF',
    notAllowed:
      'قائمة المشاركين مخصّصة لمنشّطي الورشة فقط. يبقى دليل الأدوات من دون القائمة متاحًا للجميع.',
    publicLink: 'فتح دليل الأدوات العمومي',
    withList: 'مع القائمة المؤقتة لمشاركي الورشة',
  } satisfies Record<Key, string>,
}

export function useToolkitText(): { t: ToolkitText; language: Language } {
  return useBundle<ToolkitText>(TOOLKIT_PAGE_NS, toolkitPageStrings)
}
