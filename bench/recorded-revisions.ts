/**
 * What a revision costs under each reply format, on a language model's own replies: the committed
 * bundle designs the example requirements (the recorded first design), then revises it after one
 * answered question, a small requirements change and a cross-cutting one, once asking for edits
 * and once for whole sections. Each reply is a recording (__tests__/fixtures/revisions/) of a
 * model answering the exact request the action sent; its header names that request and holds its
 * hash, so a recording made for a request the code no longer sends is reported as stale.
 * `npm run bench -- --requests DIR` writes every revision request to DIR, recorded or not.
 */
import { createHash } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startFakeAnthropic, type FakeRequest } from '../__tests__/fakes/anthropic-server.js'
import {
  ACTIONS_BOT,
  issueCommentEvent,
  pullRequestEvent,
  startFakeGitHub,
  type FakeGitHub,
} from '../__tests__/fakes/github-server.js'
import { runAction } from '../__tests__/support/action-runner.js'
import { readFixture, recordedReply } from '../__tests__/support/fixtures.js'
import { nodeRuntimes } from '../__tests__/support/node-runtimes.js'
import { questionComment, replyInThread } from '../__tests__/support/review-replies.js'
import { lineDiff } from '../src/document/line-diff.js'
import { REVISION_FORMATS, type RevisionFormat } from '../src/config/defaults.js'

export type RevisionKind = 'answer' | 'small' | 'cross-cutting'

export interface RecordedRevisionFigure {
  kind: RevisionKind
  change: string
  format: RevisionFormat
  /** The action's result: "updated" when the revision validated and was committed. */
  result: string
  modelCalls: number
  outputTokens: number
  inputTokens: number
  /** What the run reports it cost (its cost-usd output), at the default model's list prices. */
  costUsd: string
  /** Lines added and removed by the design commit, the stamp's own line included. */
  added: number
  removed: number
  /** Whether every reply served was recorded for the request the action sent; false: stale. */
  current: boolean
  /** Rounds the run asked for that have no recording (the run then fails). */
  missing: string[]
}

const REPO = 'acme/notifications'
const TOKEN = 'ghs_benchRevisionToken'
const API_KEY = 'sk-ant-bench-revision-key'
const MARIA_TOKEN = 'ghp_benchRevisionMaria'
const DESIGN = 'tech-design.md'
const REQUIREMENTS = 'docs/requirements.md'
const RECORDINGS = fileURLToPath(new URL('../__tests__/fixtures/revisions/', import.meta.url))

/** The answer Maria gives to the question on the SMS confirmation text. */
export const SMS_CONFIRMATION_ANSWER =
  'Yes, the dispatcher sends the confirmation text when it sees the request event. Give customers 24 hours to reply YES, not 72, and send at most two confirmation requests per customer in 24 hours.'

/** A small change: unsubscribe tokens live 30 days instead of 90. */
export function smallChange(requirements: string): string {
  return replaceOnce(requirements, 'A token is valid for 90 days', 'A token is valid for 30 days')
}

/** A cross-cutting change: a fourth channel, with its own consent rule and provider. */
export function crossCuttingChange(requirements: string): string {
  const withChannel = replaceOnce(
    requirements,
    'For each category and channel (email, SMS, push)',
    'For each category and channel (email, SMS, push, WhatsApp)',
  )
  return replaceOnce(
    withChannel,
    '### Migration\n',
    [
      '### WhatsApp',
      '',
      '16. WhatsApp is a fourth channel. Marketing and alerts on WhatsApp need an explicit opt-in',
      '    given on the web or in the app, and quiet hours apply to WhatsApp as they do to SMS. A',
      '    customer who writes STOP to our WhatsApp number is opted out of every category on',
      '    WhatsApp. WhatsApp messages and opt-outs go through the WhatsApp Business Platform, whose',
      '    webhooks are signed with HMAC-SHA256 (X-Hub-Signature-256).',
      '',
      '### Migration',
      '',
    ].join('\n'),
  )
}

function replaceOnce(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`"${from}" is not once in the requirements`)
  return text.replace(from, to)
}

