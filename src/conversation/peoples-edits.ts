/**
 * Keeps what people wrote when a revision returns sections: a section the model sent back as
 * the action last committed it (an echo, typical of whole-document answers) keeps the people's
 * version; a section both changed is merged by lines from the base (the design as the action
 * last committed it), and what could not be merged is named, never dropped silently.
 */
import { toLf } from '../text/lines.js'
import { mergeLines } from '../document/merge.js'
import { locateSections, preambleOf, rangeFor, sectionTexts } from './splice.js'
import type { ReturnedSection } from './section-reply.js'
import type { TemplateSpec } from '../document/types.js'

export interface PeoplesEditsInput {
  /** The design as the action last committed it; null when not known. */
  base: string | null
  /** The design as it stands, people's edits included. */
  current: string
  sections: ReturnedSection[]
  /** The title and what precedes the first section, when the reply returned them. */
  preamble?: string
  spec: TemplateSpec
}

export interface PeoplesEdits {
  sections: ReturnedSection[]
  preamble?: string
  /** Sections whose people's edits were merged with the revision's changes ("5. Detailed Design"). */
  merged: string[]
  /** Sections the revision rewrote where people had edited them, with the people's lines not kept. */
  notKept: { section: string; lines: string[] }[]
}

/** How the title and the text before the first section are named in notes. */
const PREAMBLE = 'the title'

export function keepPeoplesEdits(input: PeoplesEditsInput): PeoplesEdits {
  const { base, current, spec } = input
  const out: PeoplesEdits = {
    sections: input.sections,
    ...(input.preamble === undefined ? {} : { preamble: input.preamble }),
    merged: [],
    notKept: [],
  }
  if (base === null || base === current) return out
  const people = versions(current, spec)
  const ours = versions(base, spec)

  const reconcile = (name: string, returned: string, was?: string, now?: string): string => {
    if (was === undefined || now === undefined || same(now, was) || same(returned, now)) {
      return returned
    }
    if (same(returned, was)) return now
    const merge = mergeLines(was, now, returned)
    if (merge.notKept.length > 0) out.notKept.push({ section: name, lines: merge.notKept })
    else out.merged.push(name)
    return merge.text
  }

  out.sections = input.sections.map((s) => {
    const now = people.find(s)
    const was = now ? (ours.byKey.get(now.key) ?? ours.find(s)?.text) : undefined
    const name = now?.key ?? s.key ?? ''
    const text = reconcile(name, s.text, was, now?.text)
    return text === s.text ? s : { ...s, text: `${text.trimEnd()}\n` }
  })
  if (input.preamble !== undefined) {
    out.preamble = reconcile(PREAMBLE, input.preamble, preambleOf(base, spec), people.preamble)
  }
  return out
}

interface Versions {
  preamble: string
  byKey: Map<string, string>
  /** The version of the section a returned section replaces: under its heading, else its template section's. */
  find(section: { index: number; key?: string }): { key: string; text: string } | undefined
}

function versions(document: string, spec: TemplateSpec): Versions {
  const ranges = locateSections(document, spec)
  const byKey = sectionTexts(document, spec)
  return {
    preamble: preambleOf(document, spec),
    byKey,
    find: (section) => {
      const range = rangeFor(ranges, section)
      const text = range ? byKey.get(range.key) : undefined
      return range && text !== undefined ? { key: range.key, text } : undefined
    },
  }
}

/** Equal but for line endings and trailing spaces, which no reader sees. */
function same(a: string, b: string): boolean {
  const canonical = (t: string): string =>
    toLf(t)
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n')
      .trim()
  return canonical(a) === canonical(b)
}
