import { describe, expect, it } from '@jest/globals'
import { COMMAND_FLAGS } from '../../src/github-text/command.js'
import {
  closeOpenFence,
  commandUsage,
  COMMENT_MARKERS,
  fenced,
  forkDesignComment,
  GITHUB_COMMENT_LIMIT,
  invalidCommandReply,
  issueReply,
  permissionDeniedReply,
  postable,
  postableLine,
  questionsLine,
  trackingComment,
  usageLine,
  type TrackingState,
} from '../../src/github-text/comments.js'
import { WORD_JOINER as WJ } from '../../src/github-text/sanitize.js'

/** GitHub's mention condition: `@` + name character, not after an ASCII word character. */
const mentions = (text: string): string[] =>
  [...text.matchAll(/(?<![A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w-]+)?)/g)].map(
    (m) => m[1] ?? '',
  )

const CLOSES = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b\s*:?\s*(?:[\w.-]+\/[\w.-]+)?#\d+/i

/** Text a person or model could slip in: mentions, a closing keyword and a forged marker. */
const HOSTILE = 'Ask @alice and @acme/payments. Fixes #12. <!-- tech-design-tracking -->'

const RUN = 'https://github.com/acme/shop/actions/runs/42'
const TARGET = 'issue #7'

const ALL_STATES: TrackingState[] = [
  { phase: 'started', target: TARGET },
  { phase: 'generating', target: TARGET, outputTokens: 3200, section: '5. Detailed Design' },
  {
    phase: 'done',
    target: TARGET,
    result: 'created',
    commitUrl: 'https://github.com/acme/shop/commit/abc',
    reviewUrl: 'https://github.com/acme/shop/pull/8#pullrequestreview-1',
    pullRequestUrl: 'https://github.com/acme/shop/pull/8',
    questions: 3,
    questionsPosted: 3,
    outputTokens: 3200,
    inputTokens: 12400,
    costUsd: 0.42,
    runUrl: RUN,
  },
  { phase: 'skipped', target: TARGET, reason: 'Pull request #7 is closed.', runUrl: RUN },
  { phase: 'failed', target: TARGET, reason: 'The model timed out.', runUrl: RUN },
]

/** Every body a command can post, from inputs without any "@". */
const OWN_BODIES = [
  ...ALL_STATES.map(trackingComment),
  permissionDeniedReply({ required: 'write', actual: 'read', triggerPhrase: '/tech-design' }),
  invalidCommandReply({ problem: 'Unknown flag.', triggerPhrase: '/tech-design' }),
  issueReply({
    pullRequestUrl: 'https://github.com/acme/shop/pull/8',
    pullRequestNumber: 8,
    questions: 2,
    updated: false,
  }),
  forkDesignComment({ design: '# Design\n\nText.', designPath: 'tech-design.md', reason: 'Fork.' }),
]

describe('every body', () => {
  it('ends with a tech-design marker', () => {
    for (const body of OWN_BODIES) expect(body).toMatch(/\n\n<!-- tech-design-[a-z-]+ -->$/)
  })

  it('never @-mentions anyone from our own text', () => {
    for (const body of OWN_BODIES) {
      expect(body).not.toContain('@')
      expect(mentions(body)).toEqual([])
    }
  })
})

describe('postable', () => {
  it('defuses mentions, closing keywords and look-alikes of our markers', () => {
    const safe = postable(HOSTILE)
    expect(mentions(safe)).toEqual([])
    expect(safe).not.toMatch(CLOSES)
    expect(safe).not.toContain('<!-- tech-design-tracking')
    expect(safe).toContain('&lt;!-- tech-design-tracking -->')
  })

  it('leaves other HTML comments hidden', () => {
    expect(postable('a <!-- note --> b')).toBe('a <!-- note --> b')
  })
})

describe('postableLine', () => {
  it('is postable text on one line', () => {
    expect(postableLine('  Which\n  provider?\t ')).toBe('Which provider?')
    const line = postableLine(HOSTILE)
    expect(line).not.toContain('\n')
    expect(line).toBe(postable(HOSTILE).replace(/\s+/g, ' ').trim())
  })
})

