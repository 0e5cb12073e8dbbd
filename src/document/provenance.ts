/**
 * What a design file was made from, recorded in one hidden HTML comment on its last line:
 *
 *   <!-- tech-design-action: {"v":1,"requirements":"…","prompt":"…","model":"…","design":"…"} -->
 *
 * so that a re-run with the same inputs costs nothing (no model call), and a person's edit of
 * the design is detected (the body no longer hashes to `design`) instead of being overwritten.
 * It also carries what the pull request has spent on designs so far (`spentUsd`).
 *
 * Hashes are taken over LF text, so a checkout with CRLF line endings is still current.
 * The marker is an HTML block after a blank line: it renders as nothing and ends any list above
 * it, so the open questions found in a stamped design are those of the unstamped one. Validate
 * `readStamp(text).body`, though: on the stamped text, a violation placed at "the end of the
 * document" (a missing last section) lands on the marker's line, and an empty last section
 * would count the marker as content.
 */
import { createHash } from 'node:crypto'
import { toLf } from '../text/lines.js'

export interface Provenance {
  /** sha256 of docs/requirements.md as read. */
  requirements: string
  /** sha256 of the template and instructions the prompt was built from. */
  prompt: string
  model: string
  /** sha256 of the document body above the marker, LF, ending with exactly one newline. */
  design: string
  /**
   * The commit the requirements were read at, when they came from a file: the next revision
   * reads them there to tell the model what changed. Not part of "current".
   */
  source?: string
  /**
   * What the model calls of every run that made this design on its pull request cost so far, in
   * US dollars at list prices: the per-pull-request spend cap reads it. Not part of "current".
   */
  spentUsd?: number
}

export type DesignState = 'absent' | 'current' | 'stale' | 'edited'

const VERSION = 1
const LABEL = 'tech-design-action:'
const MARKER_LINE = /^<!--\s*tech-design-action:\s*(\{.*\})\s*-->$/
const HEX64 = /^[0-9a-f]{64}$/

/** Lower-case hex sha256 of the UTF-8 text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/**
 * The body as hashed: LF line endings, ending with exactly one newline. Trailing blank lines
 * mean nothing in Markdown and editors add or drop them freely; they must not read as an edit.
 */
function canonicalBody(body: string): string {
  return `${toLf(body).trimEnd()}\n`
}

/** The document followed by a blank line and the provenance marker (LF, final newline). */
export function stampDesign(document: string, p: Omit<Provenance, 'design'>): string {
  const body = canonicalBody(document)
  const record = {
    v: VERSION,
    requirements: p.requirements,
    prompt: p.prompt,
    model: p.model,
    design: sha256(body),
    ...(p.source ? { source: p.source } : {}),
    ...(p.spentUsd !== undefined ? { spentUsd: roundUsd(p.spentUsd) } : {}),
  }
  // `<` and `>` escaped so no value can close the comment early ("-->") — JSON.parse undoes it.
  const json = JSON.stringify(record).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
  return `${body}\n<!-- ${LABEL} ${json} -->\n`
}

/** To a hundredth of a cent: the stamp stays short, and the sum stays within a cent of the truth. */
function roundUsd(usd: number): number {
  return Math.round(usd * 10_000) / 10_000
}

/**
 * Splits a design file into its body and its provenance. A missing, malformed or
 * unknown-version marker gives `provenance: null` and the whole text as the body. The body is LF
 * text without the marker line and the blank line before it.
 */
export function readStamp(fileText: string): { body: string; provenance: Provenance | null } {
  const found = findMarker(fileText)
  if (!found) return { body: toLf(fileText), provenance: null }
  const { lines, index, above, provenance } = found
  const below = lines.slice(index + 1)
  const body = below.some((l) => l.trim() !== '')
    ? [...above, ...below].join('\n')
    : `${above.join('\n')}\n`
  return { body, provenance }
}

/**
 * The file's line number of a line of its body (`readStamp(fileText).body`): lines a person
 * wrote below the marker stand lower in the file than in the body, by the lines taken out.
 */
export function lineInFile(fileText: string, bodyLine: number): number {
  const found = findMarker(fileText)
  if (!found || bodyLine <= found.above.length) return bodyLine
  return bodyLine + (found.index - found.above.length) + 1
}

/** The last marker line, wherever it is: text a person added below it is part of the body (and
 * makes the body's hash differ, so it reads as an edit). */
function findMarker(fileText: string): {
  lines: string[]
  index: number
  /** The lines above the marker, without the blank line before it. */
  above: string[]
  provenance: Provenance
} | null {
  const lines = toLf(fileText).split('\n')
  for (let i = lines.length - 1; i >= 0; i--) {
    const provenance = parseMarker((lines[i] ?? '').trim())
    if (!provenance) continue
    const above = lines.slice(0, i)
    if (above.at(-1) === '') above.pop()
    return { lines, index: i, above, provenance }
  }
  return null
}

function parseMarker(line: string): Provenance | null {
  const m = MARKER_LINE.exec(line)
  if (!m) return null
  let json: unknown
  try {
    json = JSON.parse(m[1] ?? '')
  } catch {
    return null
  }
  if (typeof json !== 'object' || json === null) return null
  const r = json as Record<string, unknown>
  const { requirements, prompt, model, design, source, spentUsd } = r
  if (r.v !== VERSION) return null
  if (typeof requirements !== 'string' || !HEX64.test(requirements)) return null
  if (typeof prompt !== 'string' || !HEX64.test(prompt)) return null
  if (typeof design !== 'string' || !HEX64.test(design)) return null
  if (typeof model !== 'string' || model === '') return null
  const commit = typeof source === 'string' && /^[0-9a-f]{40}$/.test(source) ? { source } : {}
  const spent =
    typeof spentUsd === 'number' && Number.isFinite(spentUsd) && spentUsd >= 0 ? { spentUsd } : {}
  return { requirements, prompt, model, design, ...commit, ...spent }
}

/**
 * What to do with the design file at hand, given the inputs of this run:
 * - absent: there is no file — generate;
 * - edited: no valid marker, or the body no longer matches its hash — a person wrote or changed
 *   it, so it must not be overwritten silently;
 * - current: made by us from exactly these inputs — nothing to do;
 * - stale: made by us, untouched since, from other inputs — regenerate.
 */
export function designState(
  fileText: string | null,
  inputs: Omit<Provenance, 'design'>,
): DesignState {
  if (fileText === null) return 'absent'
  const { body, provenance } = readStamp(fileText)
  if (!provenance || !matchesStamp(body, provenance)) return 'edited'
  const same =
    provenance.requirements === inputs.requirements &&
    provenance.prompt === inputs.prompt &&
    provenance.model === inputs.model
  return same ? 'current' : 'stale'
}

/** Whether a design file's body is the one its stamp records: no one edited it since it was made. */
export function matchesStamp(body: string, provenance: Provenance): boolean {
  return sha256(canonicalBody(body)) === provenance.design
}
