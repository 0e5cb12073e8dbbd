import { redactUrls } from './redact-urls.js'

/**
 * Turns any thrown value into one plain sentence for a person, with secrets removed: the known
 * ones, then whatever a quoted URL carries (its userinfo and credential parameters).
 */
export function describeError(error: unknown, secrets: readonly string[] = []): string {
  const message = error instanceof Error ? error.message : String(error)
  return redactUrls(redact(message, secrets))
}

/** Replaces each secret (and nothing shorter than 4 characters, to avoid mangling text) with ***. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***')
  }
  return out
}
