/** Reading one streamed attempt: events folded, progress throttled, its end judged. No HTTP. */
import { APIConnectionError, APIError } from '@anthropic-ai/sdk'
import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages'
import { describe, expect, it } from '@jest/globals'
import {
  ModelOutputTruncatedError,
  ModelRefusalError,
  ModelUnavailableError,
} from '../../../src/adapters/model/errors.js'
import {
  addsToCost,
  attemptOf,
  describeBreak,
  emptyStream,
  foldEvent,
  formatSize,
  growingTextEstimate,
  isTextDelta,
  partialUsage,
  progressReporter,
  progressThrottle,
  raiseOutputLimit,
  readStream,
  runningUsage,
  stopFailure,
  streamBrokeOff,
  streamRejection,
  type StreamState,
} from '../../../src/adapters/model/stream.js'
import { ACTION_SETTING_NAMES, CLI_SETTING_NAMES } from '../../../src/config/setting-names.js'
import { emptyUsage, type Usage } from '../../../src/config/usage.js'
import type { ModelProgress } from '../../../src/conversation/model.js'
import { SpendCapError } from '../../../src/conversation/spend-cap.js'
import { estimateTokens } from '../../../src/text/tokens.js'

const MODEL = 'claude-sonnet-5-5'

interface StartUsage {
  input_tokens: number
  output_tokens: number
  cache_creation_input_tokens: number | null
  cache_read_input_tokens: number | null
}

const messageStart = (usage: Partial<StartUsage> = {}, model = MODEL): RawMessageStreamEvent =>
  ({
    type: 'message_start',
    message: {
      model,
      usage: {
        input_tokens: 100,
        output_tokens: 1,
        cache_creation_input_tokens: null,
        cache_read_input_tokens: null,
        ...usage,
      },
    },
  }) as RawMessageStreamEvent

const textStart = (text: string): RawMessageStreamEvent =>
  ({
    type: 'content_block_start',
    index: 0,
    content_block: { type: 'text', text, citations: null },
  }) as RawMessageStreamEvent

const textDelta = (text: string): RawMessageStreamEvent => ({
  type: 'content_block_delta',
  index: 0,
  delta: { type: 'text_delta', text },
})

const messageDelta = (
  stopReason: string | null,
  usage: { output_tokens: number } & Partial<Record<keyof StartUsage, number | null>>,
): RawMessageStreamEvent =>
  ({
    type: 'message_delta',
    delta: { stop_reason: stopReason, stop_sequence: null },
    usage: {
      input_tokens: null,
      cache_creation_input_tokens: null,
      cache_read_input_tokens: null,
      ...usage,
    },
  }) as RawMessageStreamEvent

const MESSAGE_STOP: RawMessageStreamEvent = { type: 'message_stop' }

const fold = (events: RawMessageStreamEvent[]): StreamState =>
  events.reduce(foldEvent, emptyStream(MODEL))

/** An SSE `error` event, as the SDK throws it: a status-less APIError. */
const errorEvent = (type: string, message: string): APIError =>
  new APIError(undefined, { type: 'error', error: { type, message } }, undefined, undefined)

const connectionCut = (): TypeError =>
  new TypeError('terminated', {
    cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
  })

async function* events(
  list: RawMessageStreamEvent[],
  thenThrow?: unknown,
): AsyncGenerator<RawMessageStreamEvent> {
  for (const event of list) yield await Promise.resolve(event)
  if (thenThrow !== undefined) throw thenThrow
}

