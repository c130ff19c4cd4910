import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './vite/precompress';

// The server's default port; `pnpm dev` runs both, and the browser talks to Vite only.
const serverOrigin = process.env.SAMSKAP_SERVER_ORIGIN ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [
    react(),
    // The app shell for offline reloads: Workbox precaches the built client and answers every
    // navigation with index.html. Nothing under /api, /sync or /live is cached or intercepted.
    // A new deployment waits for the person to accept it (`src/ui/UpdatePrompt.tsx`); the
    // registration is bundled code, not an inline script, so a strict CSP allows it.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        // Fonts: only Inter's Latin subset up front (Norwegian needs no more); other subsets
        // (Sámi letters are in latin-ext) are kept once a page has used them.
        globPatterns: ['**/*.{js,css,html,svg,png,ico}', 'assets/inter-latin-wght-*.woff2'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/sync\//, /^\/live\//],
        // Hashed names need no cache-busting: the precache then reuses what the page already
        // fetched (immutable in the HTTP cache) instead of downloading it a second time.
        dontCacheBustURLsMatching: /^assets\//,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: /\/assets\/[^/]+\.woff2$/,
            handler: 'CacheFirst',
            options: { cacheName: 'samskap-fonts', expiration: { maxEntries: 16 } },
          },
        ],
      },
    }),
    precompress(),
  ],
  resolve: {
    // zod without code generation, before any schema parses: the pages' CSP forbids eval.
    alias: [
      {
        find: /^zod$/,
        replacement: fileURLToPath(
          new URL('../shared/src/schemas/zodWithoutEval.ts', import.meta.url),
        ),
      },
    ],
  },
  server: {
    proxy: {
      '/api': { target: serverOrigin },
      '/sync': { target: serverOrigin, ws: true },
      '/live': { target: serverOrigin, ws: true },
    },
  },
  build: {
    // SAMSKAP_CLIENT_OUT builds elsewhere (tests then set CLIENT_DIST to it), so that parallel
    // work does not empty the folder a running test server serves.
    outDir: process.env.SAMSKAP_CLIENT_OUT ?? 'dist',
    emptyOutDir: true,
  },
});
