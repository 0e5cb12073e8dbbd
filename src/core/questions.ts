/**
 * Finds the open questions of a design, in the forms real designs use, so they can be posted for
 * review and matched up again when the design is regenerated.
 *
 * The product's own form is one numbered item per question, the question in bold, with
 * "Why it matters" / "Assumption until answered" sub-bullets that are not questions. Other forms
 * accepted: plain or bulleted items; a bold label whose sub-bullets ask the questions (each
 * sub-bullet ending in "?" is one); a sub-heading per question; a table with a Question column;
 * paragraphs that ask. "None", "N/A", "None blocking implementation" … mean no questions.
 */
import { createHash } from 'node:crypto'
import { nameKey as key, parseOutline, plainText, splitNumber } from './markdown.js'
import type { Block, Heading, ListItem } from './markdown.js'
import type { OpenQuestion, TemplateSpec } from './types.js'

/**
 * A heading that names the open questions ("Open Questions", "Open Technical Questions",
 * "Outstanding Questions", "Questions") — not one that merely mentions questions.
 */
const OPEN_QUESTIONS_HEADING =
  /^(?:(?:open|outstanding|unresolved|pending)(?:\s+[\p{L}&-]+){0,3}?\s+questions?\b|questions$)/iu

/** Text saying there is nothing to ask. "None of the following …" is not such a text. */
const NONE =
  /^(?:none|n\/a|nil|nothing(?: open| outstanding| to report)?|no(?: open| outstanding| further| remaining)? questions?|there are no(?: open| outstanding)? questions?)\b(?!\s+of\b)/i

