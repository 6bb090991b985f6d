// Copies a fixture directory into a fresh temp dir, replacing {{API_KEY_1}}-style markers with fake
// keys built at run time (no committed file holds a key-shaped string), and runs the built CLI there.
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminKey, apiKey, oauthToken, openaiKey, refreshToken } from './keys.js';
import { exitCodeOf } from './exit-code.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.cjs');

export const MARKERS: Record<string, string> = {
  '{{API_KEY_1}}': apiKey(1),
  '{{API_KEY_2}}': apiKey(2),
  '{{API_KEY_3}}': apiKey(3),
  '{{ADMIN_KEY}}': adminKey(1),
  '{{OAUTH_TOKEN}}': oauthToken(1),
  '{{OAUTH_TOKEN_2}}': oauthToken(2),
  '{{REFRESH_TOKEN}}': refreshToken(1),
  // What ~/.claude.json keeps of an approved or declined key: its last 20 characters.
  '{{API_KEY_1_TAIL}}': apiKey(1).slice(-20),
  '{{OPENAI_KEY}}': openaiKey(1),
};

function substitute(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      substitute(path);
      continue;
    }
    let text = readFileSync(path, 'latin1');
    for (const [marker, key] of Object.entries(MARKERS)) text = text.split(marker).join(key);
    writeFileSync(path, text, 'latin1');
    // Like a careful user's files; the hygiene tests set other modes themselves.
    chmodSync(path, 0o600);
  }
}

/** A temp copy of fixtures/<name> (or an empty temp dir) with keys filled in. */
export function prepareCase(name?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd-case-'));
  chmodSync(dir, 0o755);
  if (name) cpSync(join(ROOT, 'fixtures', name), dir, { recursive: true });
  substitute(dir);
  return dir;
}

/** A status page that refuses the connection at once (port 9, discard, is closed here). */
export const CLOSED_STATUS = 'http://127.0.0.1:9/api/v2/summary.json';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs dist/cli.cjs with a clean environment: only PATH and HOME, plus what the test passes. `check`
 * gets --no-docker unless the test is about Docker, and --offline unless it is about the probe.
 */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  if (args[0] === 'check' && !env.DOCKER_HOST && !args.some((a) => /^--(no-)?docker|^--container/.test(a)))
    args = [...args, '--no-docker'];
  // No live probe unless the test points it at the fake API server.
  if (args[0] === 'check' && !args.some((a) => a === '--no-offline' || a.startsWith('--base-url')))
    args = [...args, '--offline'];
  return new Promise((resolve) => {
    // `--` as in the launcher's first line: without it Node itself reads --env-file (nodejs/node#54232).
    execFile(
      process.execPath,
      ['--', CLI, ...args],
      {
        cwd,
        // No test asks the real status page: a closed port on this machine, unless the test names its fake.
        env: { PATH: process.env.PATH ?? '', HOME: join(cwd, 'home'), CLAUDE_DOCTOR_STATUS_URL: CLOSED_STATUS, ...env },
        maxBuffer: 1 << 24,
      },
      (error, stdout, stderr) => resolve({ code: exitCodeOf(error, 1), stdout, stderr }),
    );
  });
}

export async function runJson(args: string[], cwd: string, env: Record<string, string> = {}) {
  const run = await runCli([...args, '--format', 'json'], cwd, env);
  if (run.code === 2) throw new Error(`exit 2: ${run.stderr}`);
  return { ...run, json: JSON.parse(run.stdout) as JsonReport };
}

export interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  location?: { kind: string; path?: string; line?: number; column?: number; name?: string; key?: string };
  profile?: string;
  remediation: string[];
}
export interface JsonProfile {
  id: string;
  client: string;
  label?: string;
  apiKey?: string;
  model?: string;
  baseUrl?: string;
  sources: Record<string, { kind: string; path?: string; line?: number; name?: string }>;
  ignored: { name: string; reason: { kind: string } }[];
}
export interface JsonReport {
  ok: boolean;
  summary: { errors: number; warnings: number; infos: number };
  profiles: JsonProfile[];
  findings: JsonFinding[];
}

/** The raw keys, and a 24-character middle slice of each, must appear nowhere. */
/** A report's finding codes, sorted. */
export const codes = (r: JsonReport) => r.findings.map((f) => f.code).sort();
/** The first finding of a code (the test fails on its fields when there is none). */
export const byCode = (r: JsonReport, code: string) => r.findings.find((f) => f.code === code)!;
/** The profiles of one client. */
export const profilesOf = (r: JsonReport, id: string) => r.profiles.filter((p) => p.client === id);

export function leaked(output: string): string[] {
  return Object.values(MARKERS).filter(
    (key) => output.includes(key) || (key.length >= 44 && output.includes(key.slice(20, 44))),
  );
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
