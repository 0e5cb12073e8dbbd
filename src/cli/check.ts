/** `tech-design check FILE`: does a design on disk follow the template, and what does it ask? */
import { defaultTemplate } from '../assets/index.js'
import { readStamp } from '../document/provenance.js'
import { extractOpenQuestions } from '../document/questions.js'
import { parseTemplate } from '../document/template.js'
import { validateDesign } from '../document/validate.js'
import { parseCommandArgs } from './args.js'
import { CHECK } from './commands.js'
import { CliUsageError } from './errors.js'
import { EXIT_OK, EXIT_REJECTED, type ExitCode } from './exit-codes.js'
import { designFile, readInputFile, templateFile } from './input-files.js'
import type { CliIo } from './io.js'
import { formatQuestions } from './report.js'
import { plural } from '../text/wording.js'

export async function check(args: string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseCommandArgs(CHECK.name, CHECK.options, args)
  const { positionals } = parsed
  if (positionals.length !== 1) {
    const got =
      positionals.length === 0
        ? 'none'
        : `${positionals.length}: ${positionals.map((p) => `"${p}"`).join(', ')}`
    throw new CliUsageError(`check takes exactly one FILE, got ${got}.`, CHECK.name)
  }
  const file = positionals[0] as string
  const templatePath = parsed.string('template')
  // A committed design ends with the action's provenance marker: it is not part of the document.
  const document = readStamp(await readInputFile(io, designFile(file))).body
  const spec = parseTemplate(
    templatePath ? await readInputFile(io, templateFile(templatePath)) : defaultTemplate(),
  )
  const violations = validateDesign(document, spec)
  const openQuestions = extractOpenQuestions(document, spec)
  const conforms = violations.length === 0

  if (parsed.flag('json')) {
    io.stdout.write(`${JSON.stringify({ conforms, violations, openQuestions }, null, 2)}\n`)
  } else if (conforms) {
    io.stdout.write(`${file} conforms to the template.\n${formatQuestions(openQuestions)}`)
  } else {
    const list = violations.map((v) => `  ${file}:${v.line}: ${v.message}\n`).join('')
    io.stdout.write(
      `${file} does not conform to the template (${plural(violations.length, 'problem')}):\n${list}${formatQuestions(openQuestions)}`,
    )
  }
  return conforms ? EXIT_OK : EXIT_REJECTED
}
