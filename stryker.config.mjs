// Mutation testing (docs/mutation.md): `npm run mutate`, or `npm run mutate -- --mutate src/x.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  // No TypeScript checker: TypeScript 7 (the native compiler) has no JavaScript compiler API, which
  // @stryker-mutator/typescript-checker and Stryker's tsconfig rewriting both call. Our tsconfig has no
  // `extends` or `references` to rewrite, so Stryker is pointed at no tsconfig at all. Mutants that do
  // not type-check still run, and are killed or survive like any other.
  tsconfigFile: 'no-tsconfig-for-stryker.json',
  coverageAnalysis: 'perTest',
  mutate: ['src/**/*.ts'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Two cores.
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
