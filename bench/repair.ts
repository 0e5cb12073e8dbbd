/**
 * What a repair round costs: a realistic design whose first answer breaks the template in one
 * section (a code block in "5. Detailed Design"), repaired by the section alone — what the repair
 * turn asks for — against the whole document again, which the engine also accepts. The fake
 * model streams each answer; output tokens are what the model wrote in the repair round.
 */
import { createAnthropicModel } from '../src/adapters/model/client.js'
import { defaultInstructions, defaultTemplate } from '../src/assets/index.js'
import { generateDesign } from '../src/engine/generate.js'
import { startFakeAnthropic } from '../__tests__/fakes/anthropic-server.js'
import { section } from '../__tests__/support/architect.js'
import { readFixture } from '../__tests__/support/fixtures.js'

export interface RepairFigure {
  answer: 'the broken section' | 'the whole document'
  modelCalls: number
  /** Output tokens of the repair round alone. */
  repairOutputTokens: number
  totalOutputTokens: number
  validated: boolean
}

export async function benchRepair(): Promise<RepairFigure[]> {
  const design = await readFixture('designs/conforming.md')
  const detailed = section(design, '## 5. Detailed Design')
  const broken = design.replace(
    detailed,
    detailed.replace(
      '### 5.1 Data Model\n',
      '### 5.1 Data Model\n```sql\nCREATE TABLE returns (id uuid PRIMARY KEY);\n```\n',
    ),
  )
  if (broken === design) throw new Error('the bench design has no "5.1 Data Model" to break')
  const figures: RepairFigure[] = []
  for (const [answer, repair] of [
    ['the broken section', detailed],
    ['the whole document', design],
  ] as const) {
    const fake = await startFakeAnthropic()
    try {
      fake.enqueue({ text: broken }, { text: repair })
      const model = createAnthropicModel({
        apiKey: 'bench',
        baseURL: fake.url,
        model: 'claude-sonnet-5-5',
        maxOutputTokens: 32_000,
      })
      const firstAnswer = { outputTokens: 0 }
      const result = await generateDesign(
        {
          requirements: await readFixture('requirements/refunds.md'),
          source: 'docs/requirements.md',
          instructions: defaultInstructions(),
          template: defaultTemplate(),
        },
        {
          model,
          onProgress: (p) => {
            if (p.round === 0) firstAnswer.outputTokens = p.outputTokens
          },
        },
      )
      figures.push({
        answer,
        modelCalls: result.modelCalls,
        repairOutputTokens: result.usage.outputTokens - firstAnswer.outputTokens,
        totalOutputTokens: result.usage.outputTokens,
        validated: result.document === design,
      })
    } finally {
      await fake.close()
    }
  }
  return figures
}
