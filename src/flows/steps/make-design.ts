/**
 * The one path every trigger takes to a design on a branch: look at what is there, generate
 * when needed, and commit without losing anyone's work. Posting the questions follows.
 */
import type { RunOutcome } from '../outcome.js'
import { PROVIDER_NAMES } from '../../config/model-id.js'
import { estimateCostUsd } from '../../config/pricing.js'
import { lineDiff } from '../../document/line-diff.js'
import {
  designState,
  readStamp,
  sha256,
  stampDesign,
  type DesignState,
} from '../../document/provenance.js'
import type { QuestionThread } from '../../github-text/threads.js'
import type { OpenQuestion, Violation } from '../../document/types.js'
import { reviseDesign } from '../../engine/revise.js'
import type { CommitRef } from '../../adapters/github/commit.js'
import type { DesignProgress } from '../../engine/design-loop.js'
import type { DesignResult } from '../../engine/design-loop.js'
import { generateDesign, loadTemplateSpec } from '../../engine/generate.js'
import type { PeoplesEdits } from '../../conversation/peoples-edits.js'
import { validateDesign } from '../../document/validate.js'
import { traceabilitySections } from '../../document/traceability.js'
import { commitDesign, type BranchTarget } from './commit-design.js'
import { findDesignBase } from './design-base.js'
import type { FlowDeps } from '../deps.js'
import { ignoredRepliesNote, readQuestionThreads } from './question-threads.js'
import { fileAt, type PromptSources } from './sources.js'
import { spendLimits } from './spend.js'
import { count, plural } from '../../text/wording.js'

export interface DesignSource {
  /** Checked requirements text. */
  requirements: string
  /** Where they came from, for the prompt and the commit: "docs/requirements.md", "issue #7". */
  source: string
  /** The commit the requirements file was read at; the next revision diffs against it. */
  requirementsAt?: string
  guidance?: string
}

export interface MakeDesignOptions {
  /** A person asked: generate even when the design is already the design of these inputs. */
  regenerate: boolean
  /** `--force` or `--full`: a whole new design from scratch, people's edits included. */
  fromScratch: boolean
  /**
   * `--full`: a design that departs from the template (people wrote it, or edited it) is
   * rewritten into the template from its own content rather than from the requirements alone.
   */
  rewriteIntoTemplate?: boolean
  /** The pull request whose question threads hold answers, when there is one. */
  pullRequestNumber?: number
  onProgress?: (progress: DesignProgress) => void
}

/** What a design cost, for outcomes and comments, and what was left out of its request. */
export type Spent = Pick<
  RunOutcome,
  | 'openQuestions'
  | 'usage'
  | 'model'
  | 'modelCalls'
  | 'costUsd'
  | 'notes'
  | 'templateProblems'
  | 'traceability'
>

/** A design as generated or revised. */
export interface NewDesign {
  document: string
  openQuestions: OpenQuestion[]
  /** Top-level sections a revision changed; null for a design written from scratch. */
  changedSections: string[] | null
}

export type MadeDesign = (
  | { status: 'unchanged' }
  | { status: 'not-committed'; reason: string; spent: Spent; design: NewDesign }
  /** Regenerated on request, and the new design is the one already on the branch. */
  | { status: 'identical'; spent: Spent; design: NewDesign }
  | {
      status: 'committed'
      before: DesignState
      commit: CommitRef
      /** The file as committed, stamp included. */
      text: string
      spent: Spent
      design: NewDesign
      /** The question threads as they were before this design, to update after it. */
      threads: QuestionThread[]
    }
) & {
  /** The design file at the branch's head when this step ended (its commit, when committed). */
  atHead: string | null
}

