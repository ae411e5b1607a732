import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { getSessionTemplate } from '@atelier/toolkit'
import { callApi } from '../helpers/api.js'
import { startRelay, tokenFor, type RunningRelay } from '../helpers/relay.js'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const API = '/api/workshops/tanger'

async function download(relay: RunningRelay, path: string, token?: string) {
  const response = await fetch(`${relay.httpUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  }
}

/** The text of every run of word/document.xml, one per line. */
async function docxText(bytes: Uint8Array): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('word/document.xml')!.async('string')
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n')
  return { xml, text }
}

describe('GET /api/toolkit.docx', () => {
  it('gives anyone the toolkit in French by default, in Arabic or English on request', async () => {
    const relay = await startRelay()
    const fr = await download(relay, '/api/toolkit.docx')
    expect(fr.status).toBe(200)
    expect(fr.type).toBe(DOCX)
    expect(fr.disposition).toBe('attachment; filename="atelier-toolkit-fr.docx"')
    const frText = await docxText(fr.bytes)
    expect(frText.text).toContain('Boîte à outils méthodologique')
    expect(frText.text).toContain('Liste provisoire des participants')
    expect(frText.xml).not.toContain('<w:bidi/>')

    const ar = await download(relay, '/api/toolkit.docx?lang=ar')
    expect(ar.status).toBe(200)
    expect(ar.disposition).toBe('attachment; filename="atelier-toolkit-ar.docx"')
    const arText = await docxText(ar.bytes)
    expect(arText.text).toContain('الدليل المنهجي')
    expect(arText.xml).toContain('<w:bidi/>')

    const en = await docxText((await download(relay, '/api/toolkit.docx?lang=en')).bytes)
    expect(en.text).toContain('Methodology toolkit')

    const bad = await download(relay, '/api/toolkit.docx?lang=de')
    expect(bad.status).toBe(400)
  })
})

describe('GET /api/workshops/<w>/toolkit.docx', () => {
  async function withParticipant(relay: RunningRelay) {
    const facilitator = await tokenFor({ sub: 'fac', name: 'Khadija' })
    const created = await callApi(relay, `${API}/consultation`, facilitator, {
      title: 'Tanger 2026',
      sessions: ['governance', 'inclusion-resilience'],
    })
    expect(created.status).toBe(201)
    const added = await callApi(relay, `${API}/participants`, facilitator, {
      name: 'Salma Benjelloun',
      displayName: 'Salma B.',
      organisation: 'Association Tanja Q7',
      stakeholder: 'youth',
      session: 'governance',
      subgroup: '2',
      contact: 'salma.benjelloun@exemple.ma',
      gender: 'femme-q7',
    })
    expect(added.status).toBe(201)
    return facilitator
  }

  it('refuses every role but the workshop’s facilitator', async () => {
    const relay = await startRelay()
    await withParticipant(relay)
    expect((await download(relay, `${API}/toolkit.docx`)).status).toBe(401)
    for (const role of ['participant', 'rapporteur', 'observer'] as const) {
      const token = await tokenFor({ sub: `p-${role}`, role })
      const answer = await download(relay, `${API}/toolkit.docx`, token)
      expect(answer.status).toBe(403)
      expect(answer.type).not.toBe(DOCX)
    }
    const elsewhere = await tokenFor({ workshop: 'rabat' })
    expect((await download(relay, `${API}/toolkit.docx`, elsewhere)).status).toBe(403)
  })

  it('lists a registered participant by display name, never their name or contact, and audits it', async () => {
    const relay = await startRelay()
    const facilitator = await withParticipant(relay)
    const answer = await download(relay, `${API}/toolkit.docx`, facilitator)
    expect(answer.status).toBe(200)
    expect(answer.type).toBe(DOCX)
    expect(answer.disposition).toBe('attachment; filename="toolkit-tanger.docx"')
    const { text, xml } = await docxText(answer.bytes)
    const list = text.slice(text.lastIndexOf('Liste provisoire des participants'))
    expect(list).toContain('Salma B.')
    expect(list).toContain('Jeunes')
    // Sub-group 2 of the governance session, by its board's title.
    const theme = getSessionTemplate('governance')!.themes[1]!.title.fr
    expect(list).toContain(`Gouvernance — ${theme}`)
    for (const secret of ['salma.benjelloun@exemple.ma', 'Benjelloun', 'Tanja Q7', 'femme-q7'])
      expect(xml).not.toContain(secret)

    const arabic = await docxText(
      (await download(relay, `${API}/toolkit.docx?lang=ar`, facilitator)).bytes,
    )
    expect(arabic.text).toContain('اللائحة المؤقتة للمشاركين')
    expect(arabic.text).toContain('Salma B.')
    expect(arabic.text).toContain('الشباب')

    const audit = await callApi(relay, `${API}/participants/audit`, facilitator)
    const entries = audit.body.entries as { action: string; count: number; actor: string }[]
    expect(entries.filter((entry) => entry.action === 'exported')).toEqual([
      expect.objectContaining({ actor: 'fac', count: 1 }),
      expect.objectContaining({ actor: 'fac', count: 1 }),
    ])
  })
})
