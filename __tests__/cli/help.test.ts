/**
 * `--help`, `--version`, the hints for a misspelt option or command, and the README's "Command
 * line" section, which shows what the help shows.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseCommandArgs } from '../../src/cli/args.js'
import { CHECK, COMMANDS, GENERATE, type CommandSpec } from '../../src/cli/commands.js'
import { EXIT_STATUSES } from '../../src/cli/exit-codes.js'
import { helpOptions, optionLabel, synopsis } from '../../src/cli/help.js'
import { runCli } from '../../src/cli/main.js'

const root = new URL('../..', import.meta.url)
const packageVersion = (
  JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }
).version

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    // No key and an endpoint nothing listens on: help must not need, or send, anything.
    env: { ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' },
    cwd: '/nonexistent-tech-design-dir',
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  })
  return { code, stdout, stderr }
}

/** The lines of one section of a help text ("Options:", "Environment:"), up to a blank line. */
function section(help: string, heading: string): string {
  const start = help.indexOf(`\n${heading}\n`)
  if (start === -1) return ''
  const rest = help.slice(start + heading.length + 2)
  return rest.slice(0, rest.indexOf('\n\n') === -1 ? undefined : rest.indexOf('\n\n'))
}

/** Every `--option` named in a text. */
const optionsNamed = (text: string) => new Set(text.match(/--[a-z][a-z-]*/g) ?? [])

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('help for the program', () => {
  it.each([[['--help']], [['-h']], [['help']], [['help', '--help']], [['--bogus', '--help']]])(
    '%j prints it on stdout, exit 0',
    async (args) => {
      const { code, stdout, stderr } = await cli(args)
      expect(code).toBe(0)
      expect(stderr).toBe('')
      expect(stdout).toMatch(/^tech-design \d+\.\d+\.\d+: /)
      for (const line of synopsis()) expect(stdout).toContain(`  ${line}\n`)
      for (const command of COMMANDS) expect(stdout).toContain(`  ${command.name} `)
      expect(stdout).toContain('--version')
      for (const { code: exit, meaning } of EXIT_STATUSES) {
        expect(stdout).toContain(`  ${exit}  ${meaning}: `)
      }
    },
  )
})

describe.each([GENERATE, CHECK])('help for $name', (spec: CommandSpec) => {
  const ways = [
    [spec.name, '--help'],
    [spec.name, '-h'],
    ['help', spec.name],
    [spec.name, '--bogus', '--help'],
    [spec.name, 'a', 'b', 'c', '-h'],
    [spec.name, '--out', '--help'],
  ]

  it.each(ways)(
    '%s %s … prints it on stdout, exit 0, even with wrong arguments',
    async (...args) => {
      const { code, stdout, stderr } = await cli(args)
      expect(code).toBe(0)
      expect(stderr).toBe('')
      expect(stdout).toMatch(new RegExp(`^Usage:\\n  tech-design ${spec.name} `))
    },
  )

  it('lists every option the parser knows, with its default, and no other', async () => {
    const { stdout } = await cli([spec.name, '--help'])
    const options = section(stdout, 'Options:')
    expect(options).not.toBe('')
    const listed = new Set([...options.matchAll(/^ {2}(?:-h, )?(--[a-z-]+)/gm)].map((m) => m[1]))
    expect(listed).toEqual(new Set(helpOptions(spec).map((o) => `--${o.name}`)))
    for (const option of spec.options) {
      // The parser takes each one listed…
      const args = option.value
        ? [`--${option.name}`, option.choices?.[0] ?? 'x']
        : [`--${option.name}`]
      expect(() => parseCommandArgs(spec.name, spec.options, args)).not.toThrow()
      // …with its meaning and default beside it.
      expect(collapse(options)).toContain(collapse(optionLabel(option)))
      const fallback = option.default ?? option.defaultText
      expect(fallback).toBeDefined()
      expect(collapse(options)).toContain(`${collapse(option.help)} Default: ${fallback}.`)
    }
    // …and nothing it does not list.
    expect(() => parseCommandArgs(spec.name, spec.options, ['--not-listed'])).toThrow(
      /has no option --not-listed/,
    )
  })

  it('names only options that exist, everywhere in its text', async () => {
    const { stdout } = await cli([spec.name, '--help'])
    const known = new Set([
      ...COMMANDS.flatMap((c) => helpOptions(c).map((o) => `--${o.name}`)),
      '--version',
    ])
    for (const named of optionsNamed(stdout)) expect(known).toContain(named)
  })

  it('shows the exit status table', async () => {
    const { stdout } = await cli([spec.name, '--help'])
    const exit = collapse(section(stdout, 'Exit status:'))
    for (const { code, meaning, examples } of EXIT_STATUSES) {
      expect(exit).toContain(`${code} ${meaning}: ${collapse(examples)}`)
    }
  })
})

