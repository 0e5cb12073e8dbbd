/**
 * The default architect instructions and template, kept as readable Markdown beside this file.
 * The bundler copies them into dist/, so the action needs no checkout of this repository.
 */
import { readFileSync } from 'node:fs'

export function defaultInstructions(): string {
  return readFileSync(new URL('./instructions.md', import.meta.url), 'utf8')
}

export function defaultTemplate(): string {
  return readFileSync(new URL('./template.md', import.meta.url), 'utf8')
}
