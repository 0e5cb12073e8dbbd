import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  extractOpenQuestions,
  questionFingerprint,
  readOpenQuestions,
} from '../../src/document/questions.js'
import { parseTemplate } from '../../src/document/template.js'

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
      '8: Loan types: Are there loan types beyond personal and home?',
      '9: Loan types: Should custom loan types be supported?',
      '12: Expiry: How long does an application stay pending?',
    ])
  })

  it('does not take a bold label that asks nothing for a question', () => {
    const body = '- **Retention period for audit logs**\n  - Why it matters: storage cost\n'
    expect(q(body)).toEqual([])
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
      '| T-1 | Should nginx **serve** static files? | Ops |',
      '| T-2 | How is the first admin created? (seeded from an env variable) | Dev |',
    ].join('\n')
    expect(q(body, '## 10. Open Technical Questions')).toEqual([
      '9: Should nginx serve static files?',
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

describe('readOpenQuestions: only what is open, in its own words', () => {
  const read = (body: string) =>
    readOpenQuestions(
      `# Technical Design: X\n\n## 11. Risk Assessment\nRisky.\n\n## 12. Open Questions\n${body}`,
      spec,
    )
  const asked = (body: string): string[] => read(body).questions.map((x) => `${x.line}: ${x.text}`)
  const others = (body: string): string[] =>
    read(body).notQuestions.map((x) => `${x.line} ${x.kind}: ${x.text}`)

  it('posts the question after a label with the label, not the default answer after it', () => {
    const body =
      '1. **Data Retention**: How long should applications be retained? (Suggested: one year)\n'
    expect(asked(body)).toEqual(['7: Data Retention: How long should applications be retained?'])
  })

  it('reads questions in any script', () => {
    const body = [
      '1. **数据保留**：申请需要保留多久？（建议：一年）',
      '2. 是否需要支持多语言？',
      '3. データの保持期間は？',
      '4. ما هي مدة الاحتفاظ بالبيانات؟',
    ].join('\n')
    expect(asked(body)).toEqual([
      '7: 数据保留: 申请需要保留多久？',
      '8: 是否需要支持多语言？',
      '9: データの保持期間は？',
      '10: ما هي مدة الاحتفاظ بالبيانات؟',
    ])
  })

  it('reads an item that asks to decide without a question mark', () => {
    expect(asked('- Confirm whether the SLA is 99.9% or 99.99%.\n')).toEqual([
      '7: Confirm whether the SLA is 99.9% or 99.99%.',
    ])
  })

  it('leaves out struck-through, resolved, decided and checked-off items', () => {
    const body = [
      '1. ~~**Should responses be cached?**~~ [RESOLVED] yes, for an hour', // 7
      '2. **Which region hosts the data?** [RESOLVED in v2.0] EU', // 8
      '3. **Which queue carries the events?**', // 9
      '   - **Decision**: SQS, one queue per tenant', // 10
      '4. **Who approves refunds?** ✅', // 11
      '- [x] Is a canary release needed?', // 12
      '- [ ] Is a feature flag needed?', // 13
      '5. **How are refunds audited?**', // 14
      '   - Current decision: an audit table, until someone says otherwise', // 15
    ].join('\n')
    expect(asked(body)).toEqual(['13: Is a feature flag needed?', '14: How are refunds audited?'])
    expect(others(body).map((o) => o.slice(0, 12))).toEqual([
      '7 resolved: ',
      '8 resolved: ',
      '9 resolved: ',
      '11 resolved:',
      '12 resolved:',
    ])
  })

  it('reads a table with a decision column: decided rows are not open', () => {
    const body = [
      '| # | Question | Decision |', // 7
      '|---|---|---|',
      '| 1 | Which CDN serves the assets? | CloudFront |', // 9
      '| 2 | How long are logs kept? | TBD |', // 10
      '| 3 | Who owns the data? (Decision: finance) | |', // 11
      '| 4 | Data residency | |', // 12
      '| 5 | Who approves refunds? (Decision: TBD) | |', // 13
      '| 6 | Which carrier? | |', // 14
    ].join('\n')
    expect(asked(body)).toEqual([
      '10: How long are logs kept?',
      '12: Data residency',
      '13: Who approves refunds?',
      '14: Which carrier?',
    ])
    // A proposed decision is an assumption: the row is still open.
    const proposed = body
      .replace('| Decision |', '| Proposed decision |')
      .replace(' (Decision: finance)', '')
    expect(others(proposed)).toEqual([])
    expect(asked(proposed)).toHaveLength(6)
    expect(others(body)).toEqual([
      '9 resolved: Which CDN serves the assets?',
      '11 resolved: Who owns the data? (Decision: finance)',
    ])
  })

  it('does not take enhancements, next steps or answers for questions', () => {
    const body = [
      '### 12.1 Clarification Needed', // 7
      '1. Which identity provider do we use?', // 8
      '', // 9
      '### 12.2 Future Enhancements', // 10
      '1. Offline mode for the mobile app', // 11
      '2. Export to CSV', // 12
      '', // 13
      '### 12.3 Decisions still to make', // 14
      '1. Should exports be synchronous?', // 15
      '2. Should exports be emailed?', // 16
      '', // 17
      'My recommendation:', // 18
      '', // 19
      '- Synchronous exports up to 10 MB', // 20
      '- Email the link, not the file', // 21
    ].join('\n')
    expect(asked(body)).toEqual([
      '8: Which identity provider do we use?',
      '15: Should exports be synchronous?',
      '16: Should exports be emailed?',
    ])
    expect(others(body)).toEqual([
      '10 sub-section: Future Enhancements',
      '20 statement: Synchronous exports up to 10 MB',
      '21 statement: Email the link, not the file',
    ])
  })

  it('reports an appendix moved under the section as a sub-section without questions', () => {
    const body = '1. Which region?\n\n#### Appendix A: Changes from v1\n- Renamed the queue\n'
    expect(asked(body)).toEqual(['7: Which region?'])
    expect(others(body)).toEqual(['9 sub-section: Appendix A: Changes from v1'])
  })

  it('takes "None" with deferred items after it for no questions, the items for statements', () => {
    const body = [
      'None blocking implementation. All decisions are resolved.', // 7
      '', // 8
      'The following are deferred by design:', // 9
      '', // 10
      '- **Credentials.** Kept in the config file for now.', // 11
    ].join('\n')
    expect(asked(body)).toEqual([])
    expect(others(body)).toEqual(['11 statement: Credentials. Kept in the config file for now.'])
  })

  it('leaves out a resolved sub-heading with all under it, and a struck sub-question', () => {
    const body = [
      '#### ~~Which CDN?~~ Resolved', // 7
      '- Is CloudFront enough?', // 8
      '', // 9
      '#### Open', // 10
      '1. **Exports:**', // 11
      '   - ~~Are exports synchronous?~~ yes', // 12
      '   - Are exports emailed?', // 13
    ].join('\n')
    expect(asked(body)).toEqual(['13: Exports: Are exports emailed?'])
    expect(others(body)).toEqual([
      '7 resolved: Which CDN? Resolved',
      '12 resolved: Are exports synchronous? yes',
    ])
  })

  it('reads a table without a question column by what each row says', () => {
    const body =
      '| Topic | Owner |\n|---|---|\n| Which region hosts backups? | Ops |\n| Backups nightly | Ops |\n'
    expect(asked(body)).toEqual(['9: Which region hosts backups?'])
    expect(others(body)).toEqual(['10 statement: Backups nightly'])
  })

  it('reads a paragraph of questions line by line, and a struck one as resolved', () => {
    const body = 'Which region?\nWhich queue?\n\n~~Which CDN?~~ CloudFront.\n'
    expect(asked(body)).toEqual(['7: Which region?', '8: Which queue?'])
    expect(others(body)).toEqual(['10 resolved: Which CDN? CloudFront.'])
  })

  it('accepts the product form and "None." without remarks', () => {
    expect(read('None.\n').notQuestions).toEqual([])
    expect(readOpenQuestions(conforming, spec).notQuestions).toEqual([])
  })

  it('has no section to read in a design without one', () => {
    expect(readOpenQuestions('# T\n## Overview\nText.\n', spec)).toEqual({
      heading: null,
      questions: [],
      notQuestions: [],
    })
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
