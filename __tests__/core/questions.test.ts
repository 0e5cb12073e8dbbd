import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { extractOpenQuestions, questionFingerprint } from '../../src/core/questions.js'
import { parseTemplate } from '../../src/core/template.js'

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')
const spec = parseTemplate(read('../../src/assets/template.md'))
const conforming = read('../fixtures/designs/conforming.md')

function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(start)) + 1
}

describe('extractOpenQuestions in the canonical form', () => {
  const expected = [
    {
      text: 'Which payment provider will be used for refunds?',
      line: lineOf(conforming, '1. **Which'),
    },
    {
      text: 'What is the expected peak load during the January returns season?',
      line: lineOf(conforming, '2. **What'),
    },
    {
      text: 'Should shipping costs be refunded when the reason is "changed my mind"?',
      line: lineOf(conforming, '3. **Should'),
    },
  ]

  it('extracts one question per item, without the "Why it matters" and "Assumption" bullets', () => {
    expect(extractOpenQuestions(conforming, spec)).toEqual(expected)
  })

  it('finds the section without a template too', () => {
    expect(extractOpenQuestions(conforming)).toEqual(expected)
  })

  it('gives the same lines with CRLF line endings', () => {
    expect(extractOpenQuestions(conforming.replace(/\n/g, '\r\n'), spec)).toEqual(expected)
  })

  it('keeps the "Why it matters" bullets of items 10 and up out of the questions', () => {
    // "10. **Q?**" puts its content at column 4, so bullets indented by 3 are not nested in it.
    const items = Array.from({ length: 11 }, (_, i) =>
      [
        `${i + 1}. **Question number ${i + 1}?**`,
        '   - Why it matters: it changes the design.',
        '   - Assumption until answered: the simple option.',
      ].join('\n'),
    )
    const doc = `# Technical Design: X\n\n## 12. Open Questions\n${items.join('\n')}\n`
    const questions = extractOpenQuestions(doc, spec)
    expect(questions.map((q) => q.text)).toEqual(
      Array.from({ length: 11 }, (_, i) => `Question number ${i + 1}?`),
    )
    expect(questions.map((q) => q.line)).toEqual(Array.from({ length: 11 }, (_, i) => 4 + 3 * i))
  })

  it('keeps an unindented bullet list after a numbered one as questions of its own', () => {
    const doc = '# T\n## Open Questions\n1. Which region?\n\n- Which queue?\n'
    expect(extractOpenQuestions(doc).map((q) => q.text)).toEqual(['Which region?', 'Which queue?'])
  })

  it('stops at the next heading of the same level', () => {
    const doc = `${conforming}\n## Next Steps\n1. **Review and approval?**\n`
    expect(extractOpenQuestions(doc, spec)).toHaveLength(3)
  })
})

