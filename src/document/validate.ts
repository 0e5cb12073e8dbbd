/**
 * Checks a design against the structure derived from its template. Every violation carries the
 * 1-based line where the reader (or the model, in a repair turn) has to look, and its message
 * says what is wrong and what to write instead.
 *
 * Tolerances, decided once here:
 * - Heading names: whitespace is collapsed, inline formatting (`**`, backticks) and a trailing
 *   ":" are ignored, a number may be written "1" or "1.". Wording, case and `&` vs `and` are
 *   NOT tolerated: the model copies headings verbatim from the template, a repair turn fixes any
 *   drift cheaply, and downstream readers look sections up by their exact names. A loose key
 *   (case, `&`/`and`, punctuation ignored) is used only to recognise which section a drifted
 *   heading meant, so the message can say "wrong name" instead of "missing" + "unexpected".
 * - A heading whose name shares nothing with the template's (translated, reworded) is still
 *   taken for the missing section whose place it holds, as one "rename it" violation, when
 *   that is unambiguous (see `pairRenamed`); otherwise it is "unexpected" and the section
 *   "missing".
 * - Levels: a template section written at another level (every section `# N. Name`, one
 *   level up, included) is that section, with one "wrong level" violation naming both levels.
 * - Headings deeper than the template's deepest level are free sub-structure (`#### ` inside
 *   5.2); any heading at a template level that the template does not list is a violation.
 * - A missing section is reported where it has to be inserted: at the next section present in
 *   template order, else after the content of the previous one (or after the title).
 * - A title broken by stray characters before its "#" (`/# Technical Design: …`), by four
 *   spaces of indentation or by a missing space after the "#" is reported once, at its own
 *   line, with the fix; the rest of the document is read as if it had a title.
 * - Complexity: the value must be one of the allowed values (case-insensitive), optionally
 *   followed by an explanation after a separator: "Medium", "medium", "Medium — because …",
 *   "Medium (three services)", "Medium: …". A range or mix ("Medium-High", "Medium/High",
 *   "Medium to High") and the bracketed placeholder are rejected: the field is read by machines.
 */
