import { describe, expect, it } from '@jest/globals'
import { questionCommentBody, questionId } from '../../src/core/review.js'
import {
  REPLY_MARKER,
  answeredReply,
  droppedReply,
  planThreadUpdates,
  questionThreads,
  type ThreadLike,
} from '../../src/core/threads.js'

const PATH = 'tech-design.md'
const ask = (text: string, databaseId = 1) => ({
  databaseId,
  body: questionCommentBody({ text, line: 10 }, PATH),
  author: 'github-actions',
})
const thread = (
  id: string,
  comments: ThreadLike['comments'],
  extra: Partial<ThreadLike> = {},
): ThreadLike => ({
  id,
  isResolved: false,
  path: PATH,
  comments,
  ...extra,
})

describe('questionThreads', () => {
  it('finds our question threads with every person’s answers, in order', () => {
    const [found] = questionThreads(
      [
        thread('T1', [
          ask('Which provider handles @alice refunds?'),
          { databaseId: 2, body: 'Adyen.', author: 'alice' },
          { databaseId: 3, body: 'Via their async API.', author: 'bob' },
        ]),
      ],
      PATH,
    )
    expect(found).toMatchObject({
      threadId: 'T1',
      rootCommentId: 1,
      fingerprint: questionId(PATH, 'Which provider handles @alice refunds?'),
      question: 'Which provider handles @alice refunds?',
      answers: [
        { author: 'alice', body: 'Adyen.' },
        { author: 'bob', body: 'Via their async API.' },
      ],
    })
  })

  it('never counts the bot’s own replies, nor empty ones, as answers', () => {
    const [found] = questionThreads(
      [
        thread('T1', [
          ask('Peak load?'),
          { databaseId: 2, body: `Taken in.\n\n${REPLY_MARKER}`, author: 'someone' },
          { databaseId: 3, body: 'Noted.', author: 'github-actions' },
          { databaseId: 4, body: 'Beep.', author: 'dependabot[bot]' },
          { databaseId: 5, body: '   ', author: 'carol' },
        ]),
      ],
      PATH,
    )
    expect(found!.answers).toEqual([])
  })

  it('ignores threads that are not our questions, or about another file', () => {
    const threads = [
      thread('T1', [{ databaseId: 1, body: 'Nit: typo', author: 'alice' }]),
      thread('T2', [ask('Peak load?')], { path: 'docs/other.md' }),
      thread('T3', []),
    ]
    expect(questionThreads(threads, PATH)).toEqual([])
  })
})

describe('planThreadUpdates', () => {
  const threads = questionThreads(
    [
      thread('answered', [ask('Provider?'), { databaseId: 2, body: 'Adyen', author: 'alice' }]),
      thread('dropped', [ask('Shipping?')]),
      thread('still-asked', [ask('Peak load?')]),
      thread('answered-but-kept', [ask('Region?'), { databaseId: 2, body: 'EU', author: 'alice' }]),
      thread('already-resolved', [ask('Currency?')], { isResolved: true }),
    ],
    PATH,
  )
  const stillAsked = new Set([questionId(PATH, 'Peak load?'), questionId(PATH, 'Region?')])

  it('closes answered questions that left the design, and questions it dropped', () => {
    const { answered, dropped } = planThreadUpdates(threads, stillAsked)
    expect(answered.map((t) => t.threadId)).toEqual(['answered'])
    expect(dropped.map((t) => t.threadId)).toEqual(['dropped'])
  })
})

describe('replies', () => {
  it('name the commit and carry the marker that keeps them from being read as answers', () => {
    expect(answeredReply('abc123')).toMatch(/abc123/)
    expect(droppedReply('abc123')).toMatch(/no longer asks this question/)
    for (const reply of [answeredReply('a'), droppedReply('a')])
      expect(reply).toContain(REPLY_MARKER)
  })
})
