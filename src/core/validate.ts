/**
 * Checks a design against the structure derived from its template. Every violation carries the
 * 1-based line where the reader (or the model, in a repair turn) has to look.
 *
 * Tolerances, decided once here:
 * - Heading names: whitespace is collapsed, inline formatting (`**`, backticks) and a trailing
 *   ":" are ignored, a number may be written "1" or "1.". Wording, case and `&` vs `and` are
 *   NOT tolerated: the model copies headings verbatim from the template, a repair turn fixes any
 *   drift cheaply, and downstream readers look sections up by their exact names. A loose key
 *   (case, `&`/`and`, punctuation ignored) is used only to recognise which section a drifted
 *   heading meant, so the message can say "wrong name" instead of "missing" + "unexpected".
 * - Headings deeper than the template's deepest level are free sub-structure (`#### ` inside
 *   5.2); any heading at a template level that the template does not list is a violation.
 * - Complexity: the value must be one of the allowed values (case-insensitive), optionally
 *   followed by an explanation after a separator: "Medium", "medium", "Medium — because …",
 *   "Medium (three services)", "Medium: …". A range or mix ("Medium-High", "Medium/High",
 *   "Medium to High") and the bracketed placeholder are rejected: the field is read by machines.
 */
import {
  countLines,
  nameKey as key,
  parseOutline,
  plainText,
  splitNumber,
  toLf,
} from './markdown.js'
import type { Block, Heading, ListItem, Outline } from './markdown.js'
import { readOpenQuestions } from './questions.js'
import type { NotAQuestion } from './questions.js'
import { formatSection } from './template.js'
import type { SectionSpec, TemplateSpec, Violation } from './types.js'

interface Found {
  heading: Heading
  number: string
  name: string
  /** Index of the template section this heading stands for, or -1 when it matches none. */
  section: number
}

