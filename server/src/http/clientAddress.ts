import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { BlockList, isIP } from 'node:net';

/** Where `trustForwardedFrom` leaves the address it worked out, for `clientAddress`. */
const FORWARDED_ADDRESS = 'samskapClientAddress';

/** `::ffff:10.0.0.1` is `10.0.0.1`: the same client whichever way the socket reports it. */
const plain = (address: string) =>
  address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

function socketAddress(c: Context): string {
  try {
    return plain(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

/**
 * [L3] The address a request came from, for the limits counted per address ([L1], [J1]): the
 * socket's, or behind a trusted reverse proxy the one the proxy forwarded (`TRUSTED_PROXIES`).
 */
export function clientAddress(c: Context): string {
  const forwarded: unknown = c.get(FORWARDED_ADDRESS);
  return typeof forwarded === 'string' ? forwarded : socketAddress(c);
}

/**
 * Parses `TRUSTED_PROXIES`: addresses and subnets (`10.0.0.5`, `172.16.0.0/12`, `fd00::/8`).
 * Throws with the entry that is neither.
 */
export function parseTrustedProxies(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`not an IP address or subnet: ${entry}`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128))
        throw new Error(`not a subnet: ${entry}`);
      list.addSubnet(address, prefix, type);
    }
  }
  return list;
}

const isTrusted = (list: BlockList, address: string) => {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
};

/**
 * [L3] Believes `X-Forwarded-For` only from a trusted proxy, and only as far as the chain is
 * trusted: from the right, the first address that is not a trusted proxy is the client. A
 * request straight from anyone else keeps its socket address, whatever headers it sends, so
 * nobody can pick their own address to escape a limit.
 */
export function trustForwardedFrom(trusted: BlockList | null): MiddlewareHandler {
  return async (c, next) => {
    if (trusted !== null) {
      let address = socketAddress(c);
      const chain = (c.req.header('x-forwarded-for') ?? '')
        .split(',')
        .map((a) => plain(a.trim()))
        .filter((a) => a !== '');
      while (isTrusted(trusted, address) && chain.length > 0) {
        const next = chain.pop()!;
        // A hop that is not an address ends the chain: keep the last trusted one.
        if (isIP(next) === 0) break;
        address = next;
      }
      c.set(FORWARDED_ADDRESS, address);
    }
    await next();
  };
}
