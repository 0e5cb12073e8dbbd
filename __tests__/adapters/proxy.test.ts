import { describe, expect, it } from '@jest/globals'
import {
  describeProxyUrl,
  proxySecrets,
  proxySettings,
  routeThroughProxy,
} from '../../src/adapters/proxy.js'

describe('proxySettings', () => {
  it('is null without a proxy variable, whatever NO_PROXY says', () => {
    expect(proxySettings({})).toBeNull()
    expect(proxySettings({ NO_PROXY: 'localhost', HTTPS_PROXY: '  ' })).toBeNull()
  })

  it('reads both cases, lower case first as curl does, with http:// when no scheme is given', () => {
    expect(
      proxySettings({
        HTTPS_PROXY: 'http://upper:3128',
        https_proxy: 'http://lower:3128',
        HTTP_PROXY: 'http://plain:3128',
        no_proxy: '.corp.example.com,169.254.169.254',
      }),
    ).toEqual({
      httpsProxy: 'http://lower:3128',
      httpProxy: 'http://plain:3128',
      noProxy: '.corp.example.com,169.254.169.254',
    })
    expect(proxySettings({ HTTP_PROXY: 'p.corp:8080' })).toEqual({
      httpProxy: 'http://p.corp:8080',
      httpsProxy: null,
      noProxy: null,
    })
  })
})

describe('describeProxyUrl and proxySecrets', () => {
  it('shows where the proxy is, never its credentials', () => {
    expect(describeProxyUrl('http://alice:s3cr%40t@proxy.corp:3128/')).toBe(
      'http://proxy.corp:3128',
    )
    expect(describeProxyUrl('http://proxy corp:3128')).toBe('(not a URL)')
    expect(describeProxyUrl('http://')).toBe('(not a URL)')
  })

  it('lists the passwords to mask, as written and decoded', () => {
    expect(
      proxySecrets({
        httpsProxy: 'http://alice:s3cr%40t@proxy.corp:3128',
        httpProxy: 'http://proxy.corp:3128',
        noProxy: null,
      }),
    ).toEqual(['s3cr%40t', 's3cr@t'])
  })
})

describe('routeThroughProxy', () => {
  it('refuses a proxy variable that is no URL, naming it without its credentials', async () => {
    const settings = proxySettings({ HTTPS_PROXY: 'http://alice:s3cr3t-pw@proxy corp:3128' })
    expect(settings).not.toBeNull()
    const refusal = routeThroughProxy(settings!)
    await expect(refusal).rejects.toThrow(/^The HTTPS_PROXY environment variable is not a URL/)
    const message = await refusal.catch((error: Error) => error.message)
    expect(message).not.toContain('s3cr3t-pw')
    expect(message).not.toContain('alice')
  })
})
