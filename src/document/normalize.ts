/**
 * Strips the harmless wrapping a model puts around a document — a preamble, one code fence
 * around everything, a sign-off — so validation sees the document itself. It works on lines and
 * never touches anything between the title and the end of the document proper.
 */
import { closesFence, fenceLanguage, fenceLeftOpen, fenceOpening } from './fences.js'
import { toLf } from '../text/lines.js'
import type { FenceOpening } from './fences.js'
import type { TemplateSpec } from './types.js'
import { clip } from '../text/clip.js'
import { plural } from '../text/wording.js'

export interface NormalizedDesign {
  text: string
  /** What was removed, for logs: one short description per removal. */
  removed: string[]
}

/** The fence a line opens when it may wrap a whole document: ``` / ~~~, optionally markdown or md. */
function wrapperFence(line: string): FenceOpening | null {
  const fence = fenceOpening(line)
  return fence && /^\s*(?:markdown|md)?\s*$/i.test(fence.info) ? fence : null
}

/** Sign-off lines a model appends after the document ("Let me know if …"). */
const SIGN_OFF =
  /^(?:let me know|i hope|hope this|feel free|would you like|if you(?:'d| would) like|happy to|shall i|do you want|this (?:design|document) (?:should|covers|provides))/i

export function normalizeDesign(raw: string, spec: TemplateSpec): NormalizedDesign {
  const removed: string[] = []
  let text = raw
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1)
    removed.push('byte order mark')
  }
  if (text.includes('\r')) {
    text = toLf(text)
    removed.push('carriage returns (CRLF → LF)')
  }
  const lines = text.split('\n')

  let start = findTitle(lines, spec)
  let end = lines.length // exclusive
  if (start < 0) {
    // No title to anchor on: only a fence opening the output can be recognised safely.
    start = lines.findIndex((l) => l.trim() !== '')
    if (start >= 0 && wrapperFence(lines[start] ?? '')) start += 1
    else start = -1
  }

  if (start >= 0) {
    // The wrapper's opening fence is a bare or markdown fence before the title that nothing
    // closes there; everything else before the title is preamble.
    const open = unclosedFence(lines, start)
    const fence = open >= 0 ? wrapperFence(lines[open] ?? '') : null
    const chatter = lines
      .slice(0, start)
      .filter((l, i) => (!fence || i !== open) && l.trim() !== '')
    if (chatter.length > 0) removed.push(`text before the title: ${preview(chatter)}`)

    if (fence) {
      const close = closingFence(lines, start, fence)
      // Unclosed (output cut short): everything after the title is kept.
      const unclosed = close < 0 ? '; never closed' : ''
      removed.push(
        `opening code fence "${(lines[open] ?? '').trim()}" (line ${open + 1}${unclosed})`,
      )
      if (close >= 0) {
        end = close
        removed.push(`closing code fence (line ${close + 1})`)
        const after = lines.slice(close + 1).filter((l) => l.trim() !== '')
        if (after.length > 0) removed.push(`text after the closing fence: ${preview(after)}`)
        end = dropSignOff(lines, start, end, removed)
      }
    }
    lines.splice(end)
    lines.splice(0, start)
  }

  // Exactly one trailing newline; leading and trailing blank lines are not part of the document.
  const body = lines
    .join('\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd()
  return { text: body === '' ? '' : `${body}\n`, removed }
}

/**
 * Index of the title line: a heading of the title's level starting with the template's prefix,
 * else the document's first heading if it is at the title's level. Never a heading further
 * down: what precedes it would be real content.
 */
function findTitle(lines: string[], spec: TemplateSpec): number {
  const heading = new RegExp(`^ {0,3}#{${spec.title.level}}[ \\t]+(.*)$`)
  const prefix = spec.title.prefix.replace(/\s+/g, ' ').trim()
  if (prefix !== '') {
    const candidates: number[] = []
    lines.forEach((l, i) => {
      if (heading.exec(l)?.[1]?.replace(/\s+/g, ' ').startsWith(prefix)) candidates.push(i)
    })
    // Outside any code block, else inside the one fence that wraps the whole document.
    const outside = candidates.find((i) => unclosedFence(lines, i) < 0)
    if (outside !== undefined) return outside
    const wrapped = candidates.find((i) => wrapperFence(lines[unclosedFence(lines, i)] ?? ''))
    if (wrapped !== undefined) return wrapped
  }
  let code: FenceOpening | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (code) {
      if (closesFence(line, code)) code = null
      continue
    }
    const fence = fenceOpening(line)
    if (fence) {
      // A bare or markdown fence may be the wrapper; any other fence opens a code block.
      if (!/^(?:markdown|md)?$/i.test(fenceLanguage(fence.info))) code = fence
      continue
    }
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) return heading.test(line) ? i : -1
  }
  return -1
}

/** Index of the fence opened before line `end` and not closed by then, or -1. */
function unclosedFence(lines: string[], end: number): number {
  return fenceLeftOpen(lines, 0, end)?.index ?? -1
}

/**
 * The wrapper's closing fence. Fences inside the document (```mermaid … ```) come in pairs, so
 * walking them as open/close pairs leaves the wrapper's closing fence as the one that opens a
 * block nothing closes. When every fence is paired, the wrapper was never closed.
 */
function closingFence(lines: string[], from: number, wrapper: FenceOpening): number {
  const open = fenceLeftOpen(lines, from)
  // Only a bare fence that could close the wrapper's own opening fence is its closing fence.
  return open && closesFence(lines[open.index] ?? '', wrapper) ? open.index : -1
}

/** Sign-off paragraphs (and a rule before them) at the end of a fenced document. */
function dropSignOff(lines: string[], start: number, end: number, removed: string[]): number {
  let cut = end
  for (;;) {
    let last = cut - 1
    while (last > start && (lines[last] ?? '').trim() === '') last--
    let first = last
    while (first > start && (lines[first - 1] ?? '').trim() !== '') first--
    if (last <= start || !SIGN_OFF.test((lines[first] ?? '').trim())) break
    removed.push(`sign-off at the end of the document: ${preview(lines.slice(first, last + 1))}`)
    cut = first
  }
  if (cut < end) {
    // A rule before the sign-off goes with it; a "---" right under text is a setext heading.
    let last = cut - 1
    while (last > start && (lines[last] ?? '').trim() === '') last--
    const rule = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/.test(lines[last] ?? '')
    if (rule && (lines[last - 1] ?? '').trim() === '') {
      removed.push(`horizontal rule before the sign-off (line ${last + 1})`)
      cut = last
    }
  }
  return cut
}

function preview(lines: string[]): string {
  const text = lines.map((l) => l.trim()).join(' ')
  return `"${clip(text, 80)}" (${plural(lines.length, 'line')})`
}
