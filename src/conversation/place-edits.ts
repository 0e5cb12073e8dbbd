/**
 * Placing a reply's edits in the design: each anchor must occur exactly once, in the section the
 * edit names (or, when it is not there, once in the whole design), found exactly first and then
 * ignoring whitespace and emphasis, never by guessing. A section whose edits all place becomes a
 * returned section, spliced like any other; one with an edit that cannot be placed, or that
 * overlaps another, keeps its current text untouched, and the model is asked for it whole.
 */
import { nameKey, sectionKey, strictName } from '../document/heading-names.js'
import { parseOutline, splitNumber } from '../document/markdown.js'
import type { TemplateSpec } from '../document/types.js'
import { findPassage, type Span } from '../text/passages.js'
import type { PassageEdit } from './edit-reply.js'
import type { ReturnedSection } from './section-reply.js'
import { lineStarts, locateSections } from './splice.js'

/** An edit that was not applied, why, and the section to ask for whole (null: none known). */
export interface UnplacedEdit {
  edit: PassageEdit
  reason: string
  section: string | null
}

export interface PlacedEdits {
  /** Each section whose edits were all placed, as it reads with them. */
  sections: ReturnedSection[]
  /** The title and what precedes the first section, when edits changed them. */
  preamble?: string
  unplaced: UnplacedEdit[]
  /** Edits in a section the reply also returned whole: that section's text is the one taken. */
  superseded: PassageEdit[]
  /** How many edits were placed, and how many of those only when whitespace and emphasis were ignored. */
  placed: number
  loose: number
}

/** The title and what stands before the first section, as edits and messages name it. */
export const PREAMBLE_REGION = 'the title'

interface Region {
  key: string
  index: number
  from: number
  to: number
}

interface Operation {
  edit: PassageEdit
  region: Region
  /** Characters [from, to) of the design replaced by `text`; from === to for an insertion. */
  from: number
  to: number
  text: string
  loose: boolean
}

export function placeEdits(
  document: string,
  spec: TemplateSpec,
  edits: readonly PassageEdit[],
  /** Keys of the sections the reply returned whole. */
  returnedWhole: ReadonlySet<string> = new Set(),
): PlacedEdits {
  const regions = regionsOf(document, spec)
  const out: PlacedEdits = { sections: [], unplaced: [], superseded: [], placed: 0, loose: 0 }
  const operations: Operation[] = []
  for (const edit of edits) {
    const named = namedRegion(document, regions, edit.section)
    if (named && returnedWhole.has(named.key)) {
      out.superseded.push(edit)
      continue
    }
    const found = locate(document, edit.anchor, named)
    if ('reason' in found) {
      out.unplaced.push({ edit, reason: found.reason, section: named?.key ?? null })
      continue
    }
    const region = regions.find((r) => found.span.from >= r.from && found.span.to <= r.to)
    if (!region) {
      const first = regions.find((r) => found.span.from >= r.from && found.span.from < r.to)
      out.unplaced.push({
        edit,
        reason: `its ${anchorName(edit)} runs across the end of a section: an edit changes one section only`,
        section: named?.key ?? first?.key ?? null,
      })
      continue
    }
    if (returnedWhole.has(region.key)) {
      out.superseded.push(edit)
      continue
    }
    operations.push({ ...operation(document, edit, found.span), region, loose: found.loose })
  }

  for (const [i, a] of operations.entries()) {
    const b = operations.find((other, j) => j !== i && overlap(a, other))
    if (b) {
      out.unplaced.push({
        edit: a.edit,
        reason: `it overlaps the edit at line ${b.edit.line} of your reply: edits must not touch the same text`,
        section: a.region.key,
      })
    }
  }
  const failed = new Set(out.unplaced.flatMap((u) => (u.section ? [u.section] : [])))
  const refused = new Set(out.unplaced.map((u) => u.edit))
  for (const region of regions) {
    const mine = operations.filter((o) => o.region === region && !refused.has(o.edit))
    if (mine.length === 0 || failed.has(region.key)) continue
    out.placed += mine.length
    out.loose += mine.filter((o) => o.loose).length
    const text = applyOperations(document, region, mine)
    if (text === document.slice(region.from, region.to)) continue
    if (region.index === PREAMBLE_INDEX) {
      out.preamble = text
    } else {
      out.sections.push({
        index: region.index,
        key: region.key,
        text: `${text.trimEnd()}\n`,
        line: Math.min(...mine.map((o) => o.edit.line)),
        fromEdits: true,
      })
    }
  }
  return out
}

/** The index that marks the preamble among the regions: no template section has it. */
const PREAMBLE_INDEX = -2

/** The preamble, then each section of the design, as character ranges. */
function regionsOf(document: string, spec: TemplateSpec): Region[] {
  const starts = lineStarts(document)
  const at = (line: number) => starts[line] ?? document.length
  const sections = locateSections(document, spec).map((r) => ({
    key: r.key,
    index: r.index,
    from: at(r.line),
    to: at(r.endLine),
  }))
  const preamble = {
    key: PREAMBLE_REGION,
    index: PREAMBLE_INDEX,
    from: 0,
    to: sections[0]?.from ?? document.length,
  }
  return [preamble, ...sections]
}

