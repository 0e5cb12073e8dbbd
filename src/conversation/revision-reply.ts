/**
 * Reading a revision reply whatever form it takes: NO CHANGES, whole sections (or the whole
 * document), edits, or edits and whole sections together. Edits are placed in the design as it
 * stands (place-edits.ts) and become returned sections, so splicing, people's edits and the
 * repair turns treat both forms alike; an edit that cannot be placed is a problem at its line in
 * the reply that asks for its section whole.
 */
import { parseOutline } from '../document/markdown.js'
import type { TemplateSpec, Violation } from '../document/types.js'
import { clip } from '../text/clip.js'
import { plural } from '../text/wording.js'
import { extractEdits } from './edit-reply.js'
import { placeEdits, type UnplacedEdit } from './place-edits.js'
import { parseSectionReply, type ReturnedSection, type SectionReply } from './section-reply.js'
import { locateSections, rangeFor } from './splice.js'

/** How many of a reply's edits were placed; absent when the reply had none. */
export interface EditCounts {
  placed: number
  /** Placed only when whitespace and emphasis were ignored. */
  loose: number
  unplaced: number
}

export type RevisionReply = SectionReply & { edits?: EditCounts }

export function parseRevisionReply(
  reply: string,
  spec: TemplateSpec,
  document: string,
): RevisionReply {
  const blocks = extractEdits(reply)
  if (blocks.edits.length === 0 && blocks.problems.length === 0) {
    return parseSectionReply(reply, spec, document)
  }
  const removed: string[] = []
  const whole = wholeSections(blocks.rest, spec, document, removed)
  const ranges = locateSections(document, spec)
  const returnedWhole = new Set(
    whole.sections.flatMap((s) => {
      const range = rangeFor(ranges, s)
      return range ? [range.key] : []
    }),
  )
  const placed = placeEdits(document, spec, blocks.edits, returnedWhole)
  if (placed.superseded.length > 0) {
    removed.push(
      `${plural(placed.superseded.length, 'edit')} inside sections the reply also returned whole (the whole sections were taken)`,
    )
  }
  const violations = [
    ...whole.violations,
    ...blocks.problems,
    ...placed.unplaced.map(unplacedProblem),
  ].sort((a, b) => a.line - b.line)
  const preamble = whole.preamble ?? placed.preamble
  const result = {
    sections: [...whole.sections, ...placed.sections],
    ...(preamble === undefined ? {} : { preamble }),
    removed: [...whole.removed, ...removed],
    edits: { placed: placed.placed, loose: placed.loose, unplaced: placed.unplaced.length },
  }
  if (violations.length === 0) return { kind: 'sections', ...result }
  return {
    kind: 'invalid',
    violations,
    skipped: whole.skipped + blocks.problems.length + placed.unplaced.length,
    ...result,
  }
}

/** What a reply returns whole beside its edits. */
interface WholeSections {
  sections: ReturnedSection[]
  preamble?: string
  violations: Violation[]
  skipped: number
  removed: string[]
}

/** The sections a reply returns whole beside its edits; what is left without a heading is chatter. */
function wholeSections(
  rest: string,
  spec: TemplateSpec,
  document: string,
  removed: string[],
): WholeSections {
  if (parseOutline(rest).headings.length > 0) {
    const parsed = parseSectionReply(rest, spec, document)
    if (parsed.kind === 'sections') return { ...parsed, violations: [], skipped: 0 }
    if (parsed.kind === 'invalid') return parsed
  }
  const chatter = rest
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s*(?:`{3,}|~{3,})\s*\w*\s*$/.test(line))
    .join(' ')
    .trim()
  if (chatter !== '') removed.push(`text outside the edits: "${clip(chatter, 80)}"`)
  return { sections: [], violations: [], skipped: 0, removed: [] }
}

function unplacedProblem({ edit, reason, section }: UnplacedEdit): Violation {
  const which = `The <${edit.kind}> edit${section ? ` in "${section}"` : ''}`
  return {
    line: edit.line,
    message: section
      ? `${which} was not applied: ${reason}. None of your edits in "${section}" were applied: return that section whole instead, from its heading to its end`
      : `${which} was not applied: ${reason}; name the section it is in (section="…"), or return that section whole`,
  }
}