/** The request as a person (or a model) reads it: each system block, then each turn. */
export function requestText(body: { system?: unknown; messages?: unknown }): string {
  const system = Array.isArray(body.system)
    ? body.system.map((b: { text?: string }) => b.text ?? '')
    : typeof body.system === 'string'
      ? [body.system]
      : []
  const messages = (body.messages ?? []) as { role: string; content: unknown }[]
  const text = (content: unknown): string =>
    typeof content === 'string'
      ? content
      : (content as { text?: string }[]).map((c) => c.text ?? '').join('')
  return [
    ...system.map((s, i) => `=== system, block ${i + 1} of ${system.length} ===\n${s}`),
    ...messages.map((m) => `=== ${m.role} ===\n${text(m.content)}`),
  ].join('\n\n')
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The recording's name for a kind, format and round: "answer.edits.1". */
function recordingName(kind: RevisionKind, format: RevisionFormat, round: number): string {
  return `${kind}.${format}.${round}`
}

export async function benchRecordedRevisions(
  requestsDir?: string,
): Promise<RecordedRevisionFigure[]> {
  const requirements = await readFile(
    new URL('../examples/requirements.md', import.meta.url),
    'utf8',
  )
  const firstDesign = recordedReply(await readFixture('designs/recorded-example-first-design.md'))
  const node = nodeRuntimes().at(-1)!.path
  const github = await startFakeGitHub({ tokens: { [TOKEN]: ACTIONS_BOT } })
  const anthropic = await startFakeAnthropic({
    apiKey: API_KEY,
    defaultResponder: () => firstDesign,
  })
  if (requestsDir) await mkdir(requestsDir, { recursive: true })
  const figures: RecordedRevisionFigure[] = []
  try {
    github.createRepo(REPO, { files: { 'README.md': '# Notifications\n' } })
    github.setPermission('maria', 'maintain', REPO)
    github.addToken(MARIA_TOKEN, {
      login: 'maria',
      type: 'User',
      permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
    })
    const kinds: { kind: RevisionKind; change: string; apply: Change }[] = [
      { kind: 'answer', change: 'one answered question', apply: answerQuestion },
      {
        kind: 'small',
        change: 'a small requirements change',
        apply: pushRequirements(smallChange),
      },
      {
        kind: 'cross-cutting',
        change: 'a cross-cutting requirements change',
        apply: pushRequirements(crossCuttingChange),
      },
    ]
    for (const { kind, change, apply } of kinds) {
      for (const format of REVISION_FORMATS) {
        const branch = `revise/${kind}-${format}`
        github.createBranch(REPO, branch)
        github.commitFiles(REPO, branch, { [REQUIREMENTS]: requirements }, 'Add requirements')
        const { number } = github.createPullRequest(REPO, { head: branch, title: change })
        const run = (event: { name: string; payload: Record<string, unknown> }) =>
          runAction({
            node,
            github,
            anthropicUrl: anthropic.url,
            eventName: event.name,
            payload: event.payload,
            inputs: {
              'anthropic-api-key': API_KEY,
              'github-token': TOKEN,
              'revision-format': format,
            },
          })
        anthropic.setDefault(() => firstDesign)
        const first = await run({
          name: 'pull_request',
          payload: pullRequestEvent(github, { repo: REPO, number, action: 'opened' }),
        })
        if (first.outputs.result !== 'created') {
          throw new Error(`The first design of "${change}" was not created:\n${first.everything}`)
        }
        const before = github.textAt(REPO, branch, DESIGN) ?? ''
        const event = await apply(github, { number, branch, requirements })

        const served: { current: boolean }[] = []
        const missing: string[] = []
        // Loaded before the run: a responder answers synchronously.
        const recordings = await loadRecordings(kind, format)
        anthropic.setDefault((body: FakeRequest['body']) => {
          const round =
            1 + (body.messages as { role: string }[]).filter((m) => m.role === 'assistant').length
          const name = recordingName(kind, format, round)
          const request = requestText(body)
          // Written before the answer, so the request is on disk whatever the run does next.
          if (requestsDir) writeFileSync(join(requestsDir, `${name}.txt`), `${request}\n`)
          const recording = recordings.get(round)
          if (!recording) {
            missing.push(name)
            return { status: 400 }
          }
          served.push({ current: recording.hash === sha256(request) })
          return recording.reply
        })
        const calls = anthropic.requests.length
        const revised = await run(event)
        const after = github.textAt(REPO, branch, DESIGN) ?? ''
        const diff = lineDiff(before, after)
        figures.push({
          kind,
          change,
          format,
          result: revised.outputs.result ?? '',
          modelCalls: anthropic.requests.length - calls,
          outputTokens: Number(revised.outputs['output-tokens'] || 0),
          inputTokens: Number(revised.outputs['input-tokens'] || 0),
          costUsd: revised.outputs['cost-usd'] ?? '',
          added: diff.added,
          removed: diff.removed,
          current: served.every((s) => s.current),
          missing,
        })
      }
    }
  } finally {
    await Promise.all([github.close(), anthropic.close()])
  }
  return figures
}

type Change = (
  github: FakeGitHub,
  pr: { number: number; branch: string; requirements: string },
) => Promise<{ name: string; payload: Record<string, unknown> }>

/** Maria answers the SMS confirmation question in its thread, then asks for a revision. */
const answerQuestion: Change = async (github, { number }) => {
  const question = questionComment(
    github,
    REPO,
    number,
    'Will the notification dispatcher send the SMS confirmation text',
  )
  await replyInThread(
    github,
    MARIA_TOKEN,
    { repo: REPO, number, rootId: question.id },
    SMS_CONFIRMATION_ANSWER,
  )
  return {
    name: 'issue_comment',
    payload: issueCommentEvent(github, {
      repo: REPO,
      number,
      body: '/tech-design',
      login: 'maria',
    }),
  }
}

/** A push of changed requirements to the pull request's branch. */
function pushRequirements(change: (requirements: string) => string): Change {
  return async (github, { number, branch, requirements }) => {
    github.commitFiles(
      REPO,
      branch,
      { [REQUIREMENTS]: change(requirements) },
      'Change requirements',
    )
    return {
      name: 'pull_request',
      payload: pullRequestEvent(github, { repo: REPO, number, action: 'synchronize' }),
    }
  }
}

/** Each round's recorded reply for a kind and format, and the hash of the request it answered. */
async function loadRecordings(
  kind: RevisionKind,
  format: RevisionFormat,
): Promise<Map<number, { reply: string; hash: string }>> {
  const recordings = new Map<number, { reply: string; hash: string }>()
  for (let round = 1; ; round++) {
    const file = join(RECORDINGS, `${recordingName(kind, format, round)}.md`)
    if (!existsSync(file)) return recordings
    const text = await readFile(file, 'utf8')
    const hash = /Request sha256: ([0-9a-f]{64})/.exec(text)?.[1] ?? ''
    recordings.set(round, { reply: recordedReply(text), hash })
  }
}
