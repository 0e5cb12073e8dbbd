import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/config/input-error.js'
import {
  ModelAuthError,
  ModelError,
  ModelNotFoundError,
  ModelOutputTruncatedError,
  ModelRefusalError,
  ModelRequestError,
  ModelTimeoutError,
  ModelUnavailableError,
  type ModelErrorCode,
} from '../../src/adapters/model/errors.js'
import { CliInputError, CliUsageError } from '../../src/cli/errors.js'
import {
  EXIT_INPUT,
  EXIT_INTERNAL,
  EXIT_OK,
  EXIT_REJECTED,
  EXIT_SERVICE,
  EXIT_STATUSES,
  EXIT_USAGE,
  exitCodeFor,
} from '../../src/cli/exit-codes.js'
import { RequestTooLargeError } from '../../src/conversation/budget.js'
import { HeaderLinesError } from '../../src/config/headers.js'
import { RequirementsError, TextDecodeError } from '../../src/document/requirements.js'
import { TemplateError } from '../../src/document/template.js'
import { emptyUsage } from '../../src/config/usage.js'
import { DesignValidationError, withFailureDetails } from '../../src/engine/failure.js'

const spending = { usage: emptyUsage(), model: 'claude-sonnet-5-5', modelCalls: 3 }

describe('exitCodeFor', () => {
  it.each([
    ['a usage error', new CliUsageError('generate has no option --nope.', 'generate'), EXIT_USAGE],
    [
      'a design that broke the template',
      new DesignValidationError([{ line: 1, message: 'x' }], { rounds: 2, spending }),
      EXIT_REJECTED,
    ],
    ['an answer cut off', new ModelOutputTruncatedError('cut', 100, 100), EXIT_REJECTED],
    ['a refusal', new ModelRefusalError('declined'), EXIT_REJECTED],
    ['refused credentials', new ModelAuthError('401', 401), EXIT_INPUT],
    ['an unknown model', new ModelNotFoundError('404', 404), EXIT_INPUT],
    ['a rejected request', new ModelRequestError('400', 400), EXIT_INPUT],
    ['an unavailable service', new ModelUnavailableError('529', 529), EXIT_SERVICE],
    ['a timeout', new ModelTimeoutError('slow'), EXIT_SERVICE],
    ['an unreachable host', new ModelError('unreachable', 'no route'), EXIT_SERVICE],
    [
      'a ModelError code added later',
      new ModelError('some_new_code' as ModelErrorCode, 'new'),
      EXIT_SERVICE,
    ],
    ['a CLI input error', new CliInputError('Design file not found: d.md.'), EXIT_INPUT],
    ['missing requirements', new RequirementsError('missing', 'not found'), EXIT_INPUT],
    ['a binary file', new TextDecodeError('binary', 'binary'), EXIT_INPUT],
    ['a request too large', new RequestTooLargeError('design request', 9, 5, []), EXIT_INPUT],
    ['a bad template', new TemplateError('The template is empty'), EXIT_INPUT],
    ['bad header lines', new HeaderLinesError('line 1'), EXIT_INPUT],
    ['a bad region or base URL', new InputError('no AWS region'), EXIT_INPUT],
    [
      'a file that cannot be written',
      Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open' }),
      EXIT_INPUT,
    ],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')"), EXIT_INTERNAL],
    [
      'an Error with a code but no syscall',
      Object.assign(new Error('x'), { code: 'E' }),
      EXIT_INTERNAL,
    ],
    ['a thrown string', 'oops', EXIT_INTERNAL],
    ['undefined', undefined, EXIT_INTERNAL],
  ])('%s', (_what, error, code) => {
    expect(exitCodeFor(error)).toBe(code)
  })

  it('keeps the class of an error the engine attached failure details to', () => {
    const error = withFailureDetails(new ModelUnavailableError('overloaded', 529), { spending })
    expect(exitCodeFor(error)).toBe(EXIT_SERVICE)
  })
})

describe('the table of exit statuses', () => {
  it('has each code once, in order, from 0 to 5', () => {
    expect(EXIT_STATUSES.map((s) => s.code)).toEqual([
      EXIT_OK,
      EXIT_REJECTED,
      EXIT_USAGE,
      EXIT_INPUT,
      EXIT_SERVICE,
      EXIT_INTERNAL,
    ])
    expect([EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_INPUT, EXIT_SERVICE, EXIT_INTERNAL]).toEqual([
      0, 1, 2, 3, 4, 5,
    ])
  })
})
