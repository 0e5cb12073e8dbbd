import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseTemplate } from '../../src/document/template.js'
import { addedViolations, validateDesign } from '../../src/document/validate.js'

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
        message:
          'Missing heading "### 5.2 API Design": insert it before "### 5.3 Service Layer Design"',
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
          'Missing heading "## 12. Open Questions": insert it after "## 11. Risk Assessment" and its content',
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
        message:
          'Wrong level for "## 5.2 API Design" (level 2; the template has it at level 3): write it as "### 5.2 API Design"',
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
      'Missing heading "### 3.2 Non-Functional Requirements": insert it before "## 4. Architecture Overview"',
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

describe('validateDesign on where a missing section goes', () => {
  it('reports it at the next section present, not at the end, though a later one exists', () => {
    const doc = edit('## 11. Risk Assessment', null)
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 12. Open Questions'),
        message:
          'Missing heading "## 11. Risk Assessment": insert it before "## 12. Open Questions"',
      },
    ])
  })

  it('reports a run of missing sections after the previous one, not after what follows it', () => {
    // Sections 8 to 12 are gone; an appendix (not in the template) follows section 7.
    const seven = conforming.slice(0, conforming.indexOf('## 8. Deployment')).trimEnd()
    const doc = `${seven}\n\n## Appendix A: Changes\n- First version.\n`
    const endOfSeven = seven.split('\n').length
    const violations = validateDesign(doc, spec)
    expect(violations).toHaveLength(6)
    expect(violations[0]).toEqual({
      line: endOfSeven,
      message:
        'Missing heading "## 8. Deployment Considerations": insert it after "## 7. Testing Strategy" and its content',
    })
    expect(violations[1]).toEqual({
      line: endOfSeven,
      message:
        'Missing heading "## 9. Monitoring & Observability": insert it after "## 8. Deployment Considerations" (also missing)',
    })
    expect(violations.slice(0, 5).map((v) => v.line)).toEqual(Array(5).fill(endOfSeven))
    expect(violations[5]?.line).toBe(lineOf(doc, '## Appendix A'))
    expect(violations[5]?.message).toMatch(/^Unexpected heading "## Appendix A: Changes"/)
  })

  it('names the missing section before it when several are missing in a row', () => {
    let doc = edit('### 3.2 Non-Functional', null)
    doc = edit('## 4. Architecture Overview', null, doc)
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '### 4.1 High-Level Design'),
        message:
          'Missing heading "### 3.2 Non-Functional Requirements": insert it before "### 4.1 High-Level Design"',
      },
      {
        line: lineOf(doc, '### 4.1 High-Level Design'),
        message:
          'Missing heading "## 4. Architecture Overview": insert it before "### 4.1 High-Level Design", after "### 3.2 Non-Functional Requirements" (also missing)',
      },
    ])
  })

  it('reports sections at the title when none of them is present', () => {
    const custom = parseTemplate('# RFC: [Name]\n\n## Context\n\n## Proposal\n')
    const doc = '# RFC: Faster builds\n\nWhy and how.\n\n## Notes\nCache.\n'
    expect(validateDesign(doc, custom)).toEqual([
      {
        line: 3,
        message: 'Missing heading "## Context": insert it after the title and the text under it',
      },
      {
        line: 3,
        message: 'Missing heading "## Proposal": insert it after "## Context" (also missing)',
      },
      {
        line: 5,
        message:
          'Unexpected heading "## Notes" (not in the template; put its content in the section of the template it belongs to, or delete it)',
      },
    ])
  })
})

describe('validateDesign on a broken title', () => {
  it.each([
    ['x# Technical Design: Returns', 'remove the "x" before "#"'],
    ['/# Technical Design: Returns', 'remove the "/" before "#"'],
    ['`# Technical Design: Returns', 'remove the "`" before "#"'],
    ['`# Technical Design: Returns`', 'remove the "`" before "#" and at the end'],
    ['\\# Technical Design: Returns', 'remove the "\\" before "#"'],
    [
      '    # Technical Design: Returns',
      'remove the indentation before "#" (4 spaces; 4 or more make it a code block)',
    ],
    ['#Technical Design: Returns', 'put a space after "#"'],
    ['##Technical Design: Returns', 'put a space after "##", make it level 1 ("#")'],
    ['Technical Design: Returns', 'start it with "# "'],
  ])('reports %j once, at its own line, with the fix', (line, fix) => {
    const doc = edit('# Technical Design', line)
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: 1,
        message: `The title line "${line.trim()}" is not a heading: ${fix}, so that it reads "# Technical Design: Returns"`,
      },
    ])
  })

  it('finds it after an introduction, and writes the prefix as the template does', () => {
    const doc = edit('# Technical Design', 'Here is the design.\nx# technical design — Returns')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: 2,
        message:
          'The title line "x# technical design — Returns" is not a heading: remove the "x" before "#", so that it reads "# Technical Design: Returns"',
      },
    ])
  })

  it('reports the seed-style design title at line 1, not a missing title', () => {
    const seedStyle = read('../fixtures/designs/seed-style.md')
    const violations = validateDesign(seedStyle, spec)
    expect(violations[0]).toEqual({
      line: 1,
      message:
        'The title line "/# Technical Design: Store Credit for Larkspur Market" is not a heading: remove the "/" before "#", so that it reads "# Technical Design: Store Credit for Larkspur Market"',
    })
    expect(violations.filter((v) => v.message.includes('title'))).toHaveLength(1)
  })

  it('still reports a missing title when no line reads as one', () => {
    const doc = edit('# Technical Design', 'x# Returns and refunds')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: 3,
        message: 'Missing title "# Technical Design: [Title]" (expected as the first heading)',
      },
    ])
  })
})