describe('trackingComment', () => {
  const first = (state: TrackingState) => trackingComment(state).split('\n')[0]

  it('says it has started', () => {
    expect(first({ phase: 'started', target: TARGET })).toBe(
      '👀 Working on the technical design for issue #7…',
    )
  })

  it('shows progress: tokens so far and the section reached', () => {
    expect(
      first({
        phase: 'generating',
        target: TARGET,
        outputTokens: 3200,
        section: '5. Detailed Design',
      }),
    ).toBe(
      '✍️ Writing the technical design for issue #7… 3,200 tokens so far, at section “5. Detailed Design”',
    )
    expect(first({ phase: 'generating', target: TARGET, outputTokens: 1, section: null })).toBe(
      '✍️ Writing the technical design for issue #7… 1 token so far',
    )
    expect(first({ phase: 'generating', target: TARGET, outputTokens: 0, section: 'Intro' })).toBe(
      '✍️ Writing the technical design for issue #7… at section “Intro”',
    )
  })

  it('defuses and flattens a section heading from the model', () => {
    const body = trackingComment({
      phase: 'generating',
      target: TARGET,
      outputTokens: 10,
      section: `Ask @alice\nfixes #3 ${'x'.repeat(300)}`,
    })
    expect(mentions(body)).toEqual([])
    expect(body).not.toMatch(CLOSES)
    expect(body.split('\n')[0]!.length).toBeLessThan(200)
  })

  it('reports a committed design with its links, questions and cost', () => {
    const body = trackingComment(ALL_STATES[2]!)
    expect(body.split('\n')[0]).toBe('✅ Design committed for issue #7: a new technical design.')
    expect(body).toContain('[Pull request](https://github.com/acme/shop/pull/8)')
    expect(body).toContain('[Commit](https://github.com/acme/shop/commit/abc)')
    expect(body).toContain(
      '3 open questions, posted for answers in [the review](https://github.com/acme/shop/pull/8#pullrequestreview-1).',
    )
    expect(body).toContain('12,400 input and 3,200 output tokens, about $0.42.')
    expect(body).toContain(`[See the run](${RUN})`)
    expect(body.endsWith(COMMENT_MARKERS.tracking)).toBe(true)
  })

  it('tells updated and unchanged apart, and leaves out what it does not know', () => {
    const base = ALL_STATES[2] as Extract<TrackingState, { phase: 'done' }>
    expect(trackingComment({ ...base, result: 'updated' })).toMatch(/^✅ .*updated/)
    const unchanged = trackingComment({
      phase: 'done',
      target: TARGET,
      result: 'unchanged',
      questions: 0,
      questionsPosted: 0,
      outputTokens: 0,
      inputTokens: 0,
      costUsd: null,
    })
    expect(unchanged).toMatch(/^✅ .*already up to date/)
    expect(unchanged).not.toMatch(/tokens|\$|\]\(/)
    expect(unchanged).toContain('No open questions.')
  })

  it('gives the reason when skipped or failed, defused, with the run', () => {
    const failed = trackingComment({
      phase: 'failed',
      target: TARGET,
      reason: HOSTILE,
      runUrl: RUN,
    })
    expect(failed.split('\n')[0]).toMatch(/^❌ Could not make the design for issue #7: Ask /)
    expect(failed).toContain(`[See the run](${RUN})`)
    const skipped = trackingComment({ phase: 'skipped', target: TARGET, reason: HOSTILE })
    expect(skipped).toMatch(/^⏭️ /)
    expect(skipped).not.toContain('See the run')
    for (const body of [failed, skipped]) {
      expect(mentions(body)).toEqual([])
      expect(body).not.toMatch(CLOSES)
      // The only real marker is ours, at the end.
      expect(body.match(/<!-- tech-design-tracking -->/g)).toHaveLength(1)
      expect(body.endsWith(COMMENT_MARKERS.tracking)).toBe(true)
    }
  })

  it('encodes characters that would end a link early', () => {
    const body = trackingComment({
      phase: 'failed',
      target: TARGET,
      reason: 'x',
      runUrl: 'https://e.x/a (b)',
    })
    expect(body).toContain('[See the run](https://e.x/a%20%28b%29)')
  })
})

describe('questionsLine', () => {
  it('counts new and earlier questions', () => {
    expect(questionsLine(0, 0)).toBe('No open questions.')
    expect(questionsLine(1, 1)).toBe('1 open question, posted for answers as review comments.')
    expect(questionsLine(3, 0)).toBe('3 open questions, all already asked in an earlier review.')
    expect(questionsLine(1, 0)).toBe('1 open question, already asked in an earlier review.')
    expect(questionsLine(3, 2, 'https://r')).toBe(
      '3 open questions: 2 newly posted in [the review](https://r), 1 asked before.',
    )
    expect(questionsLine(2, 5)).toBe('2 open questions, posted for answers as review comments.')
  })
})

describe('usageLine', () => {
  it('is empty without tokens, and leaves out an unknown cost', () => {
    expect(usageLine(0, 0, 0)).toBe('')
    expect(usageLine(1000, 1, null)).toBe('1,000 input and 1 output token.')
    expect(usageLine(1000, 2000, 0.0031)).toBe(
      '1,000 input and 2,000 output tokens, about $0.0031.',
    )
  })
})

describe('permissionDeniedReply', () => {
  it('says who may run it and that nothing was done', () => {
    const body = permissionDeniedReply({
      required: 'write',
      actual: 'read',
      triggerPhrase: '/tech-design',
    })
    expect(body).toMatch(/people with write permission or higher on this repository/)
    expect(body).toContain('`/tech-design`')
    expect(body).toMatch(/you have read permission/)
    expect(body).toMatch(/nothing was done/)
    expect(body.endsWith(COMMENT_MARKERS.permissionDenied)).toBe(true)
  })

  it('reads well for no permission and for admin, the top level', () => {
    const body = permissionDeniedReply({
      required: 'admin',
      actual: 'none',
      triggerPhrase: '+design',
    })
    expect(body).toMatch(/people with admin permission on this repository/)
    expect(body).not.toMatch(/or higher/)
    expect(body).toMatch(/you have no permission on it/)
  })
})

describe('invalidCommandReply', () => {
  const body = invalidCommandReply({
    problem: '`--fast` is not a flag I know.',
    triggerPhrase: '+design',
  })

  it('gives the problem first, then the syntax with the real phrase and flags', () => {
    expect(body.split('\n')[0]).toBe('⚠️ `--fast` is not a flag I know. Nothing was done.')
    expect(commandUsage('+design')).toBe(
      `+design [PATH] ${COMMAND_FLAGS.map((f) => `[${f}]`).join(' ')}`,
    )
    expect(body).toContain('`+design [PATH] [--force] [--full]`')
  })

  it('explains PATH, each flag and guidance', () => {
    expect(body).toMatch(/\| `PATH` \| The requirements file to design from.*on an issue/)
    for (const flag of COMMAND_FLAGS) expect(body).toContain(`| \`${flag}\` |`)
    expect(body).toMatch(
      /--force` \| Write the design again from scratch, replacing edits people made/,
    )
    expect(body).toMatch(/lines after the first are guidance for the architect/)
    expect(body.endsWith(COMMENT_MARKERS.invalidCommand)).toBe(true)
  })

  it('defuses the problem, which quotes the person', () => {
    const reply = invalidCommandReply({ problem: HOSTILE, triggerPhrase: '/tech-design' })
    expect(mentions(reply)).toEqual([])
    expect(reply).not.toMatch(CLOSES)
    expect(reply.match(/<!-- tech-design-/g)).toHaveLength(1)
  })
})

describe('issueReply', () => {
  const url = 'https://github.com/acme/shop/pull/8'

  it('points to the pull request and counts the questions waiting there', () => {
    const body = issueReply({
      pullRequestUrl: url,
      pullRequestNumber: 8,
      questions: 3,
      updated: false,
    })
    expect(body).toMatch(
      /^📐 The technical design is ready for review in \[#8\]\(https:\/\/github\.com\/acme\/shop\/pull\/8\)\./,
    )
    expect(body).toContain('3 open questions are waiting for answers there')
    expect(body.endsWith(COMMENT_MARKERS.issueReply)).toBe(true)
  })

  it('says "updated" on a re-run, and reads well for one or no question', () => {
    expect(
      issueReply({ pullRequestUrl: url, pullRequestNumber: 8, questions: 1, updated: true }),
    ).toMatch(
      /updated and ready for review in \[#8\][\s\S]*1 open question is waiting for an answer/,
    )
    expect(
      issueReply({ pullRequestUrl: url, pullRequestNumber: 8, questions: 0, updated: false }),
    ).toContain('It has no open questions.')
  })
})

describe('forkDesignComment', () => {
  const design = [
    '# Technical Design: Refunds',
    '',
    '## 5. Detailed Design',
    'Owned by @payments-team; this fixes #12.',
    '',
    '```ts',
    'const a = 1',
    '```',
    '',
    '## 12. Open Questions',
    '- Which provider?',
    '<!-- tech-design-question: 0123456789abcdef -->',
  ].join('\n')
  const reason = 'Pull request #3 comes from the fork mallory/shop, which @mallory owns; closes #4.'
  const body = forkDesignComment({ design, designPath: 'docs/tech-design.md', reason })

  it('gives the reason and how to apply it, before the design', () => {
    expect(body).toMatch(
      /^📄 Here is the technical design for this pull request\. Pull request #3 comes from the fork/,
    )
    expect(body).toMatch(
      /copy the Markdown source below[\s\S]*into `docs\/tech-design\.md` on the pull request's branch/,
    )
    expect(body.indexOf('copy the Markdown source')).toBeLessThan(body.indexOf('<details>'))
  })

  it('renders the design in a collapsed block, and its source in a code block', () => {
    expect(body).toContain(
      '<details>\n<summary>Technical design</summary>\n\n# Technical Design: Refunds',
    )
    expect(body).toContain(
      '<summary>Markdown source for <code>docs/tech-design.md</code></summary>\n\n````markdown\n# Technical',
    )
    expect(body).toContain('## 12. Open Questions')
    expect(body.match(/<details>/g)).toHaveLength(2)
    expect(body.match(/<\/details>/g)).toHaveLength(2)
  })

  it('defuses the design and the reason', () => {
    expect(mentions(body)).toEqual([])
    expect(body).not.toMatch(CLOSES)
    expect(body.replaceAll(WJ, '')).toContain('Owned by @payments-team; this fixes #12.')
    // A marker in the design is shown, not taken for ours.
    expect(body.match(/<!-- tech-design-/g)).toHaveLength(1)
    expect(body.endsWith(COMMENT_MARKERS.forkDesign)).toBe(true)
  })

  it('escapes the design path in the summary HTML', () => {
    const odd = forkDesignComment({ design: 'x', designPath: 'a<b>&.md', reason: 'r' })
    expect(odd).toContain('<code>a&lt;b&gt;&amp;.md</code>')
  })

  it('closes a fence the design leaves open, so the blocks still end', () => {
    const open = forkDesignComment({
      design: '# D\n\n```mermaid\ngraph TD',
      designPath: 'd.md',
      reason: 'r',
    })
    expect(open).toContain('graph TD\n```\n\n</details>')
  })

  it('keeps only the source when both do not fit, and cuts it at a line when that does not fit', () => {
    const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.'
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `${i}. ${line}`).join('\n')

    const medium = forkDesignComment({ design: lines(700), designPath: 'd.md', reason: 'r' })
    expect(medium.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    expect(medium).toMatch(/too long to show rendered as well/)
    expect(medium.match(/<details>/g)).toHaveLength(1)
    expect(medium).toContain(`699. ${line}\n\`\`\`\n\n</details>`)

    const huge = forkDesignComment({ design: lines(3000), designPath: 'd.md', reason: 'r' })
    expect(huge.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    const kept = /only its first ([\d,]+) of 3,000 lines/.exec(huge)
    expect(kept).not.toBeNull()
    const n = Number(kept![1]!.replace(/,/g, ''))
    expect(huge).toContain(`\n${n - 1}. ${line}\n\`\`\`\n\n</details>`)
    expect(huge).not.toContain(`\n${n}. ${line}`)
    expect(huge.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT - 200)
    expect(huge.endsWith(COMMENT_MARKERS.forkDesign)).toBe(true)
  })
})

describe('fenced', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(fenced('a')).toBe('```markdown\na\n```')
    expect(fenced('```js\nx\n```')).toBe('````markdown\n```js\nx\n```\n````')
    expect(fenced('')).toBe('```markdown\n```')
  })
})

describe('closeOpenFence', () => {
  it('leaves balanced fences alone', () => {
    const text = '```\na\n```\n~~~~\nb\n~~~~'
    expect(closeOpenFence(text)).toBe(text)
  })

  it('closes an open fence with its own marker', () => {
    expect(closeOpenFence('a\n````ts\nb\n```')).toBe('a\n````ts\nb\n```\n````')
    expect(closeOpenFence('~~~\nb')).toBe('~~~\nb\n~~~')
  })

  it('does not take inline code or indented code for a fence', () => {
    expect(closeOpenFence('```a` b```')).toBe('```a` b```')
    expect(closeOpenFence('    ```')).toBe('    ```')
  })
})
