/**
 * The input budget of a model call: everything the action sends (system blocks and every message),
 * estimated locally with `estimateTokens`, must stay within the input limit. A revision makes
 * room by cutting long answers and leaving out the oldest ones; a request that cannot fit is
 * refused before it is sent, so an oversized discussion costs nothing.
 */
import { estimateTokens } from '../text/tokens.js'
import { count, plural } from '../text/wording.js'
import { buildRevisionTurn } from './revision-turn.js'
import { ACTION_SETTING_NAMES, type SettingNames } from '../config/setting-names.js'
import type { AnsweredQuestion, RevisionTurnInput } from './revision-turn.js'
import type { Usage } from '../config/usage.js'
import type { ChatMessage } from './model.js'

/** Per answer: a longer reply is cut to this, so one reply cannot crowd out the others. */
export const MAX_ANSWER_TOKENS = 2_000

export interface RequestPrompt {
  system: string[]
  messages: ChatMessage[]
}

/** A piece of a request a person recognises, and its estimated size: what makes it large. */
export interface RequestPart {
  /** "the current design", "the requirements", … */
  name: string
  tokens: number
  /** False for what no input can shorten, such as the model's own replies. */
  shortenable: boolean
}

export class RequestTooLargeError extends Error {
  /** What the calls before the refusal spent (a repair round is refused after paid calls). */
  usage?: Usage

  constructor(
    /** "design request", "revision request", "repair request (round 1)". */
    readonly request: string,
    readonly estimatedTokens: number,
    readonly maxInputTokens: number,
    readonly parts: RequestPart[],
    /** Said after the limit, e.g. " even with every answer left out". */
    qualifier = '',
    names: SettingNames = ACTION_SETTING_NAMES,
  ) {
    const bySize = [...parts].sort((a, b) => b.tokens - a.tokens)
    const largest = bySize
      .slice(0, 2)
      .map((p, i) => `${p.name} (about ${count(p.tokens)}${i === 0 ? ' tokens' : ''})`)
    const shorten = bySize.filter((p) => p.shortenable).slice(0, 2)
    super(
      `The ${request} would be about ${count(estimatedTokens)} tokens, over the limit of ` +
        `${count(maxInputTokens)} (${names.maxInputTokens})${qualifier}, mostly ${largest.join(' and ')}: ` +
        `raise ${names.maxInputTokens} or shorten ${shorten.map((p) => p.name).join(' or ')}.`,
    )
    this.name = 'RequestTooLargeError'
  }
}

/**
 * The estimated input of one model call. Each block is estimated on its own, which rounds up per
 * block, so the sum is never below the estimate of all the text at once.
 */
export function estimateRequestTokens({ system, messages }: RequestPrompt): number {
  return [...system, ...messages.map((m) => m.content)].reduce(
    (sum, text) => sum + estimateTokens(text),
    0,
  )
}

/** Refuses a request over the limit; no limit, no check. */
function checkRequestSize(
  request: string,
  prompt: RequestPrompt,
  maxInputTokens: number | undefined,
  parts: RequestPart[],
  names: SettingNames,
): void {
  if (maxInputTokens === undefined) return
  const tokens = estimateRequestTokens(prompt)
  if (tokens > maxInputTokens) {
    throw new RequestTooLargeError(request, tokens, maxInputTokens, parts, '', names)
  }
}

/** The first request of a full generation: checked whole, nothing trimmed. Returns its parts. */
export function checkDesignRequest(
  prompt: RequestPrompt,
  input: { requirements: string; guidance?: string; designToRewrite?: string },
  maxInputTokens: number | undefined,
  names: SettingNames = ACTION_SETTING_NAMES,
): RequestPart[] {
  const parts = [
    systemPart(prompt.system),
    part('the requirements', input.requirements, true),
    ...optionalPart('the guidance', input.guidance, true),
    ...optionalPart('the design to rewrite', input.designToRewrite, true),
  ]
  checkRequestSize('design request', prompt, maxInputTokens, parts, names)
  return parts
}

