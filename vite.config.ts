import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compression } from 'vite-plugin-compression2'
import { VitePWA } from 'vite-plugin-pwa'

export default defineConfig({
  root: 'web',
  // Assets are compressed once at build (gzip and brotli beside each file); the server sends the one a browser accepts.
  plugins: [
    react(),
    compression({ threshold: 1024 }),
    // The service worker that lets a roadshow story play offline (web/src/sw.ts); registered by the app itself.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: { globPatterns: ['**/*.{js,css,html,png,svg}'], maximumFileSizeToCacheInBytes: 4 * 1024 * 1024 },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // Rolldown's plugin-timing advice fires whenever the machine is busy (a test run beside the build): noise here.
      checks: { bundlerTimings: false },
      output: {
        // MapLibre in its own chunk, so our own code's size can be tracked apart from it.
        manualChunks: (id: string) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
})
