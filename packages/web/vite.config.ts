import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The root package.json runs Vite from the repo root with --config, so root/outDir are pinned here.
// import.meta.dirname (Node ≥20.11) avoids a node: import, which the lint forbids under packages/web.
const root = import.meta.dirname;
// In development the API runs separately (`npm start`); the production build is served by the server itself.
const apiTarget = process.env.YIZHU_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: `${root}/dist`,
    emptyOutDir: true,
    // Offline-first clinics may run old-but-evergreen browsers; ES2020 is a safe floor.
    target: 'es2020',
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/fhir': { target: apiTarget, changeOrigin: false },
      '/readyz': apiTarget,
      '/healthz': apiTarget,
    },
  },
});
