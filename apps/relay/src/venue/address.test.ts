import { describe, expect, it } from 'vitest'
import { lanAddressesOf, venueAddress } from './address.js'

describe('venueAddress', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    wlan0: [
      { address: '192.168.1.20', family: 'IPv4', internal: false },
      { address: 'fe80::1', family: 'IPv6', internal: false },
    ],
    eth0: [{ address: '10.0.0.5', family: 'IPv4', internal: false }],
    usb0: [{ address: '169.254.10.1', family: 'IPv4', internal: false }],
  } as unknown as Parameters<typeof venueAddress>[0]['interfaces']

  it('lists every LAN IPv4 address but loopback, IPv6 and self-assigned ones', () => {
    expect(lanAddressesOf(interfaces)).toEqual([
      { interface: 'wlan0', address: '192.168.1.20' },
      { interface: 'eth0', address: '10.0.0.5' },
    ])
  })

  it('says loopback only for 127.0.0.1, localhost and ::1', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1']) {
      const venue = venueAddress({ host, port: 8080, interfaces })
      expect(venue).toMatchObject({ loopbackOnly: true, url: null, otherUrls: [] })
    }
  })

  it('offers every LAN address on 0.0.0.0, only the one bound otherwise, the public URL first', () => {
    expect(venueAddress({ host: '0.0.0.0', port: 8080, interfaces })).toMatchObject({
      url: 'http://192.168.1.20:8080/join',
      otherUrls: ['http://10.0.0.5:8080/join'],
    })
    expect(venueAddress({ host: '10.0.0.5', port: 9000, interfaces })).toMatchObject({
      url: 'http://10.0.0.5:9000/join',
      otherUrls: [],
    })
    const proxied = venueAddress({
      host: '0.0.0.0',
      port: 8080,
      interfaces,
      publicUrl: 'https://atelier.example.ma/',
    })
    expect(proxied.url).toBe('https://atelier.example.ma/join')
  })
})
