import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite/precompress';

// The server's default port; `pnpm dev` runs both, and the browser talks to Vite only.
const serverOrigin = process.env.SAMSKAP_SERVER_ORIGIN ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), precompress()],
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
