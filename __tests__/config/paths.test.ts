import { describe, expect, it } from '@jest/globals'
import { checkRepoPath, MAX_PATH_LENGTH } from '../../src/config/paths.js'

/** The problem for a refused path, or a failure naming the path it accepted instead. */
function problemOf(raw: string, options?: Parameters<typeof checkRepoPath>[1]): string {
  const checked = checkRepoPath(raw, options)
  if (!('problem' in checked)) throw new Error(`expected a problem, got ${checked.path}`)
  return checked.problem
}

describe('checkRepoPath', () => {
  it.each(['req.md', 'docs/requirements.md', 'a b/c-d_e.md', '.config/design.md', 'docs/...md'])(
    'accepts %j as it is',
    (path) => {
      expect(checkRepoPath(path)).toEqual({ path })
    },
  )

  it.each([
    ['  docs/req.md\n', 'docs/req.md'],
    ['./docs/req.md', 'docs/req.md'],
    ['././docs/req.md', 'docs/req.md'],
    ['docs//design//req.md', 'docs/design/req.md'],
    ['docs/./req.md', 'docs/req.md'],
    ['docs/././req.md', 'docs/req.md'],
    ['.//docs/.//req.md', 'docs/req.md'],
  ])('normalises %j to %j', (raw, path) => {
    expect(checkRepoPath(raw)).toEqual({ path })
  })

  it.each([
    ['', 'must not be empty'],
    [' \t ', 'must not be empty'],
    ['/etc/passwd', 'must be relative to the repository root (no leading "/" or drive letter)'],
    ['//server/share.md', 'must be relative to the repository root'],
    ['C:\\docs\\req.md', 'must be relative to the repository root'],
    ['c:/docs/req.md', 'must be relative to the repository root'],
    ['docs\\req.md', 'must use "/" between folders, not a backslash'],
    ['../req.md', 'must not contain ".." (it must stay inside the repository)'],
    ['docs/../../req.md', 'must not contain ".."'],
    ['./../req.md', 'must not contain ".."'],
    ['docs/..', 'must not contain ".."'],
    ['docs/', 'must name a file, not a folder'],
    ['docs/.', 'must name a file, not a folder'],
    ['.', 'must name a file, not a folder'],
    ['./', 'must name a file, not a folder'],
    ['.git/config', 'must not be under ".git/": that folder is git\'s own'],
    ['vendor/lib/.git/HEAD', 'must not be under ".git/"'],
    ['.GIT/config', 'must not be under ".git/"'],
    ['.github/workflows/design.md', 'must not be under ".github/": that folder is for workflows'],
    ['./.GitHub/req.md', 'must not be under ".github/"'],
    [
      'docs/\u0000req.md',
      'must not contain control characters (such as a tab, a line break or NUL)',
    ],
    ['docs/a\tb.md', 'must not contain control characters'],
    ['docs/a\nb.md', 'must not contain control characters'],
    ['docs/a\u0085b.md', 'must not contain control characters'],
  ])('refuses %j: it %s', (raw, problem) => {
    expect(problemOf(raw)).toContain(problem)
  })

  it('accepts `.github/` only when asked, and never `.git/`', () => {
    const options = { allowGitHubFolder: true }
    expect(checkRepoPath('./.github/tech-design/template.md', options)).toEqual({
      path: '.github/tech-design/template.md',
    })
    expect(problemOf('.github/.git/template.md', options)).toContain('must not be under ".git/"')
  })

  it('takes names that only contain ".git" or ".github" for ordinary files', () => {
    for (const path of ['.gitignore', 'docs/.github', 'my.github/req.md', '.git-docs/req.md']) {
      expect(checkRepoPath(path)).toEqual({ path })
    }
  })

  it('measures the normal form, in characters rather than UTF-16 units', () => {
    const longest = `${'😀'.repeat(MAX_PATH_LENGTH - 3)}.md`
    expect(checkRepoPath(`./${longest}`)).toEqual({ path: longest })
    expect(problemOf(`a${longest}`)).toBe('is too long (256 characters; the limit is 255)')
  })
})
