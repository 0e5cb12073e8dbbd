/**
 * `npm run bench`: the figures that stay stable on a noisy machine (requests, model calls, tokens)
 * and the timings that matter, measured against the loopback fakes.
 */
import { arch, cpus, platform } from 'node:os'
import { benchRevision } from './revision.js'
import { benchScenarios } from './scenarios.js'
import { nodeRuntimes } from '../__tests__/support/node-runtimes.js'
import { benchStartup } from './startup.js'
import { benchValidation } from './validation.js'

const machine = `${platform()} ${arch()}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`
console.log(`tech-design-action benchmark (${machine})\n`)

console.log('Validation + open-question extraction (target: under 50 ms at 165 KiB)')
console.log('| design | median | p95 | questions |')
console.log('| --- | --- | --- | --- |')
for (const f of await benchValidation([20, 165])) {
  console.log(`| ${f.sizeKiB} KiB | ${f.medianMs} ms | ${f.p95Ms} ms | ${f.questions} |`)
}

console.log('\nFlows: dist/index.js run as the runner runs it, against the fakes')
console.log(
  '| scenario | result | GitHub requests | model calls | input tokens | output tokens | target |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const f of await benchScenarios()) {
  console.log(
    `| ${f.scenario} | ${f.result} | ${f.githubRequests} | ${f.modelCalls} | ${f.inputTokens} | ${f.outputTokens} | ${f.target ?? ''} |`,
  )
}

const startup = benchStartup(nodeRuntimes().at(-1)!.path)
console.log('\nStart-up of dist/index.js on a comment that is not a command (median of 15)')
console.log(
  `node -e 0: ${startup.nodeMs} ms; dist/index.js: ${startup.actionMs} ms; ratio ${startup.ratio}`,
)

console.log('\nRevision after a one-paragraph requirements change (realistic 14 KiB design)')
console.log('| mode | input tokens | output tokens | answer size | committed diff |')
console.log('| --- | --- | --- | --- | --- |')
for (const f of await benchRevision()) {
  const diff = f.diffIsBound ? `up to ${f.diffLines} lines` : `${f.diffLines} lines`
  console.log(
    `| ${f.mode} | ${f.inputTokens} | ${f.outputTokens} | ${f.answerChars} chars | ${diff} |`,
  )
}
