import { describe, expect, it } from '@jest/globals'
import { emptyUsage } from '../../src/config/usage.js'
import {
  DesignValidationError,
  failureDetails,
  withFailureDetails,
} from '../../src/engine/failure.js'

const spending = { usage: { ...emptyUsage(), outputTokens: 12 }, model: 'm', modelCalls: 2 }
const violations = [{ line: 3, message: 'Missing heading "## 1. Overview"' }]

describe('withFailureDetails and failureDetails', () => {
  it('carry what the run spent on the error itself', () => {
    const error = withFailureDetails(new Error('cut'), { spending })
    expect(failureDetails(error)).toEqual({ spending })
  })

  it('read nothing from errors without details, or from values that are not objects', () => {
    expect(failureDetails(new Error('before any call'))).toEqual({})
    expect(failureDetails('a string')).toEqual({})
    expect(failureDetails(null)).toEqual({})
    expect(withFailureDetails('a string', { spending })).toBe('a string')
  })
})

describe('DesignValidationError', () => {
  it('says how many repair rounds ran, and lists the violations', () => {
    const one = new DesignValidationError(violations, { rounds: 1, spending })
    expect(one.message).toBe(
      "The model's design still broke the template after 1 repair round; nothing was written.\n" +
        '  line 3: Missing heading "## 1. Overview"',
    )
    expect(new DesignValidationError(violations, { rounds: 2, spending }).message).toMatch(
      /after 2 repair rounds;/,
    )
    expect(one.rounds).toBe(1)
    expect(one.usage).toBe(spending.usage)
    expect(failureDetails(one)).toEqual({ spending })
  })

  it('says when an answer changed nothing, and keeps the rejected draft', () => {
    const rejectedDraft = { document: '# T\n', violations }
    const error = new DesignValidationError(violations, {
      rounds: 1,
      repeated: true,
      spending,
      rejectedDraft,
    })
    expect(error.message).toMatch(
      /still broke the template \(its answer to repair round 1 changed nothing, so the repairs stopped\)/,
    )
    expect(failureDetails(error)).toEqual({ spending, rejectedDraft })
  })
})
