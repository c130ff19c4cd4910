import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text formats worth compressing; fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Writes `<file>.br` (brotli, best quality) and `<file>.gz` beside every compressible file of the
 * build, once, so the server never compresses per request (`server/src/http/staticClient.ts`
 * picks one by `Accept-Encoding`). A copy that is not smaller is not written. Runs after every
 * other plugin has written its files (the service worker included).
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'samskap:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      if (!outDir.startsWith('/')) outDir = join(config.root, outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        for (const file of filesUnder(outDir)) {
          if (!COMPRESSIBLE.has(extname(file))) continue;
          const raw = readFileSync(file);
          const br = brotliCompressSync(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
            },
          });
          const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
          if (br.byteLength < raw.byteLength) writeFileSync(`${file}.br`, br);
          if (gz.byteLength < raw.byteLength) writeFileSync(`${file}.gz`, gz);
        }
      },
    },
  };
}
