/**
 * Where a streaming design has got to, for progress reports. Called on every streamed chunk, so
 * it is a single line scan with no Markdown parser: it only has to skip code fences (a `## `
 * line inside one is not a heading) and find the last level-2 heading.
 */
import { closesFence, fenceOpening } from '../document/fences.js'
import type { FenceOpening } from '../document/fences.js'

/**
 * Text of the last `## ` heading in the partial document ("5. Detailed Design"), or null before
 * the first one. The last line counts even while it is still being streamed.
 */
export function sectionReached(partialText: string): string | null {
  let reached: string | null = null
  let fence: FenceOpening | null = null
  let start = 0
  while (start <= partialText.length) {
    let end = partialText.indexOf('\n', start)
    if (end === -1) end = partialText.length
    const c = partialText.charCodeAt(start)
    // Only lines starting with "#", "`", "~" or up to 3 spaces can matter; skip the rest fast.
    if (c === 35 || c === 96 || c === 126 || c === 32) {
      const line = partialText.slice(start, end).replace(/\r$/, '')
      if (fence !== null) {
        if (closesFence(line, fence)) fence = null
      } else {
        fence = fenceOpening(line)
        const heading = fence ? null : /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)
        if (heading && (heading[1] ?? '') !== '') reached = heading[1] ?? null
      }
    }
    start = end + 1
  }
  return reached
}
