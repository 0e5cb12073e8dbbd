/**
 * A small GraphQL engine: a parser for queries (operations, variables, aliases, fragments,
 * @include/@skip) and for a subset of SDL, static validation against the schema (unknown
 * fields and arguments, missing required arguments, selections on scalars), and execution over
 * plain objects whose fields are values or functions of their arguments.
 *
 * Errors follow GitHub's shapes: validation errors come alone (`{errors}`, no `data`), resolver
 * errors come with `data` (the failing field null) and carry GitHub's `type` (NOT_FOUND,
 * FORBIDDEN, STALE_DATA, UNPROCESSABLE, …).
 */

interface Token {
  kind: 'punct' | 'name' | 'int' | 'float' | 'string' | 'eof'
  value: string
  line: number
  column: number
}

export interface Location {
  line: number
  column: number
}

export type ValueNode =
  | { kind: 'var'; name: string }
  | { kind: 'const'; value: unknown }
  | { kind: 'list'; items: ValueNode[] }
  | { kind: 'object'; fields: Record<string, ValueNode> }

interface Directive {
  name: string
  args: Record<string, ValueNode>
}

export interface FieldNode {
  kind: 'field'
  alias?: string
  name: string
  args: Record<string, ValueNode>
  directives: Directive[]
  selections?: SelectionNode[]
  loc: Location
}

interface InlineFragmentNode {
  kind: 'inline'
  typeCondition?: string
  directives: Directive[]
  selections: SelectionNode[]
  loc: Location
}

interface SpreadNode {
  kind: 'spread'
  name: string
  directives: Directive[]
  loc: Location
}

type SelectionNode = FieldNode | InlineFragmentNode | SpreadNode

interface VariableDefinition {
  name: string
  type: string
  defaultValue?: ValueNode
}

export interface OperationNode {
  kind: 'query' | 'mutation' | 'subscription'
  name?: string
  variables: VariableDefinition[]
  selections: SelectionNode[]
  loc: Location
}

interface FragmentNode {
  name: string
  typeCondition: string
  selections: SelectionNode[]
}

export interface DocumentNode {
  operations: OperationNode[]
  fragments: Map<string, FragmentNode>
}

export class GraphQLSyntaxError extends Error {
  readonly loc: Location
  constructor(message: string, loc: Location) {
    super(message)
    this.loc = loc
  }
}

/** Thrown by a resolver: becomes an error entry with GitHub's `type`, the field null. */
export class GraphQLFieldError extends Error {
  readonly type: string
  constructor(type: string, message: string) {
    super(message)
    this.type = type
  }
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  let line = 1
  let lineStart = 0
  const loc = () => ({ line, column: i - lineStart + 1 })
  while (i < source.length) {
    const c = source[i]!
    if (c === '\n') {
      i++
      line++
      lineStart = i
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === '\ufeff') {
      i++
      continue
    }
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++
      continue
    }
    const at = loc()
    if (source.startsWith('...', i)) {
      tokens.push({ kind: 'punct', value: '...', ...at })
      i += 3
      continue
    }
    if ('!$&()/:=@[]{}|'.includes(c)) {
      tokens.push({ kind: 'punct', value: c, ...at })
      i++
      continue
    }
    if (/[A-Za-z_]/.test(c)) {
      const start = i
      while (i < source.length && /[A-Za-z0-9_]/.test(source[i]!)) i++
      tokens.push({ kind: 'name', value: source.slice(start, i), ...at })
      continue
    }
    if (/[-0-9]/.test(c)) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(i))
      if (!match) throw new GraphQLSyntaxError(`Parse error on "${c}"`, at)
      tokens.push({ kind: match[1] || match[2] ? 'float' : 'int', value: match[0], ...at })
      i += match[0].length
      continue
    }
    if (source.startsWith('"""', i)) {
      const end = source.indexOf('"""', i + 3)
      if (end < 0) throw new GraphQLSyntaxError('Unterminated string', at)
      const raw = source.slice(i + 3, end)
      for (const ch of raw) if (ch === '\n') line++
      tokens.push({ kind: 'string', value: dedentBlock(raw), ...at })
      i = end + 3
      continue
    }
    if (c === '"') {
      let j = i + 1
      let value = ''
      while (j < source.length && source[j] !== '"') {
        if (source[j] === '\\') {
          const next = source[j + 1]
          if (next === 'u') {
            value += String.fromCharCode(parseInt(source.slice(j + 2, j + 6), 16))
            j += 6
            continue
          }
          value +=
            ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[next!] ??
            next
          j += 2
          continue
        }
        if (source[j] === '\n') throw new GraphQLSyntaxError('Unterminated string', at)
        value += source[j]
        j++
      }
      if (j >= source.length) throw new GraphQLSyntaxError('Unterminated string', at)
      tokens.push({ kind: 'string', value, ...at })
      i = j + 1
      continue
    }
    throw new GraphQLSyntaxError(`Parse error on "${c}"`, at)
  }
  tokens.push({ kind: 'eof', value: '', ...loc() })
  return tokens
}