describe('help for generate', () => {
  it('names the environment it reads', async () => {
    const { stdout } = await cli(['generate', '--help'])
    const environment = section(stdout, 'Environment:')
    for (const name of [
      'ANTHROPIC_API_KEY',
      'ANTHROPIC_BASE_URL',
      'ANTHROPIC_CUSTOM_HEADERS',
      'HTTPS_PROXY',
      'HTTP_PROXY',
      'NO_PROXY',
      'AWS_REGION',
      'AWS_PROFILE',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'CLOUD_ML_REGION',
      'GOOGLE_CLOUD_PROJECT',
    ]) {
      expect(environment).toMatch(new RegExp(`^ {2}(\\S+, )*${name}\\b`, 'm'))
    }
    expect(collapse(environment)).toContain('"Name: value" per line')
    expect(collapse(environment)).toContain('With --provider bedrock: the AWS credential chain')
    expect(collapse(environment)).toContain(
      'With --provider vertex: Application Default Credentials',
    )
  })

  it('fits in 80 columns, but for names that cannot be broken', async () => {
    for (const args of [['--help'], ['generate', '--help'], ['check', '--help']]) {
      const { stdout } = await cli(args)
      for (const line of stdout.split('\n')) {
        if (line.length > 80) expect(line).toMatch(/^ {2}\S+(, \S+)*$/)
      }
    }
  })
})

describe('--version', () => {
  it.each([[['--version']], [['-V']], [['version']]])(
    '%j prints package.json’s version, exit 0',
    async (args) => {
      expect(await cli(args)).toEqual({
        code: 0,
        stdout: `tech-design ${packageVersion}\n`,
        stderr: '',
      })
    },
  )

  it('takes no arguments', async () => {
    const { code, stderr } = await cli(['--version', 'generate'])
    expect(code).toBe(2)
    expect(stderr).toBe(
      'tech-design: --version takes no arguments, got "generate". See `tech-design --help`.\n',
    )
  })
})

describe('hints', () => {
  it.each([
    [
      ['generate', '--max-tokens', '8000'],
      'tech-design: generate has no option --max-tokens. Did you mean --max-output-tokens? See `tech-design generate --help`.\n',
    ],
    [
      ['generate', '--requirement', 'r.md'],
      'tech-design: generate has no option --requirement. Did you mean --requirements? See `tech-design generate --help`.\n',
    ],
    [
      ['generate', '--tempalte=t.md'],
      'tech-design: generate has no option --tempalte. Did you mean --template? See `tech-design generate --help`.\n',
    ],
    [
      ['generate', '--max', '5'],
      'tech-design: generate has no option --max. Did you mean --max-output-tokens, --max-input-tokens or --max-cost-usd? See `tech-design generate --help`.\n',
    ],
    [
      ['generate', '--requirements-path', 'r.md'],
      'tech-design: generate has no option --requirements-path. Did you mean --requirements? See `tech-design generate --help`.\n',
    ],
    [
      ['check', 'd.md', '--jsno'],
      'tech-design: check has no option --jsno. Did you mean --json? See `tech-design check --help`.\n',
    ],
    [
      ['check', 'd.md', '--out', 'x.md'],
      'tech-design: check has no option --out. See `tech-design check --help`.\n',
    ],
    [
      ['generate', '--verbose'],
      'tech-design: generate has no option --verbose. See `tech-design generate --help`.\n',
    ],
    [
      ['generate', '--provider', 'bedrok'],
      'tech-design: --provider must be one of anthropic, bedrock, vertex, got "bedrok". Did you mean bedrock? See `tech-design generate --help`.\n',
    ],
    [
      ['generat'],
      'tech-design: unknown command "generat". Did you mean "generate"? See `tech-design --help`.\n',
    ],
    [
      ['chekc', 'd.md'],
      'tech-design: unknown command "chekc". Did you mean "check"? See `tech-design --help`.\n',
    ],
    ['design'.split(' '), 'tech-design: unknown command "design". See `tech-design --help`.\n'],
    [
      ['help', 'gen'],
      'tech-design: no help for "gen": it is not a command. Did you mean "generate"? See `tech-design --help`.\n',
    ],
    [
      ['--versoin'],
      'tech-design: unknown option --versoin. Did you mean --version? See `tech-design --help`.\n',
    ],
    [
      ['--out', 'x.md', 'generate'],
      'tech-design: --out is an option of generate: it goes after the command, as in `tech-design generate --out …`. See `tech-design generate --help`.\n',
    ],
  ])('%j', async (args, message) => {
    expect(await cli(args)).toEqual({ code: 2, stdout: '', stderr: message })
  })
})

