import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import electron from 'vite-plugin-electron'
import pkg from './package.json' with { type: 'json' }

// Modes: default (desktop build: renderer into dist/, main + preload into dist-electron/),
// "web" (the renderer alone into dist-web/, served by `npm run web` and the e2e tests),
// "bench" (the renderer plus the benchmark page into dist-bench/).
export default defineConfig(({ mode }) => {
  const desktop = mode !== 'web' && mode !== 'bench' && !process.env.VITEST
  const outDir = mode === 'web' ? 'dist-web' : mode === 'bench' ? 'dist-bench' : 'dist'
  const input: Record<string, string> = { index: fileURLToPath(new URL('./index.html', import.meta.url)) }
  if (mode === 'bench') input.bench = fileURLToPath(new URL('./bench/index.html', import.meta.url))
  return {
    base: './',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    plugins: [
      vue(),
      ...(desktop
        ? electron([
            {
              entry: 'electron/main/index.ts',
              vite: {
                build: {
                  outDir: 'dist-electron',
                  emptyOutDir: false,
                  rollupOptions: { external: ['electron'], output: { entryFileNames: 'main.js' } },
                },
              },
            },
            {
              entry: 'electron/preload/index.ts',
              vite: {
                build: {
                  outDir: 'dist-electron',
                  emptyOutDir: false,
                  // vite-plugin-electron makes `entry` a library build whose format (ES in a "type": "module"
                  // package) overrides output.format; the sandboxed preload must be CommonJS.
                  lib: false,
                  rollupOptions: {
                    input: 'electron/preload/index.ts',
                    external: ['electron'],
                    output: { format: 'cjs', entryFileNames: 'preload.cjs', codeSplitting: false },
                  },
                },
              },
            },
          ])
        : []),
    ],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input },
      // BENCH_MINIFY=0 keeps function names in a bench build's CPU profiles (docs/benchmarks.md, "Profiling").
      ...(mode === 'bench' && process.env.BENCH_MINIFY === '0' ? { minify: false } : {}),
    },
    test: {
      env: { TZ: 'Asia/Shanghai' },
      // Repository tests run real Dexie on fake-indexeddb: on a 2-core CI machine running every file at once, a
      // test of a few hundred rows can pass 5 s. A timeout is for a hung test, not a benchmark.
      testTimeout: 20_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'renderer',
            include: ['test/unit/**/*.test.ts'],
            exclude: ['test/unit/electron/**', 'test/unit/scripts/**'],
            environment: 'happy-dom',
            setupFiles: ['test/unit/setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'node',
            include: ['test/unit/electron/**/*.test.ts', 'test/unit/scripts/**/*.test.ts'],
            environment: 'node',
          },
        },
      ],
    },
  }
})
