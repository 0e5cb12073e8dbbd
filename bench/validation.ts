/** Validation and open-question extraction time on large designs: the work every run does. */
import { performance } from 'node:perf_hooks'
import { defaultTemplate } from '../src/assets/index.js'
import { extractOpenQuestions } from '../src/document/questions.js'
import { parseTemplate } from '../src/document/template.js'
import { validateDesign } from '../src/document/validate.js'
import { scaleDesign } from '../__tests__/support/large-design.js'
import { readFixture } from '../__tests__/support/fixtures.js'

export interface ValidationFigure {
  sizeKiB: number
  medianMs: number
  p95Ms: number
  questions: number
}

export async function benchValidation(
  targetsKiB: number[],
  runs = 30,
): Promise<ValidationFigure[]> {
  const spec = parseTemplate(defaultTemplate())
  const base = await readFixture('designs/conforming.md')
  const figures: ValidationFigure[] = []
  for (const kib of targetsKiB) {
    const design = scaleDesign(base, kib * 1024)
    if (validateDesign(design, spec).length > 0)
      throw new Error(`the ${kib} KiB design does not conform`)
    const times: number[] = []
    let questions = 0
    for (let i = 0; i < runs + 5; i++) {
      // A fresh string each run, so no parse is reused between runs.
      const text = `${design}\n<!-- run ${i} -->\n`
      const start = performance.now()
      validateDesign(text, spec)
      questions = extractOpenQuestions(text, spec).length
      if (i >= 5) times.push(performance.now() - start) // the first runs warm the JIT up
    }
    times.sort((a, b) => a - b)
    figures.push({
      sizeKiB: Math.round(Buffer.byteLength(design) / 1024),
      medianMs: round(times[Math.floor(times.length / 2)]!),
      p95Ms: round(times[Math.floor(times.length * 0.95)]!),
      questions,
    })
  }
  return figures
}

const round = (n: number) => Math.round(n * 10) / 10
