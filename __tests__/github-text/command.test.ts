import { describe, expect, it } from '@jest/globals'
import {
  argumentsAfterTrigger,
  codeSpan,
  COMMAND_FLAG_HELP,
  COMMAND_FLAGS,
  looksLikeCommand,
  MAX_COMMAND_LINE_LENGTH,
  MAX_GUIDANCE_LENGTH,
  parseCommand,
  splitFirstLine,
  type CommandParse,
} from '../../src/github-text/command.js'

const T = '/tech-design'

const command = (
  path: string | null,
  force = false,
  guidance = '',
  full = false,
): CommandParse => ({
  kind: 'command',
  command: { path, force, full, guidance },
})

/** The problem of an invalid parse, or a failure naming what came back instead. */
function problemOf(body: string, phrase = T): string {
  const parsed = parseCommand(body, phrase)
  if (parsed.kind !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(parsed)}`)
  return parsed.problem
}

describe('recognising a command', () => {
  it.each([
    ['the phrase alone', '/tech-design'],
    ['arguments', '/tech-design docs/req.md --force'],
    ['guidance', '/tech-design\nPrefer PostgreSQL.'],
    ['CRLF', '/tech-design --force\r\nPrefer PostgreSQL.\r\n'],
    ['a lone CR', '/tech-design\rPrefer PostgreSQL.'],
    ['a leading BOM', '\uFEFF/tech-design'],
    ['trailing spaces', '/tech-design   '],
    ['a tab after the phrase', '/tech-design\t--force'],
    ['one to three leading spaces', '   /tech-design'],
  ])('recognises %s', (_name, body) => {
    expect(looksLikeCommand(body, T)).toBe(true)
    expect(parseCommand(body, T).kind).toBe('command')
  })

  it.each([
    ['an ordinary comment', 'Looks good to me'],
    ['an empty comment', ''],
    ['a quote', '> /tech-design'],
    ['inline code', '`/tech-design`'],
    ['inline code later in the line', 'Run `/tech-design` later'],
    ['a fence', '```\n/tech-design\n```'],
    ['a tilde fence', '~~~\n/tech-design\n~~~'],
    ['a four-space indent (code block)', '    /tech-design'],
    ['a tab indent (code block)', '\t/tech-design'],
    ['a longer word', '/tech-designer'],
    ['punctuation glued on', '/tech-design, please'],
    ['the phrase not on the first line', 'Hello\n/tech-design'],
    ['a blank first line', '\n/tech-design'],
    ['another command', '/deploy'],
    ['the phrase in other case', '/Tech-Design'],
    ['the phrase mid-line', 'please /tech-design'],
    ['a list item', '- /tech-design'],
  ])('ignores %s', (_name, body) => {
    expect(looksLikeCommand(body, T)).toBe(false)
    expect(parseCommand(body, T)).toEqual({ kind: 'none' })
  })

  it('takes a custom trigger phrase literally, regex characters included', () => {
    expect(parseCommand('+design --force', '+design')).toEqual(command(null, true))
    expect(looksLikeCommand('+design', '+design')).toBe(true)
    // As a regex, "+design" is invalid and "/design.v2" would match "/designxv2".
    expect(looksLikeCommand('/designxv2', '/design.v2')).toBe(false)
    expect(looksLikeCommand('/design.v2', '/design.v2')).toBe(true)
    expect(looksLikeCommand('+designer', '+design')).toBe(false)
    expect(looksLikeCommand('/tech-design', '/design')).toBe(false)
    expect(looksLikeCommand('/design', T)).toBe(false)
  })

  it('never matches an empty trigger phrase', () => {
    expect(looksLikeCommand('anything', '')).toBe(false)
    expect(looksLikeCommand('anything', '  ')).toBe(false)
  })

  it('agrees with parseCommand, invalid commands included', () => {
    for (const body of [
      '/tech-design --nope',
      '/tech-design a b',
      `/tech-design ${'x'.repeat(2000)}`,
    ]) {
      expect(looksLikeCommand(body, T)).toBe(true)
      expect(parseCommand(body, T).kind).toBe('invalid')
    }
  })
})

describe('arguments', () => {
  it('reads the defaults from the phrase alone', () => {
    expect(parseCommand('/tech-design', T)).toEqual(command(null))
  })

  it('reads a PATH and --force in any order', () => {
    expect(parseCommand('/tech-design docs/req.md --force', T)).toEqual(
      command('docs/req.md', true),
    )
    expect(parseCommand('/tech-design  --force \t docs/req.md', T)).toEqual(
      command('docs/req.md', true),
    )
    expect(parseCommand('/tech-design --force --force', T)).toEqual(command(null, true))
  })

  it('reads PATH in the normal form the inputs use', () => {
    expect(parseCommand('/tech-design ./docs/req.md', T)).toEqual(command('docs/req.md'))
    expect(parseCommand('/tech-design docs//./req.md', T)).toEqual(command('docs/req.md'))
  })

  it('keeps guidance: the lines after the first, trimmed, inner newlines kept, LF', () => {
    const body =
      '/tech-design --force\r\n\r\n  Prefer PostgreSQL.\r\n\r\nKeep the API stable.  \r\n\r\n'
    expect(parseCommand(body, T)).toEqual(
      command(null, true, 'Prefer PostgreSQL.\n\nKeep the API stable.'),
    )
  })

  it('accepts guidance up to the limit', () => {
    const body = `/tech-design\n${'g'.repeat(MAX_GUIDANCE_LENGTH)}`
    expect(parseCommand(body, T).kind).toBe('command')
  })
})

describe('invalid commands', () => {
  it('names an unknown flag and lists the valid ones', () => {
    const problem = problemOf('/tech-design --fast')
    expect(problem).toContain('`--fast`')
    for (const flag of COMMAND_FLAGS) expect(problem).toContain(`\`${flag}\``)
  })

  it('treats flags case-sensitively, and "-" or "--" as unknown flags', () => {
    expect(problemOf('/tech-design --Force')).toContain('`--Force`')
    expect(problemOf('/tech-design -')).toContain('`-`')
    expect(problemOf('/tech-design --')).toContain('`--`')
  })

  it('refuses more than one PATH, naming them', () => {
    const problem = problemOf('/tech-design a.md b.md')
    expect(problem).toMatch(/at most one PATH/)
    expect(problem).toContain('`a.md`, `b.md`')
  })

  it.each([
    ['/docs/req.md', /relative to the repository root/],
    ['docs/../secrets.md', /must not contain "\.\."/],
    ['..', /must not contain "\.\."/],
    ['docs\\req.md', /backslash/],
    ['docs/\u0007req.md', /control characters/],
    [`${'a/'.repeat(126)}x.md`, /too long \(256 characters; the limit is 255\)/],
    ['docs/', /must name a file/],
    ['./', /must name a file/],
    ['.github/workflows/req.md', /must not be under "\.github\/"/],
  ])('refuses the PATH %j', (path, message) => {
    expect(problemOf(`/tech-design ${path}`)).toMatch(message)
  })

  it('shows the PATH as typed in a sentence of its own', () => {
    expect(problemOf('/tech-design ./../x.md')).toBe(
      'The path `./../x.md` must not contain ".." (it must stay inside the repository).',
    )
  })

  it('refuses a first line over 1,000 characters, saying so', () => {
    const line = `/tech-design ${'x'.repeat(MAX_COMMAND_LINE_LENGTH)}`
    expect(problemOf(line)).toMatch(/too long \(1,013 characters; the limit is 1,000\)/)
  })

  it('refuses guidance over 4,000 characters, naming its length and the limit', () => {
    const problem = problemOf(`/tech-design\n${'g'.repeat(MAX_GUIDANCE_LENGTH + 1)}`)
    expect(problem).toMatch(/4,001 characters/)
    expect(problem).toMatch(/limit is 4,000/)
  })

  it('counts characters, not UTF-16 units', () => {
    expect(parseCommand(`/tech-design\n${'😀'.repeat(MAX_GUIDANCE_LENGTH)}`, T).kind).toBe(
      'command',
    )
  })
})

