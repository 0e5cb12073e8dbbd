/**
 * The repair turns: when returned sections do not fit, or a full design breaks the template
 * inside its sections, the model is told where each problem is and asked for those sections
 * only, so a repair costs what it fixes. Apart because it builds on the other three: the
 * protocol of the revision turn, the reply as read, and the sections as spliced.
 */
import { formatSection } from '../document/heading-names.js'
import { parseOutline } from '../document/markdown.js'
import type { TemplateSpec, Violation } from '../document/types.js'
import type { RevisionFormat } from '../config/defaults.js'
import { revisionProtocol } from './revision-turn.js'
import type { ReturnedSection } from './section-reply.js'
import { locateSections, rangeFor, sectionLevel, topLevel } from './splice.js'

/** A problem as the model is told it: where to look, and what is wrong. */
export interface SectionProblem {
  where: string
  message: string
}

/**
 * Where the model should look for each problem: in its reply for what parsing found; for the
 * spliced document's violations, in its reply when the line falls in a section it just returned,
 * else in the design by section (a person's edit, or a section applied in an earlier round).
 */
export function describeProblems(
  replyViolations: Violation[],
  documentViolations: Violation[],
  document: string,
  returned: ReturnedSection[],
  spec: TemplateSpec,
): SectionProblem[] {
  const ranges = locateSections(document, spec)
  const inReply = replyViolations.map((v) => ({
    where: `line ${v.line} of your reply`,
    message: v.message,
  }))
  const inDocument = documentViolations.map((v) => {
    const range = ranges.find((r) => v.line >= r.line && v.line < r.endLine)
    // An edited section's lines are the design's, not the reply's.
    const section = range ? returned.find((s) => !s.fromEdits && rangeFor([range], s)) : undefined
    if (range && section) {
      return {
        where: `line ${section.line + (v.line - range.line)} of your reply`,
        message: v.message,
      }
    }
    const where = range
      ? `, in "${range.heading}"`
      : ranges[0] && v.line < ranges[0].line
        ? ', before its first section'
        : ''
    return { where: `line ${v.line} of the design as it now stands${where}`, message: v.message }
  })
  return [...inReply, ...inDocument]
}

/**
 * The follow-up turn when a reply does not fit: the problems, what was applied, and a request for
 * what is still needed. NO CHANGES is offered only when nothing the model meant to change was left
 * out (`mayBeDone`), so a misspelt heading or an edit that found no place cannot be lost quietly.
 * Under the edit protocol the model may answer with edits again, or with the sections asked for.
 */
export function buildSectionRepairTurn(
  problems: SectionProblem[],
  {
    applied,
    mayBeDone,
    level = 2,
    format = 'sections',
  }: { applied: string[]; mayBeDone: boolean; level?: number; format?: RevisionFormat },
): string {
  const edits = format === 'edits'
  const names = applied.map((name) => `"${name}"`).join(', ')
  const protocol = revisionProtocol(level).replace(
    / If nothing needs to change, reply exactly NO CHANGES\.$/,
    '',
  )
  const hashes = '#'.repeat(level)
  return [
    edits ? 'Your reply does not fit:' : 'Your sections do not fit:',
    ...problems.map((p) => `- ${p.where}: ${p.message}`),
    '',
    applied.length === 0
      ? 'Nothing from your reply was applied to the design.'
      : edits
        ? `Applied to the design from your reply: ${names}. An edit now copies its text from those sections as your reply changed them, and a section you return whole replaces its text once more. Nothing else from your reply was applied.`
        : `Applied to the design from your reply: ${names}; a section you return again replaces it once more. Nothing else from your reply was applied.`,
    edits
      ? `Reply again with what is still needed only, in the same forms as before: each section asked for whole, complete from its \`${hashes} \` heading to its end, and edits or whole sections for the other problems.`
      : `Reply again with the corrected sections only, same rules. ${protocol}`,
    mayBeDone
      ? `If the ${edits ? 'changes' : 'sections'} applied are all you meant to change (the problems were only in text outside them), reply exactly NO CHANGES.`
      : edits
        ? 'A problem in a section you did not change is fixed by an edit there, or by returning that section whole, corrected.'
        : 'A problem in a section you did not return is fixed by returning that section, corrected.',
  ].join('\n')
}

/**
 * Whether a full design's problems can be repaired section by section: its sections stand at
 * the template's level, each is a template section, in order, once, and no problem lies before
 * the first of them (the title). Otherwise only the whole document can fix it.
 */
export function repairableBySections(
  document: string,
  violations: Violation[],
  spec: TemplateSpec,
): boolean {
  if (sectionLevel(parseOutline(document), spec) !== topLevel(spec)) return false
  const ranges = locateSections(document, spec)
  const first = ranges[0]
  if (!first) return false
  const ordered = ranges.every(
    (r, i) => r.index >= 0 && (i === 0 || r.index > (ranges[i - 1]?.index ?? -1)),
  )
  return ordered && violations.every((v) => v.line >= first.line)
}

/**
 * The repair turn for a full design whose problems lie inside its sections: the problems, each
 * with the section it is in, and a request for those sections only (and any missing one), so a
 * repair costs what it fixes rather than the whole document again.
 */
export function buildDraftRepairTurn(
  violations: Violation[],
  document: string,
  spec: TemplateSpec,
): string {
  const top = topLevel(spec)
  const hashes = '#'.repeat(top)
  const ranges = locateSections(document, spec)
  const missing = spec.sections.filter(
    (s, i) => s.level === top && !ranges.some((r) => r.index === i),
  )
  const where = (line: number): string => {
    const range = ranges.find((r) => line >= r.line && line < r.endLine)
    return range ? `, in "${range.heading}"` : ''
  }
  return [
    'Your document does not follow the template. These problems were found (line numbers refer to your document):',
    ...violations.map((v) => `- line ${v.line}${where(v.line)}: ${v.message}`),
    '',
    `Reply with only the sections that must change to fix these problems${missing.length > 0 ? `, and the missing ${missing.length === 1 ? 'section' : 'sections'} (${missing.map((s) => `"${formatSection(s)}"`).join(', ')})` : ''}, corrected, each complete from its \`${hashes} \` heading to the end of that section (its \`${hashes}#\` subsections included), in document order, with nothing before, between or after them. ` +
      'Sections you do not return stay exactly as they are: do not return the title line or the sections without problems. Change only what is needed to fix these problems.',
  ].join('\n')
}