export function validateDesign(doc: string, spec: TemplateSpec): Violation[] {
  const outline = parseOutline(doc)
  // "End of the document" is its last line with content, not a trailing blank line.
  const lastLine = Math.max(1, countLines(toLf(doc).trimEnd()))
  const violations: Violation[] = []
  const add = (line: number, message: string): void => {
    violations.push({ line, message })
  }

  // --- Title -------------------------------------------------------------------------------
  const { headings } = outline
  const prefix = collapse(spec.title.prefix)
  const titleText = spec.title.hasPlaceholder ? `${spec.title.prefix}[Title]` : spec.title.prefix
  const expectedTitle = `${'#'.repeat(spec.title.level)} ${titleText}`
  let titleIndex = headings.findIndex((h) => h.depth === spec.title.level)
  if (titleIndex < 0) {
    titleIndex = headings.findIndex((h) => prefix !== '' && collapse(h.text).startsWith(prefix))
    const misplaced = headings[titleIndex]
    if (misplaced) {
      add(
        misplaced.line,
        `Title ${show(misplaced)} must be a level-${spec.title.level} heading ("${expectedTitle}")`,
      )
    } else {
      add(
        headings[0]?.line ?? 1,
        `Missing title "${expectedTitle}" (expected as the first heading)`,
      )
    }
  }
  const title = headings[titleIndex]
  if (title) checkTitle(title, spec, add)
  for (const h of headings.slice(0, Math.max(0, titleIndex))) {
    add(h.line, `Heading ${show(h)} appears before the title`)
  }

  // --- Sections ----------------------------------------------------------------------------
  const { sections } = spec
  const deepest = Math.max(...sections.map((s) => s.level))
  const shallowest = Math.min(...sections.map((s) => s.level))
  const found = match(
    headings.slice(titleIndex + 1).filter((h) => h.depth <= deepest),
    sections,
  )

  const first = new Map<number, Found>()
  for (const f of found) {
    if (f.section < 0) {
      const hint =
        f.heading.depth > shallowest
          ? `; sub-headings inside a section must be level ${deepest + 1} or deeper`
          : '; put its content in the section of the template it belongs to, or delete it'
      add(f.heading.line, `Unexpected heading ${show(f.heading)} (not in the template${hint})`)
      continue
    }
    const earlier = first.get(f.section)
    if (earlier) {
      add(
        f.heading.line,
        `Duplicate heading ${show(f.heading)} (already at line ${earlier.heading.line})`,
      )
      continue
    }
    first.set(f.section, f)
    checkHeading(f, sections[f.section] as SectionSpec, add)
  }

  // Out of order: whatever falls outside the longest run that follows the template's order.
  const present = [...first.values()]
  const inOrder = new Set(longestIncreasing(present.map((f) => f.section)))
  for (const f of present) {
    if (inOrder.has(f.section)) continue
    const before = sections[f.section - 1]
    const after = sections[f.section + 1]
    const where =
      before && after
        ? `between "${formatSection(before)}" and "${formatSection(after)}"`
        : before
          ? `after "${formatSection(before)}"`
          : after
            ? `before "${formatSection(after)}"`
            : 'elsewhere'
    add(
      f.heading.line,
      `Heading ${show(f.heading)} is out of order (the template puts it ${where})`,
    )
  }

  // Where each section is, or where a missing one should have appeared.
  const sectionLine: number[] = sections.map(() => lastLine)
  for (let i = sections.length - 1, next = lastLine; i >= 0; i--) {
    const f = first.get(i)
    if (f && inOrder.has(i)) next = f.heading.line
    sectionLine[i] = f?.heading.line ?? next
  }
  sections.forEach((s, i) => {
    if (first.has(i)) return
    const before = sections[i - 1]
    const after = before ? `"${formatSection(before)}"` : 'the title'
    add(
      sectionLine[i] ?? lastLine,
      `Missing heading "${formatSection(s)}" (expected after ${after})`,
    )
  })

  // --- Complexity --------------------------------------------------------------------------
  if (spec.complexity) {
    const { sectionIndex } = spec.complexity
    const at = first.get(sectionIndex)?.heading
    const range = at ? sectionRange(outline, at) : null
    checkComplexity(
      outline,
      spec.complexity,
      sections[sectionIndex] as SectionSpec,
      range,
      sectionLine[sectionIndex] ?? lastLine,
      add,
    )
  }

  // --- Open Questions ----------------------------------------------------------------------
  if (spec.openQuestionsIndex !== null) {
    const at = first.get(spec.openQuestionsIndex)?.heading
    if (at) {
      const [from, to] = sectionRange(outline, at)
      const hasContent = outline.blocks.some((b) => b.line > from && b.line < to)
      if (!hasContent) {
        add(at.line, `Section ${show(at)} is empty: list the open questions, or write "None"`)
      }
    }
    const reading = readOpenQuestions(doc, spec)
    if (reading.heading) {
      for (const item of reading.notQuestions) {
        add(item.line, notAQuestionMessage(item, reading.heading, spec))
      }
    }
  }

  // --- Code blocks -------------------------------------------------------------------------
  for (const code of outline.codeBlocks) {
    if (code.lang.toLowerCase() === 'mermaid') {
      if (!isMermaidDiagram(code.content)) {
        const first = code.content.trim().split('\n')[0]?.trim() ?? ''
        const found = first === '' ? 'it is empty' : `its first line is "${preview(first)}"`
        add(
          code.line,
          `The \`\`\`mermaid block holds no Mermaid diagram (${found}): start it with a diagram type such as "flowchart TD" or "sequenceDiagram", or remove the block`,
        )
      }
      continue
    }
    const lang = code.lang === '' ? 'no language' : `language "${code.lang}"`
    add(code.line, `Code block not allowed (${lang}): only \`\`\`mermaid diagrams may be fenced`)
  }

  return violations.sort((a, b) => a.line - b.line)
}

/**
 * Why an item does not belong in the Open Questions section, and where its content goes: each
 * item there is put to people as a question, so anything else has to move or go.
 */
function notAQuestionMessage(item: NotAQuestion, section: Heading, spec: TemplateSpec): string {
  const quoted = `"${preview(item.text)}"`
  const top = Math.min(...spec.sections.map((s) => s.level))
  const home = (pattern: RegExp): SectionSpec | undefined =>
    spec.sections.find((s) => s.level === top && pattern.test(s.name))
  const plan = home(/implementation|plan/i)
  const risks = home(/risk/i)
  const destinations = [
    plan ? `planned work to "${formatSection(plan)}"` : '',
    risks ? `risks to "${formatSection(risks)}"` : '',
  ].filter(Boolean)
  const move =
    destinations.length > 0 ? `move ${destinations.join(' and ')}, or delete it` : 'delete it'
  switch (item.kind) {
    case 'resolved':
      return `Resolved item ${quoted} in ${show(section)}: delete it there and write its decision into the sections it affects`
    case 'sub-section':
      return `Sub-section ${quoted} in ${show(section)} holds no open questions: ${move}`
    case 'statement':
      return `Not a question: ${quoted} in ${show(section)}, which holds only questions a person can answer: ask it as a question, ${move}`
  }
}

/**
 * The diagram types Mermaid detects from a diagram's first line (its detectors, as of Mermaid
 * 11–12; GitHub renders these). The keyword must stand alone: "graphs" is not "graph".
 */
