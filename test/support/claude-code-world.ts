// A throw-away machine for the Claude Code sources: a home folder, a project and a managed-settings
// folder under one temp dir, with helpers to write files into them. Nothing outside it is read.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readClaudeCode, type ClaudeCodeInput } from '../../src/clients/claude-code/sources.js';

export interface World {
  root: string;
  home: string;
  project: string;
  managed: string;
  /** Writes `text` (or bytes) at `path` under `root`, making folders on the way; returns the absolute path. */
  write(path: string, text: string | Buffer, mode?: number): string;
  /** readClaudeCode on this world: cwd = the project, no process environment unless given. */
  read(extra?: Partial<ClaudeCodeInput>): ReturnType<typeof readClaudeCode>;
  remove(): void;
}

export function makeWorld(): World {
  const root = mkdtempSync(join(tmpdir(), 'cd-claude-'));
  chmodSync(root, 0o755);
  const home = join(root, 'home');
  const project = join(home, 'proj');
  const managed = join(root, 'managed');
  for (const dir of [home, project, managed]) mkdirSync(dir, { recursive: true });
  const world: World = {
    root,
    home,
    project,
    managed,
    write(path, text, mode = 0o600) {
      const absolute = join(root, path);
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, text);
      chmodSync(absolute, mode);
      return absolute;
    },
    read(extra = {}) {
      return readClaudeCode({
        env: {},
        useEnv: true,
        cwd: project,
        home,
        platform: 'linux',
        managedDir: managed,
        ...extra,
      });
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  return world;
}

/** JSON text of a settings file. */
export const json = (value: unknown, space = 2) => JSON.stringify(value, null, space);
