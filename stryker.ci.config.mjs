// CI's mutation run (npm run mutate:ci, part of npm test): the trust gate and the output neutraliser only,
// with the unit tests that exercise them, failing under the score they reached (docs/mutation.md).
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/probe/trust.ts', 'src/probe/targets.ts', 'src/report/neutralise.ts'],
  reporters: ['clear-text', 'json'],
  // No "Tests ran:" lines: .ci/run reads vitest's last "Tests  N passed" line from the log.
  clearTextReporter: { logTests: false },
  jsonReporter: { fileName: 'reports/mutation/ci.json' },
  // Always a full run: CI starts from a clean checkout, and a stale incremental file must not hide a survivor.
  incremental: false,
  thresholds: { high: 100, low: 95, break: 100 },
};