describe('foldEvent', () => {
  it('takes the model and usage from message_start, cache counts absent as 0', () => {
    const state = fold([
      messageStart(
        { input_tokens: 120, cache_read_input_tokens: 2000 },
        'claude-sonnet-5-5-20991231',
      ),
    ])
    expect(state).toMatchObject({
      started: true,
      stopped: false,
      model: 'claude-sonnet-5-5-20991231',
    })
    expect(state.usage).toEqual({
      inputTokens: 120,
      outputTokens: 1,
      cacheCreationInputTokens: 0,
      cacheReadInputTokens: 2000,
    })
    expect(fold([messageStart({}, '')]).model).toBe(MODEL)
  })

  it('gathers the text of text blocks and text deltas, and nothing else', () => {
    const state = fold([
      messageStart(),
      textStart('# '),
      textDelta('Technical '),
      {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'input_json_delta', partial_json: '{"a"' },
      },
      textDelta('Design'),
      { type: 'content_block_stop', index: 0 },
    ])
    expect(state.text).toBe('# Technical Design')
    expect(
      fold([
        {
          type: 'content_block_start',
          index: 1,
          content_block: { type: 'redacted_thinking', data: 'x' },
        },
      ]).text,
    ).toBe('')
  })

  it('takes the stop reason and output count from message_delta, keeping counts it leaves out', () => {
    const state = fold([
      messageStart({ input_tokens: 50, cache_creation_input_tokens: 7 }),
      messageDelta('end_turn', { output_tokens: 30 }),
      messageDelta(null, { output_tokens: 31, cache_read_input_tokens: 9 }),
      MESSAGE_STOP,
    ])
    expect(state).toMatchObject({ stopReason: 'end_turn', stopped: true })
    expect(state.usage).toEqual({
      inputTokens: 50,
      outputTokens: 31,
      cacheCreationInputTokens: 7,
      cacheReadInputTokens: 9,
    })
    expect(
      fold([messageDelta('max_tokens', { output_tokens: 4, input_tokens: 12 })]).usage.inputTokens,
    ).toBe(12)
  })

  it('leaves the state it was given as it was', () => {
    const before = emptyStream(MODEL)
    const after = foldEvent(before, textDelta('x'))
    expect(before).toEqual(emptyStream(MODEL))
    expect(after.text).toBe('x')
  })
})

describe('isTextDelta', () => {
  it('is true only for a text delta: the moment to report progress', () => {
    expect(isTextDelta(textDelta('a'))).toBe(true)
    expect(isTextDelta(textStart('a'))).toBe(false)
    expect(isTextDelta(MESSAGE_STOP)).toBe(false)
  })
})

describe('readStream', () => {
  it('reads to the end, showing the text so far after each delta', async () => {
    const seen: string[] = []
    const end = await readStream(
      events([messageStart(), textStart(''), textDelta('ab'), textDelta('cd'), MESSAGE_STOP]),
      MODEL,
      (text) => seen.push(text),
    )
    expect(seen).toEqual(['ab', 'abcd'])
    expect(end.broken).toBe(false)
    expect(end.state).toMatchObject({ text: 'abcd', stopped: true })
  })

  it('returns what it had when the stream breaks off, with the error', async () => {
    const cut = connectionCut()
    const end = await readStream(events([messageStart(), textDelta('part')], cut), MODEL, () => {})
    expect(end).toMatchObject({ broken: true, error: cut })
    expect(end.state.text).toBe('part')
  })

  it('asks the stop check once per event that adds to the cost, from message_start on', async () => {
    const asked: Usage[] = []
    const end = await readStream(
      events([
        textDelta('before the start'),
        messageStart({ input_tokens: 70, cache_read_input_tokens: 500 }),
        textStart(''),
        { type: 'ping' } as unknown as RawMessageStreamEvent,
        textDelta('abcd'),
        textDelta('efgh'),
        messageDelta('end_turn', { output_tokens: 5 }),
        MESSAGE_STOP,
      ]),
      MODEL,
      () => {},
      (usage) => {
        asked.push(usage)
        return false
      },
    )
    expect(end).toMatchObject({ broken: false, state: { stopped: true } })
    expect(end).not.toHaveProperty('halted')
    const start = { inputTokens: 70, cacheReadInputTokens: 500, cacheCreationInputTokens: 0 }
    expect(asked).toEqual([
      { ...start, outputTokens: 4 }, // message_start's 1, below the estimate of the text so far
      { ...start, outputTokens: 5 },
      { ...start, outputTokens: 6 },
      { ...start, outputTokens: 6 }, // the final count, 5, is below the generous estimate
    ])
  })

  it('stops reading, and leaves the iteration, the moment the stop check says stop', async () => {
    let left = false
    let read = 0
    async function* longAnswer(): AsyncGenerator<RawMessageStreamEvent> {
      try {
        yield messageStart({ input_tokens: 10 })
        for (let i = 0; i < 1_000; i++) {
          read++
          yield textDelta('word ')
        }
        yield MESSAGE_STOP
      } finally {
        left = true
      }
    }
    const end = await readStream(
      longAnswer(),
      MODEL,
      () => {},
      (usage) => usage.outputTokens > 20,
    )
    expect(end).toEqual({ state: expect.anything(), broken: false, halted: true })
    expect(read).toBe(17) // 17 × 5 characters: 22 tokens by the estimate
    expect(end.state.text).toBe('word '.repeat(17))
    expect(left).toBe(true)
  })
})

