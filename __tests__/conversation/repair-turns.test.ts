import { describe, expect, it } from '@jest/globals'
import { buildSectionRepairTurn, describeProblems } from '../../src/conversation/repair-turns.js'
import { spliceSections } from '../../src/conversation/splice.js'
import { validateDesign } from '../../src/document/validate.js'
import { at, design, spec } from '../support/revision-fixtures.js'

describe('repair turns', () => {
  it('points at the reply for returned sections and at the design for the others', () => {
    const text = '## 7. Testing Strategy\n- Unit tests.\n```python\nx\n```\n'
    const broken = design.replace('- No card data is handled', '```sh\nrm\n```\n- No card data')
    const document = spliceSections(broken, [{ index: at('7'), text }], spec)
    const violations = validateDesign(document, spec)
    expect(violations).toHaveLength(2)
    const problems = describeProblems(
      [{ line: 1, message: 'Text before the first section heading' }],
      violations,
      document,
      [{ index: at('7'), text, line: 3 }],
      spec,
    )
    expect(problems).toEqual([
      { where: 'line 1 of your reply', message: 'Text before the first section heading' },
      { where: 'line 5 of your reply', message: expect.stringMatching(/Code block not allowed/) },
      {
        where: expect.stringMatching(
          /^line \d+ of the design as it now stands, in "## 10. Security Considerations"$/,
        ),
        message: expect.stringMatching(/Code block not allowed \(language "sh"\)/),
      },
    ])
    const turn = buildSectionRepairTurn(problems, {
      applied: ['7. Testing Strategy'],
      mayBeDone: false,
    })
    expect(turn).toMatch(/^Your sections do not fit:\n- line 1 of your reply: Text before/)
    expect(turn).toContain('Applied to the design from your reply: "7. Testing Strategy";')
    expect(turn).toContain('Reply again with the corrected sections only, same rules.')
    expect(turn).toMatch(/fixed by returning that section, corrected\.$/)
    expect(turn).not.toContain('NO CHANGES')
    const onlyChatter = buildSectionRepairTurn(problems.slice(0, 1), {
      applied: [],
      mayBeDone: true,
    })
    expect(onlyChatter).toContain('Nothing from your reply was applied to the design.')
    expect(onlyChatter).toMatch(/reply exactly NO CHANGES\.$/)
  })

  it('under the edits format, asks for what is still needed in either form', () => {
    const problems = [
      {
        where: 'line 9 of your reply',
        message: 'The <replace> edit in "7. Testing Strategy" was not applied',
      },
    ]
    const turn = buildSectionRepairTurn(problems, {
      applied: ['5. Detailed Design'],
      mayBeDone: false,
      format: 'edits',
    })
    expect(turn).toMatch(/^Your reply does not fit:\n- line 9 of your reply: The <replace> edit/)
    expect(turn).toContain(
      'Applied to the design from your reply: "5. Detailed Design". An edit now copies its text from those sections as your reply changed them',
    )
    expect(turn).toContain(
      'each section asked for whole, complete from its `## ` heading to its end, and edits or whole sections for the other problems',
    )
    expect(turn).toMatch(/fixed by an edit there, or by returning that section whole, corrected\.$/)
    expect(
      buildSectionRepairTurn(problems, { applied: [], mayBeDone: true, format: 'edits' }),
    ).toMatch(/If the changes applied are all you meant to change .*reply exactly NO CHANGES\.$/)
  })

  it('points at the design, not the reply, for a section made of edits', () => {
    const text = design.replace('- **Load test**', '```sh\nrm\n```\n- **Load test**')
    const violations = validateDesign(text, spec)
    const problems = describeProblems(
      [],
      violations,
      text,
      [{ index: at('7'), key: '7. Testing Strategy', text: '', line: 3, fromEdits: true }],
      spec,
    )
    expect(problems[0]?.where).toMatch(
      /^line \d+ of the design as it now stands, in "## 7\. Testing Strategy"$/,
    )
  })
})
