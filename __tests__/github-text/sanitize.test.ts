import { describe, expect, it } from '@jest/globals'
import {
  neutraliseClosingKeywords,
  neutraliseMentions,
  safeForGitHub,
  WORD_JOINER as WJ,
} from '../../src/github-text/sanitize.js'

/** GitHub's mention condition: `@` + name character, not after an ASCII word character. */
const mentions = (text: string): string[] =>
  [...text.matchAll(/(?<![A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w-]+)?)/g)].map(
    (m) => m[1] ?? '',
  )

/**
 * The text GitHub runs its mention filter on: entities decoded (with or without their `;`, as in
 * raw HTML), and the full-width and small at signs read as `@`.
 */
const rendered = (text: string): string =>
  text
    .replace(/&#[xX]([0-9A-Fa-f]+);?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);?/g, (_, decimal: string) => String.fromCodePoint(parseInt(decimal, 10)))
    .replaceAll('&commat;', '@')
    .replace(/[\uFF20\uFE6B]/g, '@')

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

  const entities = [
    '&#64;',
    '&#064;',
    '&#0000064;',
    '&#x40;',
    '&#X40;',
    '&#x0040;',
    '&#X0040;',
    '&#64',
    '&#x40',
    '&commat;',
  ]

  it.each(entities)('defuses %s before a user or a team, as @ and a joiner', (at) => {
    // Names starting with a non-hex letter: a hex digit would extend &#x40 into another character.
    for (const name of ['octocat', 'octo-org/payments-team']) {
      const text = `Ask ${at}${name} first.`
      const safe = neutraliseMentions(text)
      expect(mentions(rendered(text))).toEqual([name])
      expect(mentions(rendered(safe))).toEqual([])
      expect(safe).toBe(`Ask @${WJ}${name} first.`)
      expect(rendered(safe).replaceAll(WJ, '')).toBe(rendered(text))
    }
  })

  it('defuses the full-width and small at signs, keeping them as written', () => {
    const text = 'Ask ＠octocat, ﹫acme/payments-team or ＠ｏｃｔｏ.'
    const safe = neutraliseMentions(text)
    expect(mentions(rendered(safe))).toEqual([])
    expect(safe).toBe(`Ask ＠${WJ}octocat, ﹫${WJ}acme/payments-team or ＠${WJ}ｏｃｔｏ.`)
  })

  it('decodes an entity for the full-width or small at sign into that sign', () => {
    expect(neutraliseMentions('&#xFF20;octocat &#65131;octocat')).toBe(
      `＠${WJ}octocat ﹫${WJ}octocat`,
    )
  })

  it('counts a name spelled with entities as a name', () => {
    const text = 'Ask @&#111;ctocat or &#64;&#x6F;ctocat.'
    const safe = neutraliseMentions(text)
    expect(mentions(rendered(text))).toEqual(['octocat', 'octocat'])
    expect(mentions(rendered(safe))).toEqual([])
  })

  it('leaves entities that render no mention as written', () => {
    const text =
      'Mail ops&#64;example.com or a&commat;b.org; meet &#64; 10:00; ' +
      '&#640;x, &#x40ab;x, &#6400;x, &amp;#64;octocat, &COMMAT;octocat and ＠ 10:00.'
    expect(neutraliseMentions(text)).toBe(text)
  })

  it('is idempotent for every spelling of the at sign', () => {
    const once = neutraliseMentions(`${entities.join('a ')}a ＠b ﹫c &#64;&#64;d @&#111;e`)
    expect(mentions(rendered(once))).toEqual([])
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

  it('defuses an entity mention next to a closing keyword', () => {
    const safe = safeForGitHub('&#64;payments: this fixes #4.')
    expect(mentions(rendered(safe))).toEqual([])
    expect(safe).not.toMatch(CLOSES)
    expect(safe.replaceAll(WJ, '')).toBe('@payments: this fixes #4.')
  })
})
