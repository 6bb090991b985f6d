// --run-helpers: each apiKeyHelper run once, as Claude Code runs it (`/bin/sh -c <command>` in the
// project folder), with stdin closed, its output capped and a timeout that ends by the run's deadline.
// Its whole process group is ended on a timeout, so a helper that starts children leaves none behind.
import type { SpawnSyncOptions, SpawnSyncReturns } from 'node:child_process';
import { scrub, scrubKeyShapes } from '../../../secrets.js';
import type { HelperRun } from '../facts.js';
import { settingOf, trustOf } from './common.js';
import type { RawHelper } from './settings-files.js';

const OUTPUT_LIMIT = 64 * 1024;
const STDERR_LINES = 5;

export interface RunPlaces {
  projectDir: string;
  env: NodeJS.ProcessEnv;
  /** ms since the epoch by which every run has ended. */
  deadline: number;
}

export function runHelpers(helpers: RawHelper[], places: RunPlaces): HelperRun[] {
  const done = new Map<string, Omit<HelperRun, 'helper' | 'output'> & { stdout?: string }>();
  return helpers.map((raw) => {
    // The same command in two layers runs once: a helper may cost money or rotate a key.
    if (!done.has(raw.command)) done.set(raw.command, runOnce(raw.command, places));
    const { stdout, ...run } = done.get(raw.command)!;
    const out: HelperRun = { helper: raw.entry, ...run };
    if (stdout !== undefined) {
      const entry = { ...raw.entry, name: 'apiKeyHelper', value: stdout };
      out.output = settingOf(entry, 'api_key', 'claude-code-helper', trustOf(raw.layer));
    }
    return out;
  });
}

function runOnce(command: string, places: RunPlaces): Omit<HelperRun, 'helper' | 'output'> & { stdout?: string } {
  const timeout = Math.floor(places.deadline - Date.now());
  if (timeout <= 0) return { outcome: 'timeout' };
  // `detached` is honoured by spawnSync too (libuv), though Node's types list it for spawn only.
  const options: SpawnSyncOptions & { detached: boolean } = {
    cwd: places.projectDir,
    env: places.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout,
    killSignal: 'SIGKILL',
    maxBuffer: OUTPUT_LIMIT,
    // Its own process group, so that a timeout can end the children too.
    detached: true,
    windowsHide: true,
  };
  // Loaded here, not at start-up: only --run-helpers spawns anything, and the module costs every run a few ms.
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const result = spawnSync('/bin/sh', ['-c', command], options) as SpawnSyncReturns<Buffer>;
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ETIMEDOUT' && result.pid) endGroup(result.pid);
  // Exactly what Claude Code would send: one trailing newline off, nothing else.
  const raw = result.stdout ? result.stdout.subarray(0, OUTPUT_LIMIT).toString('utf8') : '';
  const stdout = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
  const stderr = shownStderr(result.stderr, stdout);
  const base = { ...(stderr ? { stderr } : {}), ...(result.status === null ? {} : { exitCode: result.status }) };
  if (code === 'ETIMEDOUT') return { outcome: 'timeout', ...base };
  if (code === 'ENOENT') return { outcome: 'not-found', ...base };
  // sh's "command not found"; a failing helper's output is not a key Claude Code would send.
  if (result.status === 127) return { outcome: 'not-found', ...base };
  if (result.error || result.status !== 0) return { outcome: 'failed', ...base };
  return { outcome: 'ok', ...base, stdout };
}

function endGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** stderr redacted (key shapes and the helper's own output) and cut to a few lines. */
function shownStderr(stderr: Buffer | null, stdout: string): string | undefined {
  if (!stderr || stderr.length === 0) return undefined;
  const text = scrub(scrubKeyShapes(stderr.subarray(0, OUTPUT_LIMIT).toString('utf8')), [stdout.trim()]);
  const lines = text.replace(/\n+$/, '').split('\n');
  return lines.slice(0, STDERR_LINES).join('\n') + (lines.length > STDERR_LINES ? '\n…' : '');
}
