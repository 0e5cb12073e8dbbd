/**
 * The README's inputs and outputs tables are generated from action.yml, so they cannot drift:
 * `npm run docs` rewrites them, and a test fails when the README differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'

export interface ActionMetadata {
  name: string
  description: string
  author?: string
  branding?: { icon?: string; color?: string }
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

export function readActionMetadata(text: string): ActionMetadata {
  return parse(text) as ActionMetadata
}

const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

export function inputsTable(meta: ActionMetadata): string {
  const rows = Object.entries(meta.inputs).map(([name, input]) => {
    const fallback =
      input.default === undefined || input.default === '' ? '' : `\`${input.default}\``
    return `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${fallback} | ${cell(input.description)} |`
  })
  return [
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

export function outputsTable(meta: ActionMetadata): string {
  const rows = Object.entries(meta.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  )
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

/** The README with the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` regenerated. */
export function updateReadme(readme: string, meta: ActionMetadata): string {
  const replace = (text: string, name: string, table: string) => {
    const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!pattern.test(text))
      throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`)
    return text.replace(pattern, (_m, start: string, end: string) => `${start}\n${table}\n${end}`)
  }
  return replace(replace(readme, 'inputs', inputsTable(meta)), 'outputs', outputsTable(meta))
}

/** The README as `npm run docs` writes it: tables regenerated, then formatted as the repository formats Markdown. */
export async function generatedReadme(root: URL): Promise<string> {
  const meta = readActionMetadata(readFileSync(new URL('action.yml', root), 'utf8'))
  const path = fileURLToPath(new URL('README.md', root))
  const options = { ...(await resolveConfig(path)), filepath: path }
  return format(updateReadme(readFileSync(path, 'utf8'), meta), options)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('../', import.meta.url)
  writeFileSync(new URL('README.md', root), await generatedReadme(root))
}
