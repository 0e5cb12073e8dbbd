/**
 * The traceability table of a design: a Markdown table, under a "Traceability" heading at the
 * end of "3.1 Functional Requirements", whose rows name each requirement item and the numbers of
 * the design sections that realise it. Reading and checking it, decided once here:
 *
 * - Where: anywhere in the section that holds Functional Requirements (section 3 of the
 *   template: 3.1, 3.2 or between them), or in the whole document when the design has no
 *   Functional Requirements heading. Its place is not checked; a missing table is asked for at
 *   the end of 3.1.
 * - Which table: the first one after a heading whose name mentions traceability ("####
 *   Traceability", "Requirements Traceability", "3.1.1 Traceability Matrix", any level, any
 *   case) or after a paragraph of that name alone in bold ("**Traceability**"); without one,
 *   the first table whose headers name both columns, the sections one by "section", "realised"
 *   or "§" (a "Design approach" column is not enough).
 * - Columns: the requirements column is the first header saying requirement, req, id, item,
 *   story, feature or use case; the sections column the first saying section, design, realised
 *   (realized), covered, where or §. Failing that, the first and second columns.
 * - A row's requirement is matched by every cell but the sections one: by id (case, "-"/"_"
 *   and leading zeros aside, anywhere in the cells), else by title: the cells, normalised
 *   (case, punctuation and spacing aside), start with the title, or the title starts with them
 *   (three words or more), or they hold at least 70% of the title's words of three letters or
 *   more.
 * - Section numbers: the cell is split at ",", ";", "/", "&", "and" and between bare numbers;
 *   each part gives its first number, written "5.1", "§5.1", "Section 5.1" or "5.1 Data
 *   Model". A range "5.1–5.3" (or "5.1-5.3", "5.1 to 5.3") within one parent stands for each
 *   number from one end to the other. "—", "-", "n/a", "none", "TBD" or an empty cell names no
 *   section. A number exists when a heading of the document carries it.
 *
 * Every violation has kind "traceability": gaps in the table never block a design on their
 * own. Each is at the line to look at: a missing table at the last line of 3.1's content (where
 * it goes), missing items in one violation at the table's last line (where rows are added), a
 * row naming no section or a number no heading carries at that row. An item is covered when a
 * row matches it and names at least one existing section.
 */
import { clip } from '../text/clip.js'
import { plural } from '../text/wording.js'
import { formatSection, nameKey } from './heading-names.js'
import { parseOutline, plainText, splitNumber } from './markdown.js'
import type { Block, Heading, Outline } from './markdown.js'
import { extractRequirementItems, idKey, idsIn, itemLabel } from './requirement-items.js'
import type { RequirementItem } from './requirement-items.js'
import type { SectionSpec, TemplateSpec, Violation } from './types.js'

export interface TraceabilityRow {
  line: number
  /** The requirements cell as plain text. */
  requirement: string
  /** Every cell but the sections one, as plain text: what the row is matched to items by. */
  text: string
  /** The section numbers the row names, in order, ranges expanded, each once. */
  sections: string[]
}

export interface TraceabilityTable {
  /** The line of the table's header row. */
  line: number
  /** Its last line. */
  endLine: number
  /** The line of the heading or bold label above it, when it has one. */
  headingLine: number | null
  rows: TraceabilityRow[]
}

export interface TracedRow extends TraceabilityRow {
  /** The items the row stands for. */
  items: RequirementItem[]
  /** The numbers it names that no heading of the document carries. */
  unknown: string[]
}

export interface TraceabilityCheck {
  violations: Violation[]
  /** Items with a row that names at least one existing section. */
  covered: number
  /** Items checked: 0 when there are none, or the template has no Functional Requirements. */
  total: number
  /** Items no row stands for. */
  missing: RequirementItem[]
  rows: TracedRow[]
}

/** How far a design traces its requirements, as the outputs and the check report it. */
export interface TraceCoverage {
  covered: number
  total: number
  /** The items no row stands for, as a row should name them (id, else title). */
  missing: string[]
}

/** The coverage of a check, as reported. */
export function coverageOf(check: TraceabilityCheck): TraceCoverage {
  return { covered: check.covered, total: check.total, missing: check.missing.map(itemLabel) }
}

/**
 * The items a design of `requirements` must trace, or null when the template has no
 * Functional Requirements section to hold the table (the feature is then off).
 */
