import { describe, expect, it } from '@jest/globals'
import { parseOutline, plainText, splitNumber } from '../../src/document/markdown.js'
import type { ListItem } from '../../src/document/markdown.js'

const doc = [
  '# Title', // 1
  '', // 2
  'Setext heading', // 3
  '--------------', // 4
  '', // 5
  '```python', // 6
  '# not a heading', // 7
  '```', // 8
  '', // 9
  '<div>', // 10
  '## not a heading either', // 11
  '</div>', // 12
  '', // 13
  '1. **First?**', // 14
  '   - Why it matters: a', // 15
  '   - Assumption: b', // 16
  '', // 17
  '2. Second', // 18
  '   continued', // 19
  '   - nested', // 20
  '     - deeper', // 21
  '', // 22
  '| # | Question |', // 23
  '|---|---|', // 24
  '| 1 | A? |', // 25
  '| 2 | B? |', // 26
  '', // 27
  '## 5.2 API Design ##', // 28
  '- item', // 29
  '  ```mermaid', // 30
  '  graph TD', // 31
  '  ```', // 32
  '', // 33
  '~~~', // 34
  'unclosed', // 35
].join('\n')

function lines(items: ListItem[]): [number, string][] {
  return items.flatMap((i) => [[i.line, i.text] as [number, string], ...lines(i.children)])
}

describe('parseOutline', () => {
  const outline = parseOutline(doc)

  it('finds ATX and setext headings, not "#" lines in code or HTML blocks', () => {
    expect(outline.headings).toEqual([
      { depth: 1, text: 'Title', line: 1 },
      { depth: 2, text: 'Setext heading', line: 3 },
      { depth: 2, text: '5.2 API Design', line: 28 },
    ])
  })

  it('gives fenced code blocks their language, lines and content, nested ones too', () => {
    expect(outline.codeBlocks).toEqual([
      { lang: 'python', line: 6, endLine: 8, content: '# not a heading' },
      { lang: 'mermaid', line: 30, endLine: 32, content: 'graph TD' },
      { lang: '', line: 34, endLine: 35, content: 'unclosed' },
    ])
  })

  it('numbers list items, nested items included', () => {
    const lists = outline.blocks.filter((b) => b.type === 'list')
    expect(lists.map((l) => l.line)).toEqual([14, 29])
    const first = lists[0]
    expect(first?.type === 'list' && lines(first.items)).toEqual([
      [14, '**First?**'],
      [15, 'Why it matters: a'],
      [16, 'Assumption: b'],
      [18, 'Second\ncontinued'],
      [20, 'nested'],
      [21, 'deeper'],
    ])
  })

  it('numbers table rows', () => {
    const table = outline.blocks.find((b) => b.type === 'table')
    expect(table).toMatchObject({
      line: 23,
      header: ['#', 'Question'],
      rows: [
        { line: 25, cells: ['1', 'A?'] },
        { line: 26, cells: ['2', 'B?'] },
      ],
    })
  })

  it('counts lines the same with CRLF line endings', () => {
    const crlf = parseOutline(doc.replace(/\n/g, '\r\n'))
    expect(crlf.headings).toEqual(outline.headings)
    expect(crlf.codeBlocks).toEqual(outline.codeBlocks)
    expect(crlf.lineCount).toBe(35)
  })

  it('counts lines without the final newline', () => {
    expect(parseOutline('a\nb\n').lineCount).toBe(2)
    expect(parseOutline('a\nb').lineCount).toBe(2)
    expect(parseOutline('').lineCount).toBe(0)
  })
})

describe('splitNumber', () => {
  it('splits "1." and "3.1" numbers from the name', () => {
    expect(splitNumber('1. Overview')).toEqual({ number: '1', name: 'Overview' })
    expect(splitNumber('3.1 Functional Requirements')).toEqual({
      number: '3.1',
      name: 'Functional Requirements',
    })
    expect(splitNumber('Context')).toEqual({ number: '', name: 'Context' })
    expect(splitNumber('2024 roadmap')).toEqual({ number: '2024', name: 'roadmap' })
  })
})

describe('plainText', () => {
  it('strips emphasis, code spans, links and collapses whitespace', () => {
    expect(plainText('**Which** _provider_ for `refunds`?')).toBe('Which provider for refunds?')
    expect(plainText('See [the docs](https://x.y) and\n  *this*')).toBe('See the docs and this')
    expect(plainText('snake_case_name stays')).toBe('snake_case_name stays')
    expect(plainText('2 * 3 * 4')).toBe('2 * 3 * 4')
  })
})
