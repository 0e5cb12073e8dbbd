/**
 * The requirement items of a requirements document, found deterministically, so that each can
 * be traced to the design. Two readings, decided once here:
 *
 * Explicit ids, when the document has at least two distinct ones. An id is an upper-case
 * prefix of 1–6 letters, optionally followed by upper-case segments ("FR-AUTH-…"), then a
 * number with optional sub-numbers: `FR-1`, `NFR-02`, `US-3`, `AC-1.2`, `REQ_12`,
 * `FR-MOBILE-001`. Without a `-` or `_` before the number (`R1`, `FR1.2`) it counts only in
 * bold or backticks (`**R1.1**`, `**R1. Accounts**`) or followed by ".", ":" or ")", so that a
 * product name such as "EC2" is not taken for one; in a heading or a table cell, a space after
 * it is enough. An id counts only where it opens something: a list item (at any depth, unless
 * a list item above it is already an item), a heading, the first cell of a table row, or a
 * line of a paragraph where it is bold (`**FR-1**: …`, `**FR-1: Login**`) or followed by ":",
 * ".", ")", "—", "–", "|" or " - ". "FR-1 applies here" in prose is a reference, as is any id
 * that opens none of these. Ids compare with case, `-` or `_` and leading zeros aside (`FR-001`
 * is `fr_1`); the same id twice is one item, the first. Prefixes that name standards, versions,
 * priorities and products (UTF-8, ISO-27001, SHA-256, HTTP-2, P0, V2, S3, …) are never ids,
 * and "AC 1.1" (a space before the number) is none either. An item's title is what follows
 * its id (in a table, the next cell with text; for a bold id alone, the next line).
 *
 * Otherwise, from the document's structure:
 * - user stories: a paragraph or list item reading "As a/an/the …, I want/need/can …" (after an
 *   optional label such as "**Description:**"; bold words inside do not matter), up to the
 *   next line that opens with a bold label;
 * - Gherkin scenarios: a `Scenario:` or `Scenario Outline:` line in the text, and
 *   `Scenario:`/`Scenario Outline:`/`Scenario Template:`/`Example:` lines in a ```gherkin,
 *   ```feature or ```cucumber fence (other code fences are never read);
 * - the top-level list items of a requirements section: a section under a heading (at any
 *   level above it) whose name says "requirement(s)", "user story/stories", "use case(s)",
 *   "acceptance criteria", "feature(s)", "capability/capabilities" or "must/should/could
 *   have". A nested sub-bullet is part of its parent item; a bare label over sub-bullets
 *   ("**Roles**:") is titled with what they say. Paragraphs and table rows there are not items
 *   (a table of requirements counts by the ids in its first column). Items of the same title
 *   are told apart by the name of the heading above them.
 *
 * In both readings, nothing under a heading that says a thing is not required counts: "out of
 * scope", "non-goals", "not implemented/in scope/included", "won't/will not", "future",
 * "deferred", "excluded", "questions", "assumptions", "glossary", "terminology", "acronyms",
 * "references", "revision history", "changelog". The document's title (its first heading, at
 * level 1, when other headings follow) names the whole document and counts for neither.
 * Headings are read in English.
 *
 * Titles are plain text, clipped to TITLE_LENGTH characters on a word boundary. At most
 * MAX_REQUIREMENT_ITEMS items are kept, in document order; `omitted` says how many more there
 * were, so a huge document cannot make a huge traceability table.
 */
import { clip } from '../text/clip.js'
import { parseOutline, plainText, splitNumber } from './markdown.js'
import type { Block, CodeBlock, Heading, ListItem } from './markdown.js'

export interface RequirementItem {
  /** The id as written ("FR-001"), or null when the document has no ids. */
  id: string | null
  /** A short plain-text title: at most TITLE_LENGTH characters, clipped on a word boundary. */
  title: string
  /** 1-based line of the item in the requirements document. */
  line: number
}

export interface RequirementItems {
  /** The items kept, in document order. */
  items: RequirementItem[]
  /** How many more items the document has beyond MAX_REQUIREMENT_ITEMS. */
  omitted: number
  /** Which reading found them: explicit ids, or the document's structure. */
  reading: 'ids' | 'structure'
}

export const MAX_REQUIREMENT_ITEMS = 60
export const TITLE_LENGTH = 80

/** The items of a requirements document, at most MAX_REQUIREMENT_ITEMS of them. */
export function extractRequirementItems(markdown: string): RequirementItem[] {
  return readRequirementItems(markdown).items
}

