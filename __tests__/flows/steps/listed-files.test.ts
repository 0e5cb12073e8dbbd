/** What a pull request's listing tells about its files without reading them. */
import { describe, expect, it } from '@jest/globals'
import type { ChangedFile } from '../../../src/adapters/github/pull-request-files.js'
import {
  addedFileText,
  everyLine,
  gitBlobSha,
  listedAt,
  listedFiles,
} from '../../../src/flows/steps/listed-files.js'

const HEAD = 'a'.repeat(40)
const contentsUrl = (path: string, ref = HEAD) =>
  `https://api.github.com/repos/acme/shop/contents/${path}?ref=${ref}`

function added(path: string, text: string, sha = gitBlobSha(Buffer.from(text))): ChangedFile {
  const lines = text.replace(/\n$/, '').split('\n')
  const patch =
    `@@ -0,0 +1${lines.length === 1 ? '' : `,${lines.length}`} @@\n` +
    lines.map((l) => `+${l}`).join('\n') +
    (text.endsWith('\n') ? '' : '\n\\ No newline at end of file')
  return { filename: path, status: 'added', patch, sha, contentsUrl: contentsUrl(path) }
}

describe('gitBlobSha', () => {
  it('is git’s object id of a blob', () => {
    // `git hash-object /dev/null` and `printf 'hello\n' | git hash-object --stdin`
    expect(gitBlobSha(new Uint8Array())).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391')
    expect(gitBlobSha(Buffer.from('hello\n'))).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
  })
})

describe('addedFileText', () => {
  it('gives back the whole text of an added file, with or without a newline at its end', () => {
    expect(addedFileText('@@ -0,0 +1,2 @@\n+# A\n+b')).toBe('# A\nb\n')
    expect(addedFileText('@@ -0,0 +1 @@\n+one\n\\ No newline at end of file')).toBe('one')
    expect(addedFileText('@@ -0,0 +1 @@\n+')).toBe('\n')
    expect(addedFileText('@@ -0,0 +1,2 @@\n+a\r\n+b\r')).toBe('a\r\nb\r\n')
  })

  it('refuses anything but one hunk of added lines', () => {
    expect(addedFileText('')).toBeNull()
    expect(addedFileText('@@ -1,2 +1,3 @@\n a\n+b\n c')).toBeNull()
    expect(addedFileText('@@ -0,0 +1,3 @@\n+a\n+b')).toBeNull() // cut short
    expect(addedFileText('@@ -0,0 +1,2 @@\n+a\n b')).toBeNull()
    expect(addedFileText('@@ -0,0 +1 @@\n+a\n@@ -0,0 +5 @@\n+b')).toBeNull()
  })
})

describe('listedAt', () => {
  it('reads the commit a contents URL names', () => {
    expect(listedAt(contentsUrl('docs/a.md'))).toBe(HEAD)
    expect(listedAt('https://api.github.com/repos/acme/shop/contents/a.md')).toBeNull()
    expect(listedAt('not a url')).toBeNull()
  })
})

describe('listedFiles', () => {
  const text = '# Refunds\n\nWithin 30 days.\n'

  it('holds a file the pull request adds, as the contents API gives it', () => {
    const listed = listedFiles([added('docs/r.md', text)], HEAD)
    const file = listed.fileAt('docs/r.md')!
    expect(Buffer.from(file.bytes).toString()).toBe(text)
    expect(file).toMatchObject({ size: text.length, sha: gitBlobSha(Buffer.from(text)) })
    // Past the limit only the size, as readFileAt gives it.
    expect(listed.fileAt('docs/r.md', 4)).toEqual({
      size: text.length,
      bytes: new Uint8Array(),
      sha: file.sha,
    })
  })

  it('knows a removed file is absent, and cannot tell anything about the rest', () => {
    const listed = listedFiles(
      [
        { filename: 'old.md', status: 'removed', sha: null, contentsUrl: contentsUrl('old.md') },
        { ...added('changed.md', text), status: 'modified' },
        { ...added('binary.png', text), patch: undefined },
      ],
      HEAD,
    )
    expect(listed.fileAt('old.md')).toBeNull()
    expect(listed.fileAt('changed.md')).toBeUndefined()
    expect(listed.fileAt('binary.png')).toBeUndefined()
    expect(listed.fileAt('elsewhere.md')).toBeUndefined()
  })

  it('does not take a patch whose text does not hash to the listed blob', () => {
    const listed = listedFiles([added('docs/r.md', text, 'b'.repeat(40))], HEAD)
    expect(listed.fileAt('docs/r.md')).toBeUndefined()
  })

  it('tells nothing when the listing is of another head', () => {
    const file = {
      ...added('docs/r.md', text),
      contentsUrl: contentsUrl('docs/r.md', 'c'.repeat(40)),
    }
    const listed = listedFiles([file], HEAD)
    expect(listed.fileAt('docs/r.md')).toBeUndefined()
    expect(listed.newToPullRequest('docs/r.md', false)).toBe(false)
    expect(listedFiles([], HEAD).fileAt('docs/r.md')).toBeUndefined()
  })

  it('knows a file is new to the pull request when it adds it, or when neither side has it', () => {
    const listed = listedFiles(
      [
        added('design.md', text),
        { ...added('changed.md', text), status: 'modified' },
        { filename: 'old.md', status: 'removed', sha: null, contentsUrl: contentsUrl('old.md') },
      ],
      HEAD,
    )
    expect(listed.newToPullRequest('design.md', false)).toBe(true)
    expect(listed.newToPullRequest('changed.md', false)).toBe(false)
    expect(listed.newToPullRequest('old.md', true)).toBe(false) // the base has it
    expect(listed.newToPullRequest('unlisted.md', true)).toBe(true)
    expect(listed.newToPullRequest('unlisted.md', false)).toBe(false)
  })

  it('does not trust a file’s absence from a listing GitHub may have cut at 3,000 files', () => {
    const files = Array.from({ length: 3000 }, (_, i) => added(`f${i}.md`, `${i}\n`))
    expect(listedFiles(files, HEAD).newToPullRequest('design.md', true)).toBe(false)
  })
})

describe('everyLine', () => {
  it('numbers every line of a text', () => {
    expect([...everyLine('a\nb\n')]).toEqual([1, 2])
    expect([...everyLine('a\nb')]).toEqual([1, 2])
    expect([...everyLine('')]).toEqual([])
  })
})
