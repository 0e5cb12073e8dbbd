/**
 * Reading a `/tech-design` comment. Pure: no I/O, so main can ask `looksLikeCommand` before any
 * client is loaded, and a flow gets a typed command or the sentence to reply with.
 *
 * Only the first line can be the command. It must start with the trigger phrase, as a word of
 * its own, where Markdown would render it as plain text: up to three leading spaces (four make a
 * code block), not in a quote (`> `), inline code or a fence. Arguments follow on that line:
 *
 *   /tech-design [PATH] [--force] [--full]
 *   Any further lines are guidance for the architect.
 */
import { checkRepoPath } from '../config/paths.js'
import { longestBacktickRun } from '../document/fences.js'
import { toLf } from '../text/lines.js'
import { count } from '../text/wording.js'

/**
 * The flags a command accepts, with the help the invalid-command reply shows. Add a flag here
 * (and a field to ParsedCommand); everything else reads this list.
 */
export const COMMAND_FLAG_HELP: Readonly<Record<string, string>> = {
  '--force': 'Write the design again from scratch, replacing edits people made to it.',
  '--full':
    'Write the whole design again instead of revising only the sections that must change; a design that departs from the template is rewritten into it, keeping its content.',
}

/** The flags a command accepts; case-sensitive, as typed. */
export const COMMAND_FLAGS: readonly string[] = Object.keys(COMMAND_FLAG_HELP)

/** Longest first line we read: a real command is a few dozen characters. */
export const MAX_COMMAND_LINE_LENGTH = 1_000
/** Longest guidance passed to the model: it goes into every prompt of the run. */
export const MAX_GUIDANCE_LENGTH = 4_000

export interface ParsedCommand {
  /** Requirements file to design from, normalised by checkRepoPath; null: the default. */
  path: string | null
  force: boolean
  full: boolean
  /** The lines after the first, trimmed; '' when there are none. */
  guidance: string
}

export type CommandParse =
  /** Not a command: say nothing. */
  | { kind: 'none' }
  | { kind: 'command'; command: ParsedCommand }
  /** A command, but malformed: reply with `problem`. */
  | { kind: 'invalid'; problem: string }

/** Cheap check on the first line only, for deciding whether to start at all. */
export function looksLikeCommand(body: string, triggerPhrase: string): boolean {
  return argumentsAfterTrigger(splitFirstLine(body).first, triggerPhrase) !== null
}

/** The command in a comment, or why it is malformed, or 'none' when it is not a command. */
export function parseCommand(body: string, triggerPhrase: string): CommandParse {
  const { first, rest } = splitFirstLine(body)
  const args = argumentsAfterTrigger(first, triggerPhrase)
  if (args === null) return { kind: 'none' }
  const invalid = (problem: string): CommandParse => ({ kind: 'invalid', problem })

  const lineLength = characters(first)
  if (lineLength > MAX_COMMAND_LINE_LENGTH) {
    return invalid(
      `The first line of the command is too long (${count(lineLength)} characters; ` +
        `the limit is ${count(MAX_COMMAND_LINE_LENGTH)}).`,
    )
  }

  let force = false
  let full = false
  const positional: string[] = []
  for (const token of args.split(/\s+/).filter((t) => t !== '')) {
    if (!token.startsWith('-')) {
      positional.push(token)
    } else if (!COMMAND_FLAGS.includes(token)) {
      return invalid(`${codeSpan(token)} is not a flag I know. Valid flags: ${flagList()}.`)
    } else if (token === '--force') {
      force = true
    } else if (token === '--full') {
      full = true
    }
  }
  if (positional.length > 1) {
    return invalid(
      `Give at most one PATH; this command has ${positional.length}: ` +
        `${positional.map(codeSpan).join(', ')}.`,
    )
  }

  let path: string | null = null
  if (positional[0] !== undefined) {
    const checked = checkRepoPath(positional[0])
    if ('problem' in checked)
      return invalid(`The path ${codeSpan(positional[0])} ${checked.problem}.`)
    path = checked.path
  }

  const guidance = toLf(rest).trim()
  const guidanceLength = characters(guidance)
  if (guidanceLength > MAX_GUIDANCE_LENGTH) {
    return invalid(
      `The guidance (the lines after the first) is ${count(guidanceLength)} characters long; ` +
        `the limit is ${count(MAX_GUIDANCE_LENGTH)}.`,
    )
  }
  return { kind: 'command', command: { path, force, full, guidance } }
}

/**
 * The first line (without its line ending or a leading byte-order mark) and the text after it.
 * Searches only up to the first line break, so a long comment costs no more than a short one.
 */
export function splitFirstLine(body: string): { first: string; rest: string } {
  const text = body.startsWith('\uFEFF') ? body.slice(1) : body
  const br = /\r\n|\r|\n/.exec(text)
  if (!br) return { first: text, rest: '' }
  return { first: text.slice(0, br.index), rest: text.slice(br.index + br[0].length) }
}

/**
 * What follows the trigger phrase on the line, or null when the line is not a command: the
 * phrase must come after at most three spaces and be followed by whitespace or the end.
 * A plain string comparison, not a regular expression, so a phrase like `+design` or
 * `/design.v2` means exactly what it says.
 */
export function argumentsAfterTrigger(line: string, triggerPhrase: string): string | null {
  const phrase = triggerPhrase.trim()
  if (phrase === '') return null
  let indent = 0
  while (indent < 3 && line[indent] === ' ') indent++
  if (!line.startsWith(phrase, indent)) return null
  const after = line.slice(indent + phrase.length)
  return after === '' || /^\s/.test(after) ? after : null
}

/** "`--force`" or "`--force`, `--other`". */
function flagList(): string {
  return COMMAND_FLAGS.map(codeSpan).join(', ')
}

/** User-visible length: code points, so an emoji is one character, as people count it. */
function characters(text: string): number {
  return Array.from(text).length
}

/**
 * Text as an inline code span that no backtick inside can end early: the fence is one backtick
 * longer than the longest run inside, padded with spaces when the text touches a backtick.
 */
export function codeSpan(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