/** The items of a requirements document, with how many were left out and how they were found. */
export function readRequirementItems(markdown: string): RequirementItems {
  const outline = parseOutline(markdown)
  const chainAt = sectionChains(outline.headings)
  const counts = (line: number): boolean => !chainAt(line).some((h) => EXCLUDED.test(nameOf(h)))
  const blocks = outline.blocks.filter((b) => counts(b.line))

  const seen = new Set<string>()
  const byId = blocks.flatMap(idItems).filter((item) => {
    const key = idKey(item.id)
    return !seen.has(key) && seen.add(key)
  })
  const reading = byId.length >= 2 ? 'ids' : 'structure'
  let all: RequirementItem[] = byId
  if (reading === 'structure') {
    const found = [
      ...blocks.flatMap((b) => structureItems(b, chainAt(b.line))),
      ...outline.codeBlocks.filter((c) => counts(c.line)).flatMap((c) => scenarios(c, chainAt)),
    ].sort((x, y) => x.item.line - y.item.line)
    all = qualifyDuplicates(found)
  }
  return {
    items: all.slice(0, MAX_REQUIREMENT_ITEMS),
    omitted: Math.max(0, all.length - MAX_REQUIREMENT_ITEMS),
    reading,
  }
}

/** An item as a table row or a list names it: its id, else its title. */
export function itemLabel(item: RequirementItem): string {
  return item.id ?? item.title
}

/**
 * The identity of an id: upper case, "_" as "-", leading zeros dropped, one "-" before the
 * number ("fr_001" and "FR1" are both "FR-1").
 */
export function idKey(id: string): string {
  const m = /^(.*?)[-_]?(\d+(?:\.\d+)*)$/.exec(id.trim())
  if (!m) return id.trim().toUpperCase()
  const prefix = (m[1] as string).toUpperCase().replace(/_/g, '-')
  const numbers = (m[2] as string)
    .split('.')
    .map((n) => String(Number(n)))
    .join('.')
  return `${prefix}-${numbers}`
}

/** Every id in a text, wherever it stands and in any case (for matching a table cell to items). */
export function idsIn(text: string): string[] {
  return [...text.matchAll(ID_ANYWHERE)].map((m) => m[0])
}

// --- Ids ------------------------------------------------------------------------------------

const PREFIX = String.raw`[A-Z]{1,6}(?:-[A-Z]{1,12})*`
const NUMBER = String.raw`\d+(?:\.\d+)*`
/** Markup that may wrap an id: emphasis, code, a link's bracket. */
const WRAP = '(?:\\*\\*|__|\\*|_|`|\\[)*'
const OPENING_ID = new RegExp(
  `^(${WRAP})(${PREFIX})([-_]?)(${NUMBER})(?![\\w]|\\.\\d)(?:\\*\\*|__|\\*|_|\`|\\])*(.*)$`,
  's',
)
const ID_ANYWHERE = new RegExp(`(?<![\\w-])${PREFIX}[-_]?${NUMBER}(?![\\w]|\\.\\d)`, 'gi')

/** Prefixes of standards, versions, priorities and products, not of requirement ids. */
const NOT_ID_PREFIXES = new Set(
  (
    'UTF ISO IEC SHA MD AES RSA DES RFC HTTP HTTPS TLS SSL TCP UDP IP IPV CVE CWE IEEE ECMA ES ' +
    'PEP GPT COVID HTML CSS JS EC CRC OWASP WCAG PCI SOC P V H Q S'
  ).split(' '),
)

type IdItem = RequirementItem & { id: string }

/** Where an id stands: it takes more to open a paragraph's line than a list item or a heading. */
type Place = 'item' | 'paragraph' | 'heading' | 'cell'

