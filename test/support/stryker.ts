// Under Stryker (docs/mutation.md) the sources are instrumented: timing them measures Stryker, and a
// test that runs the built CLI (dist/, never mutated) cannot kill a mutant. Such tests skip there;
// `npm test` runs them. Stryker's vitest runner replaces the config's testNamePattern with its own,
// so skipping by name in vitest.stryker.config.ts does not hold: the worker's environment does.
export const underStryker = process.env.STRYKER_MUTATOR_WORKER !== undefined;
