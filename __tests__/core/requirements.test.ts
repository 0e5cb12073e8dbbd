import { describe, expect, it } from '@jest/globals'
import {
  RequirementsError,
  decodeRequirements,
  estimateTokens,
  missingRequirements,
} from '../../src/core/requirements.js'

const options = { source: 'docs/requirements.md', maxInputTokens: 1000 }
const bytes = (text: string) => new TextEncoder().encode(text)

function problemOf(fn: () => unknown): RequirementsError {
  try {
    fn()
  } catch (error) {
    if (error instanceof RequirementsError) return error
    throw error
  }
  throw new Error('expected a RequirementsError')
}

describe('decodeRequirements', () => {
  it('returns the text of a UTF-8 document with line endings made LF', () => {
    expect(decodeRequirements(bytes('# Shop\r\nUsers buy things.\r\n'), options)).toBe(
      '# Shop\nUsers buy things.\n',
    )
  })

  it('drops a byte-order mark', () => {
    expect(decodeRequirements(bytes('\uFEFF# Shop'), options)).toBe('# Shop')
  })

  it('keeps right-to-left, CJK and emoji text intact', () => {
    const text = 'المتطلبات 要件 🚀 requirements'
    expect(decodeRequirements(bytes(text), options)).toBe(text)
  })

  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t\n  '],
  ])('rejects a document that is %s, naming the file', (_name, text) => {
    const error = problemOf(() => decodeRequirements(bytes(text), options))
    expect(error.problem).toBe('empty')
    expect(error.message).toContain('docs/requirements.md is empty')
  })

  it('rejects a binary file', () => {
    const error = problemOf(() =>
      decodeRequirements(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1]), options),
    )
    expect(error.problem).toBe('binary')
    expect(error.message).toMatch(/docs\/requirements\.md looks like a binary file/)
  })

  it('rejects invalid UTF-8', () => {
    const error = problemOf(() =>
      decodeRequirements(Uint8Array.from([0x41, 0xc3, 0x28, 0x42]), options),
    )
    expect(error.problem).toBe('encoding')
    expect(error.message).toContain('not valid UTF-8')
  })

  it('rejects a document over the input budget, naming the size and the limit', () => {
    const error = problemOf(() => decodeRequirements(bytes('word '.repeat(2000)), options))
    expect(error.problem).toBe('too-large')
    expect(error.message).toContain('about 2,500 tokens, over the limit of 1,000')
  })

  it('names a missing file and what to do', () => {
    const error = missingRequirements('docs/requirements.md')
    expect(error.problem).toBe('missing')
    expect(error.message).toMatch(/not found: docs\/requirements\.md\. Create it/)
  })
})

describe('estimateTokens', () => {
  it('counts about four ASCII characters per token', () => {
    expect(estimateTokens('a'.repeat(400))).toBe(100)
  })

  it('counts one token per CJK character and per emoji, never less than the ASCII rate', () => {
    expect(estimateTokens('要件定義')).toBe(4)
    expect(estimateTokens('🚀🚀')).toBe(2)
  })
})
