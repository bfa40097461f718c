import { defineConfig } from 'vitest/config';

// Node by default: core is pure and builds its own JSDOM where it needs one. Tests of DOM-bound
// surfaces opt in per file with `// @vitest-environment jsdom`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
  },
});
