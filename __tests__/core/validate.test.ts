import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseTemplate } from '../../src/core/template.js'
import { validateDesign } from '../../src/core/validate.js'

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')
const spec = parseTemplate(read('../../src/assets/template.md'))
const conforming = read('../fixtures/designs/conforming.md')

/** 1-based line of the first line of `text` that starts with `start`. */
function lineOf(text: string, start: string): number {
  const index = text.split('\n').findIndex((l) => l.startsWith(start))
  if (index < 0) throw new Error(`no line starts with ${start}`)
  return index + 1
}

/** The design with one line replaced (or removed when `by` is null). */
function edit(start: string, by: string | null, text = conforming): string {
  const lines = text.split('\n')
  const index = lineOf(text, start) - 1
  if (by === null) lines.splice(index, 1)
  else lines[index] = by
  return lines.join('\n')
}

describe('validateDesign on a conforming design', () => {
  it('finds nothing wrong', () => {
    expect(validateDesign(conforming, spec)).toEqual([])
  })

  it('finds nothing wrong with CRLF line endings either', () => {
    expect(validateDesign(conforming.replace(/\n/g, '\r\n'), spec)).toEqual([])
  })

  it('allows sub-headings deeper than the template (#### inside 5.2)', () => {
    expect(conforming).toContain('#### Customer endpoints')
    expect(validateDesign(conforming, spec)).toEqual([])
  })

  it('tolerates whitespace, inline formatting and "1" for "1." in headings', () => {
    let doc = edit('## 9. Monitoring', '##   9.   Monitoring  &  Observability')
    doc = edit('## 1. Overview', '## **1. Overview**', doc)
    doc = edit('## 7. Testing Strategy', '## 7 Testing Strategy', doc)
    expect(validateDesign(doc, spec)).toEqual([])
  })
})

describe('validateDesign on the title', () => {
  it('reports a title that still holds the placeholder', () => {
    const doc = edit('# Technical Design', '# Technical Design: [Title]')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: 1,
        message: 'Title "# Technical Design: [Title]" still holds the template placeholder [Title]',
      },
    ])
  })

  it('reports a title with no name', () => {
    const doc = edit('# Technical Design', '# Technical Design:')
    expect(validateDesign(doc, spec)).toEqual([
      { line: 1, message: 'Title "# Technical Design:" has no name after "Technical Design:"' },
    ])
  })

  it('reports a title with another prefix', () => {
    const doc = edit('# Technical Design', '# Design Doc: Returns')
    expect(validateDesign(doc, spec)).toEqual([
      { line: 1, message: 'Title "# Design Doc: Returns" must start with "Technical Design:"' },
    ])
  })

  it('reports a title at the wrong level', () => {
    const doc = edit('# Technical Design', '## Technical Design: Returns')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: 1,
        message:
          'Title "## Technical Design: Returns" must be a level-1 heading ("# Technical Design: [Title]")',
      },
    ])
  })

  it('reports a missing title at the first heading', () => {
    const doc = edit('# Technical Design', 'Returns design')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: 3,
        message: 'Missing title "# Technical Design: [Title]" (expected as the first heading)',
      },
    ])
  })
})

