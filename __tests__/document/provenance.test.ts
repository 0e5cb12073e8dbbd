import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  designState,
  lineInFile,
  readStamp,
  sha256,
  stampDesign,
} from '../../src/document/provenance.js'
import { extractOpenQuestions } from '../../src/document/questions.js'
import { parseTemplate } from '../../src/document/template.js'
import { validateDesign } from '../../src/document/validate.js'

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')
const spec = parseTemplate(read('../../src/assets/template.md'))
const conforming = read('../fixtures/designs/conforming.md')

const inputs = {
  requirements: sha256('# Requirements\n'),
  prompt: sha256('template + instructions'),
  model: 'claude-sonnet-5-5',
}

describe('sha256', () => {
  it('is the hex digest of the UTF-8 text', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256('é')).toBe(sha256('\u00e9'))
    expect(sha256('a')).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('stampDesign', () => {
  it('appends a blank line and one marker line recording the inputs and the body hash', () => {
    const stamped = stampDesign('# Design\n\nBody.\n', inputs)
    const lines = stamped.split('\n')
    expect(lines.slice(0, 4)).toEqual(['# Design', '', 'Body.', ''])
    expect(lines.at(-1)).toBe('')
    const marker = lines.at(-2) ?? ''
    expect(marker).toMatch(/^<!-- tech-design-action: \{"v":1,.*\} -->$/)
    const json = JSON.parse(marker.slice('<!-- tech-design-action: '.length, -' -->'.length))
    expect(json).toEqual({ v: 1, ...inputs, design: sha256('# Design\n\nBody.\n') })
  })

  it('hashes the body normalised to end with exactly one newline', () => {
    const a = stampDesign('# Design\nBody.', inputs)
    const b = stampDesign('# Design\nBody.\n\n\n', inputs)
    expect(a).toBe(b)
    expect(a.startsWith('# Design\nBody.\n\n<!--')).toBe(true)
  })

  it('keeps a model id that holds "-->" from closing the comment early', () => {
    const stamped = stampDesign('x\n', { ...inputs, model: 'evil-->model' })
    expect(stamped.match(/-->/g)).toHaveLength(1)
    expect(readStamp(stamped).provenance?.model).toBe('evil-->model')
  })
})

describe('readStamp', () => {
  it('gives back the body and the provenance', () => {
    const { body, provenance } = readStamp(stampDesign(conforming, inputs))
    expect(body).toBe(conforming)
    expect(provenance).toEqual({ ...inputs, design: sha256(conforming) })
  })

  it('reads a CRLF file like the LF one', () => {
    const crlf = stampDesign(conforming, inputs).replace(/\n/g, '\r\n')
    expect(readStamp(crlf)).toEqual(readStamp(stampDesign(conforming, inputs)))
  })

  it('gives no provenance and the whole text without a marker', () => {
    expect(readStamp('# Design\n')).toEqual({ body: '# Design\n', provenance: null })
  })

  it('ignores a malformed marker', () => {
    const good = stampDesign('# Design\n', inputs)
    const broken = [
      good.replace('"v":1', '"v":2'),
      good.replace(/"design":"[0-9a-f]+"/, '"design":"abc"'),
      good.replace('"model":"claude-sonnet-5-5"', '"model":""'),
      good.replace('"requirements"', '"requirement"'),
      good.replace('{"v"', '{v'),
      good.replace(' -->', ''),
    ]
    for (const text of broken) expect(readStamp(text).provenance).toBeNull()
  })

  it('keeps text a person added below the marker in the body, which then reads as edited', () => {
    const stamped = stampDesign('# Design\n', inputs)
    expect(readStamp(`${stamped}\n\n`).provenance).not.toBeNull()
    const added = readStamp(`${stamped}More text.\n`)
    expect(added.provenance).not.toBeNull()
    expect(added.body).toBe('# Design\nMore text.\n')
    expect(designState(`${stamped}More text.\n`, inputs)).toBe('edited')
  })
})

describe('designState', () => {
  const stamped = stampDesign(conforming, inputs)

  it('is absent without a file', () => {
    expect(designState(null, inputs)).toBe('absent')
  })

  it('is current when the file was made from the same inputs', () => {
    expect(designState(stamped, inputs)).toBe('current')
  })

  it('stays current across a CRLF checkout and trailing blank lines', () => {
    expect(designState(stamped.replace(/\n/g, '\r\n'), inputs)).toBe('current')
    expect(designState(`${stamped}\n\n`, inputs)).toBe('current')
  })

  it('is stale when any input changed', () => {
    expect(designState(stamped, { ...inputs, requirements: sha256('other') })).toBe('stale')
    expect(designState(stamped, { ...inputs, prompt: sha256('other') })).toBe('stale')
    expect(designState(stamped, { ...inputs, model: 'claude-opus-5-5' })).toBe('stale')
  })

  it("is edited after a person's one-character edit, even when the inputs also changed", () => {
    const edited = stamped.replace('Medium', 'Medium.')
    expect(designState(edited, inputs)).toBe('edited')
    expect(designState(edited, { ...inputs, model: 'claude-opus-5-5' })).toBe('edited')
  })

  it('is edited when the file has no valid marker (written by a person)', () => {
    expect(designState(conforming, inputs)).toBe('edited')
    expect(designState('', inputs)).toBe('edited')
    expect(designState(stamped.replace('"v":1', '"v":9'), inputs)).toBe('edited')
  })
})

describe('a stamped design reads like the unstamped one', () => {
  const stamped = stampDesign(conforming, inputs)

  it('validates the same', () => {
    expect(validateDesign(conforming, spec)).toEqual([])
    expect(validateDesign(stamped, spec)).toEqual(validateDesign(conforming, spec))
  })

  it('has the same open questions, on the same lines', () => {
    expect(extractOpenQuestions(stamped, spec)).toEqual(extractOpenQuestions(conforming, spec))
    expect(extractOpenQuestions(stamped)).toHaveLength(3)
  })

  it('has the same questions when they are sub-headings or a table', () => {
    const head = conforming.slice(0, conforming.indexOf('## 12. Open Questions'))
    const variants = [
      `${head}## 12. Open Questions\n### Which provider?\n### Which region?\n`,
      `${head}## 12. Open Questions\n| # | Question |\n|---|---|\n| 1 | Which provider? |\n`,
      `${head}## 12. Open Questions\nNone.\n`,
    ]
    for (const doc of variants) {
      expect(extractOpenQuestions(stampDesign(doc, inputs), spec)).toEqual(
        extractOpenQuestions(doc, spec),
      )
      expect(validateDesign(stampDesign(doc, inputs), spec)).toEqual(validateDesign(doc, spec))
    }
  })

  it('validates exactly the same through readStamp().body', () => {
    const head = conforming.slice(0, conforming.indexOf('## 12. Open Questions'))
    const { body } = readStamp(stampDesign(head, inputs))
    expect(validateDesign(body, spec)).toEqual(validateDesign(head, spec))
  })
})

describe('the requirements commit in the stamp', () => {
  const inputs = { requirements: sha256('r'), prompt: sha256('p'), model: 'claude-sonnet-5-5' }
  const source = 'a'.repeat(40)

  it('is recorded and read back, and does not count for "current"', () => {
    const stamped = stampDesign('# Technical Design: X\n', { ...inputs, source })
    expect(readStamp(stamped).provenance?.source).toBe(source)
    expect(designState(stamped, inputs)).toBe('current')
  })

  it('is left out when unknown, and ignored when malformed', () => {
    expect(readStamp(stampDesign('# T\n', inputs)).provenance).not.toHaveProperty('source')
    const odd = stampDesign('# T\n', { ...inputs, source: 'not-a-sha' })
    expect(readStamp(odd).provenance).not.toHaveProperty('source')
  })
})

describe('what the pull request spent, in the stamp', () => {
  const inputs = { requirements: sha256('r'), prompt: sha256('p'), model: 'claude-sonnet-5-5' }

  it('is recorded to a hundredth of a cent, read back, and does not count for "current"', () => {
    const stamped = stampDesign('# Technical Design: X\n', { ...inputs, spentUsd: 0.123456 })
    expect(readStamp(stamped).provenance?.spentUsd).toBe(0.1235)
    expect(designState(stamped, inputs)).toBe('current')
  })

  it('is left out when unknown, and ignored when it is not an amount', () => {
    expect(readStamp(stampDesign('# T\n', inputs)).provenance).not.toHaveProperty('spentUsd')
    const forged = stampDesign('# T\n', inputs).replace('"v":1,', '"v":1,"spentUsd":-5,')
    expect(readStamp(forged).provenance).not.toBeNull()
    expect(readStamp(forged).provenance).not.toHaveProperty('spentUsd')
    const text = stampDesign('# T\n', inputs).replace('"v":1,', '"v":1,"spentUsd":"9",')
    expect(readStamp(text).provenance).not.toHaveProperty('spentUsd')
  })
})

describe('lineInFile', () => {
  const inputs = { requirements: sha256('r'), prompt: sha256('p'), model: 'claude-sonnet-5-5' }

  it('is the body line itself above the marker, and without one', () => {
    const file = stampDesign('# T\n\nText.\n', inputs)
    expect(lineInFile(file, 3)).toBe(3)
    expect(lineInFile('# T\nno stamp\n', 2)).toBe(2)
  })

  it('moves lines written below the marker down by the lines taken out', () => {
    const file = `${stampDesign('# T\n\nText.\n', inputs)}Added below.\n`
    const { body } = readStamp(file)
    const bodyLine = body.split('\n').indexOf('Added below.') + 1
    expect(file.split('\n')[lineInFile(file, bodyLine) - 1]).toBe('Added below.')
  })
})
