/**
 * Where the sections of a design are, and splicing: the model returns only the top-level
 * sections that must change, and they replace their counterparts in the current design, so
 * everything else (people's edits included) stays byte-identical and a small change of the
 * requirements gives a small diff.
 *
 * A top-level section runs from its heading (`## ` in the default template) up to the next
 * heading of the same or a higher level, or the end; its deeper sub-sections go with it. A design
 * people wrote in their own structure keeps it: its own sections are replaced under their own
 * headings. Headings are found with the same Markdown outline the validator uses, so a `## `
 * line inside a code fence never splits a section. Apart from reading the reply because it works
 * on whole documents: merging people's edits and summing up a revision use it too.
 */
import { headingLine, isRenamedSection, nameKey, sectionKey } from '../document/heading-names.js'
import { parseOutline, plainText, splitNumber } from '../document/markdown.js'
import type { Heading, Outline } from '../document/markdown.js'
import type { TemplateSpec } from '../document/types.js'

/**
 * Where a section sits in a document: lines [line, endLine). `index` is the template section it
 * stands for (-1 for a section of its own), `key` its heading as plain text ("5. Detailed Design").
 */
export interface SectionRange {
  index: number
  key: string
  /** The heading as written, hashes included: "## 5. Detailed Design". */
  heading: string
  line: number
  endLine: number
}

/** The template's top-level section heading level: 2 for `## 1. Overview`. */
export function topLevel(spec: TemplateSpec): number {
  return Math.min(...spec.sections.map((s) => s.level))
}

/**
 * The heading level of a document's sections: the template's top level, unless the document
 * puts its sections elsewhere (a design people wrote, with numbered `###` sections under one
 * `##` subtitle): then the shallowest level below the title with two headings or more.
 */
export function sectionLevel(outline: Outline, spec: TemplateSpec): number {
  const top = topLevel(spec)
  const count = (depth: number): number => outline.headings.filter((h) => h.depth === depth).length
  if (count(top) >= 2) return top
  for (let depth = spec.title.level + 1; depth <= 6; depth++) if (count(depth) >= 2) return depth
  return top
}

/**
 * Where each section of a document is, and which template section it stands for. Headings are
 * recognised as the validator recognises them (name ignoring case and punctuation, else
 * `isRenamedSection`: the same number and a shared word), so a heading a person reworded is
 * still the section it was, and a corrected one replaces it; a section of the document's own
 * has index -1.
 */
export function locateSections(document: string, spec: TemplateSpec): SectionRange[] {
  const outline = parseOutline(document)
  const top = topLevel(spec)
  const level = sectionLevel(outline, spec)
  const boundaries = outline.headings.filter((h) => h.depth <= level)
  const candidates =
    level === top ? spec.sections.flatMap((s, i) => (s.level === top ? [i] : [])) : []
  const taken = new Set<number>()
  const found: { heading: Heading; endLine: number; index: number }[] = []
  boundaries.forEach((heading, i) => {
    if (heading.depth !== level) return
    const endLine = boundaries[i + 1]?.line ?? outline.lineCount + 1
    found.push({ heading, endLine, index: -1 })
  })
  const parts = found.map((f) => splitNumber(plainText(f.heading.text)))
  // By name first, then by number: a renamed heading must not steal a section named elsewhere.
  found.forEach((f, k) => {
    const key = nameKey(parts[k]?.name ?? '')
    const index = candidates.find(
      (i) => !taken.has(i) && nameKey(spec.sections[i]?.name ?? '') === key,
    )
    if (index !== undefined) {
      f.index = index
      taken.add(index)
    }
  })
  found.forEach((f, k) => {
    if (f.index >= 0) return
    const { number, name } = parts[k] ?? { number: '', name: '' }
    const heading = { depth: f.heading.depth, number, name }
    const index = candidates.find((i) => {
      const section = spec.sections[i]
      return !taken.has(i) && section !== undefined && isRenamedSection(heading, section)
    })
    if (index !== undefined) {
      f.index = index
      taken.add(index)
    }
  })
  return found.map((f) => ({
    index: f.index,
    key: sectionKey(f.heading),
    heading: headingLine(f.heading),
    line: f.heading.line,
    endLine: f.endLine,
  }))
}

/** The range a returned section replaces: the section under its heading, else its template section's. */
export function rangeFor(
  ranges: SectionRange[],
  section: { index: number; key?: string },
): SectionRange | undefined {
  return (
    (section.key ? ranges.find((r) => r.key === section.key) : undefined) ??
    (section.index >= 0 ? ranges.find((r) => r.index === section.index) : undefined)
  )
}

