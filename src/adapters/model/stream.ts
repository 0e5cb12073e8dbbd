/**
 * One streamed attempt, read: its events folded into the text, usage and stop reason, progress
 * reported on the way, and what its end means (a whole answer, a break worth re-sending for, an
 * answer cut off at a limit or refused).
 *
 * Usage accounting: an attempt that broke off after `message_start` is billed its input/cache
 * tokens and its output tokens (the larger of the last reported count and the local estimate of
 * the text received); one that broke off before is billed nothing. An attempt the caller halted
 * (its spend cap was reached) is billed the same way (`partialUsage`).
 */
import { APIError } from '@anthropic-ai/sdk'
import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages'
import { MOST_OUTPUT_TOKENS } from '../../config/defaults.js'
import type { SettingNames } from '../../config/setting-names.js'
import { emptyUsage, type Usage } from '../../config/usage.js'
import type { ModelProgress } from '../../conversation/model.js'
import {
  answerCutError,
  type SpendCapError,
  type SpendLimit,
} from '../../conversation/spend-cap.js'
import { redact } from '../../text/describe-error.js'
import { estimateTokens } from '../../text/tokens.js'
import { count, plural } from '../../text/wording.js'
import {
  describeCause,
  ModelOutputTruncatedError,
  ModelRefusalError,
  ModelUnavailableError,
  type ModelError,
} from './errors.js'
import { isTransientStreamError } from './retry.js'

/** What the events of one attempt have told so far. */
export interface StreamState {
  text: string
  /** `message_start` arrived: from then on the attempt is billed. */
  started: boolean
  /** `message_stop` arrived: the answer is whole. */
  stopped: boolean
  stopReason: string | null
  /** The model that answered, as the API names it. */
  model: string
  usage: Usage
}

export function emptyStream(model: string): StreamState {
  return { text: '', started: false, stopped: false, stopReason: null, model, usage: emptyUsage() }
}

/** The state after one more event. */
export function foldEvent(state: StreamState, event: RawMessageStreamEvent): StreamState {
  switch (event.type) {
    case 'message_start': {
      const u = event.message.usage
      return {
        ...state,
        started: true,
        model: event.message.model || state.model,
        usage: {
          inputTokens: u.input_tokens,
          outputTokens: u.output_tokens,
          cacheCreationInputTokens: u.cache_creation_input_tokens ?? 0,
          cacheReadInputTokens: u.cache_read_input_tokens ?? 0,
        },
      }
    }
    case 'content_block_start':
      return event.content_block.type === 'text'
        ? { ...state, text: state.text + event.content_block.text }
        : state
    case 'content_block_delta':
      return event.delta.type === 'text_delta'
        ? { ...state, text: state.text + event.delta.text }
        : state
    case 'message_delta': {
      // A count the delta leaves out (null) keeps the value message_start gave.
      const u = event.usage
      return {
        ...state,
        stopReason: event.delta.stop_reason ?? state.stopReason,
        usage: {
          inputTokens: u.input_tokens ?? state.usage.inputTokens,
          outputTokens: u.output_tokens,
          cacheCreationInputTokens:
            u.cache_creation_input_tokens ?? state.usage.cacheCreationInputTokens,
          cacheReadInputTokens: u.cache_read_input_tokens ?? state.usage.cacheReadInputTokens,
        },
      }
    }
    case 'message_stop':
      return { ...state, stopped: true }
    default:
      return state
  }
}

/** An event that adds to the answer's text: a moment to report progress. */
export function isTextDelta(event: RawMessageStreamEvent): boolean {
  return event.type === 'content_block_delta' && event.delta.type === 'text_delta'
}

/** An event after which the attempt may have cost more: its start, a text delta, its final usage. */
export function addsToCost(event: RawMessageStreamEvent): boolean {
  return event.type === 'message_start' || event.type === 'message_delta' || isTextDelta(event)
}

/**
 * How reading one attempt's stream ended: where it got to, what broke it off, if anything, or
 * whether the caller halted it (`halted`: its stop check said stop, and reading stopped there).
 */
