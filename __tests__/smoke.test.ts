import { describe, expect, it } from '@jest/globals'
import type { Violation } from '../src/core/types.js'
describe('smoke', () => {
  it('runs', () => {
    const v: Violation = { message: 'x', line: 1 }
    expect(v.line).toBe(1)
  })
})
