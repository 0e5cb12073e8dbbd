import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

interface LayerRule {
  name: string
  from: { path: string }
  to: { pathNot?: string[] }
}

const require = createRequire(import.meta.url)
const config = require('../.dependency-cruiser.cjs') as { forbidden: LayerRule[] }

/** Folder → the folders it may import, as .dependency-cruiser.cjs enforces it. */
function enforcedLayers(): Map<string, string[]> {
  const layers = new Map<string, string[]>()
  for (const rule of config.forbidden) {
    const folder = /^\^src\/([a-z-]+)\/$/.exec(rule.from.path)?.[1]
    if (!folder || rule.name !== `${folder}-imports`) continue
    const allowed = (rule.to.pathNot ?? [])
      .map((path) => /^\^src\/([a-z-]+)\/$/.exec(path)?.[1])
      .filter((name): name is string => name !== undefined && name !== folder)
    layers.set(folder, allowed.sort())
  }
  return layers
}

/** Folder → the folders it may import, as CONTRIBUTING.md's layout table says. */
function documentedLayers(): Map<string, string[]> {
  const text = readFileSync('CONTRIBUTING.md', 'utf8')
  const section = text.slice(text.indexOf('## Layout of `src/`'), text.indexOf('## Tests'))
  const layers = new Map<string, string[]>()
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim())
    const folder = /^`src\/([a-z-]+)\/`$/.exec(cells[1] ?? '')?.[1]
    if (!folder) continue
    const mayImport = cells[3] ?? ''
    layers.set(folder, mayImport === 'nothing of ours' ? [] : mayImport.split(/,\s*/).sort())
  }
  return layers
}

describe('the layout of src/', () => {
  const folders = readdirSync('src', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

  it('has an import rule for every folder, and no rule for a folder that is gone', () => {
    expect([...enforcedLayers().keys()].sort()).toEqual(folders)
  })

  it('is described in CONTRIBUTING.md exactly as the layering check enforces it', () => {
    expect(documentedLayers()).toEqual(enforcedLayers())
  })
})
