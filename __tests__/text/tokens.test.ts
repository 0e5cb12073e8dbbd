import { describe, expect, it } from '@jest/globals'
import { estimateTokens } from '../../src/text/tokens.js'

describe('estimateTokens', () => {
  it('counts about four ASCII characters per token', () => {
    expect(estimateTokens('a'.repeat(400))).toBe(100)
  })

  it('counts one token per CJK character and per emoji, never less than the ASCII rate', () => {
    expect(estimateTokens('要件定義')).toBe(4)
    expect(estimateTokens('🚀🚀')).toBe(2)
  })
})