/** A question mark at the end, maybe inside closing quotes or brackets. */
const ENDS_WITH_QUESTION = /\?["'”’)\]]*$/

/** "None." says there is nothing to ask; "Nothing stops X: do we allow Y?" still asks. */
function saysNone(text: string): boolean {
  return NONE.test(text) && !ENDS_WITH_QUESTION.test(text)
}

export function extractOpenQuestions(doc: string, spec?: TemplateSpec): OpenQuestion[] {
  const outline = parseOutline(doc)
  const section = findSection(outline.headings, spec)
  if (!section) return []
  const next = outline.headings.find((h) => h.line > section.line && h.depth <= section.depth)
  const end = next?.line ?? outline.lineCount + 1
  const blocks = outline.blocks.filter((b) => b.line > section.line && b.line < end)

  // "None blocking implementation." opening the section: what follows is not a question.
  const lead = blocks[0]
  if (lead && lead.type === 'paragraph' && saysNone(plainText(lead.text))) return []

  // Units: the section's own text, then each sub-heading with the blocks under it.
  const questions: OpenQuestion[] = []
  let unit: { heading: Heading | null; blocks: Block[] } = { heading: null, blocks: [] }
  const flush = (nextHeading: Heading | null): void => {
    const found = fromBlocks(unit.blocks)
    questions.push(...found)
    const h = unit.heading
    // A sub-heading with no questions under it is itself the question, unless it only groups
    // deeper sub-headings or its text says there is nothing to ask.
    const leaf = !nextHeading || nextHeading.depth <= (h?.depth ?? 0)
    const none = unit.blocks.some((b) => b.type === 'paragraph' && saysNone(plainText(b.text)))
    if (h && found.length === 0 && leaf && !none) {
      const text = splitNumber(plainText(h.text)).name
      if (text !== '' && !saysNone(text)) questions.push({ text, line: h.line })
    }
  }
  for (const block of blocks) {
    if (block.type === 'heading') {
      flush(block.heading)
      unit = { heading: block.heading, blocks: [] }
    } else {
      unit.blocks.push(block)
    }
  }
  flush(null)
  return questions
}

/** The template's Open Questions heading by name when known, else any open-questions heading. */
function findSection(headings: Heading[], spec?: TemplateSpec): Heading | undefined {
  const name = (h: Heading): string => splitNumber(plainText(h.text)).name
  const wanted =
    spec?.openQuestionsIndex != null ? spec.sections[spec.openQuestionsIndex] : undefined
  if (wanted) {
    const k = key(wanted.name)
    const byName = headings.filter((h) => key(name(h)) === k)
    const best = byName.find((h) => h.depth === wanted.level) ?? byName[0]
    if (best) return best
  }
  return headings.find((h) => h.depth > 1 && OPEN_QUESTIONS_HEADING.test(name(h)))
}

function fromBlocks(blocks: Block[]): OpenQuestion[] {
  const out: OpenQuestion[] = []
  let items: ListItem[] = [] // top-level items of the list(s) being read
  const flushItems = (): void => {
    for (const item of items) out.push(...fromItem(item))
    items = []
  }
  for (const block of blocks) {
    if (block.type !== 'list') flushItems()
    if (block.type === 'list') {
      // "10. **Q?**" followed by "   - Why it matters" (3 spaces, one short of the item's content
      // column) is a separate bullet list in CommonMark; the writer meant sub-bullets of item 10.
      const last = items.at(-1)
      const first = block.items[0]
      if (last?.ordered && first && !first.ordered && first.indent > 0) {
        items[items.length - 1] = { ...last, children: [...last.children, ...block.items] }
      } else {
        items.push(...block.items)
      }
    } else if (block.type === 'table') {
      out.push(...fromTable(block.header, block.rows))
    } else if (block.type === 'paragraph') {
      out.push(...fromParagraph(block.text, block.line))
    }
  }
  flushItems()
  return out
}

/**
 * One list item: its bold label when that asks the question (the product's form), else its own
 * text when that asks, else the sub-items that ask, else the label or text as written.
 */
function fromItem(item: ListItem): OpenQuestion[] {
  const markdown = item.text.replace(/^\[[ xX]\]\s+/, '')
  const own = plainText(markdown)
  const label = boldLabel(markdown)
  if (label && ENDS_WITH_QUESTION.test(label)) return [{ text: label, line: item.line }]
  if (ENDS_WITH_QUESTION.test(own)) return [{ text: own, line: item.line }]
  const asked = askingItems(item.children)
  if (asked.length > 0) return asked
  if (saysNone(own)) return []
  const text = label ?? own
  return text === '' ? [] : [{ text, line: item.line }]
}

/** Sub-items that ask (end in "?"), looking through grouping items to the ones that do. */
function askingItems(items: ListItem[]): OpenQuestion[] {
  return items.flatMap((item) => {
    const text = plainText(item.text)
    return ENDS_WITH_QUESTION.test(text) ? [{ text, line: item.line }] : askingItems(item.children)
  })
}

/** The bold run an item starts with ("**PAN validation:**" → "PAN validation"), if any. */
function boldLabel(markdown: string): string | null {
  const m = /^(\*\*|__)(.+?)\1/s.exec(markdown.trim())
  if (!m) return null
  const label = plainText(m[2] ?? '').replace(/\s*[:.]$/, '')
  return label === '' ? null : label
}

/** One question per row, from the Question column (else the first column that is not an id). */
function fromTable(header: string[], rows: { line: number; cells: string[] }[]): OpenQuestion[] {
  const titles = header.map((h) => plainText(h).toLowerCase())
  let column = titles.findIndex((t) => /question/.test(t))
  if (column < 0) column = titles.findIndex((t) => !/^(?:#|id|no\.?|nr\.?|number|ref)?$/.test(t))
  if (column < 0) column = 0
  return rows.flatMap((row) => {
    const text = plainText(row.cells[column] ?? '')
    return text === '' || saysNone(text) ? [] : [{ text, line: row.line }]
  })
}

/** A paragraph that asks: a bold question label, each line when every line asks, or the whole. */
function fromParagraph(markdown: string, line: number): OpenQuestion[] {
  const label = boldLabel(markdown)
  if (label && ENDS_WITH_QUESTION.test(label)) return [{ text: label, line }]
  const lines = markdown.split('\n').map(plainText)
  if (lines.length > 1 && lines.every((l) => ENDS_WITH_QUESTION.test(l))) {
    return lines.map((text, i) => ({ text, line: line + i }))
  }
  const text = plainText(markdown)
  return ENDS_WITH_QUESTION.test(text) ? [{ text, line }] : []
}

/**
 * Stable identity of a question across regenerations: sha256 (first 16 hex chars) of its text
 * lower-cased, without emphasis, leading numbering or punctuation, whitespace collapsed — so
 * "1. **Which provider?**" and "which provider" match.
 */
export function questionFingerprint(text: string): string {
  const normal = plainText(text)
    .toLowerCase()
    .replace(/^(?:[-*+]\s+)?(?:#|q|t|no\.?\s*)?-?\d+(?:\.\d+)*[.):]?\s+/i, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return createHash('sha256').update(normal).digest('hex').slice(0, 16)
}
