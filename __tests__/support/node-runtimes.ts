/**
 * The Node.js binaries the bundle is tested on: the machine's own Node (the oldest supported,
 * 20 here) and Node 24 from the `node` devDependency, the runtime GitHub's runner uses.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface NodeRuntime {
  label: string
  path: string
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

function majorOf(path: string): number {
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()
  return Number(/^v(\d+)/.exec(version)?.[1] ?? 0)
}

/** The first `node` on PATH outside node_modules: what a user's shell would run. */
function systemNode(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir.includes('node_modules')) continue
    const candidate = join(dir, 'node')
    if (existsSync(candidate)) return candidate
  }
  return null
}

export function nodeRuntimes(): NodeRuntime[] {
  const runtimes = new Map<number, string>()
  const node24 = join(repoRoot, 'node_modules/node/bin/node')
  for (const path of [systemNode(), node24, process.execPath]) {
    if (!path || !existsSync(path)) continue
    const major = majorOf(path)
    if (major >= 20 && !runtimes.has(major)) runtimes.set(major, path)
  }
  return [...runtimes]
    .sort(([a], [b]) => a - b)
    .map(([major, path]) => ({ label: `Node ${major}`, path }))
}
