/**
 * How section headings are written, shown and compared: one set of rules for the validator, the
 * prompts and the splicing of revisions, so that a heading the validator takes for a section is
 * the heading a revision replaces.
 */
import { plainText } from './markdown.js'
import type { Heading } from './markdown.js'
import type { SectionSpec } from './types.js'

/** Runs of whitespace as one space, trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * A heading name as it must match the template's: inline formatting, spacing and a trailing ":"
 * aside, the words exactly.
 */
export function strictName(name: string): string {
  return collapseSpace(plainText(name)).replace(/\s*:$/, '')
}

/** Loose identity of a heading name: case, `&` vs `and`, punctuation and formatting ignored. */
export function nameKey(name: string): string {
  return plainText(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Words too common for two names that share them to be the same section's. */
const MINOR_WORDS = new Set(['and', 'the', 'for', 'with', 'from', 'into', 'your'])

/** The words of a name that can tell sections apart, a plural "s" dropped ("Risks" is "Risk"). */
function significantWords(name: string): string[] {
  return nameKey(name)
    .split(' ')
    .filter((w) => w.length > 2 && !MINOR_WORDS.has(w))
    .map((w) => w.replace(/s$/, ''))
}

/** Whether two names share a significant word. */
export function shareWord(a: string, b: string): boolean {
  const theirs = new Set(significantWords(b))
  return significantWords(a).some((w) => theirs.has(w))
}

/**
 * Whether a heading that names no section is `section` renamed: at its level, with its number,
 * and sharing a word of its name ("9. Monitoring and Alerting" for "9. Monitoring &
 * Observability"; "12. Risks" is not a renamed "12. Open Questions").
 */
export function isRenamedSection(
  heading: { depth: number; number: string; name: string },
  section: SectionSpec,
): boolean {
  return (
    heading.number !== '' &&
    section.level === heading.depth &&
    section.number === heading.number &&
    shareWord(heading.name, section.name)
  )
}

/** A heading as written, hashes included: "## 5. Detailed Design". */
export function headingLine(h: Heading): string {
  return `${'#'.repeat(h.depth)} ${h.text.trim()}`
}

/**
 * A heading as plain text, its number included: "## 5. Detailed Design" → "5. Detailed Design".
 * The key a section of a design goes by, when it is located and when a reply returns it.
 */
export function sectionKey(heading: Heading): string {
  return strictName(heading.text)
}

/** A heading as written, in double quotes, for messages. */
export function showHeading(h: Heading): string {
  return `"${headingLine(h)}"`
}

/**
 * "## 5.2 API Design": how a section's heading is written, for messages and prompts. A number
 * with one component takes a dot ("1. Overview"), a dotted one does not ("3.1 Functional …").
 */
export function formatSection(section: SectionSpec): string {
  const n = section.number
  const number = n === '' ? '' : n.includes('.') ? `${n} ` : `${n}. `
  return `${'#'.repeat(section.level)} ${number}${section.name}`
}

/** "5. Detailed Design": a section's heading without its hashes, as logs and prompts name it. */
export function sectionName(section: SectionSpec): string {
  return formatSection(section).replace(/^#+ /, '')
}
