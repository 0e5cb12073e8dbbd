/**
 * A three-way merge by lines, as `git merge-file` does it: what people changed since the base and
 * what the revision changed since the base are both applied where they touch different lines.
 * Where both changed the same lines, the revision's lines are taken and the people's lines that
 * are then missing are returned, so a caller can say exactly what was not kept.
 */
import { lineMatches } from './line-diff.js'
import { toLf } from '../text/lines.js'

export interface LineMerge {
  text: string
  /** Lines people wrote (non-blank, not in the base) that the merged text does not have. */
  notKept: string[]
}

export function mergeLines(base: string, people: string, revision: string): LineMerge {
  const b = linesOf(base)
  const p = linesOf(people)
  const r = linesOf(revision)
  const toPeople = lineMatches(b, p)
  const toRevision = lineMatches(b, r)
  const out: string[] = []
  const notKept: string[] = []
  let [bi, pi, ri] = [0, 0, 0]
  // Base lines both sides kept are stable anchors; between two anchors each side changed, or not.
  for (let i = 0; i <= b.length; i++) {
    const pAt = i < b.length ? (toPeople[i] as number) : p.length
    const rAt = i < b.length ? (toRevision[i] as number) : r.length
    if (pAt < 0 || rAt < 0) continue
    const was = b.slice(bi, i)
    const theirs = p.slice(pi, pAt)
    const ours = r.slice(ri, rAt)
    if (same(theirs, was)) out.push(...ours)
    else if (same(ours, was) || same(ours, theirs)) out.push(...theirs)
    else {
      out.push(...ours)
      const kept = new Set([...was, ...ours])
      notKept.push(...theirs.filter((line) => line.trim() !== '' && !kept.has(line)))
    }
    if (i < b.length) out.push(b[i] as string)
    ;[bi, pi, ri] = [i + 1, pAt + 1, rAt + 1]
  }
  return { text: `${out.join('\n')}\n`, notKept }
}

function linesOf(text: string): string[] {
  const body = toLf(text).trimEnd()
  return body === '' ? [] : body.split('\n')
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i])
}
