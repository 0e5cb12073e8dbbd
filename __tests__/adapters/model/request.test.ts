/** The Messages API request for a model request. */
import { describe, expect, it } from '@jest/globals'
import { callMaxTokens, messageParams } from '../../../src/adapters/model/request.js'

describe('messageParams', () => {
  it('streams, with max_tokens, the messages as given and the system prompt cached at its end', () => {
    const params = messageParams(
      {
        system: ['You are a software architect.', '  ', 'TEMPLATE'],
        messages: [{ role: 'user', content: 'Requirements.' }],
        onProgress: () => {},
      },
      'claude-sonnet-5-5',
      4096,
    )
    expect(params).toEqual({
      model: 'claude-sonnet-5-5',
      max_tokens: 4096,
      stream: true,
      messages: [{ role: 'user', content: 'Requirements.' }],
      system: [
        { type: 'text', text: 'You are a software architect.' },
        { type: 'text', text: 'TEMPLATE', cache_control: { type: 'ephemeral' } },
      ],
    })
  })

  it('sends no system prompt when every block is blank, and no tools', () => {
    const params = messageParams({ system: ['', ' \n'], messages: [] }, 'm', 1)
    expect(params).not.toHaveProperty('system')
    expect(params).not.toHaveProperty('tools')
  })
})

describe('callMaxTokens', () => {
  const request = (maxOutputTokens?: number) => ({ system: [], messages: [], maxOutputTokens })

  it("is the client's unless the request asks for fewer, never more", () => {
    expect(callMaxTokens(request(), 32_000)).toBe(32_000)
    expect(callMaxTokens(request(4_500), 32_000)).toBe(4_500)
    expect(callMaxTokens(request(64_000), 32_000)).toBe(32_000)
  })

  it('is a whole number of tokens, at least one', () => {
    expect(callMaxTokens(request(1234.9), 32_000)).toBe(1234)
    expect(callMaxTokens(request(0), 32_000)).toBe(1)
  })

  it('is what messageParams sends as max_tokens', () => {
    expect(messageParams(request(4_500), 'm', 32_000).max_tokens).toBe(4_500)
    expect(messageParams(request(64_000), 'm', 32_000).max_tokens).toBe(32_000)
  })
})