describe('splitFirstLine', () => {
  it('splits at the first LF, CRLF or CR, after a BOM', () => {
    expect(splitFirstLine('a\nb\nc')).toEqual({ first: 'a', rest: 'b\nc' })
    expect(splitFirstLine('a\r\nb')).toEqual({ first: 'a', rest: 'b' })
    expect(splitFirstLine('a\rb')).toEqual({ first: 'a', rest: 'b' })
    expect(splitFirstLine('\uFEFFa')).toEqual({ first: 'a', rest: '' })
  })
})

describe('argumentsAfterTrigger', () => {
  it('returns what follows the phrase, or null', () => {
    expect(argumentsAfterTrigger('/tech-design a b', T)).toBe(' a b')
    expect(argumentsAfterTrigger('/tech-design', T)).toBe('')
    expect(argumentsAfterTrigger('    /tech-design', T)).toBeNull()
  })
})

describe('codeSpan', () => {
  it('wraps text so no backtick inside ends it', () => {
    expect(codeSpan('--force')).toBe('`--force`')
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
  })
})

describe('COMMAND_FLAGS', () => {
  it('are flags, each with help', () => {
    expect(COMMAND_FLAGS).toContain('--force')
    for (const flag of COMMAND_FLAGS) {
      expect(flag).toMatch(/^--[a-z][a-z-]*$/)
      expect(COMMAND_FLAG_HELP[flag]).toBeTruthy()
    }
  })
})
