/**
 * Preloaded into a child process (`NODE_OPTIONS=--import <this file's URL>`): no host name
 * resolves there. Every lookup fails as getaddrinfo reports a name that does not exist
 * (ENOTFOUND), without asking any DNS server; IP addresses are answered as they are, so the fakes
 * on 127.0.0.1 stay reachable.
 *
 * It replaces `lookup` on node:dns, which net and tls call for every connection: Node's own fetch
 * (the undici inside Node 20 and 24, also when the bundle's undici is the global dispatcher),
 * http and https all go through it. Plain JavaScript, so that Node 20 can preload it.
 */
import dns from 'node:dns'
import { isIP } from 'node:net'

const notFound = (hostname) =>
  Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
    code: 'ENOTFOUND',
    errno: -3008,
    syscall: 'getaddrinfo',
    hostname,
  })

const lookup = dns.lookup
dns.lookup = function failingLookup(hostname, options, callback) {
  if (isIP(hostname)) return lookup(hostname, options, callback)
  const done = typeof options === 'function' ? options : callback
  process.nextTick(done, notFound(hostname))
}

const lookupPromise = dns.promises.lookup
dns.promises.lookup = async function failingLookup(hostname, options) {
  if (isIP(hostname)) return lookupPromise(hostname, options)
  throw notFound(hostname)
}
