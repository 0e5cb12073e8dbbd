/**
 * The template and designs the tests of revisions share: the default template parsed, a design
 * that follows it, and one people wrote in their own structure.
 */
import { readFileSync } from 'node:fs'
import { parseTemplate } from '../../src/document/template.js'

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')
export const spec = parseTemplate(read('../../src/assets/template.md'))
export const design = read('../fixtures/designs/conforming.md')
/** A design people wrote before the action, with sections of its own. */
export const seedStyle = read('../fixtures/designs/seed-style.md')
/** Index into spec.sections of a top-level section, by its number. */
export const at = (number: string): number => spec.sections.findIndex((s) => s.number === number)

/** The design's `## ` sections by heading, split independently of the code under test. */
export function sectionsOf(doc: string): Map<string, string> {
  const parts = doc.split(/^(?=## )/m).slice(1)
  return new Map(parts.map((p) => [p.slice(0, p.indexOf('\n')), p]))
}