describe('validateDesign on headings', () => {
  it('reports a missing heading where it should have appeared', () => {
    const doc = edit('### 5.2 API Design', null)
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '### 5.3 Service Layer Design'),
        message: 'Missing heading "### 5.2 API Design" (expected after "### 5.1 Data Model")',
      },
    ])
  })

  it('reports a missing last section at the end of the document', () => {
    const doc = conforming.slice(0, conforming.indexOf('## 12. Open Questions'))
    const violations = validateDesign(doc, spec)
    expect(violations).toEqual([
      {
        line: doc.trimEnd().split('\n').length,
        message:
          'Missing heading "## 12. Open Questions" (expected after "## 11. Risk Assessment")',
      },
    ])
  })

  it('reports a wrong number', () => {
    const doc = edit('## 12. Open Questions', '## 13. Open Questions')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 13. Open Questions'),
        message:
          'Wrong number on heading "## 13. Open Questions": expected number 12 ("## 12. Open Questions")',
      },
    ])
  })

  it('reports a wrong name, "and" for "&" included', () => {
    const doc = edit('## 9. Monitoring', '## 9. Monitoring and Observability')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 9. Monitoring'),
        message:
          'Wrong name on heading "## 9. Monitoring and Observability": expected "## 9. Monitoring & Observability"',
      },
    ])
  })

  it('reports a renamed heading that keeps its number and a word of its name', () => {
    const doc = edit('## 9. Monitoring', '## 9. Monitoring and Alerting')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 9. Monitoring'),
        message:
          'Wrong name on heading "## 9. Monitoring and Alerting": expected "## 9. Monitoring & Observability"',
      },
    ])
  })

  it('reports a wrong level', () => {
    const doc = edit('### 5.2 API Design', '## 5.2 API Design')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 5.2 API Design'),
        message: 'Wrong level for "## 5.2 API Design": expected level 3 ("### 5.2 API Design")',
      },
    ])
  })

  it('reports a duplicate heading', () => {
    const doc = edit(
      '## 8. Deployment',
      '## 8. Deployment Considerations\n\n### 5.1 Data Model\nAgain.\n',
    )
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 8. Deployment') + 2,
        message: `Duplicate heading "### 5.1 Data Model" (already at line ${lineOf(doc, '### 5.1')})`,
      },
    ])
  })

  it('reports a heading out of order', () => {
    const lines = conforming.split('\n')
    const seven = lineOf(conforming, '## 7. Testing') - 1
    const eight = lineOf(conforming, '## 8. Deployment') - 1
    const nine = lineOf(conforming, '## 9. Monitoring') - 1
    // Swap sections 7 and 8, bodies included.
    const doc = [
      ...lines.slice(0, seven),
      ...lines.slice(eight, nine),
      ...lines.slice(seven, eight),
      ...lines.slice(nine),
    ].join('\n')
    const violations = validateDesign(doc, spec)
    expect(violations).toEqual([
      {
        line: lineOf(doc, '## 7. Testing'),
        message:
          'Heading "## 7. Testing Strategy" is out of order (the template puts it between "### 6.1 Dependencies" and "## 8. Deployment Considerations")',
      },
    ])
  })

  it('reports an extra section at a template level', () => {
    const doc = conforming + '\n## 13. Next Steps\n- Review the design.\n'
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 13. Next Steps'),
        message:
          'Unexpected heading "## 13. Next Steps" (not in the template; put its content in the section of the template it belongs to, or delete it)',
      },
    ])
  })

  it('reports an extra sub-section at a template level, with a hint', () => {
    const doc = edit(
      '## 6. Implementation Plan',
      '### 5.5 Event Flows\nText.\n\n## 6. Implementation Plan',
    )
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '### 5.5 Event Flows'),
        message:
          'Unexpected heading "### 5.5 Event Flows" (not in the template; sub-headings inside a section must be level 4 or deeper)',
      },
    ])
  })

  it('does not take "#" lines inside code blocks for headings', () => {
    const doc = edit(
      '## 11. Risk',
      '```mermaid\nflowchart TD\n# not a heading\n```\n\n## 11. Risk Assessment',
    )
    expect(validateDesign(doc, spec)).toEqual([])
  })

  it('reports each of several problems once, in line order', () => {
    let doc = edit('### 3.2 Non-Functional', null)
    doc = edit('## 10. Security', '## 10. Security', doc)
    doc = edit('## 12. Open Questions', '## 12. Questions', doc)
    const violations = validateDesign(doc, spec)
    expect(violations.map((v) => v.message)).toEqual([
      'Missing heading "### 3.2 Non-Functional Requirements" (expected after "### 3.1 Functional Requirements")',
      'Wrong name on heading "## 10. Security": expected "## 10. Security Considerations"',
      'Wrong name on heading "## 12. Questions": expected "## 12. Open Questions"',
    ])
    expect(violations.map((v) => v.line)).toEqual([
      lineOf(doc, '## 4. Architecture'),
      lineOf(doc, '## 10. Security'),
      lineOf(doc, '## 12. Questions'),
    ])
  })
})

