import type * as Y from 'yjs'
import type { Locale } from '@atelier/model'
import { holdsNotes, useDrafts } from './context.js'
import { MyDrafts } from './MyDrafts.js'
import { useDraftsText } from './strings.js'

/** On the phone, under the composer: what private writing means now, and my held notes. */
export function PhoneDrafts(props: { doc: Y.Doc; locale: Locale; role: string }) {
  const { t } = useDraftsText()
  const { locale, role } = props
  const drafts = useDrafts(props.doc)
  if (!holdsNotes(drafts, role)) return null
  return (
    <section className="phone-card drafts-phone" data-writing={drafts.mode}>
      <p className="drafts-mode">
        <strong>{t(drafts.mode === 'moderated' ? 'mode.moderated' : 'mode.private')}</strong>
        {' · '}
        {t(drafts.mode === 'moderated' ? 'explain.moderated' : 'explain.private')}
      </p>
      <MyDrafts
        drafts={drafts.drafts}
        mode={drafts.mode}
        locale={locale}
        withdraw={drafts.withdraw}
      />
    </section>
  )
}