/** The id that opens `text` at `place`, and the title after it, or null. */
function openingId(text: string, place: Place): { id: string; rest: string } | null {
  const m = OPENING_ID.exec(text.trim())
  if (!m) return null
  const [open, prefix, separator, number, tail] = m.slice(1) as [
    string,
    string,
    string,
    string,
    string,
  ]
  if (NOT_ID_PREFIXES.has(prefix.split('-')[0] as string)) return null
  const wrapped = /[*_`]/.test(open)
  const labelled = /^[.:)](?:\s|$)/.test(tail)
  const dashed = /^\s*[:–—|]|^\s+-\s/.test(tail)
  const spaced = tail === '' || /^\s/.test(tail)
  const opens =
    wrapped ||
    labelled ||
    (separator !== ''
      ? place !== 'paragraph' || dashed || tail === ''
      : (place === 'heading' || place === 'cell') && spaced)
  if (!opens) return null
  const id = `${prefix}${separator}${number}`
  // Plain text keeps an id's characters: it drops only the markup around them.
  const plain = plainText(text)
  const rest = plain.slice(plain.indexOf(id) + id.length)
  return { id, rest: rest.replace(/^[\s:.)\]|,;—–-]+/, '') }
}

function idItems(block: Block): IdItem[] {
  switch (block.type) {
    case 'heading': {
      const found = openingId(plainText(block.heading.text), 'heading')
      return found ? [idItem(found, block.line)] : []
    }
    case 'paragraph': {
      const lines = block.text.split('\n')
      return lines.flatMap((text, k) => {
        const found = openingId(text, 'paragraph')
        if (!found) return []
        // A bold id alone on its line is titled by the line after it, unless that opens an item.
        const next = lines[k + 1] ?? ''
        const rest =
          found.rest === '' && !openingId(next, 'paragraph') ? plainText(next) : found.rest
        return [idItem({ id: found.id, rest }, block.line + k)]
      })
    }
    case 'list':
      return listIdItems(block.items)
    case 'table':
      return block.rows.flatMap((row) => {
        const found = openingId(row.cells[0] as string, 'cell')
        if (!found) return []
        const next =
          row.cells
            .slice(1)
            .map(plainText)
            .find((c) => c !== '') ?? ''
        return [idItem({ id: found.id, rest: found.rest === '' ? next : found.rest }, row.line)]
      })
    default:
      return []
  }
}

function listIdItems(items: ListItem[]): IdItem[] {
  return items.flatMap((item) => {
    const found = openingId(item.text, 'item')
    return found ? [idItem(found, item.line)] : listIdItems(item.children)
  })
}

function idItem(found: { id: string; rest: string }, line: number): IdItem {
  const title = shortTitle(found.rest)
  return { id: found.id, title: title === '' ? found.id : title, line }
}

// --- Structure ------------------------------------------------------------------------------

/** Heading names that make a section hold requirements. */
const REQUIREMENTS =
  /\b(?:requirements?|user stor(?:y|ies)|use cases?|acceptance criteria|features?|capabilit(?:y|ies)|(?:must|should|could)[- ]haves?)\b/i

/** Heading names that say their content is not required. */
const EXCLUDED =
  /\b(?:out[- ]of[- ]scope|non[- ]goals?|not (?:implemented|in scope|included)|won['’]?t|will not|future|deferred|excluded|questions?|assumptions?|glossary|terminology|acronyms?|references|revision history|change ?log)\b/i

/** "As a customer, I want …", after an optional label ("Description: "). */
const STORY =
  /^(?:[^:\n]{1,40}:\s*)?(As (?:an?|the)\b.{0,200}?\bI(?:'d| would)? (?:want|need|like|wish|can|should|must|expect)\b.*)$/is

const SCENARIO_IN_TEXT = /^\s*(?:Scenario|Scenario Outline):\s*(\S.*)$/i
const SCENARIO_IN_FENCE = /^\s*(?:Scenario|Scenario Outline|Scenario Template|Example):\s*(\S.*)$/
const GHERKIN_LANGS = new Set(['gherkin', 'feature', 'cucumber'])

interface Found {
  item: RequirementItem
  /** The name of the nearest heading above the item, to tell items of the same title apart. */
  near: string
}

/** An item found by structure; the text of a code fence is not Markdown, and is kept as written. */
function found(text: string, line: number, chain: Heading[], inCode = false): Found {
  const near = chain[chain.length - 1]
  const title = inCode ? clipTitle(text.replace(/\s+/g, ' ').trim()) : shortTitle(text)
  return { item: { id: null, title, line }, near: near ? nameOf(near) : '' }
}

function structureItems(block: Block, chain: Heading[]): Found[] {
  switch (block.type) {
    case 'paragraph':
      return block.text.split('\n').flatMap((text, k) => {
        const scenario = SCENARIO_IN_TEXT.exec(plainText(text))
        if (scenario) return [found(scenario[1] as string, block.line + k, chain)]
        // A story starts a paragraph and may run over its lines.
        const story = k === 0 ? storyText(block.text) : null
        return story ? [found(story, block.line, chain)] : []
      })
    case 'list': {
      const required = chain.some((h) => REQUIREMENTS.test(nameOf(h)))
      return listStructureItems(block.items, required).map((i) => found(i.title, i.line, chain))
    }
    default:
      return []
  }
}

/** The scenarios of a ```gherkin fence, each at its own line. */
function scenarios(code: CodeBlock, chainAt: (line: number) => Heading[]): Found[] {
  if (!GHERKIN_LANGS.has(code.lang.toLowerCase())) return []
  return code.content.split('\n').flatMap((text, k) => {
    const m = SCENARIO_IN_FENCE.exec(text)
    const line = code.line + 1 + k
    return m ? [found(m[1] as string, line, chainAt(line), true)] : []
  })
}

/**
 * Items of a list: in a requirements section each top-level item; anywhere, a story or a
 * scenario, looked for in nested items too as long as no item above is one already.
 */
function listStructureItems(
  items: ListItem[],
  required: boolean,
): { title: string; line: number }[] {
  return items.flatMap((item) => {
    const text = plainText(item.text)
    const scenario = SCENARIO_IN_TEXT.exec(text)
    const story = storyText(item.text)
    if (scenario) return [{ title: scenario[1] as string, line: item.line }]
    if (story) return [{ title: story, line: item.line }]
    if (required && text !== '') return [{ title: itemTitle(item), line: item.line }]
    return listStructureItems(item.children, false)
  })
}

/**
 * A list item's title: its text; for a bare label over sub-bullets ("**Admin Features**:"),
 * the label and what the sub-bullets say, which tells apart the lists of the same label.
 */
function itemTitle(item: ListItem): string {
  const text = plainText(item.text)
  const bareLabel = /:$/.test(text) || /^(\*\*|__)[^*_]+\1:?$/.test(item.text.trim())
  if (!bareLabel || item.children.length === 0) return text
  const children = item.children.map((c) => plainText(c.text)).join(', ')
  return `${text.replace(/:$/, '')}: ${children}`
}

/**
 * The story a paragraph or list item opens, through its lines up to the next bold label
 * ("**Endpoint:** …" after the story is another field), or null.
 */
function storyText(markdown: string): string | null {
  const lines = markdown.split('\n')
  const end = lines.findIndex((line, k) => k > 0 && /^\s*(?:\*\*|__)/.test(line))
  const lead = end < 0 ? markdown : lines.slice(0, end).join('\n')
  const m = STORY.exec(plainText(lead))
  return m ? (m[1] as string) : null
}

/**
 * Items of the same title (several "Admin Features" lists, each under its own heading) are
 * told apart by the name of the heading above them: "Movie Management: Admin Features".
 */
function qualifyDuplicates(found: Found[]): RequirementItem[] {
  const counts = new Map<string, number>()
  for (const f of found) counts.set(f.item.title, (counts.get(f.item.title) ?? 0) + 1)
  return found.map(({ item, near }) =>
    (counts.get(item.title) as number) > 1 && near !== ''
      ? { ...item, title: clipTitle(`${near}: ${item.title}`) }
      : item,
  )
}

// --- Shared ---------------------------------------------------------------------------------

/** A heading's name as plain text, without its number ("Functional Requirements"). */
function nameOf(h: Heading): string {
  return splitNumber(plainText(h.text)).name
}

/**
 * Which headings' sections hold a line, outermost first: the chain of headings above it, each
 * deeper than the one before. The title (the first heading, at level 1, when other headings
 * follow) is left out: it names the whole document.
 */
function sectionChains(headings: Heading[]): (line: number) => Heading[] {
  const [first, second] = headings
  const titled = first !== undefined && first.depth === 1 && second !== undefined
  const chains: Heading[][] = []
  let chain: Heading[] = []
  for (const h of titled ? headings.slice(1) : headings) {
    chain = [...chain.filter((above) => above.depth < h.depth), h]
    chains.push(chain)
  }
  const starts = titled ? headings.slice(1) : headings
  return (line) => {
    let i = -1
    while (i + 1 < starts.length && (starts[i + 1] as Heading).line <= line) i++
    return chains[i] ?? []
  }
}

/** Plain text clipped to TITLE_LENGTH characters on a word boundary, a trailing ":" dropped. */
export function shortTitle(text: string): string {
  return clipTitle(plainText(text))
}

function clipTitle(text: string): string {
  const plain = text.replace(/\s*:$/, '')
  const chars = Array.from(plain)
  if (chars.length <= TITLE_LENGTH) return plain
  const space = chars.lastIndexOf(' ', TITLE_LENGTH - 1)
  return clip(plain, space > TITLE_LENGTH / 2 ? space + 1 : TITLE_LENGTH)
}