describe("the README's Command line section", () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8')
  const start = readme.indexOf('\n## Command line\n')
  const text = readme.slice(start, readme.indexOf('\n## ', start + 1))
  /** The words of a cell or line, as the help prints them: no Markdown code marks. */
  const plain = (cell: string) => collapse(cell.replace(/`/g, ''))
  /** A table cell may begin a sentence the help continues after a colon. */
  const uncapitalised = (cell: string) => cell.charAt(0).toLowerCase() + cell.slice(1)

  /** The rows of the first table after `heading` whose header starts with `first`. */
  function table(heading: string, first: string): string[][] {
    const from = text.indexOf(heading)
    expect(from).toBeGreaterThan(-1)
    const lines = text.slice(from).split('\n')
    const top = lines.findIndex((line) => line.startsWith(`| ${first} `))
    expect(top).toBeGreaterThan(-1)
    const rows: string[][] = []
    for (const line of lines.slice(top + 2)) {
      if (!line.startsWith('|')) break
      rows.push(
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => plain(cell)),
      )
    }
    return rows
  }

  it('has the synopsis of the help', () => {
    expect(text).toContain(`\`\`\`text\n${synopsis().join('\n')}\n\`\`\``)
  })

  it('says how to get help and the version', () => {
    for (const words of [
      '`tech-design --help`',
      '`-h`',
      '`help`',
      '`tech-design generate --help`',
      '`tech-design help generate`',
      '`tech-design --version`',
      '`-V`',
      '`version`',
    ]) {
      expect(text).toContain(words)
    }
  })

  it.each([GENERATE, CHECK])("lists $name's options as its help does", (spec: CommandSpec) => {
    const rows = table(`### \`${spec.name}\``, 'Option')
    expect(rows).toEqual(
      helpOptions(spec).map((o) => [
        optionLabel(o),
        o.default ?? o.defaultText ?? '',
        collapse(o.help),
      ]),
    )
  })

  it("lists generate's environment as its help does", () => {
    const rows = table('### `generate`', 'Environment variable')
    expect(rows).toEqual(GENERATE.environment.map((v) => [v.name, collapse(v.help)]))
  })

  it('has the exit status table of the help', () => {
    const rows = table('### Exit status', 'Code').map(([code, meaning, examples]) => [
      code,
      meaning,
      uncapitalised(examples ?? ''),
    ])
    expect(rows).toEqual(
      EXIT_STATUSES.map((s) => [String(s.code), s.meaning, uncapitalised(collapse(s.examples))]),
    )
  })
})

describe('the module comment of src/cli/main.ts', () => {
  it('lists the exit statuses of the table', () => {
    const source = readFileSync(new URL('src/cli/main.ts', root), 'utf8')
    const comment = collapse(
      source
        .slice(0, source.indexOf('*/'))
        .split('\n')
        .map((line) => line.replace(/^\s*\/?\*+ ?/, ''))
        .join(' '),
    )
    for (const { code, meaning } of EXIT_STATUSES)
      expect(comment).toContain(`- ${code} ${meaning}: `)
    expect(comment).not.toMatch(/- 6 /)
  })
})
