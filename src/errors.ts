/** Turns any thrown value into one plain sentence for a person, with secrets removed. */
export function describeError(error: unknown, secrets: readonly string[] = []): string {
  const message = error instanceof Error ? error.message : String(error)
  return redact(message, secrets)
}

/** Replaces each secret (and nothing shorter than 4 characters, to avoid mangling text) with ***. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***')
  }
  return out
}
