/**
 * Reading a revision reply: NO CHANGES, or the sections it returns, each matched to a section of
 * the current design or of the template, with what does not fit reported at the reply's own
 * lines so a repair turn can point at them. Apart from splicing because it judges the model's
 * text, harmless wrapping and all, before anything touches the design.
 */
import {
  formatSection,
  nameKey,
  sectionKey,
  sectionName,
  showHeading,
  strictName,
} from '../document/heading-names.js'
import { parseOutline, plainText, splitNumber } from '../document/markdown.js'
import { fenceOpening } from '../document/fences.js'
import { toLf } from '../text/lines.js'
import type { Heading } from '../document/markdown.js'
import { normalizeDesign } from '../document/normalize.js'
import { clip } from '../text/clip.js'
import type { TemplateSpec, Violation } from '../document/types.js'
import { locateSections, sectionLevel, topLevel } from './splice.js'
import type { SectionRange } from './splice.js'

/**
 * A returned section: the section of the current design it replaces, by its heading (`key`),
 * else the template section it adds (`index` into `spec.sections`; -1 for none); its text and
 * its line in the reply.
 */
export interface ReturnedSection {
  index: number
  key?: string
  text: string
  /** 1-based line of its heading in the reply (as the model wrote it, CRLF and BOM aside). */
  line: number
  /** Made by placing the reply's edits in the section (`line` is then the first edit's). */
  fromEdits?: boolean
}

export type SectionReply =
  | { kind: 'no-changes' }
  | { kind: 'sections'; sections: ReturnedSection[]; preamble?: string; removed: string[] }
  | {
      kind: 'invalid'
      violations: Violation[]
      /** The sections that did parse, so a repair round can build on them. */
      sections: ReturnedSection[]
      preamble?: string
      /** Section headings whose text was not taken (unknown, misspelt, sub-section, twice). */
      skipped: number
      removed: string[]
    }