describe('addsToCost', () => {
  it('is the start, a text delta and the final usage: the events the cost can grow at', () => {
    expect(addsToCost(messageStart())).toBe(true)
    expect(addsToCost(textDelta('a'))).toBe(true)
    expect(addsToCost(messageDelta('end_turn', { output_tokens: 1 }))).toBe(true)
    expect(addsToCost(textStart('a'))).toBe(false)
    expect(addsToCost(MESSAGE_STOP)).toBe(false)
  })
})

describe('runningUsage', () => {
  it('takes the reported input and cache tokens and the larger output count', () => {
    const state = fold([messageStart({ input_tokens: 9, cache_creation_input_tokens: 4 })])
    expect(runningUsage(state, 12)).toEqual({
      inputTokens: 9,
      outputTokens: 12,
      cacheCreationInputTokens: 4,
      cacheReadInputTokens: 0,
    })
    expect(runningUsage(fold([messageStart({ output_tokens: 40 })]), 12).outputTokens).toBe(40)
  })
})

describe('growingTextEstimate', () => {
  it('agrees with estimateTokens within a block', () => {
    const estimate = growingTextEstimate()
    let text = ''
    for (const delta of ['# Title', '\n\n技術設計', ' — ünïcödé 🚀', 'x'.repeat(100)]) {
      text += delta
      expect(estimate(text)).toBe(estimateTokens(text))
    }
  })

  it('is at most a token per block above estimateTokens of a long text, never below', () => {
    const estimate = growingTextEstimate(64)
    let text = ''
    for (let i = 0; i < 500; i++) {
      text += i % 7 === 0 ? 'ü🚀a' : 'abc'
      const whole = estimateTokens(text)
      const running = estimate(text)
      expect(running).toBeGreaterThanOrEqual(whole)
      expect(running).toBeLessThanOrEqual(whole + Math.ceil(text.length / 64))
    }
  })
})

describe('streamRejection', () => {
  it('is an error event that re-sending cannot fix', () => {
    expect(streamRejection(errorEvent('invalid_request_error', 'empty block'))).toEqual({
      type: 'invalid_request_error',
      message: 'empty block',
    })
  })

  it('is not a transient event, an HTTP answer, a connection error or a cut', () => {
    expect(streamRejection(errorEvent('overloaded_error', 'Overloaded'))).toBeUndefined()
    expect(streamRejection(errorEvent('modelStreamErrorException', 'x'))).toBeUndefined()
    const answer = APIError.generate(
      400,
      { type: 'error', error: { type: 'invalid_request_error', message: 'x' } },
      undefined,
      new Headers(),
    )
    expect(streamRejection(answer)).toBeUndefined()
    expect(streamRejection(new APIConnectionError({}))).toBeUndefined()
    expect(streamRejection(connectionCut())).toBeUndefined()
  })
})

describe('attemptOf', () => {
  const whole = fold([
    messageStart({ input_tokens: 10 }),
    textDelta('done'),
    messageDelta('end_turn', { output_tokens: 3 }),
    MESSAGE_STOP,
  ])

  it('is the answer when the stream reached message_stop', () => {
    expect(attemptOf({ state: whole, broken: false }, [])).toEqual({
      ok: true,
      text: 'done',
      model: MODEL,
      stopReason: 'end_turn',
      usage: {
        inputTokens: 10,
        outputTokens: 3,
        cacheCreationInputTokens: 0,
        cacheReadInputTokens: 0,
      },
    })
  })

  it('is a break when the stream ended early, or was cut', () => {
    const early = fold([messageStart(), textDelta('abcdefghijkl')])
    expect(attemptOf({ state: early, broken: false }, [])).toEqual({
      ok: false,
      cause: 'the stream ended before message_stop',
      usage: { ...early.usage, outputTokens: 3 },
    })
    expect(attemptOf({ state: early, broken: true, error: connectionCut() }, [])).toMatchObject({
      ok: false,
      cause: 'the connection was cut (terminated: other side closed (UND_ERR_SOCKET))',
    })
  })
})

