/** What the model adapter needs from a platform's SDK client, whichever platform serves Claude. */
import type Anthropic from '@anthropic-ai/sdk'

/** Options every platform's client takes, as the Anthropic SDK names them. */
export interface ClientOptions {
  baseURL?: string
  maxRetries: number
  timeout: number
  defaultHeaders?: Record<string, string>
  fetch: typeof fetch
}

export interface MessagesClient {
  messages: Pick<Anthropic['messages'], 'create'>
}
