import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './build/precompress.ts';

// A plain SPA: the ledger service serves `dist/` at `/`, and in development
// Vite forwards the API (including the SSE stream) to a locally running service.
export default defineConfig({
  plugins: [svelte(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    proxy: {
      '/v1': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
