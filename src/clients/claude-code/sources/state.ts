// ~/.claude.json (which keys the user approved or declined, a Console key) and the subscription login
// in <config dir>/.credentials.json. Token values are read to learn their shape and never kept.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../../../sources/read-text.js';
import type { SourceProblem } from '../../../types.js';
import type { GlobalState, LoginFile } from '../facts.js';
import { fileEntry, isObject, type Places, problem, readDefault, settingOf, showPath } from './common.js';
import { parseJsonc } from '../../../sources/jsonc.js';

/** ~/.claude.json: always under home, whatever CLAUDE_CONFIG_DIR says. */
export function readGlobalState(places: Places, problems: SourceProblem[]): { state?: GlobalState; exists: boolean } {
  const absolute = join(places.home, '.claude.json');
  const path = showPath(absolute, places);
  const text = readDefault(absolute, path, problems);
  if (text === undefined) return { exists: exists(absolute) };
  const parsed = parseJsonc(text);
  if (!parsed.ok || !isObject(parsed.value)) {
    const at = parsed.ok ? { line: 1, column: 1, message: 'the top level is not a JSON object' } : parsed;
    const { line, column, message } = at;
    problems.push(
      problem('claude-code/settings-invalid', { path, line, column, message }, { kind: 'file', path, line, column }),
    );
    return { exists: true };
  }
  const json = parsed.value;
  const responses = isObject(json.customApiKeyResponses) ? json.customApiKeyResponses : {};
  const state: GlobalState = { path, approved: strings(responses.approved), rejected: strings(responses.rejected) };
  if (typeof json.primaryApiKey === 'string') {
    const at = parsed.positions.get(json)?.get('primaryApiKey');
    const entry = fileEntry('primaryApiKey', json.primaryApiKey, { path, at, key: 'primaryApiKey' });
    state.primaryApiKey = settingOf(entry, 'api_key', 'claude-code-state', 'user');
  }
  return { state, exists: true };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function exists(absolute: string): boolean {
  try {
    statSync(absolute);
    return true;
  } catch {
    return false;
  }
}

export interface LoginRead {
  login?: LoginFile;
  /** The file is there, readable or not (Claude Code is in use here). */
  exists: boolean;
  loginElsewhere?: string;
}

/** <config dir>/.credentials.json, and the one under ~/.claude when CLAUDE_CONFIG_DIR points elsewhere. */
export function readLogin(
  places: Places & { configDir: string; configDirFromEnv: boolean },
  problems: SourceProblem[],
): LoginRead {
  const absolute = join(places.configDir, '.credentials.json');
  const path = showPath(absolute, places);
  const file = readTextFile(absolute, path);
  if (!file.ok) {
    if (file.problem.code === 'source/unreadable' && file.problem.args.reason === 'missing') {
      const usual = join(places.home, '.claude', '.credentials.json');
      const elsewhere = places.configDirFromEnv && absolute !== usual && exists(usual);
      return { exists: false, ...(elsewhere ? { loginElsewhere: showPath(usual, places) } : {}) };
    }
    problems.push(loginProblem(path, reasonOf(file.problem)));
    return { exists: true };
  }
  const parsed = parseJsonc(file.text);
  if (!parsed.ok || !isObject(parsed.value)) {
    problems.push(loginProblem(path, parsed.ok ? 'not-object' : 'invalid-json'));
    return { exists: true };
  }
  const oauth = isObject(parsed.value.claudeAiOauth) ? parsed.value.claudeAiOauth : {};
  const access = oauth.accessToken;
  const login: LoginFile = {
    path,
    location: { kind: 'file', path },
    mode: modeOf(absolute),
    hasAccessToken: typeof access === 'string' && access !== '',
    accessTokenShaped: typeof access === 'string' && access.startsWith('sk-ant-oat01-'),
    hasRefreshToken: typeof oauth.refreshToken === 'string' && oauth.refreshToken !== '',
  };
  if (typeof oauth.subscriptionType === 'string') login.subscriptionType = oauth.subscriptionType;
  if (typeof oauth.expiresAt === 'number' && Number.isFinite(oauth.expiresAt)) login.expiresAt = oauth.expiresAt;
  return { login, exists: true };
}

function loginProblem(path: string, reason: string): SourceProblem {
  return problem('claude-code/login-unreadable', { path, reason }, { kind: 'file', path });
}

/** permission, directory, too-large, utf16, binary, invalid-utf8, … : the safe reader's own reason. */
function reasonOf(p: SourceProblem): string {
  if (p.code === 'source/too-large') return 'too-large';
  return String(p.args.reason === 'other' ? (p.args.detail ?? 'other') : p.args.reason);
}

function modeOf(absolute: string): number {
  try {
    return statSync(absolute).mode & 0o777;
  } catch {
    return 0;
  }
}
