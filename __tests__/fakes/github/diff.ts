/**
 * Line diff (Myers' O(ND) algorithm, linear-space "middle snake" variant) and git-style unified
 * patches with 3 lines of context, as the GitHub API returns them in the `patch` field of a pull
 * request's files: hunk headers with git's default function context, merged hunks when their
 * context overlaps, and `\ No newline at end of file` markers.
 */

export type DiffOp = ' ' | '-' | '+'

/** One line of an edit script: kept (' '), removed from the old side ('-') or added ('+'). */
export interface DiffLine {
  op: DiffOp
  text: string
  /** 1-based line number on the old side (kept and removed lines). */
  oldLine?: number
  /** 1-based line number on the new side (kept and added lines). */
  newLine?: number
  /** The line is the last one and has no trailing newline. */
  noEol?: boolean
}

export interface Hunk {
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
  /** The `@@ … @@ section` line. */
  header: string
  lines: DiffLine[]
}

export interface FilePatch {
  /** The unified diff without file headers (GitHub's `patch`), '' when nothing changed. */
  patch: string
  hunks: Hunk[]
  additions: number
  deletions: number
}

interface SplitText {
  lines: string[]
  /** The text ends without a newline (and is not empty). */
  noEol: boolean
}

export function splitLines(text: string): SplitText {
  if (text === '') return { lines: [], noEol: false }
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') {
    lines.pop()
    return { lines, noEol: false }
  }
  return { lines, noEol: true }
}

/**
 * The minimal edit script between two sequences of line ids (Myers, linear space). Returns, per
 * step, 0 = keep, 1 = delete (advance a), 2 = insert (advance b).
 */
export function editScript(a: ArrayLike<number>, b: ArrayLike<number>): Uint8Array {
  const out: number[] = []
  const inA = new Set<number>()
  for (let i = 0; i < a.length; i++) inA.add(a[i]!)
  let shared = false
  for (let j = 0; j < b.length && !shared; j++) shared = inA.has(b[j]!)
  if (!shared) {
    // Nothing in common (a rewrite): skip the search.
    for (let i = 0; i < a.length; i++) out.push(1)
    for (let j = 0; j < b.length; j++) out.push(2)
    return Uint8Array.from(out)
  }
  diffRange(a, 0, a.length, b, 0, b.length, out)
  return Uint8Array.from(out)
}

function diffRange(
  a: ArrayLike<number>,
  aLo: number,
  aHi: number,
  b: ArrayLike<number>,
  bLo: number,
  bHi: number,
  out: number[],
): void {
  // Common prefix and suffix.
  let prefix = 0
  while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) prefix++
  let suffix = 0
  while (
    aHi - suffix > aLo + prefix &&
    bHi - suffix > bLo + prefix &&
    a[aHi - suffix - 1] === b[bHi - suffix - 1]
  ) {
    suffix++
  }
  for (let i = 0; i < prefix; i++) out.push(0)
  aLo += prefix
  bLo += prefix
  aHi -= suffix
  bHi -= suffix
  if (aLo === aHi) {
    for (let i = bLo; i < bHi; i++) out.push(2)
  } else if (bLo === bHi) {
    for (let i = aLo; i < aHi; i++) out.push(1)
  } else {
    const [x, y] = middleSnake(a, aLo, aHi, b, bLo, bHi)
    if (x === -1) {
      for (let i = aLo; i < aHi; i++) out.push(1)
      for (let i = bLo; i < bHi; i++) out.push(2)
    } else {
      diffRange(a, aLo, aLo + x, b, bLo, bLo + y, out)
      diffRange(a, aLo + x, aHi, b, bLo + y, bHi, out)
    }
  }
  for (let i = 0; i < suffix; i++) out.push(0)
}

