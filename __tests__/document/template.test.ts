import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { formatSection } from '../../src/document/heading-names.js'
import { parseTemplate, TemplateError } from '../../src/document/template.js'

const defaultTemplate = readFileSync(
  new URL('../../src/assets/template.md', import.meta.url),
  'utf8',
)

describe('parseTemplate on the default template', () => {
  const spec = parseTemplate(defaultTemplate)

  it('reads the title prefix before the [Title] placeholder', () => {
    expect(spec.title).toEqual({ level: 1, prefix: 'Technical Design: ', hasPlaceholder: true })
  })

  it('lists every section in order with its level, number and name', () => {
    expect(spec.sections.map(formatSection)).toEqual([
      '## 1. Overview',
      '## 2. Business Requirements Summary',
      '## 3. Technical Requirements',
      '### 3.1 Functional Requirements',
      '### 3.2 Non-Functional Requirements',
      '## 4. Architecture Overview',
      '### 4.1 High-Level Design',
      '### 4.2 Affected Microservices',
      '## 5. Detailed Design',
      '### 5.1 Data Model',
      '### 5.2 API Design',
      '### 5.3 Service Layer Design',
      '### 5.4 Integration Points',
      '## 6. Implementation Plan',
      '### 6.1 Dependencies',
      '## 7. Testing Strategy',
      '## 8. Deployment Considerations',
      '## 9. Monitoring & Observability',
      '## 10. Security Considerations',
      '## 11. Risk Assessment',
      '## 12. Open Questions',
    ])
    expect(spec.sections[3]).toEqual({ level: 3, number: '3.1', name: 'Functional Requirements' })
  })

  it('finds the complexity line in section 1 and the Open Questions section', () => {
    expect(spec.complexity).toEqual({
      sectionIndex: 0,
      label: 'Estimated Complexity',
      values: ['High', 'Medium', 'Low'],
    })
    expect(spec.openQuestionsIndex).toBe(20)
  })
})

describe('parseTemplate on repository templates', () => {
  it('derives unnumbered sections, another choice line and no Open Questions', () => {
    const spec = parseTemplate(
      [
        '# RFC: [Name]',
        '',
        '## Context',
        '## Proposal',
        '- **Risk Level:** [Red / Amber / Green]',
        '### Alternatives',
        '## Rollout',
      ].join('\n'),
    )
    expect(spec.title).toEqual({ level: 1, prefix: 'RFC: ', hasPlaceholder: true })
    expect(spec.sections).toEqual([
      { level: 2, number: '', name: 'Context' },
      { level: 2, number: '', name: 'Proposal' },
      { level: 3, number: '', name: 'Alternatives' },
      { level: 2, number: '', name: 'Rollout' },
    ])
    expect(spec.complexity).toEqual({
      sectionIndex: 1,
      label: 'Risk Level',
      values: ['Red', 'Amber', 'Green'],
    })
    expect(spec.openQuestionsIndex).toBeNull()
  })

  it('keeps a title without a placeholder as a literal title', () => {
    const spec = parseTemplate('# Design Document\n\n## Open questions\n')
    expect(spec.title).toEqual({ level: 1, prefix: 'Design Document', hasPlaceholder: false })
    expect(spec.complexity).toBeNull()
    expect(spec.openQuestionsIndex).toBe(0)
  })

  it('prefers the choice line that names complexity', () => {
    const spec = parseTemplate(
      '# T: [x]\n## A\n- **Priority**: [P0/P1]\n## B\n- **Complexity**: [S/M/L]\n',
    )
    expect(spec.complexity).toEqual({
      sectionIndex: 1,
      label: 'Complexity',
      values: ['S', 'M', 'L'],
    })
  })

  it('ignores headings inside code blocks', () => {
    const spec = parseTemplate('# T: [x]\n## A\n```\n## not a section\n```\n## B\n')
    expect(spec.sections.map((s) => s.name)).toEqual(['A', 'B'])
  })
})

describe('parseTemplate errors', () => {
  it.each([
    ['', /empty/],
    ['  \n\n', /empty/],
    ['## 1. Overview\n## 2. Details\n', /no title/],
    ['# Technical Design: [Title]\n\nSome text.\n', /no section headings/],
    ['# T: [x]\n- **Estimated Complexity**: [High/Low]\n## 1. A\n', /must be inside a section/],
  ])('rejects %j', (markdown, message) => {
    expect(() => parseTemplate(markdown)).toThrow(TemplateError)
    expect(() => parseTemplate(markdown)).toThrow(message)
  })
})
