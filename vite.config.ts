import { defineConfig } from 'vitest/config';
import type { UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * `vite build --mode cli` (`npm run build:cli`): the command line as plain JavaScript for Node, built once, so
 * `npx mittari` starts without compiling TypeScript. Everything, papaparse included, is bundled: a start reads a
 * few files and resolves no package. The parse worker (worker_threads, src/cli/parse-worker.ts) is built beside cli.js.
 */
const cli: UserConfig = {
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    rollupOptions: {
      input: { cli: 'src/cli.ts', 'parse-worker': 'src/cli/parse-worker.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name].js', banner: (chunk: { name: string }) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '') },
    },
  },
  ssr: { noExternal: true, target: 'node' },
  publicDir: false,
};

export default defineConfig(({ mode }) => (mode === 'cli' ? cli : {
  plugins: [svelte(), svelteTesting()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['test/lib/**/*.test.ts', 'test/worker/**/*.test.ts', 'test/ui/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/property/**/*.test.ts', 'test/sql/**/*.test.ts'],
    environment: 'node',
    // A hang guard, not a speed check: tests that run the command line or fit a model take seconds on a loaded
    // 2-core machine (speed targets live in `npm run bench`).
    testTimeout: 30_000,
  },
}));
