import { describe, expect, it } from '@jest/globals'
import { commentableLines } from '../../src/github-text/commentable-lines.js'

const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b)

describe('commentableLines', () => {
  it('has no line for a binary or too-large file (no patch)', () => {
    expect(commentableLines(undefined).size).toBe(0)
    expect(commentableLines('').size).toBe(0)
  })

  it('takes every line of a new file', () => {
    const patch = '@@ -0,0 +1,3 @@\n+# Design\n+\n+Body.'
    expect(sorted(commentableLines(patch))).toEqual([1, 2, 3])
  })

  it('takes added and context lines of two hunks, not deleted ones or the gap between', () => {
    const patch = [
      '@@ -1,4 +1,4 @@ # Design',
      ' line 1',
      '-old line 2',
      '+new line 2',
      ' line 3',
      ' line 4',
      '@@ -20,5 +20,6 @@ ## 12. Open Questions',
      ' line 20',
      '-removed 21',
      '-removed 22',
      '+added 21',
      '+added 22',
      '+added 23',
      ' line 24',
      ' line 25',
    ].join('\n')
    expect(sorted(commentableLines(patch))).toEqual([1, 2, 3, 4, 20, 21, 22, 23, 24, 25])
  })

  it('reads past "\\ No newline at end of file" markers', () => {
    const patch = [
      '@@ -1,2 +1,3 @@',
      ' a',
      '-b',
      '\\ No newline at end of file',
      '+b',
      '+c',
      '\\ No newline at end of file',
    ].join('\n')
    expect(sorted(commentableLines(patch))).toEqual([1, 2, 3])
  })

  it('has no line for a deleted file', () => {
    expect(commentableLines('@@ -1,2 +0,0 @@\n-a\n-b').size).toBe(0)
  })

  it('reads hunk headers without counts (one line)', () => {
    expect(sorted(commentableLines('@@ -3 +3 @@\n-x\n+y'))).toEqual([3])
  })

  it('counts a blank context line whose leading space was stripped', () => {
    const patch = '@@ -1,3 +1,3 @@\n a\n\n-c\n+C\n'
    expect(sorted(commentableLines(patch))).toEqual([1, 2, 3])
  })

  it('ignores file headers, a trailing newline and CRLF', () => {
    const patch = '--- a/x.md\r\n+++ b/x.md\r\n@@ -5,2 +5,2 @@\r\n ctx\r\n-old\r\n+new\r\n'
    expect(sorted(commentableLines(patch))).toEqual([5, 6])
  })
})
