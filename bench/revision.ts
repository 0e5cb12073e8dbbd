/**
 * What an incremental revision saves against a full regeneration, for a one-paragraph change to
 * the requirements of a realistic design: the request's input tokens, the answer the protocol
 * asks for, and the diff that gets committed. The fake model streams the answer the protocol
 * asks for (one revised section, or the whole document).
 */
import { createAnthropicModel } from '../src/adapters/model/client.js'
import { defaultInstructions, defaultTemplate } from '../src/assets/index.js'
import { lineDiff } from '../src/document/line-diff.js'
import { totalInputTokens } from '../src/config/usage.js'
import { generateDesign } from '../src/engine/generate.js'
import { reviseDesign } from '../src/engine/revise.js'
import { startFakeAnthropic } from '../__tests__/fakes/anthropic-server.js'
import { architect, section } from '../__tests__/support/architect.js'
import { readFixture } from '../__tests__/support/fixtures.js'

export interface RevisionFigure {
  mode: 'incremental' | 'full'
  inputTokens: number
  outputTokens: number
  answerChars: number
  /** Lines the committed diff changes; for a full regeneration, the bound: every line of the document. */
  diffLines: number
  diffIsBound: boolean
}

export async function benchRevision(): Promise<RevisionFigure[]> {
  const design = await readFixture('designs/conforming.md')
  const requirements = await readFixture('requirements/refunds.md')
  const changed = `${requirements}\nRefunds over $500 need a second approval by finance.\n`
  const paragraph = section(design, '## 5. Detailed Design')
  const revisedSection = paragraph.replace(
    '### 5.3 Service Layer Design\n',
    '### 5.3 Service Layer Design\nRefunds over $500 wait for a second approval by finance before they are paid.\n',
  )
  const revised = design.replace(paragraph, revisedSection)
  const fake = await startFakeAnthropic({
    defaultResponder: architect(revised, () => revisedSection),
  })
  try {
    const model = createAnthropicModel({
      apiKey: 'bench',
      baseURL: fake.url,
      model: 'claude-sonnet-5-5',
      maxOutputTokens: 16_000,
    })
    const common = {
      requirements: changed,
      source: 'docs/requirements.md',
      instructions: defaultInstructions(),
      template: defaultTemplate(),
    }
    const incremental = await reviseDesign(
      {
        ...common,
        currentDesign: design,
        requirementsChanges: lineDiff(requirements, changed).text,
        answered: [],
      },
      { model },
    )
    const full = await generateDesign(common, { model })
    const usage = (result: typeof full) => ({
      inputTokens: totalInputTokens(result.usage),
      outputTokens: result.usage.outputTokens,
    })
    const diff = lineDiff(design, incremental.document)
    return [
      {
        mode: 'incremental',
        ...usage(incremental),
        answerChars: revisedSection.length,
        diffLines: diff.added + diff.removed,
        diffIsBound: false,
      },
      // A real model rewrites a regenerated document's wording throughout: its diff is bounded
      // by the document, not by the change, so the bound is what is reported.
      {
        mode: 'full',
        ...usage(full),
        answerChars: revised.length,
        diffLines: 2 * revised.split('\n').length,
        diffIsBound: true,
      },
    ]
  } finally {
    await fake.close()
  }
}
