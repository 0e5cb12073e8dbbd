/** action.yml follows the metadata rules, and the README's tables are what action.yml says. */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { INPUT_NAMES, parseInputs } from '../../src/action/inputs.js'
import { OUTPUT_NAMES } from '../../src/flows/outcome.js'
import { generatedReadme, readActionMetadata } from '../../scripts/readme-tables.js'

const root = new URL('../..', import.meta.url)
const meta = readActionMetadata(readFileSync(new URL('action.yml', root), 'utf8'))

describe('action.yml', () => {
  it('has the required fields and runs the committed bundle on node24', () => {
    expect(meta.name).toBeTruthy()
    expect(meta.description.length).toBeLessThanOrEqual(125 * 2)
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(existsSync(new URL(meta.runs.main, root))).toBe(true)
  })

  it('has branding the Marketplace accepts', () => {
    expect(meta.branding?.icon).toMatch(/^[a-z0-9-]+$/)
    expect([
      'white',
      'black',
      'yellow',
      'blue',
      'green',
      'orange',
      'red',
      'purple',
      'gray-dark',
    ]).toContain(meta.branding?.color)
  })

  it('describes every input, gives string defaults, and declares exactly the inputs the code parses', () => {
    for (const [name, input] of Object.entries(meta.inputs)) {
      expect([name, input.description?.trim().length > 10]).toEqual([name, true])
      if (input.default !== undefined)
        expect([name, typeof input.default]).toEqual([name, 'string'])
      expect([name, input.required ?? false]).toEqual([name, false])
    }
    expect(Object.keys(meta.inputs).sort()).toEqual([...INPUT_NAMES].sort())
  })

  // The code's fallbacks for an empty value are what a local run or a test gets; the runner
  // passes action.yml's defaults. They must be the same. (The token's default is an expression
  // only the runner expands: a token stands in for it.)
  const declared = (name: string) =>
    name === 'github-token' ? 'ghs_token' : (meta.inputs[name]?.default ?? '')
  it.each([
    'provider',
    'model',
    'max-output-tokens',
    'model-timeout-seconds',
    'max-input-tokens',
    'min-permission',
    'min-answer-permission',
    'max-questions',
  ])('reads an empty %s as the default action.yml declares', (name) => {
    expect(parseInputs((n) => (n === name ? '' : declared(n)))).toEqual(parseInputs(declared))
  })

  it('declares exactly the outputs every run sets, each described', () => {
    expect(Object.keys(meta.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
    for (const output of Object.values(meta.outputs)) expect(output.description.trim()).not.toBe('')
  })
})

describe('.env.example', () => {
  it('sets every input, to its action.yml default', () => {
    const text = readFileSync(new URL('.env.example', root), 'utf8')
    const set = Object.fromEntries(
      [...text.matchAll(/^INPUT_([A-Z0-9-]+)=(.*)$/gm)].map(([, name, value]) => [
        name!.toLowerCase(),
        value,
      ]),
    )
    // A workflow expression means nothing on a developer's machine: the token is theirs to set.
    const expected = Object.fromEntries(
      Object.entries(meta.inputs).map(([name, input]) => [
        name,
        input.default?.includes('${{') ? '' : (input.default ?? ''),
      ]),
    )
    expect(set).toEqual(expected)
  })
})

describe('README.md', () => {
  it('has the inputs and outputs tables that action.yml generates (npm run docs)', async () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8')
    expect(readme).toBe(await generatedReadme(root))
  })
})
