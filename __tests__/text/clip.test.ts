import { describe, expect, it } from '@jest/globals'
import { clip } from '../../src/text/clip.js'

describe('clip', () => {
  it('keeps text that fits as it is', () => {
    expect(clip('short', 5)).toBe('short')
    expect(clip('', 3)).toBe('')
  })

  it('cuts longer text to the limit, an ellipsis last', () => {
    expect(clip('abcdefgh', 5)).toBe('abcd…')
    expect(Array.from(clip('x'.repeat(100), 60))).toHaveLength(60)
  })

  it('counts code points and never splits an emoji', () => {
    expect(clip('😀😀😀', 3)).toBe('😀😀😀')
    expect(clip('😀😀😀😀', 3)).toBe('😀😀…')
  })

  it('drops the space before the ellipsis', () => {
    expect(clip('abc defgh', 5)).toBe('abc…')
  })
})
