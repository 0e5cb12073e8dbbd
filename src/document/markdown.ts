/**
 * The one place that reads Markdown: turns a document into a flat, line-numbered outline of its
 * blocks with `marked`, plus small Markdown text helpers shared by every folder that handles
 * Markdown. Code fences read line by line are in `fences.ts`, apart from marked, so that the
 * paths that need only them (a comment that may be a command) do not load the lexer.
 *
 * Only marked's block lexer runs. Inline lexing (emphasis, links, …) is several times slower
 * than block lexing and nothing here needs inline tokens; the few strings that must read as
 * plain text go through `plainText`, a regex pass that is predictable and cheap.
 */
import { Lexer } from 'marked'
import type { Token, Tokens } from 'marked'
import { toLf } from '../text/lines.js'
import { fenceLanguage } from './fences.js'

/** An ATX (`## 5. Detailed Design`) or setext heading at the top level of the document. */
export interface Heading {
  depth: number
  /** Heading text as written (closing `#`s removed, trimmed; inline Markdown kept). */
  text: string
  line: number
}

/** A fenced code block anywhere in the document (also inside lists and block quotes). */
export interface CodeBlock {
  /** First word of the info string, as written ("" when the fence has none). */
  lang: string
  line: number
  /** Line of the closing fence; for an unclosed fence, the document's last line with content. */
  endLine: number
  /** What the fence holds, without the fences. */
  content: string
}

/** A list item: the Markdown of its own first paragraph, and its nested list items. */
export interface ListItem {
  line: number
  endLine: number
  /** Raw Markdown of the item's leading paragraph (without the bullet; may span lines). */
  text: string
  ordered: boolean
  /** A task list item checked off (`- [x] …`). */
  checked: boolean
  /** Spaces before the bullet, relative to the enclosing content. */
  indent: number
  children: ListItem[]
}

export interface TableRow {
  line: number
  /** Raw Markdown of each cell. */
  cells: string[]
}

export type Block =
  | { type: 'heading'; line: number; endLine: number; heading: Heading }
  | { type: 'code'; line: number; endLine: number; code: CodeBlock }
  | { type: 'paragraph'; line: number; endLine: number; text: string }
  | { type: 'list'; line: number; endLine: number; items: ListItem[] }
  | { type: 'table'; line: number; endLine: number; header: string[]; rows: TableRow[] }
  /** Anything else with content: html, block quote, hr, link definition. */
  | { type: 'other'; line: number; endLine: number; kind: string }

export interface Outline {
  /** Top-level blocks in document order (blank space omitted). */
  blocks: Block[]
  /** Top-level headings only: a `#` line inside a code fence, HTML block or list is not one. */
  headings: Heading[]
  /** Every fenced code block, nested ones included, in document order. */
  codeBlocks: CodeBlock[]
  /** Number of lines (a final newline does not start another line). */
  lineCount: number
}

function countNewlines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Lines a raw chunk spans beyond its first one, ignoring the trailing newline(s) it swallowed. */
function extraLines(raw: string): number {
  return countNewlines(raw.trimEnd())
}

/** Lines in a text; a final newline does not start another line. */
export function countLines(text: string): number {
  if (text === '') return 0
  return countNewlines(text) + (text.endsWith('\n') ? 0 : 1)
}

/**
 * Outline of a Markdown document with 1-based line numbers. Lines are computed by adding up the
 * `raw` length of each block token, which covers the whole source (checked on the corpus).
 * The result is shared with later calls for the same text: treat it as read-only.
 */
export function parseOutline(markdown: string): Outline {
  // Callers validate a design and then extract its questions: one parse serves both.
  if (markdown === cache.markdown && cache.outline) return cache.outline
  const outline = lexOutline(toLf(markdown))
  cache.markdown = markdown
  cache.outline = outline
  return outline
}

/** The last outline built; outlines are never modified after they are built. */
const cache: { markdown: string; outline: Outline | null } = { markdown: '', outline: null }

function lexOutline(src: string): Outline {
  // Fresh options per call: the Lexer constructor writes its tokenizer into the options object.
  const tokens = new Lexer({ gfm: true }).blockTokens(src)
  const out: Outline = { blocks: [], headings: [], codeBlocks: [], lineCount: countLines(src) }
  let line = 1
  for (const token of tokens) {
    const block = toBlock(token, line, out.codeBlocks)
    if (block) {
      out.blocks.push(block)
      if (block.type === 'heading') out.headings.push(block.heading)
    }
    line += countNewlines(token.raw)
  }
  return out
}

