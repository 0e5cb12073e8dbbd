import { describe, expect, it } from '@jest/globals'
import { skipped } from '../../src/flows/outcome.js'

describe('skipped', () => {
  it('is a run that did nothing, with its reason, naming the pull request when there is one', () => {
    expect(skipped('tech-design.md', 'Nothing to do.')).toEqual({
      result: 'skipped',
      reason: 'Nothing to do.',
      designPath: 'tech-design.md',
      openQuestions: [],
    })
    expect(skipped('docs/design.md', 'A draft.', 5)).toEqual({
      result: 'skipped',
      reason: 'A draft.',
      designPath: 'docs/design.md',
      pullRequestNumber: 5,
      openQuestions: [],
    })
    // main times the whole run: a flow's outcome has no duration of its own.
    expect(skipped('tech-design.md', 'x')).not.toHaveProperty('durationMs')
  })
})
