/**
 * What a pull request's file listing already tells about its files, so that they need not be
 * read again: a file the pull request adds comes whole in its patch (checked against its git
 * blob), and a file it removes is absent. A listing made at another head tells nothing.
 */
import { createHash } from 'node:crypto'
import type { ChangedFile } from '../../adapters/github/pull-request-files.js'
import type { FileContent } from '../../adapters/github/file-content.js'

/** GitHub lists at most 3,000 files of a pull request: past that, a file's absence says nothing. */
const LISTING_LIMIT = 3000

export interface ListedFiles {
  /**
   * The file at the head, as the contents API would give it (past `maxBytes`, only its size):
   * null when the head has no such file, undefined when the listing cannot tell.
   */
  fileAt(path: string, maxBytes?: number): FileContent | null | undefined
  /**
   * Whether the base the pull request is compared with has no such file, so that once it is
   * committed the diff shows every line of it as added. `absentAtHead` is what a read found.
   */
  newToPullRequest(path: string, absentAtHead: boolean): boolean
}

export function listedFiles(files: readonly ChangedFile[], headSha: string): ListedFiles {
  // A push since the event: the listing shows a newer head than the one this run works on.
  const atHead = files.length > 0 && files.every((f) => listedAt(f.contentsUrl) === headSha)
  const find = (path: string) => (atHead ? files.find((f) => f.filename === path) : undefined)
  return {
    fileAt(path, maxBytes = Number.POSITIVE_INFINITY) {
      const file = find(path)
      if (file?.status === 'removed') return null
      const bytes = file?.status === 'added' ? addedBytes(file) : null
      if (!file?.sha || !bytes) return undefined
      return {
        size: bytes.length,
        bytes: bytes.length > maxBytes ? new Uint8Array() : bytes,
        sha: file.sha,
      }
    },
    newToPullRequest(path, absentAtHead) {
      if (!atHead) return false
      const file = find(path)
      if (file) return file.status === 'added'
      // Not listed: the same at the head as at the base.
      return absentAtHead && files.length < LISTING_LIMIT
    },
  }
}

/** The commit a listed file's contents URL names (`…/contents/PATH?ref=SHA`), if any. */
export function listedAt(contentsUrl: string): string | null {
  return URL.canParse(contentsUrl) ? new URL(contentsUrl).searchParams.get('ref') : null
}

/** An added file's bytes, rebuilt from its patch, or null when they do not hash to its blob. */
function addedBytes(file: ChangedFile): Uint8Array | null {
  const text = file.patch === undefined ? null : addedFileText(file.patch)
  if (text === null) return null
  const bytes = Buffer.from(text, 'utf8')
  return gitBlobSha(bytes) === file.sha ? bytes : null
}

/**
 * The whole text of a file as the patch of its addition shows it (`@@ -0,0 +1,N @@` and N added
 * lines), or null when the patch is not that: empty, cut short, or of a file that was changed.
 */
export function addedFileText(patch: string): string | null {
  const [header, ...rest] = patch.split('\n')
  const hunk = /^@@ -0,0 \+1(?:,(\d+))? @@/.exec(header ?? '')
  if (!hunk) return null
  const count = Number(hunk[1] ?? 1)
  const lines = rest.slice(0, count)
  if (lines.length !== count || lines.some((line) => !line.startsWith('+'))) return null
  const after = rest.slice(count).filter((line) => line !== '')
  const noNewlineAtEnd = after[0] === '\\ No newline at end of file'
  if (after.length > (noNewlineAtEnd ? 1 : 0)) return null
  return lines.map((line) => line.slice(1)).join('\n') + (noNewlineAtEnd ? '' : '\n')
}

/** Git's object id of a blob with these bytes: what GitHub lists as a file's `sha`. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** Every line of a text, as a set of 1-based numbers: a new file's diff shows them all. */
export function everyLine(text: string): Set<number> {
  const count = text === '' ? 0 : text.replace(/\n$/, '').split('\n').length
  return new Set(Array.from({ length: count }, (_, i) => i + 1))
}
