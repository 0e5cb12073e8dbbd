/**
 * Claude on Amazon Bedrock, through Anthropic's Bedrock SDK. Requests are signed (SigV4) with the
 * credentials of the default AWS chain: the environment variables that
 * aws-actions/configure-aws-credentials exports after its OIDC exchange, a web-identity token
 * file, a profile, or an instance role; or a Bedrock API key in AWS_BEARER_TOKEN_BEDROCK.
 * Loaded only when the provider is bedrock.
 */
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk'
import type { ClientOptions, MessagesClient } from './types.js'

export function createBedrockClient(options: ClientOptions & { region: string }): MessagesClient {
  const { region, ...common } = options
  return new AnthropicBedrock({ ...common, awsRegion: region })
}