describe('describeBreak', () => {
  it('names an error event by its type, and a cut by its causes, without secrets', () => {
    expect(describeBreak(errorEvent('overloaded_error', 'Overloaded'), [])).toBe(
      'overloaded_error event: Overloaded',
    )
    expect(describeBreak(errorEvent('api_error', 'for key gw7x9'), ['gw7x9'])).toBe(
      'api_error event: for key ***',
    )
    expect(describeBreak(new Error('reset by gw7x9'), ['gw7x9'])).toBe(
      'the connection was cut (reset by ***)',
    )
  })
})

describe('partialUsage', () => {
  it('bills nothing before message_start', () => {
    expect(partialUsage(fold([textDelta('no start')]))).toEqual(emptyUsage())
  })

  it('bills the larger of the reported output and the estimate of the text received', () => {
    const reported = fold([messageStart({ output_tokens: 40 }), textDelta('abcd')])
    expect(partialUsage(reported).outputTokens).toBe(40)
    const estimated = fold([messageStart({ output_tokens: 1 }), textDelta('x'.repeat(12))])
    expect(partialUsage(estimated)).toMatchObject({ inputTokens: 100, outputTokens: 3 })
  })

  it('estimates generously for text beyond ASCII', () => {
    // Eight CJK characters: 8 tokens by the shared estimate (the old length / 4 said 2).
    const cjk = fold([messageStart(), textDelta('技術設計文書です')])
    expect(partialUsage(cjk).outputTokens).toBe(8)
  })
})

describe('streamBrokeOff', () => {
  it('says how many attempts broke off, and the last cause', () => {
    const only = streamBrokeOff('Anthropic API', 1, 'the stream ended before message_stop')
    expect(only).toBeInstanceOf(ModelUnavailableError)
    expect(only.message).toBe(
      'The Anthropic API response stream broke off mid-way on the only attempt ' +
        '(last: the stream ended before message_stop). Try again later.',
    )
    expect(streamBrokeOff('Amazon Bedrock', 3, 'x').message).toMatch(
      /^The Amazon Bedrock response stream broke off mid-way on all 3 attempts \(last: x\)/,
    )
  })
})

describe('stopFailure', () => {
  const answer = (stopReason: string | null, text = 'Short.', outputTokens = 10) => ({
    text,
    stopReason,
    usage: { ...emptyUsage(), outputTokens },
  })

  it('is nothing for an answer that ended by itself', () => {
    expect(stopFailure(answer('end_turn'), 4096, ACTION_SETTING_NAMES)).toBeUndefined()
    expect(stopFailure(answer('stop_sequence'), 4096, ACTION_SETTING_NAMES)).toBeUndefined()
    expect(stopFailure(answer(null), 4096, ACTION_SETTING_NAMES)).toBeUndefined()
  })

  it('at max_tokens: the limit, the size written and a higher limit to set', () => {
    const error = stopFailure(
      answer('max_tokens', 'x'.repeat(16_000), 4096),
      4096,
      ACTION_SETTING_NAMES,
    )
    expect(error).toBeInstanceOf(ModelOutputTruncatedError)
    expect(error).toMatchObject({ maxOutputTokens: 4096, outputTokens: 4096 })
    expect(error?.message).toBe(
      'The answer was cut off at the output limit of 4,096 tokens (about 16 KB of design written). ' +
        'Raise the max-output-tokens input (for example to 8,192) and run again.',
    )
  })

  it('at a full context window: the tokens reached, and what to shorten', () => {
    const error = stopFailure(
      answer('model_context_window_exceeded', 'y'.repeat(3400), 1234),
      64_000,
      ACTION_SETTING_NAMES,
    )
    expect(error).toBeInstanceOf(ModelOutputTruncatedError)
    expect(error).toMatchObject({ maxOutputTokens: 64_000, outputTokens: 1234 })
    expect(error?.message).toBe(
      "The answer was cut off at 1,234 output tokens (about 3.4 KB of design written) because the model's " +
        'context window is full. Shorten the requirements or use a model with a larger context window.',
    )
  })

  it('at a max_tokens a spend cap lowered: the design was cut to fit the cap', () => {
    const limit = { cap: 'run' as const, limitUsd: 2, spentUsd: 1.5 }
    const error = stopFailure(
      answer('max_tokens', 'x'.repeat(9_000), 2_300),
      2_300,
      ACTION_SETTING_NAMES,
      limit,
    )
    expect(error).toBeInstanceOf(SpendCapError)
    expect(error).toMatchObject({ stop: 'cut', cap: 'run', limitUsd: 2, spentUsd: 1.5 })
    expect(error?.message).toMatch(
      /^The answer was cut off at 2,300 output tokens, as many as the run's spend cap of \$2\.00/,
    )
    expect(error?.message).not.toMatch(/max-output-tokens/)
    // Only max_tokens is the cap's doing.
    expect(stopFailure(answer('refusal'), 2_300, ACTION_SETTING_NAMES, limit)).toBeInstanceOf(
      ModelRefusalError,
    )
    expect(stopFailure(answer('end_turn'), 2_300, ACTION_SETTING_NAMES, limit)).toBeUndefined()
  })

  it('at a refusal: the requirements to review', () => {
    const error = stopFailure(answer('refusal'), 4096, ACTION_SETTING_NAMES)
    expect(error).toBeInstanceOf(ModelRefusalError)
    expect(error?.message).toMatch(
      /^The model declined to write this design \(stop_reason "refusal"\)\./,
    )
  })
})