/** Where a minimal edit path crosses the middle: offsets (x, y) into the ranges. */
function middleSnake(
  a: ArrayLike<number>,
  aLo: number,
  aHi: number,
  b: ArrayLike<number>,
  bLo: number,
  bHi: number,
): [number, number] {
  const n = aHi - aLo
  const m = bHi - bLo
  const maxD = Math.ceil((n + m) / 2)
  const offset = maxD + 1
  const size = 2 * maxD + 3
  const v1 = new Int32Array(size).fill(-1)
  const v2 = new Int32Array(size).fill(-1)
  v1[offset + 1] = 0
  v2[offset + 1] = 0
  const delta = n - m
  const front = delta % 2 !== 0
  let k1start = 0
  let k1end = 0
  let k2start = 0
  let k2end = 0
  for (let d = 0; d < maxD + 1; d++) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1o = offset + k1
      let x1: number
      if (k1 === -d || (k1 !== d && v1[k1o - 1]! < v1[k1o + 1]!)) x1 = v1[k1o + 1]!
      else x1 = v1[k1o - 1]! + 1
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
          if (x1 >= n - v2[k2o]!) return [x1, y1]
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2o = offset + k2
      let x2: number
      if (k2 === -d || (k2 !== d && v2[k2o - 1]! < v2[k2o + 1]!)) x2 = v2[k2o + 1]!
      else x2 = v2[k2o - 1]! + 1
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
          const x1 = v1[k1o]!
          const y1 = x1 - (k1o - offset)
          if (x1 >= n - x2) return [x1, y1]
        }
      }
    }
  }
  return [-1, -1]
}

/** The edit script of two texts, line by line. */
export function diffLines(oldText: string, newText: string): DiffLine[] {
  const before = splitLines(oldText)
  const after = splitLines(newText)
  // Intern lines as numbers; a last line without newline differs from the same text with one.
  const ids = new Map<string, number>()
  const intern = (split: SplitText): Int32Array =>
    Int32Array.from(split.lines, (line, i) => {
      const key = split.noEol && i === split.lines.length - 1 ? `${line}\u0000noeol` : line
      let id = ids.get(key)
      if (id === undefined) {
        id = ids.size
        ids.set(key, id)
      }
      return id
    })
  const a = intern(before)
  const b = intern(after)
  const script = editScript(a, b)
  // Changed-line flags per side, with a 0 sentinel before and after (index + 1), as xdiff has.
  const changedA = new Uint8Array(a.length + 2)
  const changedB = new Uint8Array(b.length + 2)
  let x = 0
  let y = 0
  for (const step of script) {
    if (step === 0) {
      x++
      y++
    } else if (step === 1) changedA[1 + x++] = 1
    else changedB[1 + y++] = 1
  }
  const sideA = { ids: a, changed: changedA, lines: before.lines }
  const sideB = { ids: b, changed: changedB, lines: after.lines }
  compact(sideA, sideB)
  compact(sideB, sideA)
  const result: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && changedA[1 + i]) {
      const line: DiffLine = { op: '-', text: before.lines[i]!, oldLine: i + 1 }
      if (before.noEol && i === before.lines.length - 1) line.noEol = true
      result.push(line)
      i++
    } else if (j < b.length && changedB[1 + j]) {
      const line: DiffLine = { op: '+', text: after.lines[j]!, newLine: j + 1 }
      if (after.noEol && j === after.lines.length - 1) line.noEol = true
      result.push(line)
      j++
    } else {
      const line: DiffLine = { op: ' ', text: before.lines[i]!, oldLine: i + 1, newLine: j + 1 }
      if (before.noEol && i === before.lines.length - 1) line.noEol = true
      result.push(line)
      i++
      j++
    }
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Change compaction, after git's xdiff (xdl_change_compact with the default indent heuristic):
// among equally minimal diffs, slide each group of changed lines to where git puts it, so the
// hunks look like `git diff` output rather than an arbitrary minimal edit script.

interface Side {
  ids: Int32Array
  /** 1 = changed, indexed by line + 1 (sentinels at both ends). */
  changed: Uint8Array
  lines: string[]
}

interface Group {
  start: number
  end: number
}

const isChanged = (side: Side, line: number): boolean => side.changed[line + 1] === 1

function groupInit(side: Side): Group {
  const g = { start: 0, end: 0 }
  while (isChanged(side, g.end)) g.end++
  return g
}

function groupNext(side: Side, g: Group): boolean {
  if (g.end === side.ids.length) return false
  g.start = g.end + 1
  g.end = g.start
  while (isChanged(side, g.end)) g.end++
  return true
}

function groupPrevious(side: Side, g: Group): boolean {
  if (g.start === 0) return false
  g.end = g.start - 1
  g.start = g.end
  while (isChanged(side, g.start - 1)) g.start--
  return true
}

function slideDown(side: Side, g: Group): boolean {
  if (g.end < side.ids.length && side.ids[g.start] === side.ids[g.end]) {
    side.changed[1 + g.start++] = 0
    side.changed[1 + g.end++] = 1
    while (isChanged(side, g.end)) g.end++
    return true
  }
  return false
}

