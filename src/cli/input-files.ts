/**
 * The files the command line reads, and what its messages say about them. Every file but the
 * requirements (which have their own checks) is read with `readInputFile`, by both commands:
 * missing, a directory, empty, binary or mis-encoded, it is an input error (exit 3) with a message
 * naming it, not the usage text: the command was right, the file is not.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { decodeText } from '../document/requirements.js'
import { CLI_SETTING_NAMES as names } from '../config/setting-names.js'
import { describeError } from '../text/describe-error.js'
import { CliInputError } from './errors.js'
import type { CliIo } from './io.js'

/** A file the command line reads, and what its messages say about it. */
export interface InputFile {
  path: string
  /** The file as messages name it: "design.md", "template.md (--template)". */
  source: string
  /** "Design file", for "Design file not found: …". */
  kind: string
  /** What to do when it is not there. */
  whenMissing: string
  /** Why an empty one is of no use, and what to do. */
  whenEmpty: string
}

export const designFile = (path: string): InputFile => ({
  path,
  source: path,
  kind: 'Design file',
  whenMissing: `Check the path, or write the design first with \`tech-design generate --out ${path}\`.`,
  whenEmpty: `there is no design in it to check. Write one with \`tech-design generate --out ${path}\`, or fill in the template.`,
})

export const templateFile = (path: string): InputFile => ({
  path,
  source: `${path} (${names.templatePath})`,
  kind: 'Template file',
  whenMissing: `Check the path, or leave out ${names.templatePath} for the built-in template.`,
  whenEmpty: `write the template's headings in it, or leave out ${names.templatePath} for the built-in template.`,
})

export const instructionsFile = (path: string): InputFile => ({
  path,
  source: `${path} (${names.instructionsPath})`,
  kind: 'Instructions file',
  whenMissing: `Check the path, or leave out ${names.instructionsPath} for the built-in instructions.`,
  whenEmpty: `write the architect's instructions in it, or leave out ${names.instructionsPath} for the built-in ones.`,
})

export async function readInputFile(io: CliIo, file: InputFile): Promise<string> {
  const bytes = await readBytes(
    io,
    file.path,
    () => new CliInputError(`${file.kind} not found: ${file.source}. ${file.whenMissing}`),
  )
  const text = decodeText(bytes, file.source)
  if (text.trim() === '') throw new CliInputError(`${file.source} is empty: ${file.whenEmpty}`)
  return text
}

/** A file's bytes; `missing` makes the error for a file that is not there. */
export async function readBytes(
  io: CliIo,
  path: string,
  missing: () => Error,
): Promise<Uint8Array> {
  try {
    return await readFile(resolve(io.cwd, path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw missing()
    if (code === 'EISDIR') {
      throw new CliInputError(`${path} is a directory: name a file.`, { cause: error })
    }
    throw new CliInputError(`Could not read ${path}: ${describeError(error)}`, { cause: error })
  }
}
