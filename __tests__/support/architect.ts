/**
 * A scripted architect for the fake Anthropic API: the full design for a first request, and for
 * a revision request (its first user turn carries <current_design>) whatever `revise` answers,
 * by default "NO CHANGES". Like a careful model, it writes the traceability table the request
 * asks for (one row per listed item, at the end of 3.1) into a design that has none.
 */
import type { FakeResponder } from '../fakes/anthropic-server.js'

export function architect(
  design: string,
  revise: (turn: string) => string = () => 'NO CHANGES',
): FakeResponder {
  return (body) => {
    const first = String(body?.messages?.[0]?.content ?? '')
    return first.includes('<current_design>') ? revise(first) : withTraceabilityTable(design, first)
  }
}

/** The requirement items a request lists for the traceability table, as listed. */
export function listedItems(turn: string): string[] {
  const list = /<requirement_items>\n([\s\S]*?)\n<\/requirement_items>/.exec(turn)?.[1]
  return list ? list.split('\n').map((line) => line.replace(/^- /, '')) : []
}

/**
 * The design with the table a request asks for, at the end of its "3.1" section, every item
 * traced to 5.1; unchanged when the request lists no items or the design has a table already.
 */
export function withTraceabilityTable(design: string, turn: string): string {
  const items = listedItems(turn)
  if (items.length === 0 || /^#+ .*traceab/im.test(design)) return design
  const lines = design.split('\n')
  const start = lines.findIndex((l) => /^#+ 3\.1 /.test(l))
  if (start === -1) return design
  const level = (/^#+/.exec(lines[start]!)?.[0].length ?? 3) + 1
  let end = lines.findIndex((l, i) => i > start && /^#{1,3} /.test(l))
  if (end === -1) end = lines.length
  while (end > start + 1 && lines[end - 1]!.trim() === '') end--
  const table = [
    '',
    `${'#'.repeat(level)} Traceability`,
    '| Requirement | Design sections |',
    '|---|---|',
    ...items.map((item) => `| ${item.replace(/\|/g, '\\|')} | 5.1 |`),
  ]
  return [...lines.slice(0, end), ...table, ...lines.slice(end)].join('\n')
}

/** One top-level section of a design, from its `## ` heading to the next one. */
export function section(design: string, heading: string): string {
  const start = design.indexOf(`${heading}\n`)
  if (start === -1) throw new Error(`no section ${heading}`)
  const next = design.indexOf('\n## ', start + heading.length)
  return design.slice(start, next === -1 ? undefined : next + 1)
}