export function itemsToTrace(requirements: string, spec: TemplateSpec): RequirementItem[] | null {
  return functionalRequirementsSection(spec) === null ? null : extractRequirementItems(requirements)
}

/** Index into spec.sections of "Functional Requirements" (any number), or null. */
export function functionalRequirementsSection(spec: TemplateSpec): number | null {
  const i = spec.sections.findIndex((s) => /^functional requirements?$/.test(nameKey(s.name)))
  return i < 0 ? null : i
}

/**
 * The template sections the table belongs to: Functional Requirements and the section that
 * holds it ("3. Technical Requirements"), for prompts to name; null when the template has no
 * Functional Requirements (the feature is then off).
 */
export function traceabilitySections(
  spec: TemplateSpec,
): { section: SectionSpec; parent: SectionSpec | null } | null {
  const i = functionalRequirementsSection(spec)
  const section = i === null ? undefined : spec.sections[i]
  if (i === null || !section) return null
  const parent = spec.sections
    .slice(0, i)
    .reverse()
    .find((s) => s.level < section.level)
  return { section, parent: parent ?? null }
}

/** The traceability table of a design, or null when it has none. */
export function readTraceabilityTable(
  document: string,
  spec: TemplateSpec,
): TraceabilityTable | null {
  const outline = parseOutline(document)
  const [from, to] = searchRange(outline, spec)
  const blocks = outline.blocks.filter((b) => b.line >= from && b.line < to)
  const marker = blocks.findIndex(isTraceabilityMarker)
  const markerBlock = blocks[marker]
  if (markerBlock) {
    const depth = markerBlock.type === 'heading' ? markerBlock.heading.depth : Infinity
    for (const b of blocks.slice(marker + 1)) {
      if (b.type === 'heading' && b.heading.depth <= depth) break
      if (b.type === 'table') return toTable(b, markerBlock.line, false)
    }
  }
  for (const b of blocks) {
    const table = b.type === 'table' ? toTable(b, null, true) : null
    if (table) return table
  }
  return null
}

/** How well the design traces `items`: what is covered, what is missing, what to fix. */
export function checkTraceability(
  document: string,
  spec: TemplateSpec,
  items: RequirementItem[],
): TraceabilityCheck {
  const places = traceabilitySections(spec)
  if (items.length === 0 || !places) {
    return { violations: [], covered: 0, total: 0, missing: [], rows: [] }
  }
  const outline = parseOutline(document)
  const existing = sectionNumbers(outline)
  const table = readTraceabilityTable(document, spec)
  const tableHeading = formatSection({
    level: places.section.level + 1,
    number: '',
    name: 'Traceability',
  })
  if (!table) {
    return {
      violations: [
        {
          kind: 'traceability',
          line: insertionLine(outline, spec),
          message: `Missing the traceability table: end "${formatSection(places.section)}" with a "${tableHeading}" heading and a table "| Requirement | Design sections |" with one row per requirement (${labels(items)}), the first cell starting with the requirement's id (or its title), the second naming the numbers of the design sections that realise it, such as "5.1, 5.2"`,
        },
      ],
      covered: 0,
      total: items.length,
      missing: items,
      rows: [],
    }
  }

  const rows: TracedRow[] = table.rows.map((row) => ({
    ...row,
    items: [],
    unknown: row.sections.filter((n) => !existing.includes(n)),
  }))
  const missing: RequirementItem[] = []
  let covered = 0
  for (const item of items) {
    const matched = rowsFor(item, rows)
    for (const row of matched) row.items.push(item)
    if (matched.length === 0) missing.push(item)
    else if (matched.some((r) => r.sections.length > r.unknown.length)) covered++
  }

  const violations: Violation[] = []
  for (const row of rows) {
    if (row.requirement === '' && row.text === '') continue
    const name = `"${clip(row.requirement || row.text, 60)}"`
    if (row.sections.length === 0) {
      violations.push({
        kind: 'traceability',
        line: row.line,
        message: `Traceability row ${name} names no design section: write the numbers of the sections that realise it, such as "5.1, 5.2"`,
      })
    } else if (row.unknown.length > 0) {
      const which =
        row.unknown.length === 1
          ? `section ${row.unknown[0]}, which the document does not have`
          : `sections ${row.unknown.join(', ')}, which the document does not have`
      violations.push({
        kind: 'traceability',
        line: row.line,
        message: `Traceability row ${name} names ${which}: use the numbers of the design's headings${nearby(row.unknown[0] as string, existing)}`,
      })
    }
  }
  if (missing.length > 0) {
    violations.push({
      kind: 'traceability',
      line: table.endLine,
      message: `The traceability table has no row for ${plural(missing.length, 'requirement')}: ${labels(missing)}. Add a row for ${missing.length === 1 ? 'it' : 'each'}, the first cell starting with the id (or the title), the second naming the design sections that realise it`,
    })
  }
  violations.sort((a, b) => a.line - b.line)
  return { violations, covered, total: items.length, missing, rows }
}

