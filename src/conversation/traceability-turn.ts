/**
 * What the model is told about the traceability table (document/traceability.ts): the
 * requirement items, delimited as data, and the exact shape of the table, so that a careful
 * model writes it right the first time. One block for a design's first turn, one for a
 * revision. Kept short: it is sent with every request.
 */
import { itemLabel } from '../document/requirement-items.js'
import type { RequirementItem } from '../document/requirement-items.js'
import { neutraliseTags } from './prompt.js'
import { delimit } from './revision-turn.js'

/** Where the table goes, as the prompts name it. */
export interface TraceabilityPlace {
  /** The section the table ends: "3.1 Functional Requirements". */
  section: string
  /** The top-level section holding it, which a revision returns to change the table. */
  parent: string
}

/**
 * The built-in template's sections; `traceabilitySections` (document/traceability.ts) gives a
 * template's own.
 */
export const DEFAULT_TRACEABILITY_PLACE: TraceabilityPlace = {
  section: '3.1 Functional Requirements',
  parent: '3. Technical Requirements',
}

const TAG = 'requirement_items'

/**
 * The block for a design's first turn. `level` is the heading level of the top-level
 * sections (2 for `## 1. Overview`): the section is one level deeper, the table's heading two.
 * Empty when there are no items.
 */
export function traceabilityInstruction(
  items: RequirementItem[],
  level: number,
  place: TraceabilityPlace = DEFAULT_TRACEABILITY_PLACE,
): string {
  if (items.length === 0) return ''
  return [
    `Trace each requirement item below to the design: end "${place.section}" with this sub-section, one row per item, in the order given.`,
    ...tableShape(level),
    ROW_RULE,
    itemList(items),
  ].join('\n')
}

/**
 * The block for a revision turn: keep the table current, and return its section only when the
 * table changes.
 */
export function traceabilityRevisionNote(
  items: RequirementItem[],
  level: number,
  place: TraceabilityPlace = DEFAULT_TRACEABILITY_PLACE,
): string {
  if (items.length === 0) return ''
  return [
    `"${place.section}" ends with this sub-section (add it if the design lacks it), one row per requirement item below, in the order given.`,
    ...tableShape(level),
    ROW_RULE,
    `Keep it current: add rows for new items, drop rows of items no longer listed, correct section numbers that changed. Change "${place.parent}" for the table's sake only when the table must change.`,
    itemList(items),
  ].join('\n')
}

const ROW_RULE =
  'The first cell starts with the item\'s id (or, if it has none, its title as given); the second lists the numbers of the design sections that realise it, such as "5.1, 5.2".'

function tableShape(level: number): string[] {
  return [`${'#'.repeat(level + 2)} Traceability`, '| Requirement | Design sections |', '|---|---|']
}

/** The items as data: "- FR-1: Login", or the title alone. */
function itemList(items: RequirementItem[]): string {
  const lines = items.map((item) =>
    item.id !== null && item.title !== item.id
      ? `- ${item.id}: ${item.title}`
      : `- ${itemLabel(item)}`,
  )
  return delimit(TAG, neutraliseTags(lines.join('\n'), [TAG]))
}
