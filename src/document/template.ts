/**
 * Derives the structure a design must follow from the template Markdown. Nothing about the
 * default template is hard-coded: a repository's own template yields its own spec.
 */
import { parseOutline, plainText, splitNumber } from './markdown.js'
import type { ListItem } from './markdown.js'
import type { SectionSpec, TemplateSpec } from './types.js'

/** The template itself is unusable; the message says what is wrong with it. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TemplateError'
  }
}

/** `**Estimated Complexity**: [High/Medium/Low]` (the colon may also sit inside the bold). */
const CHOICE_LINE = /^(?:\*\*|__)([^*_]+?):?(?:\*\*|__):?\s*\[([^\]]+)\]\s*$/

/** A title ending in a bracketed placeholder: "Technical Design: [Title]". */
const PLACEHOLDER_TITLE = /^(.*?)\[[^\]]*\]\s*$/

export function parseTemplate(markdown: string): TemplateSpec {
  if (markdown.trim() === '') throw new TemplateError('The template is empty')
  const outline = parseOutline(markdown)

  const titleIndex = outline.headings.findIndex((h) => h.depth === 1)
  const titleHeading = outline.headings[titleIndex]
  if (!titleHeading) throw new TemplateError('The template has no title (a level-1 "# " heading)')
  const placeholder = PLACEHOLDER_TITLE.exec(titleHeading.text)
  const title = {
    level: titleHeading.depth,
    prefix: placeholder ? (placeholder[1] ?? '') : titleHeading.text.trim(),
    hasPlaceholder: placeholder !== null,
  }

  const headings = outline.headings.slice(titleIndex + 1)
  if (headings.length === 0) {
    throw new TemplateError(
      `The template has no section headings after its title "${titleHeading.text}"`,
    )
  }
  const sections: SectionSpec[] = headings.map((h) => ({ level: h.depth, ...splitNumber(h.text) }))

  // Which section a line belongs to: the last heading at or before it.
  const sectionAt = (line: number): number => {
    let index = -1
    headings.forEach((h, i) => {
      if (h.line <= line) index = i
    })
    return index
  }

  // The template may hold several `- **Label**: [A/B]` lines; the one naming complexity wins,
  // else the first, so a template with a single choice line under another label still works.
  const choices: { label: string; values: string[]; line: number }[] = []
  for (const block of outline.blocks) {
    if (block.type !== 'list') continue
    for (const item of flatten(block.items)) {
      const m = CHOICE_LINE.exec(item.text.trim())
      if (!m) continue
      const values = (m[2] ?? '')
        .split('/')
        .map((v) => v.trim())
        .filter((v) => v !== '')
      if (values.length >= 2)
        choices.push({ label: plainText(m[1] ?? ''), values, line: item.line })
    }
  }
  const choice = choices.find((c) => /complexity/i.test(c.label)) ?? choices[0]
  let complexity: TemplateSpec['complexity'] = null
  if (choice) {
    const sectionIndex = sectionAt(choice.line)
    if (sectionIndex < 0) {
      throw new TemplateError(
        `The "${choice.label}" line (line ${choice.line}) must be inside a section, not before the first one`,
      )
    }
    complexity = { sectionIndex, label: choice.label, values: choice.values }
  }

  const oq = sections.findIndex((s) => /open questions/i.test(s.name))
  return { title, sections, complexity, openQuestionsIndex: oq < 0 ? null : oq }
}

function flatten(items: ListItem[]): ListItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}
