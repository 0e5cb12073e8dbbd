import { describe, expect, it } from '@jest/globals'
import { findPassage } from '../../src/text/passages.js'

/** The text of each span found, so a test reads what was matched. */
const found = (text: string, passage: string) => {
  const { spans, how } = findPassage(text, passage)
  return { how, texts: spans.map((s) => text.slice(s.from, s.to)) }
}

describe('findPassage', () => {
  it('finds a passage exactly, its surrounding whitespace aside', () => {
    const text = 'Refunds are paid within 5 days.\nLabels are issued at once.\n'
    expect(findPassage(text, 'paid within 5 days')).toEqual({
      spans: [{ from: 12, to: 30 }],
      how: 'exact',
    })
    expect(found(text, '\n  Labels are issued at once.  \n')).toEqual({
      how: 'exact',
      texts: ['Labels are issued at once.'],
    })
  })

  it('returns every occurrence, so a caller can refuse one that is not unique', () => {
    expect(found('a retry, then a retry again', 'a retry').texts).toEqual(['a retry', 'a retry'])
    // Overlapping occurrences count too.
    expect(findPassage('aaa', 'aa').spans).toHaveLength(2)
  })

  it('ignores runs of whitespace and line breaks when no exact copy exists', () => {
    const text = '| `returns-service`   | New: API,\n  carrier worker |\n'
    expect(found(text, '| returns-service | New: API, carrier worker |')).toEqual({
      how: 'loose',
      texts: ['| `returns-service`   | New: API,\n  carrier worker |'],
    })
  })

  it('ignores emphasis and code marks, and keeps them outside the span when they wrap it', () => {
    const text = '- **One service, three deployables.** One codebase.'
    expect(found(text, 'One service, three deployables.')).toEqual({
      how: 'exact',
      texts: ['One service, three deployables.'],
    })
    expect(found(text, '**One service, three** deployables.')).toEqual({
      how: 'loose',
      texts: ['One service, three deployables.'],
    })
    expect(found('Call `prefs-lookup` first.', 'Call prefs-lookup first.').texts).toEqual([
      'Call `prefs-lookup` first.',
    ])
    expect(found('a ~~struck~~ word', 'a struck word').texts).toEqual(['a ~~struck~~ word'])
  })

  it('takes in the other half of an emphasis a loose passage cuts through, or finds nothing', () => {
    expect(found('- **Name** does it.', 'Name does it.').texts).toEqual(['**Name** does it.'])
    // The other half is not next to the passage: replacing it would leave an emphasis open.
    expect(found('It is done by **the name**.', 'It is done by the').texts).toEqual([])
    expect(found('Use `a` and `b` here.', 'Use a and b').texts).toEqual(['Use `a` and `b`'])
  })

  it('keeps marks that are part of a word or a list bullet, so they still tell text apart', () => {
    expect(findPassage('call prefs_lookup now', 'call prefslookup now').spans).toEqual([])
    expect(findPassage('* item one', 'item one').spans).toHaveLength(1)
    expect(findPassage('* item one', '- item one').spans).toEqual([])
  })

  it('never matches on case or on different words', () => {
    expect(findPassage('Refunds are paid.', 'refunds are paid.').spans).toEqual([])
    expect(findPassage('Refunds are paid.', 'Refunds were paid.').spans).toEqual([])
  })

  it('finds nothing for a passage of only whitespace or marks', () => {
    expect(findPassage('some text', '   \n ').spans).toEqual([])
    expect(findPassage('some **bold** text', '** **').spans).toEqual([])
  })
})