describe('extractOpenQuestions in other forms', () => {
  const q = (body: string, heading = '## 12. Open Questions'): string[] =>
    extractOpenQuestions(
      `# Technical Design: X\n\n## 11. Risk Assessment\nRisky.\n\n${heading}\n${body}`,
    ).map((x) => `${x.line}: ${x.text}`)

  it('reads plain numbered and bulleted items', () => {
    expect(q('1. Which region hosts the data?\n2. _How long_ are logs kept?\n')).toEqual([
      '7: Which region hosts the data?',
      '8: How long are logs kept?',
    ])
    expect(q('- Which region?\n* Which `queue`?\n')).toEqual([
      '7: Which region?',
      '8: Which queue?',
    ])
  })

  it('reads a bold label followed by the question on the same line', () => {
    expect(q('1. **PAN validation:** should checksums be verified?\n')).toEqual([
      '7: PAN validation: should checksums be verified?',
    ])
  })

  it('reads the questions in the sub-bullets of a bold label, not its decision lines', () => {
    const body = [
      '1. **Loan types:**',
      '   - Are there loan types beyond personal and home?',
      '   - Should custom loan types be supported?',
      '   - Current decision: a fixed list',
      '2. **Expiry:**',
      '   - How long does an application stay pending?',
    ].join('\n')
    expect(q(body)).toEqual([
      '8: Are there loan types beyond personal and home?',
      '9: Should custom loan types be supported?',
      '12: How long does an application stay pending?',
    ])
  })

  it('takes a bold label as the question when no sub-bullet asks one', () => {
    const body = '- **Retention period for audit logs**\n  - Why it matters: storage cost\n'
    expect(q(body)).toEqual(['7: Retention period for audit logs'])
  })

  it('reads one question per sub-heading, and lists under grouping sub-headings', () => {
    const body = [
      '### 12.1 Which provider handles refunds?', // 7
      'Stripe is assumed.', // 8
      '', // 9
      '### 12.2 Data questions', // 10
      '- Is PII stored in the events?', // 11
      '', // 12
      '### 12.3 Rollout', // 13
      '#### Is a canary needed?', // 14
      'Maybe.', // 15
    ].join('\n')
    expect(q(body)).toEqual([
      '7: Which provider handles refunds?',
      '11: Is PII stored in the events?',
      '14: Is a canary needed?',
    ])
  })

  it('reads a table, one question per row from the Question column', () => {
    const body = [
      '| # | Question | Owner |',
      '|---|----------|-------|',
      '| T-1 | Should nginx **serve** static files? (Decision: no) | Ops |',
      '| T-2 | How is the first admin created? | Dev |',
    ].join('\n')
    expect(q(body, '## 10. Open Technical Questions')).toEqual([
      '9: Should nginx serve static files? (Decision: no)',
      '10: How is the first admin created?',
    ])
  })

  it('reads questions written as paragraphs', () => {
    expect(q('Which queue should we use?\n\n**Who owns the data?** Probably finance.\n')).toEqual([
      '7: Which queue should we use?',
      '9: Who owns the data?',
    ])
  })

  it.each([
    'None.\n',
    'None blocking implementation. All decisions are resolved.\n\n- **Deferred item.** Later.\n',
    'N/A\n',
    '- None\n',
    '_No open questions at this time._\n',
    '| # | Question |\n|---|---|\n| - | None |\n',
  ])('reads zero questions from %j', (body) => {
    expect(q(body)).toEqual([])
  })

  it('ignores intro text that does not ask', () => {
    expect(q('The following need answers:\n\n1. Which region?\n')).toEqual(['9: Which region?'])
  })

  it('does not take a heading that merely mentions questions for the section', () => {
    const doc = [
      '# Design',
      '## 6. Security',
      '### 6.7 PIN reset: three self-written recovery questions',
      '- What was your first pet?',
      '#### Question authoring',
      '- Which city were you born in?',
    ].join('\n')
    expect(extractOpenQuestions(doc)).toEqual([])
    expect(extractOpenQuestions(doc, spec)).toEqual([])
  })

  it('finds the section by the template name, then by any open-questions heading', () => {
    const custom = parseTemplate('# RFC: [x]\n## Context\n## Unresolved Items\n')
    const doc = '# RFC: y\n## Context\n- Why?\n## 12. Open Questions\n- Which one?\n'
    expect(extractOpenQuestions(doc, custom)).toEqual([{ text: 'Which one?', line: 5 }])
  })

  it('returns nothing when there is no open-questions section', () => {
    expect(extractOpenQuestions('# T\n## Overview\n- What?\n', spec)).toEqual([])
  })
})

describe('questionFingerprint', () => {
  it('is a 16-character hex hash', () => {
    expect(questionFingerprint('Which provider?')).toMatch(/^[0-9a-f]{16}$/)
  })

  it('ignores case, emphasis, numbering, punctuation and spacing', () => {
    const base = questionFingerprint('Which payment provider will be used for refunds?')
    expect(questionFingerprint('1. **Which payment provider will be used for refunds?**')).toBe(
      base,
    )
    expect(questionFingerprint('which   payment provider will be used for refunds')).toBe(base)
    expect(questionFingerprint('Which payment provider will be used, for refunds?!')).toBe(base)
  })

  it('tells different questions apart', () => {
    expect(questionFingerprint('Which payment provider?')).not.toBe(
      questionFingerprint('Which shipping provider?'),
    )
  })
})
