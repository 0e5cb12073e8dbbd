import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

export interface ThreadComment {
  databaseId: number
  body: string
  author: string
}

export interface ReviewThread {
  id: string
  isResolved: boolean
  path: string
  comments: ThreadComment[]
}

interface CommentPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: { databaseId: number; body: string; author: { login: string } | null }[]
}

const THREADS = `query ReviewThreads($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 50, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id isResolved path
          comments(first: 100) {
            pageInfo { hasNextPage endCursor }
            nodes { databaseId body author { login } }
          }
        }
      }
    }
  }
}`

const MORE_COMMENTS = `query ThreadComments($id: ID!, $after: String) {
  node(id: $id) {
    ... on PullRequestReviewThread {
      comments(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { databaseId body author { login } }
      }
    }
  }
}`

/** Every review thread of the pull request with every comment, all pages of both. */
export async function listReviewThreads(gh: GitHub, number: number): Promise<ReviewThread[]> {
  try {
    const threads: ReviewThread[] = []
    for (let after: string | null = null; ;) {
      const data: {
        repository: {
          pullRequest: {
            reviewThreads: {
              pageInfo: { hasNextPage: boolean; endCursor: string | null }
              nodes: { id: string; isResolved: boolean; path: string; comments: CommentPage }[]
            }
          }
        }
      } = await gh.graphql(THREADS, { ...gh.repo, number, after })
      const page = data.repository.pullRequest.reviewThreads
      for (const node of page.nodes) {
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
      if (!page.pageInfo.hasNextPage) return threads
      after = page.pageInfo.endCursor
    }
  } catch (error) {
    throw explainGitHubError(error, `read the review threads of pull request #${number}`)
  }
}

const toComments = (page: CommentPage): ThreadComment[] =>
  page.nodes.map((c) => ({ databaseId: c.databaseId, body: c.body, author: c.author?.login ?? '' }))

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
