// The Claude Code client's own sources (reference: Claude Code, sections 1-3): its settings layers,
// ~/.claude.json, the subscription login, shell start-up files and the process environment, gathered
// into ClaudeCodeFacts, plus the role-bearing Settings the shared key/model/URL checks run on. Every file
// goes through the one safe reader; nothing is executed unless runHelpers is given.
import { resolve } from 'node:path';
import {
  claudeCodeRole,
  isClaudeCodeVariable,
  managedFolder,
  marksClaudeCode,
  PATH_VARIABLES,
} from '../../data/claude-code.js';
import { scrubKeyShapes } from '../../secrets.js';
import type { Setting, SourceProblem } from '../../types.js';
import type { ClaudeCodeFacts, Entry } from './facts.js';
import { settingOf, showPath, trustOf } from './sources/common.js';
import { helperFacts, pathFacts } from './sources/helpers.js';
import { readRcFiles } from './sources/rc-files.js';
import { runHelpers } from './sources/run-helpers.js';
import { type RawHelper, readSettingsFiles } from './sources/settings-files.js';
import { readGlobalState, readLogin } from './sources/state.js';

export interface ClaudeCodeInput {
  env: NodeJS.ProcessEnv;
  /**
   * false with --no-env: no variable is reported and CLAUDE_CONFIG_DIR is not followed. `env.PATH` still
   * finds helper programs, and a helper that is run gets `env`, as it would under Claude Code.
   */
  useEnv: boolean;
  cwd: string;
  home: string;
  platform: NodeJS.Platform;
  /** The project Claude Code runs in; the working folder when not given. */
  projectDir?: string;
  /** Replaces the platform's managed-settings folder (tests never read the real /etc). */
  managedDir?: string;
  /**
   * --run-helpers: run each apiKeyHelper once, all ended by `deadline` (ms since the epoch). A helper in a
   * project or local settings file is a command the repository chose: it runs only with `trustProject`
   * (--trust-project), as Claude Code runs it only after the user trusts the workspace.
   */
  runHelpers?: { deadline: number; trustProject?: boolean };
}

export interface ClaudeCodeSources {
  settings: Setting[];
  problems: SourceProblem[];
  /** The files that were read, as shown. */
  sources: string[];
  facts: ClaudeCodeFacts;
}

export function readClaudeCode(input: ClaudeCodeInput): ClaudeCodeSources {
  const { env, useEnv, cwd, home } = input;
  const places = { cwd, home };
  const projectDir = resolve(cwd, input.projectDir ?? '.');
  const fromEnv = useEnv && typeof env.CLAUDE_CONFIG_DIR === 'string' && env.CLAUDE_CONFIG_DIR !== '';
  const configAbsolute = fromEnv ? resolve(cwd, env.CLAUDE_CONFIG_DIR!) : resolve(home, '.claude');
  const problems: SourceProblem[] = [];
  const raw: RawHelper[] = [];
  const existing: string[] = [];

  const settingsFiles = readSettingsFiles(
    { ...places, configDir: configAbsolute, projectDir, managedDir: input.managedDir ?? managedFolder(input.platform) },
    { problems, helpers: raw, existing },
  );
  const global = readGlobalState(places, problems);
  const login = readLogin({ ...places, configDir: configAbsolute, configDirFromEnv: fromEnv }, problems);
  const rc = readRcFiles(places, problems);
  const shell = useEnv ? shellEntries(env) : [];

  const helperPlaces = { home, projectDir, path: env.PATH };
  const helpers = raw.map((h) => helperFacts(h, helperPlaces));
  const allEntries: Entry[] = [...settingsFiles.flatMap((f) => f.env), ...rc.exports, ...shell];
  const paths = allEntries
    .filter((e) => (PATH_VARIABLES as readonly string[]).includes(e.name) && !('dynamic' in e))
    .map((e) => pathFacts(e, { home, projectDir }));
  // A key in the wrong variable (a proxy URL's password, AWS_BEARER_TOKEN_BEDROCK, a header) stays out of
  // the facts: only a Setting may hold a raw credential. Paths were resolved from the raw values above.
  for (const entry of allEntries) if (!isSetting(entry)) entry.value = scrubKeyShapes(entry.value);
  const run = input.runHelpers;
  const runnable = raw.filter((h) => run?.trustProject || trustOf(h.layer) === 'user');
  const helperRuns = run ? runHelpers(runnable, { projectDir, env, deadline: run.deadline }) : [];

  const facts: ClaudeCodeFacts = {
    present:
      existing.length > 0 ||
      global.exists ||
      login.exists ||
      [...shell, ...rc.exports].some((e) => marksClaudeCode(e.name)),
    configDir: showPath(configAbsolute, places),
    configDirFromEnv: fromEnv,
    settings: settingsFiles,
    ...(global.state ? { state: global.state } : {}),
    ...(login.login ? { login: login.login } : {}),
    ...(login.loginElsewhere ? { loginElsewhere: login.loginElsewhere } : {}),
    rcExports: rc.exports,
    shell,
    helpers,
    paths,
    helperRuns,
  };
  const settings: Setting[] = [
    ...settingsFiles.flatMap((f) => [...f.env.filter(isSetting), ...(f.model ? [f.model as Setting] : [])]),
    ...(global.state?.primaryApiKey ? [global.state.primaryApiKey as Setting] : []),
    ...rc.settings,
    // A helper that was run is judged by what it printed; its literal would only say the same twice.
    ...helpers.flatMap((h, i) => (h.literal && !helperRuns[i]?.output ? [h.literal] : [])),
    ...helperRuns.flatMap((r) => (r.output ? [r.output] : [])),
  ].filter((s) => !cancels(s));
  const sources = [
    ...settingsFiles.map((f) => f.path),
    ...(global.state ? [global.state.path] : []),
    ...(login.login ? [login.login.path] : []),
    ...new Set(rc.exports.map((e) => e.file)),
  ];
  return { settings, problems, sources, facts };
}

/** `"ANTHROPIC_API_KEY": ""` in a settings file cancels an export: no value for the checks to judge. */
function cancels(s: Setting): boolean {
  return s.value === '' && (s.source === 'claude-code-settings' || s.source === 'shell-rc');
}

/** A role-bearing settings entry is a Setting already (settings-files.ts builds it so). */
function isSetting(entry: Entry): entry is Setting {
  return 'role' in entry && 'source' in entry;
}

/** The process environment's Claude Code variables; credentials are Settings, so reporters redact them. */
function shellEntries(env: NodeJS.ProcessEnv): Entry[] {
  const out: Entry[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || !isClaudeCodeVariable(name)) continue;
    const entry: Entry = { name, value, location: { kind: 'env', name } };
    const role = claudeCodeRole(name);
    out.push(role ? settingOf(entry, role, 'env', 'user') : entry);
  }
  return out;
}
