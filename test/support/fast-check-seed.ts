// Every property test runs with one fixed seed, so a failure is the same failure on every run and in CI.
// FC_SEED=<n> npx vitest … explores with another one.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261130) });
