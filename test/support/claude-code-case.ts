// A Claude Code fixture case run through the built CLI: HOME is the case's home/, the working folder its
// proj/, and CLAUDE_DOCTOR_MANAGED_DIR its managed/, so the real home and /etc are never read.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type JsonFinding, type JsonReport, leaked, prepareCase, runCli, runJson } from './fixture-case.js';

export interface CaseOptions {
  env?: Record<string, string>;
  args?: string[];
  /** Changes the prepared case before the run (modes, files built at run time); gets its root. */
  setup?: (dir: string) => void;
}

/** A temp copy of fixtures/claude-code/<name> (or an empty case), with home/, proj/ and managed/. */
export function prepareClaudeCase(name?: string): string {
  const dir = prepareCase(name && `claude-code/${name}`);
  for (const sub of ['home', 'proj', 'managed']) mkdirSync(join(dir, sub), { recursive: true });
  return dir;
}

export const caseEnv = (dir: string, env: Record<string, string> = {}) => ({
  HOME: join(dir, 'home'),
  CLAUDE_DOCTOR_MANAGED_DIR: join(dir, 'managed'),
  ...env,
});

/** What every run promises, whatever the input: no key, no stack trace, exit 0 or 1. */
export function expectSafe(run: { code: number; stdout: string; stderr: string }): void {
  expect(leaked(run.stdout + run.stderr)).toEqual([]);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .*(\.c?js|\.ts|node:\w+):\d+/m);
  expect([0, 1]).toContain(run.code);
}

/** `check --format json` on a case. */
export async function checkCase(name: string | undefined, opts: CaseOptions = {}) {
  const dir = prepareClaudeCase(name);
  opts.setup?.(dir);
  const run = await runJson(['check', ...(opts.args ?? [])], join(dir, 'proj'), caseEnv(dir, opts.env));
  expectSafe(run);
  return { ...run, dir };
}

/** `check --format text` on a case. */
export async function checkCaseText(name: string | undefined, opts: CaseOptions = {}) {
  const dir = prepareClaudeCase(name);
  opts.setup?.(dir);
  const run = await runCli(['check', ...(opts.args ?? [])], join(dir, 'proj'), caseEnv(dir, opts.env));
  expectSafe(run);
  return { ...run, dir };
}

export const codesOf = (r: JsonReport) => r.findings.map((f) => f.code).sort();
export const findingOf = (r: JsonReport, code: string) => r.findings.find((f) => f.code === code);
export const claudeProfile = (r: JsonReport) => r.profiles.find((p) => p.client === 'claude-code')!;
/** A finding's place, as a user reads it. */
export const placeOf = (f: JsonFinding | undefined) =>
  f?.location && { path: f.location.path ?? f.location.name, line: f.location.line };
