/** What the engine asks of a model, and what it gets back: the contract the model adapter implements. */
import type { Usage } from '../config/usage.js'

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
  complete(request: ModelRequest): Promise<ModelResponse>
}
