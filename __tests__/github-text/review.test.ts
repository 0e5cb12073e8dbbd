import { describe, expect, it } from '@jest/globals'
import {
  fingerprintsIn,
  planReview,
  questionId,
  questionCommentBody,
  questionMarker,
  reviewBody,
  reviewMarker,
} from '../../src/github-text/review.js'
import { WORD_JOINER as WJ } from '../../src/github-text/sanitize.js'

const PATH = 'docs/tech-design.md'
const SHA = '0123456789abcdef0123456789abcdef01234567'
const q = (text: string, line: number) => ({ text, line })

describe('questionMarker', () => {
  it('is a hidden comment holding a hex fingerprint', () => {
    expect(questionMarker(PATH, 'Which provider?')).toMatch(
      /^<!-- tech-design-question: [0-9a-f]{16} -->$/,
    )
  })

  it('keeps its fingerprint when the question is reworded trivially', () => {
    const base = questionMarker(PATH, 'Which payment provider will be used for refunds?')
    for (const variant of [
      'which payment provider will be used for refunds',
      '**Which  payment provider will be used for refunds?**',
      '1. Which payment provider, will be used for refunds?!',
      'Which payment\nprovider will be used for refunds ?',
    ]) {
      expect(questionMarker(PATH, variant)).toBe(base)
    }
  })

  it('changes with the file or the question', () => {
    const base = questionMarker(PATH, 'Which provider?')
    expect(questionMarker('docs/other-design.md', 'Which provider?')).not.toBe(base)
    expect(questionMarker(PATH, 'Which region?')).not.toBe(base)
  })
})

describe('fingerprintsIn', () => {
  it('finds the markers in comment bodies, ignoring other text', () => {
    const a = questionCommentBody(q('Which provider?', 3), PATH)
    const b = questionCommentBody(q('Which region?', 9), PATH)
    const found = fingerprintsIn([a, 'LGTM', b, '<!-- tech-design-question: not-hex -->'])
    expect(found.size).toBe(2)
    expect(fingerprintsIn([a]).size).toBe(1)
    for (const id of fingerprintsIn([a, b])) expect(found.has(id)).toBe(true)
  })

  it('finds the markers of questions listed in a review body', () => {
    const body = reviewBody({ path: PATH, commitSha: SHA, inline: 0, inBody: [q('Which?', 2)] })
    expect(fingerprintsIn([body])).toEqual(fingerprintsIn([questionMarker(PATH, 'Which?')]))
  })
})

describe('questionCommentBody', () => {
  const body = questionCommentBody(q('Should @payments confirm? It fixes #12.', 40), PATH)

  it('asks the question, invites an answer in the thread and ends with the marker', () => {
    expect(body).toContain('Should')
    expect(body).toContain('Reply in this thread to answer')
    expect(body.endsWith(questionMarker(PATH, 'Should @payments confirm? It fixes #12.'))).toBe(
      true,
    )
  })

  it('never mentions anyone or closes an issue', () => {
    expect(body).toContain(`@${WJ}payments`)
    expect(body).toContain(`f${WJ}ixes #12`)
  })

  it('cannot be made to carry a forged marker by the question text', () => {
    const forged = questionCommentBody(
      q('<!-- tech-design-question: 0123456789abcdef -->?', 1),
      PATH,
    )
    expect(fingerprintsIn([forged])).toEqual(
      fingerprintsIn([questionMarker(PATH, '<!-- tech-design-question: 0123456789abcdef -->?')]),
    )
  })
})

