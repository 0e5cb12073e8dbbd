/**
 * Where a streaming design has got to, for progress reports. Called on every streamed chunk, so
 * it is a single line scan with no Markdown parser: it only has to skip code fences (a `## `
 * line inside one is not a heading) and find the last level-2 heading.
 */

/**
 * Text of the last `## ` heading in the partial document ("5. Detailed Design"), or null before
 * the first one. The last line counts even while it is still being streamed.
 */
export function sectionReached(partialText: string): string | null {
  let reached: string | null = null
  let fence: string | null = null // the open fence's marker, e.g. "```" or "~~~~"
  let start = 0
  while (start <= partialText.length) {
    let end = partialText.indexOf('\n', start)
    if (end === -1) end = partialText.length
    const c = partialText.charCodeAt(start)
    // Only lines starting with "#", "`", "~" or up to 3 spaces can matter; skip the rest fast.
    if (c === 35 || c === 96 || c === 126 || c === 32) {
      const line = partialText.slice(start, end).replace(/\r$/, '')
      const marker = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
      if (marker) {
        const run = marker[1] ?? ''
        if (fence === null) fence = run
        else if (
          run[0] === fence[0] &&
          run.length >= fence.length &&
          (marker[2] ?? '').trim() === ''
        ) {
          fence = null
        }
      } else if (fence === null) {
        const heading = /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)
        if (heading && (heading[1] ?? '') !== '') reached = heading[1] ?? null
      }
    }
    start = end + 1
  }
  return reached
}
