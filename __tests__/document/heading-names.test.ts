import { describe, expect, it } from '@jest/globals'
import {
  collapseSpace,
  formatSection,
  headingLine,
  isRenamedSection,
  nameKey,
  sectionKey,
  sectionName,
  shareWord,
  showHeading,
  strictName,
} from '../../src/document/heading-names.js'

const section = (number: string, name: string, level = 2) => ({ level, number, name })

describe('collapseSpace', () => {
  it('collapses runs of whitespace and trims', () => {
    expect(collapseSpace('  Technical \t Design:\n Returns ')).toBe('Technical Design: Returns')
  })
})

describe('strictName', () => {
  it('ignores formatting, spacing and a trailing colon, not the words or their case', () => {
    expect(strictName('**Detailed**   `Design` :')).toBe('Detailed Design')
    expect(strictName('Monitoring & Observability')).toBe('Monitoring & Observability')
    expect(strictName('detailed design')).not.toBe(strictName('Detailed Design'))
  })
})

describe('nameKey', () => {
  it('ignores case, punctuation, formatting and & against and', () => {
    expect(nameKey('Monitoring & Observability')).toBe('monitoring and observability')
    expect(nameKey('**Monitoring and observability:**')).toBe('monitoring and observability')
    expect(nameKey('Non-Functional  Requirements')).toBe('non functional requirements')
  })
})

describe('shareWord', () => {
  it('finds a word two names share, a plural "s" aside', () => {
    expect(shareWord('Monitoring and Alerting', 'Monitoring & Observability')).toBe(true)
    expect(shareWord('Risks', 'Risk Assessment')).toBe(true)
  })

  it('does not count minor words or words of two letters', () => {
    expect(shareWord('Notes from Sales', 'Data from Partners')).toBe(false)
    expect(shareWord('Into Your Code', 'Into Your Team')).toBe(false)
    expect(shareWord('The Plan for Teams', 'Team Set-up')).toBe(true)
    expect(shareWord('UI and UX', 'UI and Go')).toBe(false)
  })

  it('does not take different words for one', () => {
    expect(shareWord('Risks', 'Open Questions')).toBe(false)
  })
})

describe('isRenamedSection', () => {
  const monitoring = section('9', 'Monitoring & Observability')

  it('is a heading at the section level with its number and a word of its name', () => {
    expect(
      isRenamedSection({ depth: 2, number: '9', name: 'Monitoring and Alerting' }, monitoring),
    ).toBe(true)
  })

  it('is not without the number, at another level, or without a shared word', () => {
    expect(isRenamedSection({ depth: 2, number: '', name: 'Monitoring' }, monitoring)).toBe(false)
    expect(isRenamedSection({ depth: 2, number: '8', name: 'Monitoring' }, monitoring)).toBe(false)
    expect(isRenamedSection({ depth: 3, number: '9', name: 'Monitoring' }, monitoring)).toBe(false)
    expect(isRenamedSection({ depth: 2, number: '9', name: 'Alerting' }, monitoring)).toBe(false)
  })

  it('is not for a section the template does not number', () => {
    expect(isRenamedSection({ depth: 2, number: '', name: 'Notes' }, section('', 'Notes'))).toBe(
      false,
    )
  })
})

describe('how headings are written', () => {
  it('quotes a heading as written, hashes included', () => {
    const heading = { depth: 2, text: ' 5. **Detailed** Design ', line: 7 }
    expect(headingLine(heading)).toBe('## 5. **Detailed** Design')
    expect(showHeading(heading)).toBe('"## 5. **Detailed** Design"')
  })

  it('writes a section as the template does: a dot after a single number only', () => {
    expect(formatSection(section('1', 'Overview'))).toBe('## 1. Overview')
    expect(formatSection(section('5.2', 'API Design', 3))).toBe('### 5.2 API Design')
    expect(formatSection(section('', 'Appendix'))).toBe('## Appendix')
  })

  it('names a section without its hashes', () => {
    expect(sectionName(section('12', 'Open Questions'))).toBe('12. Open Questions')
    expect(sectionName(section('4.1', 'High-Level Design', 3))).toBe('4.1 High-Level Design')
    expect(sectionName(section('', 'Appendix'))).toBe('Appendix')
  })

  it('keys a section by its heading as plain text, number and words as written', () => {
    expect(sectionKey({ depth: 2, text: ' 5. **Detailed** Design: ', line: 7 })).toBe(
      '5. Detailed Design',
    )
    expect(sectionKey({ depth: 3, text: '11. CI/CD Pipeline', line: 1 })).toBe('11. CI/CD Pipeline')
  })
})
