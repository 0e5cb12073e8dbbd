/**
 * Model text posted to GitHub (review comments, review bodies, summaries) must not notify people
 * or close issues: a design that says "ask @payments-team" or "fixes #12" is quoting, not acting.
 *
 * Both are defused with U+2060 WORD JOINER, which renders as nothing and does not break the
 * line, so the text reads exactly as written:
 * - mentions: `@` + WORD JOINER + name. GitHub only mentions when a name character follows `@`.
 *   Every way of writing an at sign that GitHub renders as one is defused the same way: the
 *   entities `&#64;`, `&#x40;` and `&commat;` become `@` + WORD JOINER (an entity followed by a
 *   joiner would still decode to `@`), and the full-width `＠` and small `﹫` get the joiner after
 *   them. A name spelled with entities (`@&#111;ctocat`) counts as a name.
 * - closing keywords: WORD JOINER after the keyword's first letter ("f⁠ixes #12"). GitHub no
 *   longer sees the keyword, whatever form the reference takes (#12, owner/repo#12, GH-12, an
 *   issue URL), and the reference itself still links to the issue, as a plain mention.
 *
 * Applied everywhere, inside code spans and fences too: GitHub ignores mentions there anyway,
 * but guessing code boundaries the way GitHub does is where a real mention would slip through.
 * The cost is an invisible character in a copied `@scope/package`, and `@` in place of an
 * entity in a code span. Both functions are idempotent.
 */

export const WORD_JOINER = '\u2060'

/**
 * An at sign GitHub renders: `@`, `＠` (U+FF20), `﹫` (U+FE6B), or an entity for one of them.
 * Numeric entities take any case and leading zeros, and their `;` is optional, as in raw HTML.
 */
const AT_SIGN =
  /@|\uFF20|\uFE6B|&commat;|&#(?:[xX]0*(?:40|[fF]{2}20|[fF][eE]6[bB])(?![0-9A-Fa-f])|0*(?:64|65312|65131)(?![0-9]));?/

/** A name character, as a letter or digit of any script, or as an entity that may spell one. */
const NAME_START = /[\p{L}\p{N}]|&(?:#[xX]?[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*;)/u

/**
 * An at sign followed by a name (`@name`, `@org/team`) and not preceded by an ASCII word
 * character — GitHub's own condition, so e-mail addresses (`a@b.com`) are left intact. Non-ASCII
 * letters before `@` do not protect a mention on GitHub, so they do not stop us either.
 */
const MENTION = new RegExp(`(?<![A-Za-z0-9_])(?:${AT_SIGN.source})(?=${NAME_START.source})`, 'gu')

/** The at sign as it renders: an entity decoded, any other form as written. */
function renderedAtSign(atSign: string): string {
  if (atSign === '&commat;') return '@'
  if (!atSign.startsWith('&#')) return atSign
  const digits = atSign.slice(2).replace(';', '')
  const codePoint = /^x/i.test(digits) ? parseInt(digits.slice(1), 16) : parseInt(digits, 10)
  return String.fromCodePoint(codePoint)
}

/**
 * Turns `@user` and `@org/team`, however its at sign is written, into a look-alike that
 * notifies nobody.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(MENTION, (atSign) => `${renderedAtSign(atSign)}${WORD_JOINER}`)
}

/**
 * A closing keyword (close, closes, closed, fix, fixes, fixed, resolve, resolves, resolved; any
 * case) as a whole word, followed — after spaces, a colon or emphasis — by an issue reference:
 * `#12`, `owner/repo#12`, `GH-12` or a URL. Generous on purpose: a joiner too many is invisible.
 */
const CLOSING =
  /(?<![A-Za-z0-9_])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?![A-Za-z0-9_])(?=[\s:*_~`]*(?:(?:[\w.-]+\/[\w.-]+)?#\d|gh-\d|https?:\/\/))/gi

/** Keeps `fixes #12` and its kin from closing anything, while they still read the same. */
export function neutraliseClosingKeywords(text: string): string {
  // What is left after the first letter ("ixes", "loses", "esolved") is no keyword at all.
  return text.replace(
    CLOSING,
    (keyword) => `${keyword.slice(0, 1)}${WORD_JOINER}${keyword.slice(1)}`,
  )
}

/** Model text made safe to post: no mentions, no closing keywords. */
export function safeForGitHub(text: string): string {
  return neutraliseClosingKeywords(neutraliseMentions(text))
}
