/** The client's options as the action and the command line build them from the platform. */
import { describe, expect, it } from '@jest/globals'
import { modelOptions } from '../../../src/adapters/model/client.js'

describe('modelOptions', () => {
  it('takes the platform’s choices, leaving out what is not set', () => {
    expect(
      modelOptions({
        provider: 'vertex',
        model: 'claude-sonnet-5-5',
        apiKey: null,
        region: 'us-east5',
        projectId: 'design-bots',
        baseURL: null,
        headers: { 'x-team': 'design' },
        missingCredentials: null,
      }),
    ).toEqual({
      provider: 'vertex',
      model: 'claude-sonnet-5-5',
      apiKey: null,
      region: 'us-east5',
      projectId: 'design-bots',
      baseURL: undefined,
      defaultHeaders: { 'x-team': 'design' },
    })
  })
})
