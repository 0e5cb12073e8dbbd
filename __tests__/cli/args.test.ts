import { describe, expect, it } from '@jest/globals'
import {
  didYouMean,
  editDistance,
  parseCommandArgs,
  suggest,
  wantsHelp,
  type OptionSpec,
} from '../../src/cli/args.js'
import { CHECK, GENERATE } from '../../src/cli/commands.js'
import { CliUsageError } from '../../src/cli/errors.js'

const parse = (...args: string[]) => parseCommandArgs('generate', GENERATE.options, args)

/** The usage error parsing these arguments throws. */
function usageError(...args: string[]): CliUsageError {
  try {
    parse(...args)
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError)
    expect((error as CliUsageError).command).toBe('generate')
    return error as CliUsageError
  }
  throw new Error(`${args.join(' ')} parsed`)
}

describe('parseCommandArgs', () => {
  it('gives the defaults of the table for options not given', () => {
    const parsed = parse()
    expect(parsed.string('requirements')).toBe('docs/requirements.md')
    expect(parsed.string('out')).toBe('tech-design.md')
    expect(parsed.string('max-output-tokens')).toBe('32000')
    expect(parsed.string('provider')).toBe('anthropic')
    expect(parsed.string('template')).toBeUndefined()
    expect(parsed.flag('dry-run')).toBe(false)
    expect(parsed.positionals).toEqual([])
  })

  it('reads --name value, --name=value and switches; the last of a repeated option wins', () => {
    const parsed = parse(
      '--out',
      'a.md',
      '--model=claude-opus-5',
      '--dry-run',
      '--out',
      'b.md',
      '--price={"input": 1, "output": 2}',
    )
    expect(parsed.string('out')).toBe('b.md')
    expect(parsed.string('model')).toBe('claude-opus-5')
    expect(parsed.string('price')).toBe('{"input": 1, "output": 2}')
    expect(parsed.flag('dry-run')).toBe(true)
  })

  it('takes a value after = even when it starts with a dash, and - or a negative number as a value', () => {
    expect(parse('--out=-draft.md').string('out')).toBe('-draft.md')
    expect(parse('--out', '-').string('out')).toBe('-')
    expect(parse('--max-output-tokens', '-5').string('max-output-tokens')).toBe('-5')
  })

  it('keeps what follows -- as arguments', () => {
    const parsed = parseCommandArgs('check', CHECK.options, ['--json', '--', '--odd-name.md'])
    expect(parsed.flag('json')).toBe(true)
    expect(parsed.positionals).toEqual(['--odd-name.md'])
  })

  it('refuses an option without its value, saying what it accepts', () => {
    expect(usageError('--out').message).toBe('--out needs a value: a file path.')
    expect(usageError('--max-input-tokens', '--dry-run').message).toBe(
      '--max-input-tokens needs a value: a positive whole number. (For a value that starts with "-", write --max-input-tokens=--dry-run.)',
    )
    expect(usageError('--model=').message).toBe('--model needs a value: a Claude model id.')
    expect(usageError('--provider').message).toBe(
      '--provider needs a value: anthropic, bedrock, vertex.',
    )
  })

  it('refuses a value for a switch, and a value not among the choices', () => {
    expect(usageError('--dry-run=no').message).toBe('--dry-run takes no value, got "no".')
    expect(usageError('--provider', 'vertx').message).toBe(
      '--provider must be one of anthropic, bedrock, vertex, got "vertx". Did you mean vertex?',
    )
    expect(usageError('--provider', 'openai').message).toBe(
      '--provider must be one of anthropic, bedrock, vertex, got "openai".',
    )
  })

  it('names an unknown option, long or short, with a hint when one is close', () => {
    expect(usageError('--max-tokens', '5').message).toBe(
      'generate has no option --max-tokens. Did you mean --max-output-tokens?',
    )
    expect(usageError('--MAX_OUTPUT_TOKENS=5').message).toBe(
      'generate has no option --MAX_OUTPUT_TOKENS. Did you mean --max-output-tokens?',
    )
    expect(usageError('-o', 'x.md').message).toBe('generate has no option -o.')
    expect(usageError('--hlep').message).toBe('generate has no option --hlep. Did you mean --help?')
  })

  it('refuses to be asked for an option the table does not have', () => {
    expect(() => parse().string('verbose')).toThrow('No option --verbose in the table of options.')
  })
})

describe('wantsHelp', () => {
  it('finds -h or --help anywhere before --', () => {
    expect(wantsHelp(['--bogus', 'x', '-h'])).toBe(true)
    expect(wantsHelp(['--out', '--help'])).toBe(true)
    expect(wantsHelp(['--', '--help'])).toBe(false)
    expect(wantsHelp(['--out=--help'])).toBe(false)
    expect(wantsHelp([])).toBe(false)
  })
})

describe('suggest', () => {
  const options: OptionSpec[] = [...GENERATE.options]

  it.each([
    ['--requirments', ['requirements']],
    ['--instructions-path', ['instructions']],
    ['--max-tokens', ['max-output-tokens']],
    ['--max', ['max-output-tokens', 'max-input-tokens', 'max-cost-usd']],
    ['--temp', ['template']],
    ['--outfile', ['out']],
    ['--dryrun', ['dry-run']],
    ['--Model', ['model']],
    ['--verbose', []],
    ['--x', []],
    ['--', []],
  ])('%s → %j', (typed, expected) => {
    expect(suggest(typed, options)).toEqual(expected)
  })

  it('offers at most three names', () => {
    const many = ['aa', 'ab', 'ac', 'ad'].map((name) => ({ name }))
    expect(suggest('a', many)).toHaveLength(3)
  })
})

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['generat', 'generate', 1],
    ['chekc', 'check', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
    expect(editDistance(b, a)).toBe(distance)
  })
})

describe('didYouMean', () => {
  it('lists one, two or three names, or nothing', () => {
    expect(didYouMean([])).toBe('')
    expect(didYouMean(['--a'])).toBe(' Did you mean --a?')
    expect(didYouMean(['--a', '--b'])).toBe(' Did you mean --a or --b?')
    expect(didYouMean(['--a', '--b', '--c'])).toBe(' Did you mean --a, --b or --c?')
  })
})
