/**
 * `npm run bench`: the figures that stay stable on a noisy machine (requests, model calls, tokens)
 * and the timings that matter, measured against the loopback fakes. Prints them, and records them
 * in BENCHMARKS.md with `npm run bench -- --write`.
 */
import { readdirSync, statSync } from 'node:fs'
import { arch, cpus, platform, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeRuntimes } from '../__tests__/support/node-runtimes.js'
import { benchProviders } from './providers.js'
import { benchRecordedRevisions } from './recorded-revisions.js'
import { benchRepair } from './repair.js'
import { parseBenchArgs, recordReport } from './report.js'
import { benchRevision } from './revision.js'
import { STREAM_TOKENS_PER_SECOND, benchScenarios } from './scenarios.js'
import { benchStartup } from './startup.js'
import { benchValidation } from './validation.js'

const args = parseBenchArgs(process.argv.slice(2))
const root = fileURLToPath(new URL('../', import.meta.url))
const node = nodeRuntimes().at(-1)!
const out: string[] = []
const say = (...lines: string[]) => {
  for (const line of lines) {
    console.log(line)
    out.push(line)
  }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
say(
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${platform()} ${arch()}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${node.label} (${process.version} for the harness).`,
  'Request, call and token counts are exact and stable; times vary with the machine.',
  '',
)

const validation = await benchValidation([20, 165])
say(
  '## Validation and open-question extraction',
  '',
  'Target: under 50 ms for a 165 KiB design.',
  '',
  '| design | median | p95 | questions |',
  '| --- | --- | --- | --- |',
  ...validation.map(
    (f) => `| ${f.sizeKiB} KiB | ${f.medianMs} ms | ${f.p95Ms} ms | ${f.questions} |`,
  ),
  '',
)

const scenarios = await benchScenarios()
say(
  '## Runs of dist/index.js against the fakes',
  '',
  `Each run is the committed bundle started as the runner starts it. The fake model streams at ${STREAM_TOKENS_PER_SECOND.toLocaleString('en-US')} tokens a second; overhead is the wall time minus the streaming time the fake measured: start-up, GitHub calls, validation and everything else the action does itself, plus the fake GitHub API's own time (it checks every request against the OpenAPI description), so the action's true overhead is lower. Targets: first design at most 7 GitHub requests (the design, its review and its check), an unchanged re-run at most 3 and no model call, a reply in a question thread at most 5 and no model call, overhead under 1 s, peak memory under 150 MB. The two first designs differ only in the traceability table: what it adds in input and output tokens is the difference of their figures.`,
  '',
  '| scenario | result | GitHub requests | model calls | input tokens | output tokens | wall | overhead | peak memory | JS loaded |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...scenarios.map(
    (f) =>
      `| ${f.scenario} | ${f.result} | ${f.githubRequests} | ${f.modelCalls} | ${f.inputTokens} | ${f.outputTokens} | ${f.wallMs} ms | ${f.overheadMs} ms | ${f.peakRssMb} MB | ${f.loadedKiB} KiB |`,
  ),
  '',
  "What bounds the overhead: about 200 ms of Node.js start-up and module loading, then one round trip per GitHub request, each including the fake API's OpenAPI check (tens of milliseconds on this 2-core machine). Every run that writes asks once, just before its commit, whether the pull request is still open, and reads its threads, reviews and state in one GraphQL request before it posts. The command runs make the most requests (reaction, tracking comment and its final edit, branch, draft pull request, review, reply on the issue). Against github.com each request costs a network round trip instead, which no change in the action can remove, so the count of requests is the figure the action controls.",
  '',
)

const providers = await benchProviders()
say(
  '## Providers',
  '',
  'The first design of the same pull request on each provider, with the credentials its login step leaves in the environment (AWS keys from aws-actions/configure-aws-credentials; the Workload Identity credentials file from google-github-actions/auth). "JS loaded" counts the bundle files the run imported: a platform\'s SDK is a chunk of its own, loaded only when that provider is chosen, so the default path carries none of it. Vertex makes one more platform request: the OIDC token exchange.',
  '',
  '| provider | result | GitHub requests | platform requests | wall | peak memory | JS loaded | chunks beyond the default path |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...providers.map(
    (f) =>
      `| ${f.provider} | ${f.result} | ${f.githubRequests} | ${f.platformRequests} | ${f.wallMs} ms | ${f.peakRssMb} MB | ${f.loadedKiB} KiB | ${f.extraChunks.length ? f.extraChunks.join(', ') : 'none'} |`,
  ),
  '',
)

const startup = benchStartup(node.path)
const reviewStartup = benchStartup(node.path, 'pull_request_review_comment')
say(
  '## Start-up',
  '',
  'The paths most runs take in a busy repository, each decided from the payload before any client loads: an issue comment that is not a command, and a review comment that is not a reply in a question thread of the design. Target: at most 3 × `node -e 0`.',
  '',
  '| path | `node -e 0` | `dist/index.js` | ratio |',
  '| --- | --- | --- | --- |',
  `| a comment that is not a command | ${startup.nodeMs} ms | ${startup.actionMs} ms | ${startup.ratio} |`,
  `| a review comment that is not an answer | ${reviewStartup.nodeMs} ms | ${reviewStartup.actionMs} ms | ${reviewStartup.ratio} |`,
  '',
  'Medians of 15 runs each.',
  '',
)

const distBytes = (dir: string): number =>
  readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name)
    const stat = statSync(path)
    return sum + (stat.isDirectory() ? distBytes(path) : stat.size)
  }, 0)
const actionBytes = readdirSync(join(root, 'dist'))
  .filter((name) => name.endsWith('.js'))
  .reduce((sum, name) => sum + statSync(join(root, 'dist', name)).size, 0)
say(
  '## Bundle size',
  '',
  `The action's JavaScript in dist/: ${(actionBytes / 2 ** 20).toFixed(2)} MiB (the heavy parts, the Anthropic SDK and Octokit, are separate chunks loaded only when there is work, and the Bedrock and Vertex SDKs and the proxy agent only when chosen); all of dist/, the command line included: ${(distBytes(join(root, 'dist')) / 2 ** 20).toFixed(2)} MiB.`,
  '',
)

const revision = await benchRevision()
say(
  '## Incremental revision against full regeneration',
  '',
  'A one-paragraph change to the requirements of a realistic 14 KiB design. A full regeneration lets the model rewrite every section, so its committed diff is bounded only by the document.',
  '',
  '| mode | input tokens | output tokens | answer size | committed diff |',
  '| --- | --- | --- | --- | --- |',
  ...revision.map(
    (f) =>
      `| ${f.mode} | ${f.inputTokens} | ${f.outputTokens} | ${f.answerChars} chars | ${f.diffIsBound ? `up to ${f.diffLines} lines` : `${f.diffLines} lines`} |`,
  ),
  '',
)

const recorded = await benchRecordedRevisions(args.requestsDir)
say(
  '## Revisions on recorded replies: edits against whole sections',
  '',
  "The committed bundle revises the recorded first design of examples/requirements.md (842 lines) after three kinds of change, once with each `revision-format`. Every reply is a language model's own answer to the exact request the action sent, recorded in `__tests__/fixtures/revisions/` with the hash of that request; \"stale\" would mean the code now sends a different request than the one recorded. The committed diff counts the lines the design commit adds and removes, the stamp's line included. Output tokens are what the fake counts (a quarter of the characters); input tokens are the same for both formats but for the protocol's wording. The cost is the run's own `cost-usd` output, at the default model's list prices.",
  '',
  '| change | revision-format | result | model calls | output tokens | input tokens | cost | committed diff | recording |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...recorded.map(
    (f) =>
      `| ${f.change} | ${f.format} | ${f.result} | ${f.modelCalls} | ${f.outputTokens} | ${f.inputTokens} | $${Number(f.costUsd).toFixed(3)} | +${f.added} −${f.removed} | ${f.missing.length > 0 ? `missing: ${f.missing.join(', ')}` : f.current ? 'current' : 'stale'} |`,
  ),
  '',
  ...recordedRevisionSummary(recorded),
  '',
)

