/**
 * Where a review comment may be anchored. GitHub accepts a comment on the RIGHT side of a pull
 * request file only on a line inside one of its diff hunks (an added line or a context line); any
 * other line makes the whole review request fail with 422, so callers check first.
 */

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/**
 * The RIGHT-side (new file) line numbers inside the hunks of a GitHub pull request file `patch`
 * (hunks without file headers). An undefined patch (binary file, or a diff too large for
 * GitHub to include) has no commentable line.
 */
export function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>()
  if (patch === undefined) return lines
  // Hunk bodies are read by their header's counts, so a trailing newline, a "\ No newline at
  // end of file" line or text after the last hunk is never mistaken for a diff line.
  let right = 0
  let oldLeft = 0
  let newLeft = 0
  for (const raw of patch.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const header = HUNK_HEADER.exec(line)
    if (header) {
      oldLeft = Number(header[1] ?? 1)
      right = Number(header[2])
      newLeft = Number(header[3] ?? 1)
      continue
    }
    if (oldLeft <= 0 && newLeft <= 0) continue // outside a hunk
    const kind = line[0]
    if (kind === '\\') continue // "\ No newline at end of file"
    if (kind === '-') {
      oldLeft--
    } else if (kind === '+') {
      lines.add(right++)
      newLeft--
    } else {
      // Context; an empty line is a blank context line whose leading space was stripped.
      lines.add(right++)
      oldLeft--
      newLeft--
    }
  }
  return lines
}