function dedentBlock(raw: string): string {
  const lines = raw.split('\n')
  const indents = lines
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => /^\s*/.exec(l)![0].length)
  const cut = indents.length ? Math.min(...indents) : 0
  return lines
    .map((l, i) => (i === 0 ? l : l.slice(cut)))
    .join('\n')
    .trim()
}

class Parser {
  private readonly tokens: Token[]
  private at = 0

  constructor(source: string) {
    this.tokens = tokenize(source)
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.at + offset, this.tokens.length - 1)]!
  }

  next(): Token {
    const token = this.peek()
    if (this.at < this.tokens.length - 1) this.at++
    return token
  }

  is(value: string): boolean {
    const t = this.peek()
    return (t.kind === 'punct' || t.kind === 'name') && t.value === value
  }

  eat(value: string): boolean {
    if (this.is(value)) {
      this.next()
      return true
    }
    return false
  }

  expect(value: string): Token {
    const t = this.peek()
    if (!this.is(value)) {
      const shown = t.kind === 'eof' ? 'end of file' : `"${t.value}"`
      throw new GraphQLSyntaxError(
        `Parse error on ${shown} (${t.kind.toUpperCase()}) at [${t.line}, ${t.column}]`,
        t,
      )
    }
    return this.next()
  }

  name(): string {
    const t = this.peek()
    if (t.kind !== 'name') {
      const shown = t.kind === 'eof' ? 'end of file' : `"${t.value}"`
      throw new GraphQLSyntaxError(
        `Parse error on ${shown} at [${t.line}, ${t.column}], expected a name`,
        t,
      )
    }
    return this.next().value
  }

  eof(): boolean {
    return this.peek().kind === 'eof'
  }

  // ------------------------------------------------------------------------------ executable

  document(): DocumentNode {
    const operations: OperationNode[] = []
    const fragments = new Map<string, FragmentNode>()
    while (!this.eof()) {
      if (this.is('{')) {
        const loc = this.peek()
        operations.push({ kind: 'query', variables: [], selections: this.selectionSet(), loc })
      } else if (this.is('query') || this.is('mutation') || this.is('subscription')) {
        const loc = this.peek()
        const kind = this.next().value as OperationNode['kind']
        const name = this.peek().kind === 'name' ? this.name() : undefined
        const variables: VariableDefinition[] = []
        if (this.eat('(')) {
          while (!this.eat(')')) {
            this.expect('$')
            const varName = this.name()
            this.expect(':')
            const type = this.typeRef()
            const defaultValue = this.eat('=') ? this.value(true) : undefined
            variables.push({ name: varName, type, defaultValue })
          }
        }
        this.directives()
        operations.push({ kind, name, variables, selections: this.selectionSet(), loc })
      } else if (this.is('fragment')) {
        this.next()
        const name = this.name()
        this.expect('on')
        const typeCondition = this.name()
        this.directives()
        fragments.set(name, { name, typeCondition, selections: this.selectionSet() })
      } else {
        const t = this.peek()
        throw new GraphQLSyntaxError(
          `Parse error on "${t.value}" (${t.kind.toUpperCase()}) at [${t.line}, ${t.column}]`,
          t,
        )
      }
    }
    return { operations, fragments }
  }

  typeRef(): string {
    let type: string
    if (this.eat('[')) {
      type = `[${this.typeRef()}]`
      this.expect(']')
    } else type = this.name()
    if (this.eat('!')) type += '!'
    return type
  }

  selectionSet(): SelectionNode[] {
    this.expect('{')
    const selections: SelectionNode[] = []
    while (!this.eat('}')) {
      const loc = { line: this.peek().line, column: this.peek().column }
      if (this.eat('...')) {
        if (this.is('on') || this.is('{') || this.is('@')) {
          const typeCondition = this.eat('on') ? this.name() : undefined
          const directives = this.directives()
          selections.push({
            kind: 'inline',
            typeCondition,
            directives,
            selections: this.selectionSet(),
            loc,
          })
        } else {
          const name = this.name()
          selections.push({ kind: 'spread', name, directives: this.directives(), loc })
        }
        continue
      }
      let name = this.name()
      let alias: string | undefined
      if (this.eat(':')) {
        alias = name
        name = this.name()
      }
      const args = this.arguments(false)
      const directives = this.directives()
      const selections2 = this.is('{') ? this.selectionSet() : undefined
      selections.push({
        kind: 'field',
        alias,
        name,
        args,
        directives,
        selections: selections2,
        loc,
      })
    }
    return selections
  }

  arguments(constant: boolean): Record<string, ValueNode> {
    const args: Record<string, ValueNode> = {}
    if (this.eat('(')) {
      while (!this.eat(')')) {
        const name = this.name()
        this.expect(':')
        args[name] = this.value(constant)
      }
    }
    return args
  }

  directives(): Directive[] {
    const out: Directive[] = []
    while (this.eat('@')) out.push({ name: this.name(), args: this.arguments(false) })
    return out
  }

  value(constant: boolean): ValueNode {
    const t = this.peek()
    if (t.kind === 'punct' && t.value === '$' && !constant) {
      this.next()
      return { kind: 'var', name: this.name() }
    }
    if (this.eat('[')) {
      const items: ValueNode[] = []
      while (!this.eat(']')) items.push(this.value(constant))
      return { kind: 'list', items }
    }
    if (this.eat('{')) {
      const fields: Record<string, ValueNode> = {}
      while (!this.eat('}')) {
        const name = this.name()
        this.expect(':')
        fields[name] = this.value(constant)
      }
      return { kind: 'object', fields }
    }
    this.next()
    if (t.kind === 'int') return { kind: 'const', value: parseInt(t.value, 10) }
    if (t.kind === 'float') return { kind: 'const', value: parseFloat(t.value) }
    if (t.kind === 'string') return { kind: 'const', value: t.value }
    if (t.kind === 'name') {
      if (t.value === 'true') return { kind: 'const', value: true }
      if (t.value === 'false') return { kind: 'const', value: false }
      if (t.value === 'null') return { kind: 'const', value: null }
      return { kind: 'const', value: t.value } // enum value
    }
    throw new GraphQLSyntaxError(
      `Parse error on "${t.value}" (${t.kind.toUpperCase()}) at [${t.line}, ${t.column}]`,
      t,
    )
  }
}