/**
 * A repair round resends the conversation plus the model's reply and a repair turn: refused when
 * that would go over the limit, rather than sent past it.
 */
export function checkRepairRequest(
  prompt: RequestPrompt,
  maxInputTokens: number | undefined,
  firstParts: RequestPart[],
  round: number,
  spent: Usage,
  names: SettingNames = ACTION_SETTING_NAMES,
): void {
  const later = prompt.messages.slice(1)
  const of = (role: ChatMessage['role']): string =>
    later
      .filter((m) => m.role === role)
      .map((m) => m.content)
      .join('\n')
  try {
    checkRequestSize(
      `repair request (round ${round})`,
      prompt,
      maxInputTokens,
      [
        ...firstParts,
        part("the model's replies so far", of('assistant'), false),
        part('the repair requests', of('user'), false),
      ],
      names,
    )
  } catch (error) {
    if (error instanceof RequestTooLargeError) error.usage = spent
    throw error
  }
}

// --- Revision ------------------------------------------------------------------------------

export interface FittedRevisionTurn {
  /** The user turn to send, within the limit. */
  turn: string
  /** What was cut or left out, as short sentences for the job summary; empty when nothing was. */
  leftOut: string[]
  /** The parts of the request as sent, for a later repair round's refusal. */
  parts: RequestPart[]
}

/**
 * The revision turn, made to fit: each answer cut to `MAX_ANSWER_TOKENS` (with no limit too),
 * then the oldest answers left out until the request (`system` plus the turn) is within
 * `maxInputTokens`, the newest answer of each question last. Throws `RequestTooLargeError` when
 * the request does not fit even without answers.
 */
export function fitRevisionTurn(
  input: RevisionTurnInput,
  system: string[],
  maxInputTokens: number | undefined,
  names: SettingNames = ACTION_SETTING_NAMES,
): FittedRevisionTurn {
  const cut = new Set<AnsweredQuestion['answers'][number]>()
  const answered = input.answered.map((q) => ({
    question: q.question,
    answers: q.answers.map((a) => {
      const body = capAnswer(a.body)
      const capped = { ...a, body }
      if (body !== a.body) cut.add(capped)
      return capped
    }),
  }))
  const order = dropOrder(answered)
  const turnWithout = (drops: number): { turn: string; tokens: number } => {
    const dropped = new Set(order.slice(0, drops).map((d) => d.answer))
    const turn = buildRevisionTurn({
      ...input,
      answered: answered.map((q) => ({
        ...q,
        answers: q.answers.filter((a) => !dropped.has(a)),
      })),
    })
    return {
      turn,
      tokens: estimateRequestTokens({ system, messages: [{ role: 'user', content: turn }] }),
    }
  }
  const baseParts = revisionParts(input, system)
  let drops = 0
  if (maxInputTokens !== undefined && turnWithout(0).tokens > maxInputTokens) {
    const fits = (n: number): boolean => turnWithout(n).tokens <= maxInputTokens
    if (!fits(order.length)) {
      throw new RequestTooLargeError(
        'revision request',
        turnWithout(order.length).tokens,
        maxInputTokens,
        baseParts,
        order.length > 0 ? ' even with every answer left out' : '',
        names,
      )
    }
    // Fewer answers never make the turn longer, so the fewest drops that fit can be bisected.
    let over = 0
    drops = order.length
    while (drops - over > 1) {
      const mid = Math.floor((over + drops) / 2)
      if (fits(mid)) drops = mid
      else over = mid
    }
  }

  const dropped = order.slice(0, drops)
  const droppedSet = new Set(dropped.map((d) => d.answer))
  const kept = answered.flatMap((q) => q.answers).filter((a) => !droppedSet.has(a))
  const leftOut = leftOutNotes({
    cut: kept.filter((a) => cut.has(a)).length,
    olderDropped: dropped.filter((d) => d.newer > 0).length,
    questionsEmptied: dropped.filter((d) => d.newer === 0).length,
    names,
  })
  return {
    turn: turnWithout(drops).turn,
    leftOut,
    parts: [
      ...baseParts,
      ...optionalPart('the answers', kept.map((a) => a.body).join('\n'), false),
    ],
  }
}

