import { describe, expect, it } from '@jest/globals'
import type { RunOutcome } from '../../src/action/outcome.js'
import { OUTPUT_NAMES, renderOutputs, renderSummary } from '../../src/action/summary.js'
import { PRICES_AS_OF } from '../../src/core/pricing.js'
import { WORD_JOINER as WJ } from '../../src/core/sanitize.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

const created: RunOutcome = {
  result: 'created',
  reason: 'docs/requirements.md changed, so the design was written.',
  designPath: 'docs/tech-design.md',
  pullRequestNumber: 42,
  commitSha: SHA,
  commitUrl: `https://github.com/acme/shop/commit/${SHA}`,
  reviewUrl: 'https://github.com/acme/shop/pull/42#pullrequestreview-7',
  runUrl: 'https://github.com/acme/shop/actions/runs/99',
  openQuestions: [
    { text: 'Which payment provider will be used for refunds?', line: 120 },
    { text: 'Should @finance confirm? It fixes #3.', line: 124 },
  ],
  questionsPosted: 1,
  usage: {
    inputTokens: 12_345,
    outputTokens: 6_789,
    cacheReadInputTokens: 1_000,
    cacheCreationInputTokens: 2_000,
  },
  model: 'claude-sonnet-5-5',
  costUsd: 0.123456789,
  modelCalls: 2,
  durationMs: 65_432,
}

const skipped: RunOutcome = {
  result: 'skipped',
  reason: 'The pull request does not change docs/requirements.md.',
  designPath: 'docs/tech-design.md',
  openQuestions: [],
  durationMs: 120,
}

describe('renderSummary', () => {
  const md = renderSummary(created)

  it('heads with the result and gives the reason', () => {
    expect(md.startsWith('## ✅ Technical design created\n\n')).toBe(true)
    expect(md).toContain(created.reason)
    expect(renderSummary(skipped)).toMatch(/^## ⏭️ Skipped\n/)
    expect(renderSummary({ ...skipped, result: 'failed' })).toMatch(/^## ❌ Failed\n/)
    expect(renderSummary({ ...skipped, result: 'unchanged' })).toMatch(/^## ✔️ .*unchanged\n/)
    expect(renderSummary({ ...skipped, result: 'updated' })).toMatch(/^## ✅ .*updated\n/)
  })

  it('lists what a person should know besides the reason, under it', () => {
    const note = '2 replies in question threads from people without read permission were not used.'
    const withNotes = renderSummary({ ...created, notes: [note] })
    expect(withNotes).toContain(`${created.reason}\n\n- ${note}\n`)
    expect(md).not.toMatch(/^- .*were not used/m)
  })

  it("lists where people's text departs from the template, folded, at most 20, and what to do", () => {
    const problems = Array.from({ length: 23 }, (_, i) => ({
      line: i + 1,
      message: `Code block not allowed (language "sql") @team number ${i + 1}`,
    }))
    const withProblems = renderSummary({ ...created, templateProblems: problems })
    expect(withProblems).toContain(
      '<details><summary>docs/tech-design.md departs from the template in 23 places people wrote; kept as they are</summary>',
    )
    expect(withProblems).toContain('- line 20: Code block not allowed')
    expect(withProblems).not.toContain('- line 21:')
    expect(withProblems).toContain('- … and 3 more')
    expect(withProblems).toContain('`tech-design check docs/tech-design.md` lists every place')
    expect(withProblems).not.toMatch(/(^|[^`\w])@team/)
    expect(md).not.toContain('departs from the template')
  })

  it('links the commit, review, pull request and run', () => {
    expect(md).toContain(`[commit 0123456](${created.commitUrl})`)
    expect(md).toContain(`[review](${created.reviewUrl})`)
    expect(md).toContain('[pull request #42](https://github.com/acme/shop/pull/42)')
    expect(md).toContain(`[workflow run](${created.runUrl})`)
  })

  it('shows the pull request number unlinked when no URL says where the repository is', () => {
    const md2 = renderSummary({ ...skipped, pullRequestNumber: 5 })
    expect(md2).toContain('pull request #5')
    expect(md2).not.toContain('](')
  })

  it('lists the open questions with their lines, sanitised', () => {
    expect(md).toContain('### Open questions (2)')
    expect(md).toContain('- Which payment provider will be used for refunds? (line 120)')
    expect(md).toContain(`- Should @${WJ}finance confirm? It f${WJ}ixes #3. (line 124)`)
    expect(md).toContain('1 posted as review comment in this run; 1 already had a thread')
  })

  it('tabulates model, calls, tokens, cost and duration', () => {
    expect(md).toContain('| Model | `claude-sonnet-5-5` |')
    expect(md).toContain('| Model calls | 2 |')
    expect(md).toContain('| Input tokens | 12,345 |')
    expect(md).toContain('| Output tokens | 6,789 |')
    expect(md).toContain('| Cache read tokens | 1,000 |')
    expect(md).toContain('| Cache write tokens | 2,000 |')
    expect(md).toContain(`| Estimated cost | $0.12 (list prices as of ${PRICES_AS_OF}) |`)
    expect(md).toContain('| Duration | 65.4 s |')
  })

  it('says the cost is unknown when no price is known', () => {
    expect(renderSummary({ ...created, costUsd: null })).toContain('| Estimated cost | unknown |')
  })

  it('shows only the duration for a run that never called the model', () => {
    const md2 = renderSummary(skipped)
    expect(md2).toContain('| Duration | 0.1 s |')
    expect(md2).not.toContain('Model')
    expect(md2).not.toContain('Open questions')
  })
})

describe('renderOutputs', () => {
  it('always sets all 8 outputs, whatever the result', () => {
    for (const outcome of [created, skipped, { ...skipped, result: 'failed' as const }]) {
      const outputs = renderOutputs(outcome)
      expect(Object.keys(outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
      expect(Object.keys(outputs)).toHaveLength(8)
      for (const v of Object.values(outputs)) expect(typeof v).toBe('string')
    }
  })

  it('reports a created design', () => {
    expect(renderOutputs(created)).toEqual({
      result: 'created',
      'design-path': 'docs/tech-design.md',
      'commit-sha': SHA,
      'pull-request-number': '42',
      'open-questions': '2',
      'input-tokens': String(12_345 + 1_000 + 2_000),
      'output-tokens': '6789',
      'cost-usd': '0.123457',
    })
  })

  it('leaves unknown values empty', () => {
    expect(renderOutputs({ ...skipped, costUsd: null })).toEqual({
      result: 'skipped',
      'design-path': 'docs/tech-design.md',
      'commit-sha': '',
      'pull-request-number': '',
      'open-questions': '0',
      'input-tokens': '',
      'output-tokens': '',
      'cost-usd': '',
    })
  })
})
