/** What the engine asks of a model, and what it gets back: the contract the model adapter implements. */
import type { Usage } from '../config/usage.js'
import type { CallSpendCap } from './spend-cap.js'

export interface ChatMessage {
  role: 'user' | 'assistant'
  content: string
}

/** What the engine asks of a model: one turn of a conversation, streamed. */
export interface ModelRequest {
  /** System prompt blocks; the adapter marks the last one for prompt caching. */
  system: string[]
  messages: ChatMessage[]
  onProgress?: (progress: ModelProgress) => void
  /**
   * This call's `max_tokens`, when it must be lower than the client's (a spend cap leaves room
   * for fewer). Never raises the client's own.
   */
  maxOutputTokens?: number
  /**
   * The spend cap this call is held to (see `planCallSpend`): the adapter asks its `stopWhen` as
   * the answer streams and, when it says stop, aborts the request and throws a `SpendCapError`
   * carrying what was billed; nothing partial is returned. An answer that stops at a
   * `maxOutputTokens` lowered below the client's fails with a `SpendCapError` too.
   */
  spendCap?: CallSpendCap
}

export interface ModelProgress {
  /** Output tokens so far (estimated from the text while streaming). */
  outputTokens: number
  /** The text received so far. */
  text: string
}

export interface ModelResponse {
  text: string
  usage: Usage
  model: string
}

/** A language model behind a Messages-style API. Implemented by the Anthropic adapter. */
export interface ModelClient {
  readonly model: string
  /** The `max_tokens` of every request that does not ask for fewer: what a caller plans with. */
  readonly maxOutputTokens: number
  complete(request: ModelRequest): Promise<ModelResponse>
}
