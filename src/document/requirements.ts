/**
 * Turns the raw bytes of an input file into text (`decodeText`, for every file the action and the
 * command line read), and a requirements document into text the model may see, or a clear error
 * that names the file and the limit. Runs before any API call, so bad input costs nothing.
 */
import { ACTION_SETTING_NAMES, type SettingNames } from '../config/setting-names.js'
import { estimateTokens } from '../text/tokens.js'
import { count } from '../text/wording.js'
import { toLf } from '../text/lines.js'

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

export function missingRequirements(
  source: string,
  { names = ACTION_SETTING_NAMES }: { names?: SettingNames } = {},
): RequirementsError {
  return new RequirementsError(
    'missing',
    `Requirements file not found: ${source}. Create it, or point ${names.requirementsPath} at an existing file.`,
  )
}

export type TextProblem = 'binary' | 'encoding'

/** Bytes that are not text the tools can read: a binary file, or text in an unknown encoding. */
export class TextDecodeError extends Error {
  constructor(
    readonly problem: TextProblem,
    message: string,
  ) {
    super(message)
    this.name = 'TextDecodeError'
  }
}

/**
 * The text of a file as every reader of input files sees it: UTF-8 with or without a byte order
 * mark, or UTF-16 (little- or big-endian) with one, which is how some Windows editors save;
 * line endings made LF. `source` names the file in messages.
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null
  // Without a UTF-16 byte order mark, NUL bytes mean a binary file, whatever else it holds.
  if (utf16 === null && bytes.includes(0)) throw binaryFile(source, 'bytes')
  let text: string
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new TextDecodeError(
      'encoding',
      utf16 === null
        ? `${source} is not valid UTF-8. Save it as UTF-8 text and try again.`
        : `${source} starts with a UTF-16 byte order mark but is not valid UTF-16. Save it as UTF-8 text and try again.`,
    )
  }
  if (text.includes('\u0000')) throw binaryFile(source, 'characters')
  return toLf(text)
}

function binaryFile(source: string, what: 'bytes' | 'characters'): TextDecodeError {
  return new TextDecodeError(
    'binary',
    `${source} looks like a binary file (it contains NUL ${what}). Use a text file, such as Markdown, saved as UTF-8.`,
  )
}

export interface DecodeOptions {
  /** Where the bytes came from, for messages: a path, "issue #12", … */
  source: string
  maxInputTokens: number
  /** How messages name the settings they point at. Default: the action's inputs. */
  names?: SettingNames
}

export function decodeRequirements(bytes: Uint8Array, options: DecodeOptions): string {
  let text: string
  try {
    text = decodeText(bytes, options.source)
  } catch (error) {
    if (error instanceof TextDecodeError) throw new RequirementsError(error.problem, error.message)
    throw error
  }
  return checkRequirementsText(text, options)
}

export function checkRequirementsText(
  text: string,
  { source, maxInputTokens, names = ACTION_SETTING_NAMES }: DecodeOptions,
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
      `${source} is too large: about ${count(tokens)} tokens, over the limit of ` +
        `${count(maxInputTokens)}. Shorten it or split it, or raise ${names.maxInputTokens}.`,
    )
  }
  return text
}
