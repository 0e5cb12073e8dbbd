/** The Messages API request for a model request. */
import { describe, expect, it } from '@jest/globals'
import { messageParams } from '../../../src/adapters/model/request.js'

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
