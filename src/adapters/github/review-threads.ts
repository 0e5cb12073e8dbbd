import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

export interface ThreadComment {
  databaseId: number
  body: string
  author: string
  /** A bot or app wrote it (GraphQL names bots without REST's "[bot]" suffix). */
  authorIsBot: boolean
  /** Written by the identity this action runs as: the only proof a comment is ours. */
  viewerDidAuthor: boolean
  /** The comment on the web, where people read and answer it. */
  url: string
}

export interface ReviewThread {
  id: string
  isResolved: boolean
  path: string
  comments: ThreadComment[]
}

interface CommentPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: {
    databaseId: number
    body: string
    url: string
    viewerDidAuthor: boolean
    author: { __typename: string; login: string } | null
  }[]
}

export interface ThreadPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: { id: string; isResolved: boolean; path: string; comments: CommentPage }[]
}

const COMMENT_FIELDS = 'databaseId body url viewerDidAuthor author { __typename login }'

/** One page of review threads, as a selection other queries can include (see review-state.ts). */
export const THREAD_PAGE = `reviewThreads(first: 50, after: $threadsAfter) {
  pageInfo { hasNextPage endCursor }
  nodes {
    id isResolved path
    comments(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } }
  }
}`

const THREADS = `query ReviewThreads($owner: String!, $repo: String!, $number: Int!, $threadsAfter: String) {
  repository(owner: $owner, name: $repo) { pullRequest(number: $number) { ${THREAD_PAGE} } }
}`

const MORE_COMMENTS = `query ThreadComments($id: ID!, $after: String) {
  node(id: $id) {
    ... on PullRequestReviewThread {
      comments(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { ${COMMENT_FIELDS} }
      }
    }
  }
}`

/** Every review thread of the pull request with every comment, all pages of both. */
export async function listReviewThreads(gh: GitHub, number: number): Promise<ReviewThread[]> {
  return restOfThreads(gh, number, [], null)
}

/**
 * The threads of `page` and of every later page: a caller that read the first page inside a
 * query of its own reads the rest here.
 */
export async function restOfThreads(
  gh: GitHub,
  number: number,
  threads: ReviewThread[],
  page: ThreadPage | null,
): Promise<ReviewThread[]> {
  try {
    for (let current = page, after: string | null = null; ;) {
      if (!current) {
        const data: { repository: { pullRequest: { reviewThreads: ThreadPage } } } =
          await gh.graphql(THREADS, { ...gh.repo, number, threadsAfter: after })
        current = data.repository.pullRequest.reviewThreads
      }
      for (const node of current.nodes) {
        const comments = toComments(node.comments)
        for (let more = node.comments.pageInfo; more.hasNextPage;) {
          const next: { node: { comments: CommentPage } } = await gh.graphql(MORE_COMMENTS, {
            id: node.id,
            after: more.endCursor,
          })
          comments.push(...toComments(next.node.comments))
          more = next.node.comments.pageInfo
        }
        threads.push({ id: node.id, isResolved: node.isResolved, path: node.path, comments })
      }
      if (!current.pageInfo.hasNextPage) return threads
      after = current.pageInfo.endCursor
      current = null
    }
  } catch (error) {
    throw explainGitHubError(error, `read the review threads of pull request #${number}`)
  }
}

const toComments = (page: CommentPage): ThreadComment[] =>
  page.nodes.map((c) => ({
    databaseId: c.databaseId,
    body: c.body,
    author: c.author?.login ?? '',
    // A deleted account (author null) is no one who may decide.
    authorIsBot: c.author === null || c.author.__typename !== 'User',
    viewerDidAuthor: c.viewerDidAuthor,
    url: c.url,
  }))

const RESOLVE = `mutation ResolveThread($id: ID!) {
  resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } }
}`

export async function resolveReviewThread(gh: GitHub, threadId: string): Promise<void> {
  try {
    await gh.graphql(RESOLVE, { id: threadId })
  } catch (error) {
    throw explainGitHubError(error, 'resolve a question thread')
  }
}

/** A reply in the thread of a review comment. */
export async function replyInThread(
  gh: GitHub,
  number: number,
  commentId: number,
  body: string,
): Promise<void> {
  try {
    await gh.octokit.rest.pulls.createReplyForReviewComment({
      ...gh.repo,
      pull_number: number,
      comment_id: commentId,
      body,
    })
  } catch (error) {
    throw explainGitHubError(error, `reply to review comment ${commentId}`)
  }
}
