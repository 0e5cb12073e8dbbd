/**
 * Extra request headers for an LLM gateway, written one per line as `Name: value`. Pure.
 *
 * Values are often credentials, so no message here ever repeats one: problems are reported by
 * line number and header name only.
 */

/** RFC 9110 token characters. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** Headers the HTTP client or the SDK must own: framing, routing and the API version. */
const RESERVED = new Set([
  'host',
  'content-length',
  'content-type',
  'transfer-encoding',
  'connection',
  'anthropic-version',
])

export class HeaderLinesError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'HeaderLinesError'
  }
}

/**
 * Parses `Name: value` lines; blank lines and lines starting with `#` are skipped. Names keep
 * their case; a name given twice (in any case) is an error rather than a silent override.
 */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {}
  const seen = new Set<string>()
  const lines = text.split('\n')
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.replace(/\r$/, '').trim()
    if (line === '' || line.startsWith('#')) continue
    const at = `line ${index + 1}`
    const colon = line.indexOf(':')
    if (colon <= 0) {
      throw new HeaderLinesError(`${at} is not "Name: value".`)
    }
    const name = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    if (!HEADER_NAME.test(name)) {
      throw new HeaderLinesError(
        `${at}: "${name.slice(0, 60)}" is not a header name (letters, digits and - only).`,
      )
    }
    const key = name.toLowerCase()
    if (RESERVED.has(key)) {
      throw new HeaderLinesError(
        `${at}: the ${name} header is set by the client and cannot be changed.`,
      )
    }
    if (value === '') throw new HeaderLinesError(`${at}: the ${name} header has no value.`)
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) {
      throw new HeaderLinesError(`${at}: the value of ${name} contains control characters.`)
    }
    if (seen.has(key)) throw new HeaderLinesError(`${at}: the ${name} header is given twice.`)
    seen.add(key)
    headers[name] = value
  }
  return headers
}
