import { describe, expect, it } from '@jest/globals'
import { describeError, redact } from '../../src/text/describe-error.js'

describe('describeError', () => {
  it('removes the known secrets, then what a quoted URL carries, and keeps the host', () => {
    const error = new Error(
      'Could not reach the Anthropic API at https://alice:gw-pass-98765@llm.corp.example/v1 ' +
        'with key sk-ant-secret-key (presigned https://b.s3.example/a?X-Amz-Signature=0f1e2d).',
    )
    const message = describeError(error, ['sk-ant-secret-key'])
    expect(message).toBe(
      'Could not reach the Anthropic API at https://***@llm.corp.example/v1 ' +
        'with key *** (presigned https://b.s3.example/a?X-Amz-Signature=***).',
    )
    for (const secret of ['gw-pass-98765', 'alice', 'sk-ant-secret-key', '0f1e2d']) {
      expect(message).not.toContain(secret)
    }
  })

  it('redacts URLs in a thrown value that is not an Error', () => {
    expect(describeError('proxy http://bob:hunter22@proxy.corp:3128 refused')).toBe(
      'proxy http://***@proxy.corp:3128 refused',
    )
  })

  it('redacts a secret that is part of a URL without breaking the URL apart', () => {
    expect(
      describeError(new Error('GET https://h.example/?api_key=k-1234&page=2'), ['k-1234']),
    ).toBe('GET https://h.example/?api_key=***&page=2')
  })
})

describe('redact', () => {
  it('replaces secrets of 4 characters or more with ***, and leaves shorter ones', () => {
    expect(redact('token abcd and abc', ['abcd', 'abc'])).toBe('token *** and abc')
  })
})
