import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { extractOpenQuestions } from '../../src/document/questions.js'
import { parseTemplate } from '../../src/document/template.js'
import { validateDesign } from '../../src/document/validate.js'
import { scaleDesign } from '../support/large-design.js'

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')
const spec = parseTemplate(read('../../src/assets/template.md'))
const conforming = read('../fixtures/designs/conforming.md')

// Timing is measured by the benchmark; this only checks that the large input is what it claims.
describe('a large design built from the conforming fixture', () => {
  it.each([20, 165])('of %i KiB still conforms and keeps its questions', (kib) => {
    const doc = scaleDesign(conforming, kib * 1024)
    const bytes = Buffer.byteLength(doc)
    expect(bytes).toBeGreaterThanOrEqual(kib * 1024)
    expect(bytes).toBeLessThan((kib + 4) * 1024)
    expect(validateDesign(doc, spec)).toEqual([])
    const questions = extractOpenQuestions(doc, spec)
    expect(questions.length).toBeGreaterThanOrEqual(3)
    expect(questions.every((q) => q.text.endsWith('?'))).toBe(true)
  })
})
