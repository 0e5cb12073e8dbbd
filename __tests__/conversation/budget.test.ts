import { describe, expect, it } from '@jest/globals'
import {
  MAX_ANSWER_TOKENS,
  RequestTooLargeError,
  capAnswer,
  checkDesignRequest,
  checkRepairRequest,
  estimateRequestTokens,
  fitRevisionTurn,
} from '../../src/conversation/budget.js'
import { estimateTokens } from '../../src/text/tokens.js'
import { buildRevisionTurn } from '../../src/conversation/revision-turn.js'
import { CLI_SETTING_NAMES } from '../../src/config/setting-names.js'
import type { AnsweredQuestion, RevisionTurnInput } from '../../src/conversation/revision-turn.js'

const system = ['You write technical designs.', 'Follow the template.']
const turnInput: RevisionTurnInput = {
  currentDesign: '# Technical Design: Refunds\n\n## 1. Overview\nRefunds.\n',
  requirements: 'Customers can request refunds.',
  source: 'docs/requirements.md',
  requirementsChanges: '',
  answered: [],
}
/** What the model is sent for a revision turn, estimated as a whole. */
const sent = (turn: string): number => estimateTokens(system.join('') + turn)
const reply = (author: string, body: string) => ({ author, body })
/** A reply of `chars` ASCII characters, recognisable by its first word. */
const long = (word: string, chars: number): string =>
  `${word} ${'lorem ipsum '.repeat(chars)}`.slice(0, chars)

describe('estimateRequestTokens', () => {
  it('counts the system blocks and every message, never less than the text as a whole', () => {
    const prompt = {
      system: ['abc', 'defgh'],
      messages: [
        { role: 'user' as const, content: 'ijklm' },
        { role: 'assistant' as const, content: '日本' },
      ],
    }
    expect(estimateRequestTokens(prompt)).toBe(1 + 2 + 2 + 2)
    expect(estimateRequestTokens(prompt)).toBeGreaterThanOrEqual(
      estimateTokens('abcdefghijklm日本'),
    )
  })
})