export type StreamEnd =
  | { state: StreamState; broken: false; halted?: true }
  | { state: StreamState; broken: true; error: unknown }

/**
 * Reads an attempt's events to their end, their break, or until `shouldStop` says stop: it is
 * asked after each event that adds to the cost, once the attempt is billed, with what the attempt
 * has cost so far (see `runningUsage`). Leaving the iteration early aborts the SDK's request.
 * `onText` sees the text after each delta.
 */
export async function readStream(
  events: AsyncIterable<RawMessageStreamEvent>,
  model: string,
  onText: (text: string) => void,
  shouldStop?: (usage: Usage) => boolean,
): Promise<StreamEnd> {
  let state = emptyStream(model)
  const outputEstimate = growingTextEstimate()
  try {
    for await (const event of events) {
      state = foldEvent(state, event)
      if (isTextDelta(event)) onText(state.text)
      if (shouldStop && state.started && addsToCost(event)) {
        if (shouldStop(runningUsage(state, outputEstimate(state.text)))) {
          return { state, broken: false, halted: true }
        }
      }
    }
    return { state, broken: false }
  } catch (error) {
    return { state, broken: true, error }
  }
}

/**
 * What an attempt has cost so far: the input and cache tokens `message_start` reported, and the
 * larger of the output tokens reported and `estimatedOutput`, the estimate of the text so far.
 */
export function runningUsage(state: StreamState, estimatedOutput: number): Usage {
  return { ...state.usage, outputTokens: Math.max(state.usage.outputTokens, estimatedOutput) }
}

/**
 * `estimateTokens` of a text that only grows, asked after each delta, in time linear in its
 * length: whole blocks are counted once. Each block rounds up on its own, so the count can be up
 * to a token per block above the estimate of the whole text: generous, as the estimate is.
 */
export function growingTextEstimate(blockChars = 4096): (text: string) => number {
  let settledChars = 0
  let settledTokens = 0
  return (text) => {
    while (text.length - settledChars >= blockChars) {
      settledTokens += estimateTokens(text.slice(settledChars, settledChars + blockChars))
      settledChars += blockChars
    }
    return settledTokens + estimateTokens(text.slice(settledChars))
  }
}

/** How one streamed attempt ended, when re-sending can make a difference. */
export type Attempt =
  | { ok: true; text: string; usage: Usage; model: string; stopReason: string | null }
  | { ok: false; cause: string; usage: Usage }

/**
 * An SSE `error` event (the SDK throws it as a status-less APIError) that re-sending cannot
 * fix: its type and the API's words.
 */
export function streamRejection(error: unknown): { type: string; message: string } | undefined {
  if (!(error instanceof APIError) || error.status !== undefined) return undefined
  const type = error.type ?? undefined
  if (type === undefined || isTransientStreamError(type)) return undefined
  return { type, message: error.apiMessage ?? error.message }
}

/** The attempt a stream's end makes, unless it was rejected or halted: whole, or broken off. */
export function attemptOf(end: StreamEnd, secrets: readonly string[]): Attempt {
  if (end.broken) {
    return { ok: false, cause: describeBreak(end.error, secrets), usage: partialUsage(end.state) }
  }
  if (!end.state.stopped) {
    return {
      ok: false,
      cause: 'the stream ended before message_stop',
      usage: partialUsage(end.state),
    }
  }
  const { text, usage, model, stopReason } = end.state
  return { ok: true, text, usage, model, stopReason }
}

/** What broke a stream off: an SSE `error` event, or the connection. */
export function describeBreak(error: unknown, secrets: readonly string[]): string {
  if (error instanceof APIError && error.status === undefined && error.type) {
    return `${error.type} event: ${redact(error.apiMessage ?? error.message, secrets)}`
  }
  return `the connection was cut (${redact(describeCause(error), secrets)})`
}

/** Billed usage of an attempt that broke off: nothing before message_start. */
export function partialUsage(state: StreamState): Usage {
  if (!state.started) return emptyUsage()
  return {
    ...state.usage,
    outputTokens: Math.max(state.usage.outputTokens, estimateTokens(state.text)),
  }
}