export function parseDocument(source: string): DocumentNode {
  return new Parser(source).document()
}

// ------------------------------------------------------------------------------------ schema

interface FieldDef {
  type: string
  args: Record<string, { type: string; hasDefault: boolean }>
}

interface TypeDef {
  kind: 'object' | 'interface' | 'union' | 'scalar' | 'enum' | 'input'
  name: string
  fields: Map<string, FieldDef>
  interfaces: string[]
  members: string[]
}

export class Schema {
  readonly types = new Map<string, TypeDef>()

  constructor(sdl: string) {
    for (const scalar of ['String', 'Int', 'Float', 'Boolean', 'ID']) {
      this.types.set(scalar, {
        kind: 'scalar',
        name: scalar,
        fields: new Map(),
        interfaces: [],
        members: [],
      })
    }
    const p = new Parser(sdl)
    while (!p.eof()) {
      if (p.peek().kind === 'string') {
        p.next()
        continue
      }
      const keyword = p.name()
      const name = p.name()
      const def: TypeDef = { kind: 'object', name, fields: new Map(), interfaces: [], members: [] }
      if (keyword === 'scalar') def.kind = 'scalar'
      else if (keyword === 'union') {
        def.kind = 'union'
        p.expect('=')
        p.eat('|')
        def.members.push(p.name())
        while (p.eat('|')) def.members.push(p.name())
      } else if (keyword === 'enum') {
        def.kind = 'enum'
        p.expect('{')
        while (!p.eat('}')) def.members.push(p.name())
      } else {
        def.kind = keyword === 'type' ? 'object' : keyword === 'interface' ? 'interface' : 'input'
        if (p.eat('implements')) {
          p.eat('&')
          def.interfaces.push(p.name())
          while (p.eat('&')) def.interfaces.push(p.name())
        }
        p.expect('{')
        while (!p.eat('}')) {
          if (p.peek().kind === 'string') {
            p.next()
            continue
          }
          const fieldName = p.name()
          const args: FieldDef['args'] = {}
          if (p.eat('(')) {
            while (!p.eat(')')) {
              const argName = p.name()
              p.expect(':')
              const type = p.typeRef()
              const hasDefault = p.eat('=')
              if (hasDefault) p.value(true)
              args[argName] = { type, hasDefault }
            }
          }
          p.expect(':')
          def.fields.set(fieldName, { type: p.typeRef(), args })
        }
      }
      this.types.set(name, def)
    }
  }