const MERMAID_DIAGRAM =
  /^(?:flowchart-elk|flowchart|graph|sequenceDiagram|classDiagram(?:-v2)?|stateDiagram(?:-v2)?|erDiagram|journey|gantt|pie|quadrantChart|requirementDiagram|gitGraph|C4Context|C4Container|C4Component|C4Dynamic|C4Deployment|mindmap|timeline|sankey(?:-beta)?|xychart(?:-beta)?|block(?:-beta)?|packet(?:-beta)?|kanban|architecture-beta|radar-beta|treemap(?:-beta)?)(?![\w-])/

/**
 * Whether a fence labelled mermaid holds a diagram: after what Mermaid skips (a front-matter
 * block first, `%%{…}%%` directives, `%%` comments, blank lines), a line naming a diagram type.
 */
export function isMermaidDiagram(content: string): boolean {
  let text = content.replace(/\r\n?/g, '\n')
  const frontMatter = /^[ \t]*---[ \t]*\n[\s\S]*?\n[ \t]*---[ \t]*(?:\n|$)/.exec(text)
  if (frontMatter) text = text.slice(frontMatter[0].length)
  text = text.replace(/%%\{[\s\S]*?\}%%/g, '').replace(/^[ \t]*%%.*$/gm, '')
  return MERMAID_DIAGRAM.test(text.trimStart())
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text
}

/**
 * The violations of `after` that `before` did not have: what a revision added. Violations are
 * compared by message, line references aside, and counted, so a second code block where the
 * design had one is new, while a person's code block that moved down the page is not.
 */
export function addedViolations(after: Violation[], before: Violation[]): Violation[] {
  const identity = (v: Violation): string => v.message.replace(/\bline \d+/g, 'line N')
  const remaining = new Map<string, number>()
  for (const v of before) remaining.set(identity(v), (remaining.get(identity(v)) ?? 0) + 1)
  return after.filter((v) => {
    const left = remaining.get(identity(v)) ?? 0
    if (left > 0) remaining.set(identity(v), left - 1)
    return left === 0
  })
}

function checkTitle(
  title: Heading,
  spec: TemplateSpec,
  add: (line: number, m: string) => void,
): void {
  const text = collapse(title.text)
  const prefix = collapse(spec.title.prefix)
  if (!spec.title.hasPlaceholder) {
    if (text !== prefix) add(title.line, `Title ${show(title)} must read "${spec.title.prefix}"`)
    return
  }
  if (!text.startsWith(prefix)) {
    add(title.line, `Title ${show(title)} must start with "${prefix}"`)
    return
  }
  const rest = text.slice(prefix.length).trim()
  if (rest === '') add(title.line, `Title ${show(title)} has no name after "${prefix}"`)
  else if (/^\[.*\]$/.test(rest)) {
    add(title.line, `Title ${show(title)} still holds the template placeholder ${rest}`)
  }
}

/**
 * Pairs each structural heading with the template section it stands for: first by name (loose
 * key), then — for a renamed heading — by number at the same level, if that section's name is
 * not used by another heading and the two names share a word ("9. Monitoring and Alerting" is
 * a renamed "9. Monitoring & Observability"; "12. Risks" is not a renamed "12. Open Questions").
 */
function match(headings: Heading[], sections: SectionSpec[]): Found[] {
  const keys = sections.map((s) => key(s.name))
  const found: Found[] = headings.map((heading) => {
    const { number, name } = splitNumber(plainText(heading.text))
    const candidates = keys.flatMap((k, i) => (k === key(name) ? [i] : []))
    const exact = candidates.find(
      (i) => sections[i]?.number === number && sections[i]?.level === heading.depth,
    )
    return { heading, number, name, section: exact ?? candidates[0] ?? -1 }
  })
  const named = new Set(found.map((f) => f.section))
  for (const f of found) {
    if (f.section >= 0 || f.number === '') continue
    const i = sections.findIndex((s) => s.number === f.number && s.level === f.heading.depth)
    if (i >= 0 && !named.has(i) && shareWord(f.name, sections[i]?.name ?? '')) {
      f.section = i
      named.add(i)
    }
  }
  return found
}

function checkHeading(f: Found, s: SectionSpec, add: (line: number, m: string) => void): void {
  const expected = `"${formatSection(s)}"`
  const line = f.heading.line
  if (f.heading.depth !== s.level) {
    add(line, `Wrong level for ${show(f.heading)}: expected level ${s.level} (${expected})`)
  }
  if (f.number !== s.number) {
    const why = s.number === '' ? 'the template does not number it' : `expected number ${s.number}`
    add(line, `Wrong number on heading ${show(f.heading)}: ${why} (${expected})`)
  }
  if (strictName(f.name) !== strictName(s.name)) {
    add(line, `Wrong name on heading ${show(f.heading)}: expected ${expected}`)
  }
}

