import { readFile } from 'node:fs/promises'

/** Reads a file under __tests__/fixtures. */
export function readFixture(path: string): Promise<string> {
  return readFile(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')
}

/**
 * The model's reply in a recorded reply fixture: the text after its header comment, which says
 * what the recording is and which request it answers.
 */
export function recordedReply(fixture: string): string {
  const end = fixture.indexOf('-->')
  if (!fixture.startsWith('<!--') || end < 0)
    throw new Error('A recorded reply starts with its header comment')
  return fixture.slice(end + 3).trimStart()
}
