/**
 * Turns the raw bytes of a requirements document into text the model may see, or a clear
 * error that names the file and the limit. Runs before any API call, so bad input costs nothing.
 */

export type RequirementsProblem = 'missing' | 'empty' | 'binary' | 'encoding' | 'too-large'

export class RequirementsError extends Error {
  constructor(
    readonly problem: RequirementsProblem,
    message: string,
  ) {
    super(message)
    this.name = 'RequirementsError'
  }
}

/** The default input budget: well inside the model's 200k-token context, leaving room for the design. */
export const DEFAULT_MAX_INPUT_TOKENS = 100_000

/**
 * A local, deliberately generous token estimate (no API call): about four ASCII characters per
 * token, and one token per character elsewhere (CJK, emoji and other scripts tokenise densely).
 */
export function estimateTokens(text: string): number {
  let ascii = 0
  let other = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) ascii++
    // A surrogate pair is one character: count its high half only.
    else if (code < 0xdc00 || code > 0xdfff) other++
  }
  return Math.ceil(ascii / 4) + other
}

export function missingRequirements(source: string): RequirementsError {
  return new RequirementsError(
    'missing',
    `Requirements file not found: ${source}. Create it, or point the requirements path at an existing file.`,
  )
}

export interface DecodeOptions {
  /** Where the bytes came from, for messages: a path, "issue #12", … */
  source: string
  maxInputTokens: number
}

export function decodeRequirements(bytes: Uint8Array, options: DecodeOptions): string {
  const { source } = options
  if (bytes.includes(0)) {
    throw new RequirementsError(
      'binary',
      `${source} looks like a binary file (it contains NUL bytes). Requirements must be UTF-8 text, such as Markdown.`,
    )
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new RequirementsError(
      'encoding',
      `${source} is not valid UTF-8. Save it as UTF-8 text and try again.`,
    )
  }
  return checkRequirementsText(text.replace(/\r\n?/g, '\n'), options)
}

export function checkRequirementsText(
  text: string,
  { source, maxInputTokens }: DecodeOptions,
): string {
  if (text.trim() === '') {
    throw new RequirementsError(
      'empty',
      `${source} is empty. Write the requirements in it (what to build, for whom, and any constraints) and run again.`,
    )
  }
  const tokens = estimateTokens(text)
  if (tokens > maxInputTokens) {
    throw new RequirementsError(
      'too-large',
      `${source} is too large: about ${tokens.toLocaleString('en-US')} tokens, over the limit of ` +
        `${maxInputTokens.toLocaleString('en-US')}. Shorten it or split it, or raise the input-token limit.`,
    )
  }
  return text
}
