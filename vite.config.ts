import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
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
});
