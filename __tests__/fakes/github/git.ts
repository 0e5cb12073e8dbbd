/**
 * Git objects as git hashes them (blob, tree, commit SHA-1s), so the fake's shas look and behave
 * like GitHub's: identical content gives identical blob shas, and a commit sha covers its tree,
 * parents, author, committer and message.
 */
import { createHash } from 'node:crypto'

export interface GitPerson {
  name: string
  email: string
  /** ISO 8601, seconds precision, e.g. "2024-05-01T12:00:00Z". */
  date: string
  /** The GitHub account (REST `author`/`committer`, GraphQL `user`); 'web-flow' for GitHub. */
  login?: string
}

export interface FakeCommit {
  sha: string
  treeSha: string
  /** The full tree: path → content. Never mutated once stored. */
  tree: ReadonlyMap<string, Buffer>
  parents: string[]
  message: string
  author: GitPerson
  committer: GitPerson
  /** Signed by GitHub (commits made through GraphQL `createCommitOnBranch` or the contents API). */
  verified: boolean
}

export function gitObjectSha(type: string, content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex')
}

export const blobSha = (content: Buffer): string => gitObjectSha('blob', content)

interface TreeNode {
  files: Map<string, Buffer>
  dirs: Map<string, TreeNode>
}

/** The sha of the git tree object for a flat path → content map (nested trees included). */
export function treeSha(tree: ReadonlyMap<string, Buffer>, blobShas?: Map<Buffer, string>): string {
  const root: TreeNode = { files: new Map(), dirs: new Map() }
  for (const [path, content] of tree) {
    const parts = path.split('/')
    let node = root
    for (const dir of parts.slice(0, -1)) {
      let next = node.dirs.get(dir)
      if (!next) {
        next = { files: new Map(), dirs: new Map() }
        node.dirs.set(dir, next)
      }
      node = next
    }
    node.files.set(parts[parts.length - 1]!, content)
  }
  const hashNode = (node: TreeNode): string => {
    const entries: { sortKey: string; mode: string; name: string; sha: string }[] = []
    for (const [name, content] of node.files) {
      const sha = blobShas?.get(content) ?? blobSha(content)
      entries.push({ sortKey: name, mode: '100644', name, sha })
    }
    for (const [name, child] of node.dirs) {
      entries.push({ sortKey: `${name}/`, mode: '40000', name, sha: hashNode(child) })
    }
    // git sorts tree entries bytewise, directories as if their name ended with '/'.
    entries.sort((x, y) => Buffer.compare(Buffer.from(x.sortKey), Buffer.from(y.sortKey)))
    const body = Buffer.concat(
      entries.map((e) =>
        Buffer.concat([Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
      ),
    )
    return gitObjectSha('tree', body)
  }
  return hashNode(root)
}

const gitDate = (iso: string): string => `${Math.floor(Date.parse(iso) / 1000)} +0000`

export function commitSha(
  tree: string,
  parents: string[],
  author: GitPerson,
  committer: GitPerson,
  message: string,
): string {
  const lines = [`tree ${tree}`]
  for (const parent of parents) lines.push(`parent ${parent}`)
  lines.push(`author ${author.name} <${author.email}> ${gitDate(author.date)}`)
  lines.push(`committer ${committer.name} <${committer.email}> ${gitDate(committer.date)}`)
  const text = `${lines.join('\n')}\n\n${message.endsWith('\n') ? message : `${message}\n`}`
  return gitObjectSha('commit', Buffer.from(text))
}

/** Commits by sha, shared by every repository (a fork network shares its objects). */
export class CommitStore {
  readonly commits = new Map<string, FakeCommit>()
  /** Contents by blob sha, for the git blobs API. */
  readonly blobs = new Map<string, Buffer>()
  private readonly blobShas = new WeakMap<Buffer, string>()

  blobSha(content: Buffer): string {
    let sha = this.blobShas.get(content)
    if (sha === undefined) {
      sha = blobSha(content)
      this.blobShas.set(content, sha)
    }
    return sha
  }

  get(sha: string): FakeCommit | undefined {
    return this.commits.get(sha)
  }

  /** Full sha for a full or abbreviated (≥ 7 hex digits) sha, when unambiguous. */
  resolve(prefix: string): string | undefined {
    if (!/^[0-9a-f]{7,40}$/i.test(prefix)) return undefined
    const lower = prefix.toLowerCase()
    if (this.commits.has(lower)) return lower
    let found: string | undefined
    for (const sha of this.commits.keys()) {
      if (sha.startsWith(lower)) {
        if (found) return undefined
        found = sha
      }
    }
    return found
  }

  add(input: Omit<FakeCommit, 'sha' | 'treeSha'>): FakeCommit {
    const shas = new Map<Buffer, string>()
    for (const content of input.tree.values()) {
      const sha = this.blobSha(content)
      shas.set(content, sha)
      this.blobs.set(sha, content)
    }
    const tree = treeSha(input.tree, shas)
    const sha = commitSha(tree, input.parents, input.author, input.committer, input.message)
    const existing = this.commits.get(sha)
    if (existing) return existing
    const commit: FakeCommit = { ...input, sha, treeSha: tree }
    this.commits.set(sha, commit)
    return commit
  }

  /** Every ancestor of `sha`, itself included, nearest first (breadth first). */
  ancestors(sha: string): string[] {
    const seen = new Set<string>([sha])
    const order: string[] = [sha]
    for (let i = 0; i < order.length; i++) {
      for (const parent of this.commits.get(order[i]!)?.parents ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent)
          order.push(parent)
        }
      }
    }
    return order
  }

  isAncestor(ancestor: string, of: string): boolean {
    return this.ancestors(of).includes(ancestor)
  }

  /** The best common ancestor, or undefined for unrelated histories. */
  mergeBase(a: string, b: string): string | undefined {
    const ofA = new Set(this.ancestors(a))
    return this.ancestors(b).find((sha) => ofA.has(sha))
  }

  /** Commits reachable from `head` but not from `base`, oldest first. */
  commitsBetween(base: string | undefined, head: string): FakeCommit[] {
    const exclude = new Set(base ? this.ancestors(base) : [])
    return this.ancestors(head)
      .filter((sha) => !exclude.has(sha))
      .map((sha) => this.commits.get(sha)!)
      .reverse()
  }
}