/** Lines [heading, next heading of the same or a higher level) of the section under `heading`. */
function sectionRange(outline: Outline, heading: Heading): [number, number] {
  const next = outline.headings.find((h) => h.line > heading.line && h.depth <= heading.depth)
  return [heading.line, next?.line ?? outline.lineCount + 1]
}

function checkComplexity(
  outline: Outline,
  complexity: NonNullable<TemplateSpec['complexity']>,
  section: SectionSpec,
  range: [number, number] | null,
  sectionLine: number,
  add: (line: number, m: string) => void,
): void {
  const { label, values } = complexity
  const sectionName = `"${formatSection(section)}"`
  const wanted = `"- **${label}**: ${values.join('/')}"`
  const lines = labelLines(outline.blocks, label)
  const inside = range ? lines.filter((l) => l.line > range[0] && l.line < range[1]) : []

  if (inside.length === 0) {
    const elsewhere = lines[0]
    if (elsewhere) add(elsewhere.line, `The "${label}" line must be in ${sectionName}`)
    else add(sectionLine, `Missing ${wanted} line in ${sectionName}`)
    return
  }
  const [line, ...duplicates] = inside
  if (!line) return
  for (const d of duplicates) add(d.line, `Duplicate "${label}" line (first at line ${line.line})`)
  if (!line.listItem || !line.bold) add(line.line, `Write the "${label}" line as ${wanted}`)

  const value = plainText(line.value)
  if (/^\[.*\]$/.test(value)) {
    add(
      line.line,
      `"${label}" still holds the template placeholder ${value}: choose one of ${values.join(', ')}`,
    )
  } else if (!isOneOf(value, values)) {
    add(line.line, `"${label}" must be exactly one of ${values.join(', ')} (found "${value}")`)
  }
}

interface LabelLine {
  line: number
  value: string
  listItem: boolean
  bold: boolean
}

/** Every list item or paragraph that starts with the label, however it is formatted. */
function labelLines(blocks: Block[], label: string): LabelLine[] {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(
    `^(\\*\\*|__)?${escaped}\\s*(:)?\\s*(\\*\\*|__)?\\s*(:)?\\s*([\\s\\S]*)$`,
    'i',
  )
  const out: LabelLine[] = []
  const test = (text: string, line: number, listItem: boolean): void => {
    const m = re.exec(text.trim())
    if (!m || (!m[2] && !m[4])) return
    out.push({ line, value: m[5] ?? '', listItem, bold: !!m[1] && m[1] === m[3] })
  }
  const walk = (items: ListItem[]): void => {
    for (const item of items) {
      test(item.text, item.line, true)
      walk(item.children)
    }
  }
  for (const b of blocks) {
    if (b.type === 'list') walk(b.items)
    else if (b.type === 'paragraph') test(b.text, b.line, false)
  }
  return out
}

/** One allowed value, alone or followed by an explanation after a separator. */
function isOneOf(value: string, values: string[]): boolean {
  const lower = value.toLowerCase()
  return values.some((v) => {
    if (!lower.startsWith(v.toLowerCase())) return false
    const rest = value.slice(v.length)
    return rest.trim() === '' || /^\s*[—–:(,;.]|^\s+-\s/.test(rest)
  })
}

/** Longest strictly increasing subsequence of `seq`, as the set of its values. */
function longestIncreasing(seq: number[]): number[] {
  const length: number[] = []
  const prev: number[] = []
  let best = -1
  seq.forEach((v, i) => {
    length[i] = 1
    prev[i] = -1
    for (let j = 0; j < i; j++) {
      if ((seq[j] as number) < v && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1
        prev[i] = j
      }
    }
    if (best < 0 || (length[i] as number) > (length[best] as number)) best = i
  })
  const out: number[] = []
  for (let i = best; i >= 0; i = prev[i] as number) out.push(seq[i] as number)
  return out.reverse()
}

const MINOR_WORDS = new Set(['and', 'the', 'for', 'with', 'from', 'into', 'your'])

function shareWord(a: string, b: string): boolean {
  const words = (name: string): string[] =>
    key(name)
      .split(' ')
      .filter((w) => w.length > 2 && !MINOR_WORDS.has(w))
      .map((w) => w.replace(/s$/, ''))
  const theirs = new Set(words(b))
  return words(a).some((w) => theirs.has(w))
}

function show(h: Heading): string {
  return `"${'#'.repeat(h.depth)} ${h.text.trim()}"`
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function strictName(name: string): string {
  return collapse(plainText(name)).replace(/\s*:$/, '')
}
