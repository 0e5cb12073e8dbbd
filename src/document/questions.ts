/**
 * Reads the Open Questions section of a design, item by item: which items are questions a person
 * can answer (they are posted for review, in their own words) and which are not (statements,
 * resolved items, sub-sections without questions), so validation can say so. The one reader of
 * that section: extraction and validation both use it, whoever wrote the design.
 *
 * A question is an item that asks, in any script ("?", "？", "؟"), or asks to decide ("Confirm
 * whether …"). Forms read:
 * - the product's own: `1. **Which provider?**` with "Why it matters" / "Assumption" sub-bullets;
 * - a bold label, then the question: `**Data retention**: How long …? (Suggested: one year)`
 *   gives "Data retention: How long …?" (a default answer after the question is not asked);
 * - a label whose sub-bullets ask, each asking sub-bullet one question under the label's name;
 *   its other sub-bullets ("Current decision: …", "Assumed: …") are assumptions, not questions;
 * - a sub-heading that asks; a table with a question column; paragraphs that ask.
 * Not open: struck-through items, items tagged resolved or answered, items with a decision
 * ("- **Decision**: …", "(Decision: …)"), a table row with a decision or a resolved status.
 * "None", "N/A", "None blocking implementation" … say there is nothing to ask.
 */
import { createHash } from 'node:crypto'
import { nameKey as key } from './heading-names.js'
import { parseOutline, plainText, splitNumber } from './markdown.js'
import type { Block, Heading, ListItem, TableRow } from './markdown.js'
import type { OpenQuestion, TemplateSpec } from './types.js'

/** Why an item of the section is not an open question. */
export type NotAQuestionKind = 'statement' | 'resolved' | 'sub-section'

export interface NotAQuestion {
  kind: NotAQuestionKind
  line: number
  /** The item as plain text, for messages. */
  text: string
}

export interface OpenQuestionsReading {
  /** The section's heading, or null when the design has no open-questions section. */
  heading: Heading | null
  questions: OpenQuestion[]
  /** Items of the section that are not open questions, in document order. */
  notQuestions: NotAQuestion[]
}

/**
 * A heading that names the open questions ("Open Questions", "Open Technical Questions",
 * "Outstanding Questions", "Questions") — not one that merely mentions questions.
 */
const OPEN_QUESTIONS_HEADING =
  /^(?:(?:open|outstanding|unresolved|pending)(?:\s+[\p{L}&-]+){0,3}?\s+questions?\b|questions$)/iu

/** Text saying there is nothing to ask. "None of the following …" is not such a text. */
const NONE =
  /^(?:none|n\/a|nil|nothing(?: open| outstanding| to report)?|no(?: open| outstanding| further| remaining)? questions?|there are no(?: open| outstanding)? questions?)\b(?!\s+of\b)/i

/** A question mark ending a sentence: "?" before a space or the end, or a full-width or Arabic one. */
const QUESTION_MARK = /\?(?=["'”’»)\]]*(?:\s|$))|[？؟]/

/** Asking to decide without a question mark: "Confirm whether …", "Decide between …". */
const ASKS_TO_DECIDE =
  /^(?:(?:please\s+)?(?:clarify|confirm|determine|decide|verify|establish)|(?:we\s+)?need\s+to\s+(?:decide|confirm|clarify|determine))\s+(?:whether|if|which|what|how|who|when|where|between)\b|^whether\b/i

/** Tags that close an item: "[RESOLVED in v2.0]", "(answered)", "✅". */
const RESOLVED_TAG =
  /\[(?:resolved|answered|decided|closed|done)\b[^\]]*\]|\((?:resolved|answered|decided|closed)\b[^)]*\)|(?:^|\s)(?:✅|✔️?|☑️?)(?=\s|$)|^(?:resolved|answered|decided)\s*[:：—–-]/i

