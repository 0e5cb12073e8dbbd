/**
 * A local, deliberately generous token estimate (no API call): about four ASCII characters per
 * token, and one token per character elsewhere (CJK, emoji and other scripts tokenise densely).
 * Budgets, progress and any count the API did not report all use it, so they agree.
 */
export function estimateTokens(text: string): number {
  let ascii = 0
  let other = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) ascii++
    // A surrogate pair is one character: count its high half only.
    else if (code < 0xdc00 || code > 0xdfff) other++
  }
  return Math.ceil(ascii / 4) + other
}
