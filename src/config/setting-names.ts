/**
 * The words a message uses to point at a setting. The action and the command line share their
 * messages but not their knobs (an input there, a flag or an environment variable here), so a
 * shared message takes the names of the interface that shows it.
 */
export interface SettingNames {
  /** The model id. */
  model: string
  /** Which platform serves Claude. */
  provider: string
  /** The `max_tokens` of every request. */
  maxOutputTokens: string
  /** The most estimated input tokens one request may hold. */
  maxInputTokens: string
  /** The most one run may spend on the model, in US dollars. */
  maxCostUsd: string
  /**
   * The most all runs on one pull request may spend together; absent where there are no pull
   * requests (the command line).
   */
  maxCostUsdPerPullRequest?: string
  /** Prices of one's own for the model; absent where they cannot be given (the action). */
  price?: string
  /** The Anthropic API key. */
  apiKey: string
  /** The endpoint of a gateway or private deployment. */
  baseUrl: string
  /** The requirements document. */
  requirementsPath: string
  /** A template of one's own. */
  templatePath: string
  /** Architect instructions of one's own. */
  instructionsPath: string
  /** Bedrock's AWS region. */
  awsRegion: string
  /** Vertex AI's Google Cloud region. */
  vertexRegion: string
  /** Vertex AI's Google Cloud project. */
  vertexProjectId: string
  /** Where the AWS credentials come from, as something to check. */
  awsCredentials: string
  /** How to get AWS credentials when there are none: a whole sentence. */
  awsSignIn: string
  /** Where the Google Cloud credentials come from, as something to check. */
  googleCredentials: string
  /** How to get Google Cloud credentials when there are none: a whole sentence. */
  googleSignIn: string
}

export const ACTION_SETTING_NAMES: Readonly<SettingNames> = {
  model: 'the model input',
  provider: 'the provider input',
  maxOutputTokens: 'the max-output-tokens input',
  maxInputTokens: 'the max-input-tokens input',
  maxCostUsd: 'the max-cost-usd input',
  maxCostUsdPerPullRequest: 'the max-cost-usd-per-pull-request input',
  apiKey: 'the anthropic-api-key input (the ANTHROPIC_API_KEY secret)',
  baseUrl: 'the anthropic-base-url input',
  requirementsPath: 'the requirements-path input',
  templatePath: 'the template-path input',
  instructionsPath: 'the instructions-path input',
  awsRegion: 'the aws-region input',
  vertexRegion: 'the vertex-region input',
  vertexProjectId: 'the vertex-project-id input',
  awsCredentials:
    'the AWS credentials the job has (aws-actions/configure-aws-credentials with role-to-assume)',
  awsSignIn:
    'Run aws-actions/configure-aws-credentials (with role-to-assume and the id-token: write permission) before this step.',
  googleCredentials:
    'the credentials the job has (google-github-actions/auth with workload_identity_provider)',
  googleSignIn:
    'Run google-github-actions/auth (with workload_identity_provider and the id-token: write permission) before this step.',
}

export const CLI_SETTING_NAMES: Readonly<SettingNames> = {
  model: '--model',
  provider: '--provider',
  maxOutputTokens: '--max-output-tokens',
  maxInputTokens: '--max-input-tokens',
  maxCostUsd: '--max-cost-usd',
  price: '--price',
  apiKey: 'the ANTHROPIC_API_KEY environment variable',
  baseUrl: 'ANTHROPIC_BASE_URL',
  requirementsPath: '--requirements',
  templatePath: '--template',
  instructionsPath: '--instructions',
  awsRegion: 'AWS_REGION',
  vertexRegion: 'CLOUD_ML_REGION',
  vertexProjectId: 'GOOGLE_CLOUD_PROJECT',
  awsCredentials:
    'the AWS credentials of your shell (AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)',
  awsSignIn:
    'Sign in to AWS first (aws sso login, or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).',
  googleCredentials:
    'your Application Default Credentials (gcloud auth application-default login, or GOOGLE_APPLICATION_CREDENTIALS)',
  googleSignIn:
    'Sign in to Google Cloud first (gcloud auth application-default login, or set GOOGLE_APPLICATION_CREDENTIALS).',
}
