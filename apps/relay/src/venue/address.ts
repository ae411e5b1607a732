import type { NetworkInterfaceInfo } from 'node:os'

/** Hosts that only this machine can reach: a relay bound to one serves nobody else in the room. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '::ffff:127.0.0.1'])
/** Hosts that mean "every interface of this machine". */
const ANY_HOSTS = new Set(['0.0.0.0', '::', '::0'])

/** One IPv4 address of this machine on a network other machines can be on. */
export interface LanAddress {
  readonly interface: string
  readonly address: string
}

/**
 * Where participants should open the relay in the room: the facilitator console shows `url`
 * as text and as a QR code. `loopbackOnly` says the relay listens on this machine only (the
 * default `HOST=127.0.0.1`): phones cannot reach it until it restarts with `HOST=0.0.0.0`.
 */
export interface VenueAddress {
  /** The address the relay's socket listens on, as the operating system reports it. */
  readonly host: string
  readonly port: number
  readonly loopbackOnly: boolean
  /** This machine's non-internal IPv4 addresses, whether or not the relay listens on them. */
  readonly lanAddresses: readonly LanAddress[]
  /** The join page participants should open, or null when no other machine can reach the relay. */
  readonly url: string | null
  /** The join page on every other reachable address (a laptop on Wi-Fi and cable has two). */
  readonly otherUrls: readonly string[]
}

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>

/** The path participants open: it asks for the room code shown on the projector. */
export const JOIN_PATH = '/join'

/** Whether a relay listening on `host` can be reached from this machine only. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127\./.test(host)
}

/** The non-internal IPv4 addresses of this machine, in the order the system lists them. */
export function lanAddressesOf(interfaces: Interfaces): LanAddress[] {
  const found: LanAddress[] = []
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      // Node 18.0–18.3 gave `family` as a number; the IPv4 test covers both.
      const ipv4 = info.family === 'IPv4' || (info.family as unknown) === 4
      if (ipv4 && !info.internal && !info.address.startsWith('169.254.')) {
        found.push({ interface: name, address: info.address })
      }
    }
  }
  return found
}

/**
 * Works out the venue address of a relay listening on `host:port`. A public URL configured by
 * the operator (`PUBLIC_URL`, a name behind a proxy) comes first; otherwise the LAN addresses
 * the relay listens on: all of them for `0.0.0.0`, the one given otherwise.
 *
 * @example
 * venueAddress({ host: '0.0.0.0', port: 8080, interfaces: os.networkInterfaces() })
 * // { url: 'http://192.168.1.20:8080/join', loopbackOnly: false, … }
 */
export function venueAddress(input: {
  readonly host: string
  readonly port: number
  readonly interfaces: Interfaces
  readonly publicUrl?: string | undefined
}): VenueAddress {
  const { host, port } = input
  const lanAddresses = lanAddressesOf(input.interfaces)
  const loopbackOnly = isLoopbackHost(host)
  const reachable = loopbackOnly
    ? []
    : ANY_HOSTS.has(host)
      ? lanAddresses.map((lan) => lan.address)
      : [host]
  const urls = reachable.map((address) => `http://${hostPart(address)}:${port}${JOIN_PATH}`)
  if (input.publicUrl) urls.unshift(`${input.publicUrl.replace(/\/$/, '')}${JOIN_PATH}`)
  const [url = null, ...otherUrls] = urls
  return { host, port, loopbackOnly, lanAddresses, url, otherUrls }
}

function hostPart(address: string): string {
  return address.includes(':') ? `[${address}]` : address
}
