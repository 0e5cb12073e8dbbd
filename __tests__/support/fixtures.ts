import { readFile } from 'node:fs/promises'

/** Reads a file under __tests__/fixtures. */
export function readFixture(path: string): Promise<string> {
  return readFile(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')
}
