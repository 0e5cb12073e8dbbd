import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { keepPeoplesEdits } from '../../src/conversation/peoples-edits.js'
import { parseSectionReply, type ReturnedSection } from '../../src/conversation/section-reply.js'
import { spliceSections } from '../../src/conversation/splice.js'
import { parseTemplate } from '../../src/document/template.js'

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')
const spec = parseTemplate(read('../../src/assets/template.md'))
/** The design as the action committed it. */
const base = read('../fixtures/designs/conforming.md')

/** The `## ` section of a document that starts with `heading`, independent of the code under test. */
function section(doc: string, heading: string): string {
  const parts = doc.split(/^(?=## )/m)
  const part = parts.find((p) => p.startsWith(heading))
  if (!part) throw new Error(`no section ${heading}`)
  return `${part.trimEnd()}\n`
}

function reply(...texts: string[]): ReturnedSection[] {
  const parsed = parseSectionReply(texts.join('\n'), spec, base)
  if (parsed.kind !== 'sections') throw new Error(`reply did not parse: ${JSON.stringify(parsed)}`)
  return parsed.sections
}

describe('keepPeoplesEdits', () => {
  const reviewerNote = '- A reviewer noted: the finance team signs off refunds over 500 EUR.'
  const current = base.replace(
    '## 3. Technical Requirements\n',
    `${reviewerNote}\n\n## 3. Technical Requirements\n`,
  )

  it('keeps the people’s version of a section the model echoed as the action last wrote it', () => {
    expect(current).not.toBe(base)
    const echoed = reply(section(base, '## 2. '))
    const kept = keepPeoplesEdits({ base, current, sections: echoed, spec })
    expect(kept.sections[0]?.text).toBe(section(current, '## 2. '))
    expect(spliceSections(current, kept.sections, spec)).toBe(current)
    expect(kept.merged).toEqual([])
    expect(kept.notKept).toEqual([])
  })

  it('merges a section both changed at different lines, and says so', () => {
    const revised = section(base, '## 2. ').replace('within one minute', 'within two minutes')
    expect(revised).not.toBe(section(base, '## 2. '))
    const kept = keepPeoplesEdits({ base, current, sections: reply(revised), spec })
    const text = kept.sections[0]?.text ?? ''
    expect(text).toContain('within two minutes')
    expect(text).toContain(reviewerNote)
    expect(kept.merged).toEqual(['2. Business Requirements Summary'])
  })

  it('names the people’s lines a revision rewrote, rather than dropping them silently', () => {
    const peopleEdited = base.replace(
      'within one minute',
      'within one minute, as the carrier contract requires',
    )
    const revised = section(base, '## 2. ').replace('within one minute', 'within five minutes')
    const kept = keepPeoplesEdits({ base, current: peopleEdited, sections: reply(revised), spec })
    expect(kept.sections[0]?.text).toContain('within five minutes')
    expect(kept.notKept).toEqual([
      {
        section: '2. Business Requirements Summary',
        lines: [expect.stringContaining('as the carrier contract requires')],
      },
    ])
  })

  it('takes the sections as returned when the base is unknown or nobody edited the design', () => {
    const echoed = reply(section(base, '## 2. '))
    expect(keepPeoplesEdits({ base: null, current, sections: echoed, spec }).sections).toBe(echoed)
    expect(keepPeoplesEdits({ base, current: base, sections: echoed, spec }).sections).toBe(echoed)
  })

  it('keeps a title people changed when the model echoes the old one', () => {
    const retitled = base.replace(/^# .*$/m, '# Technical Design: Returns and Refunds (v2)')
    const kept = keepPeoplesEdits({
      base,
      current: retitled,
      sections: [],
      preamble: `${base.split('\n')[0]}\n`,
      spec,
    })
    expect(kept.preamble?.trim()).toBe('# Technical Design: Returns and Refunds (v2)')
  })
})