function slideUp(side: Side, g: Group): boolean {
  if (g.start > 0 && side.ids[g.start - 1] === side.ids[g.end - 1]) {
    side.changed[1 + --g.start] = 1
    side.changed[1 + --g.end] = 0
    while (isChanged(side, g.start - 1)) g.start--
    return true
  }
  return false
}

const MAX_INDENT = 200
const MAX_BLANKS = 20

/** Indentation width (tabs to 8), or -1 for a blank line. */
function indentOf(line: string): number {
  let indent = 0
  for (const c of line) {
    if (c === ' ') indent++
    else if (c === '\t') indent += 8 - (indent % 8)
    else if (!/\s/.test(c)) return indent
    if (indent >= MAX_INDENT) return MAX_INDENT
  }
  return -1
}

interface Score {
  effectiveIndent: number
  penalty: number
}

function scoreSplit(side: Side, split: number, score: Score): void {
  const n = side.lines.length
  const endOfFile = split >= n
  const indent0 = endOfFile ? -1 : indentOf(side.lines[split]!)
  let preBlank = 0
  let preIndent = -1
  for (let i = split - 1; i >= 0; i--) {
    preIndent = indentOf(side.lines[i]!)
    if (preIndent !== -1) break
    preBlank++
    if (preBlank === MAX_BLANKS) {
      preIndent = 0
      break
    }
  }
  let postBlank0 = 0
  let postIndent = -1
  for (let i = split + 1; i < n; i++) {
    postIndent = indentOf(side.lines[i]!)
    if (postIndent !== -1) break
    postBlank0++
    if (postBlank0 === MAX_BLANKS) {
      postIndent = 0
      break
    }
  }
  if (preIndent === -1 && preBlank === 0) score.penalty += 1 // start of file
  if (endOfFile) score.penalty += 21
  const postBlank = indent0 === -1 ? 1 + postBlank0 : 0
  const totalBlank = preBlank + postBlank
  score.penalty += -30 * totalBlank + 6 * postBlank
  const indent = indent0 !== -1 ? indent0 : postIndent
  const anyBlanks = totalBlank !== 0
  score.effectiveIndent += indent
  if (indent === -1 || preIndent === -1 || indent === preIndent) return
  if (indent > preIndent) score.penalty += anyBlanks ? 10 : -4
  else if (postIndent !== -1 && postIndent > indent) score.penalty += anyBlanks ? 17 : 24
  else score.penalty += anyBlanks ? 17 : 23
}

const compareScores = (s1: Score, s2: Score): number =>
  60 * Math.sign(s1.effectiveIndent - s2.effectiveIndent) + (s1.penalty - s2.penalty)

function compact(side: Side, other: Side): void {
  const g = groupInit(side)
  const go = groupInit(other)
  for (;;) {
    if (g.end !== g.start) {
      let groupSize: number
      let earliestEnd: number
      let endMatchingOther: number
      do {
        groupSize = g.end - g.start
        endMatchingOther = -1
        while (slideUp(side, g)) groupPrevious(other, go)
        earliestEnd = g.end
        if (go.end > go.start) endMatchingOther = g.end
        while (slideDown(side, g)) {
          groupNext(other, go)
          if (go.end > go.start) endMatchingOther = g.end
        }
      } while (groupSize !== g.end - g.start)
      if (g.end === earliestEnd) {
        // no shifting was possible
      } else if (endMatchingOther !== -1) {
        while (go.end === go.start) {
          slideUp(side, g)
          groupPrevious(other, go)
        }
      } else {
        let shift = Math.max(earliestEnd, g.end - groupSize - 1, g.end - 100)
        let bestShift = -1
        let best: Score = { effectiveIndent: 0, penalty: 0 }
        for (; shift <= g.end; shift++) {
          const score = { effectiveIndent: 0, penalty: 0 }
          scoreSplit(side, shift, score)
          scoreSplit(side, shift - groupSize, score)
          if (bestShift === -1 || compareScores(score, best) <= 0) {
            best = score
            bestShift = shift
          }
        }
        while (g.end > bestShift) {
          slideUp(side, g)
          groupPrevious(other, go)
        }
      }
    }
    if (!groupNext(side, g)) break
    groupNext(other, go)
  }
}

/** git's default funcname rule: a line starting with a letter, `_` or `$`, at most 80 chars. */
function sectionHeading(oldLines: string[], beforeLine: number): string {
  for (let i = beforeLine - 2; i >= 0; i--) {
    const line = oldLines[i]!
    if (/^[A-Za-z_$]/.test(line)) return line.slice(0, 80).trimEnd()
  }
  return ''
}

