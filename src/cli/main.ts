/**
 * The `tech-design` command line: the same engine as the action, on local files.
 *
 * `tech-design --help`, `-h` or `help` prints the program's help, and `tech-design COMMAND --help`
 * (or `help COMMAND`) a command's: its options, the environment it reads and the exit status,
 * made from the tables in commands.ts and exit-codes.ts. `--version`, `-V` or `version` prints
 * `tech-design VERSION`. Help and the version go to stdout with exit status 0.
 *
 * Exit status, the same for both commands (exit-codes.ts, `exitCodeFor`):
 * - 0 Success: generate wrote the design; check: the design conforms.
 * - 1 Design rejected: the design still broke the template after the repairs, the answer was cut
 *   off at the output limit, or the model declined; check: the design does not conform.
 * - 2 Usage error: an unknown command or option, an option without its value or with a bad one,
 *   the wrong number of arguments. The message and a pointer to --help, not the whole usage.
 * - 3 Input or environment error: an input file missing, a directory, empty, binary, not valid
 *   text or too large; --out cannot be written; no ANTHROPIC_API_KEY; a bad
 *   ANTHROPIC_CUSTOM_HEADERS, proxy variable or ANTHROPIC_BASE_URL; the provider refused the
 *   credentials, does not know the model or rejected the request.
 * - 4 Service error: the model provider could not be reached or kept failing (network failures,
 *   timeouts, overloaded, rate limited or server errors after the retries).
 * - 5 Internal error: anything else, which is a bug.
 */
import { describeError } from '../text/describe-error.js'
import { didYouMean, HELP_OPTION, suggest, wantsHelp } from './args.js'
import { check } from './check.js'
import { COMMANDS, type CommandSpec } from './commands.js'
import { CliUsageError } from './errors.js'
import { BUG_NOTE, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-codes.js'
import { generate } from './generate.js'
import { commandHelp, programHelp } from './help.js'
import type { CliIo } from './io.js'
import { VERSION } from './version.js'

const HELP_WORDS = ['help', '--help', '-h']
const VERSION_WORDS = ['version', '--version', '-V']

/** Runs `tech-design` with these arguments (without the program name); returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io)
  } catch (error) {
    if (error instanceof CliUsageError) {
      const help = error.command ? `tech-design ${error.command} --help` : 'tech-design --help'
      io.stderr.write(`tech-design: ${error.message} See \`${help}\`.\n`)
      return EXIT_USAGE
    }
    io.stderr.write(`tech-design: ${describeError(error)}\n`)
    const code = exitCodeFor(error)
    if (code === EXIT_INTERNAL) io.stderr.write(BUG_NOTE)
    return code
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv
  const command = COMMANDS.find((c) => c.name === first)
  if (command) {
    if (wantsHelp(rest)) return printed(io, commandHelp(command))
    return command.name === 'generate' ? generate(rest, io) : check(rest, io)
  }
  if (first === undefined) throw new CliUsageError('missing command: generate or check.')
  if (HELP_WORDS.includes(first)) return help(rest, io)
  if (VERSION_WORDS.includes(first)) {
    if (wantsHelp(rest)) return printed(io, programHelp())
    if (rest.length > 0) throw new CliUsageError(`${first} takes no arguments, got "${rest[0]}".`)
    return printed(io, `tech-design ${VERSION}\n`)
  }
  if (first.startsWith('-')) {
    // `tech-design --bogus --help`: the help asked for, whatever else is wrong.
    if (wantsHelp(argv)) return printed(io, programHelp())
    throw unknownOption(first)
  }
  throw new CliUsageError(
    `unknown command "${first}".${didYouMean(suggest(first, programWords()).map((name) => `"${name}"`))}`,
  )
}

/** `help`, `help COMMAND`, and the same with --help or -h. */
function help(args: string[], io: CliIo): number {
  const [topic, ...more] = args
  if (topic === undefined || HELP_WORDS.includes(topic)) return printed(io, programHelp())
  const command = COMMANDS.find((c) => c.name === topic)
  if (!command) {
    const hint = didYouMean(
      suggest(
        topic,
        COMMANDS.map((c) => ({ name: c.name })),
      ).map((name) => `"${name}"`),
    )
    throw new CliUsageError(`no help for "${topic}": it is not a command.${hint}`)
  }
  if (more.length > 0 && !wantsHelp(more)) {
    throw new CliUsageError(`help takes one COMMAND, got also "${more[0]}".`)
  }
  return printed(io, commandHelp(command))
}

/** An option before any command: the program's own are --help and --version. */
function unknownOption(option: string): CliUsageError {
  const name = option.replace(/=.*/, '')
  const owners: CommandSpec[] = COMMANDS.filter((c) =>
    c.options.some((o) => `--${o.name}` === name),
  )
  if (owners.length > 0) {
    const first = owners[0] as CommandSpec
    return new CliUsageError(
      `${name} is an option of ${owners.map((c) => c.name).join(' and ')}: it goes after the ` +
        `command, as in \`tech-design ${first.name} ${name} …\`.`,
      first.name,
    )
  }
  const own = [
    { name: '--help', aliases: ['-h'] },
    { name: '--version', aliases: ['-V'] },
  ]
  return new CliUsageError(`unknown option ${name}.${didYouMean(suggest(name, own))}`)
}

/** The words that may come first: the commands, help and version. */
function programWords() {
  return [
    ...COMMANDS.map((c) => ({ name: c.name })),
    { name: HELP_OPTION.name },
    { name: 'version' },
  ]
}

function printed(io: CliIo, text: string): number {
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
  return EXIT_OK
}
