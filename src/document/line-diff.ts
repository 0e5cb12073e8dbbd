/**
 * A unified diff of two texts by lines, as `diff -u` / `git diff` print it (without file
 * headers). It tells the model what changed in the requirements, and measures how much of a
 * design a revision rewrote.
 *
 * Myers' O((N+M)·D) algorithm in its linear-space form (the middle-snake bisection), on lines
 * interned to integers. Before it runs, the common head and tail are matched and the lines that
 * occur on one side only are set aside (they can never match), so a small edit of a large
 * document and a complete rewrite are both cheap; the diff stays minimal.
 */

export interface LineDiff {
  /** Hunks with `@@ -a,b +c,d @@` headers and ` `/`-`/`+` lines; '' when the texts are equal. */
  text: string
  added: number
  removed: number
}

/** A line's text and whether a line break ends it (only the last line of a text may lack one). */
interface Lines {
  lines: string[]
  /** False when the text does not end with a newline: its last line is then marked in the diff. */
  endsWithNewline: boolean
}

const NO_NEWLINE = '\\ No newline at end of file'

export function lineDiff(before: string, after: string, context = 3): LineDiff {
  if (before === after) return { text: '', added: 0, removed: 0 }
  const a = splitLines(before)
  const b = splitLines(after)
  const [ka, kb] = internLines(a, b)
  const ops = editScript(matchLines(ka, kb), a.lines.length, b.lines.length)
  let added = 0
  let removed = 0
  for (const op of ops) {
    if (op.kind === '+') added++
    else if (op.kind === '-') removed++
  }
  return { text: formatHunks(ops, a, b, Math.max(0, Math.floor(context))), added, removed }
}

/**
 * For each line of `a`, the index of the line of `b` it is kept as in a minimal diff, or -1 when
 * it is removed: what a three-way merge anchors on.
 */
export function lineMatches(a: readonly string[], b: readonly string[]): Int32Array {
  const [ka, kb] = internLines(
    { lines: [...a], endsWithNewline: true },
    { lines: [...b], endsWithNewline: true },
  )
  return matchLines(ka, kb)
}

function splitLines(text: string): Lines {
  if (text === '') return { lines: [], endsWithNewline: true }
  const lines = text.split('\n')
  const endsWithNewline = text.endsWith('\n')
  if (endsWithNewline) lines.pop()
  return { lines, endsWithNewline }
}

/**
 * Each distinct line becomes a small integer, so comparisons are integer compares. A last line
 * without a newline gets its own number: "a" at the end of a file is not the same line as "a\n".
 */
function internLines(a: Lines, b: Lines): [Int32Array, Int32Array] {
  const ids = new Map<string, number>()
  const intern = (side: Lines): Int32Array => {
    const out = new Int32Array(side.lines.length)
    side.lines.forEach((line, i) => {
      // No line holds "\n", so a "\n" prefix cannot collide with a real line.
      const key = !side.endsWithNewline && i === side.lines.length - 1 ? `\n${line}` : line
      let id = ids.get(key)
      if (id === undefined) {
        id = ids.size
        ids.set(key, id)
      }
      out[i] = id
    })
    return out
  }
  return [intern(a), intern(b)]
}

/** For each line of `a`, the index of the line of `b` it is kept as, or -1 when it is removed. */
function matchLines(a: Int32Array, b: Int32Array): Int32Array {
  const match = new Int32Array(a.length).fill(-1)
  let lo = 0
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) {
    match[lo] = lo
    lo++
  }
  let aHi = a.length
  let bHi = b.length
  while (aHi > lo && bHi > lo && a[aHi - 1] === b[bHi - 1]) match[--aHi] = --bHi

  // A line found on one side only never matches: diff only the lines that can.
  let maxId = -1
  for (let i = lo; i < aHi; i++) maxId = Math.max(maxId, a[i] as number)
  for (let j = lo; j < bHi; j++) maxId = Math.max(maxId, b[j] as number)
  const inA = new Uint8Array(maxId + 1)
  const inB = new Uint8Array(maxId + 1)
  for (let i = lo; i < aHi; i++) inA[a[i] as number] = 1
  for (let j = lo; j < bHi; j++) inB[b[j] as number] = 1
  const aIndex: number[] = []
  const bIndex: number[] = []
  for (let i = lo; i < aHi; i++) if (inB[a[i] as number]) aIndex.push(i)
  for (let j = lo; j < bHi; j++) if (inA[b[j] as number]) bIndex.push(j)
  const fa = Int32Array.from(aIndex, (i) => a[i] as number)
  const fb = Int32Array.from(bIndex, (j) => b[j] as number)
  const fm = new Int32Array(fa.length).fill(-1)
  diffRange(fa, 0, fa.length, fb, 0, fb.length, fm)
  fm.forEach((j, k) => {
    if (j >= 0) match[aIndex[k] as number] = bIndex[j] as number
  })
  return match
}

