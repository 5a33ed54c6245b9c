import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text assets worth a compressed copy; source maps are fetched only by developer tools. */
const compressible = /\.(js|css|json|svg|html)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside each built asset, at
 * the strongest settings: done once per build, where a server compressing
 * per request would have to settle for a faster, weaker setting. The ledger
 * service sends the copy the browser accepts (apps/ledger-api/src/static).
 * It runs once the files are written, so it compresses their final text
 * (after Vite's last rewrites, such as its preload helper).
 */
export function precompress(): Plugin {
  return {
    name: 'cleannet-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const output of Object.values(bundle)) {
        if (!compressible.test(output.fileName)) continue;
        const bytes = Buffer.from(output.type === 'chunk' ? output.code : output.source);
        if (bytes.length < 1024) continue;
        const file = join(dir, output.fileName);
        const brotli = brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        });
        writeFileSync(`${file}.br`, brotli);
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}