/** Offset of the start of each line (1-based: `starts[1]` is 0), as the outline counts lines. */
export function lineStarts(text: string): number[] {
  const starts = [0, 0]
  const breaks = /\r\n?|\n/g
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length)
  return starts
}

export function spliceSections(
  document: string,
  sections: { index: number; key?: string; text: string }[],
  spec: TemplateSpec,
): string {
  const top = topLevel(spec)
  const ranges = locateSections(document, spec)
  const targets = sections.map((s) => ({ ...s, range: rangeFor(ranges, s) }))
  for (const s of targets) {
    if (!s.range && spec.sections[s.index]?.level !== top) {
      throw new Error(
        `Section ${s.key ?? `index ${s.index}`} is not in the document and not a top-level section of the template`,
      )
    }
  }
  const identities = targets.map((s) => (s.range ? `@${s.range.line}` : `#${s.index}`))
  if (new Set(identities).size !== sections.length) throw new Error('A section is given twice')
  const starts = lineStarts(document)
  const offsetOf = (line: number): number => starts[line] ?? document.length
  const placed = ranges.filter((r) => r.index >= 0)

  const edits: { from: number; to: number; text: string; order: number }[] = []
  const appended: string[] = []
  // Template order for what is added, so several new sections land in the order of the template.
  for (const s of [...targets].sort((a, b) => a.index - b.index)) {
    const body = s.text.trimEnd()
    const { range } = s
    if (range) {
      const from = offsetOf(range.line)
      const to = offsetOf(range.endLine)
      // The old section's trailing line break and blank lines stay: the spacing between
      // sections does not depend on how the model ended its text.
      const old = document.slice(from, to)
      const tail = old.slice(old.trimEnd().length)
      const gap = tail.slice(Math.max(0, tail.search(/[\r\n]/)))
      edits.push({ from, to, text: body + (/[\r\n]/.test(tail) ? gap : ''), order: 0 })
      continue
    }
    // Missing: before the next section the document has, in template order, else at the end.
    const next = placed.filter((r) => r.index > s.index).sort((a, b) => a.index - b.index)[0]
    if (next) {
      const at = offsetOf(next.line)
      // Inserted before the section that follows it, so before that section's own edit.
      edits.push({ from: at, to: at, text: `${body}\n\n`, order: s.index - spec.sections.length })
    } else {
      appended.push(body)
    }
  }

  edits.sort((a, b) => a.from - b.from || a.order - b.order)
  let out = ''
  let at = 0
  for (const e of edits) {
    out += document.slice(at, e.from) + e.text
    at = e.to
  }
  out += document.slice(at)
  if (appended.length > 0) {
    out = `${out.replace(/(?:\r?\n)+$/, '')}\n\n${appended.join('\n\n')}\n`
  }
  return out
}

/**
 * The document with its preamble (the title and whatever stands before its first section)
 * replaced; the spacing before the first section stays as it was.
 */
export function replacePreamble(document: string, preamble: string, spec: TemplateSpec): string {
  const { to, hasSections } = preambleEnd(document, spec)
  const old = document.slice(0, to)
  const gap = old.slice(old.trimEnd().length)
  const tail = hasSections ? gap.slice(Math.max(0, gap.search(/[\r\n]/))) : '\n'
  return (
    preamble.trimEnd() + (hasSections && !/[\r\n]/.test(tail) ? '\n\n' : tail) + document.slice(to)
  )
}

/** The preamble of a document: its title and whatever stands before its first section. */
export function preambleOf(document: string, spec: TemplateSpec): string {
  return `${document.slice(0, preambleEnd(document, spec).to).trimEnd()}\n`
}

/** Where a document's preamble ends: at its first section, or at its end when it has none. */
function preambleEnd(document: string, spec: TemplateSpec): { to: number; hasSections: boolean } {
  const first = locateSections(document, spec)[0]
  if (!first) return { to: document.length, hasSections: false }
  return { to: lineStarts(document)[first.line] ?? document.length, hasSections: true }
}

/** Each section's text by its key ("5. Detailed Design"), heading included, trailing space not. */
export function sectionTexts(document: string, spec: TemplateSpec): Map<string, string> {
  const starts = lineStarts(document)
  return new Map(
    locateSections(document, spec).map((r) => [
      r.key,
      document
        .slice(starts[r.line] ?? document.length, starts[r.endLine] ?? document.length)
        .trimEnd(),
    ]),
  )
}

/**
 * The sections whose text differs between two versions, as their headings read
 * ("5. Detailed Design"), in the order of the new version.
 */
export function changedSectionNames(before: string, after: string, spec: TemplateSpec): string[] {
  const a = sectionTexts(before, spec)
  const b = sectionTexts(after, spec)
  return [...b].flatMap(([key, text]) => (a.get(key) !== text ? [key] : []))
}
