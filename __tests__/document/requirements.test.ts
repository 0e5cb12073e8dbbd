import { describe, expect, it } from '@jest/globals'
import {
  RequirementsError,
  TextDecodeError,
  checkRequirementsText,
  decodeRequirements,
  decodeText,
  missingRequirements,
} from '../../src/document/requirements.js'
import { CLI_SETTING_NAMES } from '../../src/config/setting-names.js'

const options = { source: 'docs/requirements.md', maxInputTokens: 1000 }
const bytes = (text: string) => new TextEncoder().encode(text)
/** The text as UTF-16 with its byte order mark, as a Windows editor saves "Unicode". */
const utf16le = (text: string) => Uint8Array.from(Buffer.from(`\uFEFF${text}`, 'utf16le'))
const utf16be = (text: string) => Uint8Array.from(Buffer.from(`\uFEFF${text}`, 'utf16le').swap16())

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

  it('reads a UTF-16 document with a byte order mark', () => {
    expect(decodeRequirements(utf16le('# Shop\r\nUsers buy things.\r\n'), options)).toBe(
      '# Shop\nUsers buy things.\n',
    )
  })

  it('rejects invalid UTF-8', () => {
    const error = problemOf(() =>
      decodeRequirements(Uint8Array.from([0x41, 0xc3, 0x28, 0x42]), options),
    )
    expect(error.problem).toBe('encoding')
    expect(error.message).toContain('not valid UTF-8')
  })

  it('rejects a document over the input budget, naming the size, the limit and the setting', () => {
    const error = problemOf(() => decodeRequirements(bytes('word '.repeat(2000)), options))
    expect(error.problem).toBe('too-large')
    expect(error.message).toBe(
      'docs/requirements.md is too large: about 2,500 tokens, over the limit of 1,000. ' +
        'Shorten it or split it, or raise the max-input-tokens input.',
    )
    const cli = problemOf(() =>
      checkRequirementsText('word '.repeat(2000), { ...options, names: CLI_SETTING_NAMES }),
    )
    expect(cli.message).toMatch(/, or raise --max-input-tokens\.$/)
  })

  it('names a missing file and what to do, in the words of the interface', () => {
    const error = missingRequirements('docs/requirements.md')
    expect(error.problem).toBe('missing')
    expect(error.message).toBe(
      'Requirements file not found: docs/requirements.md. Create it, or point the requirements-path input at an existing file.',
    )
    expect(missingRequirements('reqs.md', { names: CLI_SETTING_NAMES }).message).toBe(
      'Requirements file not found: reqs.md. Create it, or point --requirements at an existing file.',
    )
  })
})

describe('decodeText', () => {
  function decodeProblem(data: Uint8Array): TextDecodeError {
    try {
      decodeText(data, 'template.md')
    } catch (error) {
      if (error instanceof TextDecodeError) return error
      throw error
    }
    throw new Error('expected a TextDecodeError')
  }

  it('reads UTF-8 with or without a byte order mark, line endings made LF', () => {
    expect(decodeText(bytes('# Ü\r\nß\r'), 'a.md')).toBe('# Ü\nß\n')
    expect(decodeText(bytes('\uFEFF# Ü'), 'a.md')).toBe('# Ü')
  })

  it('reads UTF-16 little- and big-endian after its byte order mark', () => {
    const text = '# Anforderungen 要件 🚀\r\nÜber alles.\n'
    expect(decodeText(utf16le(text), 'a.md')).toBe('# Anforderungen 要件 🚀\nÜber alles.\n')
    expect(decodeText(utf16be(text), 'a.md')).toBe('# Anforderungen 要件 🚀\nÜber alles.\n')
  })

  it('calls NUL bytes without a UTF-16 byte order mark binary, naming the file', () => {
    const bomless = utf16le('# Shop').slice(2)
    const error = decodeProblem(bomless)
    expect(error.problem).toBe('binary')
    expect(error.message).toBe(
      'template.md looks like a binary file (it contains NUL bytes). Use a text file, such as Markdown, saved as UTF-8.',
    )
  })

  it('calls NUL characters in UTF-16 text binary', () => {
    expect(decodeProblem(utf16le('a\u0000b')).problem).toBe('binary')
  })

  it('refuses invalid UTF-8, and UTF-16 that breaks off mid-character', () => {
    const utf8 = decodeProblem(Uint8Array.from([0x41, 0xff, 0x42]))
    expect(utf8.problem).toBe('encoding')
    expect(utf8.message).toBe(
      'template.md is not valid UTF-8. Save it as UTF-8 text and try again.',
    )
    const utf16 = decodeProblem(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]))
    expect(utf16.problem).toBe('encoding')
    expect(utf16.message).toMatch(
      /^template\.md starts with a UTF-16 byte order mark but is not valid UTF-16\./,
    )
  })
})
