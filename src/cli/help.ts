/**
 * The help `tech-design --help` and `tech-design COMMAND --help` print, made from the table of
 * commands (commands.ts) and of exit statuses (exit-codes.ts), so it lists exactly what the parser
 * reads. The README's "Command line" section shows the same; a test compares them.
 */
import { HELP_OPTION, type OptionSpec } from './args.js'
import { COMMANDS, type CommandSpec, type EnvironmentVariable } from './commands.js'
import { EXIT_STATUSES } from './exit-codes.js'
import { VERSION } from './version.js'

const WIDTH = 80
/** Labels longer than this put their text on the next line. */
const LONGEST_LABEL = 24

/** The options a command's help lists: its own, then -h/--help. */
export function helpOptions(spec: CommandSpec): OptionSpec[] {
  return [...spec.options, HELP_OPTION]
}

/** "--out FILE", "--dry-run", "-h, --help". */
export function optionLabel(option: OptionSpec): string {
  if (option === HELP_OPTION) return '-h, --help'
  return option.value ? `--${option.name} ${option.value}` : `--${option.name}`
}

/** What an option does and its default, as one paragraph. */
function optionText(option: OptionSpec): string {
  const fallback = option.default ?? option.defaultText
  return fallback === undefined ? option.help : `${option.help} Default: ${fallback}.`
}

/** The synopsis lines of every command, help and the version, wrapped. */
export function synopsis(): string[] {
  return [
    ...COMMANDS.flatMap(commandSynopsis),
    'tech-design help [COMMAND]',
    'tech-design --version',
  ]
}

/** `tech-design generate [--requirements FILE] …`, wrapped under the first option. */
function commandSynopsis(spec: CommandSpec): string[] {
  const head = ['tech-design', spec.name, spec.positionals].filter(Boolean).join(' ')
  const items = spec.options.map((o) => {
    const value = o.choices ? o.choices.join('|') : o.value
    return `[--${o.name}${value ? ` ${value}` : ''}]`
  })
  const indent = ' '.repeat(`tech-design ${spec.name} `.length)
  const lines: string[] = []
  let line = head
  for (const item of items) {
    if (`${line} ${item}`.length > WIDTH - 2 && line.trim() !== '') {
      lines.push(line)
      line = `${indent}${item}`
    } else {
      line = `${line} ${item}`
    }
  }
  lines.push(line)
  return lines
}

export function programHelp(): string {
  const commands: [string, string][] = [
    ...COMMANDS.map((c): [string, string] => [c.name, c.summary]),
    ['help', "Show this help, or a command's (also -h or --help, after the command too)."],
    ['version', 'Print "tech-design VERSION" (also --version or -V).'],
  ]
  return [
    `tech-design ${VERSION}: technical designs of your requirements, written by Claude and`,
    'checked against your template.',
    '',
    'Usage:',
    ...synopsis().map((line) => `  ${line}`),
    '',
    'Commands:',
    ...table(commands),
    '',
    'Run `tech-design COMMAND --help` for its options and the environment it reads.',
    '',
    ...exitStatus(),
  ].join('\n')
}

export function commandHelp(spec: CommandSpec): string {
  const options = helpOptions(spec).map((o): [string, string] => [optionLabel(o), optionText(o)])
  const environment = spec.environment.map((v: EnvironmentVariable): [string, string] => [
    v.name,
    v.help,
  ])
  return [
    'Usage:',
    ...commandSynopsis(spec).map((line) => `  ${line}`),
    '',
    ...spec.description.flatMap((paragraph) => [...wrap(paragraph, WIDTH, '', ''), '']),
    'Options:',
    ...table(options),
    '',
    ...(environment.length > 0
      ? ['Environment:', ...table(environment), '']
      : [`${spec.name} reads no environment variables.`, '']),
    ...exitStatus(),
  ].join('\n')
}

/** The exit status table, the same for every command. */
function exitStatus(): string[] {
  return [
    'Exit status:',
    ...EXIT_STATUSES.flatMap(({ code, meaning, examples }) =>
      wrap(`${meaning}: ${examples}`, WIDTH, `  ${code}  `, '     '),
    ),
    '',
  ]
}

/** Two columns: labels, and their text wrapped beside them (below a label too long). */
function table(rows: readonly [string, string][]): string[] {
  const labelWidth = Math.min(LONGEST_LABEL, Math.max(...rows.map(([label]) => label.length)))
  const indent = ' '.repeat(2 + labelWidth + 2)
  return rows.flatMap(([label, text]) =>
    label.length > labelWidth
      ? [`  ${label}`, ...wrap(text, WIDTH, indent, indent)]
      : wrap(text, WIDTH, `  ${label.padEnd(labelWidth)}  `, indent),
  )
}

/** Words filled into lines of at most `width`, the first after `first`, the others after `rest`. */
function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = []
  let line = first
  let empty = true
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line)
      line = rest + word
    } else {
      line = empty ? line + word : `${line} ${word}`
    }
    empty = false
  }
  lines.push(line)
  return lines
}