describe('validateDesign on the complexity line', () => {
  const complexityLine = lineOf(conforming, '- **Estimated Complexity**')

  it.each([
    '- **Estimated Complexity**: medium',
    '- **Estimated Complexity**: HIGH',
    '- **Estimated Complexity:** Low',
    '- **Estimated Complexity**: **Medium**',
    '- **Estimated Complexity**: Medium — three services change, one is new',
    '- **Estimated Complexity**: Medium (one new service)',
    '- **Estimated Complexity**: Medium - one new service',
  ])('accepts %j', (line) => {
    expect(validateDesign(edit('- **Estimated Complexity**', line), spec)).toEqual([])
  })

  it.each([
    ['Medium-High', '- **Estimated Complexity**: Medium-High'],
    ['Medium/High', '- **Estimated Complexity**: Medium/High'],
    ['Medium to High', '- **Estimated Complexity**: Medium to High'],
    ['Moderate', '- **Estimated Complexity**: Moderate'],
    ['', '- **Estimated Complexity**:'],
  ])('rejects %j', (value, line) => {
    expect(validateDesign(edit('- **Estimated Complexity**', line), spec)).toEqual([
      {
        line: complexityLine,
        message: `"Estimated Complexity" must be exactly one of High, Medium, Low (found "${value}")`,
      },
    ])
  })

  it('rejects the placeholder', () => {
    const doc = edit('- **Estimated Complexity**', '- **Estimated Complexity**: [High/Medium/Low]')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: complexityLine,
        message:
          '"Estimated Complexity" still holds the template placeholder [High/Medium/Low]: choose one of High, Medium, Low',
      },
    ])
  })

  it('reports a missing line at its section heading', () => {
    const doc = edit('- **Estimated Complexity**', null)
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 1. Overview'),
        message: 'Missing "- **Estimated Complexity**: High/Medium/Low" line in "## 1. Overview"',
      },
    ])
  })

  it('reports the line outside its section', () => {
    let doc = edit('- **Estimated Complexity**', null)
    doc = edit(
      '## 2. Business',
      '## 2. Business Requirements Summary\n- **Estimated Complexity**: Low',
      doc,
    )
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '- **Estimated Complexity**'),
        message: 'The "Estimated Complexity" line must be in "## 1. Overview"',
      },
    ])
  })

  it('reports a line that is not a bold list item, and a duplicate', () => {
    const doc = edit(
      '- **Estimated Complexity**',
      'Estimated Complexity: Medium\n\n- **Estimated Complexity**: Low',
    )
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: complexityLine,
        message:
          'Write the "Estimated Complexity" line as "- **Estimated Complexity**: High/Medium/Low"',
      },
      {
        line: complexityLine + 2,
        message: `Duplicate "Estimated Complexity" line (first at line ${complexityLine})`,
      },
    ])
  })
})

describe('validateDesign on Open Questions and code blocks', () => {
  it('reports an empty Open Questions section', () => {
    const doc = conforming.slice(0, conforming.indexOf('1. **Which payment'))
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 12. Open Questions'),
        message:
          'Section "## 12. Open Questions" is empty: list the open questions, or write "None"',
      },
    ])
  })

  it('accepts an Open Questions section that says None', () => {
    const doc = conforming.slice(0, conforming.indexOf('1. **Which payment')) + 'None.\n'
    expect(validateDesign(doc, spec)).toEqual([])
  })

  it('reports fenced code blocks other than mermaid, with their language', () => {
    const doc = edit(
      '## 7. Testing Strategy',
      '## 7. Testing Strategy\n\n```python\ndef test(): pass\n```\n\n- step\n  ```\n  make test\n  ```',
    )
    const at = lineOf(doc, '## 7. Testing Strategy')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: at + 2,
        message:
          'Code block not allowed (language "python"): only ```mermaid diagrams may be fenced',
      },
      {
        line: at + 7,
        message: 'Code block not allowed (no language): only ```mermaid diagrams may be fenced',
      },
    ])
  })
})

