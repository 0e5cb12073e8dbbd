import { describe, expect, it } from '@jest/globals'
import { parseSectionReply } from '../../src/conversation/section-reply.js'
import {
  changedSectionNames,
  replacePreamble,
  sectionLevel,
  spliceSections,
} from '../../src/conversation/splice.js'
import { lineDiff } from '../../src/document/line-diff.js'
import { parseOutline } from '../../src/document/markdown.js'
import { addedViolations, validateDesign } from '../../src/document/validate.js'
import { at, design, sectionsOf, seedStyle, spec } from '../support/revision-fixtures.js'

describe('parseSectionReply', () => {
  it('recognises NO CHANGES, also lightly decorated', () => {
    for (const reply of [
      'NO CHANGES',
      ' no changes.\n',
      '**NO CHANGES**',
      '```\nNO CHANGES\n```',
    ]) {
      expect(parseSectionReply(reply, spec)).toEqual({ kind: 'no-changes' })
    }
    expect(parseSectionReply('NO CHANGES, but see below', spec).kind).toBe('invalid')
  })

  it('splits the reply at top-level headings into template sections, with their lines', () => {
    const reply = [
      '## 7. Testing Strategy',
      '- Unit tests.',
      '',
      '### Notes',
      'A sub-heading travels with its section.',
      '',
      '## 12 Open Questions',
      'None.',
    ].join('\n')
    expect(parseSectionReply(reply, spec)).toEqual({
      kind: 'sections',
      sections: [
        {
          index: at('7'),
          text: '## 7. Testing Strategy\n- Unit tests.\n\n### Notes\nA sub-heading travels with its section.\n',
          line: 1,
        },
        { index: at('12'), text: '## 12 Open Questions\nNone.\n', line: 7 },
      ],
      removed: [],
    })
  })

  it('does not split at a "## " line inside a code fence', () => {
    const reply = '## 4. Architecture Overview\n```mermaid\n## not a heading\n```\n'
    const parsed = parseSectionReply(reply, spec)
    expect(parsed).toMatchObject({ kind: 'sections', sections: [{ index: at('4'), text: reply }] })
  })

  it('tolerates an introduction, one fence around everything and a sign-off', () => {
    const reply = [
      'Here are the sections that change:',
      '',
      '```markdown',
      '## 7. Testing Strategy',
      '- Unit tests.',
      '```',
      '',
      'Let me know if you need anything else.',
    ].join('\n')
    const parsed = parseSectionReply(reply, spec)
    expect(parsed).toMatchObject({
      kind: 'sections',
      sections: [{ index: at('7'), text: '## 7. Testing Strategy\n- Unit tests.\n', line: 4 }],
    })
    expect(parsed.kind === 'sections' && parsed.removed.join('\n')).toMatch(
      /introduction[\s\S]*opening code fence[\s\S]*text after the closing fence/,
    )
  })

  it('reports text before the first heading and unknown headings, at lines of the reply', () => {
    const reply = [
      'I updated the tests.',
      '## 7. Testing Strategy',
      '- Unit tests.',
      '## 13. Appendix',
      'More.',
    ].join('\n')
    const parsed = parseSectionReply(reply, spec)
    expect(parsed.kind).toBe('invalid')
    if (parsed.kind !== 'invalid') return
    expect(parsed.violations.map((v) => v.line)).toEqual([1, 4])
    expect(parsed.violations[0]?.message).toMatch(/^Text before the first section heading/)
    expect(parsed.violations[1]?.message).toMatch(
      /^Unexpected heading "## 13. Appendix": not a section of the template \(its sections are "1. Overview", /,
    )
    // The section that did parse is kept, for a repair round to build on; one was skipped.
    expect(parsed.sections.map((s) => s.index)).toEqual([at('7')])
    expect(parsed.skipped).toBe(1)
  })

  it('reports a duplicate, a sub-section and a misspelt heading; a title opening the reply is its preamble', () => {
    const reply = [
      '# Technical Design: Refunds',
      '## 7. Testing Strategy',
      'A',
      '## 7. Testing Strategy',
      'B',
      '## 5.1 Data Model',
      '## 2. Business requirements summary',
    ].join('\n')
    const parsed = parseSectionReply(reply, spec)
    if (parsed.kind !== 'invalid') throw new Error(parsed.kind)
    expect(parsed.violations).toEqual([
      {
        line: 4,
        message: 'Section "## 7. Testing Strategy" is returned twice (first at line 2)',
      },
      {
        line: 6,
        message: expect.stringMatching(
          /sub-section.*return the whole section "## 5. Detailed Design"/,
        ),
      },
      {
        line: 7,
        message: expect.stringMatching(/write it exactly "## 2. Business Requirements Summary"/),
      },
    ])
    expect(parsed.sections).toEqual([
      { index: at('7'), text: '## 7. Testing Strategy\nA\n', line: 2 },
    ])
    expect(parsed.preamble).toBe('# Technical Design: Refunds\n')
    expect(parsed.skipped).toBe(3)
  })

  it('reads a whole document as its preamble and all its sections, so splicing it changes nothing', () => {
    const parsed = parseSectionReply(`Here is the revised design:\n\n${design}`, spec, design)
    if (parsed.kind !== 'sections') throw new Error(JSON.stringify(parsed))
    expect(parsed.sections).toHaveLength(sectionsOf(design).size)
    expect(parsed.preamble).toBe(`${design.slice(0, design.indexOf('\n## 1.')).trimEnd()}\n`)
    const spliced = replacePreamble(
      spliceSections(design, parsed.sections, spec),
      parsed.preamble ?? '',
      spec,
    )
    expect(spliced).toBe(design)
  })

  it('reads the title and some sections as those sections', () => {
    const seven = sectionsOf(design).get('## 7. Testing Strategy') ?? ''
    const changed = `${seven.trimEnd()}\n- Contract tests against the carrier sandbox.\n`
    const reply = `${design.split('\n')[0]}\n\n${changed}`
    const parsed = parseSectionReply(reply, spec, design)
    if (parsed.kind !== 'sections') throw new Error(JSON.stringify(parsed))
    expect(parsed.sections.map((s) => s.index)).toEqual([at('7')])
    const revised = replacePreamble(
      spliceSections(design, parsed.sections, spec),
      parsed.preamble ?? '',
      spec,
    )
    expect(lineDiff(design, revised).added).toBe(1)
    expect(lineDiff(design, revised).removed).toBe(0)
  })

  it('still refuses a level-1 heading that is not the reply’s opening title', () => {
    const parsed = parseSectionReply(
      '## 7. Testing Strategy\nA\n# 8. Deployment Strategy\nB\n',
      spec,
    )
    if (parsed.kind !== 'invalid') throw new Error(parsed.kind)
    expect(parsed.violations).toEqual([
      {
        line: 3,
        message: expect.stringMatching(/is not a section: return only whole "## " sections/),
      },
    ])
  })

  it('counts lines from the reply as written when a fence was removed', () => {
    const parsed = parseSectionReply('\n```\nStray text\n## 99. Nope\n```\n', spec)
    if (parsed.kind !== 'invalid') throw new Error(parsed.kind)
    expect(parsed.violations.map((v) => v.line)).toEqual([3, 4])
  })

  it('reports an empty reply', () => {
    expect(parseSectionReply('  \n', spec)).toMatchObject({
      kind: 'invalid',
      violations: [{ line: 1, message: expect.stringMatching(/reply is empty/) }],
    })
  })
})

describe('revising a design people wrote, in its own structure', () => {
  const pipeline = '## 11. CI/CD Pipeline\n- The pipeline also runs contract tests.\n'

  it('takes a returned section of the design by its own heading, and replaces only it', () => {
    const reply = parseSectionReply(pipeline, spec, seedStyle)
    expect(reply).toEqual({
      kind: 'sections',
      sections: [{ index: -1, key: '11. CI/CD Pipeline', text: pipeline, line: 1 }],
      removed: [],
    })
    if (reply.kind !== 'sections') throw new Error('sections expected')
    const out = spliceSections(seedStyle, reply.sections, spec)
    expect(out).toBe(
      seedStyle.replace(
        '- The pipeline runs the ledger property tests on every push.',
        '- The pipeline also runs contract tests.',
      ),
    )
    expect(changedSectionNames(seedStyle, out, spec)).toEqual(['11. CI/CD Pipeline'])
    // What people wrote stays as it was; the revision added nothing to it.
    expect(addedViolations(validateDesign(out, spec), validateDesign(seedStyle, spec))).toEqual([])
  })

  it('replaces a section under its own heading even where the template numbers it otherwise', () => {
    const risks =
      '## 12. Risk Assessment\n- Double spending: row lock.\n- Expiry job fails: retried.\n'
    const reply = parseSectionReply(risks, spec, seedStyle)
    expect(reply).toMatchObject({
      kind: 'sections',
      sections: [{ index: at('11'), key: '12. Risk Assessment' }],
    })
    if (reply.kind !== 'sections') throw new Error('sections expected')
    const out = spliceSections(seedStyle, reply.sections, spec)
    expect(out).toContain(risks)
    expect(out.split('## 12. Risk Assessment')).toHaveLength(2)
  })

  it("points a misspelt heading at the design's own one", () => {
    const reply = parseSectionReply('## 11. CI/CD pipeline!\n- x\n', spec, seedStyle)
    expect(reply).toMatchObject({
      kind: 'invalid',
      violations: [
        {
          line: 1,
          message:
            'Heading "## 11. CI/CD pipeline!" does not match the design: write it exactly "## 11. CI/CD Pipeline"',
        },
      ],
    })
  })

  it('lists the design’s own sections for a heading it does not have', () => {
    const reply = parseSectionReply('## Appendix\n- x\n', spec, seedStyle)
    expect(reply.kind === 'invalid' && reply.violations[0]?.message).toMatch(
      /^Unexpected heading "## Appendix": not a section of the design \(its sections are "Document Version", "1. Overview", .*"Revision History"\)$/,
    )
  })

  it('reads sections one level down when the design puts them there', () => {
    const doc = [
      '# Design Document',
      '## Health Dashboard',
      '### 1. Architecture',
      'A.',
      '### 2. Testing',
      'B.',
      '',
    ].join('\n')
    expect(sectionLevel(parseOutline(doc), spec)).toBe(3)
    expect(sectionLevel(parseOutline(design), spec)).toBe(2)
    const reply = parseSectionReply('### 2. Testing\nC.\n', spec, doc)
    if (reply.kind !== 'sections') throw new Error('sections expected')
    expect(spliceSections(doc, reply.sections, spec)).toBe(doc.replace('B.', 'C.'))
    expect(parseSectionReply('## 2. Testing\nC.\n', spec, doc).kind).toBe('invalid')
  })
})