  /** The object types a runtime value of `typeName` can satisfy a condition on. */
  satisfies(runtimeType: string, condition: string): boolean {
    if (runtimeType === condition) return true
    const def = this.types.get(runtimeType)
    if (def?.interfaces.includes(condition)) return true
    return this.types.get(condition)?.members.includes(runtimeType) ?? false
  }

  /** A field of an object, interface (or, for __typename only, union) type. */
  field(typeName: string, fieldName: string): FieldDef | undefined {
    return this.types.get(typeName)?.fields.get(fieldName)
  }
}

const namedType = (type: string): string => type.replace(/[[\]!]/g, '')

// -------------------------------------------------------------------------------- validation

export interface GraphQLError {
  message: string
  type?: string
  path?: (string | number)[]
  locations?: Location[]
  extensions?: Record<string, unknown>
}

function validate(schema: Schema, doc: DocumentNode, op: OperationNode): GraphQLError[] {
  const errors: GraphQLError[] = []
  const declared = new Set(op.variables.map((v) => v.name))
  const checkValue = (value: ValueNode, loc: Location): void => {
    if (value.kind === 'var' && !declared.has(value.name)) {
      errors.push({
        message: `Variable $${value.name} is used by ${op.name ?? 'anonymous query'} but not declared`,
        locations: [loc],
        extensions: { code: 'variableNotDefined', variableName: value.name },
      })
    } else if (value.kind === 'list') value.items.forEach((v) => checkValue(v, loc))
    else if (value.kind === 'object') Object.values(value.fields).forEach((v) => checkValue(v, loc))
  }
  const visit = (
    typeName: string,
    selections: SelectionNode[],
    path: string[],
    seen: Set<string>,
  ): void => {
    for (const sel of selections) {
      if (sel.kind === 'spread') {
        const fragment = doc.fragments.get(sel.name)
        if (!fragment) {
          errors.push({
            message: `Fragment ${sel.name} was used, but not defined`,
            locations: [sel.loc],
          })
          continue
        }
        if (seen.has(sel.name)) continue
        visit(fragment.typeCondition, fragment.selections, path, new Set([...seen, sel.name]))
        continue
      }
      if (sel.kind === 'inline') {
        const condition = sel.typeCondition ?? typeName
        if (!schema.types.has(condition)) {
          errors.push({
            message: `No such type ${condition}, so it can't be a fragment condition`,
            locations: [sel.loc],
          })
          continue
        }
        visit(condition, sel.selections, path, seen)
        continue
      }
      const fieldPath = [...path, sel.alias ?? sel.name]
      for (const d of sel.directives) Object.values(d.args).forEach((v) => checkValue(v, sel.loc))
      if (sel.name === '__typename') continue
      const field = schema.field(typeName, sel.name)
      if (!field) {
        errors.push({
          message: `Field '${sel.name}' doesn't exist on type '${typeName}'`,
          path: fieldPath,
          locations: [sel.loc],
          extensions: { code: 'undefinedField', typeName, fieldName: sel.name },
        })
        continue
      }
      for (const [arg, value] of Object.entries(sel.args)) {
        if (!field.args[arg]) {
          errors.push({
            message: `Field '${sel.name}' doesn't accept argument '${arg}'`,
            path: fieldPath,
            locations: [sel.loc],
            extensions: {
              code: 'argumentNotAccepted',
              name: sel.name,
              typeName: 'Field',
              argumentName: arg,
            },
          })
        }
        checkValue(value, sel.loc)
      }
      const missing = Object.entries(field.args)
        .filter(([arg, def]) => def.type.endsWith('!') && !def.hasDefault && !(arg in sel.args))
        .map(([arg]) => arg)
      if (missing.length > 0) {
        errors.push({
          message: `Field '${sel.name}' is missing required arguments: ${missing.join(', ')}`,
          path: fieldPath,
          locations: [sel.loc],
          extensions: {
            code: 'missingRequiredArguments',
            className: 'Field',
            name: sel.name,
            arguments: missing.join(', '),
          },
        })
      }
      const returns = namedType(field.type)
      const kind = schema.types.get(returns)?.kind ?? 'scalar'
      const leaf = kind === 'scalar' || kind === 'enum'
      if (leaf && sel.selections) {
        errors.push({
          message: `Selections can't be made on scalars (field '${sel.name}' returns ${returns} but has selections [${sel.selections.map((s) => (s.kind === 'field' ? s.name : '...')).join(', ')}])`,
          path: fieldPath,
          locations: [sel.loc],
          extensions: {
            code: 'selectionMismatch',
            nodeName: `field '${sel.name}'`,
            typeName: returns,
          },
        })
      } else if (!leaf && !sel.selections) {
        errors.push({
          message: `Field must have selections (field '${sel.name}' returns ${returns} but has no selections. Did you mean '${sel.name} { ... }'?)`,
          path: fieldPath,
          locations: [sel.loc],
          extensions: {
            code: 'selectionMismatch',
            nodeName: `field '${sel.name}'`,
            typeName: returns,
          },
        })
      } else if (sel.selections) visit(returns, sel.selections, fieldPath, seen)
    }
  }
  const rootType =
    op.kind === 'mutation' ? 'Mutation' : op.kind === 'query' ? 'Query' : 'Subscription'
  if (!schema.types.has(rootType)) {
    errors.push({ message: `Schema is not configured for ${op.kind}s`, locations: [op.loc] })
  } else visit(rootType, op.selections, [op.kind], new Set())
  return errors
}

