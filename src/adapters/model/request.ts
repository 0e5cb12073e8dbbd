/** The Messages API request for one model request: streamed, system prompt cached, no tools. */
import type {
  MessageCreateParamsStreaming,
  TextBlockParam,
} from '@anthropic-ai/sdk/resources/messages'
import type { ModelRequest } from '../../conversation/model.js'

export function messageParams(
  request: ModelRequest,
  model: string,
  maxOutputTokens: number,
): MessageCreateParamsStreaming {
  const system = request.system.filter((text) => text.trim().length > 0)
  const params: MessageCreateParamsStreaming = {
    model,
    max_tokens: maxOutputTokens,
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