import {
  collapseSpace,
  formatSection,
  isRenamedSection,
  nameKey as key,
  showHeading,
  strictName,
} from './heading-names.js'
import { countLines, parseOutline, plainText, splitNumber } from './markdown.js'
import { toLf } from '../text/lines.js'
import type { Block, Heading, ListItem, Outline } from './markdown.js'
import { readOpenQuestions } from './questions.js'
import type { NotAQuestion } from './questions.js'
import type { SectionSpec, TemplateSpec, Violation } from './types.js'
import { clip } from '../text/clip.js'

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
  const { sections } = spec

  // --- Title -------------------------------------------------------------------------------
  const { headings } = outline
  const prefix = collapseSpace(spec.title.prefix)
  const titleText = spec.title.hasPlaceholder ? `${spec.title.prefix}[Title]` : spec.title.prefix
  const expectedTitle = `${'#'.repeat(spec.title.level)} ${titleText}`
  // A heading at the title's level that names a template section ("# 1. Overview" in a design
  // written one level up) is that section, not the title.
  const sectionKeys = new Set(sections.map((s) => key(s.name)))
  const titleLike = (h: Heading): boolean =>
    h.depth === spec.title.level && !sectionKeys.has(key(splitNumber(plainText(h.text)).name))
  const startsWithPrefix = (h: Heading): boolean =>
    prefix !== '' && collapseSpace(h.text).startsWith(prefix)
  // The title is, in this order: a heading at the title's level that starts with the prefix;
  // none, when a line before the first heading is a broken title (reported as such); the first
  // heading at the title's level; a heading at another level that starts with the prefix.
  let titleIndex = headings.findIndex((h) => titleLike(h) && startsWithPrefix(h))
  const broken = titleIndex < 0 ? brokenTitle(doc, outline, spec) : null
  if (broken) {
    add(broken.line, broken.message)
  } else if (titleIndex < 0) {
    titleIndex = headings.findIndex(titleLike)
  }
  if (titleIndex < 0 && !broken) {
    titleIndex = headings.findIndex(startsWithPrefix)
    const misplaced = headings[titleIndex]
    if (misplaced) {
      add(
        misplaced.line,
        `Title ${showHeading(misplaced)} must be a level-${spec.title.level} heading ("${expectedTitle}")`,
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
    add(h.line, `Heading ${showHeading(h)} appears before the title`)
  }

  // --- Sections ----------------------------------------------------------------------------
  const deepest = Math.max(...sections.map((s) => s.level))
  const shallowest = Math.min(...sections.map((s) => s.level))
  const found = match(headings.slice(titleIndex + 1), sections, deepest)

  const first = new Map<number, Found>()
  const duplicateOf = new Map<Found, Found>()
  for (const f of found) {
    if (f.section < 0) continue
    const earlier = first.get(f.section)
    if (earlier) duplicateOf.set(f, earlier)
    else first.set(f.section, f)
  }

  // Out of order: whatever falls outside the longest run that follows the template's order.
  const present = [...first.values()]
  const inOrder = new Set(longestIncreasing(present.map((f) => f.section)))
  const outOfOrder = present.filter((f) => !inOrder.has(f.section))

  // A renamed or translated heading standing where a missing section belongs is that section.
  const renamed = pairRenamed(
    found.filter((f) => f.section < 0),
    first,
    inOrder,
    sections,
  )
  for (const [f, i] of renamed) {
    f.section = i
    first.set(i, f)
    inOrder.add(i)
  }

  for (const f of found) {
    const s = sections[f.section]
    const earlier = duplicateOf.get(f)
    if (!s) {
      const hint =
        f.heading.depth > shallowest
          ? `; sub-headings inside a section must be level ${deepest + 1} or deeper`
          : '; put its content in the section of the template it belongs to, or delete it'
      add(
        f.heading.line,
        `Unexpected heading ${showHeading(f.heading)} (not in the template${hint})`,
      )
    } else if (earlier) {
      add(
        f.heading.line,
        `Duplicate heading ${showHeading(f.heading)} (already at line ${earlier.heading.line})`,
      )
    } else if (renamed.has(f)) {
      add(
        f.heading.line,
        `Heading ${showHeading(f.heading)} stands where "${formatSection(s)}" belongs: rename it to exactly "${formatSection(s)}" (template headings are copied word for word, not translated or reworded)`,
      )
    } else {
      checkHeading(f, s, add)
    }
  }

  for (const f of outOfOrder) {
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
      `Heading ${showHeading(f.heading)} is out of order (the template puts it ${where})`,
    )
  }

  // Where each section is, or where a missing one has to be inserted: before the next section
  // present in order, else after the previous one's content (or the title's introduction).
  const insertionPoint = (i: number, s: SectionSpec): { line: number; where: string } => {
    const anchored = (j: number): Found | undefined => (inOrder.has(j) ? first.get(j) : undefined)
    const previous = sections[i - 1]
    const alsoMissing = previous && !first.has(i - 1) ? `"${formatSection(previous)}"` : null
    for (let j = i + 1; j < sections.length; j++) {
      const next = anchored(j)
      if (!next) continue
      const after = alsoMissing ? `, after ${alsoMissing} (also missing)` : ''
      return {
        line: next.heading.line,
        where: `insert it before ${showHeading(next.heading)}${after}`,
      }
    }
    let prev: Found | undefined
    for (let j = i - 1; j >= 0 && !prev; j--) prev = anchored(j)
    const from = prev?.heading ?? title
    if (!from) {
      const after = alsoMissing ? `after ${alsoMissing} (also missing), ` : ''
      return { line: lastLine, where: `add it ${after}at the end of the document` }
    }
    const line = Math.min(
      contentEnd(outline, from, prev ? Math.min(s.level, from.depth) : s.level),
      lastLine,
    )
    const where = alsoMissing
      ? `after ${alsoMissing} (also missing)`
      : prev
        ? `after ${showHeading(from)} and its content`
        : line > from.line
          ? 'after the title and the text under it'
          : 'after the title'
    return { line, where: `insert it ${where}` }
  }
  const sectionLine: number[] = sections.map((_, i) => first.get(i)?.heading.line ?? lastLine)
  sections.forEach((s, i) => {
    if (first.has(i)) return
    const { line, where } = insertionPoint(i, s)
    sectionLine[i] = line
    add(line, `Missing heading "${formatSection(s)}": ${where}`)
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
        add(
          at.line,
          `Section ${showHeading(at)} is empty: list the open questions, or write "None"`,
        )
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
 * A line before the first heading that is meant as the title but is not a heading, and what to
 * do about it. Paragraph lines come from the outline; other blocks (an indented code block, a
 * block quote, a list) by their first source line, which the outline does not keep as text.
 */
function brokenTitle(doc: string, outline: Outline, spec: TemplateSpec): Violation | null {
  if (key(spec.title.prefix) === '') return null
  let source: string[] | null = null
  for (const block of outline.blocks) {
    if (block.type === 'heading') break
    if (block.type === 'code' || block.type === 'table') continue
    if (block.type === 'paragraph') {
      const lines = block.text.split('\n')
      for (const [k, text] of lines.entries()) {
        const message = titleRepair(text, lines.length === 1, spec)
        if (message) return { line: block.line + k, message }
      }
      continue
    }
    source ??= toLf(doc).split('\n')
    const message = titleRepair(source[block.line - 1] ?? '', false, spec)
    if (message) return { line: block.line, message }
  }
  return null
}

/**
 * How to turn `raw` into the title heading, when it reads as the title once the usual breakage
 * is set aside: up to three stray characters before the "#"s (`x#`, a backtick, `/`, `\\`, a
 * quote or bullet marker), four or more columns of indentation (which make it a code block),
 * no space after the "#"s, or — for a paragraph of that one line only — no "#" at all (that
 * line must then start with the prefix exactly). Null when the line is not a broken title.
 */
function titleRepair(raw: string, alone: boolean, spec: TemplateSpec): string | null {
  const { level } = spec.title
  const marks = '#'.repeat(level)
  const indent = /^[ \t]*/.exec(raw)?.[0] ?? ''
  const columns = [...indent].reduce((n, c) => n + (c === '\t' ? 4 - (n % 4) : 1), 0)
  const line = raw.slice(indent.length).trimEnd()
  const fixes: string[] = []
  let text: string
  const m = /^([^#\s]{0,3}?)[ \t]*(#{1,6})([ \t]*)(.*)$/.exec(line)
  if (m) {
    const [, stray = '', hashes = '', space = ''] = m
    text = (m[4] ?? '').replace(/[ \t]+#+$/, '')
    if (!readsAsTitle(plainText(text), spec, false)) return null
    if (columns >= 4) {
      fixes.push(
        `remove the indentation before "${hashes}" (${columns} spaces; 4 or more make it a code block)`,
      )
    }
    if (stray !== '') {
      const closing = text.endsWith(stray)
      if (closing) text = text.slice(0, -stray.length).trimEnd()
      fixes.push(`remove the "${stray}" before "${hashes}"${closing ? ' and at the end' : ''}`)
    }
    if (space === '') fixes.push(`put a space after "${hashes}"`)
    if (hashes.length !== level && fixes.length > 0)
      fixes.push(`make it level ${level} ("${marks}")`)
    if (fixes.length === 0) return null
  } else {
    text = line
    if (!alone || columns >= 4 || !readsAsTitle(plainText(text), spec, true)) return null
    fixes.push(`start it with "${marks} "`)
  }
  const expected = `${marks} ${titleFrom(plainText(text), spec)}`
  return `The title line "${preview(line)}" is not a heading: ${fixes.join(', ')}, so that it reads "${expected}"`
}

/** Whether text starts with the title prefix: exactly, or (loose) as a key, word by word. */
function readsAsTitle(text: string, spec: TemplateSpec, exact: boolean): boolean {
  const prefix = collapseSpace(spec.title.prefix)
  if (exact) return prefix !== '' && collapseSpace(text).startsWith(prefix)
  const wanted = key(prefix)
  const found = key(text)
  return wanted !== '' && (found === wanted || found.startsWith(`${wanted} `))
}

/** The title text that follows the template: its prefix exactly, then the name written. */
function titleFrom(text: string, spec: TemplateSpec): string {
  const prefix = collapseSpace(spec.title.prefix)
  const written = collapseSpace(text)
  if (written.startsWith(prefix)) return written
  if (!spec.title.hasPlaceholder) return prefix
  // Skip as many words as the prefix has, and the separator after them.
  const words = [...written.matchAll(/[\p{L}\p{N}]+/gu)]
  const last = words[key(prefix).split(' ').length - 1]
  const end = last ? (last.index ?? 0) + last[0].length : 0
  const name = written.slice(end).replace(/^[^\p{L}\p{N}[(`"]+/u, '')
  return name === '' ? `${prefix} [Title]` : `${prefix} ${name}`
}

/**
 * Unexpected headings that stand exactly where a missing section belongs, each paired with that
 * section: a renamed or translated heading. Sections missing between the same two neighbours
 * (the nearest sections present in order; at least one of them, and each carrying its template
 * number, so the design numbers its sections as the template does there) are paired, level by
 * level, with the unexpected headings of that level between those neighbours when
 * - there is one of each, and they carry the same number; or the heading has no number and
 *   either the section has none either or the heading lies between two neighbours (a heading
 *   before the first or after the last section is more likely a preamble or an appendix);
 * - or there are as many of each, and they carry the same numbers, one by one.
 * Anything else (two missing candidates for one heading, two headings for one section, numbers
 * that disagree) is left as "Unexpected" + "Missing".
 */
function pairRenamed(
  unexpected: Found[],
  first: Map<number, Found>,
  inOrder: Set<number>,
  sections: SectionSpec[],
): Map<Found, number> {
  const pairs = new Map<Found, number>()
  const chain = [...inOrder].sort((a, b) => a - b)
  const numbered = (j: number): boolean => first.get(j)?.number === sections[j]?.number
  const gaps = new Map<string, { prev: number; next: number; missing: number[] }>()
  sections.forEach((_, i) => {
    if (first.has(i)) return
    const prev = chain.filter((j) => j < i).at(-1) ?? -1
    const next = chain.find((j) => j > i) ?? -1
    const gap = gaps.get(`${prev} ${next}`) ?? { prev, next, missing: [] }
    gap.missing.push(i)
    gaps.set(`${prev} ${next}`, gap)
  })
  for (const { prev, next, missing } of gaps.values()) {
    if (prev < 0 && next < 0) continue
    if ((prev >= 0 && !numbered(prev)) || (next >= 0 && !numbered(next))) continue
    const from = first.get(prev)?.heading.line ?? 0
    const to = first.get(next)?.heading.line ?? Infinity
    for (const level of new Set(missing.map((i) => sections[i]?.level))) {
      const wanted = missing.filter((i) => sections[i]?.level === level)
      const there = unexpected.filter(
        (u) => u.heading.depth === level && u.heading.line > from && u.heading.line < to,
      )
      if (wanted.length !== there.length) continue
      const sameNumbers = wanted.every((i, k) => {
        const n = sections[i]?.number ?? ''
        return n !== '' && there[k]?.number === n
      })
      const [i] = wanted
      const [u] = there
      const single =
        wanted.length === 1 &&
        u !== undefined &&
        u.number === '' &&
        (sections[i as number]?.number === '' || (prev >= 0 && next >= 0))
      if (!sameNumbers && !single) continue
      wanted.forEach((j, k) => pairs.set(there[k] as Found, j))
    }
  }
  return pairs
}

/**
 * The last line with content from `heading` up to the next heading of level `limit` or higher
 * (or the end): where what belongs after that heading's section has to go.
 */
function contentEnd(outline: Outline, heading: Heading, limit: number): number {
  const next = outline.headings.find((h) => h.line > heading.line && h.depth <= limit)
  const end = next?.line ?? Infinity
  let last = heading.line
  for (const b of outline.blocks) {
    if (b.line >= heading.line && b.line < end) last = Math.max(last, b.endLine)
  }
  return last
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
      return `Resolved item ${quoted} in ${showHeading(section)}: delete it there and write its decision into the sections it affects`
    case 'sub-section':
      return `Sub-section ${quoted} in ${showHeading(section)} holds no open questions: ${move}`
    case 'statement':
      return `Not a question: ${quoted} in ${showHeading(section)}, which holds only questions a person can answer: ask it as a question, ${move}`
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
function isMermaidDiagram(content: string): boolean {
  let text = toLf(content)
  const frontMatter = /^[ \t]*---[ \t]*\n[\s\S]*?\n[ \t]*---[ \t]*(?:\n|$)/.exec(text)
  if (frontMatter) text = text.slice(frontMatter[0].length)
  text = text.replace(/%%\{[\s\S]*?\}%%/g, '').replace(/^[ \t]*%%.*$/gm, '')
  return MERMAID_DIAGRAM.test(text.trimStart())
}

/** A line quoted in a message: enough to find it. */
function preview(text: string): string {
  return clip(text, 60)
}

/**
 * The violations of `after` that `before` did not have: what a revision added. Violations are
 * compared by message, line references aside, and counted, so a second code block where the
 * design had one is new, while a person's code block that moved down the page is not. A
 * missing section is the same violation wherever it is to be inserted: its hint names the
 * headings around it, which a revision may change (adding one of several missing sections
 * re-anchors the others) without adding anything missing.
 */
export function addedViolations(after: Violation[], before: Violation[]): Violation[] {
  const identity = (v: Violation): string =>
    v.message
      .replace(/\bline \d+/g, 'line N')
      .replace(/^(Missing heading ".*?"): (?:insert|add) it .*$/s, '$1')
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
  const text = collapseSpace(title.text)
  const prefix = collapseSpace(spec.title.prefix)
  if (!spec.title.hasPlaceholder) {
    if (text !== prefix)
      add(title.line, `Title ${showHeading(title)} must read "${spec.title.prefix}"`)
    return
  }
  if (!text.startsWith(prefix)) {
    add(title.line, `Title ${showHeading(title)} must start with "${prefix}"`)
    return
  }
  const rest = text.slice(prefix.length).trim()
  if (rest === '') add(title.line, `Title ${showHeading(title)} has no name after "${prefix}"`)
  else if (/^\[.*\]$/.test(rest)) {
    add(title.line, `Title ${showHeading(title)} still holds the template placeholder ${rest}`)
  }
}

/**
 * Pairs each structural heading (down to the template's deepest level) with the template
 * section it stands for: first by name (loose key), then — for a renamed heading — as the
 * section it renames (`isRenamedSection`: same level and number, a shared word), if no other
 * heading names that section. Splicing a revision finds sections by the same two rules.
 * Deeper headings count only as noted below.
 */
function match(all: Heading[], sections: SectionSpec[], deepest: number): Found[] {
  const keys = sections.map((s) => key(s.name))
  const headings = all.filter((h) => h.depth <= deepest)
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
    const heading = { depth: f.heading.depth, number: f.number, name: f.name }
    const i = sections.findIndex((s, j) => !named.has(j) && isRenamedSection(heading, s))
    if (i >= 0) {
      f.section = i
      named.add(i)
    }
  }
  // Deeper than the template goes, a heading is free sub-structure, unless it is a section the
  // design has nowhere else, number and name (every section one level down, `#### 3.1 …`).
  for (const heading of all) {
    if (heading.depth <= deepest) continue
    const { number, name } = splitNumber(plainText(heading.text))
    const i = sections.findIndex((s, j) => s.number === number && keys[j] === key(name))
    if (number === '' || i < 0 || named.has(i)) continue
    named.add(i)
    found.push({ heading, number, name, section: i })
  }
  return found.sort((a, b) => a.heading.line - b.heading.line)
}

function checkHeading(f: Found, s: SectionSpec, add: (line: number, m: string) => void): void {
  const expected = `"${formatSection(s)}"`
  const line = f.heading.line
  if (f.heading.depth !== s.level) {
    add(
      line,
      `Wrong level for ${showHeading(f.heading)} (level ${f.heading.depth}; the template has it at level ${s.level}): write it as ${expected}`,
    )
  }
  if (f.number !== s.number) {
    const why = s.number === '' ? 'the template does not number it' : `expected number ${s.number}`
    add(line, `Wrong number on heading ${showHeading(f.heading)}: ${why} (${expected})`)
  }
  if (strictName(f.name) !== strictName(s.name)) {
    add(line, `Wrong name on heading ${showHeading(f.heading)}: expected ${expected}`)
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
