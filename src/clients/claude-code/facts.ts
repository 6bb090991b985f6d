// What the Claude Code client reads, as data (reference: Claude Code's authentication, settings and
// env-vars docs). sources/ fills it in; precedence.ts and checks.ts only read it. No token value is kept
// here except inside a Setting, which every reporter redacts.
import type { Location, Setting } from '../../types.js';

/** Settings layers, strongest first (Claude Code's `--settings` flag is not a file claude-doctor finds). */
export type Layer = 'managed' | 'local' | 'project' | 'user';

/**
 * One `env` entry, or one top-level key, of a settings file, with where it stands. An entry for a
 * credential, model or URL variable is a Setting itself (role, source, trust); any other entry's value
 * has key shapes scrubbed (a password in a proxy URL), so no raw credential sits outside a Setting.
 */
export interface Entry {
  name: string;
  value: string;
  location: Location;
}

export interface SettingsFile {
  layer: Layer;
  /** As shown: `~/.claude/settings.json`, `.claude/settings.local.json`, `/etc/claude-code/…`. */
  path: string;
  /** Order within the layer: managed-settings.json is 0, then managed-settings.d/*.json by name. */
  order: number;
  /** The file's `env` object: every entry whose value is a string (others are listed in `nonString`). */
  env: Entry[];
  /** `env` entries whose value is not a string (Claude Code ignores them). */
  nonString: Entry[];
  apiKeyHelper?: Entry;
  model?: Entry;
  forceLoginMethod?: Entry;
  forceLoginOrgUUID?: Entry;
  /** The file parses only as JSON with comments or trailing commas, which Claude Code rejects. */
  lenient?: 'comments' | 'trailing-comma';
}

/** ~/.claude.json: which API keys the user approved or declined (their last 20 characters). */
export interface GlobalState {
  path: string;
  approved: string[];
  rejected: string[];
  /** A key created by a Console login (`primaryApiKey`; unverified, third-party code). */
  primaryApiKey?: Entry;
}

/** ~/.claude/.credentials.json: the subscription login. Token values are never kept. */
export interface LoginFile {
  path: string;
  location: Location;
  /** Permission bits (0o600 expected). */
  mode: number;
  subscriptionType?: string;
  /** ms since the epoch. */
  expiresAt?: number;
  hasAccessToken: boolean;
  /** The access token starts with sk-ant-oat01-. */
  accessTokenShaped: boolean;
  hasRefreshToken: boolean;
}

/** A shell start-up file line that exports (or sets) a Claude Code variable. Never sourced or run. */
export interface RcExport extends Entry {
  /** ~/.bashrc, ~/.zshrc, ~/.profile, ~/.bash_profile, ~/.zshenv, ~/.config/fish/config.fish */
  file: string;
  /** The shell would expand the value (`$(cat key)`, `"$HOME/x"`): `value` is as written, keys scrubbed. */
  dynamic?: boolean;
}

/** What --run-helpers saw when it ran one apiKeyHelper once. */
export interface HelperRun {
  helper: Entry;
  outcome: 'ok' | 'failed' | 'timeout' | 'not-found';
  exitCode?: number;
  /** stdout as a setting (role api_key, source claude-code-helper), so every key check runs on it. */
  output?: Setting;
  /** stderr, already redacted and cut to a few lines. */
  stderr?: string;
}

/** An apiKeyHelper command as the sources understood it, without running it. */
export interface HelperFacts {
  helper: Entry;
  layer: Layer;
  /** The program the command starts (its first word), as written. */
  program: string;
  /** missing: not on PATH or no such file; relative: a relative path (depends on the folder Claude Code runs in). */
  state: 'ok' | 'missing' | 'not-executable' | 'relative' | 'unknown';
  /** The command only prints a literal (`echo sk-…`, `printf '%s' sk-…`): that text, as a setting. */
  literal?: Setting;
}

/** A variable that names a file (NODE_EXTRA_CA_CERTS, CLAUDE_CODE_CLIENT_CERT, …), and what is there. */
export interface PathFacts {
  entry: Entry;
  state: 'ok' | 'missing' | 'not-pem' | 'unreadable' | 'not-a-file';
}

export interface ClaudeCodeFacts {
  /** Claude Code is in use here: a settings file, ~/.claude.json, a login, or a CLAUDE_CODE_* variable. */
  present: boolean;
  /** The folder holding settings.json and .credentials.json: `$CLAUDE_CONFIG_DIR`, else `~/.claude`. */
  configDir: string;
  configDirFromEnv: boolean;
  /** Strongest first: managed (main then .d by name, the later one stronger), local, project, user. */
  settings: SettingsFile[];
  state?: GlobalState;
  login?: LoginFile;
  /** ~/.claude/.credentials.json exists under ~/.claude although CLAUDE_CONFIG_DIR points elsewhere. */
  loginElsewhere?: string;
  rcExports: RcExport[];
  /** The process environment's Claude Code variables (names in data/claude-code.ts), unless --no-env. */
  shell: Entry[];
  helpers: HelperFacts[];
  /** Every NODE_EXTRA_CA_CERTS / CLAUDE_CODE_CLIENT_CERT / CLAUDE_CODE_CLIENT_KEY entry, in any place. */
  paths: PathFacts[];
  /** Only with --run-helpers. */
  helperRuns: HelperRun[];
}