// --------------------------------------------------------------------------------- execution

export interface ExecutionResult {
  data?: Record<string, unknown> | null
  errors?: GraphQLError[]
}

/** An object the executor reads: fields are values or functions of the field's arguments. */
export type Resolved = { __typename: string } & Record<string, unknown>

export interface ExecuteOptions {
  schema: Schema
  query: string
  variables?: Record<string, unknown>
  operationName?: string
  root: (kind: OperationNode['kind']) => Resolved
}

export interface Prepared {
  doc: DocumentNode
  op: OperationNode
}

/** Parses and picks the operation; a string is GitHub's error for a bad document. */
export function prepare(query: string, operationName?: string): Prepared | GraphQLError[] {
  let doc: DocumentNode
  try {
    doc = parseDocument(query)
  } catch (error) {
    if (error instanceof GraphQLSyntaxError) {
      return [
        { message: error.message, locations: [{ line: error.loc.line, column: error.loc.column }] },
      ]
    }
    throw error
  }
  if (doc.operations.length === 0) return [{ message: 'No operations given' }]
  const op = operationName
    ? doc.operations.find((o) => o.name === operationName)
    : doc.operations.length === 1
      ? doc.operations[0]
      : undefined
  if (!op) {
    return [
      {
        message: operationName
          ? `No operation named "${operationName}"`
          : 'An operation name is required when sending multiple operations.',
      },
    ]
  }
  return { doc, op }
}

