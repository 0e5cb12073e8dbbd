/**
 * Outbound HTTP through the proxy named by HTTPS_PROXY / HTTP_PROXY (either case), except for the
 * hosts in NO_PROXY, as self-hosted runners behind a corporate proxy set them. Node's fetch
 * ignores these variables, so when one is set every fetch (GitHub, the model platform, cloud
 * credential exchanges) is routed through undici's EnvHttpProxyAgent, which applies them the way
 * curl does. undici is loaded only then.
 */

type Env = Record<string, string | undefined>

export interface ProxySettings {
  httpProxy: string | null
  httpsProxy: string | null
  noProxy: string | null
}

const pick = (env: Env, name: string): string | null =>
  (env[name.toLowerCase()] ?? env[name.toUpperCase()])?.trim() || null

/** `proxy.corp:3128` means `http://proxy.corp:3128`, as in curl. */
const withScheme = (url: string | null): string | null =>
  url === null || url.includes('://') ? url : `http://${url}`

/** The proxy variables in effect, or null when no proxy is set. Lower case wins, as in curl. */
export function proxySettings(env: Env): ProxySettings | null {
  const httpProxy = withScheme(pick(env, 'http_proxy'))
  const httpsProxy = withScheme(pick(env, 'https_proxy'))
  if (!httpProxy && !httpsProxy) return null
  return { httpProxy, httpsProxy, noProxy: pick(env, 'no_proxy') }
}

/** Passwords in the proxy URLs, to mask in the log. */
export function proxySecrets(settings: ProxySettings): string[] {
  return [settings.httpProxy, settings.httpsProxy].flatMap((url) => {
    if (!url || !URL.canParse(url)) return []
    const { password } = new URL(url)
    return password ? [password, decodeURIComponent(password)] : []
  })
}

/** A proxy URL for the log: scheme, host and port, never its credentials. */
export function describeProxyUrl(url: string): string {
  try {
    const { protocol, host } = new URL(url)
    if (!host) return '(not a URL)'
    return `${protocol}//${host}`
  } catch {
    return '(not a URL)'
  }
}

/**
 * Routes this process's fetch through the proxy. Returns a line for the log. Throws when a proxy
 * variable is not a URL.
 */
export async function routeThroughProxy(settings: ProxySettings): Promise<string> {
  for (const [name, url] of [
    ['HTTPS_PROXY', settings.httpsProxy],
    ['HTTP_PROXY', settings.httpProxy],
  ] as const) {
    if (url && describeProxyUrl(url) === '(not a URL)') {
      throw new Error(
        `The ${name} environment variable is not a URL (${describeProxyUrl(url)}). ` +
          'Set it to the proxy’s address, such as http://proxy.example.com:3128.',
      )
    }
  }
  const { EnvHttpProxyAgent, setGlobalDispatcher } = await import('undici')
  setGlobalDispatcher(
    new EnvHttpProxyAgent({
      httpProxy: settings.httpProxy ?? undefined,
      httpsProxy: settings.httpsProxy ?? settings.httpProxy ?? undefined,
      noProxy: settings.noProxy ?? undefined,
    }),
  )
  const via = settings.httpsProxy ?? settings.httpProxy ?? ''
  return (
    `Sending requests through the proxy ${describeProxyUrl(via)}` +
    (settings.noProxy ? ` (except NO_PROXY hosts: ${settings.noProxy}).` : '.')
  )
}
