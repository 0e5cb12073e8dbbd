import { describe, expect, it } from '@jest/globals'
import { extractEdits } from '../../src/conversation/edit-reply.js'

describe('extractEdits', () => {
  it('reads replace and insert edits, with the section they name and their lines', () => {
    const reply = [
      '<replace section="5. Detailed Design">',
      '<old>',
      'at most 5 attempts',
      '</old>',
      '<new>',
      'at most 8 attempts',
      '</new>',
      '</replace>',
      '',
      "<insert section='11. Risk Assessment'>",
      '<after>| Carrier API outage | Medium |</after>',
      '<new>',
      '| Refund fraud | Low |',
      '</new>',
      '</insert>',
    ].join('\n')
    const { edits, problems, rest } = extractEdits(reply)
    expect(problems).toEqual([])
    expect(edits).toEqual([
      {
        kind: 'replace',
        section: '5. Detailed Design',
        anchor: 'at most 5 attempts',
        text: 'at most 8 attempts',
        line: 1,
      },
      {
        kind: 'insert',
        section: '11. Risk Assessment',
        anchor: '| Carrier API outage | Medium |',
        text: '| Refund fraud | Low |',
        line: 10,
      },
    ])
    // Every line of the edits is blank in what is left, so sections beside them keep their lines.
    expect(rest.split('\n')).toHaveLength(reply.split('\n').length)
    expect(rest.trim()).toBe('')
  })

  it('keeps the text around the edits, line for line, to be read as whole sections', () => {
    const reply = [
      'Here are the edits:',
      '<replace section="1. Overview"><old>a</old><new>b</new></replace>',
      '## 7. Testing Strategy',
      '- Load tests.',
    ].join('\r\n')
    const { edits, rest } = extractEdits(reply)
    expect(edits).toHaveLength(1)
    expect(rest).toBe('Here are the edits:\n\n## 7. Testing Strategy\n- Load tests.')
  })

  it('reads an empty <new> as a deletion, and keeps the lines of a multi-line passage', () => {
    const { edits } = extractEdits(
      '<replace section="12. Open Questions">\n<old>\n1. **First?**\n   - Why: it matters.\n</old>\n<new>\n</new>\n</replace>',
    )
    expect(edits[0]).toMatchObject({ anchor: '1. **First?**\n   - Why: it matters.', text: '' })
  })

  it('takes an edit without a section name, to be placed by its text alone', () => {
    expect(extractEdits('<replace><old>x</old><new>y</new></replace>').edits[0]?.section).toBe('')
  })

  it('names what is missing from an edit, at its line', () => {
    const reply = [
      '<replace section="1. Overview">',
      '<new>b</new>',
      '</replace>',
      '<insert section="1. Overview">',
      '<old>a</old>',
      '<new>b</new>',
      '</insert>',
      '<replace section="1. Overview"><old>a</old></replace>',
      '<insert section="1. Overview"><after>a</after><new>  </new></insert>',
      '<replace section="1. Overview"><old>a</old><new>b</new>',
    ].join('\n')
    const { edits, problems } = extractEdits(reply)
    expect(edits).toEqual([])
    expect(problems).toEqual([
      { line: 1, message: expect.stringContaining('has no <old> text') },
      { line: 4, message: expect.stringContaining('has no <after> line') },
      { line: 8, message: expect.stringContaining('has no <new> text') },
      { line: 9, message: expect.stringContaining('inserts nothing') },
      { line: 10, message: expect.stringContaining('is not closed: end it with </replace>') },
    ])
  })

  it('stops an unclosed edit at the next one, so the next is still read', () => {
    const { edits, problems } = extractEdits(
      '<replace section="A"><old>a</old><new>b</new>\n<replace section="B"><old>c</old><new>d</new></replace>',
    )
    expect(problems.map((p) => p.line)).toEqual([1])
    expect(edits).toEqual([expect.objectContaining({ section: 'B', anchor: 'c', line: 2 })])
  })

  it('finds no edits in a reply of whole sections', () => {
    const reply = '## 7. Testing Strategy\n- Load tests with <old> browsers.\n'
    expect(extractEdits(reply)).toEqual({ edits: [], problems: [], rest: reply })
  })
})
