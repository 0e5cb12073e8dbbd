/**
 * Claude on Google Cloud Vertex AI, through Anthropic's Vertex SDK. Requests carry an OAuth token
 * from Application Default Credentials: the credentials file google-github-actions/auth writes
 * for Workload Identity Federation (GOOGLE_APPLICATION_CREDENTIALS), a service account, or the
 * metadata server. Loaded only when the provider is vertex.
 */
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk'
import { GoogleAuth } from 'google-auth-library'
import type { ClientOptions, MessagesClient } from './types.js'

export function createVertexClient(
  options: ClientOptions & { region: string; projectId: string },
): MessagesClient {
  // Given the project, the auth library need not look it up (a call to the Resource Manager
  // API that Workload Identity credentials are often not allowed to make).
  const googleAuth = new GoogleAuth({
    scopes: 'https://www.googleapis.com/auth/cloud-platform',
    projectId: options.projectId,
  })
  return new AnthropicVertex({ ...options, googleAuth })
}