export async function makeDesign(
  deps: FlowDeps,
  source: DesignSource,
  prompt: PromptSources,
  target: BranchTarget,
  options: MakeDesignOptions,
): Promise<MadeDesign> {
  const { settings } = deps
  const current = await fileAt(deps, settings.designPath, target.headSha, target.listed)
  const currentText = current ? new TextDecoder().decode(current.bytes) : null
  const made = {
    requirements: sha256(source.requirements),
    prompt: prompt.hash,
    model: settings.model,
  }
  const before = designState(currentText, made)
  const stamp = currentText === null ? null : readStamp(currentText)
  // Same requirements, template and model: nothing calls for a new design, even if a person
  // edited this one since (their edit stands as it is).
  const p = stamp?.provenance
  const inputsUnchanged =
    p?.requirements === made.requirements && p.prompt === made.prompt && p.model === made.model
  if (inputsUnchanged && !options.regenerate) return { status: 'unchanged', atHead: currentText }

  // A revision keeps the document (and people's edits) and changes what must change; a new
  // template or instructions, or a request for a fresh start, writes the whole design again.
  const revise =
    stamp !== null &&
    !options.fromScratch &&
    (stamp.provenance === null || stamp.provenance.prompt === prompt.hash)
  const { threads, ignoredReplies } =
    revise && options.pullRequestNumber !== undefined
      ? await readQuestionThreads(deps, options.pullRequestNumber)
      : { threads: [], ignoredReplies: 0 }
  const onProgress = (progress: DesignProgress) => {
    deps.log.info(
      `${progress.phase}: ${count(progress.outputTokens)} tokens${progress.section ? `, at "${progress.section}"` : ''}`,
    )
    options.onProgress?.(progress)
  }
  // Every branch a design is committed to is a pull request's (or becomes one): what it spent
  // on its designs so far rides in the stamp of the last one.
  const spentBefore = p?.spentUsd ?? 0
  const engine = {
    model: deps.createModel(),
    onProgress,
    log: (message: string) => deps.log.info(message),
    maxInputTokens: settings.maxInputTokens,
    spendLimits: spendLimits(deps, spentBefore),
  }
  const traceability = settings.traceability && traceabilityFits(deps, prompt.template)
  const common = {
    ...source,
    instructions: prompt.instructions,
    template: prompt.template,
    traceability,
  }
  const rewrite =
    !revise &&
    options.rewriteIntoTemplate === true &&
    stamp !== null &&
    validateDesign(stamp.body, loadTemplateSpec(prompt.template)).length > 0

  const { platform } = deps
  const where = platform.provider === 'anthropic' ? '' : ` on ${PROVIDER_NAMES[platform.provider]}`
  deps.log.info(
    `${revise ? 'Revising' : 'Designing'} from ${source.source} at ${target.headSha.slice(0, 7)} with ${platform.model}${where}.`,
  )
  const result: DesignResult & {
    changedSections?: string[]
    leftOut?: string[]
    keptProblems?: Violation[]
    peoplesEdits?: Pick<PeoplesEdits, 'merged' | 'notKept'>
  } = revise
    ? await reviseDesign(
        {
          ...common,
          currentDesign: stamp.body,
          // Told apart from the action's own text, people's edits survive an echoing answer.
          baseDesign:
            before === 'edited' && stamp.provenance
              ? await findDesignBase(deps, settings.designPath, target.headSha, stamp.provenance)
              : null,
          requirementsChanges: await requirementsChanges(stamp.provenance?.source, source, target),
          answered: threads
            .filter((t) => !t.isResolved && t.answers.length > 0)
            .map((t) => ({ question: t.question, answers: t.answers })),
          format: settings.revisionFormat,
        },
        engine,
      )
    : await generateDesign(rewrite ? { ...common, designToRewrite: stamp.body } : common, engine)
  const design: NewDesign = {
    document: result.document,
    openQuestions: result.openQuestions,
    changedSections: result.changedSections ?? null,
  }
  const spent: Spent = {
    openQuestions: result.openQuestions,
    usage: result.usage,
    model: result.model,
    modelCalls: result.modelCalls,
    costUsd: estimateCostUsd(result.usage, result.model),
    notes: [
      ...(ignoredReplies > 0
        ? [ignoredRepliesNote(ignoredReplies, settings.minAnswerPermission)]
        : []),
      ...(result.leftOut ?? []),
      ...peoplesEditsNotes(result.peoplesEdits),
      ...(rewrite
        ? [
            `${settings.designPath} departed from the template; it was rewritten into the template from its own content, as --full asked.`,
          ]
        : []),
    ],
    ...(result.keptProblems?.length ? { templateProblems: result.keptProblems } : {}),
    ...(result.traceability ? { traceability: result.traceability } : {}),
  }
  const stampFor = (spentUsd: number | undefined) =>
    stampDesign(result.document, {
      ...made,
      source: source.requirementsAt,
      ...(spentUsd === undefined ? {} : { spentUsd }),
    })
  const stamped = stampFor(spentBefore + (spent.costUsd ?? 0))
  // Nothing to change is nothing to commit, not even a new stamp (nor a new total spent).
  // (With new inputs, an unchanged body still gets its new stamp: the next run must see it as current.)
  if (
    stampFor(p?.spentUsd) === currentText ||
    (revise && inputsUnchanged && result.document === stamp.body)
  ) {
    return { status: 'identical', spent, design, atHead: currentText }
  }
  const verb = before === 'absent' ? 'add' : revise ? 'revise' : 'update'
  const committed = await commitDesign(
    deps,
    target,
    {
      stamped,
      requirements: source.requirements,
      source: source.source,
      inputs: made,
      existed: currentText !== null,
    },
    {
      headline: `docs: ${verb} technical design for ${source.source}`,
      body:
        `Generated by tech-design-action with ${result.model} from ${source.source} at ${target.headSha.slice(0, 7)}.` +
        (design.changedSections
          ? `\nSections revised: ${design.changedSections.join(', ') || 'none'}.`
          : ''),
    },
  )
  return committed.committed
    ? {
        status: 'committed',
        before,
        commit: committed.commit,
        text: stamped,
        spent,
        design,
        threads,
        atHead: stamped,
      }
    : { status: 'not-committed', reason: committed.reason, spent, design, atHead: currentText }
}

