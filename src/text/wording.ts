/** How numbers read in what the action writes: one rule for every message, comment and summary. */

/** 1234567 → "1,234,567", whatever the runner's locale. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US')
}

/** "1 section", "3 sections", "1,200 tokens"; `many` for irregular plurals ("1 reply was"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`
}
