import { describe, expect, it } from 'vitest'
import { ConductRuleId, codeOfConduct, codeOfConductSchema, localizedSchema } from './index.js'

const LANGUAGES = ['fr', 'ar', 'en'] as const

describe('the code of conduct', () => {
  const texts = [
    codeOfConduct.title,
    codeOfConduct.intro,
    ...codeOfConduct.rules.map((r) => r.text),
  ]

  it('has every text in French, Arabic (in Arabic letters) and English', () => {
    for (const text of texts) expect(localizedSchema.safeParse(text).success, text.fr).toBe(true)
  })

  it('states each of its rules once: respect, confidentiality, personal data, anonymity, moderation', () => {
    expect(codeOfConduct.rules.map((rule) => rule.id).sort()).toEqual(
      Object.values(ConductRuleId).sort(),
    )
  })

  it('stays short enough to read on a phone', () => {
    for (const rule of codeOfConduct.rules) {
      for (const language of LANGUAGES) expect(rule.text[language].length).toBeLessThan(180)
    }
  })

  it('refuses a rule without its Arabic text, or a rule given twice', () => {
    const missing = structuredClone(codeOfConduct) as { rules: Array<{ text: { ar?: string } }> }
    delete missing.rules[0]!.text.ar
    expect(codeOfConductSchema.safeParse(missing).success).toBe(false)
    const twice = { ...codeOfConduct, rules: [...codeOfConduct.rules, codeOfConduct.rules[0]] }
    expect(codeOfConductSchema.safeParse(twice).success).toBe(false)
  })
})
