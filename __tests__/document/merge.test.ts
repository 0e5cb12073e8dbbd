import { describe, expect, it } from '@jest/globals'
import { mergeLines } from '../../src/document/merge.js'

const base = ['# Title', '', 'one', 'two', 'three', 'four', 'five', ''].join('\n')

describe('mergeLines', () => {
  it('applies people’s and the revision’s changes where they touch different lines', () => {
    const people = base.replace('two', 'two, as the team decided')
    const revision = base.replace('five', 'five, per the new requirement')
    expect(mergeLines(base, people, revision)).toEqual({
      text: base
        .replace('two', 'two, as the team decided')
        .replace('five', 'five, per the new requirement'),
      notKept: [],
    })
  })

  it('keeps lines people added when the revision changed elsewhere', () => {
    const people = base.replace('three\n', 'three\nA line a reviewer added.\n')
    const revision = base.replace('one', 'one (revised)')
    const merged = mergeLines(base, people, revision)
    expect(merged.text).toBe(
      base.replace('three\n', 'three\nA line a reviewer added.\n').replace('one', 'one (revised)'),
    )
    expect(merged.notKept).toEqual([])
  })

  it('takes the revision where both changed the same lines, and names the people’s lines it dropped', () => {
    const people = base.replace('three', 'three, which legal requires')
    const revision = base.replace('three', 'three, now optional')
    expect(mergeLines(base, people, revision)).toEqual({
      text: base.replace('three', 'three, now optional'),
      notKept: ['three, which legal requires'],
    })
  })

  it('takes either side whole when the other is the base, and one side when both agree', () => {
    const changed = base.replace('four', 'FOUR')
    expect(mergeLines(base, base, changed).text).toBe(changed)
    expect(mergeLines(base, changed, base).text).toBe(changed)
    expect(mergeLines(base, changed, changed)).toEqual({ text: changed, notKept: [] })
  })

  it('reads CRLF and trailing blank lines as the same lines', () => {
    const people = base.replace(/\n/g, '\r\n') + '\r\n\r\n'
    const revision = base.replace('one', 'uno')
    expect(mergeLines(base, people, revision).text).toBe(revision)
  })
})