/**
 * The region an edit names: the section under that heading (its number and formatting may be
 * written differently), or the section holding a sub-section of that name; undefined for none.
 */
function namedRegion(document: string, regions: Region[], name: string): Region | undefined {
  if (name === '') return undefined
  if (nameKey(name) === nameKey(PREAMBLE_REGION) || /^title$/i.test(name)) return regions[0]
  const sections = regions.slice(1)
  const wanted = strictName(name.replace(/^#+\s*/, ''))
  const exact = sections.find((r) => r.key === wanted)
  if (exact) return exact
  const words = nameKey(splitNumber(wanted).name)
  const byName = sections.filter((r) => nameKey(splitNumber(r.key).name) === words)
  if (byName.length === 1) return byName[0]
  const sub = parseOutline(document).headings.filter((h) => sectionKey(h) === wanted)
  if (sub.length !== 1 || !sub[0]) return undefined
  const from = lineStarts(document)[sub[0].line] ?? 0
  return sections.find((r) => from >= r.from && from < r.to)
}

/** Where an anchor is: once in the named region, else once in the whole design. */
function locate(
  document: string,
  anchor: string,
  named: Region | undefined,
): { span: Span; loose: boolean } | { reason: string } {
  if (named) {
    const inRegion = findPassage(document.slice(named.from, named.to), anchor)
    const [only] = inRegion.spans
    if (inRegion.spans.length === 1 && only) {
      return {
        span: { from: only.from + named.from, to: only.to + named.from },
        loose: inRegion.how === 'loose',
      }
    }
    if (inRegion.spans.length > 1)
      return { reason: ambiguous(inRegion.spans.length, 'that section') }
  }
  const anywhere = findPassage(document, anchor)
  const [only] = anywhere.spans
  if (anywhere.spans.length === 1 && only) return { span: only, loose: anywhere.how === 'loose' }
  if (anywhere.spans.length > 1) {
    return {
      reason: ambiguous(
        anywhere.spans.length,
        named ? 'the design (not in that section)' : 'the design',
      ),
    }
  }
  return {
    reason: `it is not in ${named ? 'that section' : 'the design'}, not even ignoring spacing and emphasis: copy it exactly from the current design`,
  }
}

function ambiguous(times: number, where: string): string {
  return `it occurs ${times} times in ${where}: copy more of the text around it, so that it occurs once`
}

function anchorName(edit: PassageEdit): string {
  return edit.kind === 'insert' ? '<after> line' : '<old> text'
}

/** What an edit does to the design, once its anchor is found at `span`. */
function operation(
  document: string,
  edit: PassageEdit,
  span: Span,
): Pick<Operation, 'edit' | 'from' | 'to' | 'text'> {
  if (edit.kind === 'insert') {
    // After the whole line the anchor ends on, so a partial line still inserts between lines.
    const lineEnd = document.indexOf('\n', Math.max(span.from, span.to - 1))
    const at = lineEnd < 0 ? document.length : lineEnd
    return { edit, from: at, to: at, text: `\n${edit.text.replace(/\n+$/, '')}` }
  }
  // A replacement that brings its own indentation replaces the line's, so it is not doubled.
  const lineStart = document.lastIndexOf('\n', span.from - 1) + 1
  const indentOnly = /^[ \t]*$/.test(document.slice(lineStart, span.from))
  const from = indentOnly && /^[ \t]/.test(edit.text) ? lineStart : span.from
  // Deleting whole lines deletes their line breaks too, so no blank line is left in their place.
  const wholeLines = indentOnly && /^[ \t]*(?:\n|$)/.test(document.slice(span.to))
  if (edit.text === '' && wholeLines) {
    const lineEnd = document.indexOf('\n', span.to)
    return { edit, from: lineStart, to: lineEnd < 0 ? document.length : lineEnd + 1, text: '' }
  }
  return { edit, from, to: span.to, text: edit.text }
}

/** Whether two edits touch the same text (insertions at one place do not: they keep reply order). */
function overlap(a: Operation, b: Operation): boolean {
  if (a.from === a.to && b.from === b.to) return false
  if (a.from === a.to) return b.from < a.from && a.from < b.to
  if (b.from === b.to) return a.from < b.from && b.from < a.to
  return a.from < b.to && b.from < a.to
}

/** The region's text with its edits applied, from the end so earlier offsets hold. */
function applyOperations(document: string, region: Region, operations: Operation[]): string {
  const ordered = operations
    .map((o, order) => ({ ...o, order }))
    .sort((a, b) => b.from - a.from || b.order - a.order)
  let text = document.slice(region.from, region.to)
  for (const o of ordered) {
    text = text.slice(0, o.from - region.from) + o.text + text.slice(o.to - region.from)
  }
  return text
}
