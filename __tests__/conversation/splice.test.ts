import { describe, expect, it } from '@jest/globals'
import {
  changedSectionNames,
  locateSections,
  spliceSections,
} from '../../src/conversation/splice.js'
import { parseTemplate } from '../../src/document/template.js'
import { validateDesign } from '../../src/document/validate.js'
import { at, design, sectionsOf, spec } from '../support/revision-fixtures.js'

describe('locateSections', () => {
  it('finds each top-level section with its line range', () => {
    const ranges = locateSections(design, spec)
    expect(ranges.map((r) => r.index)).toEqual(
      spec.sections.flatMap((s, i) => (s.level === 2 ? [i] : [])),
    )
    const lines = design.split('\n')
    for (const r of ranges) expect(lines[r.line - 1]).toMatch(/^## /)
    expect(ranges.at(-1)?.endLine).toBe(lines.length) // the final newline starts no line
  })

  it('recognises a heading a person reworded', () => {
    const edited = design.replace('## 7. Testing Strategy', '## 7. testing STRATEGY')
    expect(locateSections(edited, spec).some((r) => r.index === at('7'))).toBe(true)
  })
})

describe('spliceSections', () => {
  it('replaces one section and keeps every other byte, spacing included', () => {
    const text = '## 7. Testing Strategy\n- Only unit tests.\n\n\n'
    const out = spliceSections(design, [{ index: at('7'), text }], spec)
    expect(validateDesign(out, spec)).toEqual([])
    const before = sectionsOf(design)
    const after = sectionsOf(out)
    for (const [heading, body] of before) {
      if (heading === '## 7. Testing Strategy') {
        expect(after.get(heading)).toBe('## 7. Testing Strategy\n- Only unit tests.\n\n')
      } else {
        expect(after.get(heading)).toBe(body)
      }
    }
    expect(out.startsWith(design.slice(0, design.indexOf('## 1.')))).toBe(true)
  })

  it('replaces the last section and keeps the end of the document as it was', () => {
    const out = spliceSections(
      design,
      [{ index: at('12'), text: '## 12. Open Questions\nNone.' }],
      spec,
    )
    expect(out.endsWith('\n## 12. Open Questions\nNone.\n')).toBe(true)
    const noNewline = design.trimEnd()
    expect(
      spliceSections(
        noNewline,
        [{ index: at('12'), text: '## 12. Open Questions\nNone.\n' }],
        spec,
      ),
    ).toMatch(/\nNone\.$/)
  })

  it('inserts a missing section at its template position', () => {
    const sections = sectionsOf(design)
    const without = (heading: string): string => design.replace(sections.get(heading) ?? '', '')
    const middle = spliceSections(
      without('## 8. Deployment Considerations'),
      [{ index: at('8'), text: '## 8. Deployment Considerations\n- Blue-green.\n' }],
      spec,
    )
    expect(middle).toContain(
      '\n## 8. Deployment Considerations\n- Blue-green.\n\n## 9. Monitoring & Observability\n',
    )
    expect(validateDesign(middle, spec)).toEqual([])
    const end = spliceSections(
      without('## 12. Open Questions').trimEnd() + '\n',
      [{ index: at('12'), text: '## 12. Open Questions\nNone.\n' }],
      spec,
    )
    expect(end.endsWith('|\n\n## 12. Open Questions\nNone.\n')).toBe(true)
  })

  it('replaces a section whose heading a person mangled', () => {
    const edited = design.replace('## 7. Testing Strategy', '## 7. Testing strategy')
    const out = spliceSections(
      edited,
      [{ index: at('7'), text: '## 7. Testing Strategy\nT\n' }],
      spec,
    )
    expect(out).not.toContain('Testing strategy')
    expect(validateDesign(out, spec)).toEqual([])
  })

  it('replaces a heading the validator takes for a renamed section, a plural included', () => {
    // The validator reads "11. Risks" as "11. Risk Assessment" renamed ("Risks" shares "risk"),
    // so its repair returns the section under the template's heading: splicing must find it.
    const edited = design.replace('## 11. Risk Assessment', '## 11. Risks')
    expect(validateDesign(edited, spec)).toEqual([
      {
        line: edited.split('\n').indexOf('## 11. Risks') + 1,
        message: 'Wrong name on heading "## 11. Risks": expected "## 11. Risk Assessment"',
      },
    ])
    expect(locateSections(edited, spec).find((r) => r.key === '11. Risks')?.index).toBe(at('11'))
    const out = spliceSections(
      edited,
      [{ index: at('11'), text: '## 11. Risk Assessment\n- Refund fraud.\n' }],
      spec,
    )
    expect(out).not.toContain('## 11. Risks')
    expect(validateDesign(out, spec)).toEqual([])
  })

  it('leaves a heading the validator does not take for the section, sharing only a minor word', () => {
    const custom = parseTemplate(
      '# Design: [Title]\n\n## 1. Data from Partners\n\n## 2. Open Questions\n',
    )
    const doc =
      '# Design: Refunds\n\n## 1. Notes from Sales\nText.\n\n## 2. Open Questions\nNone.\n'
    expect(validateDesign(doc, custom).map((v) => v.message)).not.toContainEqual(
      expect.stringMatching(/^Wrong name/),
    )
    expect(locateSections(doc, custom).map((r) => r.index)).toEqual([-1, 1])
  })

  it('refuses a sub-section index or the same section twice', () => {
    expect(() => spliceSections(design, [{ index: at('5.1'), text: '' }], spec)).toThrow(
      /not a top-level section/,
    )
    const twice = [
      { index: at('7'), text: '## 7. Testing Strategy\n' },
      { index: at('7'), text: '## 7. Testing Strategy\n' },
    ]
    expect(() => spliceSections(design, twice, spec)).toThrow(/twice/)
  })
})

describe('changedSectionNames', () => {
  it('names the top-level sections whose text differs, in template order', () => {
    const out = spliceSections(
      design,
      [
        { index: at('12'), text: '## 12. Open Questions\nNone.\n' },
        { index: at('5'), text: sectionsOf(design).get('## 5. Detailed Design') ?? '' },
        {
          index: at('3'),
          text: '## 3. Technical Requirements\n### 3.1 Functional Requirements\nF\n\n### 3.2 Non-Functional Requirements\nN\n',
        },
      ],
      spec,
    )
    expect(changedSectionNames(design, out, spec)).toEqual([
      '3. Technical Requirements',
      '12. Open Questions',
    ])
    expect(changedSectionNames(design, design, spec)).toEqual([])
  })
})
