// Claude Code's own files: the subscription login and the settings files (reference: Claude Code §2, §4 (4, 5)).
import { finding, type Finding } from '../../../findings.js';
import { effective } from '../precedence.js';
import { type ClaudeCodeCheckInput, of } from './shared.js';

/** An expired access token is renewed with the refresh token; without one, Claude Code needs a new /login. */
export function checkLoginExpired(input: ClaudeCodeCheckInput): Finding[] {
  const { facts, profile, now } = input;
  const login = facts.login;
  if (!login?.hasAccessToken || login.hasRefreshToken || login.expiresAt === undefined || login.expiresAt > now) {
    return [];
  }
  const args = { path: login.path, expiredAt: new Date(login.expiresAt).toISOString() };
  // Only an error when Claude Code would use the login; a key that wins makes it a reminder.
  const used = profile.credential?.kind === 'subscription';
  return [
    of(
      input,
      finding('claude-code/login-expired', args, {
        location: login.location,
        ...(used ? {} : { severity: 'warning' }),
      }),
    ),
  ];
}

export function checkLoginMode(input: ClaudeCodeCheckInput): Finding[] {
  const login = input.facts.login;
  // Claude Code writes 0600; any bit for the group or others lets another user read the tokens.
  if (!login || (login.mode & 0o077) === 0) return [];
  const mode = `0${(login.mode & 0o777).toString(8).padStart(3, '0')}`;
  return [
    of(input, finding('claude-code/login-permissions', { path: login.path, mode }, { location: login.location })),
  ];
}

export function checkConfigDir(input: ClaudeCodeCheckInput): Finding[] {
  const { facts } = input;
  if (!facts.configDirFromEnv || facts.login || !facts.loginElsewhere) return [];
  const location = effective(facts, 'CLAUDE_CONFIG_DIR')?.entry.location ?? { kind: 'env', name: 'CLAUDE_CONFIG_DIR' };
  const args = { configDir: facts.configDir, elsewhere: facts.loginElsewhere };
  return [of(input, finding('claude-code/config-dir-without-login', args, { location }))];
}

/** Claude Code parses settings as strict JSON: comments or a trailing comma make it drop the whole file. */
export function checkLenientSettings(input: ClaudeCodeCheckInput): Finding[] {
  return input.facts.settings.flatMap((file) => {
    if (!file.lenient) return [];
    const args = { path: file.path, layer: file.layer, what: file.lenient };
    return [
      of(input, finding('claude-code/settings-lenient-json', args, { location: { kind: 'file', path: file.path } })),
    ];
  });
}