/** Whether the template has a Functional Requirements section to hold the table; a notice if not. */
function traceabilityFits(deps: FlowDeps, template: string): boolean {
  if (traceabilitySections(loadTemplateSpec(template)) !== null) return true
  deps.log.notice(
    'The template has no "Functional Requirements" section to hold the traceability table, so the requirements are not traced: add one, or set traceability to false to silence this notice.',
  )
  return false
}

/** What became of people's edits where the revision changed the same sections; never silent. */
export function peoplesEditsNotes(edits?: Pick<PeoplesEdits, 'merged' | 'notKept'>): string[] {
  if (!edits) return []
  const quote = (line: string): string => `"${line.length > 120 ? `${line.slice(0, 119)}…` : line}"`
  return [
    ...(edits.merged.length > 0
      ? [
          `People's edits in ${edits.merged.map((name) => `"${name}"`).join(', ')} were kept alongside the revision's changes.`,
        ]
      : []),
    ...edits.notKept.map(({ section, lines }) => {
      const shown = lines.slice(0, 5).map(quote).join(', ')
      const more = lines.length > 5 ? ` and ${lines.length - 5} more` : ''
      return `The revision rewrote what people had edited in "${section}", and these lines of theirs are not in the new version: ${shown}${more}. Restore what still holds from the file's history.`
    }),
  ]
}

/** What changed in the requirements file since the design was made, when that is known. */
async function requirementsChanges(
  madeAt: string | undefined,
  source: DesignSource,
  target: BranchTarget,
): Promise<string | null> {
  if (!madeAt || !source.requirementsAt) return null
  if (madeAt === source.requirementsAt) return ''
  const previous = await target.readRequirements(madeAt).catch(() => null)
  return previous === null ? null : lineDiff(previous, source.requirements).text
}

/** "3 open questions, 2 posted for review, 1 already in a review thread." */
export function describeQuestions(total: number, posted: number, alreadyPosted: number): string {
  if (total === 0) return 'It has no open questions.'
  return (
    `${plural(total, 'open question')}` +
    (posted > 0 ? `, ${posted} posted for review` : '') +
    (alreadyPosted > 0 ? `, ${alreadyPosted} already in review threads` : '') +
    '.'
  )
}