/**
 * An answer within `maxTokens`: longer ones keep their beginning and say they were cut, so the
 * model knows the reply goes on.
 */
export function capAnswer(body: string, maxTokens = MAX_ANSWER_TOKENS): string {
  if (estimateTokens(body) <= maxTokens) return body
  const marker = `\n\n[This answer was cut here: it is ${count(body.length)} characters long, more than one answer may take.]`
  return `${prefixWithin(body, maxTokens - estimateTokens(marker)).trimEnd()}${marker}`
}

/**
 * The longest beginning of `text` within `maxTokens`. It never ends inside a surrogate pair: the
 * estimate counts a pair by its high half, so adding the low half costs nothing and is taken.
 */
function prefixWithin(text: string, maxTokens: number): string {
  // The estimate grows with the prefix, so the longest one that fits can be bisected.
  let fitting = 0
  let over = text.length
  while (over - fitting > 1) {
    const mid = Math.floor((fitting + over) / 2)
    if (estimateTokens(text.slice(0, mid)) <= maxTokens) fitting = mid
    else over = mid
  }
  return text.slice(0, fitting)
}

/**
 * Which answers go first. Threads carry no dates here, so an answer's age across questions is
 * judged by how many newer replies follow it in its own thread: the oldest of long discussions
 * go first, and the newest answer of each question (`newer` 0) only when no older one is left.
 */
function dropOrder(
  answered: AnsweredQuestion[],
): { answer: AnsweredQuestion['answers'][number]; newer: number }[] {
  return answered
    .flatMap((q) => q.answers.map((answer, i) => ({ answer, newer: q.answers.length - 1 - i })))
    .sort((a, b) => b.newer - a.newer)
}

function leftOutNotes({
  cut,
  olderDropped,
  questionsEmptied,
  names,
}: {
  cut: number
  olderDropped: number
  questionsEmptied: number
  names: SettingNames
}): string[] {
  const notes: string[] = []
  if (cut > 0) {
    notes.push(
      `${answersWere(cut)} cut to about ${count(MAX_ANSWER_TOKENS)} tokens (some ${count(MAX_ANSWER_TOKENS * 4)} characters of English)`,
    )
  }
  if (olderDropped > 0) {
    notes.push(
      `${answersWere(olderDropped, 'older ')} left out to stay within ${names.maxInputTokens}`,
    )
  }
  if (questionsEmptied > 0) {
    const one = questionsEmptied === 1
    notes.push(
      `The answers to ${questionsEmptied} question${one ? '' : 's'} were left out to stay within ${names.maxInputTokens}, so ${one ? 'it stays' : 'they stay'} open`,
    )
  }
  return notes
}

function revisionParts(input: RevisionTurnInput, system: string[]): RequestPart[] {
  return [
    systemPart(system),
    part('the current design', input.currentDesign, true),
    part('the requirements', input.requirements, true),
    ...optionalPart('the requirements diff', input.requirementsChanges, false),
    ...optionalPart('the guidance', input.guidance, true),
  ]
}

function systemPart(system: string[]): RequestPart {
  const tokens = system.reduce((sum, block) => sum + estimateTokens(block), 0)
  return { name: 'the instructions and template', tokens, shortenable: true }
}

function part(name: string, text: string, shortenable: boolean): RequestPart {
  return { name, tokens: estimateTokens(text), shortenable }
}

function optionalPart(
  name: string,
  text: string | null | undefined,
  shortenable: boolean,
): RequestPart[] {
  return text?.trim() ? [part(name, text, shortenable)] : []
}

function answersWere(n: number, kind = ''): string {
  return plural(n, `${kind}answer was`, `${kind}answers were`)
}
