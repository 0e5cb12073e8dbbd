/**
 * Reading the edits of a revision reply: `<replace>` (a passage of the current design and what
 * replaces it) and `<insert>` (a line of the current design and what follows it), each naming the
 * section it is in. What is left of the reply, edits blanked out line for line, is read as
 * returned sections, so a reply may mix both and its lines keep their numbers. Where the edits go
 * is decided apart, in place-edits.ts.
 */
import { toLf } from '../text/lines.js'
import type { Violation } from '../document/types.js'

export interface PassageEdit {
  kind: 'replace' | 'insert'
  /** The section it is in, as the model named it ("5. Detailed Design"); '' when not named. */
  section: string
  /** The passage to replace, or the line to insert after, as copied from the current design. */
  anchor: string
  /** What replaces the passage, or the lines inserted; '' deletes the passage. */
  text: string
  /** 1-based line of the edit's opening tag in the reply. */
  line: number
}

export interface EditBlocks {
  edits: PassageEdit[]
  /** The reply with every edit's lines blank, for reading the sections it also returns. */
  rest: string
  /** Edits that cannot be read, at their lines in the reply. */
  problems: Violation[]
}

/** The tags of the edit protocol; the data of a revision turn may open none of them. */
export const EDIT_TAGS = ['replace', 'insert', 'old', 'new', 'after']

const EDIT = /<(replace|insert)\b([^>\n]*)>([\s\S]*?)(?:<\/\1\s*>|(?=<(?:replace|insert)\b)|$)/g

export function extractEdits(reply: string): EditBlocks {
  const text = toLf(reply.replace(/^\uFEFF/, ''))
  const edits: PassageEdit[] = []
  const problems: Violation[] = []
  let rest = ''
  let at = 0
  for (const match of text.matchAll(EDIT)) {
    const [whole, tag, attributes = '', body = ''] = match
    const start = match.index
    const line = lineAt(text, start)
    rest += text.slice(at, start) + whole.replace(/[^\n]/g, '')
    at = start + whole.length
    const kind = tag === 'insert' ? 'insert' : 'replace'
    const anchorTag = kind === 'insert' ? 'after' : 'old'
    const problem = (message: string) => problems.push({ line, message })
    if (!new RegExp(`</${kind}\\s*>$`).test(whole)) {
      problem(`The <${kind}> edit is not closed: end it with </${kind}>`)
      continue
    }
    const anchor = part(body, anchorTag)
    const replacement = part(body, 'new')
    if (anchor === null || anchor.trim() === '') {
      problem(
        kind === 'insert'
          ? 'The <insert> edit has no <after> line: copy the line of the current design the new lines follow between <after> and </after>'
          : 'The <replace> edit has no <old> text: copy the passage of the current design it replaces between <old> and </old>',
      )
      continue
    }
    if (replacement === null) {
      problem(
        `The <${kind}> edit has no <new> text: write what ${kind === 'insert' ? 'is inserted' : 'replaces the passage'} between <new> and </new>`,
      )
      continue
    }
    if (kind === 'insert' && replacement.trim() === '') {
      problem('The <insert> edit inserts nothing: write the new lines between <new> and </new>')
      continue
    }
    edits.push({ kind, section: sectionAttribute(attributes), anchor, text: replacement, line })
  }
  rest += text.slice(at)
  return { edits, rest, problems }
}

/** The text between `<tag>` and `</tag>` in an edit, the line breaks next to the tags aside. */
function part(body: string, tag: string): string | null {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body)
  if (!match) return null
  return (match[1] ?? '').replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '')
}

/** `section="5. Detailed Design"` (also in single quotes), or ''. */
function sectionAttribute(attributes: string): string {
  const match = /section\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes)
  return (match?.[1] ?? match?.[2] ?? '').trim()
}

function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}
