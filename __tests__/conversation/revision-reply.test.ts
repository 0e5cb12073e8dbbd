import { describe, expect, it } from '@jest/globals'
import { parseRevisionReply } from '../../src/conversation/revision-reply.js'
import { parseSectionReply } from '../../src/conversation/section-reply.js'
import { spliceSections } from '../../src/conversation/splice.js'
import { validateDesign } from '../../src/document/validate.js'
import { design, sectionsOf, spec } from '../support/revision-fixtures.js'

const edit = (section: string, old: string, now: string) =>
  `<replace section="${section}">\n<old>\n${old}\n</old>\n<new>\n${now}\n</new>\n</replace>`

describe('parseRevisionReply', () => {
  it('reads a reply without edits exactly as a reply of sections', () => {
    for (const reply of [
      'NO CHANGES',
      `${sectionsOf(design).get('## 7. Testing Strategy')}`,
      '## 99. Nonsense\nText.',
    ]) {
      expect(parseRevisionReply(reply, spec, design)).toEqual(
        parseSectionReply(reply, spec, design),
      )
    }
  })

  it('turns placed edits into sections, counted', () => {
    const reply = [
      edit('5. Detailed Design', 'at most 5 attempts', 'at most 8 attempts'),
      edit('7. Testing Strategy', 'Unit tests (pytest)', 'Unit tests (pytest, hypothesis)'),
    ].join('\n\n')
    const parsed = parseRevisionReply(reply, spec, design)
    expect(parsed).toMatchObject({
      kind: 'sections',
      edits: { placed: 2, loose: 0, unplaced: 0 },
      removed: [],
    })
    if (parsed.kind !== 'sections') throw new Error('not sections')
    const after = spliceSections(design, parsed.sections, spec)
    expect(after).toBe(
      design
        .replace('at most 5 attempts', 'at most 8 attempts')
        .replace('Unit tests (pytest)', 'Unit tests (pytest, hypothesis)'),
    )
    expect(validateDesign(after, spec)).toEqual([])
  })

  it('takes edits and whole sections together, the whole section winning over edits in it', () => {
    const testing = sectionsOf(design).get('## 7. Testing Strategy')!
    const whole = testing.replace('- **Load test**', '- **Soak test**: 24 hours.\n- **Load test**')
    const reply = [
      'Here are the changes:',
      '',
      edit('5. Detailed Design', 'at most 5 attempts', 'at most 8 attempts'),
      '',
      whole.trimEnd(),
      '',
      edit('7. Testing Strategy', 'Unit tests (pytest)', 'Unit tests'),
    ].join('\n')
    const parsed = parseRevisionReply(reply, spec, design)
    expect(parsed.kind).toBe('sections')
    if (parsed.kind !== 'sections') return
    expect(parsed.sections.map((s) => [s.key, s.fromEdits ?? false])).toEqual([
      ['7. Testing Strategy', false],
      ['5. Detailed Design', true],
    ])
    expect(parsed.removed).toEqual([
      'introduction before the sections: "Here are the changes:"',
      '1 edit inside sections the reply also returned whole (the whole sections were taken)',
    ])
    const after = spliceSections(design, parsed.sections, spec)
    expect(after).toContain('- **Soak test**: 24 hours.')
    expect(after).toContain('Unit tests (pytest)')
    expect(after).toContain('at most 8 attempts')
  })

  it('sets chatter around the edits aside, as wrapping', () => {
    const reply = `Here are my edits.\n\`\`\`xml\n${edit('5. Detailed Design', 'at most 5 attempts', 'at most 8 attempts')}\n\`\`\`\nThat is all.`
    const parsed = parseRevisionReply(reply, spec, design)
    expect(parsed).toMatchObject({
      kind: 'sections',
      removed: ['text outside the edits: "Here are my edits. That is all."'],
    })
  })

  it('asks for the section of an edit that cannot be placed, at its line, and applies the rest', () => {
    const reply = [
      edit('7. Testing Strategy', 'Unit tests (pytest)', 'Unit tests'),
      edit('5. Detailed Design', 'at most five attempts', 'at most 8 attempts'),
    ].join('\n')
    const parsed = parseRevisionReply(reply, spec, design)
    expect(parsed).toMatchObject({
      kind: 'invalid',
      skipped: 1,
      edits: { placed: 1, loose: 0, unplaced: 1 },
      violations: [
        {
          line: 9,
          message: expect.stringMatching(
            /^The <replace> edit in "5\. Detailed Design" was not applied: it is not in that section.*None of your edits in "5\. Detailed Design" were applied: return that section whole instead/,
          ),
        },
      ],
    })
    if (parsed.kind === 'invalid') {
      expect(parsed.sections.map((s) => s.key)).toEqual(['7. Testing Strategy'])
    }
  })

  it('asks for the section by name when an edit names none and its text is nowhere', () => {
    const parsed = parseRevisionReply(
      '<replace><old>no such text</old><new>x</new></replace>',
      spec,
      design,
    )
    expect(parsed.kind === 'invalid' && parsed.violations[0]?.message).toMatch(
      /^The <replace> edit was not applied: it is not in the design.*; name the section it is in/,
    )
  })

  it('reports an edit it cannot read beside the problems of the sections', () => {
    const reply = [
      '<replace section="1. Overview"><new>x</new></replace>',
      '## 13. Appendix',
      'x',
    ].join('\n')
    const parsed = parseRevisionReply(reply, spec, design)
    expect(parsed.kind).toBe('invalid')
    if (parsed.kind !== 'invalid') return
    expect(parsed.violations.map((v) => v.line)).toEqual([1, 2])
    expect(parsed.skipped).toBe(2)
  })
})
