// The suite Stryker runs for each mutant: the unit tests only. The end-to-end and hostile tests spawn the
// built CLI (dist/), which Stryker does not mutate: they could never kill a mutant and would only slow
// every run. The tests inside unit files that run the CLI or time the scanner skip themselves under
// Stryker (test/support/stryker.ts): the runner replaces any testNamePattern set here with its own.
// STRYKER_TESTS=test/probe,test/report narrows the suite further (mutate:ci does): a mutant in
// module-level code (a constant regular expression) runs the whole suite, so a small suite keeps those fast.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

const only = process.env.STRYKER_TESTS?.split(',').filter(Boolean);

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/e2e/**', 'test/hostile/**', '**/node_modules/**'],
    },
  }),
);
// Set after merging: mergeConfig concatenates arrays, so a merged include would keep the base's test/**.
if (only)
  config.test!.include = only.map((dir) => (dir.endsWith('.ts') ? dir : `${dir.replace(/\/$/, '')}/**/*.test.ts`));

export default config;