// --- Reading the table ------------------------------------------------------------------------

const MARKER = /traceab/i
const REQUIREMENT_HEADER = /req|\bid\b|item|stor(?:y|ies)|feature|use case/i
const SECTIONS_HEADER = /section|design|reali[sz]|covered|where|§/i
/** Without a heading, a table is the traceability table only when a header says sections. */
const SECTIONS_HEADER_ALONE = /section|reali[sz]|§/i

/** A heading, or a paragraph of one bold name, that mentions traceability. */
function isTraceabilityMarker(block: Block): boolean {
  if (block.type === 'heading') return MARKER.test(block.heading.text)
  if (block.type !== 'paragraph') return false
  return /^(\*\*|__)[^*_\n]+\1:?$/.test(block.text.trim()) && MARKER.test(block.text)
}

/** Lines [from, to) where the table is looked for: the section holding Functional Requirements. */
function searchRange(outline: Outline, spec: TemplateSpec): [number, number] {
  const everywhere: [number, number] = [1, outline.lineCount + 1]
  const places = traceabilitySections(spec)
  const heading = places && findHeading(outline, places.section)
  if (!places || !heading) return everywhere
  const parent = places.parent && findHeading(outline, places.parent)
  const start = parent && parent.line < heading.line ? parent : heading
  const depth = start === heading ? heading.depth - 1 : start.depth
  const next = outline.headings.find((h) => h.line > heading.line && h.depth <= depth)
  return [start.line, next?.line ?? outline.lineCount + 1]
}

/** The document's heading for a template section, by name (any number, any level). */
function findHeading(outline: Outline, section: SectionSpec): Heading | undefined {
  const wanted = nameKey(section.name)
  return outline.headings.find((h) => nameKey(splitNumber(plainText(h.text)).name) === wanted)
}

/** A table read as the traceability table; null when `byHeaders` and its headers do not say so. */
function toTable(
  block: Extract<Block, { type: 'table' }>,
  headingLine: number | null,
  byHeaders: boolean,
): TraceabilityTable | null {
  const headers = block.header.map(plainText)
  const named = (re: RegExp, not: number): number =>
    headers.findIndex((h, i) => i !== not && re.test(h))
  const sectionsNamed = named(SECTIONS_HEADER, -1)
  const requirementNamed = named(REQUIREMENT_HEADER, sectionsNamed)
  if (
    byHeaders &&
    !(SECTIONS_HEADER_ALONE.test(headers[sectionsNamed] ?? '') && requirementNamed >= 0)
  ) {
    return null
  }
  const requirementColumn = requirementNamed >= 0 ? requirementNamed : sectionsNamed === 0 ? 1 : 0
  const sectionsColumn =
    sectionsNamed >= 0 ? sectionsNamed : headers.findIndex((_, i) => i > requirementColumn)
  const rows = block.rows.map((row) => {
    const cells = row.cells.map(plainText)
    return {
      line: row.line,
      requirement: cells[requirementColumn] ?? '',
      text: cells
        .filter((c, i) => i !== sectionsColumn && c !== '')
        .join(' ')
        .trim(),
      sections: sectionRefs(cells[sectionsColumn] ?? ''),
    }
  })
  return { line: block.line, endLine: block.endLine, headingLine, rows }
}

/** No section: a dash, "n/a", "none", "TBD" or nothing. */
const NO_SECTION = /^(?:[—–-]+|n\/?a|none|tbd|)$/i
const REFERENCE = /(?<![\w.])(\d+(?:\.\d+)*)(?:\s*(?:[–—-]|to)\s*(\d+(?:\.\d+)*)(?![\w]))?/

