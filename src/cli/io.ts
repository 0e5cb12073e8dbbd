/** What the command line reads and writes besides files: its environment and its two streams. */
export interface CliIo {
  env: NodeJS.ProcessEnv
  cwd: string
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}
