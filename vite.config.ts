import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const backend = 'http://127.0.0.1:3000';

export default defineConfig(({ mode }) => ({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Production builds ship no source maps (the server also refuses *.map in production); dev builds keep them.
    sourcemap: mode !== 'production',
    // CSP is `script-src 'self'`: never inline the module preload polyfill or any script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': backend,
      '/livez': backend,
      '/readyz': backend,
      '/branding': backend,
    },
  },
}));