/** Every attempt broke off: the last one's cause. */
export function streamBrokeOff(
  apiName: string,
  attempts: number,
  cause: string,
): ModelUnavailableError {
  const tries = attempts === 1 ? 'the only attempt' : `all ${attempts} attempts`
  return new ModelUnavailableError(
    `The ${apiName} response stream broke off mid-way on ${tries} ` +
      `(last: ${cause}). Try again later.`,
  )
}

/**
 * Why a whole answer still fails: it was cut off at a limit, or the model refused. `loweredBy` is
 * the spend cap that lowered `maxOutputTokens` below the client's, if one did: an answer cut off
 * there was cut to fit the cap.
 */
export function stopFailure(
  answer: { text: string; stopReason: string | null; usage: Usage },
  maxOutputTokens: number,
  names: SettingNames,
  loweredBy?: SpendLimit,
): ModelError | SpendCapError | undefined {
  const { outputTokens } = answer.usage
  switch (answer.stopReason) {
    case 'max_tokens':
      if (loweredBy) return answerCutError(loweredBy, maxOutputTokens, answer.usage, names)
      return new ModelOutputTruncatedError(
        `The answer was cut off at the output limit of ${count(maxOutputTokens)} tokens ` +
          `(about ${formatSize(answer.text)} of design written). ` +
          raiseOutputLimit(maxOutputTokens, names),
        maxOutputTokens,
        outputTokens,
      )
    case 'model_context_window_exceeded':
      return new ModelOutputTruncatedError(
        `The answer was cut off at ${count(outputTokens)} output tokens ` +
          `(about ${formatSize(answer.text)} of design written) because the model's ` +
          'context window is full. Shorten the requirements or use a model with a larger ' +
          'context window.',
        maxOutputTokens,
        outputTokens,
      )
    case 'refusal':
      return new ModelRefusalError(
        'The model declined to write this design (stop_reason "refusal"). ' +
          'Review the requirements document for content that may trigger its safety policies.',
      )
    default:
      return undefined
  }
}

/** What to do when an answer reached the output limit: a higher one, while there is one. */
export function raiseOutputLimit(limit: number, names: SettingNames): string {
  if (limit >= MOST_OUTPUT_TOKENS) {
    return (
      'That is as long as current Claude models write; ask for a shorter design (fewer or ' +
      'shorter requirements, or instructions that ask for brevity) and run again.'
    )
  }
  const higher = Math.min(limit * 2, MOST_OUTPUT_TOKENS)
  return `Raise ${names.maxOutputTokens} (for example to ${count(higher)}) and run again.`
}

/** The size of text as a file on disk: "120 KB", "3.4 KB", "600 bytes". */
export function formatSize(text: string): string {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes < 1000) return plural(bytes, 'byte')
  const kb = bytes / 1000
  return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`
}

/** Whether progress is due: at least `intervalMs` since the last time it was (0: always). */
export function progressThrottle(intervalMs: number, now: () => number = Date.now): () => boolean {
  let lastAt = -Infinity
  return () => {
    const at = now()
    if (at - lastAt < intervalMs) return false
    lastAt = at
    return true
  }
}

export interface ProgressReporter {
  report(outputTokens: number, text: string): void
  /** A new attempt: its text, and so its count, start over. */
  restart(): void
}

/**
 * Reports progress to the caller. Within an attempt the count only rises: the API's final count
 * can be below the generous local estimate streamed before it. A reporter that throws must not
 * break the call.
 */
export function progressReporter(
  onProgress: ((progress: ModelProgress) => void) | undefined,
): ProgressReporter {
  let shown = 0
  return {
    report(outputTokens, text) {
      shown = Math.max(shown, outputTokens)
      try {
        onProgress?.({ outputTokens: shown, text })
      } catch {
        // Progress is for the log; the answer matters more.
      }
    },
    restart() {
      shown = 0
    },
  }
}
