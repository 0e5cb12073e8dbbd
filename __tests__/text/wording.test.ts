import { describe, expect, it } from '@jest/globals'
import { count, plural } from '../../src/text/wording.js'

describe('count', () => {
  it('groups thousands with commas whatever the locale, and rounds', () => {
    expect(count(1234567)).toBe('1,234,567')
    expect(count(999)).toBe('999')
    expect(count(1499.6)).toBe('1,500')
  })
})

describe('plural', () => {
  it('adds an s to the word unless there is exactly one', () => {
    expect(plural(1, 'section')).toBe('1 section')
    expect(plural(0, 'section')).toBe('0 sections')
    expect(plural(1200, 'token')).toBe('1,200 tokens')
  })

  it('takes the plural form for words whose plural is not an s', () => {
    expect(plural(1, 'reply was', 'replies were')).toBe('1 reply was')
    expect(plural(2, 'reply was', 'replies were')).toBe('2 replies were')
  })
})
