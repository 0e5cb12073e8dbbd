/**
 * Model text posted to GitHub (review comments, review bodies, summaries) must not notify people
 * or close issues: a design that says "ask @payments-team" or "fixes #12" is quoting, not acting.
 *
 * Both are defused with U+2060 WORD JOINER, which renders as nothing and does not break the
 * line, so the text reads exactly as written:
 * - mentions: `@` + WORD JOINER + name. GitHub only mentions when a name character follows `@`.
 * - closing keywords: WORD JOINER after the keyword's first letter ("f⁠ixes #12"). GitHub no
 *   longer sees the keyword, whatever form the reference takes (#12, owner/repo#12, GH-12, an
 *   issue URL), and the reference itself still links to the issue, as a plain mention.
 *
 * Applied everywhere, inside code spans and fences too: GitHub ignores mentions there anyway,
 * but guessing code boundaries the way GitHub does is where a real mention would slip through.
 * The cost is an invisible character in a copied `@scope/package`. Both functions are
 * idempotent.
 */

export const WORD_JOINER = '\u2060'

/**
 * `@name` or `@org/team` not preceded by an ASCII word character — GitHub's own condition, so
 * e-mail addresses (`a@b.com`) are left intact. Non-ASCII letters before `@` do not protect a
 * mention on GitHub, so they do not stop us either.
 */
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g

/** Turns `@user` and `@org/team` into a look-alike that notifies nobody. */
export function neutraliseMentions(text: string): string {
  return text.replace(MENTION, `@${WORD_JOINER}`)
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
