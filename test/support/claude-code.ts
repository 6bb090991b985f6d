// Hand-built Claude Code facts and the settings the sources would read with them, for unit tests of the
// precedence and the checks: say where each variable is set, get what the client module would see.
import { checkClaudeCode } from '../../src/clients/claude-code/checks.js';
import type {
  ClaudeCodeFacts,
  Entry,
  HelperFacts,
  Layer,
  LoginFile,
  SettingsFile,
} from '../../src/clients/claude-code/facts.js';
import { type ResolveOptions, resolveClaudeCode } from '../../src/clients/claude-code/precedence.js';
import { roleOf } from '../../src/data/variables.js';
import type { Code } from '../../src/catalog/index.js';
import type { Finding } from '../../src/findings.js';
import type { Location, Setting, SourceKind } from '../../src/types.js';

export const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);

export function facts(over: Partial<ClaudeCodeFacts> = {}): ClaudeCodeFacts {
  return {
    present: true,
    configDir: '~/.claude',
    configDirFromEnv: false,
    settings: [],
    rcExports: [],
    shell: [],
    helpers: [],
    paths: [],
    helperRuns: [],
    ...over,
  };
}

export const shellVar = (name: string, value: string): Entry => ({ name, value, location: { kind: 'env', name } });

export function rcExport(name: string, value: string, file = '~/.bashrc', line = 12) {
  return { name, value, file, location: { kind: 'file' as const, path: file, line, column: 8, key: name } };
}

const PATHS: Record<Layer, string> = {
  managed: '/etc/claude-code/managed-settings.json',
  local: '.claude/settings.local.json',
  project: '.claude/settings.json',
  user: '~/.claude/settings.json',
};

const entryAt = (path: string, line: number, name: string, value: string): Entry => ({
  name,
  value,
  location: { kind: 'file', path, line, column: 5, key: name },
});

export interface FileOptions {
  apiKeyHelper?: string;
  model?: string;
  forceLoginMethod?: string;
  forceLoginOrgUUID?: string;
  lenient?: SettingsFile['lenient'];
  path?: string;
  order?: number;
}

/** A settings file of a layer with an `env` object (one entry per line from line 3) and top-level keys. */
export function settingsFile(layer: Layer, env: Record<string, string> = {}, opts: FileOptions = {}): SettingsFile {
  const path = opts.path ?? PATHS[layer];
  const file: SettingsFile = {
    layer,
    path,
    order: opts.order ?? 0,
    env: Object.entries(env).map(([name, value], i) => entryAt(path, i + 3, name, value)),
    nonString: [],
  };
  if (opts.apiKeyHelper !== undefined) file.apiKeyHelper = entryAt(path, 2, 'apiKeyHelper', opts.apiKeyHelper);
  if (opts.model !== undefined) file.model = entryAt(path, 20, 'model', opts.model);
  if (opts.forceLoginMethod !== undefined)
    file.forceLoginMethod = entryAt(path, 21, 'forceLoginMethod', opts.forceLoginMethod);
  if (opts.forceLoginOrgUUID !== undefined)
    file.forceLoginOrgUUID = entryAt(path, 22, 'forceLoginOrgUUID', opts.forceLoginOrgUUID);
  if (opts.lenient) file.lenient = opts.lenient;
  return file;
}

export function login(over: Partial<LoginFile> = {}): LoginFile {
  const path = '~/.claude/.credentials.json';
  return {
    path,
    location: { kind: 'file', path },
    mode: 0o600,
    subscriptionType: 'max',
    expiresAt: NOW + 3_600_000,
    hasAccessToken: true,
    accessTokenShaped: true,
    hasRefreshToken: true,
    ...over,
  };
}

/** The helper of a settings file as the sources would describe it. */
export function helperOf(file: SettingsFile, over: Partial<HelperFacts> = {}): HelperFacts {
  const helper = file.apiKeyHelper!;
  return { helper, layer: file.layer, program: helper.value.split(' ')[0]!, state: 'ok', ...over };
}

export function helperOutput(value: string, helper: Entry): Setting {
  return { role: 'api_key', name: 'apiKeyHelper', value, location: helper.location, source: 'claude-code-helper' };
}

const setting = (e: Entry, source: SourceKind, role = roleOf(e.name)): Setting[] =>
  role ? [{ role, name: e.name, value: e.value, location: e.location as Location, source }] : [];

/** The settings the sources would read alongside these facts: every role-bearing variable and `model`. */
export function settingsOf(f: ClaudeCodeFacts): Setting[] {
  return [
    ...f.shell.flatMap((e) => setting(e, 'env')),
    ...f.settings.flatMap((file) => [
      // As the sources do: an empty settings env value cancels an export and is no setting of its own.
      ...file.env.flatMap((e) => (e.value === '' ? [] : setting(e, 'claude-code-settings'))),
      ...(file.model ? setting(file.model, 'claude-code-settings', 'model') : []),
    ]),
    ...f.rcExports.flatMap((e) => setting(e, 'shell-rc')),
    ...f.helpers.flatMap((h) => (h.literal ? [h.literal] : [])),
  ];
}

export interface RunOptions extends ResolveOptions {
  showSecrets?: boolean;
  now?: number;
}

/** Resolves the profile as the client module does, then runs the Claude Code checks. */
export function check(f: ClaudeCodeFacts, opts: RunOptions = {}): Finding[] {
  const settings = settingsOf(f);
  const profile = resolveClaudeCode(f, settings, opts);
  return checkClaudeCode({ facts: f, profile, settings, showSecrets: opts.showSecrets ?? false, now: opts.now ?? NOW });
}

export const codes = (findings: Finding[]) => findings.map((x) => x.code).sort();
/** The findings of one code, with that code's argument types. */
export const only = <C extends Code>(findings: Finding[], code: C) =>
  findings.filter((x) => x.code === code) as unknown as Finding<C>[];
