import { defineConfig } from 'vite'
import type { PluginOption } from 'vite'
import react from '@vitejs/plugin-react'
import { compression } from 'vite-plugin-compression2'

/** The plugins of both builds (the app, and the phone's in `vite.phone.config.ts`). */
export function plugins(): PluginOption[] {
  return [
    react(),
    // Each asset is also written gzip- and brotli-compressed beside itself, once at build time,
    // so the relay sends phones on a venue's Wi-Fi a third of the bytes without compressing
    // on every request (`preCompressed` in apps/relay/src/plugins/web.ts).
    compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/\.map$/] }),
  ]
}

/**
 * The web app: every page, on React. `src/main.tsx` sends a phone's board page to the phone
 * build instead (`dist/phone/`, see vite.phone.config.ts), which this build must not empty:
 * `npm run build` runs this one first.
 */
export default defineConfig({
  plugins: plugins(),
  resolve: { conditions: ['source'] },
  build: { outDir: 'dist', sourcemap: true },
})
