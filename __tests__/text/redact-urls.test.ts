import { describe, expect, it } from '@jest/globals'
import { holdsCredentials, isSecretParameter, redactUrls } from '../../src/text/redact-urls.js'

describe('redactUrls', () => {
  it('replaces the user name and password, keeping scheme, host, port and path', () => {
    const text = 'Could not reach https://alice:s3cr3t-pass@llm.corp.example:8443/v1/messages.'
    const safe = redactUrls(text)
    expect(safe).toBe('Could not reach https://***@llm.corp.example:8443/v1/messages.')
    expect(safe).not.toContain('s3cr3t-pass')
    expect(safe).not.toContain('alice')
  })

  it('replaces a lone user name, where Git hosts take a token', () => {
    expect(redactUrls('fetch https://ghp_abcdef123456@github.com/o/r.git failed')).toBe(
      'fetch https://***@github.com/o/r.git failed',
    )
  })

  it('replaces a password holding an unescaped @ up to the last @ before the host', () => {
    const safe = redactUrls('proxy http://bob:p@ss@proxy.corp:3128 refused the connection')
    expect(safe).toBe('proxy http://***@proxy.corp:3128 refused the connection')
    expect(safe).not.toContain('ss@')
  })

  it('replaces userinfo in URLs of any scheme', () => {
    expect(redactUrls('socks5://u:pw1234@socks.corp:1080')).toBe('socks5://***@socks.corp:1080')
  })

  const secretNames = [
    'token',
    'access_token',
    'api_key',
    'apikey',
    'key',
    'secret',
    'password',
    'passwd',
    'pwd',
    'auth',
    'sig',
    'signature',
    'code',
    'credential',
    'x-amz-signature',
    'x-amz-credential',
    'x-amz-security-token',
    'x-goog-signature',
    'client_secret',
    'X-Amz-Signature',
    'ACCESS_TOKEN',
    'accessToken',
    'apiKey',
    'refresh_token',
    'X%2DAmz%2DSignature',
  ]

  it.each(secretNames)('replaces the value of the %s parameter, keeping the others', (name) => {
    const text = `GET https://api.example.com/v1/items?page=2&${name}=hunter2-value&sort=asc failed`
    const safe = redactUrls(text)
    expect(safe).toBe(`GET https://api.example.com/v1/items?page=2&${name}=***&sort=asc failed`)
    expect(safe).not.toContain('hunter2-value')
  })

  it('redacts a presigned S3 link down to what it points at', () => {
    const url =
      'https://bucket.s3.amazonaws.com/designs/a.md?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
      '&X-Amz-Credential=AKIAEXAMPLE%2F20260101%2Fus-east-1&X-Amz-Date=20260101T000000Z' +
      '&X-Amz-Security-Token=FQoGZXIvYXdzEExample&X-Amz-Signature=0f1e2d3c'
    expect(redactUrls(`<${url}>`)).toBe(
      '<https://bucket.s3.amazonaws.com/designs/a.md?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
        '&X-Amz-Credential=***&X-Amz-Date=20260101T000000Z' +
        '&X-Amz-Security-Token=***&X-Amz-Signature=***>',
    )
  })

  it('replaces credentials in the fragment, where OAuth returns tokens', () => {
    expect(redactUrls('https://app.example/cb#access_token=eyJhbGciOi.x.y&state=abc')).toBe(
      'https://app.example/cb#access_token=***&state=abc',
    )
  })

  it('keeps punctuation that ends the sentence rather than the URL', () => {
    expect(redactUrls('(see https://h.example/?token=abc123).')).toBe(
      '(see https://h.example/?token=***).',
    )
    expect(redactUrls('"https://u:pw12@h.example", then')).toBe('"https://***@h.example", then')
  })

  it('replaces a bare user:password@host, as proxy variables allow', () => {
    expect(redactUrls('HTTPS_PROXY=alice:s3cret@proxy.corp:3128 is unreachable')).toBe(
      'HTTPS_PROXY=***@proxy.corp:3128 is unreachable',
    )
    expect(redactUrls('alice:p@ss@proxy.corp')).toBe('***@proxy.corp')
  })

  it('leaves URLs without credentials, e-mail addresses and other text as they were', () => {
    const text =
      'See https://github.com/o/r/pull/7?page=2&per_page=100#discussion_r1 and ' +
      'https://medium.com/@author/post?monkey=1&keyword=a&client_id=abc&token= or ' +
      'mail ops@example.com, mailto:ops@example.com; at 10:30 @alice said: fine.'
    expect(redactUrls(text)).toBe(text)
  })

  it('survives a parameter name that is not valid percent-encoding', () => {
    expect(redactUrls('https://h.example/?%E0%A4%A=1&token=abc')).toBe(
      'https://h.example/?%E0%A4%A=1&token=***',
    )
  })

  it('is idempotent', () => {
    const once = redactUrls(
      'https://u:pw@h.example/?key=k1&sig=s1 and HTTP_PROXY=u:pw@proxy:3128 and https://t@h.example',
    )
    expect(once).toBe(
      'https://***@h.example/?key=***&sig=*** and HTTP_PROXY=***@proxy:3128 and https://***@h.example',
    )
    expect(redactUrls(once)).toBe(once)
  })
})

describe('isSecretParameter', () => {
  it('tells credential names from look-alikes', () => {
    expect(
      ['private_key', 'sessionToken', 'Authorization', 'id_token'].map(isSecretParameter),
    ).toEqual([true, true, true, true])
    expect(
      ['monkey', 'keyword', 'tokens_used', 'state', 'client_id', 'zipcode'].map(isSecretParameter),
    ).toEqual([false, false, false, false, false, false])
  })
})

describe('holdsCredentials', () => {
  it('is true for a user name or password before the host', () => {
    for (const url of [
      'https://user:pass@llm.example.com',
      'https://token@llm.example.com/v1',
      '  http://:pass@llm.example.com  ',
      'user:pass@proxy.corp:3128',
    ]) {
      expect(holdsCredentials(url)).toBe(true)
    }
  })

  it('is false for an @ in the path, the query or the fragment', () => {
    for (const url of [
      'https://llm.example.com',
      'https://llm.example.com/@team/v1',
      'https://llm.example.com/v1?owner=a@b.com',
      'https://llm.example.com#a@b',
      'llm.example.com:8443',
    ]) {
      expect(holdsCredentials(url)).toBe(false)
    }
  })
})
