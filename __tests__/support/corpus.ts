/**
 * Real designs from public repositories (../shared/corpus, described in its SOURCES.md), read in
 * place and never copied into this repository. Their open questions were listed by reading each
 * file by hand; only the line and a digest of each question's exact text appear here, so a test
 * can tell the posted text is the hand-checked one without repeating it.
 */
import { describe } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const corpusDesigns = path.resolve(repoRoot, '../shared/corpus/designs')
export const corpusPresent = existsSync(corpusDesigns)

/** Why the corpus suites skip where the folder is absent, as their titles say it. */
export const corpusSkipReason = 'skipped: needs the corpus at ../shared/corpus; see CONTRIBUTING.md'

/**
 * A suite over the corpus: a plain `describe` where ../shared/corpus exists; elsewhere skipped,
 * with the reason in its title, so a skipped count in jest's report explains itself.
 */
export function describeWithCorpus(title: string, fn: () => void): void {
  if (corpusPresent) describe(title, fn)
  else describe.skip(`${title} (${corpusSkipReason})`, fn)
}

/** The first 12 hex digits of the sha256 of a question's text. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12)
}

/**
 * Each design's open questions, as "line digest", in document order. A question under a bold
 * label carries the label ("Label: question?"); a default answer after the question mark is not
 * part of it; decided, struck-through and deferred items are not open questions.
 */
export const handCheckedQuestions: Record<string, string[]> = {
  // Seed template, 13-section variant: three sub-headings of bold labels whose sub-bullets ask
  // (one label asks twice); the "Current decision" lines are assumptions, and the numbered
  // "Next Steps" list after the section is not part of it.
  'keerthi-456__Loan-PreQualification-Service__tech-design.md': [
    '1589 987c920c2964',
    '1593 643b048cf5bd',
    '1594 1b5307c016c1',
    '1598 ea9f1f17a729',
    '1604 3267a161f84f',
    '1608 df0606e8947f',
    '1612 f3fffca1fbbb',
    '1616 1e7ed818c614',
    '1620 ba613274d3dc',
    '1626 de311b153b40',
    '1630 f066d933ac36',
  ],
  // A table of three questions; the first carries its decision inline, so two are open, each
  // without the suggested answer in parentheses after it.
  'BrodyZhang__pier__docs_tech-design.md': ['222 fc510860a1a0', '223 cad6c4b6d47a'],
  // "None blocking implementation", then deferred items: nothing to ask.
  'zephschafer__pvc__design_batch-deployment.md': [],
  // No Open Questions section; headings about recovery questions are a trap.
  '014-RainWithCappucino__expense-tracker-app__docs_technical-design.md': [],
  'CollectorsCampus__multi-channel-inventory-hub__docs_TECHNICAL_DESIGN.md': [],
  'Akshayreddy617__eccrp__docs_TECHNICAL_DESIGN.md': [],
  'adunham95__lore-forge__tech-design.md': [],
  'arpitzn__CI-CD-healthcheck__docs_tech-design.md': [],
  'ANSHUKPANDEY__AI-Native-KRA-Assignment-2__tech_design.md': [],
  'Matthew-Nelson__shortlink-analytics-frontend__tech-design.md': [],
  'Bsandeep01__ci-cd-health__docs_tech_design_document.md': [],
}

/**
 * The corpus's designs. Without the corpus, the names it is known to hold (the hand-checked
 * list's), so that a skipped suite still lists each test it would run: jest cannot build a
 * `describe.each` over an empty table, and would fail the whole file instead of skipping it.
 */
export function corpusFiles(): string[] {
  return corpusPresent
    ? readdirSync(corpusDesigns).filter((f) => f.endsWith('.md'))
    : Object.keys(handCheckedQuestions)
}

export function readCorpusDesign(file: string): string {
  return readFileSync(path.join(corpusDesigns, file), 'utf8')
}

/** Questions as the hand-checked list writes them: "line digest". */
export function asChecked(questions: { line: number; text: string }[]): string[] {
  return questions.map((q) => `${q.line} ${textDigest(q.text)}`)
}
