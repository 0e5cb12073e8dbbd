import { describe, expect, it } from '@jest/globals'
import { HeaderLinesError, parseHeaderLines } from '../../src/config/headers.js'

describe('parseHeaderLines', () => {
  it('reads one Name: value per line, skipping blanks and comments', () => {
    expect(
      parseHeaderLines(
        '\n# the gateway’s token\nX-Gateway-Token: tok: with colon \r\nX-Team:  design \n',
      ),
    ).toEqual({ 'X-Gateway-Token': 'tok: with colon', 'X-Team': 'design' })
    expect(parseHeaderLines('')).toEqual({})
  })

  it('refuses malformed lines by line number, never repeating a value', () => {
    const secret = 'sk-very-secret-value'
    const cases: [string, RegExp][] = [
      [`just-a-value ${secret}`, /^line 1 is not "Name: value"\.$/],
      [`: ${secret}`, /^line 1 is not "Name: value"\.$/],
      [`Bad Name: ${secret}`, /^line 1: "Bad Name" is not a header name/],
      [`\nX-Key:`, /^line 2: the X-Key header has no value\.$/],
      [`Host: ${secret}`, /^line 1: the Host header is set by the client/],
      [`anthropic-version: ${secret}`, /anthropic-version header is set by the client/],
      [`X-Key: ${secret}\nx-key: ${secret}`, /^line 2: the x-key header is given twice\.$/],
      [`X-Key: a\u0000${secret}`, /^line 1: the value of X-Key contains control characters\.$/],
    ]
    for (const [text, message] of cases) {
      let error: unknown
      try {
        parseHeaderLines(text)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(HeaderLinesError)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message).not.toContain(secret)
    }
  })
})
