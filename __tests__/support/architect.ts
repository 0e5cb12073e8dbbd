/**
 * A scripted architect for the fake Anthropic API: the full design for a first request, and for
 * a revision request (its first user turn carries <current_design>) whatever `revise` answers,
 * by default "NO CHANGES".
 */
import type { FakeResponder } from '../fakes/anthropic-server.js'

export function architect(
  design: string,
  revise: (turn: string) => string = () => 'NO CHANGES',
): FakeResponder {
  return (body) => {
    const first = String(body?.messages?.[0]?.content ?? '')
    return first.includes('<current_design>') ? revise(first) : design
  }
}

/** One top-level section of a design, from its `## ` heading to the next one. */
export function section(design: string, heading: string): string {
  const start = design.indexOf(`${heading}\n`)
  if (start === -1) throw new Error(`no section ${heading}`)
  const next = design.indexOf('\n## ', start + heading.length)
  return design.slice(start, next === -1 ? undefined : next + 1)
}
