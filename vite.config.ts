import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { contentSecurityPolicy } from './scripts/vite-csp-plugin.ts'

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // The map chunk (Leaflet + react-leaflet) is split out by the dynamic import in App.
    chunkSizeWarningLimit: 300,
  },
  preview: { port: 4173, strictPort: true },
})