/** A decision given inline: "(Decision: proxy through Node)", "→ Decision: …". */
const INLINE_DECISION =
  /[([]\s*(?:final\s+)?(?:decision|decided|resolution|resolved|answer)\s*[:：](?!\s*(?:tbd|tbc|pending|open|unknown|none)\b)|(?:→|->|=>)\s*(?:decision|decided|answer)\b/i

/** A sub-bullet giving the decision ("- **Decision**: …", as plain text); "Current decision:" is an assumption. */
const DECISION_LINE =
  /^(?:final\s+)?(?:decision|decided|resolution|resolved|answer|answered|outcome)\s*[:：]/i

/** Struck through from its start (`~~…~~`, maybe inside emphasis). */
const STRUCK = /^(?:[*_]{1,3})?~~/

/** "None." says there is nothing to ask; "Nothing stops X: do we allow Y?" still asks. */
function saysNone(text: string): boolean {
  return NONE.test(text) && !asks(text)
}

function asks(text: string): boolean {
  return QUESTION_MARK.test(text)
}

/**
 * The question as asked: the text up to its last question mark (closing quotes or brackets
 * included); what follows is the author's default answer or assumption, not part of it.
 */
function questionPart(text: string): string {
  let end = -1
  for (const m of text.matchAll(new RegExp(QUESTION_MARK.source, 'g'))) end = m.index + m[0].length
  if (end < 0) return text
  const close = /^["'”’»)\]]*/.exec(text.slice(end))?.[0] ?? ''
  return text.slice(0, end + close.length).trim()
}

/** The question an item's own text asks, or null: "label: question" when a label leads it. */
function askedIn(markdown: string): string | null {
  const label = boldLabel(markdown)
  if (label?.asks) return questionPart(label.text)
  const own = plainText(markdown)
  const rest = label ? plainText(markdown.slice(label.length)).replace(/^[\s:：—–-]+/, '') : own
  const prefix = label ? `${label.text}: ` : ''
  if (asks(rest)) return `${prefix}${questionPart(rest)}`
  if (ASKS_TO_DECIDE.test(rest)) return `${prefix}${rest}`
  return null
}

function isResolved(markdown: string): boolean {
  const text = markdown.trim()
  const plain = plainText(text)
  return STRUCK.test(text) || RESOLVED_TAG.test(plain) || INLINE_DECISION.test(plain)
}

export function extractOpenQuestions(doc: string, spec?: TemplateSpec): OpenQuestion[] {
  return readOpenQuestions(doc, spec).questions
}

export function readOpenQuestions(doc: string, spec?: TemplateSpec): OpenQuestionsReading {
  const outline = parseOutline(doc)
  const heading = findOpenQuestionsSection(outline.headings, spec) ?? null
  const reading: OpenQuestionsReading = { heading, questions: [], notQuestions: [] }
  if (!heading) return reading
  const next = outline.headings.find((h) => h.line > heading.line && h.depth <= heading.depth)
  const end = next?.line ?? outline.lineCount + 1
  const blocks = outline.blocks.filter((b) => b.line > heading.line && b.line < end)

  // Units: the section's own text, then each sub-heading with the blocks under it.
  let unit: { heading: Heading | null; blocks: Block[] } = { heading: null, blocks: [] }
  const flush = (nextHeading: Heading | null): void => {
    const found = fromBlocks(unit.blocks)
    const h = unit.heading
    if (!h) {
      addAll(reading, found)
      return
    }
    const name = splitNumber(plainText(h.text)).name
    if (isResolved(h.text)) {
      reading.notQuestions.push({ kind: 'resolved', line: h.line, text: name })
    } else if (asks(name)) {
      // A sub-heading that asks: the questions under it, else itself; its other text is context.
      if (found.questions.length > 0) addAll(reading, { ...found, notQuestions: [] })
      else reading.questions.push({ text: questionPart(name), line: h.line })
    } else if (found.questions.length > 0 || found.none) {
      addAll(reading, found)
    } else if (nextHeading && nextHeading.depth > h.depth) {
      // It only groups the deeper sub-headings that follow; its own text still counts.
      addAll(reading, found)
    } else if (unit.blocks.length > 0 || !saysNone(name)) {
      reading.notQuestions.push({ kind: 'sub-section', line: h.line, text: name })
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
  return reading
}

interface Found {
  questions: OpenQuestion[]
  notQuestions: NotAQuestion[]
  /** Some text says there is nothing to ask. */
  none: boolean
}

function addAll(reading: OpenQuestionsReading, found: Found): void {
  reading.questions.push(...found.questions)
  reading.notQuestions.push(...found.notQuestions)
}

/** The template's Open Questions heading by name when known, else any open-questions heading. */
function findOpenQuestionsSection(headings: Heading[], spec?: TemplateSpec): Heading | undefined {
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

function fromBlocks(blocks: Block[]): Found {
  const found: Found = { questions: [], notQuestions: [], none: false }
  let items: ListItem[] = [] // top-level items of the list(s) being read
  const flushItems = (): void => {
    for (const item of items) fromItem(item, found)
    items = []
  }
  blocks.forEach((block, i) => {
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
      fromTable(block.header, block.rows, found)
    } else if (block.type === 'paragraph') {
      const next = blocks[i + 1]
      const leadsIn = next?.type === 'list' || next?.type === 'table'
      fromParagraph(block.text, block.line, leadsIn, found)
    }
  })
  flushItems()
  return found
}

/**
 * One list item: the question its own text asks, else the questions its sub-items ask (under its
 * label), else nothing to ask, else a statement. A decision among its sub-items closes it.
 */
function fromItem(item: ListItem, found: Found): void {
  const markdown = item.text
  const own = plainText(markdown)
  if (
    item.checked ||
    isResolved(markdown) ||
    item.children.some((c) => DECISION_LINE.test(plainText(c.text)))
  ) {
    found.notQuestions.push({ kind: 'resolved', line: item.line, text: own })
    return
  }
  const asked = askedIn(markdown)
  if (asked !== null) {
    found.questions.push({ text: asked, line: item.line })
    return
  }
  const label = boldLabel(markdown)?.text ?? (/[:：]$/.test(own) ? own.slice(0, -1).trim() : null)
  const before = found.questions.length
  askingChildren(item.children, label, found)
  if (found.questions.length > before) return
  if (saysNone(own)) found.none = true
  else if (own !== '') found.notQuestions.push({ kind: 'statement', line: item.line, text: own })
}

/** Sub-items that ask, each under the parent's label; the others are its context. */
function askingChildren(children: ListItem[], label: string | null, found: Found): void {
  for (const child of children) {
    if (child.checked || isResolved(child.text)) {
      found.notQuestions.push({ kind: 'resolved', line: child.line, text: plainText(child.text) })
      continue
    }
    const asked = askedIn(child.text)
    if (asked === null) askingChildren(child.children, label, found)
    else found.questions.push({ text: label ? `${label}: ${asked}` : asked, line: child.line })
  }
}

/**
 * The bold run an item starts with: "**PAN validation:**" → "PAN validation" (its trailing ":"
 * or "." dropped), `length` being how much of the Markdown it spans.
 */
function boldLabel(markdown: string): { text: string; asks: boolean; length: number } | null {
  const m = /^\s*(\*\*|__)(.+?)\1/s.exec(markdown)
  if (!m) return null
  const text = plainText(m[2] ?? '').replace(/\s*[:：.]$/, '')
  return text === '' ? null : { text, asks: asks(text), length: m[0].length }
}

const QUESTION_COLUMN = /question|frage|pregunta|问题|問題|質問|질문|вопрос/i
const ID_COLUMN = /^(?:#|id|no\.?|nr\.?|number|ref)?$/
const STATUS_COLUMN = /^(?:status|state|resolved)$/
/** A column that records the decision; a proposed or suggested one is an assumption. */
const DECISION_COLUMN =
  /^(?!.*(?:proposed|suggested|recommended|default|assum|current|tentative)).*(?:decision|answer|resolution|outcome)/
const CLOSED_STATUS = /resolved|answered|decided|closed|done|✅/i
const NO_DECISION_YET =
  /^(?:|tbd|tbc|-|—|–|n\/a|pending|open|\?|none yet|to be decided|undecided)$/i

/** One question per row: the question column's text, unless the row carries a decision. */
function fromTable(header: string[], rows: TableRow[], found: Found): void {
  const titles = header.map((h) => plainText(h).toLowerCase())
  const questionColumn = titles.findIndex((t) => QUESTION_COLUMN.test(t))
  const column = questionColumn >= 0 ? questionColumn : titles.findIndex((t) => !ID_COLUMN.test(t))
  const cell = (row: TableRow, i: number): string => plainText(row.cells[i] ?? '')
  const closed = (row: TableRow): boolean =>
    titles.some(
      (t, i) =>
        i !== column &&
        ((STATUS_COLUMN.test(t) && CLOSED_STATUS.test(cell(row, i))) ||
          (DECISION_COLUMN.test(t) && !NO_DECISION_YET.test(cell(row, i)))),
    )
  for (const row of rows) {
    const markdown = row.cells[Math.max(0, column)] ?? ''
    const text = plainText(markdown)
    if (text === '') continue
    if (saysNone(text)) {
      found.none = true
    } else if (isResolved(markdown) || closed(row)) {
      found.notQuestions.push({ kind: 'resolved', line: row.line, text })
    } else if (asks(text) || ASKS_TO_DECIDE.test(text)) {
      found.questions.push({ text: questionPart(text), line: row.line })
    } else if (questionColumn >= 0) {
      // The column says it is a question, even when it is written as a topic.
      found.questions.push({ text, line: row.line })
    } else {
      found.notQuestions.push({ kind: 'statement', line: row.line, text })
    }
  }
}

/**
 * A paragraph: nothing to ask, the question(s) it asks (each line when every line asks), an
 * introduction to the list or table after it, or a statement.
 */
function fromParagraph(markdown: string, line: number, leadsIn: boolean, found: Found): void {
  const text = plainText(markdown)
  if (saysNone(text)) {
    found.none = true
    return
  }
  if (isResolved(markdown)) {
    found.notQuestions.push({ kind: 'resolved', line, text })
    return
  }
  const lines = markdown.split('\n')
  if (lines.length > 1 && lines.every((l) => askedIn(l) !== null)) {
    lines.forEach((l, i) => found.questions.push({ text: askedIn(l) as string, line: line + i }))
    return
  }
  const asked = askedIn(markdown)
  if (asked !== null) found.questions.push({ text: asked, line })
  else if (!leadsIn) found.notQuestions.push({ kind: 'statement', line, text })
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