describe('validateDesign on sections at the wrong level', () => {
  const levelOne = conforming.replace(/^## /gm, '# ')

  it('reports every "# N. Name" section once as a wrong level, nothing missing', () => {
    const violations = validateDesign(levelOne, spec)
    expect(violations).toHaveLength(12)
    expect(violations.every((v) => v.message.startsWith('Wrong level for "# '))).toBe(true)
    expect(violations[0]).toEqual({
      line: lineOf(levelOne, '# 1. Overview'),
      message:
        'Wrong level for "# 1. Overview" (level 1; the template has it at level 2): write it as "## 1. Overview"',
    })
    expect(violations[11]?.line).toBe(lineOf(levelOne, '# 12. Open Questions'))
  })

  it('does not take the first "# N. Name" section for the title when the title is missing', () => {
    const doc = edit('# Technical Design', 'Returns', levelOne)
    const violations = validateDesign(doc, spec)
    expect(violations).toHaveLength(13)
    expect(violations[0]).toEqual({
      line: 3,
      message: 'Missing title "# Technical Design: [Title]" (expected as the first heading)',
    })
    expect(violations[1]?.message).toMatch(/^Wrong level for "# 1. Overview" \(level 1;/)
    expect(violations.filter((v) => /^(?:Missing heading|Unexpected)/.test(v.message))).toEqual([])
  })

  it('recognises sections written one level down, sub-sections deeper than the template', () => {
    const doc = conforming
      .replace(/^(#{2,4}) /gm, '#$1 ')
      .replace(/^### 1\. Overview/m, '## Returns\n\n### 1. Overview')
    const violations = validateDesign(doc, spec)
    expect(violations).toHaveLength(1 + spec.sections.length)
    expect(violations[0]?.message).toMatch(/^Unexpected heading "## Returns"/)
    expect(violations.slice(1).every((v) => v.message.startsWith('Wrong level for'))).toBe(true)
    expect(violations).toContainEqual({
      line: lineOf(doc, '#### 3.1 Functional'),
      message:
        'Wrong level for "#### 3.1 Functional Requirements" (level 4; the template has it at level 3): write it as "### 3.1 Functional Requirements"',
    })
  })
})

describe('validateDesign on a renamed or translated heading', () => {
  const rename = (found: string, wanted: string): string =>
    `Heading "${found}" stands where "${wanted}" belongs: rename it to exactly "${wanted}" (template headings are copied word for word, not translated or reworded)`

  it('reports a translated heading once, as a rename', () => {
    const doc = edit('## 5. Detailed Design', '## 5. Diseño Detallado')
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 5. Diseño'),
        message: rename('## 5. Diseño Detallado', '## 5. Detailed Design'),
      },
    ])
  })

  it('pairs a heading without a number between the neighbours of the one missing section', () => {
    const doc = edit('## 5. Detailed Design', '## Diseño')
    expect(validateDesign(doc, spec)).toEqual([
      { line: lineOf(doc, '## Diseño'), message: rename('## Diseño', '## 5. Detailed Design') },
    ])
  })

  it('pairs the first and the last section, and several in a row with their numbers', () => {
    let doc = edit('## 1. Overview', '## 1. Resumen')
    doc = edit('## 7. Testing Strategy', '## 7. Pruebas', doc)
    doc = edit('## 8. Deployment', '## 8. Despliegue', doc)
    doc = edit('## 12. Open Questions', '## 12. Preguntas abiertas', doc)
    expect(validateDesign(doc, spec)).toEqual([
      { line: lineOf(doc, '## 1. Resumen'), message: rename('## 1. Resumen', '## 1. Overview') },
      {
        line: lineOf(doc, '## 7. Pruebas'),
        message: rename('## 7. Pruebas', '## 7. Testing Strategy'),
      },
      {
        line: lineOf(doc, '## 8. Despliegue'),
        message: rename('## 8. Despliegue', '## 8. Deployment Considerations'),
      },
      {
        line: lineOf(doc, '## 12. Preguntas'),
        message: rename('## 12. Preguntas abiertas', '## 12. Open Questions'),
      },
    ])
  })

  it('places a missing section before the renamed one that follows it', () => {
    let doc = edit('## 5. Detailed Design', '## 5. Diseño Detallado')
    doc = edit('### 4.2 Affected', null, doc)
    expect(validateDesign(doc, spec)).toEqual([
      {
        line: lineOf(doc, '## 5. Diseño'),
        message: rename('## 5. Diseño Detallado', '## 5. Detailed Design'),
      },
      {
        line: lineOf(doc, '## 5. Diseño'),
        message:
          'Missing heading "### 4.2 Affected Microservices": insert it before "## 5. Diseño Detallado"',
      },
    ])
  })

  it('pairs in a template without numbers', () => {
    const custom = parseTemplate('# RFC: [Name]\n\n## Context\n\n## Proposal\n\n## Rollout\n')
    const doc = '# RFC: X\n\n## Contexto\nText.\n\n## Proposal\nCache.\n\n## Rollout\nSoon.\n'
    expect(validateDesign(doc, custom)).toEqual([
      { line: 3, message: rename('## Contexto', '## Context') },
    ])
  })

  // [case, design, violations, of which "Unexpected heading"]
  it.each([
    [
      'two headings where one section is missing',
      () => edit('## 7. Testing', '## A\n\n## B'),
      3,
      2,
    ],
    ['two headings with its number', () => edit('## 7. Testing', '## 7. A\n\n## 7. B'), 3, 2],
    [
      'two sections missing for one heading',
      () => edit('## 8. Deployment', null, edit('## 7. Testing', '## Pruebas')),
      3,
      1,
    ],
    ['a number that disagrees', () => edit('## 12. Open Questions', '## 13. Preguntas'), 2, 1],
  ])('does not pair when it is ambiguous: %s', (_, doc: () => string, count, unexpected) => {
    const violations = validateDesign(doc(), spec)
    expect(violations).toHaveLength(count)
    expect(violations.filter((v) => v.message.includes('stands where'))).toEqual([])
    expect(violations.filter((v) => v.message.startsWith('Unexpected heading'))).toHaveLength(
      unexpected,
    )
  })

  it('does not take an appendix for a missing last section', () => {
    const doc =
      conforming.slice(0, conforming.indexOf('## 12. Open Questions')) +
      '## Next Steps\n- Review.\n'
    expect(validateDesign(doc, spec).map((v) => v.message)).toEqual([
      'Missing heading "## 12. Open Questions": insert it after "## 11. Risk Assessment" and its content',
      'Unexpected heading "## Next Steps" (not in the template; put its content in the section of the template it belongs to, or delete it)',
    ])
  })

  it('does not pair when the design numbers its sections its own way', () => {
    // Section 2 is present but numbered 1: its neighbours do not confirm the template's numbers.
    let doc = edit('## 1. Overview', '## 0. Resumen')
    doc = edit('## 2. Business', '## 1. Business Requirements Summary', doc)
    doc = edit('## 3. Technical Requirements', '## 3. Requisitos', doc)
    const violations = validateDesign(doc, spec)
    expect(violations.filter((v) => v.message.includes('stands where'))).toEqual([])
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

describe('addedViolations', () => {
  it('counts what is new, whatever line it moved to', () => {
    const before = [
      { line: 10, message: 'Code block not allowed (language "sql")' },
      { line: 20, message: 'Duplicate heading "## 7" (already at line 4)' },
    ]
    const after = [
      { line: 12, message: 'Code block not allowed (language "sql")' },
      { line: 30, message: 'Code block not allowed (language "sql")' },
      { line: 22, message: 'Duplicate heading "## 7" (already at line 6)' },
    ]
    expect(addedViolations(after, before)).toEqual([
      { line: 30, message: 'Code block not allowed (language "sql")' },
    ])
    expect(addedViolations(before, after)).toEqual([])
  })
})

describe('addedViolations with missing sections', () => {
  it('does not count a missing section as added when only the headings around it changed', () => {
    // People's design lacks sections 8 to 12; a revision adds section 8 only.
    const seven = conforming.slice(0, conforming.indexOf('## 8. Deployment')).trimEnd()
    const peoples = `${seven}\n`
    const revised = `${seven}\n\n## 8. Deployment Considerations\nBlue-green.\n`
    const before = validateDesign(peoples, spec)
    const after = validateDesign(revised, spec)
    expect(after).toHaveLength(4)
    expect(after[0]?.message).toBe(
      'Missing heading "## 9. Monitoring & Observability": insert it after "## 8. Deployment Considerations" and its content',
    )
    expect(before.map((v) => v.message)).not.toContain(after[0]?.message)
    expect(addedViolations(after, before)).toEqual([])
    // A section missing that was there before is added.
    const dropped = validateDesign(edit('## 7. Testing Strategy', null, peoples), spec)
    expect(addedViolations(dropped, before).map((v) => v.message)).toEqual([
      'Missing heading "## 7. Testing Strategy": insert it after "### 6.1 Dependencies" and its content',
    ])
  })
})
