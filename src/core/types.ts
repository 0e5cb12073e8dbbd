/** Shared shapes of the pure core and the adapters that feed it. */

/** One way a document departs from the template, at a 1-based line of the document. */
export interface Violation {
  message: string
  line: number
}

/** An open question as it stands in a design: its text and its 1-based line. */
export interface OpenQuestion {
  text: string
  line: number
}

/** A heading the template requires, e.g. level 3, number "3.1", name "Functional Requirements". */
export interface SectionSpec {
  level: number
  /** "1", "3.1"; empty when the template's heading is not numbered. */
  number: string
  name: string
}

/** The structure a design must follow, derived from the template Markdown. */
export interface TemplateSpec {
  title: {
    level: number
    /** Literal text before the placeholder, e.g. "Technical Design: ". */
    prefix: string
    /** True when the template's title ends in a placeholder such as "[Title]". */
    hasPlaceholder: boolean
  }
  sections: SectionSpec[]
  /** The "- **Estimated Complexity**: [High/Medium/Low]" line, when the template has one. */
  complexity: { sectionIndex: number; label: string; values: string[] } | null
  /** Index into `sections` of the Open Questions section, when the template has one. */
  openQuestionsIndex: number | null
}

/** Token usage of one or more model calls. */
export interface Usage {
  inputTokens: number
  outputTokens: number
  cacheReadInputTokens: number
  cacheCreationInputTokens: number
}

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
