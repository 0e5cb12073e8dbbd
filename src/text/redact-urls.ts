/**
 * URLs in the messages we print (step failures, the job summary, the command line's errors)
 * must carry no secret: an SDK or a proxy agent quotes the URL it failed on as it was given,
 * `https://user:password@gateway/…` or a presigned `…?X-Amz-Signature=…` included.
 *
 * Only the secret parts are replaced with `***`: the userinfo before the host (a lone user name
 * too, as Git hosts take a token there) and the values of query or fragment parameters whose name
 * says they hold a credential. Scheme, host, path and the other parameters stay readable, so the
 * message still says where the request went.
 */

const MASK = '***'

/** A URL with a scheme, up to the next space, quote or angle bracket. */
const URL_IN_TEXT = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s<>"'`]+/g

/** Punctuation that ends a sentence rather than the URL, as GitHub's autolinks decide. */
const TRAILING_PUNCTUATION = /[.,:;!?)\]}*_~]+$/

/** `scheme://` and the authority, which ends at the path, the query or the fragment. */
const AUTHORITY = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)/

/**
 * `user:password@host` written without a scheme, as proxy variables allow, starting a word or
 * a value (`HTTPS_PROXY=…`).
 */
const BARE_USERINFO =
  /(?<=^|[\s"'(<[=,])(?!mailto:)[^\s"'<>/?#:@=,([]+:[^\s"'<>/?#]*@(?=[A-Za-z0-9[])/g

/** `name=value` after `?`, `&` or `#` (OAuth returns tokens in the fragment). */
const PARAMETER = /([?&#])([^=&#]+)=([^&#]+)/g

/**
 * Parameter names that hold credentials: any name ending in token, secret, password, signature
 * or credential (access_token, client_secret, X-Amz-Security-Token, X-Goog-Signature), and the
 * short ones (key, sig, code, auth, pwd) as a whole name or as its last part (api_key, apiKey).
 */
const SECRET_NAME = /(?:token|secret|passw(?:or)?d|signature|credentials?)$/i
const SHORT_SECRET_NAME = /(?:^|[-_.])(?:api_?key|key|sig|code|auth|authorization|pwd)$/i
const CAMEL_SECRET_NAME = /[a-z](?:Key|Sig|Code|Auth|Pwd)$/

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replaceAll('+', ' ')).trim()
  } catch {
    return name
  }
}

/** Whether a query parameter of this name carries a credential. */
export function isSecretParameter(name: string): boolean {
  const decoded = decodedName(name)
  return (
    SECRET_NAME.test(decoded) || SHORT_SECRET_NAME.test(decoded) || CAMEL_SECRET_NAME.test(decoded)
  )
}

/** Whether a URL (or a bare `user:password@host`) has a user name or password before the host. */
export function holdsCredentials(url: string): boolean {
  return /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?[^/?#]*@/.test(url.trim())
}

function redactUrl(url: string): string {
  const withoutUserinfo = url.replace(AUTHORITY, (authority, scheme: string, rest: string) => {
    // The last `@` ends the userinfo: an unescaped `@` in a password comes before it.
    const at = rest.lastIndexOf('@')
    return at === -1 ? authority : `${scheme}${MASK}${rest.slice(at)}`
  })
  return withoutUserinfo.replace(PARAMETER, (parameter, separator: string, name: string) =>
    isSecretParameter(name) ? `${separator}${name}=${MASK}` : parameter,
  )
}

/**
 * Free text with every URL's userinfo and credential parameters replaced with `***`, and the
 * rest of the text as it was. Idempotent.
 */
export function redactUrls(text: string): string {
  return text
    .replace(URL_IN_TEXT, (match) => {
      const url = match.replace(TRAILING_PUNCTUATION, '')
      return redactUrl(url) + match.slice(url.length)
    })
    .replace(BARE_USERINFO, `${MASK}@`)
}
