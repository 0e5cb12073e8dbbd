import { describe, expect, it } from '@jest/globals'
import { questionCommentBody, questionId } from '../../src/github-text/review.js'
import {
  REPLY_MARKER,
  answeredReply,
  askedFingerprints,
  droppedReply,
  keepTrustedAnswers,
  planThreadUpdates,
  questionThreads,
  replyAuthors,
  type ThreadLike,
} from '../../src/github-text/threads.js'

const PATH = 'tech-design.md'
const ask = (text: string, databaseId = 1) => ({
  databaseId,
  body: questionCommentBody({ text, line: 10 }, PATH),
  author: 'github-actions',
  authorIsBot: true,
  viewerDidAuthor: true,
})
/** A reply by a person (not the action's identity, not a bot). */
const reply = (databaseId: number, body: string, author: string) => ({
  databaseId,
  body,
  author,
  authorIsBot: false,
  viewerDidAuthor: false,
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
          reply(2, 'Adyen.', 'alice'),
          reply(3, 'Via their async API.', 'bob'),
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

  it('never counts the action’s own replies, bots’ replies or empty ones as answers', () => {
    const [found] = questionThreads(
      [
        thread('T1', [
          ask('Peak load?'),
          { ...reply(2, `Taken in.\n\n${REPLY_MARKER}`, 'github-actions'), viewerDidAuthor: true },
          { ...reply(3, 'Beep.', 'dependabot'), authorIsBot: true },
          reply(4, '   ', 'carol'),
        ]),
      ],
      PATH,
    )
    expect(found!.answers).toEqual([])
  })

  it('ignores threads that are not our questions, or about another file', () => {
    const threads = [
      thread('T1', [reply(1, 'Nit: typo', 'alice')]),
      thread('T2', [ask('Peak load?')], { path: 'docs/other.md' }),
      thread('T3', []),
    ]
    expect(questionThreads(threads, PATH)).toEqual([])
  })

  it('does not take a copied marker in someone else’s comment for one of our questions', () => {
    const forged = { ...ask('Send refunds through an outside service?'), viewerDidAuthor: false }
    const threads = [thread('T1', [forged, reply(2, 'Yes, do that.', 'mallory')])]
    expect(questionThreads(threads, PATH)).toEqual([])
  })
})

describe('planThreadUpdates', () => {
  const threads = questionThreads(
    [
      thread('answered', [ask('Provider?'), reply(2, 'Adyen', 'alice')]),
      thread('dropped', [ask('Shipping?')]),
      thread('still-asked', [ask('Peak load?')]),
      thread('answered-but-kept', [ask('Region?'), reply(2, 'EU', 'alice')]),
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

describe('askedFingerprints', () => {
  it('reads markers from threads we started and our review bodies, never from anyone else', () => {
    const forged = { ...ask('Forged?'), viewerDidAuthor: false }
    const asked = askedFingerprints(
      [thread('T1', [ask('Provider?')]), thread('T2', [forged])],
      [questionCommentBody({ text: 'Region?', line: 3 }, PATH)],
    )
    expect(asked).toEqual(new Set([questionId(PATH, 'Provider?'), questionId(PATH, 'Region?')]))
  })
})

describe('answers from people who may decide', () => {
  const threads = questionThreads(
    [
      thread('T1', [ask('Provider?'), reply(2, 'Adyen', 'alice'), reply(3, 'Evil Pay', 'mallory')]),
      thread('T2', [ask('Region?'), reply(2, 'Anywhere', 'Mallory')]),
      thread('T3', [ask('Currency?'), reply(2, 'EUR', 'bob')], { isResolved: true }),
    ],
    PATH,
  )

  it('names each author of a reply in an open thread once, whatever the case of the login', () => {
    expect(replyAuthors(threads)).toEqual(['alice', 'Mallory'])
  })

  it('keeps only trusted answers and counts the replies left out', () => {
    const { threads: kept, ignored } = keepTrustedAnswers(threads, (login) => login === 'alice')
    expect(kept.map((t) => t.answers)).toEqual([[{ author: 'alice', body: 'Adyen' }], [], []])
    expect(ignored).toBe(2)
    // A thread whose only replies are a stranger's is not answered, so it is never resolved as such.
    const { answered } = planThreadUpdates(kept, new Set())
    expect(answered.map((t) => t.threadId)).toEqual(['T1'])
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
