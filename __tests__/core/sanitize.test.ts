import { describe, expect, it } from '@jest/globals'
import {
  neutraliseClosingKeywords,
  neutraliseMentions,
  safeForGitHub,
  WORD_JOINER as WJ,
} from '../../src/core/sanitize.js'

/** GitHub's mention condition: `@` + name character, not after an ASCII word character. */
const mentions = (text: string): string[] =>
  [...text.matchAll(/(?<![A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w-]+)?)/g)].map(
    (m) => m[1] ?? '',
  )

const CLOSES = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b\s*:?\s*(?:[\w.-]+\/[\w.-]+)?#\d+/i

describe('neutraliseMentions', () => {
  it('defuses users and teams inside text', () => {
    const text = 'Ask @alice, (@bob) or @acme/payments-team before deciding; cc:@carol.'
    const safe = neutraliseMentions(text)
    expect(mentions(text)).toEqual(['alice', 'bob', 'acme/payments-team', 'carol'])
    expect(mentions(safe)).toEqual([])
    expect(safe).toBe(
      `Ask @${WJ}alice, (@${WJ}bob) or @${WJ}acme/payments-team before deciding; cc:@${WJ}carol.`,
    )
  })

  it('reads the same once the invisible joiner is removed', () => {
    const text = 'Ping @alice at the start of a line\n@bob too'
    expect(neutraliseMentions(text).replaceAll(WJ, '')).toBe(text)
  })

  it('leaves e-mail addresses and a lone @ intact', () => {
    const text = 'Mail ops@example.com or first.last+tag@corp.example.org; meet @ 10:00.'
    expect(neutraliseMentions(text)).toBe(text)
  })

  it('also defuses mentions in code spans (altered everywhere)', () => {
    expect(neutraliseMentions('`@types/node`')).toBe(`\`@${WJ}types/node\``)
  })

  it('is idempotent', () => {
    const once = neutraliseMentions('@alice and @bob')
    expect(neutraliseMentions(once)).toBe(once)
  })
})

describe('neutraliseClosingKeywords', () => {
  const keywords = [
    'close',
    'closes',
    'closed',
    'fix',
    'fixes',
    'fixed',
    'resolve',
    'resolves',
    'resolved',
  ]

  it.each(keywords)('defuses "%s" in every case and reference form', (keyword) => {
    for (const k of [
      keyword,
      keyword.toUpperCase(),
      keyword[0]?.toUpperCase() + keyword.slice(1),
    ]) {
      for (const ref of [
        `${k} #12`,
        `${k}: #4`,
        `${k} owner/repo#3`,
        `${k} GH-7`,
        `This ${k} https://github.com/o/r/issues/9.`,
      ]) {
        const safe = neutraliseClosingKeywords(ref)
        expect(safe).not.toBe(ref)
        expect(safe).not.toMatch(CLOSES)
        expect(safe.replaceAll(WJ, '')).toBe(ref)
      }
    }
  })

  it('keeps the reference itself intact', () => {
    expect(neutraliseClosingKeywords('Fixes #12')).toBe(`F${WJ}ixes #12`)
    expect(neutraliseClosingKeywords('Closes owner/repo#3')).toBe(`C${WJ}loses owner/repo#3`)
  })

  it('leaves keywords without a reference, and words that only contain one, alone', () => {
    const text = 'We fix the bug, close the gap, prefixes #1, fixture #2, #3 resolved.'
    expect(neutraliseClosingKeywords(text)).toBe(text)
  })

  it('is idempotent', () => {
    const once = neutraliseClosingKeywords('fixes #1, resolves #2')
    expect(neutraliseClosingKeywords(once)).toBe(once)
  })
})

describe('safeForGitHub', () => {
  it('defuses mentions and closing keywords together, keeping e-mails', () => {
    const text = 'Should @payments confirm? This resolves #4; mail a@b.com.'
    const safe = safeForGitHub(text)
    expect(mentions(safe)).toEqual([])
    expect(safe).not.toMatch(CLOSES)
    expect(safe).toContain('a@b.com')
    expect(safe.replaceAll(WJ, '')).toBe(text)
  })
})
