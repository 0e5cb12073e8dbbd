/**
 * The first design on each provider: the committed bundle with the credentials each platform's
 * login step leaves in the environment, against the fake's wire format for that platform. Shows
 * that a platform's SDK is loaded only when it is chosen.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import {
  startFakeAnthropic,
  writeGoogleExternalAccountCredentials,
  type FakeAnthropicOptions,
} from '../__tests__/fakes/anthropic-server.js'
import { ACTIONS_BOT, pullRequestEvent, startFakeGitHub } from '../__tests__/fakes/github-server.js'
import { startFakeProxy } from '../__tests__/fakes/proxy-server.js'
import { runAction } from '../__tests__/support/action-runner.js'
import { architect } from '../__tests__/support/architect.js'
import { readFixture } from '../__tests__/support/fixtures.js'
import { nodeRuntimes } from '../__tests__/support/node-runtimes.js'
import { readRunRecord } from './scenarios.js'

export interface ProviderFigure {
  provider: string
  result: string
  githubRequests: number
  /** Requests the model platform received, token exchanges included. */
  platformRequests: number
  wallMs: number
  peakRssMb: number
  loadedKiB: number
  /** Chunks this run loaded that the plain Anthropic run did not. */
  extraChunks: string[]
}

const REPO = 'acme/shop'
const TOKEN = 'ghs_benchToken'
const AWS = {
  accessKeyId: 'ASIABENCHFAKEKEY0001',
  secretAccessKey: 'bench/fake+secret',
  sessionToken: 'bench-session',
  region: 'us-east-1',
}
const GOOGLE = { projectId: 'bench-project', region: 'us-east5', subjectToken: 'bench.oidc.token' }

export async function benchProviders(): Promise<ProviderFigure[]> {
  const design = await readFixture('designs/conforming.md')
  const requirements = await readFixture('requirements/refunds.md')
  const node = nodeRuntimes().at(-1)!.path
  const dir = mkdtempSync(join(tmpdir(), 'tech-design-providers-'))
  const preload = fileURLToPath(new URL('./rss-preload.mjs', import.meta.url))
  const figures: ProviderFigure[] = []
  let baseline: string[] = []

  const measure = async (
    provider: string,
    fake: FakeAnthropicOptions,
    setup: (
      url: string,
      baseURL: string,
    ) => Promise<{
      inputs: Record<string, string>
      env: Record<string, string>
    }>,
  ) => {
    const github = await startFakeGitHub({ tokens: { [TOKEN]: ACTIONS_BOT } })
    const model = await startFakeAnthropic({ ...fake, defaultResponder: architect(design) })
    try {
      github.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
      github.createBranch(REPO, 'feature/refunds')
      github.commitFiles(REPO, 'feature/refunds', { 'docs/requirements.md': requirements }, 'Add')
      const { number } = github.createPullRequest(REPO, { head: 'feature/refunds' })
      const payload = pullRequestEvent(github, { repo: REPO, number, action: 'opened' })
      github.resetCounters()
      const { inputs, env } = await setup(model.url, model.baseURL)
      const record = join(dir, `${figures.length}.json`)
      const started = performance.now()
      const run = await runAction({
        node,
        github,
        anthropicUrl: model.url,
        eventName: 'pull_request',
        payload,
        inputs: { 'github-token': TOKEN, ...inputs },
        env: { ...env, NODE_OPTIONS: `--import=${preload}`, TECH_DESIGN_BENCH_RSS: record },
      })
      const wallMs = Math.round(performance.now() - started)
      const { peakRssMb, loadedKiB, loaded } = readRunRecord(record)
      if (figures.length === 0) baseline = loaded
      figures.push({
        provider,
        result: run.outputs.result ?? '',
        githubRequests: github.count(),
        platformRequests: model.requests.length,
        wallMs,
        peakRssMb,
        loadedKiB,
        extraChunks: loaded.filter((chunk) => !baseline.includes(chunk)),
      })
    } finally {
      await Promise.all([github.close(), model.close()])
    }
  }

  try {
    await measure('anthropic', { apiKey: 'sk-ant-bench' }, async () => ({
      inputs: { 'anthropic-api-key': 'sk-ant-bench' },
      env: {},
    }))
    await measure('bedrock', { platform: 'bedrock', aws: AWS }, async (url) => ({
      inputs: { provider: 'bedrock', 'anthropic-base-url': url },
      env: {
        AWS_ACCESS_KEY_ID: AWS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: AWS.secretAccessKey,
        AWS_SESSION_TOKEN: AWS.sessionToken,
        AWS_REGION: AWS.region,
      },
    }))
    await measure('vertex', { platform: 'vertex', google: GOOGLE }, async (url, baseURL) => ({
      inputs: { provider: 'vertex', 'vertex-region': GOOGLE.region },
      env: {
        GOOGLE_APPLICATION_CREDENTIALS: await writeGoogleExternalAccountCredentials(
          dir,
          url,
          GOOGLE.subjectToken,
        ),
        GOOGLE_CLOUD_PROJECT: GOOGLE.projectId,
        ANTHROPIC_VERTEX_BASE_URL: baseURL,
      },
    }))
    const proxy = await startFakeProxy()
    try {
      await measure('anthropic, through HTTPS_PROXY', { apiKey: 'sk-ant-bench' }, async () => ({
        inputs: { 'anthropic-api-key': 'sk-ant-bench' },
        env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url },
      }))
    } finally {
      await proxy.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return figures
}
