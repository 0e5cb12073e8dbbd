/** Line endings as every reader here expects them. */

/** CRLF and lone CR become LF, as marked itself does before lexing. */
export function toLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}