const repair = await benchRepair()
say(
  '## Repairing a full design',
  '',
  'The first answer breaks the template in one section of a realistic 14 KiB design (a code block in "5. Detailed Design"). The repair turn asks for the sections concerned; a model that sends the whole document again is also accepted, and pays for it.',
  '',
  '| repair answer | model calls | repair output tokens | total output tokens | validated |',
  '| --- | --- | --- | --- | --- |',
  ...repair.map(
    (f) =>
      `| ${f.answer} | ${f.modelCalls} | ${f.repairOutputTokens} | ${f.totalOutputTokens} | ${f.validated ? 'yes' : 'no'} |`,
  ),
  '',
)

console.log(await recordReport(`${out.join('\n')}\n`, join(root, 'BENCHMARKS.md'), args))

/** Per kind of change, what edits cost against whole sections, in one sentence each. */
function recordedRevisionSummary(
  figures: Awaited<ReturnType<typeof benchRecordedRevisions>>,
): string[] {
  const kinds = [...new Set(figures.map((f) => f.change))]
  const failed = figures
    .filter((f) => f.result !== 'updated')
    .map((f) => `${f.change} (${f.format})`)
  const repaired = figures.filter((f) => f.modelCalls > 1).map((f) => `${f.change} (${f.format})`)
  const outcome =
    failed.length === 0 && repaired.length === 0
      ? ['- Every revision validated and was committed after one model call, under both formats.']
      : [
          ...(failed.length > 0 ? [`- Not committed: ${failed.join(', ')}.`] : []),
          ...(repaired.length > 0
            ? [`- Repaired in a second call or more: ${repaired.join(', ')}.`]
            : []),
        ]
  return [
    ...outcome,
    ...kinds.flatMap((change) => {
      const edits = figures.find((f) => f.change === change && f.format === 'edits')
      const sections = figures.find((f) => f.change === change && f.format === 'sections')
      if (!edits || !sections || edits.outputTokens === 0 || sections.outputTokens === 0) return []
      const ratio = (sections.outputTokens / edits.outputTokens).toFixed(1)
      return [
        `- ${change}: edits wrote ${edits.outputTokens} output tokens where whole sections wrote ${sections.outputTokens} (${ratio} times as many), for a diff of ${edits.added + edits.removed} lines against ${sections.added + sections.removed}.`,
      ]
    }),
  ]
}