describe('raiseOutputLimit', () => {
  it('doubles the limit, up to what the models write, in the interface’s terms', () => {
    expect(raiseOutputLimit(32_000, CLI_SETTING_NAMES)).toBe(
      'Raise --max-output-tokens (for example to 64,000) and run again.',
    )
    expect(raiseOutputLimit(100_000, ACTION_SETTING_NAMES)).toMatch(/\(for example to 128,000\)/)
    expect(raiseOutputLimit(128_000, ACTION_SETTING_NAMES)).toMatch(
      /^That is as long as current Claude models write; ask for a shorter design/,
    )
  })
})

describe('formatSize', () => {
  it('reads as a file size: bytes under 1 KB, one decimal under 10 KB', () => {
    expect(formatSize('x')).toBe('1 byte')
    expect(formatSize('Short.')).toBe('6 bytes')
    expect(formatSize('é'.repeat(300))).toBe('600 bytes')
    expect(formatSize('x'.repeat(3400))).toBe('3.4 KB')
    expect(formatSize('x'.repeat(120_400))).toBe('120 KB')
  })
})

describe('progressThrottle', () => {
  it('lets progress through at most once per interval', () => {
    let now = 0
    const due = progressThrottle(100, () => now)
    const at = (time: number) => {
      now = time
      return due()
    }
    expect([at(0), at(50), at(100), at(150), at(250)]).toEqual([true, false, true, false, true])
  })

  it('lets every delta through at 0', () => {
    const due = progressThrottle(0, () => 5)
    expect([due(), due(), due()]).toEqual([true, true, true])
  })
})

describe('progressReporter', () => {
  it('passes progress on, the count rising within an attempt and starting over with the next', () => {
    const seen: ModelProgress[] = []
    const progress = progressReporter((p) => seen.push(p))
    progress.report(3, 'abc')
    progress.report(900, 'abc…')
    // The API's final count, below the estimate streamed before it.
    progress.report(899, 'abc…')
    progress.restart()
    progress.report(2, 'ab')
    expect(seen).toEqual([
      { outputTokens: 3, text: 'abc' },
      { outputTokens: 900, text: 'abc…' },
      { outputTokens: 900, text: 'abc…' },
      { outputTokens: 2, text: 'ab' },
    ])
  })

  it('keeps a reporter that throws from breaking the call', () => {
    const failing = progressReporter(() => {
      throw new Error('log closed')
    })
    expect(() => failing.report(1, 'a')).not.toThrow()
    expect(() => progressReporter(undefined).report(1, 'a')).not.toThrow()
  })
})
