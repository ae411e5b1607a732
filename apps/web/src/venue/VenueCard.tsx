import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { VenueApi, type VenueAddress } from './api.js'
import { useVenueText } from './strings.js'
import './venue.css'

type State = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; venue: VenueAddress }

/**
 * The console's venue card: the address participants open on the venue network, as text and
 * as a QR code made by the relay from this laptop's LAN address, and a warning with the fix when
 * the relay listens on loopback only (phones could not reach it).
 */
export function VenueCard({ workshop, token }: { workshop: string; token: string }) {
  const { t } = useVenueText()
  const api = useMemo(() => new VenueApi(workshop, token), [workshop, token])
  const [state, setState] = useState<State>({ status: 'loading' })
  const [copied, setCopied] = useState(false)
  const headingId = useId()

  const load = useCallback(() => {
    setState({ status: 'loading' })
    api.address().then(
      (venue) => setState({ status: 'ready', venue }),
      () => setState({ status: 'failed' }),
    )
  }, [api])
  useEffect(load, [load])

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }

  return (
    <section className="console-card venue-card" aria-labelledby={headingId}>
      <div className="venue-title">
        <h2 id={headingId}>{t('address.heading')}</h2>
        <button type="button" className="console-button" onClick={load}>
          {t('address.refresh')}
        </button>
      </div>
      {state.status === 'loading' && (
        <p className="console-muted" role="status">
          {t('address.loading')}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="console-error" role="alert">
          {t('address.failed')}
        </p>
      )}
      {state.status === 'ready' && <VenueBody venue={state.venue} copy={copy} copied={copied} />}
    </section>
  )
}

function VenueBody({
  venue,
  copy,
  copied,
}: {
  venue: VenueAddress
  copy: (url: string) => void
  copied: boolean
}) {
  const { t } = useVenueText()
  const lan = venue.lanAddresses.map((entry) => entry.address).join(', ')
  return (
    <>
      {venue.loopbackOnly && (
        <div className="venue-warning" role="alert">
          <p>{t('address.loopback', { host: venue.host })}</p>
          <p>{t('address.fix')}</p>
          <code dir="ltr">HOST=0.0.0.0 npm start</code>
        </div>
      )}
      {venue.url && (
        <div className="venue-address">
          <img
            className="venue-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(venue.qrSvg ?? '')}`}
            alt={t('address.qr', { url: venue.url })}
            width={176}
            height={176}
          />
          <div className="venue-text">
            <p className="console-muted">{t('address.intro')}</p>
            <p className="venue-label">{t('address.open')}</p>
            <p className="venue-url" dir="ltr" data-testid="venue-url">
              {venue.url}
            </p>
            <button type="button" className="console-button" onClick={() => copy(venue.url!)}>
              {t('address.copy')}
            </button>
            {copied && (
              <span className="console-muted venue-copied" role="status">
                {t('address.copied')}
              </span>
            )}
            {venue.otherUrls.length > 0 && (
              <p className="console-muted" dir="auto">
                {t('address.others', { urls: venue.otherUrls.join(' · ') })}
              </p>
            )}
          </div>
        </div>
      )}
      {!venue.url && venue.lanAddresses.length > 0 && (
        <p className="console-muted">{t('address.lan', { addresses: lan })}</p>
      )}
      {venue.lanAddresses.length === 0 && <p className="console-muted">{t('address.noLan')}</p>}
    </>
  )
}
