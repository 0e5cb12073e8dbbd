/** The Messages API request for one model request: streamed, system prompt cached, no tools. */
import type {
  MessageCreateParamsStreaming,
  TextBlockParam,
} from '@anthropic-ai/sdk/resources/messages'
import type { ModelRequest } from '../../conversation/model.js'

/**
 * The `max_tokens` of one call: the request's own when it asks for fewer than the client's, never
 * more, and at least one.
 */
export function callMaxTokens(request: ModelRequest, clientMaxTokens: number): number {
  const asked = request.maxOutputTokens ?? clientMaxTokens
  return Math.max(1, Math.floor(Math.min(asked, clientMaxTokens)))
}

export function messageParams(
  request: ModelRequest,
  model: string,
  /** The client's `max_tokens`. */
  maxOutputTokens: number,
): MessageCreateParamsStreaming {
  const system = request.system.filter((text) => text.trim().length > 0)
  const params: MessageCreateParamsStreaming = {
    model,
    max_tokens: callMaxTokens(request, maxOutputTokens),
    messages: request.messages.map(({ role, content }) => ({ role, content })),
    stream: true,
  }
  if (system.length > 0) {
    // The cache breakpoint on the last block caches the whole system prompt.
    params.system = system.map((text, i): TextBlockParam =>
      i === system.length - 1
        ? { type: 'text', text, cache_control: { type: 'ephemeral' } }
        : { type: 'text', text },
    )
  }
  return params
}
