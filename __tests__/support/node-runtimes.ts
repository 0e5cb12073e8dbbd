/**
 * The Node.js binaries the bundle is tested on: every supported Node (22 and later) this process
 * can find: the `node` commands on PATH (npm scripts put the `node` devDependency, Node 24,
 * first; `.ci/run` adds Node 22 on a machine whose own Node is older) and Node 24 from that
 * devDependency itself. One binary per major version, oldest first.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface NodeRuntime {
  label: string
  major: number
  path: string
}

/** The oldest Node the project supports (package.json engines: >=22). */
export const OLDEST_SUPPORTED_NODE = 22

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

function majorOf(path: string): number {
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()
  return Number(/^v(\d+)/.exec(version)?.[1] ?? 0)
}

function nodesOnPath(): string[] {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'node'))
}

let found: NodeRuntime[] | undefined

export function nodeRuntimes(): NodeRuntime[] {
  if (found) return found
  const byMajor = new Map<number, string>()
  const seen = new Set<string>()
  const devDependency = join(repoRoot, 'node_modules/node/bin/node')
  for (const path of [...nodesOnPath(), devDependency, process.execPath]) {
    if (!existsSync(path)) continue
    const real = realpathSync(path)
    if (seen.has(real)) continue
    seen.add(real)
    const major = majorOf(real)
    if (major >= OLDEST_SUPPORTED_NODE && !byMajor.has(major)) byMajor.set(major, real)
  }
  found = [...byMajor]
    .sort(([a], [b]) => a - b)
    .map(([major, path]) => ({ label: `Node ${major}`, major, path }))
  return found
}
