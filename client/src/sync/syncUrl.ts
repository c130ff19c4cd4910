import { SYNC_PATH_PREFIX } from '@samskap/shared/protocol';

/** The parts of `window.location` the sync URL depends on; a plain object in tests. */
export interface PageLocation {
  readonly protocol: string;
  readonly host: string;
}

/**
 * The base URL a `WebsocketProvider` takes: same origin as the page, `wss:` behind HTTPS. The
 * provider appends `/<room>`, so the socket opens at `/sync/<room>`.
 */
export function syncServerUrl(location: PageLocation): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  // The server's mount point without its trailing slash: the provider adds `/<room>`.
  return `${scheme}://${location.host}${SYNC_PATH_PREFIX.replace(/\/$/, '')}`;
}