/** "NO CHANGES", also bold, quoted, in backticks or with a full stop. */
const NO_CHANGES = /^[\s`*_"'>]*no changes[\s`*_"'.!]*$/i

/** A paragraph introducing the sections ("Here are the sections that change:"). */
const INTRODUCTION = /^(?:[^\n#|>`~\s*+-][^\n]*\n)*[^\n#|>`~\s*+-][^\n]*:[ \t]*\n(?:[ \t]*\n)?/

export function parseSectionReply(
  reply: string,
  spec: TemplateSpec,
  currentDesign?: string,
): SectionReply {
  if (NO_CHANGES.test(reply.replace(/^\uFEFF/, ''))) return { kind: 'no-changes' }
  // The sections a reply may return: those of the current design, and the template's.
  const current = currentDesign === undefined ? [] : locateSections(currentDesign, spec)
  const level =
    currentDesign === undefined ? topLevel(spec) : sectionLevel(parseOutline(currentDesign), spec)
  const { body, offset, removed } = unwrapReply(reply, spec)
  const violations: Violation[] = []
  const add = (line: number, message: string): void => {
    violations.push({ line: line + offset, message })
  }
  const sections: ReturnedSection[] = []
  if (body === '') {
    add(1, 'The reply is empty: return the sections that must change, or exactly NO CHANGES')
    return { kind: 'invalid', violations, sections, skipped: 0, removed }
  }

  const outline = parseOutline(body)
  const hashes = '#'.repeat(level)
  const headings = outline.headings.filter((h) => h.depth <= level)
  const lines = body.split('\n')
  // A whole document, or its title and some sections (the likeliest way a model strays from the
  // protocol): the title and the text under it are the document's preamble, not a problem.
  const title = headings[0]
  const hasTitle = title !== undefined && title.depth === spec.title.level && title.depth < level
  const boundaries = hasTitle ? headings.slice(1) : headings
  const preamble = hasTitle
    ? `${lines
        .slice(title.line - 1, (boundaries[0]?.line ?? lines.length + 1) - 1)
        .join('\n')
        .trimEnd()}\n`
    : undefined
  const firstBlock = hasTitle ? undefined : outline.blocks[0]
  if (firstBlock && (!boundaries[0] || firstBlock.line < boundaries[0].line)) {
    add(
      firstBlock.line,
      `Text before the first section heading: start the reply with the "${hashes} " heading of a section that changes, with nothing before it`,
    )
  }

  const seen = new Map<string, number>()
  let skipped = 0
  boundaries.forEach((heading, i) => {
    if (heading.depth < level) {
      add(
        heading.line,
        `Heading ${showHeading(heading)} is not a section: return only whole "${hashes} " sections, each under its "${hashes} " heading`,
      )
      return
    }
    const matched = matchReturned(heading, spec, current, level)
    if ('problem' in matched) {
      add(heading.line, matched.problem)
      skipped++
      return
    }
    const identity = matched.key ?? `#${matched.index}`
    const earlier = seen.get(identity)
    if (earlier !== undefined) {
      add(
        heading.line,
        `Section ${showHeading(heading)} is returned twice (first at line ${earlier})`,
      )
      skipped++
      return
    }
    seen.set(identity, heading.line + offset)
    const end = boundaries[i + 1]?.line ?? lines.length + 1
    const text = lines.slice(heading.line - 1, end - 1).join('\n')
    sections.push({
      index: matched.index,
      ...(matched.key ? { key: matched.key } : {}),
      text: `${text.trimEnd()}\n`,
      line: heading.line + offset,
    })
  })

  // Order does not matter for splicing, so a reply out of order costs no repair round.
  violations.sort((a, b) => a.line - b.line)
  const withPreamble = preamble === undefined ? {} : { preamble }
  if (violations.length > 0) {
    return { kind: 'invalid', violations, sections, skipped, ...withPreamble, removed }
  }
  return { kind: 'sections', sections, ...withPreamble, removed }
}

/**
 * The reply without harmless wrapping: what `normalizeDesign` removes (a fence around
 * everything, text after it, a preamble before a title line opening the reply), plus a one-paragraph
 * introduction ending in ":" before the first section. `offset` is how many lines of the reply
 * (CRLF and BOM aside) precede the body, so violations can name the reply's own lines.
 */
function unwrapReply(
  reply: string,
  spec: TemplateSpec,
): { body: string; offset: number; removed: string[] } {
  const raw = toLf(reply.replace(/^\uFEFF/, ''))
  let text = raw
  const removed: string[] = []
  const intro = INTRODUCTION.exec(text.replace(/^\s*\n/, ''))
  // Only an introduction directly before a section heading or a wrapping fence is chatter.
  if (intro) {
    const rest = text.replace(/^\s*\n/, '').slice(intro[0].length)
    const next = rest.trimStart().split('\n', 1)[0] ?? ''
    if (/^#{1,6} /.test(next) || fenceOpening(next)) {
      removed.push(`introduction before the sections: "${clip(intro[0].trim(), 80)}"`)
      text = rest
    }
  }
  // Without the title's prefix, normalizeDesign anchors only on a title that is the reply's first
  // heading: a title further down must not make the sections before it "chatter".
  const normal = normalizeDesign(text, { ...spec, title: { ...spec.title, prefix: '' } })
  removed.push(...normal.removed.filter((r) => !/^carriage returns|^byte order mark/.test(r)))
  const body = normal.text
  return { body, offset: lineOffset(raw, body), removed }
}

/** Lines of `raw` before the place where `body` (a run of its lines) starts. */
function lineOffset(raw: string, body: string): number {
  if (body === '') return 0
  const rawLines = raw.split('\n')
  const bodyLines = body.trimEnd().split('\n')
  const head = bodyLines.slice(0, -1)
  const last = bodyLines.at(-1) ?? ''
  for (let k = 0; k + bodyLines.length <= rawLines.length; k++) {
    if (head.every((l, i) => rawLines[k + i] === l)) {
      if ((rawLines[k + head.length] ?? '').startsWith(last)) return k
    }
  }
  return 0
}

/**
 * What a returned heading stands for: a section of the current design when it is that section's
 * heading exactly, else a template section (strict, as the validator is: the number may be
 * written "5" or "5.", formatting and a trailing ":" are ignored, the words are not).
 */
function matchReturned(
  heading: Heading,
  spec: TemplateSpec,
  current: SectionRange[],
  level: number,
): { index: number; key?: string } | { problem: string } {
  const key = sectionKey(heading)
  const own = current.find((s) => s.key === key)
  if (own) return { index: own.index, key }
  const top = topLevel(spec)
  const { number, name } = splitNumber(plainText(heading.text))
  const index = spec.sections.findIndex(
    (s) =>
      s.level === top &&
      level === top &&
      s.number === number &&
      strictName(s.name) === strictName(name),
  )
  if (index >= 0) return { index }
  const loose = spec.sections.find((s) => nameKey(s.name) === nameKey(name))
  if (loose && loose.level > top && level === top) {
    const parent = [...spec.sections.slice(0, spec.sections.indexOf(loose))]
      .reverse()
      .find((s) => s.level === top)
    const whole = parent ? ` "${formatSection(parent)}"` : ''
    return {
      problem: `Heading ${showHeading(heading)} is a sub-section, not a section: return the whole section${whole}, from its "${'#'.repeat(top)} " heading`,
    }
  }
  const ownNear = current.find((s) => s.index < 0 && nameKey(s.key) === nameKey(key))
  if (ownNear) {
    return {
      problem: `Heading ${showHeading(heading)} does not match the design: write it exactly "${ownNear.heading}"`,
    }
  }
  const sameNumber = spec.sections.find(
    (s) => s.level === top && number !== '' && s.number === number,
  )
  const near = level === top ? (loose ?? sameNumber) : undefined
  if (near) {
    return {
      problem: `Heading ${showHeading(heading)} does not match the template: write it exactly "${formatSection(near)}"`,
    }
  }
  const names =
    current.length > 0
      ? current.map((s) => `"${s.key}"`)
      : spec.sections.filter((s) => s.level === top).map((s) => `"${sectionName(s)}"`)
  return {
    problem: `Unexpected heading ${showHeading(heading)}: not a section of the ${current.length > 0 ? 'design' : 'template'} (its sections are ${names.join(', ')})`,
  }
}
