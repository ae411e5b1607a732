import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { compression } from 'vite-plugin-compression2'

export default defineConfig({
  plugins: [
    react(),
    // Each asset is also written gzip- and brotli-compressed beside itself, once at build time,
    // so the relay sends phones on a venue's Wi-Fi a third of the bytes without compressing
    // on every request (`preCompressed` in apps/relay/src/plugins/web.ts).
    compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/\.map$/] }),
  ],
  resolve: { conditions: ['source'] },
  build: { outDir: 'dist', sourcemap: true },
})
