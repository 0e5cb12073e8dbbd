import { describe, expect, it } from '@jest/globals'
import { failureFields, reasonWithSpending } from '../../src/flows/failed-outcome.js'
import { estimateCostUsd } from '../../src/config/pricing.js'
import { withFailureDetails } from '../../src/engine/failure.js'

const usage = {
  inputTokens: 20_000,
  outputTokens: 9_000,
  cacheReadInputTokens: 5_000,
  cacheCreationInputTokens: 1_000,
}
const lastCall = { ...usage, inputTokens: 7_000, outputTokens: 3_000 }

describe('failureFields', () => {
  it("reports the whole run's spending and its last rejected draft from the failure details", () => {
    const draft = { document: '# Design\n\nbody\n', violations: [{ line: 3, message: 'bad' }] }
    const error = withFailureDetails(
      Object.assign(new Error('Still broke the template.'), { usage: lastCall }),
      {
        spending: { usage, model: 'claude-sonnet-5-5', modelCalls: 3 },
        rejectedDraft: draft,
      },
    )
    expect(failureFields(error, [])).toEqual({
      reason: 'Still broke the template.',
      usage,
      model: 'claude-sonnet-5-5',
      modelCalls: 3,
      costUsd: estimateCostUsd(usage, 'claude-sonnet-5-5'),
      rejectedDraft: draft,
    })
  })

  it('leaves the cost unknown for a model without a price, and no draft when none was rejected', () => {
    const error = withFailureDetails(new Error('The stream broke off.'), {
      spending: { usage, model: 'claude-unknown-9', modelCalls: 1 },
    })
    const fields = failureFields(error, [])
    expect(fields.costUsd).toBeNull()
    expect(fields.usage).toEqual(usage)
    expect(fields).not.toHaveProperty('rejectedDraft')
  })

  it("falls back to a model adapter error's own usage, with model, calls and cost unknown", () => {
    const error = Object.assign(new Error('The API is overloaded.'), { usage: lastCall })
    expect(failureFields(error, [])).toEqual({ reason: 'The API is overloaded.', usage: lastCall })
  })

  it('reports no usage for an error from before any model call, or a malformed one', () => {
    expect(failureFields(new Error('No requirements file.'), [])).toEqual({
      reason: 'No requirements file.',
      usage: undefined,
    })
    expect(
      failureFields(Object.assign(new Error('x'), { usage: { inputTokens: '5' } }), []).usage,
    ).toBeUndefined()
    expect(failureFields('thrown text', [])).toEqual({ reason: 'thrown text', usage: undefined })
    expect(failureFields(null, []).reason).toBe('null')
  })

  it('removes the secrets from the reason and the draft', () => {
    const secret = 'sk-ant-secret-12345'
    const error = withFailureDetails(new Error(`401 for key ${secret}`), {
      spending: { usage, model: 'claude-sonnet-5-5', modelCalls: 1 },
      rejectedDraft: {
        document: `# Design\nkey: ${secret}\n`,
        violations: [{ line: 2, message: `unexpected ${secret}` }],
      },
    })
    const fields = failureFields(error, [secret])
    expect(fields.reason).toBe('401 for key ***')
    expect(fields.rejectedDraft).toEqual({
      document: '# Design\nkey: ***\n',
      violations: [{ line: 2, message: 'unexpected ***' }],
    })
    expect(JSON.stringify(fields)).not.toContain(secret)
  })
})

describe('reasonWithSpending', () => {
  it('adds what the run spent, when it called the model', () => {
    expect(reasonWithSpending({ reason: 'The stream broke off. ', usage, costUsd: 0.1305 })).toBe(
      'The stream broke off.\n\nThe run used 26,000 input and 9,000 output tokens, about $0.13.',
    )
    expect(reasonWithSpending({ reason: 'Broke.', usage, costUsd: null })).toBe(
      'Broke.\n\nThe run used 26,000 input and 9,000 output tokens.',
    )
  })

  it('is the reason alone when nothing was spent', () => {
    expect(reasonWithSpending({ reason: 'No requirements file.' })).toBe('No requirements file.')
    const none = {
      inputTokens: 0,
      outputTokens: 0,
      cacheReadInputTokens: 0,
      cacheCreationInputTokens: 0,
    }
    expect(reasonWithSpending({ reason: 'Refused.', usage: none, costUsd: 0 })).toBe('Refused.')
  })

  it('clips a long reason so that the comment never cuts off what was spent', () => {
    const text = reasonWithSpending({ reason: 'x'.repeat(5_000), usage, costUsd: 0.1305 })
    expect(Array.from(text).length).toBeLessThan(2_000)
    expect(text).toMatch(/x…\n\nThe run used 26,000 input/)
  })
})