/** The section numbers a cell names: "5.1, 5.2", "§5.1", "Section 5.1 Data Model", "5.1–5.3". */
export function sectionRefs(cell: string): string[] {
  const text = cell.trim()
  if (NO_SECTION.test(text)) return []
  const refs: string[] = []
  const parts = text.replace(/(\d)\s+(?=§?\s*\d)/g, '$1,').split(/[,;/&]|\band\b/i)
  for (const part of parts) {
    const m = REFERENCE.exec(part)
    if (!m) continue
    for (const n of expandRange(m[1] as string, m[2])) if (!refs.includes(n)) refs.push(n)
  }
  return refs
}

/** "5.1"–"5.3" → 5.1, 5.2, 5.3; ends of two parents, or a long range, stay two numbers. */
function expandRange(from: string, to: string | undefined): string[] {
  if (to === undefined) return [from]
  const a = from.split('.')
  const b = to.split('.')
  const first = Number(a[a.length - 1])
  const last = Number(b[b.length - 1])
  const parent = a.slice(0, -1).join('.')
  if (
    a.length !== b.length ||
    parent !== b.slice(0, -1).join('.') ||
    last <= first ||
    last - first > 20
  ) {
    return [from, to]
  }
  const prefix = parent === '' ? '' : `${parent}.`
  return Array.from({ length: last - first + 1 }, (_, k) => `${prefix}${first + k}`)
}

// --- Matching rows to items -----------------------------------------------------------------

function rowsFor(item: RequirementItem, rows: TracedRow[]): TracedRow[] {
  if (item.id !== null) {
    const key = idKey(item.id)
    const byId = rows.filter((r) => idsIn(r.text).some((id) => idKey(id) === key))
    if (byId.length > 0) return byId
  }
  return rows.filter((r) => titleMatches(item.title, r.text))
}

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/…/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Whether a row's cells name the item of this title (see the module comment). */
export function titleMatches(title: string, cells: string): boolean {
  const t = normalised(title)
  const c = normalised(cells)
  if (t === '' || c === '') return false
  if (`${c} `.startsWith(`${t} `)) return true
  if (`${t} `.startsWith(`${c} `) && c.split(' ').length >= 3) return true
  const words = t.split(' ').filter((w) => w.length >= 3)
  if (words.length === 0) return false
  const theirs = new Set(c.split(' '))
  return words.filter((w) => theirs.has(w)).length / words.length >= 0.7
}

// --- Messages -------------------------------------------------------------------------------

/** Items as a message lists them: ids bare, titles quoted. */
function labels(items: RequirementItem[]): string {
  return items.map((i) => (i.id === null ? `"${itemLabel(i)}"` : itemLabel(i))).join(', ')
}

/** The numbers every heading of the document carries, in document order. */
function sectionNumbers(outline: Outline): string[] {
  return outline.headings.map((h) => splitNumber(plainText(h.text)).number).filter((n) => n !== '')
}

/** "; section 5 has 5.1, 5.2, 5.3": the existing numbers next to one the document lacks. */
function nearby(number: string, existing: string[]): string {
  const parts = number.split('.')
  const parent = parts.slice(0, -1).join('.')
  const siblings = existing.filter(
    (n) => n.split('.').length === parts.length && n.split('.').slice(0, -1).join('.') === parent,
  )
  if (siblings.length === 0) return ''
  return parent === ''
    ? `; its sections are numbered ${siblings.join(', ')}`
    : `; section ${parent} has ${siblings.join(', ')}`
}

/**
 * Where a missing table goes: the last line of Functional Requirements' content (before the
 * next heading of its level or above), or the document's last line when it has no such heading.
 */
function insertionLine(outline: Outline, spec: TemplateSpec): number {
  const places = traceabilitySections(spec)
  const heading = places && findHeading(outline, places.section)
  const lastLine = Math.max(1, ...outline.blocks.map((b) => b.endLine))
  if (!heading) return lastLine
  const next = outline.headings.find((h) => h.line > heading.line && h.depth <= heading.depth)
  const end = next?.line ?? Infinity
  let last = heading.line
  for (const b of outline.blocks)
    if (b.line >= heading.line && b.line < end) last = Math.max(last, b.endLine)
  return last
}
