/**
 * The recorded replies of a language model to the action's own revision requests, served to the
 * committed bundle: each kind of change revises the design in one call under either format, and
 * the edits cost less than whole sections, as BENCHMARKS.md reports.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  benchRecordedRevisions,
  type RecordedRevisionFigure,
} from '../../bench/recorded-revisions.js'

let figures: RecordedRevisionFigure[]

beforeAll(async () => {
  figures = await benchRecordedRevisions()
}, 120_000)

describe('revisions on recorded model replies', () => {
  it('revises the design in one call for every kind of change, in both formats', () => {
    expect(figures).toHaveLength(6)
    for (const f of figures) {
      expect({ change: f.change, format: f.format, result: f.result, missing: f.missing }).toEqual({
        change: f.change,
        format: f.format,
        result: 'updated',
        missing: [],
      })
      expect(f.modelCalls).toBe(1)
    }
  })

  it('writes fewer output tokens with edits, for a diff no larger than whole sections give', () => {
    for (const change of new Set(figures.map((f) => f.change))) {
      const edits = figures.find((f) => f.change === change && f.format === 'edits')!
      const sections = figures.find((f) => f.change === change && f.format === 'sections')!
      expect(edits.outputTokens).toBeLessThan(sections.outputTokens)
      expect(edits.added + edits.removed).toBeLessThanOrEqual(sections.added + sections.removed)
    }
  })
})
