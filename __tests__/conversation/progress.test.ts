import { describe, expect, it } from '@jest/globals'
import { sectionReached } from '../../src/conversation/progress.js'

describe('sectionReached', () => {
  it('is null before the first level-2 heading', () => {
    expect(sectionReached('')).toBeNull()
    expect(sectionReached('# Technical Design: Returns\n\nIntro text')).toBeNull()
  })

  it('gives the text of the last level-2 heading so far', () => {
    const partial =
      '# T\n\n## 1. Overview\ntext\n\n## 5. Detailed Design\n### 5.1 Data Model\n- tab'
    expect(sectionReached(partial)).toBe('5. Detailed Design')
  })

  it('counts a heading still being streamed on the last line', () => {
    expect(sectionReached('# T\n## 1. Overview\n## 2. Business Req')).toBe('2. Business Req')
  })

  it('ignores "## " lines inside code fences, even unclosed ones', () => {
    const partial =
      '## 4. Architecture Overview\n```mermaid\n## not a heading\n```\n~~~\n## nor this'
    expect(sectionReached(partial)).toBe('4. Architecture Overview')
  })

  it('reads fences as the outline does: inline code is no fence, ~~~ closes no ``` block', () => {
    expect(sectionReached('## 1. Overview\n```a` b```\n## 2. Business Requirements')).toBe(
      '2. Business Requirements',
    )
    expect(sectionReached('## 1. Overview\n````\n```\n~~~~\n## not a heading')).toBe('1. Overview')
  })

  it('ignores deeper headings, closing hashes and CRLF', () => {
    expect(sectionReached('## 3. Technical Requirements ##\r\n#### 3.1.1 Detail\r\n')).toBe(
      '3. Technical Requirements',
    )
  })
})
