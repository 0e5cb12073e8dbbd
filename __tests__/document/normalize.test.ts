import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { normalizeDesign } from '../../src/document/normalize.js'
import { parseTemplate } from '../../src/document/template.js'
import { validateDesign } from '../../src/document/validate.js'

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')
const spec = parseTemplate(read('../../src/assets/template.md'))
const conforming = read('../fixtures/designs/conforming.md')

describe('normalizeDesign', () => {
  it('leaves a clean design untouched', () => {
    expect(normalizeDesign(conforming, spec)).toEqual({ text: conforming, removed: [] })
  })

  it('removes chatter before the title', () => {
    const { text, removed } = normalizeDesign(
      `Here is the design:\n\nI followed the template.\n\n${conforming}`,
      spec,
    )
    expect(text).toBe(conforming)
    expect(removed).toEqual([
      'text before the title: "Here is the design: I followed the template." (2 lines)',
    ])
  })

  it.each(['```markdown', '```md', '```', '~~~markdown', '````Markdown'])(
    'removes one fence %j wrapping the whole document, keeping inner mermaid fences',
    (open) => {
      const close = open.startsWith('~') ? '~~~' : open.replace(/[a-z]+$/i, '')
      const { text, removed } = normalizeDesign(`${open}\n${conforming}${close}\n`, spec)
      expect(text).toBe(conforming)
      expect(text).toContain('```mermaid')
      expect(removed).toEqual([
        `opening code fence "${open}" (line 1)`,
        `closing code fence (line ${conforming.split('\n').length + 1})`,
      ])
      expect(validateDesign(text, spec)).toEqual([])
    },
  )

  it('removes chatter around a fenced document, and a sign-off inside the fence', () => {
    const raw = [
      'Sure! Here is the technical design.',
      '',
      '```markdown',
      conforming.trimEnd(),
      '',
      '---',
      '',
      'Let me know if you would like any section expanded.',
      '```',
      '',
      'I hope this helps!',
    ].join('\n')
    const { text, removed } = normalizeDesign(raw, spec)
    expect(text).toBe(conforming)
    expect(removed).toEqual([
      'text before the title: "Sure! Here is the technical design." (1 line)',
      'opening code fence "```markdown" (line 3)',
      `closing code fence (line ${raw.split('\n').lastIndexOf('```') + 1})`,
      'text after the closing fence: "I hope this helps!" (1 line)',
      'sign-off at the end of the document: "Let me know if you would like any section expanded." (1 line)',
      `horizontal rule before the sign-off (line ${raw.split('\n').indexOf('---') + 1})`,
    ])
  })

  it('finds the wrapping fence above preamble inside it', () => {
    const { text, removed } = normalizeDesign(
      `\`\`\`markdown\nHere is the design:\n\n${conforming}\`\`\`\n`,
      spec,
    )
    expect(text).toBe(conforming)
    expect(removed.slice(0, 2)).toEqual([
      'text before the title: "Here is the design:" (1 line)',
      'opening code fence "```markdown" (line 1)',
    ])
  })

  it('does not take a complete code block in the preamble for a wrapper', () => {
    const raw = `Format used:\n\`\`\`\n# Technical Design: [Title]\n\`\`\`\n\n${conforming}`
    expect(normalizeDesign(raw, spec)).toEqual({
      text: conforming,
      removed: [
        'text before the title: "Format used: ``` # Technical Design: [Title] ```" (4 lines)',
      ],
    })
  })

  it('keeps trailing text of an unfenced document: it may be content of the last section', () => {
    const raw = `${conforming}\nLet me know if the assumptions above hold.\n`
    expect(normalizeDesign(raw, spec)).toEqual({ text: raw, removed: [] })
  })

  it('keeps everything after the title when the wrapping fence is never closed', () => {
    const { text, removed } = normalizeDesign(`\`\`\`markdown\n${conforming}`, spec)
    expect(text).toBe(conforming)
    expect(removed).toEqual(['opening code fence "```markdown" (line 1; never closed)'])
  })

  it('keeps a document whose last mermaid block is unclosed (truncated output)', () => {
    const truncated = `${conforming}\n\`\`\`mermaid\ngraph TD\n`
    const { text } = normalizeDesign(`\`\`\`markdown\n${truncated}`, spec)
    expect(text).toBe(truncated)
  })

  it('turns CRLF into LF and ends with exactly one newline', () => {
    const { text, removed } = normalizeDesign(
      `\n\n${conforming.replace(/\n/g, '\r\n')}\r\n\r\n\r\n`,
      spec,
    )
    expect(text).toBe(conforming)
    expect(removed).toEqual(['carriage returns (CRLF → LF)'])
    expect(normalizeDesign('# Technical Design: X', spec).text).toBe('# Technical Design: X\n')
  })

  it('anchors on the first heading when the title has another prefix', () => {
    const doc = conforming.replace('# Technical Design:', '# Design:')
    const { text } = normalizeDesign(`Here you go:\n\n${doc}`, spec)
    expect(text).toBe(doc)
  })

  it('never removes text before a title-level heading further down the document', () => {
    const raw = 'Intro paragraph.\n\n## 1. Overview\nText.\n\n# Appendix\n'
    expect(normalizeDesign(raw, spec)).toEqual({ text: raw, removed: [] })
  })

  it('does not take a "# comment" in a code block for the title', () => {
    const raw = 'Intro.\n\n```bash\n# install\n```\n\n## 1. Overview\n'
    expect(normalizeDesign(raw, spec).text).toBe(raw)
  })

  it('reads fences as the outline does: a "#" line inside a block is no title', () => {
    // "~~~" cannot close a backtick block, so "# Design: X" is code, as marked reads it.
    const raw = 'Intro.\n\n```bash\n~~~\n# Design: X\n```\n'
    expect(normalizeDesign(raw, spec)).toEqual({ text: raw, removed: [] })
  })

  it('finds the closing fence of a wrapper past a line of inline code that looks like a fence', () => {
    const body =
      '# Technical Design: Refunds\n\n## 1. Overview\n```x` is inline code, not a fence\n'
    const { text, removed } = normalizeDesign(
      `\`\`\`markdown\n${body}\`\`\`\nHope this helps!\n`,
      spec,
    )
    expect(text).toBe(body)
    expect(removed).toEqual([
      'opening code fence "```markdown" (line 1)',
      'closing code fence (line 6)',
      'text after the closing fence: "Hope this helps!" (1 line)',
    ])
  })

  it('unwraps a fenced document that has no title', () => {
    const { text } = normalizeDesign('```markdown\n## 1. Overview\nText.\n```\n', spec)
    expect(text).toBe('## 1. Overview\nText.\n')
  })
})
