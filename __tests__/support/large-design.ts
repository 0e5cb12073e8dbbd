/**
 * Builds a large design that still conforms to the template, by repeating each section's body
 * of a conforming design under `#### ` sub-headings (free sub-structure) until the document
 * reaches the wanted size. Open questions are renumbered and repeated too, so extraction has
 * work to do in proportion.
 */
export function scaleDesign(design: string, targetBytes: number): string {
  const { head, sections } = splitSections(design)
  // How many copies of each section's body: one more at a time, round-robin, until big enough.
  const copies = sections.map(() => 1)
  let out = render(head, sections, copies)
  for (let i = 0; Buffer.byteLength(out) < targetBytes; i = (i + 1) % sections.length) {
    copies[i] = (copies[i] ?? 1) + 1
    out = render(head, sections, copies)
  }
  return out
}

function render(head: string, sections: { heading: string; body: string }[], copies: number[]) {
  let out = head
  sections.forEach(({ heading, body }, i) => {
    const times = copies[i] ?? 1
    out += heading + '\n'
    if (/Open Questions/.test(heading)) {
      out += repeatQuestions(body, times)
      return
    }
    // The complexity line must stay single; the rest of the body is repeated.
    const repeatable = body.replace(/^- \*\*Estimated Complexity\*\*.*\n/m, '')
    out += body
    for (let n = 2; n <= times; n++) out += `\n#### Continued, part ${n}\n${repeatable}`
  })
  return out
}

function splitSections(design: string): {
  head: string
  sections: { heading: string; body: string }[]
} {
  const lines = design.split('\n')
  const first = lines.findIndex((l) => /^##+ /.test(l))
  const sections: { heading: string; body: string }[] = []
  let current: { heading: string; body: string } | null = null
  let inCode = false
  for (const line of lines.slice(first)) {
    if (line.startsWith('```')) inCode = !inCode
    if (!inCode && /^##{1,2} /.test(line)) {
      current = { heading: line, body: '' }
      sections.push(current)
    } else if (current) {
      current.body += line + '\n'
    }
  }
  const last = sections.at(-1)
  if (last) last.body = last.body.replace(/\n+$/, '\n')
  return { head: lines.slice(0, first).join('\n') + '\n', sections }
}

/** "1. **Q?**" items with their sub-bullets, repeated with continuous numbering. */
function repeatQuestions(body: string, times: number): string {
  const items = body.split(/\n(?=\d+\. )/).map((item) => item.replace(/^\d+\. /, ''))
  const out: string[] = []
  for (let t = 1; t <= times; t++) {
    for (const item of items) {
      const text = t === 1 ? item : item.replace(/\?\*\*/, ` (variant ${t})?**`)
      out.push(`${out.length + 1}. ${text.replace(/\n$/, '')}`)
    }
  }
  return out.join('\n') + '\n'
}
