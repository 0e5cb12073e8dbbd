/**
 * The one table of defaults is what action.yml declares for the runner and what the command line
 * offers, so the three cannot drift.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { DEFAULTS } from '../../src/config/defaults.js'
import { COMMANDS, GENERATE } from '../../src/cli/commands.js'
import { commandHelp } from '../../src/cli/help.js'
import { readActionMetadata } from '../../scripts/readme-tables.js'

const root = new URL('../..', import.meta.url)
const meta = readActionMetadata(readFileSync(new URL('action.yml', root), 'utf8'))
const entries = Object.entries(DEFAULTS)

/** The command line's options that share a setting with the action, and that setting. */
const CLI_SETTINGS: Readonly<Record<string, keyof typeof DEFAULTS>> = {
  requirements: 'requirementsPath',
  out: 'designPath',
  model: 'model',
  'max-output-tokens': 'maxOutputTokens',
  'max-input-tokens': 'maxInputTokens',
  provider: 'provider',
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('the defaults table and action.yml', () => {
  it.each(entries)('%s is the default action.yml declares for its input', (_key, setting) => {
    expect([setting.input, meta.inputs[setting.input]?.default]).toEqual([
      setting.input,
      String(setting.value),
    ])
  })

  it('holds every input action.yml gives a default, each once', () => {
    const declared = Object.entries(meta.inputs)
      .filter(([, input]) => input.default !== undefined && input.default !== '')
      .map(([name]) => name)
    const inTable = entries.map(([, setting]) => setting.input)
    expect([...inTable].sort()).toEqual([...declared].sort())
    expect(new Set(inTable).size).toBe(inTable.length)
  })
})

describe('the defaults table and the command line', () => {
  const options = GENERATE.options.filter((o) => o.name in CLI_SETTINGS)

  it('gives every command line option with a literal default from the table', () => {
    const withDefault = COMMANDS.flatMap((c) => c.options.filter((o) => o.default !== undefined))
    expect(withDefault.map((o) => o.name).sort()).toEqual(Object.keys(CLI_SETTINGS).sort())
  })

  it.each(options.map((o) => [o.name, o] as const))(
    '--%s defaults to the value the action does',
    (_name, option) => {
      const setting = DEFAULTS[CLI_SETTINGS[option.name]!]
      expect(option.default).toBe(String(setting.value))
    },
  )

  it("shows the table's defaults in the help", () => {
    const help = collapse(commandHelp(GENERATE))
    for (const [name, key] of Object.entries(CLI_SETTINGS)) {
      const option = GENERATE.options.find((o) => o.name === name)
      expect([name, help]).toEqual([
        name,
        expect.stringContaining(
          `${collapse(option!.help)} Default: ${String(DEFAULTS[key].value)}.`,
        ),
      ])
    }
  })
})
