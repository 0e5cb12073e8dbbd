/**
 * The command line's own errors, so the exit status follows from the error's class, never from
 * its message: a usage error (exit 2) and an input or environment error (exit 3).
 */

/** The command line was called wrongly: an unknown command or option, a bad value, the wrong arguments. */
export class CliUsageError extends Error {
  constructor(
    message: string,
    /** The command whose help the message points at; none for the program's. */
    readonly command?: string,
  ) {
    super(message)
    this.name = 'CliUsageError'
  }
}

/**
 * The command was right, but what it reads is not: an input file (missing, a directory, empty,
 * unreadable), a credential or an environment variable.
 */
export class CliInputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'CliInputError'
  }
}
