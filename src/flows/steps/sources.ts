/** Reads what a design is made from, through the API: nothing from the pull request is checked out or run. */
import { readFileAt, type FileContent } from '../../adapters/github/file-content.js'
import { defaultInstructions, defaultTemplate } from '../../assets/index.js'
import { sha256 } from '../../document/provenance.js'
import {
  RequirementsError,
  decodeRequirements,
  decodeText,
  missingRequirements,
} from '../../document/requirements.js'
import { ACTION_SETTING_NAMES } from '../../config/setting-names.js'
import type { FlowDeps } from '../deps.js'
import type { ListedFiles } from './listed-files.js'
import { count } from '../../text/wording.js'

/**
 * The requirements at a commit, checked (size, encoding, emptiness) before any model call. A
 * pull request's listing at that commit may already hold them.
 */
export async function loadRequirements(
  deps: FlowDeps,
  path: string,
  ref: string,
  listed?: ListedFiles,
): Promise<string> {
  const { maxInputTokens } = deps.settings
  // The estimate never counts under one token per four bytes, so anything larger is refused unread.
  const file = await fileAt(deps, path, ref, listed, maxInputTokens * 4)
  if (!file) throw missingRequirements(path)
  if (file.bytes.length === 0 && file.size > 0) {
    throw new RequirementsError(
      'too-large',
      `${path} is too large: ${count(file.size)} bytes, over the limit of about ` +
        `${count(maxInputTokens)} tokens. Shorten it or split it, or raise ` +
        `${ACTION_SETTING_NAMES.maxInputTokens}.`,
    )
  }
  return decodeRequirements(file.bytes, { source: path, maxInputTokens })
}

/** A file at a commit: from the listing when it holds it, else read. */
export async function fileAt(
  deps: FlowDeps,
  path: string,
  ref: string,
  listed?: ListedFiles,
  maxBytes?: number,
): Promise<FileContent | null> {
  const known = listed?.fileAt(path, maxBytes)
  return known !== undefined ? known : readFileAt(deps.gh, path, ref, maxBytes)
}

export interface PromptSources {
  template: string
  instructions: string
  /** Hash of template and instructions: part of what a design records it was made from. */
  hash: string
}

/**
 * The template and instructions come from the default branch (or are built in), never from the
 * pull request, so a pull request cannot rewrite the bot's instructions.
 */
export async function loadPromptSources(
  deps: FlowDeps,
  defaultBranch: string,
): Promise<PromptSources> {
  const { instructionsPath } = deps.settings
  const [template, instructions] = await Promise.all([
    loadTemplate(deps, defaultBranch),
    instructionsPath
      ? readConfigFile(deps, instructionsPath, defaultBranch, ACTION_SETTING_NAMES.instructionsPath)
      : defaultInstructions(),
  ])
  return { template, instructions, hash: sha256(`${template}\u0000${instructions}`) }
}

/** The template alone, as designs are made with it: what the check reads a design by. */
export async function loadTemplate(deps: FlowDeps, defaultBranch: string): Promise<string> {
  const { templatePath } = deps.settings
  return templatePath
    ? readConfigFile(deps, templatePath, defaultBranch, ACTION_SETTING_NAMES.templatePath)
    : defaultTemplate()
}

async function readConfigFile(
  deps: FlowDeps,
  path: string,
  branch: string,
  /** The input that names the file, as messages say it: "the template-path input". */
  input: string,
): Promise<string> {
  const file = await readFileAt(deps.gh, path, branch, 1024 * 1024)
  if (!file) {
    throw new Error(
      `${path} (named by ${input}) is not on the default branch (${branch}). Commit it there first, or leave the input empty for the built-in one.`,
    )
  }
  const text = decodeText(file.bytes, `${path} (${input})`)
  if (text.trim() === '') {
    throw new Error(
      `${path} (${input}) is empty on ${branch}. Write it, or leave the input empty for the built-in one.`,
    )
  }
  return text
}
