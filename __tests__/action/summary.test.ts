import { describe, expect, it } from '@jest/globals'
import { Lexer, type Tokens } from 'marked'
import { OUTPUT_NAMES, type RunOutcome } from '../../src/flows/outcome.js'
import {
  clipToBytes,
  MAX_DRAFT_BYTES,
  renderOutputs,
  renderSummary,
} from '../../src/action/summary.js'
import { PRICES_AS_OF } from '../../src/config/pricing.js'
import { safeForGitHub, WORD_JOINER as WJ } from '../../src/github-text/sanitize.js'

/** 3000 → "3,000", as the summary writes counts. */
const count = (n: number): string => n.toLocaleString('en-US')

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
  it('always sets all 9 outputs, whatever the result', () => {
    for (const outcome of [created, skipped, { ...skipped, result: 'failed' as const }]) {
      const outputs = renderOutputs(outcome)
      expect(Object.keys(outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
      expect(Object.keys(outputs)).toHaveLength(9)
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
      'requirements-covered': '',
    })
    expect(
      renderOutputs({ ...created, traceability: { covered: 12, total: 14, missing: [] } })[
        'requirements-covered'
      ],
    ).toBe('12/14')
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
      'requirements-covered': '',
    })
  })
})

describe('the check and the traceability in the summary', () => {
  it('links the check with what it said', () => {
    const summary = renderSummary({
      ...created,
      check: {
        conclusion: 'failure',
        title: 'Stale: docs/requirements.md changed since tech-design.md was made',
        url: 'https://github.com/acme/shop/runs/7',
      },
    })
    expect(summary).toContain(
      'Check [Technical design](https://github.com/acme/shop/runs/7): ❌ Stale: docs/requirements.md changed since tech-design.md was made.',
    )
  })

  it('says how many items are traced and lists the rest, defused', () => {
    const summary = renderSummary({
      ...created,
      traceability: { covered: 2, total: 4, missing: ['FR-3', 'Notify @ops when a refund fails'] },
    })
    expect(summary).toContain('### Traceability: 2/4 requirement items traced')
    expect(summary).toContain('- FR-3\n')
    expect(summary).toContain(`- Notify @${WJ}ops when a refund fails`)
  })

  it('shows only the count when every item is traced', () => {
    const summary = renderSummary({
      ...created,
      traceability: { covered: 3, total: 3, missing: [] },
    })
    expect(summary).toContain('### Traceability: 3/3 requirement items traced\n\n')
    expect(summary).not.toContain('Not traced')
  })
})

