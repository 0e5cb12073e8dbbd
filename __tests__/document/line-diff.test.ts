import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { lineDiff } from '../../src/document/line-diff.js'
import { scaleDesign } from '../support/large-design.js'

const lines = (n: number, prefix = 'line'): string =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}\n`).join('')

describe('lineDiff', () => {
  it('is empty for equal texts', () => {
    expect(lineDiff('a\nb\n', 'a\nb\n')).toEqual({ text: '', added: 0, removed: 0 })
    expect(lineDiff('', '')).toEqual({ text: '', added: 0, removed: 0 })
  })

  it('prints a hunk as diff -u does: header, three lines of context, removals before additions', () => {
    const before = lines(10)
    const after = before.replace('line 5\n', 'line five\nline 5b\n')
    expect(lineDiff(before, after)).toEqual({
      text: [
        '@@ -2,7 +2,8 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        '+line 5b',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
      added: 2,
      removed: 1,
    })
  })

  it('numbers an insertion into or a deletion from nothing by the line before it', () => {
    expect(lineDiff('', 'a\nb\n').text).toBe('@@ -0,0 +1,2 @@\n+a\n+b\n')
    expect(lineDiff('a\n', '').text).toBe('@@ -1 +0,0 @@\n-a\n')
    expect(lineDiff('a\nb\n', 'a\nx\nb\n', 0).text).toBe('@@ -1,0 +2 @@\n+x\n')
  })

  it('joins changes whose contexts touch and splits those further apart', () => {
    const before = lines(30)
    // Six unchanged lines between two changes: the two contexts of three meet (as in diff -u).
    const near = before.replace('line 5\n', 'five\n').replace('line 12\n', 'twelve\n')
    expect(lineDiff(before, near).text.match(/^@@ .*/gm)).toEqual(['@@ -2,14 +2,14 @@'])
    const far = before.replace('line 5\n', 'five\n').replace('line 13\n', 'thirteen\n')
    expect(lineDiff(before, far).text.match(/^@@ .*/gm)).toEqual([
      '@@ -2,7 +2,7 @@',
      '@@ -10,7 +10,7 @@',
    ])
    expect(lineDiff(before, far, 0).text.match(/^@@ .*/gm)).toEqual([
      '@@ -5 +5 @@',
      '@@ -13 +13 @@',
    ])
  })

  it('marks a last line without a newline, and tells it apart from one with', () => {
    expect(lineDiff('a\nb', 'a\nb\n').text).toBe(
      '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n',
    )
    expect(lineDiff('a\nb', 'x\nb').text).toBe(
      '@@ -1,2 +1,2 @@\n-a\n+x\n b\n\\ No newline at end of file\n',
    )
  })

  it('produces a minimal diff that turns the first text into the second (random texts)', () => {
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const text = (): string => {
      const alphabet = 1 + random(6)
      const body = Array.from({ length: random(20) }, () => `l${random(alphabet)}`).join('\n')
      return body === '' || random(5) === 0 ? body : `${body}\n`
    }
    for (let n = 0; n < 2000; n++) {
      const before = text()
      const after = random(2) === 0 ? text() : before.replace(/l1/g, () => `l${random(3)}`)
      const diff = lineDiff(before, after, random(4))
      expect(applyDiff(before, diff.text)).toBe(after)
      const common = lcsLength(keys(before), keys(after))
      expect(diff.removed).toBe(keys(before).length - common)
      expect(diff.added).toBe(keys(after).length - common)
    }
  })

  it('diffs a 165 KiB design quickly, whether lightly edited or reordered', () => {
    const conforming = readFileSync(
      new URL('../fixtures/designs/conforming.md', import.meta.url),
      'utf8',
    )
    const design = scaleDesign(conforming, 165 * 1024)
    const edited = design
      .split('\n')
      .map((l, i) => (i % 400 === 17 ? `${l} (edited)` : l))
      .join('\n')
    const reordered = design.split('\n').reverse().join('\n')
    for (const after of [edited, reordered]) {
      const started = performance.now()
      const diff = lineDiff(design, after)
      // A generous bound against a quadratic regression; the benchmark measures the real time.
      expect(performance.now() - started).toBeLessThan(1000)
      expect(applyDiff(design, diff.text)).toBe(after)
    }
  })
})

/** The lines as the diff compares them: a last line without a newline is a different line. */
function keys(text: string): string[] {
  if (text === '') return []
  const out = text.split('\n')
  if (text.endsWith('\n')) out.pop()
  else out[out.length - 1] = `\n${out.at(-1)}`
  return out
}

function lcsLength(a: string[], b: string[]): number {
  let row = new Array<number>(b.length + 1).fill(0)
  for (let i = a.length - 1; i >= 0; i--) {
    const next = new Array<number>(b.length + 1).fill(0)
    for (let j = b.length - 1; j >= 0; j--) {
      next[j] = a[i] === b[j] ? (row[j + 1] ?? 0) + 1 : Math.max(row[j] ?? 0, next[j + 1] ?? 0)
    }
    row = next
  }
  return row[0] ?? 0
}

/** Applies a unified diff (as lineDiff prints it) to a text, checking every context line. */
function applyDiff(before: string, diff: string): string {
  const source = keys(before)
  const out: string[] = []
  let at = 0
  const patch = diff.split('\n').slice(0, -1)
  for (let k = 0; k < patch.length; k++) {
    const line = patch[k] ?? ''
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line)
    if (header) {
      const start = Number(header[1]) - (header[2] === '0' ? 0 : 1)
      while (at < start) out.push(source[at++] ?? '')
      continue
    }
    if (line === '\\ No newline at end of file') {
      // An added last line lacks its newline; a kept or removed one is marked in `source`.
      if ((patch[k - 1] ?? '')[0] === '+') out[out.length - 1] = `\n${out.at(-1)}`
      continue
    }
    const kind = line[0]
    const content = line.slice(1)
    if (kind === ' ' || kind === '-') {
      expect((source[at] ?? '').replace(/^\n/, '')).toBe(content)
      if (kind === ' ') out.push(source[at] ?? '')
      at++
    } else if (kind === '+') {
      out.push(content)
    } else {
      throw new Error(`Unexpected diff line ${JSON.stringify(line)}`)
    }
  }
  while (at < source.length) out.push(source[at++] ?? '')
  // Rebuild the text: a "\n"-prefixed key is a last line without a newline.
  return out.map((l) => (l.startsWith('\n') ? l.slice(1) : `${l}\n`)).join('')
}
