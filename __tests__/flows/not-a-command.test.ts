/** Telling, from the payload alone, that a comment is not a command. */
import { describe, expect, it } from '@jest/globals'
import { notACommand } from '../../src/flows/not-a-command.js'

const comment = (
  body: string,
  user: Record<string, unknown> = { login: 'maria', type: 'User' },
) => ({
  action: 'created',
  comment: { id: 1, body, user },
  issue: { number: 2 },
})

describe('notACommand', () => {
  it('lets a new comment with the command through', () => {
    expect(notACommand(comment('/tech-design'), '/tech-design')).toBeNull()
    expect(notACommand(comment('/design --force'), '/design')).toBeNull()
  })

  it('says why an edited or deleted comment is not one', () => {
    expect(notACommand({ ...comment('/tech-design'), action: 'edited' }, '/tech-design')).toBe(
      'The comment was edited: only new comments are commands.',
    )
    expect(notACommand({}, '/tech-design')).toBe(
      'The comment was changed: only new comments are commands.',
    )
    expect(notACommand(null, '/tech-design')).toBe(
      'The comment was changed: only new comments are commands.',
    )
  })

  it('turns away bots, by type or by name', () => {
    const message = 'The comment is by a bot: bots cannot run commands.'
    expect(notACommand(comment('/tech-design', { login: 'ci', type: 'Bot' }), '/tech-design')).toBe(
      message,
    )
    expect(
      notACommand(comment('/tech-design', { login: 'github-actions[bot]' }), '/tech-design'),
    ).toBe(message)
  })

  it('says when the comment is not the command', () => {
    expect(notACommand(comment('Looks good'), '/tech-design')).toBe(
      'The comment is not a /tech-design command.',
    )
    expect(notACommand({ action: 'created' }, '/tech-design')).toBe(
      'The comment is not a /tech-design command.',
    )
  })
})
