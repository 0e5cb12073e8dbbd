/**
 * Real designs from public repositories, read in place (see __tests__/support/corpus.ts): only
 * file names and numbers appear here. The expected numbers come from reading each file by hand.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseOutline } from '../../src/document/markdown.js'
import { toLf } from '../../src/text/lines.js'
import { normalizeDesign } from '../../src/document/normalize.js'
import { extractOpenQuestions, readOpenQuestions } from '../../src/document/questions.js'
import { parseTemplate } from '../../src/document/template.js'
import { validateDesign } from '../../src/document/validate.js'
import {
  asChecked,
  corpusDesigns,
  corpusFiles,
  corpusPresent,
  describeWithCorpus,
  handCheckedQuestions,
  readCorpusDesign,
} from '../support/corpus.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const spec = parseTemplate(readFileSync(path.join(repoRoot, 'src/assets/template.md'), 'utf8'))

interface Expectation {
  /** Lines of the headings that are template sections with the wrong number. */
  wrongNumberLines: number[]
}

const expected: Record<string, Expectation> = {
  // Seed template, 13-section variant: Risk is 12 and Open Questions 13.
  'keerthi-456__Loan-PreQualification-Service__tech-design.md': {
    wrongNumberLines: [1560, 1584],
  },
  'BrodyZhang__pier__docs_tech-design.md': { wrongNumberLines: [] },
  // "None blocking implementation", then deferred items, which are not questions.
  'zephschafer__pvc__design_batch-deployment.md': {
    wrongNumberLines: [27, 403],
  },
  '014-RainWithCappucino__expense-tracker-app__docs_technical-design.md': {
    wrongNumberLines: [630],
  },
  'CollectorsCampus__multi-channel-inventory-hub__docs_TECHNICAL_DESIGN.md': {
    wrongNumberLines: [24, 80],
  },
  'Akshayreddy617__eccrp__docs_TECHNICAL_DESIGN.md': {
    wrongNumberLines: [118, 404],
  },
  // 13 numbered sections of its own.
  'adunham95__lore-forge__tech-design.md': { wrongNumberLines: [29, 574] },
  // CRLF line endings; a "#" comment inside a code fence.
  'arpitzn__CI-CD-healthcheck__docs_tech-design.md': {
    wrongNumberLines: [457, 493],
  },
  'ANSHUKPANDEY__AI-Native-KRA-Assignment-2__tech_design.md': {
    wrongNumberLines: [],
  },
  'Matthew-Nelson__shortlink-analytics-frontend__tech-design.md': {
    wrongNumberLines: [3],
  },
  // Sections shifted one level down (H3).
  'Bsandeep01__ci-cd-health__docs_tech_design_document.md': {
    wrongNumberLines: [120, 226, 377],
  },
}

if (!corpusPresent) console.log(`Corpus tests skipped: ${corpusDesigns} is absent`)

describeWithCorpus('the design corpus', () => {
  const read = readCorpusDesign

  it('has an expectation and a hand-checked list of questions for every file', () => {
    expect(corpusFiles().sort()).toEqual(Object.keys(expected).sort())
    expect(corpusFiles().sort()).toEqual(Object.keys(handCheckedQuestions).sort())
  })

  describe.each(Object.entries(expected))('%s', (file, expectation) => {
    it('does not conform to the default template', () => {
      const violations = validateDesign(read(file), spec)
      expect(violations.length).toBeGreaterThan(0)
      const wrongNumber = violations.filter((v) => v.message.startsWith('Wrong number'))
      expect(wrongNumber.map((v) => v.line)).toEqual(expectation.wrongNumberLines)
    })

    it('has exactly the open questions read by hand, in their own words, at their lines', () => {
      const text = read(file)
      const questions = extractOpenQuestions(text, spec)
      expect(asChecked(questions)).toEqual(handCheckedQuestions[file])
      expect(extractOpenQuestions(text)).toEqual(questions)
    })

    it('reports each item of its questions section that is not an open question', () => {
      const text = read(file)
      const reading = readOpenQuestions(text, spec)
      const reported = validateDesign(text, spec).filter((v) =>
        /^(?:Not a question|Resolved item|Sub-section)/.test(v.message),
      )
      expect(reported.map((v) => v.line)).toEqual(reading.notQuestions.map((n) => n.line))
      const asked = new Set(reading.questions.map((q) => q.line))
      expect(reported.filter((v) => asked.has(v.line))).toEqual([])
    })

    it('never reports a violation inside a code block', () => {
      const text = read(file)
      const { codeBlocks } = parseOutline(text)
      const inCode = (line: number): boolean =>
        codeBlocks.some((c) => line > c.line && line <= c.endLine)
      expect(validateDesign(text, spec).filter((v) => inCode(v.line))).toEqual([])
    })

    it('is left as it is by normalisation, but for line endings', () => {
      const text = read(file)
      const { text: normal } = normalizeDesign(text, spec)
      expect(normal).toBe(toLf(text).trimEnd() + '\n')
    })
  })
})
