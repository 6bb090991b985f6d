// The subscription login, CLAUDE_CONFIG_DIR and the settings files' JSON.
import { describe, expect, it } from 'vitest';
import { entry } from '../../../src/catalog/index.js';
import { check, codes, facts, login, NOW, only, settingsFile, shellVar } from '../../support/claude-code.js';
import { apiKey } from '../../support/keys.js';

describe('claude-code/login-expired', () => {
  const expired = (over: Parameters<typeof login>[0]) =>
    only(check(facts({ login: login(over) })), 'claude-code/login-expired');

  it('fires one ms after expiry without a refresh token, not one ms before', () => {
    const [found] = expired({ expiresAt: NOW - 1, hasRefreshToken: false });
    expect(found?.args).toEqual({ path: '~/.claude/.credentials.json', expiredAt: new Date(NOW - 1).toISOString() });
    expect(found?.severity).toBe('error');
    expect(found?.location).toEqual({ kind: 'file', path: '~/.claude/.credentials.json' });
    expect(expired({ expiresAt: NOW, hasRefreshToken: false })).toHaveLength(1);
    expect(expired({ expiresAt: NOW + 1, hasRefreshToken: false })).toEqual([]);
  });

  it('says nothing when a refresh token renews it, or without an expiry or access token', () => {
    expect(expired({ expiresAt: NOW - 1, hasRefreshToken: true })).toEqual([]);
    expect(expired({ expiresAt: undefined, hasRefreshToken: false })).toEqual([]);
    expect(expired({ expiresAt: NOW - 1, hasRefreshToken: false, hasAccessToken: false })).toEqual([]);
  });

  it('is a warning when a key wins over the login anyway', () => {
    const f = facts({
      login: login({ expiresAt: NOW - 1, hasRefreshToken: false }),
      shell: [shellVar('ANTHROPIC_API_KEY', apiKey(1))],
    });
    expect(only(check(f), 'claude-code/login-expired')[0]?.severity).toBe('warning');
  });
});

describe('claude-code/login-permissions', () => {
  it.each([
    [0o644, '0644'],
    [0o640, '0640'],
    [0o604, '0604'],
    [0o100660, '0660'],
  ])('mode %o is reported as %s', (mode, shown) => {
    const [found] = only(check(facts({ login: login({ mode }) })), 'claude-code/login-permissions');
    expect(found?.args).toEqual({ path: '~/.claude/.credentials.json', mode: shown });
    expect(found?.severity).toBe('warning');
  });

  it.each([0o600, 0o400, 0o700, 0o100600])('mode %o is private', (mode) => {
    expect(codes(check(facts({ login: login({ mode }) })))).not.toContain('claude-code/login-permissions');
  });

  it('pads a mode to three digits', () => {
    expect(only(check(facts({ login: login({ mode: 0o004 }) })), 'claude-code/login-permissions')[0]?.args.mode).toBe(
      '0004',
    );
  });
});

describe('claude-code/config-dir-without-login', () => {
  const base = {
    configDir: '/ci/.claude',
    configDirFromEnv: true,
    shell: [shellVar('CLAUDE_CONFIG_DIR', '/ci/.claude')],
  };

  it('fires when the folder of CLAUDE_CONFIG_DIR has no login and ~/.claude has one', () => {
    const [found] = only(
      check(facts({ ...base, loginElsewhere: '~/.claude/.credentials.json' })),
      'claude-code/config-dir-without-login',
    );
    expect(found?.args).toEqual({ configDir: '/ci/.claude', elsewhere: '~/.claude/.credentials.json' });
    expect(found?.location).toEqual({ kind: 'env', name: 'CLAUDE_CONFIG_DIR' });
  });

  it('does not fire with a login there, without a login elsewhere, or without the variable', () => {
    const none = (over: Parameters<typeof facts>[0]) =>
      codes(check(facts(over))).includes('claude-code/config-dir-without-login');
    expect(none({ ...base, login: login(), loginElsewhere: '~/.claude/.credentials.json' })).toBe(false);
    expect(none(base)).toBe(false);
    expect(none({ ...base, configDirFromEnv: false, loginElsewhere: '~/.claude/.credentials.json' })).toBe(false);
  });
});

describe('claude-code/settings-lenient-json', () => {
  it('reports each file with comments or trailing commas, and no strict one', () => {
    const f = facts({
      login: login(),
      settings: [
        settingsFile('local', {}, { lenient: 'trailing-comma' }),
        settingsFile('user', {}, { lenient: 'comments' }),
        settingsFile('project'),
      ],
    });
    const found = only(check(f), 'claude-code/settings-lenient-json');
    expect(found.map((x) => [x.args, x.location, x.severity])).toEqual([
      [
        { path: '.claude/settings.local.json', layer: 'local', what: 'trailing-comma' },
        { kind: 'file', path: '.claude/settings.local.json' },
        'error',
      ],
      [
        { path: '~/.claude/settings.json', layer: 'user', what: 'comments' },
        { kind: 'file', path: '~/.claude/settings.json' },
        'error',
      ],
    ]);
  });
});

// The sources report these two as problems; their words are here.
describe('catalogue entries the sources use', () => {
  it('claude-code/settings-invalid names the file, line and column', () => {
    const spec = entry('claude-code/settings-invalid');
    const args = { path: '.claude/settings.json', line: 7, column: 2, message: 'Unexpected token }' };
    expect(spec.severity).toBe('error');
    expect(spec.message.en(args)).toBe(
      '.claude/settings.json is not valid JSON at line 7, column 2: Unexpected token }',
    );
    expect(spec.message.ja(args)).toContain('.claude/settings.json の 7 行 2 列');
  });

  it('claude-code/login-unreadable names the file and the reason', () => {
    const spec = entry('claude-code/login-unreadable');
    const args = { path: '/ci/.claude/.credentials.json', reason: 'permission denied' };
    expect(spec.severity).toBe('error');
    expect(spec.message.en(args)).toBe('/ci/.claude/.credentials.json cannot be read as a login: permission denied.');
    expect(spec.fix.en(args)[0]).toContain('ls -l /ci/.claude/.credentials.json');
  });

  it.each([
    ['invalid-json', 'it is not valid JSON', '正しい JSON ではありません'],
    ['permission', 'permission denied', '読み取る権限がありません'],
    ['not-object', 'its top level is not a JSON object', '最上位が JSON オブジェクトではありません'],
    ['constructor', 'constructor', 'constructor'],
  ])('claude-code/login-unreadable words the source’s reason %s in both languages', (reason, en, ja) => {
    const spec = entry('claude-code/login-unreadable');
    const args = { path: '~/.claude/.credentials.json', reason };
    expect(spec.message.en(args)).toBe(`~/.claude/.credentials.json cannot be read as a login: ${en}.`);
    expect(spec.message.ja(args)).toBe(`~/.claude/.credentials.json をログインとして読み取れません：${ja}。`);
  });
});