describe('validateDesign on what the Open Questions section holds', () => {
  const withQuestions = (body: string): string =>
    conforming.slice(0, conforming.indexOf('1. **Which payment')) + body
  const messages = (body: string): string[] =>
    validateDesign(withQuestions(body), spec).map((v) => v.message)

  it('accepts questions in every form people and models write them', () => {
    const body = [
      '1. **Data retention**: How long are returns kept? (Suggested: seven years)',
      '2. **Loan types:**',
      '   - Are there types beyond personal and home?',
      '   - Current decision: a fixed list',
      '3. 退货需要保留多久？',
      '4. Confirm whether refunds over 500 EUR need approval.',
      '',
      '| # | Question |',
      '|---|---|',
      '| 5 | Which carrier prints labels? |',
    ].join('\n')
    expect(messages(body)).toEqual([])
  })

  it('says where statements belong, so a repair moves them out', () => {
    expect(messages('1. Which carrier?\n2. Add an export to CSV later\n')).toEqual([
      'Not a question: "Add an export to CSV later" in "## 12. Open Questions", which holds only questions a person can answer: ask it as a question, move planned work to "## 6. Implementation Plan" and risks to "## 11. Risk Assessment", or delete it',
    ])
  })

  it('reports resolved items and sub-sections without questions', () => {
    const body = [
      '1. ~~Which carrier?~~ [RESOLVED] DHL',
      '2. Which region?',
      '',
      '#### Future Enhancements',
      '- Offline mode',
    ].join('\n')
    expect(messages(body)).toEqual([
      'Resolved item "Which carrier? [RESOLVED] DHL" in "## 12. Open Questions": delete it there and write its decision into the sections it affects',
      'Sub-section "Future Enhancements" in "## 12. Open Questions" holds no open questions: move planned work to "## 6. Implementation Plan" and risks to "## 11. Risk Assessment", or delete it',
    ])
  })

  it('names only "delete it" when the template has no section for such content', () => {
    const custom = parseTemplate('# RFC: [Name]\n\n## Context\n\n## Open Questions\n')
    const doc = '# RFC: X\n\n## Context\nText.\n\n## Open Questions\n- Ship it in May\n'
    expect(validateDesign(doc, custom).map((v) => v.message)).toEqual([
      'Not a question: "Ship it in May" in "## Open Questions", which holds only questions a person can answer: ask it as a question, delete it',
    ])
  })
})

describe('validateDesign on mermaid blocks', () => {
  const withBlock = (content: string): string =>
    edit('## 7. Testing Strategy', `## 7. Testing Strategy\n\n\`\`\`mermaid\n${content}\n\`\`\`\n`)

  it.each([
    'flowchart TD\n  A --> B',
    'graph LR\n  A --> B',
    'sequenceDiagram\n  A->>B: hi',
    'erDiagram\n  A ||--o{ B : has',
    'stateDiagram-v2\n  [*] --> A',
    'C4Context\n  title X',
    '---\ntitle: Returns\n---\nflowchart TD\n  A --> B',
    '%%{init: {"theme": "dark"}}%%\n%% a comment\n\nclassDiagram\n  A <|-- B',
  ])('accepts a diagram: %j', (content) => {
    expect(validateDesign(withBlock(content), spec)).toEqual([])
  })

  it.each([
    ['CREATE TABLE returns (id uuid);', 'its first line is "CREATE TABLE returns (id uuid);"'],
    ['', 'it is empty'],
    ['graphs are nice', 'its first line is "graphs are nice"'],
    ['Flowchart TD\n  A --> B', 'its first line is "Flowchart TD"'],
  ])('reports a block that is not a diagram: %j', (content, found) => {
    const doc = withBlock(content)
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: doc.split('\n').lastIndexOf('```mermaid') + 1,
        message: `The \`\`\`mermaid block holds no Mermaid diagram (${found}): start it with a diagram type such as "flowchart TD" or "sequenceDiagram", or remove the block`,
      },
    ])
  })
})

describe('validateDesign with a repository template', () => {
  const custom = parseTemplate(
    '# RFC: [Name]\n\n## Context\n- **Risk**: [Red/Amber/Green]\n\n## Proposal\n\n## Rollout\n',
  )

  it('enforces the structure derived from that template', () => {
    const ok =
      '# RFC: Faster builds\n\n## Context\n- **Risk**: Amber\n\n## Proposal\nCache.\n\n## Rollout\nSoon.\n'
    expect(validateDesign(ok, custom)).toEqual([])
    const numbered = ok.replace('## Proposal', '## 2. Proposal')
    expect(validateDesign(numbered, custom)).toEqual([
      {
        line: 6,
        message:
          'Wrong number on heading "## 2. Proposal": the template does not number it ("## Proposal")',
      },
    ])
  })
})
