/**
 * The webhook payloads the action reads, typed from GitHub's OpenAPI webhook schemas
 * (@octokit/openapi-webhooks-types, types only). A payload is JSON from outside, and a workflow
 * run by hand or a test may leave anything out: every field is optional here, so each reader
 * checks what it uses. Only types and plain reads: the not-a-command path may load this module.
 */
import type { components } from '@octokit/openapi-webhooks-types'

type Schemas = components['schemas']

/** A payload as it may arrive: every field, at any depth, may be missing. */
export type Loose<T> = T extends readonly (infer E)[]
  ? Loose<E>[]
  : T extends object
    ? { [K in keyof T]?: Loose<T[K]> }
    : T

/** pull_request and pull_request_target, whatever the action: all share these fields. */
export type PullRequestPayload = Loose<
  Omit<Schemas['webhook-pull-request-opened'], 'action'> & { action: string }
>

/** issue_comment: a comment created, edited or deleted, on an issue or a pull request. */
export type IssueCommentPayload = Loose<
  | Schemas['webhook-issue-comment-created']
  | Schemas['webhook-issue-comment-edited']
  | Schemas['webhook-issue-comment-deleted']
>

/** pull_request_review_comment: a comment on a pull request's diff created, edited or deleted. */
export type ReviewCommentPayload = Loose<
  | Schemas['webhook-pull-request-review-comment-created']
  | Schemas['webhook-pull-request-review-comment-edited']
  | Schemas['webhook-pull-request-review-comment-deleted']
>

/** What every event the action handles says about the repository. */
export type RepositoryPayload = Loose<{ repository: Schemas['repository-webhooks'] }>

/**
 * The payload read as one of the loose shapes above (all of whose fields are optional), or an
 * empty one when it is not an object at all.
 */
export function loosePayload<T extends object>(payload: unknown): T {
  return (typeof payload === 'object' && payload !== null ? payload : {}) as T
}

/** The repository's default branch; "main" when the payload does not say. */
export function defaultBranchOf(payload: unknown): string {
  return loosePayload<RepositoryPayload>(payload).repository?.default_branch ?? 'main'
}

/** Whether the payload says the repository is private: unknown counts as public, the stricter case. */
export function isPrivateRepository(payload: unknown): boolean {
  return loosePayload<RepositoryPayload>(payload).repository?.private === true
}
