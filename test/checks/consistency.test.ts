// checks/consistency.ts: no key at all, both credentials at once, several different keys.
import { describe, expect, it } from 'vitest';
import { checkBothCredentials, checkConflict, checkMissing } from '../../src/checks/consistency.js';
import { resolveProfiles } from '../../src/profiles.js';
import { redact } from '../../src/secrets.js';
import type { Profile, Setting } from '../../src/types.js';
import { apiKey } from '../support/keys.js';
import { envSetting, fileSetting } from '../support/settings.js';

const missing = (settings: Setting[]) => checkMissing(resolveProfiles(settings), settings);
const clientOf = (f: { args: unknown }) => (f.args as { client: string }).client;

describe('checkMissing', () => {
  it('names the variables the SDK reads when it has no credential', () => {
    expect(missing([])).toEqual([
      {
        code: 'key/missing',
        severity: 'error',
        profile: 'p1',
        args: { client: 'anthropic-sdk', variables: ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'] },
      },
    ]);
  });

  it('names the variables OpenHands headless reads, for its own profile only', () => {
    const settings = [envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model')];
    const found = missing(settings);
    expect(found.find((f) => clientOf(f) === 'openhands-headless')?.args).toEqual({
      client: 'openhands-headless',
      variables: ['LLM_API_KEY', '[llm] api_key', 'ANTHROPIC_API_KEY'],
    });
  });

  it.each([
    ['an API key', [envSetting('ANTHROPIC_API_KEY', apiKey(1))]],
    ['an auth token alone', [envSetting('ANTHROPIC_AUTH_TOKEN', 'token-of-a-gateway', 'auth_token')]],
    // key/empty already says so; a second finding would repeat it.
    ['an empty key variable', [envSetting('ANTHROPIC_API_KEY', '')]],
  ])('is silent for the SDK with %s', (_, settings) => {
    expect(missing(settings).filter((f) => clientOf(f) === 'anthropic-sdk')).toEqual([]);
  });

  it('does not count a setting OpenHands throws away as set', () => {
    const dropped: Setting = { ...fileSetting('LLM_API_KEY', apiKey(1), 'config.toml'), dropped: 'legacy' };
    const settings = [envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'), dropped];
    expect(missing(settings).map(clientOf)).toContain('openhands-headless');
  });
});

describe('checkBothCredentials', () => {
  it('points at the auth token when the SDK has both', () => {
    const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const token = envSetting('ANTHROPIC_AUTH_TOKEN', 'token-of-a-gateway', 'auth_token');
    expect(checkBothCredentials(resolveProfiles([key, token]))).toEqual([
      {
        code: 'key/api-key-and-auth-token',
        severity: expect.any(String),
        location: token.location,
        args: { apiKey: key.location, authToken: token.location },
      },
    ]);
  });

  it('is silent with one of them', () => {
    expect(checkBothCredentials(resolveProfiles([envSetting('ANTHROPIC_API_KEY', apiKey(1))]))).toEqual([]);
  });
});

describe('checkConflict', () => {
  const conflict = (settings: Setting[], show = false) => checkConflict(resolveProfiles(settings), settings, show);

  it('lists each different key once with all its places, and which key each client sends', () => {
    const a = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const b = fileSetting('ANTHROPIC_API_KEY', apiKey(2));
    const c = fileSetting('LLM_API_KEY', apiKey(1), '.env', { line: 2 });
    const [f, ...rest] = conflict([a, b, c]);
    expect(rest).toEqual([]);
    expect(f?.code).toBe('key/conflict');
    const args = f!.args as { keys: { credential: string; locations: unknown[] }[]; uses: { client: string }[] };
    expect(args.keys.map((k) => k.locations)).toEqual([[a.location, c.location], [b.location]]);
    expect(args.uses.map((u) => u.client)).toContain('anthropic-sdk');
    expect(JSON.stringify(f)).not.toContain(apiKey(1).slice(14, 60));
    expect(JSON.stringify(conflict([a, b, c], true))).toContain(apiKey(1));
  });

  const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
  it.each([
    ['one key in several places', fileSetting('LLM_API_KEY', apiKey(1))],
    ['a key and a placeholder', fileSetting('ANTHROPIC_API_KEY', 'your-api-key-here')],
    ['a key and a masked copy', fileSetting('LLM_API_KEY', 'sk-ant-api03-****')],
    ['a key and a blank value', fileSetting('LLM_API_KEY', '   ')],
    ['a key and a different auth token', envSetting('ANTHROPIC_AUTH_TOKEN', apiKey(2), 'auth_token')],
  ])('is silent for %s', (_, other) => {
    expect(conflict([key, other])).toEqual([]);
  });
});

// Profiles written out as data: which clients each check speaks for.
const profile = (over: Partial<Profile>): Profile => ({ id: 'p1', client: 'anthropic-sdk', ignored: [], ...over });

describe('checkMissing on profiles as data', () => {
  it('leaves the Web UI and labelled profiles to their own findings', () => {
    expect(checkMissing([profile({ client: 'openhands-web' })], [])).toEqual([]);
    expect(checkMissing([profile({ client: 'openhands-headless', label: '[llm.claude]' })], [])).toEqual([]);
  });

  it('is silent when the profile has an auth token, whatever the settings say', () => {
    const token = envSetting('SOME_TOKEN', 'token-of-a-gateway', 'auth_token');
    expect(checkMissing([profile({ authToken: token })], [])).toEqual([]);
  });

  it('counts a set variable of the client, and only of that client', () => {
    const other = envSetting('LLM_API_KEY', apiKey(1));
    expect(checkMissing([profile({})], [other]).map((f) => f.code)).toEqual(['key/missing']);
    expect(checkMissing([profile({ client: 'openhands-headless' })], [other])).toEqual([]);
  });
});

describe('checkBothCredentials on profiles as data', () => {
  it('speaks for the SDK only', () => {
    const apiKeySetting = envSetting('LLM_API_KEY', apiKey(1));
    const token = envSetting('ANTHROPIC_AUTH_TOKEN', 'token-of-a-gateway', 'auth_token');
    expect(
      checkBothCredentials([profile({ client: 'openhands-headless', apiKey: apiKeySetting, authToken: token })]),
    ).toEqual([]);
    expect(checkBothCredentials([profile({ authToken: token })])).toEqual([]);
  });
});

describe('checkConflict at its edges', () => {
  const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
  const conflictOf = (other: Setting) => checkConflict([], [key, other], false).map((f) => f.code);

  it('takes text of up to 60 characters that looks like a template as no key, and longer text as a key', () => {
    expect(conflictOf(fileSetting('LLM_API_KEY', `your-key-${'q'.repeat(51)}`))).toEqual([]);
    expect(conflictOf(fileSetting('LLM_API_KEY', `your-key-${'q'.repeat(52)}`))).toEqual(['key/conflict']);
  });

  it('reads template text with spaces around it as template text', () => {
    expect(conflictOf(fileSetting('LLM_API_KEY', '  <your key> '))).toEqual([]);
  });

  it('names only the clients that send a key', () => {
    const other = fileSetting('LLM_API_KEY', apiKey(2));
    const [f] = checkConflict(
      [profile({}), profile({ id: 'p2', client: 'openhands-headless', apiKey: other })],
      [key, other],
      false,
    );
    expect((f!.args as { uses: unknown[] }).uses).toEqual([
      { client: 'openhands-headless', credential: redact(other.value) },
    ]);
  });
});