describe('a failed run', () => {
  const draft = [
    '# Technical Design: Refunds',
    '',
    '## 1. Overview',
    'Ask @payments-team before launch; this fixes #12.',
    '```mermaid',
    'graph TD; A-->B',
    '```',
    '````',
    '</details>',
    '## 3. Risks',
    '',
  ].join('\n')
  const failed: RunOutcome = {
    result: 'failed',
    reason: 'The design was cut off at 32,000 output tokens. Ask @octocat.',
    designPath: 'docs/tech-design.md',
    openQuestions: [],
    usage: {
      inputTokens: 20_000,
      outputTokens: 9_000,
      cacheReadInputTokens: 5_000,
      cacheCreationInputTokens: 0,
    },
    model: 'claude-sonnet-5-5',
    modelCalls: 3,
    costUsd: 0.1305,
    durationMs: 81_000,
  }
  const rejected: RunOutcome = {
    ...failed,
    rejectedDraft: {
      document: draft,
      violations: [
        { line: 5, message: 'Code block not allowed (language "mermaid") for @team' },
        { line: 10, message: 'Section "2. Architecture" is missing' },
      ],
    },
  }

  it('still sets its token and cost outputs', () => {
    expect(renderOutputs(failed)).toMatchObject({
      result: 'failed',
      'input-tokens': '25000',
      'output-tokens': '9000',
      'cost-usd': '0.130500',
    })
  })

  it('still tabulates model, calls, tokens and cost', () => {
    const md = renderSummary(failed)
    expect(md).toContain('| Model | `claude-sonnet-5-5` |')
    expect(md).toContain('| Model calls | 3 |')
    expect(md).toContain('| Input tokens | 20,000 |')
    expect(md).toContain('| Output tokens | 9,000 |')
    expect(md).toContain(`| Estimated cost | $0.13 (list prices as of ${PRICES_AS_OF}) |`)
    expect(md).not.toContain('rejected')
  })

  it('folds its last rejected draft, with the problems at their lines and what to do', () => {
    const md = renderSummary(rejected)
    expect(md).toContain(
      '<details><summary>The last draft the model sent, rejected (2 problems)</summary>',
    )
    expect(md).toContain('Line numbers count from the first line of the draft below.')
    expect(md).toContain(
      `- line 5: Code block not allowed (language "mermaid") for @${WJ}team — \`\`\`\` \`\`\`mermaid \`\`\`\``,
    )
    expect(md).toContain('- line 10: Section "2. Architecture" is missing — `## 3. Risks`')
    expect(md).toContain('Re-run the job')
    expect(md).toContain('comment `/tech-design`')
    // Folded before the usage table, which stays in view.
    expect(md.indexOf('</details>')).toBeLessThan(md.indexOf('| Model |'))
    const one = renderSummary({
      ...rejected,
      rejectedDraft: { document: draft, violations: [{ line: 1, message: 'x' }] },
    })
    expect(one).toContain('rejected (1 problem)</summary>')
  })

  it("fences the draft so that none of the draft's own fences closes it", () => {
    const md = renderSummary(rejected)
    expect(md).toContain('\n`````markdown\n# Technical Design: Refunds\n')
    const codes = new Lexer().lex(md).filter((t): t is Tokens.Code => t.type === 'code')
    expect(codes).toHaveLength(1)
    expect(codes[0]?.text).toBe(safeForGitHub(draft.replace(/\n$/, '')))
    // The draft's "</details>" is text in the code block: the summary's own one ends the part.
    expect(md.match(/^<\/details>$/gm)).toHaveLength(2)
  })

  it('shows at most 20 problems, then says how many more', () => {
    const violations = Array.from({ length: 23 }, (_, i) => ({ line: i + 1, message: `p${i + 1}` }))
    const md = renderSummary({ ...rejected, rejectedDraft: { document: draft, violations } })
    expect(md).toContain('rejected (23 problems)')
    expect(md).toContain('- line 20: p20')
    expect(md).not.toContain('- line 21:')
    expect(md).toContain('- … and 3 more')
  })

  it('cuts an oversized draft at a line and says so', () => {
    const line = `${'é'.repeat(99)} line`
    const lines = Array.from({ length: 3_000 }, (_, i) => `${line} ${i + 1}`)
    const md = renderSummary({
      ...rejected,
      rejectedDraft: { document: lines.join('\n'), violations: [{ line: 2_999, message: 'x' }] },
    })
    expect(Buffer.byteLength(md)).toBeLessThan(MAX_DRAFT_BYTES + 10_000)
    const code = new Lexer().lex(md).find((t): t is Tokens.Code => t.type === 'code')
    const shown = code?.text.split('\n') ?? []
    expect(Buffer.byteLength(code?.text ?? '')).toBeLessThanOrEqual(MAX_DRAFT_BYTES)
    expect(shown).toEqual(lines.slice(0, shown.length))
    expect(md).toContain(
      `so only its first ${(Buffer.byteLength(shown.join('\n')) / 1024).toFixed(1)} KB are shown: up to line ${count(shown.length)} of 3,000.`,
    )
    // A problem past the cut still names its line and quotes it.
    expect(md).toContain(`- line 2999: x — \`${'é'.repeat(59)}…\``)
    expect(renderSummary(rejected)).not.toContain('are shown: up to line')
  })

  it('mentions nobody, outside the fence or in it', () => {
    const md = renderSummary(rejected)
    expect(md).not.toMatch(/(?<![A-Za-z0-9_])@[\p{L}\p{N}]/u)
    expect(md).toContain(`Ask @${WJ}payments-team before launch; this f${WJ}ixes #12.`)
    expect(md).toContain(`Ask @${WJ}octocat.`)
  })
})

describe('clipToBytes', () => {
  it('keeps the whole lines that fit, newlines counted', () => {
    expect(clipToBytes(['ab', 'cd', 'ef'], 5)).toEqual(['ab', 'cd'])
    expect(clipToBytes(['ab', 'cd', 'ef'], 4)).toEqual(['ab'])
    expect(clipToBytes(['ab', 'cd'], 100)).toEqual(['ab', 'cd'])
    expect(clipToBytes([], 10)).toEqual([])
  })

  it('counts UTF-8 bytes, and cuts a first line too long between characters', () => {
    expect(clipToBytes(['éé', 'x'], 4)).toEqual(['éé'])
    expect(clipToBytes(['ééé'], 5)).toEqual(['éé'])
    expect(clipToBytes(['😀😀'], 7)).toEqual(['😀'])
  })
})
