/**
 * Code fences read line by line, as CommonMark (and marked, in markdown.ts) reads them: for the
 * callers that must read fences without lexing the whole document (a streamed partial answer,
 * the wrapping around a model's reply, a comment body to be closed off safely) and for writing
 * a fence that the text inside cannot close. No dependency: the not-a-command path loads this.
 */

/** The fence a line opens: its marker ("```", "~~~~") and its info string, as written. */
export interface FenceOpening {
  marker: string
  info: string
}

/** Up to three spaces, three or more backticks or tildes, then whatever follows them. */
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/

/**
 * The fence `line` opens, or null. A backtick fence's info string may hold no backtick (as in
 * CommonMark and marked): "```a` b```" is inline code in a paragraph, not a fence.
 */
export function fenceOpening(line: string): FenceOpening | null {
  const m = FENCE_LINE.exec(line)
  if (!m) return null
  const marker = m[1] ?? ''
  const info = m[2] ?? ''
  if (marker.startsWith('`') && info.includes('`')) return null
  return { marker, info }
}

/** Whether `line` closes the fence `opening` opened: the same character, as many or more, bare. */
export function closesFence(line: string, opening: FenceOpening): boolean {
  const m = FENCE_LINE.exec(line)
  if (!m) return false
  const marker = m[1] ?? ''
  return (
    (m[2] ?? '').trim() === '' &&
    marker[0] === opening.marker[0] &&
    marker.length >= opening.marker.length
  )
}

/**
 * The fence still open after lines [from, to), with the index of the line that opened it, or
 * null when every fence there is closed.
 */
export function fenceLeftOpen(
  lines: readonly string[],
  from = 0,
  to = lines.length,
): { index: number; opening: FenceOpening } | null {
  let open: { index: number; opening: FenceOpening } | null = null
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? ''
    if (open === null) {
      const opening = fenceOpening(line)
      if (opening) open = { index: i, opening }
    } else if (closesFence(line, open.opening)) {
      open = null
    }
  }
  return open
}

/** The first word of a fence's info string: its language ("" for a bare fence). */
export function fenceLanguage(info: string): string {
  return info.trim().split(/\s+/)[0] ?? ''
}

/** Length of the longest run of backticks in the text (0 when it has none). */
export function longestBacktickRun(text: string): number {
  let longest = 0
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  return longest
}

/**
 * A backtick fence no line of `text` can close: longer than any run of backticks in it (a
 * closing fence is such a run on a line of its own), and at least the usual three.
 */
export function fenceFor(text: string): string {
  return '`'.repeat(Math.max(3, longestBacktickRun(text) + 1))
}
