import type { BrowserContext, WebSocketRoute } from '@playwright/test';

/** Takes a device off the network and back, including the websockets it already has open. */
export interface NetworkSwitch {
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
}

/**
 * `context.setOffline(true)` alone leaves open websockets up in Chromium, so a tablet "offline"
 * would keep syncing. This routes the context's sync and live websockets through Playwright:
 * going offline closes them and refuses new ones until the device is back online, as a dropped
 * Wi-Fi does. Call it before the page opens its sockets.
 */
export async function switchableNetwork(context: BrowserContext): Promise<NetworkSwitch> {
  let offline = false;
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/(sync|live)\//, (ws) => {
    if (offline) {
      void ws.close({ code: 4000, reason: 'offline' });
      return;
    }
    ws.connectToServer();
    open.add(ws);
    ws.onClose(() => open.delete(ws));
  });
  return {
    async goOffline() {
      offline = true;
      await context.setOffline(true);
      await Promise.all([...open].map((ws) => ws.close({ code: 4000, reason: 'offline' })));
      open.clear();
    },
    async goOnline() {
      offline = false;
      await context.setOffline(false);
    },
  };
}
