import { defineConfig } from 'vite'
import { plugins } from './vite.config.js'

/**
 * The phone's board page, built a second time from the same sources on Preact's React
 * compatibility layer (preact/compat) instead of React DOM: about 7 KB gzip of renderer where
 * React DOM weighs 60, on a page whose whole budget is 150 KB over a venue's Wi-Fi or a slow
 * mobile network (issue 9; measured by `npm run bench`, docs/benchmarks.md). The board canvas
 * (react-konva, which needs React's own reconciler) and the editor are never part of it.
 *
 * Its entry keeps a fixed name, `dist/phone/entry.js` (served `no-cache`), so the app's
 * `src/main.tsx` can load it; everything else has a content hash under `dist/phone/assets/`.
 */
export default defineConfig({
  plugins: plugins(),
  base: '/phone/',
  resolve: {
    conditions: ['source'],
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: 'dist/phone',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: 'src/phone-main.ts',
      output: { entryFileNames: 'entry.js' },
    },
  },
})
