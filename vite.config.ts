import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compression } from 'vite-plugin-compression2'

export default defineConfig({
  root: 'web',
  // Assets are compressed once at build (gzip and brotli beside each file); the server sends the one a browser accepts.
  plugins: [react(), compression({ threshold: 1024 })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // MapLibre in its own chunk, so our own code's size can be tracked apart from it.
        manualChunks: (id: string) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
})
