/**
 * The flows in-process: `FlowDeps` wired as main wires them, with the real GitHub client against
 * the fake GitHub API and the real model client against the fake Anthropic API.
 */
import { expect } from '@jest/globals'
import { createGitHub } from '../../src/adapters/github/client.js'
import { createAnthropicModel, modelOptions } from '../../src/adapters/model/client.js'
import { DEFAULTS } from '../../src/config/defaults.js'
import { resolveModelPlatform } from '../../src/config/platform.js'
import type { FlowDeps, FlowSettings } from '../../src/flows/deps.js'
import { createPermissionLookup } from '../../src/flows/steps/trust.js'
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js'
import {
  ACTIONS_BOT,
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubRequest,
} from '../fakes/github-server.js'
import { architect } from './architect.js'

export const REPO = 'acme/shop'
export const TOKEN = 'ghs_flowTestToken0123456789abcdef'
export const API_KEY = 'sk-ant-api03-flow-test-0123456789'

/** The action's defaults, as the flows read them. */
export const DEFAULT_SETTINGS: FlowSettings = {
  requirementsPath: DEFAULTS.requirementsPath.value,
  designPath: DEFAULTS.designPath.value,
  model: DEFAULTS.model.value,
  maxInputTokens: DEFAULTS.maxInputTokens.value,
  templatePath: null,
  instructionsPath: null,
  triggerPhrase: DEFAULTS.triggerPhrase.value,
  minPermission: DEFAULTS.minPermission.value,
  minAnswerPermission: DEFAULTS.minAnswerPermission.value,
  maxQuestions: DEFAULTS.maxQuestions.value,
  gate: DEFAULTS.gate.value,
  traceability: DEFAULTS.traceability.value === 'true',
  revisionFormat: DEFAULTS.revisionFormat.value,
  maxCostUsd: null,
  maxCostUsdPerPullRequest: DEFAULTS.maxCostUsdPerPullRequest.value,
}

export interface FlowWorld {
  github: FakeGitHub
  anthropic: FakeAnthropic
  /** What the flows logged, warnings prefixed "warning: ". */
  logs: string[]
  deps(options?: {
    settings?: Partial<FlowSettings>
    /** The anthropic-api-key input; empty means no credentials (a fork's run). */
    apiKey?: string
    private?: boolean
  }): FlowDeps
  /** Every GitHub request since the last reset, as "METHOD operation". */
  requestList(): string[]
  /** Checks what every flow test checks, and stops both fakes. */
  close(): Promise<void>
}

export async function startFlowWorld(design: string): Promise<FlowWorld> {
  const github = await startFakeGitHub({ tokens: { [TOKEN]: ACTIONS_BOT } })
  const anthropic = await startFakeAnthropic({
    apiKey: API_KEY,
    defaultResponder: architect(design),
  })
  const logs: string[] = []
  const log = {
    info: (m: string) => logs.push(m),
    notice: (m: string) => logs.push(m),
    warning: (m: string) => logs.push(`warning: ${m}`),
  }
  const [owner, repo] = REPO.split('/') as [string, string]
  let runs = 0
  return {
    github,
    anthropic,
    logs,
    deps(options = {}) {
      const gh = createGitHub({
        token: TOKEN,
        repo: { owner, repo },
        baseUrl: github.url,
        graphqlUrl: github.graphqlUrl,
        log: log.warning,
      })
      const settings = { ...DEFAULT_SETTINGS, ...options.settings }
      const apiKey = options.apiKey ?? API_KEY
      const platform = resolveModelPlatform(
        {
          provider: 'anthropic',
          model: settings.model,
          anthropicApiKey: apiKey,
          anthropicBaseUrl: null,
          anthropicHeaders: {},
          awsRegion: null,
          vertexRegion: null,
          vertexProjectId: null,
        },
        { ANTHROPIC_BASE_URL: anthropic.url },
      )
      return {
        gh,
        settings,
        run: {
          repo: { owner, repo },
          serverUrl: github.serverUrl,
          runUrl: `${github.serverUrl}/${REPO}/actions/runs/7`,
          runId: `7.1.run${++runs}`,
        },
        secrets: [TOKEN, apiKey].filter(Boolean),
        platform,
        createModel: () =>
          createAnthropicModel({
            ...modelOptions(platform),
            maxOutputTokens: 32_000,
            maxRetries: 0,
            streamRetryDelayMs: 0,
          }),
        log,
        permissions: createPermissionLookup(gh, options.private ?? false),
      }
    },
    requestList: () => github.requests.map(describeRequest),
    async close() {
      expect(github.violations).toEqual([])
      expect(github.forcePushes).toEqual([])
      await Promise.all([github.close(), anthropic.close()])
    },
  }
}

/** "GET pulls/list-files", "POST graphql createCommitOnBranch". */
export function describeRequest(request: FakeGitHubRequest): string {
  return request.path === '/graphql'
    ? `POST graphql ${request.operation ?? ''}`.trimEnd()
    : `${request.method} ${request.operation ?? request.path}`
}

/** Everything the run wrote where people or logs see it, to look for secrets in. */
export function everythingWritten(world: FlowWorld, branch: string): string {
  const { github } = world
  return [
    ...world.logs,
    ...github.issueComments().map((c) => c.body),
    ...github.reviewComments().map((c) => c.body),
    ...github.reviews().map((r) => r.body),
    ...github
      .commitsOn(REPO, branch)
      .map((c) => `${c.message}\n${github.textAt(REPO, c.sha, 'tech-design.md') ?? ''}`),
  ].join('\n')
}
