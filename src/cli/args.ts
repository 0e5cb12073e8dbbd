/**
 * The command line's arguments, read from the same table the help is printed from (commands.ts),
 * so help and parser cannot drift. `--name value`, `--name=value` and `--` (the end of the
 * options) work as usual; an unknown option, an option without its value, a value that is not one
 * of an option's choices or a value given to a switch is a usage error naming the option and what
 * it accepts, with a "Did you mean" hint when a known name is close.
 */
import { CliUsageError } from './errors.js'

/** One option of a command, as the parser reads it and the help shows it. */
export interface OptionSpec {
  /** The long name, without dashes: "max-output-tokens". */
  name: string
  /** The value's placeholder ("FILE", "N"); none for a switch such as --dry-run. */
  value?: string
  /** What the value may be, for "--out needs a value: a file path.". Options with a value only. */
  accepts?: string
  /** The only values accepted, checked by the parser. */
  choices?: readonly string[]
  /** The value when the option is not given, which the help shows as a literal. */
  default?: string
  /** The default in words, when it is not a value: "the built-in template", "off". */
  defaultText?: string
  /** What the option does, in sentences. */
  help: string
  /** Other names people try (the action's input, the API's field), for the hint only. */
  aliases?: readonly string[]
}

/** `-h`/`--help`, which every command and the program take. */
export const HELP_OPTION: OptionSpec = {
  name: 'help',
  help: 'Show this help and exit.',
}

export interface Candidate {
  name: string
  aliases?: readonly string[]
}

/** The arguments of one command, once read. */
class ParsedArgs {
  constructor(
    private readonly options: readonly OptionSpec[],
    private readonly given: ReadonlyMap<string, string | true>,
    readonly positionals: readonly string[],
  ) {}

  /** An option's value: as given, else its default. */
  string(name: string): string | undefined {
    const spec = this.spec(name)
    const value = this.given.get(name)
    return typeof value === 'string' ? value : spec.default
  }

  /** Whether a switch was given. */
  flag(name: string): boolean {
    this.spec(name)
    return this.given.get(name) === true
  }

  private spec(name: string): OptionSpec {
    const spec = this.options.find((o) => o.name === name)
    if (!spec) throw new Error(`No option --${name} in the table of options.`)
    return spec
  }
}

/** Whether the arguments ask for help (`-h` or `--help` before any `--`), whatever else they hold. */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false
    if (arg === '--help' || arg === '-h') return true
  }
  return false
}

/**
 * Reads a command's arguments against its options. `command` names it in messages. Help is not
 * read here: the caller checks `wantsHelp` first.
 */
export function parseCommandArgs(
  command: string,
  options: readonly OptionSpec[],
  args: readonly string[],
): ParsedArgs {
  const given = new Map<string, string | true>()
  const positionals: string[] = []
  const usage = (message: string) => new CliUsageError(message, command)
  let optionsEnded = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (optionsEnded || !isOptionLike(arg)) {
      positionals.push(arg)
      continue
    }
    if (arg === '--') {
      optionsEnded = true
      continue
    }
    const equals = arg.indexOf('=')
    const written = equals === -1 ? arg : arg.slice(0, equals)
    const inline = equals === -1 ? undefined : arg.slice(equals + 1)
    const spec = written.startsWith('--')
      ? options.find((o) => o.name === written.slice(2))
      : undefined
    if (!spec) {
      const hint = didYouMean(
        suggest(written, [...options, HELP_OPTION]).map((name) => `--${name}`),
      )
      throw usage(`${command} has no option ${written}.${hint}`)
    }
    const flag = `--${spec.name}`
    if (spec.value === undefined) {
      if (inline !== undefined) throw usage(`${flag} takes no value, got "${inline}".`)
      given.set(spec.name, true)
      continue
    }
    let value = inline
    if (value === undefined) {
      const next = args[i + 1]
      if (next === undefined || isOptionLike(next)) {
        const dash =
          next === undefined ? '' : ` (For a value that starts with "-", write ${flag}=${next}.)`
        throw usage(`${flag} needs a value: ${spec.accepts ?? spec.value}.${dash}`)
      }
      value = next
      i++
    }
    if (value === '') throw usage(`${flag} needs a value: ${spec.accepts ?? spec.value}.`)
    if (spec.choices && !spec.choices.includes(value)) {
      const hint = didYouMean(
        suggest(
          value,
          spec.choices.map((name) => ({ name })),
        ),
      )
      throw usage(`${flag} must be one of ${spec.choices.join(', ')}, got "${value}".${hint}`)
    }
    given.set(spec.name, value)
  }
  return new ParsedArgs(options, given, positionals)
}

/** "-x", "--x" and "--" are options; "-" (standard input, by convention) and "-5" are values. */
function isOptionLike(arg: string): boolean {
  return arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg)
}

/** " Did you mean --a?", " Did you mean --a or --b?", or "" for no names. */
export function didYouMean(names: readonly string[]): string {
  if (names.length === 0) return ''
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
  return ` Did you mean ${list}?`
}

/**
 * The known names close to a mistyped one (dashes, case and `_` for `-` aside): the one it is an
 * alias of, else those it begins, else those nearest by edit distance (a few edits, fewer for
 * short words), else those it begins with. At most three; none when nothing is close.
 */
export function suggest(typed: string, candidates: readonly Candidate[]): string[] {
  const wanted = normalize(typed)
  if (wanted === '') return []
  const exact = candidates.filter((c) =>
    [c.name, ...(c.aliases ?? [])].some((n) => normalize(n) === wanted),
  )
  if (exact.length > 0) return exact.map((c) => c.name).slice(0, 3)

  // What they began to type: "--max" is either limit, "--temp" is --template.
  const begun = candidates.filter((c) => wanted.length >= 2 && normalize(c.name).startsWith(wanted))
  if (begun.length > 0) return begun.map((c) => c.name).slice(0, 3)

  const limit = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3
  const scored = candidates.map((c) => ({
    name: c.name,
    distance: Math.min(
      ...[c.name, ...(c.aliases ?? [])].map((n) => editDistance(wanted, normalize(n))),
    ),
  }))
  const best = Math.min(...scored.map((s) => s.distance))
  if (best <= limit) {
    return scored
      .filter((s) => s.distance === best)
      .map((s) => s.name)
      .slice(0, 3)
  }

  // A known name and more: "--outfile" is --out.
  const longer = candidates.filter((c) => {
    const name = normalize(c.name)
    return name.length >= 3 && wanted.startsWith(name)
  })
  return longer.map((c) => c.name).slice(0, 3)
}

const normalize = (name: string): string => name.replace(/^-+/, '').toLowerCase().replace(/_/g, '-')

/** Edits (insertions, deletions, substitutions, swaps of neighbours) from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    rows.push([i])
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j)
        continue
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      }
      rows[i]!.push(d)
    }
  }
  return rows[a.length]![b.length]!
}