describe('capAnswer', () => {
  it('leaves an answer within the cap as it is', () => {
    const body = long('Adyen', MAX_ANSWER_TOKENS * 4)
    expect(capAnswer(body)).toBe(body)
  })

  it('cuts a longer answer to the cap, keeping its beginning and saying it was cut', () => {
    const body = long('Adyen', 60_000)
    const capped = capAnswer(body)
    expect(estimateTokens(capped)).toBeLessThanOrEqual(MAX_ANSWER_TOKENS)
    expect(estimateTokens(capped)).toBeGreaterThan(MAX_ANSWER_TOKENS - 50)
    expect(body.startsWith(capped.slice(0, capped.indexOf('\n\n[')))).toBe(true)
    expect(capped).toMatch(/\[This answer was cut here: it is 60,000 characters long/)
  })

  it('never splits a character outside the Basic Multilingual Plane', () => {
    const body = '😀'.repeat(100)
    const capped = capAnswer(body, 60)
    expect(estimateTokens(capped)).toBeLessThanOrEqual(60)
    expect(capped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
    expect(capped.startsWith('😀😀')).toBe(true)
    // Other characters are a token each, so the cut fills the cap exactly.
    const wide = capAnswer('ｱ'.repeat(100), 60)
    expect(estimateTokens(wide)).toBe(60)
  })
})

describe('fitRevisionTurn', () => {
  it('sends the turn as built when it fits, and reports nothing left out', () => {
    const answered = [{ question: 'Which provider?', answers: [reply('alice', 'Adyen.')] }]
    const input = { ...turnInput, answered }
    const fitted = fitRevisionTurn(input, system, 100_000)
    expect(fitted.turn).toBe(buildRevisionTurn(input))
    expect(fitted.leftOut).toEqual([])
    expect(fitRevisionTurn(input, system, undefined).turn).toBe(fitted.turn)
  })

  it('cuts each long answer even without a limit, and says how many were cut', () => {
    const answered = [
      {
        question: 'Which provider?',
        answers: [reply('alice', long('Adyen', 60_000)), reply('bob', 'Agreed.')],
      },
      { question: 'Peak load?', answers: [reply('carol', long('Thousands', 60_000))] },
    ]
    const fitted = fitRevisionTurn({ ...turnInput, answered }, system, undefined)
    expect(fitted.turn).toContain('<answer author="bob">\nAgreed.\n</answer>')
    expect(fitted.turn.match(/This answer was cut here/g)).toHaveLength(2)
    expect(estimateTokens(fitted.turn)).toBeLessThan(3 * MAX_ANSWER_TOKENS)
    expect(fitted.leftOut).toEqual([
      '2 answers were cut to about 2,000 tokens (some 8,000 characters of English)',
    ])
  })

  it('leaves out the oldest answers first and keeps the newest answer of each question', () => {
    // Thirty long replies in one thread, and a short exchange in another.
    const debate: AnsweredQuestion = {
      question: 'Which provider?',
      answers: Array.from({ length: 30 }, (_, i) => reply(`user${i}`, long(`Reply${i}`, 60_000))),
    }
    const load: AnsweredQuestion = {
      question: 'Peak load?',
      answers: [reply('carol', 'About 300 a minute.'), reply('dave', 'Plan for 500 a minute.')],
    }
    const limit = 20_000
    const fitted = fitRevisionTurn({ ...turnInput, answered: [debate, load] }, system, limit)

    expect(sent(fitted.turn)).toBeLessThanOrEqual(limit)
    expect(
      estimateRequestTokens({ system, messages: [{ role: 'user', content: fitted.turn }] }),
    ).toBeLessThanOrEqual(limit)
    const kept = [...fitted.turn.matchAll(/<answer author="(\w+)">/g)].map((m) => m[1])
    // The debate loses its oldest replies and keeps its newest; the short exchange, which has
    // fewer newer replies to outlive it, is kept whole.
    const debateKept = kept.filter((a) => a?.startsWith('user'))
    expect(debateKept.length).toBeGreaterThan(5)
    expect(kept).toEqual([
      ...debateKept.map((_, i) => `user${30 - debateKept.length + i}`),
      'carol',
      'dave',
    ])
    expect(fitted.leftOut).toEqual([
      `${debateKept.length} answers were cut to about 2,000 tokens (some 8,000 characters of English)`,
      `${30 - debateKept.length} older answers were left out to stay within the max-input-tokens input`,
    ])
    // As many as fit: one more would go over.
    const oneMore = buildRevisionTurn({
      ...turnInput,
      answered: [
        { ...debate, answers: debate.answers.slice(-debateKept.length - 1).map(capped) },
        load,
      ],
    })
    expect(sent(oneMore)).toBeGreaterThan(limit)
  })

  it('leaves out the newest answers only when no older ones remain, and says those questions stay open', () => {
    const answered = [
      { question: 'Which provider?', answers: [reply('alice', long('Adyen', 4_000))] },
      { question: 'Peak load?', answers: [reply('bob', long('Thousands', 4_000))] },
      { question: 'Refund shipping?', answers: [reply('carol', long('Never', 4_000))] },
    ]
    const without = sent(buildRevisionTurn(turnInput))
    // Room for one: newest answers tie, and go in question order.
    const fitted = fitRevisionTurn({ ...turnInput, answered }, system, without + 1_100)
    expect(sent(fitted.turn)).toBeLessThanOrEqual(without + 1_100)
    expect(fitted.turn).toContain('<answer author="carol">')
    expect(fitted.turn).not.toContain('<answer author="alice">')
    expect(fitted.turn).not.toContain('Which provider?')
    expect(fitted.leftOut).toEqual([
      'The answers to 2 questions were left out to stay within the max-input-tokens input, so they stay open',
    ])

    const one = fitRevisionTurn({ ...turnInput, answered: answered.slice(0, 1) }, system, without)
    expect(one.turn).toBe(buildRevisionTurn(turnInput))
    expect(one.leftOut).toEqual([
      'The answers to 1 question were left out to stay within the max-input-tokens input, so it stays open',
    ])
  })

  it('leaves out the older answer of each question before any newest one', () => {
    const provider = {
      question: 'Which provider?',
      answers: [reply('alice', long('Stripe', 4_000)), reply('bob', long('Adyen', 4_000))],
    }
    const load = {
      question: 'Peak load?',
      answers: [reply('carol', long('Hundreds', 4_000)), reply('dave', long('Thousands', 4_000))],
    }
    const newestOnly = buildRevisionTurn({
      ...turnInput,
      answered: [
        { ...provider, answers: provider.answers.slice(1) },
        { ...load, answers: load.answers.slice(1) },
      ],
    })
    const fitted = fitRevisionTurn(
      { ...turnInput, answered: [provider, load] },
      system,
      sent(newestOnly) + 500,
    )
    expect(fitted.turn).toBe(newestOnly)
    expect(fitted.leftOut).toEqual([
      '2 older answers were left out to stay within the max-input-tokens input',
    ])
  })

  it('reports one cut answer and one older answer left out in the singular', () => {
    const answers = [reply('alice', long('Adyen', 4_000)), reply('bob', long('Stripe', 20_000))]
    const question = 'Which provider?'
    const withNewest = buildRevisionTurn({
      ...turnInput,
      answered: [{ question, answers: answers.slice(1).map(capped) }],
    })
    const fitted = fitRevisionTurn(
      { ...turnInput, answered: [{ question, answers }] },
      system,
      sent(withNewest),
    )
    expect(fitted.turn).toBe(withNewest)
    expect(fitted.leftOut).toEqual([
      '1 answer was cut to about 2,000 tokens (some 8,000 characters of English)',
      '1 older answer was left out to stay within the max-input-tokens input',
    ])
  })

  it('refuses when even without answers the request is over the limit, naming what makes it large', () => {
    const input = {
      ...turnInput,
      currentDesign: long('Design', 200_000),
      answered: [{ question: 'Which provider?', answers: [reply('alice', 'Adyen.')] }],
    }
    const error = (() => {
      try {
        fitRevisionTurn(input, system, 40_000)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(RequestTooLargeError)
    const tooLarge = error as RequestTooLargeError
    expect(tooLarge.estimatedTokens).toBe(
      estimateRequestTokens({
        system,
        messages: [{ role: 'user', content: buildRevisionTurn({ ...input, answered: [] }) }],
      }),
    )
    expect(tooLarge.maxInputTokens).toBe(40_000)
    expect(tooLarge.message).toBe(
      `The revision request would be about ${tooLarge.estimatedTokens.toLocaleString('en-US')} tokens, ` +
        'over the limit of 40,000 (the max-input-tokens input) even with every answer left out, mostly the current design ' +
        '(about 50,000 tokens) and the instructions and template (about 12): raise the max-input-tokens input ' +
        'or shorten the current design or the instructions and template.',
    )
  })

  it('refuses without mentioning answers when there are none, and names the diff and guidance', () => {
    const input = {
      ...turnInput,
      requirements: long('Requirement', 40_000),
      requirementsChanges: `@@ -1 +1 @@\n+${long('Added', 80_000)}`,
      guidance: long('Focus', 30_000),
    }
    expect(() => fitRevisionTurn(input, system, 20_000)).toThrow(
      /^The revision request would be about [\d,]+ tokens, over the limit of 20,000 \(the max-input-tokens input\), mostly the requirements diff \(about 20,\d{3} tokens\) and the requirements \(about 10,000\): raise the max-input-tokens input or shorten the requirements or the guidance\.$/,
    )
  })
})

describe('checkDesignRequest', () => {
  const prompt = (requirements: string) => ({
    system,
    messages: [
      { role: 'user' as const, content: `<requirements>\n${requirements}\n</requirements>` },
    ],
  })

  it('passes a request within the limit, or any request without one', () => {
    expect(() =>
      checkDesignRequest(prompt('Refunds.'), { requirements: 'Refunds.' }, 100),
    ).not.toThrow()
    const huge = long('Refunds', 1_000_000)
    expect(checkDesignRequest(prompt(huge), { requirements: huge }, undefined)).toEqual([
      { name: 'the instructions and template', tokens: 12, shortenable: true },
      { name: 'the requirements', tokens: 250_000, shortenable: true },
    ])
  })

  it('refuses the whole request over the limit, guidance included', () => {
    const requirements = long('Refunds', 400)
    const guidance = long('Focus', 4_000)
    const request = {
      system,
      messages: [{ role: 'user' as const, content: `${requirements}\n${guidance}` }],
    }
    expect(() => checkDesignRequest(request, { requirements, guidance }, 1_000)).toThrow(
      RequestTooLargeError,
    )
    expect(() => checkDesignRequest(request, { requirements, guidance }, 1_000)).toThrow(
      'The design request would be about 1,113 tokens, over the limit of 1,000 (the max-input-tokens input), mostly the guidance (about 1,000 tokens) and the requirements (about 100): raise the max-input-tokens input or shorten the guidance or the requirements.',
    )
  })
})

describe('checkRepairRequest', () => {
  const first = [{ name: 'the requirements', tokens: 30, shortenable: true }]
  const conversation = {
    system,
    messages: [
      { role: 'user' as const, content: long('Requirements', 120) },
      { role: 'assistant' as const, content: long('Design', 800) },
      { role: 'user' as const, content: 'Your document does not follow the template.' },
    ],
  }

  const spent = {
    inputTokens: 90,
    outputTokens: 800,
    cacheReadInputTokens: 0,
    cacheCreationInputTokens: 0,
  }

  it("refuses a repair round that would go over, naming the model's replies", () => {
    expect(() => checkRepairRequest(conversation, 200, first, 1, spent)).toThrow(
      "The repair request (round 1) would be about 253 tokens, over the limit of 200 (the max-input-tokens input), mostly the model's replies so far (about 200 tokens) and the requirements (about 30): raise the max-input-tokens input or shorten the requirements.",
    )
  })

  it('carries what the calls before it spent, so the run still reports its cost', () => {
    let error: unknown
    try {
      checkRepairRequest(conversation, 200, first, 1, spent)
    } catch (e) {
      error = e
    }
    expect((error as RequestTooLargeError).usage).toEqual(spent)
  })

  it('lets a repair round within the limit, or without one, through', () => {
    expect(() => checkRepairRequest(conversation, 253, first, 1, spent)).not.toThrow()
    expect(() => checkRepairRequest(conversation, undefined, first, 2, spent)).not.toThrow()
  })
})

describe('the names of the limit in messages', () => {
  const cliWords =
    /over the limit of [\d,]+ \(--max-input-tokens\).*: raise --max-input-tokens or shorten/

  it("are the command line's when it passes its names, in every refusal and note", () => {
    const requirements = long('Refunds', 4_000)
    const design = { system, messages: [{ role: 'user' as const, content: requirements }] }
    expect(() => checkDesignRequest(design, { requirements }, 100, CLI_SETTING_NAMES)).toThrow(
      cliWords,
    )

    const repair = {
      system,
      messages: [...design.messages, { role: 'assistant' as const, content: long('Design', 800) }],
    }
    const spent = {
      inputTokens: 1,
      outputTokens: 1,
      cacheReadInputTokens: 0,
      cacheCreationInputTokens: 0,
    }
    expect(() => checkRepairRequest(repair, 100, [], 1, spent, CLI_SETTING_NAMES)).toThrow(cliWords)

    const input = { ...turnInput, currentDesign: long('Design', 40_000) }
    expect(() => fitRevisionTurn(input, system, 1_000, CLI_SETTING_NAMES)).toThrow(cliWords)
    const answers = [reply('alice', long('Old', 4_000)), reply('bob', 'New.')]
    const withNewest = buildRevisionTurn({
      ...turnInput,
      answered: [{ question: 'Which provider?', answers: [answers[1]!] }],
    })
    const fitted = fitRevisionTurn(
      { ...turnInput, answered: [{ question: 'Which provider?', answers }] },
      system,
      sent(withNewest),
      CLI_SETTING_NAMES,
    )
    expect(fitted.leftOut).toEqual([
      '1 older answer was left out to stay within --max-input-tokens',
    ])
  })
})

/** An answer as the budget sends it. */
function capped(answer: { author: string; body: string }) {
  return { ...answer, body: capAnswer(answer.body) }
}