export function execute(options: ExecuteOptions): ExecutionResult {
  const prepared = prepare(options.query, options.operationName)
  if (Array.isArray(prepared)) return { errors: prepared }
  const { doc, op } = prepared
  const { schema } = options
  const validationErrors = validate(schema, doc, op)
  if (validationErrors.length > 0) return { errors: validationErrors }

  const variables: Record<string, unknown> = {}
  const given = options.variables ?? {}
  for (const def of op.variables) {
    if (def.name in given && given[def.name] !== undefined) variables[def.name] = given[def.name]
    else if (def.defaultValue) variables[def.name] = evaluate(def.defaultValue, {})
    else if (def.type.endsWith('!')) {
      return {
        errors: [
          {
            message: `Variable $${def.name} of type ${def.type} was provided invalid value`,
            locations: [op.loc],
            extensions: {
              value: null,
              problems: [{ path: [], explanation: 'Expected value to not be null' }],
            },
          },
        ],
      }
    } else variables[def.name] = null
  }

  const errors: GraphQLError[] = []
  const included = (directives: Directive[]): boolean => {
    for (const d of directives) {
      const condition = evaluate(d.args.if ?? { kind: 'const', value: true }, variables)
      if (d.name === 'include' && !condition) return false
      if (d.name === 'skip' && condition) return false
    }
    return true
  }
  const collect = (runtimeType: string, selections: SelectionNode[], out: FieldNode[]): void => {
    for (const sel of selections) {
      if (!included(sel.directives)) continue
      if (sel.kind === 'field') out.push(sel)
      else if (sel.kind === 'inline') {
        if (!sel.typeCondition || schema.satisfies(runtimeType, sel.typeCondition))
          collect(runtimeType, sel.selections, out)
      } else {
        const fragment = doc.fragments.get(sel.name)!
        if (schema.satisfies(runtimeType, fragment.typeCondition))
          collect(runtimeType, fragment.selections, out)
      }
    }
  }
  const complete = (value: unknown, field: FieldNode, path: (string | number)[]): unknown => {
    if (value === null || value === undefined) return null
    if (Array.isArray(value)) return value.map((item, i) => complete(item, field, [...path, i]))
    if (!field.selections) return value
    const object = value as Resolved
    return resolveObject(object, object.__typename, field.selections, path)
  }
  const resolveObject = (
    object: Resolved,
    runtimeType: string,
    selections: SelectionNode[],
    path: (string | number)[],
  ): Record<string, unknown> => {
    const fields: FieldNode[] = []
    collect(runtimeType, selections, fields)
    const result: Record<string, unknown> = {}
    for (const field of fields) {
      const responseKey = field.alias ?? field.name
      const fieldPath = [...path, responseKey]
      if (field.name === '__typename') {
        result[responseKey] = runtimeType
        continue
      }
      try {
        const raw = object[field.name]
        const args: Record<string, unknown> = {}
        for (const [name, node] of Object.entries(field.args))
          args[name] = evaluate(node, variables)
        const value =
          typeof raw === 'function' ? (raw as (a: Record<string, unknown>) => unknown)(args) : raw
        // Merge repeated selections of one field (e.g. from fragments) into one object.
        const completed = complete(value, field, fieldPath)
        const previous = result[responseKey]
        result[responseKey] =
          previous &&
          typeof previous === 'object' &&
          completed &&
          typeof completed === 'object' &&
          !Array.isArray(completed)
            ? { ...(previous as object), ...(completed as object) }
            : completed
      } catch (error) {
        if (!(error instanceof GraphQLFieldError)) throw error
        errors.push({
          type: error.type,
          path: fieldPath,
          locations: [field.loc],
          message: error.message,
        })
        result[responseKey] = null
      }
    }
    return result
  }
  const root = options.root(op.kind)
  const data = resolveObject(root, root.__typename, op.selections, [])
  return errors.length > 0 ? { data, errors } : { data }
}

function evaluate(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case 'var':
      return variables[node.name] ?? null
    case 'const':
      return node.value
    case 'list':
      return node.items.map((item) => evaluate(item, variables))
    case 'object':
      return Object.fromEntries(
        Object.entries(node.fields).map(([k, v]) => [k, evaluate(v, variables)]),
      )
  }
}

/** The root fields an operation selects, e.g. ["createCommitOnBranch"] (for logs and faults). */
export function rootFields(
  query: string,
  operationName?: string,
): { kind: string; name?: string; fields: string[] } | undefined {
  const prepared = prepare(query, operationName)
  if (Array.isArray(prepared)) return undefined
  const { doc, op } = prepared
  const fields: string[] = []
  const walk = (selections: SelectionNode[]): void => {
    for (const sel of selections) {
      if (sel.kind === 'field') fields.push(sel.name)
      else if (sel.kind === 'inline') walk(sel.selections)
      else walk(doc.fragments.get(sel.name)?.selections ?? [])
    }
  }
  walk(op.selections)
  return { kind: op.kind, name: op.name, fields }
}