function toBlock(token: Token, line: number, codeBlocks: CodeBlock[]): Block | null {
  const endLine = line + extraLines(token.raw)
  switch (token.type) {
    case 'space':
      return null
    case 'heading': {
      const t = token as Tokens.Heading
      return { type: 'heading', line, endLine, heading: { depth: t.depth, text: t.text, line } }
    }
    case 'code': {
      const t = token as Tokens.Code
      // Indented code is not a fence; it cannot carry a language and is left to the reader.
      if (t.codeBlockStyle === 'indented') return { type: 'other', line, endLine, kind: 'code' }
      const lang = fenceLanguage(t.lang ?? '')
      const code = { lang, line, endLine, content: t.text }
      codeBlocks.push(code)
      return { type: 'code', line, endLine, code }
    }
    case 'paragraph':
    case 'text':
      return { type: 'paragraph', line, endLine, text: (token as Tokens.Paragraph).text }
    case 'list': {
      const t = token as Tokens.List
      return { type: 'list', line, endLine, items: listItems(t, line, codeBlocks) }
    }
    case 'table': {
      const t = token as Tokens.Table
      // GFM table rows are one line each: header, delimiter, then the body rows.
      const rows = t.rows.map((cells, i) => ({
        line: line + 2 + i,
        cells: cells.map((c) => c.text),
      }))
      return { type: 'table', line, endLine, header: t.header.map((c) => c.text), rows }
    }
    case 'blockquote':
      nestedCode((token as Tokens.Blockquote).tokens, line, codeBlocks)
      return { type: 'other', line, endLine, kind: token.type }
    default:
      return { type: 'other', line, endLine, kind: token.type }
  }
}

/**
 * Items keep their source lines: marked lexes an item's content with the indentation removed
 * but one line per source line, so child raws still add up to line offsets within the item.
 */
function listItems(list: Tokens.List, line: number, codeBlocks: CodeBlock[]): ListItem[] {
  const items: ListItem[] = []
  let itemLine = line
  for (const item of list.items) {
    const node: ListItem = {
      line: itemLine,
      endLine: itemLine + extraLines(item.raw),
      text: '',
      ordered: list.ordered,
      checked: item.task && item.checked === true,
      indent: /^ */.exec(item.raw)?.[0].length ?? 0,
      children: [],
    }
    let childLine = itemLine
    let seenText = false
    for (const child of item.tokens) {
      if (child.type === 'list') {
        node.children.push(...listItems(child as Tokens.List, childLine, codeBlocks))
      } else if (!seenText && (child.type === 'text' || child.type === 'paragraph')) {
        node.text = (child as Tokens.Text).text
        seenText = true
      } else if (child.type === 'code' || child.type === 'blockquote') {
        nestedCode([child], childLine, codeBlocks)
      }
      childLine += countNewlines(child.raw)
    }
    items.push(node)
    itemLine += countNewlines(item.raw)
  }
  return items
}

/** Collects fenced code blocks nested in block quotes and list items. */
function nestedCode(tokens: Token[], line: number, codeBlocks: CodeBlock[]): void {
  let at = line
  for (const token of tokens) {
    if (token.type === 'list') listItems(token as Tokens.List, at, codeBlocks)
    else toBlock(token, at, codeBlocks)
    at += countNewlines(token.raw)
  }
}

/** "5.2 API Design" → { number: "5.2", name: "API Design" }; "1. Overview" → "1", "Overview". */
export function splitNumber(headingText: string): { number: string; name: string } {
  const m = /^(\d+(?:\.\d+)*)\.?(?:\s+|$)(.*)$/s.exec(headingText.trim())
  if (!m) return { number: '', name: headingText.trim() }
  return { number: m[1] ?? '', name: (m[2] ?? '').trim() }
}

/**
 * Markdown inline → plain text, good enough for headings, labels and questions: emphasis,
 * code spans, links, images, escapes and inline HTML tags are reduced to their text, lines are
 * joined and whitespace collapsed.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}