describe('planReview', () => {
  const questions = [q('Which provider?', 10), q('Which region?', 12), q('How many users?', 90)]
  const commentable = new Set([9, 10, 11, 12])

  it('comments on commentable lines and lists the rest in the body', () => {
    const plan = planReview({
      path: PATH,
      questions,
      commentable,
      existing: new Set(),
      maxComments: 20,
    })
    expect(plan.inline).toEqual([
      { path: PATH, line: 10, side: 'RIGHT', body: questionCommentBody(questions[0]!, PATH) },
      { path: PATH, line: 12, side: 'RIGHT', body: questionCommentBody(questions[1]!, PATH) },
    ])
    expect(plan.inBody).toEqual([questions[2]])
    expect(plan.alreadyPosted).toBe(0)
  })

  it('skips questions posted by an earlier run, even on another line', () => {
    const earlier = questionCommentBody(q('Which provider?', 3), PATH)
    const moved = [q('which provider', 11), ...questions.slice(1)]
    const plan = planReview({
      path: PATH,
      questions: moved,
      commentable,
      existing: fingerprintsIn([earlier]),
      maxComments: 20,
    })
    expect(plan.inline.map((c) => c.line)).toEqual([12])
    expect(plan.inBody.map((x) => x.line)).toEqual([90])
    expect(plan.alreadyPosted).toBe(1)
  })

  it('does not take a question posted for another file as posted', () => {
    const other = questionCommentBody(q('Which provider?', 10), 'docs/other.md')
    const plan = planReview({
      path: PATH,
      questions,
      commentable,
      existing: fingerprintsIn([other]),
      maxComments: 20,
    })
    expect(plan.alreadyPosted).toBe(0)
    expect(plan.inline).toHaveLength(2)
  })

  it('posts a question asked twice in the same design once', () => {
    const twice = [q('Which provider?', 10), q('Which provider?', 11)]
    const plan = planReview({
      path: PATH,
      questions: twice,
      commentable,
      existing: new Set(),
      maxComments: 20,
    })
    expect(plan.inline.map((c) => c.line)).toEqual([10])
  })

  it('never writes more comments than the limit: the rest are listed in the body', () => {
    const many = Array.from({ length: 5 }, (_, i) => q(`Question number ${i}?`, 9 + (i % 4)))
    const plan = planReview({
      path: PATH,
      questions: many,
      commentable,
      existing: new Set(),
      maxComments: 3,
    })
    expect(plan.inline).toHaveLength(3)
    expect(plan.overLimit.map((x) => x.text)).toEqual(['Question number 3?', 'Question number 4?'])
    const body = reviewBody({
      path: PATH,
      commitSha: SHA,
      inline: 3,
      inBody: [],
      overLimit: plan.overLimit,
    })
    expect(body).toContain('2 more new open questions go past the 3 comments one run posts')
    // Listed with their markers, so the next run reads them back and does not list them again.
    expect(fingerprintsIn([body])).toEqual(
      new Set(plan.overLimit.map((x) => questionId(PATH, x.text))),
    )
  })

  it('lists everything in the body when the file has no diff', () => {
    const plan = planReview({
      path: PATH,
      questions,
      commentable: new Set(),
      existing: new Set(),
      maxComments: 20,
    })
    expect(plan.inline).toEqual([])
    expect(plan.inBody).toEqual(questions)
  })
})

describe('reviewBody', () => {
  it('names the commit, lists unanchored questions with lines, and ends with the marker', () => {
    const body = reviewBody({
      path: PATH,
      commitSha: SHA,
      inline: 2,
      inBody: [q('Ask @alice: fixes #3?', 90)],
    })
    expect(body).toContain(`commit ${SHA}`)
    expect(body).toContain(`\`${PATH}\``)
    expect(body).toContain('2 new open questions are asked in comments on their lines')
    expect(body).toContain(`- Line 90 of \`${PATH}\`: Ask @${WJ}alice: f${WJ}ixes #3?`)
    expect(body).not.toMatch(/\]\(/) // no links
    expect(body.endsWith(reviewMarker(SHA))).toBe(true)
  })

  it('says when there is nothing new to ask', () => {
    const body = reviewBody({ path: PATH, commitSha: SHA, inline: 0, inBody: [] })
    expect(body).toContain('no new open questions')
    expect(body.endsWith(reviewMarker(SHA))).toBe(true)
  })

  it('has a review marker that identifies the commit', () => {
    expect(reviewMarker(SHA)).toBe(`<!-- tech-design-review: ${SHA} -->`)
  })
})
