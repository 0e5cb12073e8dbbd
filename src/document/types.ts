/** The shapes of a design document: its template, the departures from it, its open questions. */

/** One way a document departs from the template, at a 1-based line of the document. */
export interface Violation {
  message: string
  line: number
  /**
   * "traceability": a gap in the table that traces requirements to design sections
   * (document/traceability.ts). Such gaps never block a design on their own: the loop commits
   * a design when only they remain. Absent for every departure from the template.
   */
  kind?: 'traceability'
}

/** An open question as it stands in a design: its text and its 1-based line. */
export interface OpenQuestion {
  text: string
  line: number
}

/** A heading the template requires, e.g. level 3, number "3.1", name "Functional Requirements". */
export interface SectionSpec {
  level: number
  /** "1", "3.1"; empty when the template's heading is not numbered. */
  number: string
  name: string
}

/** The structure a design must follow, derived from the template Markdown. */
export interface TemplateSpec {
  title: {
    level: number
    /** Literal text before the placeholder, e.g. "Technical Design: ". */
    prefix: string
    /** True when the template's title ends in a placeholder such as "[Title]". */
    hasPlaceholder: boolean
  }
  sections: SectionSpec[]
  /** The "- **Estimated Complexity**: [High/Medium/Low]" line, when the template has one. */
  complexity: { sectionIndex: number; label: string; values: string[] } | null
  /** Index into `sections` of the Open Questions section, when the template has one. */
  openQuestionsIndex: number | null
}
