import { describe, expect, it } from '@jest/globals'
import {
  closesFence,
  fenceFor,
  fenceLanguage,
  fenceLeftOpen,
  fenceOpening,
  longestBacktickRun,
} from '../../src/document/fences.js'
import { parseOutline } from '../../src/document/markdown.js'

describe('fenceOpening', () => {
  it('reads the marker and the info string of a fence line', () => {
    expect(fenceOpening('```mermaid')).toEqual({ marker: '```', info: 'mermaid' })
    expect(fenceOpening('   ~~~~ js title="a"')).toEqual({ marker: '~~~~', info: ' js title="a"' })
    expect(fenceOpening('```')).toEqual({ marker: '```', info: '' })
  })

  it('is null for a line that is no fence', () => {
    expect(fenceOpening('``not three')).toBeNull()
    expect(fenceOpening('    ```')).toBeNull()
    expect(fenceOpening('text ```')).toBeNull()
  })

  it('is null for a backtick line whose info string holds a backtick: that is inline code', () => {
    expect(fenceOpening('```a` b```')).toBeNull()
    expect(fenceOpening('~~~a` b')).toEqual({ marker: '~~~', info: 'a` b' })
  })
})

describe('closesFence', () => {
  const backticks = { marker: '````', info: 'ts' }

  it('is a bare run of the same character, at least as long', () => {
    expect(closesFence('````', backticks)).toBe(true)
    expect(closesFence('  `````  ', backticks)).toBe(true)
    expect(closesFence('```', backticks)).toBe(false)
    expect(closesFence('~~~~', backticks)).toBe(false)
    expect(closesFence('```` ts', backticks)).toBe(false)
    expect(closesFence('text', backticks)).toBe(false)
  })
})

describe('fenceLeftOpen', () => {
  it('gives the fence nothing closed, and where it opened', () => {
    const lines = ['a', '```mermaid', 'x', '```', '', '~~~', 'b']
    expect(fenceLeftOpen(lines)).toEqual({ index: 5, opening: { marker: '~~~', info: '' } })
    expect(fenceLeftOpen(lines, 0, 5)).toBeNull()
    expect(fenceLeftOpen(lines, 2)).toEqual({ index: 3, opening: { marker: '```', info: '' } })
  })

  it('reads fences as the outline does', () => {
    const doc = ['```a` b```', '# heading', '````md', '```', '~~~~', '# inside', '````', '# after']
    const outline = parseOutline(doc.join('\n'))
    expect(outline.headings.map((h) => h.line)).toEqual([2, 8])
    expect(fenceLeftOpen(doc, 0, 1)).toBeNull()
    expect(fenceLeftOpen(doc, 0, 6)?.index).toBe(2)
    expect(fenceLeftOpen(doc)).toBeNull()
  })
})

describe('fenceLanguage', () => {
  it('is the first word of the info string', () => {
    expect(fenceLanguage(' mermaid  title')).toBe('mermaid')
    expect(fenceLanguage('   ')).toBe('')
  })
})

describe('fenceFor', () => {
  it('is longer than any backtick run in the text, and at least three', () => {
    expect(longestBacktickRun('no code')).toBe(0)
    expect(longestBacktickRun('a `b` and ````c')).toBe(4)
    expect(fenceFor('no code')).toBe('```')
    expect(fenceFor('```mermaid\nx\n```')).toBe('````')
    expect(fenceFor('````\na ````` inline\n~~~')).toBe('``````')
  })
})