/** Marks in `match` a longest common subsequence of a[aLo, aHi) and b[bLo, bHi). */
function diffRange(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  match: Int32Array,
): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) match[aLo++] = bLo++
  while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) match[--aHi] = --bHi
  if (aLo === aHi || bLo === bHi) return
  const split = middleSnake(a, aLo, aHi, b, bLo, bHi)
  if (!split) return
  diffRange(a, aLo, split[0], b, bLo, split[1], match)
  diffRange(a, split[0], aHi, b, split[1], bHi, match)
}

/**
 * Where a shortest edit path crosses the middle: forward and backward searches run until their
 * furthest-reaching paths overlap, and the path splits there into two halves of about D/2 edits
 * each (Myers 1986, section 4b; the loop follows diff-match-patch's `bisect`).
 */
function middleSnake(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
): [number, number] | null {
  const n = aHi - aLo
  const m = bHi - bLo
  const maxD = Math.ceil((n + m) / 2)
  const offset = maxD
  const size = 2 * maxD
  const v1 = new Int32Array(size).fill(-1)
  const v2 = new Int32Array(size).fill(-1)
  v1[offset + 1] = 0
  v2[offset + 1] = 0
  const delta = n - m
  // With an odd delta the forward path meets the backward one; with an even delta, vice versa.
  const front = delta % 2 !== 0
  let k1start = 0
  let k1end = 0
  let k2start = 0
  let k2end = 0
  for (let d = 0; d < maxD; d++) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1o = offset + k1
      let x1 =
        k1 === -d || (k1 !== d && (v1[k1o - 1] as number) < (v1[k1o + 1] as number))
          ? (v1[k1o + 1] as number)
          : (v1[k1o - 1] as number) + 1
      let y1 = x1 - k1
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1++
        y1++
      }
      v1[k1o] = x1
      if (x1 > n) k1end += 2
      else if (y1 > m) k1start += 2
      else if (front) {
        const k2o = offset + delta - k1
        if (k2o >= 0 && k2o < size && v2[k2o] !== -1) {
          if (x1 >= n - (v2[k2o] as number)) return [aLo + x1, bLo + y1]
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2o = offset + k2
      let x2 =
        k2 === -d || (k2 !== d && (v2[k2o - 1] as number) < (v2[k2o + 1] as number))
          ? (v2[k2o + 1] as number)
          : (v2[k2o - 1] as number) + 1
      let y2 = x2 - k2
      while (x2 < n && y2 < m && a[aHi - x2 - 1] === b[bHi - y2 - 1]) {
        x2++
        y2++
      }
      v2[k2o] = x2
      if (x2 > n) k2end += 2
      else if (y2 > m) k2start += 2
      else if (!front) {
        const k1o = offset + delta - k2
        if (k1o >= 0 && k1o < size && v1[k1o] !== -1) {
          const x1 = v1[k1o] as number
          const y1 = x1 - (k1o - offset)
          if (x1 >= n - x2) return [aLo + x1, bLo + y1]
        }
      }
    }
  }
  return null
}

interface Op {
  kind: ' ' | '-' | '+'
  /** Lines of `a` / `b` before this one: its 0-based index on the side(s) it belongs to. */
  a: number
  b: number
}

/** Kept, removed and added lines in order; within a change, removals come before additions. */
function editScript(match: Int32Array, n: number, m: number): Op[] {
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    const target = i < n ? (match[i] as number) : -1
    if (i < n && target === -1) ops.push({ kind: '-', a: i++, b: j })
    else if (j < m && (i >= n || j < target)) ops.push({ kind: '+', a: i, b: j++ })
    else ops.push({ kind: ' ', a: i++, b: j++ })
  }
  return ops
}

function formatHunks(ops: Op[], a: Lines, b: Lines, context: number): string {
  const changes: number[] = []
  ops.forEach((op, k) => {
    if (op.kind !== ' ') changes.push(k)
  })
  const out: string[] = []
  let c = 0
  while (c < changes.length) {
    // A hunk runs from `context` lines before a change to `context` lines after the last change
    // whose gap to the previous one is at most 2 × context (their contexts would touch).
    let last = changes[c] as number
    const start = Math.max(0, last - context)
    while (c + 1 < changes.length && (changes[c + 1] as number) - last - 1 <= 2 * context) {
      last = changes[++c] as number
    }
    c++
    const end = Math.min(ops.length, last + context + 1)
    const hunk = ops.slice(start, end)
    const first = hunk[0] as Op
    const oldCount = hunk.filter((op) => op.kind !== '+').length
    const newCount = hunk.filter((op) => op.kind !== '-').length
    out.push(`@@ -${range(first.a, oldCount)} +${range(first.b, newCount)} @@`)
    for (const op of hunk) {
      const side = op.kind === '+' ? b : a
      const index = op.kind === '+' ? op.b : op.a
      out.push(`${op.kind}${side.lines[index] ?? ''}`)
      // A kept line lacks its newline on both sides or neither: the two are interned apart.
      if (!side.endsWithNewline && index === side.lines.length - 1) out.push(NO_NEWLINE)
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`
}

/** "3,2" (start 3, two lines), "3" (one line), "2,0" (none: the line before the hunk). */
function range(before: number, count: number): string {
  if (count === 0) return `${before},0`
  return count === 1 ? `${before + 1}` : `${before + 1},${count}`
}
