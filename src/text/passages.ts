/**
 * Finding a passage a model copied out of a document: exactly first, then ignoring what a copy
 * commonly gets wrong without changing the words (runs of whitespace, line breaks included, and
 * the marks of emphasis and code spans). Every place the passage occurs is returned, so a caller
 * can refuse a passage that is not unique instead of guessing which one was meant.
 */

/** Where a passage lies in the searched text: characters [from, to). */
export interface Span {
  from: number
  to: number
}

export interface PassageMatches {
  spans: Span[]
  /** How the spans were found: as written, or ignoring whitespace and emphasis. */
  how: 'exact' | 'loose'
}

/**
 * Every occurrence of `passage` in `text`, its surrounding whitespace aside: the exact ones when
 * there are any, else the loose ones. A passage of nothing but whitespace and marks has none.
 */
export function findPassage(text: string, passage: string): PassageMatches {
  const wanted = passage.trim()
  if (wanted === '') return { spans: [], how: 'exact' }
  const exact = occurrences(text, wanted).map((from) => ({ from, to: from + wanted.length }))
  if (exact.length > 0) return { spans: exact, how: 'exact' }

  const needle = loosen(wanted).text
  if (needle === '') return { spans: [], how: 'loose' }
  const hay = loosen(text)
  const spans = occurrences(hay.text, needle).flatMap((at) =>
    balanced(text, {
      from: hay.origin[at] ?? 0,
      to: (hay.origin[at + needle.length - 1] ?? 0) + 1,
    }),
  )
  return { spans, how: 'loose' }
}

/**
 * A loose span that holds one mark of a pair (`**Name** does` copied as `Name does`) takes in the
 * other from right outside it, so replacing the span never leaves half of an emphasis behind;
 * one whose other half is further away is no match.
 */
function balanced(text: string, span: Span): Span[] {
  let { from, to } = span
  for (const mark of MARKS) {
    const runs = text.slice(from, to).match(new RegExp(`[${mark}]+`, 'g'))?.length ?? 0
    if (runs % 2 === 0) continue
    const before = new RegExp(`[${mark}]+$`).exec(text.slice(0, from))?.[0].length ?? 0
    const after = new RegExp(`^[${mark}]+`).exec(text.slice(to))?.[0].length ?? 0
    if (before === 0 && after === 0) return []
    if (before > 0) from -= before
    else to += after
  }
  return [{ from, to }]
}

/** Every index where `needle` starts in `text`, overlapping occurrences included. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}

/** Characters that mark emphasis, strike-through or a code span. */
const MARKS = new Set(['*', '_', '~', '`'])

/**
 * `text` with each run of whitespace as one space and the marks of emphasis and code spans left
 * out, and for each character kept, where it stood in `text`. A mark between two letters or
 * digits (`snake_case`) is a character of the word, and one with whitespace on both sides (a
 * `* ` list bullet) is not emphasis: both stay.
 */
function loosen(text: string): { text: string; origin: number[] } {
  let out = ''
  const origin: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ''
    if (/\s/.test(c)) {
      if (out !== '' && !out.endsWith(' ')) {
        out += ' '
        origin.push(i)
      }
      continue
    }
    if (MARKS.has(c)) {
      let end = i
      while (end < text.length && text[end] === c) end++
      if (isMarkup(text[i - 1], text[end])) {
        i = end - 1
        continue
      }
    }
    out += c
    origin.push(i)
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1)
    origin.pop()
  }
  return { text: out, origin }
}

function isMarkup(before: string | undefined, after: string | undefined): boolean {
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)
  const blank = (c: string | undefined) => c === undefined || /\s/.test(c)
  if (word(before) && word(after)) return false
  return !(blank(before) && blank(after))
}
