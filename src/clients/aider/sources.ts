// aider's own files (reference: other-clients.md section 3; aider.chat/docs/config/aider_conf.html and
// dotenv.html): .aider.conf.yml and .env, each looked for in the home folder, then the git root, then the
// current folder, plus AIDER_* variables. The current folder's ANTHROPIC_API_KEY in .env is the shared
// dotenv source's (read once); every other value aider reads becomes a Setting here.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDotenv } from '../../sources/dotenv-parse.js';
import { readFileSet } from '../../sources/read-text.js';
import type { Location, Role, Setting, SourceProblem } from '../../types.js';
import type { OwnRead } from '../types.js';
import { parseYaml } from '../yaml-file.js';

/** Where a file was found, in aider's load order: a later place wins. */
export type Place = 'home' | 'git-root' | 'cwd';
export const PLACES: readonly Place[] = ['home', 'git-root', 'cwd'];

export interface AiderFacts {
  /** The files found, by path as shown, with their place. */
  files: { path: string; place: Place; kind: 'yaml' | 'dotenv' }[];
  /** An AIDER_* variable of ours is set in the environment. */
  envSet: boolean;
}

/** The .aider.conf.yml options and .env / environment variables that carry a key or a model. */
const YAML_ROLES: Record<string, Role> = { 'anthropic-api-key': 'api_key', model: 'model' };
const DOTENV_ROLES: Record<string, Role> = {
  ANTHROPIC_API_KEY: 'api_key',
  AIDER_ANTHROPIC_API_KEY: 'api_key',
  AIDER_MODEL: 'model',
};
export const AIDER_VARIABLES: Record<string, Role> = { AIDER_ANTHROPIC_API_KEY: 'api_key', AIDER_MODEL: 'model' };

export interface AiderInput {
  cwd: string;
  home: string;
  env: NodeJS.ProcessEnv;
  useEnv: boolean;
}

/** The nearest folder at or above `cwd` that holds .git (a folder, or a file for a worktree). */
export function gitRoot(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The folders aider looks in, in load order; one folder found twice counts at its last (strongest) place. */
export function aiderFolders(input: Pick<AiderInput, 'cwd' | 'home'>): { place: Place; dir: string }[] {
  const all = [
    { place: 'home' as const, dir: resolve(input.home) },
    ...[gitRoot(input.cwd)].flatMap((dir) => (dir ? [{ place: 'git-root' as const, dir }] : [])),
    { place: 'cwd' as const, dir: resolve(input.cwd) },
  ];
  return all.filter((f, i) => !all.slice(i + 1).some((g) => g.dir === f.dir));
}

/** A file's path as shown: `~/x` in the home folder, `x` in the current one, absolute elsewhere. */
function shown(place: Place, dir: string, name: string): string {
  if (place === 'home') return `~/${name}`;
  if (place === 'cwd') return name;
  return join(dir, name);
}

export function readAider(input: AiderInput): OwnRead<AiderFacts> {
  const problems: SourceProblem[] = [];
  const settings: Setting[] = [];
  const facts: AiderFacts = { files: [], envSet: false };
  const folders = aiderFolders(input);
  const set = (place: Place, dir: string, name: string) => ({
    paths: [shown(place, dir, name)],
    explicit: false,
    cwd: input.cwd,
    home: input.home,
  });
  for (const { place, dir } of folders) {
    for (const file of readFileSet(set(place, dir, '.aider.conf.yml'), problems)) {
      facts.files.push({ path: file.path, place, kind: 'yaml' });
      settings.push(...yamlSettings(file.path, file.text, problems));
    }
  }
  if (input.useEnv) {
    for (const [name, role] of Object.entries(AIDER_VARIABLES)) {
      const value = input.env[name];
      if (value === undefined) continue;
      facts.envSet = true;
      settings.push({ role, name, value, source: 'env', location: { kind: 'env', name } });
    }
  }
  // Every run passes here: a .env is parsed only when aider is in use or the file names an AIDER_* variable
  // (the shared source parses the current folder's anyway; a second parse of a large file costs).
  const inUse = facts.files.length > 0 || facts.envSet;
  for (const { place, dir } of folders) {
    // The current folder's .env is the shared source's to report; the others are aider's once it is in use.
    const envProblems: SourceProblem[] = [];
    const envFiles = readFileSet(set(place, dir, '.env'), envProblems);
    if (inUse && place !== 'cwd') problems.push(...envProblems);
    for (const file of envFiles) {
      if (!inUse && !file.text.includes('AIDER_')) continue;
      facts.files.push({ path: file.path, place, kind: 'dotenv' });
      for (const e of parseDotenv(file.path, file.text).entries) {
        const role = DOTENV_ROLES[e.name];
        // The current folder's ANTHROPIC_API_KEY is the shared dotenv source's setting already.
        if (!role || (place === 'cwd' && e.name === 'ANTHROPIC_API_KEY')) continue;
        const location: Location = { kind: 'file', path: file.path, line: e.line, column: e.column, key: e.name };
        settings.push({ role, name: e.name, value: e.value, source: 'aider-dotenv', dotenv: e.reading, location });
      }
    }
  }
  // The current folder's .env is listed by the shared dotenv source already.
  const sources = facts.files.filter((f) => f.kind === 'yaml' || f.place !== 'cwd').map((f) => f.path);
  return { settings, problems, sources, facts };
}

/** anthropic-api-key, model, and `api-key: [anthropic=…]` (a list, or one string) of one .aider.conf.yml. */
function yamlSettings(path: string, text: string, problems: SourceProblem[]): Setting[] {
  const parsed = parseYaml(path, text);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return [];
  }
  const { doc } = parsed;
  const out: Setting[] = [];
  const at = (line: number, column: number, key: string): Location => ({ kind: 'file', path, line, column, key });
  for (const [key, role] of Object.entries(YAML_ROLES)) {
    const s = doc.scalar([key]);
    if (s) out.push({ role, name: key, value: s.value, source: 'aider-config', location: at(s.line, s.column, key) });
  }
  const items = doc.length(['api-key'])
    ? [...Array(doc.length(['api-key'])).keys()].map((i) => ['api-key', i])
    : [['api-key']];
  for (const p of items) {
    const s = doc.scalar(p);
    // aider splits at the first `=` and strips both sides; the provider names the variable (ANTHROPIC_API_KEY).
    const eq = s?.value.indexOf('=') ?? -1;
    if (!s || eq === -1 || s.value.slice(0, eq).trim().toLowerCase() !== 'anthropic') continue;
    out.push({
      role: 'api_key',
      name: 'api-key anthropic',
      value: s.value.slice(eq + 1).trim(),
      source: 'aider-config',
      location: at(s.line, s.column, 'api-key'),
    });
  }
  return out;
}
