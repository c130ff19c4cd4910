import { AUTH_SUBPROTOCOL_PREFIX, SUBPROTOCOL } from '@samskap/shared/workshop';
import type { IncomingHttpHeaders } from 'node:http';

/** The token a client offered as `auth.<token>` in Sec-WebSocket-Protocol, if any. */
export function tokenFromProtocols(headers: IncomingHttpHeaders): string | null {
  const header = headers['sec-websocket-protocol'];
  if (typeof header !== 'string') return null;
  for (const part of header.split(',')) {
    const p = part.trim();
    if (p.startsWith(AUTH_SUBPROTOCOL_PREFIX)) {
      const token = p.slice(AUTH_SUBPROTOCOL_PREFIX.length);
      return /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
    }
  }
  return null;
}

/** ws's `handleProtocols`: answer with our protocol, never echo the credential back. */
export function chooseProtocol(protocols: Set<string>): string | false {
  return protocols.has(SUBPROTOCOL) ? SUBPROTOCOL : false;
}