const range = (start: number, count: number): string =>
  count === 1 ? `${start}` : `${start},${count}`

/** A unified diff of two texts with `context` lines around each change, like `git diff`. */
export function unifiedPatch(oldText: string, newText: string, context = 3): FilePatch {
  const lines = diffLines(oldText, newText)
  const oldLines = splitLines(oldText).lines
  const changes: number[] = []
  lines.forEach((line, index) => {
    if (line.op !== ' ') changes.push(index)
  })
  const hunks: Hunk[] = []
  let additions = 0
  let deletions = 0
  let at = 0
  while (at < changes.length) {
    // Grow the hunk while the next change is close enough for the contexts to touch.
    let last = changes[at]!
    let next = at + 1
    while (next < changes.length && changes[next]! - last - 1 <= 2 * context) {
      last = changes[next]!
      next++
    }
    const from = Math.max(0, changes[at]! - context)
    const to = Math.min(lines.length - 1, last + context)
    const slice = lines.slice(from, to + 1)
    let oldCount = 0
    let newCount = 0
    for (const line of slice) {
      if (line.op !== '+') oldCount++
      if (line.op !== '-') newCount++
      if (line.op === '+') additions++
      if (line.op === '-') deletions++
    }
    // With no lines on a side, git names the line before the change (0 at the top of the file).
    const firstOld = slice.find((line) => line.oldLine !== undefined)?.oldLine
    const firstNew = slice.find((line) => line.newLine !== undefined)?.newLine
    const oldStart = oldCount === 0 ? precedingLine(lines, from, 'oldLine') : firstOld!
    const newStart = newCount === 0 ? precedingLine(lines, from, 'newLine') : firstNew!
    const heading = oldCount === 0 && oldStart === 0 ? '' : sectionHeading(oldLines, oldStart)
    const header = `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@${heading ? ` ${heading}` : ''}`
    hunks.push({ oldStart, oldLines: oldCount, newStart, newLines: newCount, header, lines: slice })
    at = next
  }
  const out: string[] = []
  for (const hunk of hunks) {
    out.push(hunk.header)
    for (const line of hunk.lines) {
      out.push(`${line.op}${line.text}`)
      if (line.noEol) out.push('\\ No newline at end of file')
    }
  }
  return { patch: out.join('\n'), hunks, additions, deletions }
}

function precedingLine(lines: DiffLine[], index: number, side: 'oldLine' | 'newLine'): number {
  for (let i = index - 1; i >= 0; i--) {
    const value = lines[i]![side]
    if (value !== undefined) return value
  }
  return 0
}

/**
 * Where a review comment can go: for each hunk, the RIGHT (new) and LEFT (old) line numbers it
 * shows, and each line's `position` (1-based, counted from the first hunk header, later hunk
 * headers included, as GitHub counts it).
 */
export interface DiffPosition {
  hunk: number
  position: number
  side: 'LEFT' | 'RIGHT'
  line: number
}

export function diffPositions(hunks: Hunk[]): DiffPosition[] {
  const positions: DiffPosition[] = []
  let position = 0
  hunks.forEach((hunk, index) => {
    if (index > 0) position++ // a later hunk header counts as a line
    for (const line of hunk.lines) {
      position++
      if (line.op === '-') {
        positions.push({ hunk: index, position, side: 'LEFT', line: line.oldLine! })
      } else if (line.op === '+') {
        positions.push({ hunk: index, position, side: 'RIGHT', line: line.newLine! })
      } else {
        positions.push({ hunk: index, position, side: 'RIGHT', line: line.newLine! })
        positions.push({ hunk: index, position, side: 'LEFT', line: line.oldLine! })
      }
      if (line.noEol) position++ // the marker line takes a position too
    }
  })
  return positions
}

/** The `diff_hunk` GitHub stores with a review comment: the hunk up to the commented line. */
export function diffHunkUpTo(hunk: Hunk, side: 'LEFT' | 'RIGHT', line: number): string {
  const out = [hunk.header]
  for (const l of hunk.lines) {
    out.push(`${l.op}${l.text}`)
    const hit =
      side === 'RIGHT' ? l.op !== '-' && l.newLine === line : l.op !== '+' && l.oldLine === line
    if (hit) break
  }
  return out.join('\n')
}
