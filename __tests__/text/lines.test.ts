import { describe, expect, it } from '@jest/globals'
import { toLf } from '../../src/text/lines.js'

describe('toLf', () => {
  it('turns CRLF and lone CR into LF, as marked does before lexing', () => {
    expect(toLf('a\r\nb\rc\n')).toBe('a\nb\nc\n')
  })

  it('returns text without a CR as it is', () => {
    const text = 'a\nb'
    expect(toLf(text)).toBe(text)
  })
})
