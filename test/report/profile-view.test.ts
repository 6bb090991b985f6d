// What a report shows of a profile: each slot's value (credentials redacted unless asked), where it came
// from, and each ignored setting with the reason the client ignores it.
import { describe, expect, it } from 'vitest';
import { printableView, showValue, viewProfile } from '../../src/report/profile-view.js';
import type { Profile, Setting } from '../../src/types.js';
import { apiKey } from '../support/keys.js';
import { envSetting, fileSetting } from '../support/settings.js';

const key = apiKey(7);

describe('showValue', () => {
  it('redacts a key, and shows it only when asked', () => {
    expect(showValue(envSetting('ANTHROPIC_API_KEY', key), false)).toMatch(/^sk-ant-api03-…\S{4} \(108 chars, #/);
    expect(showValue(envSetting('ANTHROPIC_AUTH_TOKEN', key, 'auth_token'), false)).not.toContain(key);
    expect(showValue(envSetting('ANTHROPIC_API_KEY', key), true)).toContain(key);
  });

  it('redacts a key pasted into a model, unless asked to show secrets', () => {
    const model = envSetting('LLM_MODEL', `${key}\t`, 'model');
    expect(showValue(model, false)).not.toContain(key);
    expect(showValue(model, false)).toMatch(/\\t$/);
    expect(showValue(model, true)).toBe(`${key}\\t`);
  });

  it('never shows the user-info of a base URL', () => {
    const url = envSetting('ANTHROPIC_BASE_URL', 'https://me:hunter2hunter2@gw.example/v1', 'base_url');
    for (const show of [false, true]) expect(showValue(url, show)).not.toContain('hunter2');
  });
});

const config = (name: string, value: string, role: Setting['role'] = 'api_key'): Setting => ({
  ...fileSetting(name, value, 'config.toml', { line: 3, role }),
  source: 'openhands-config',
});
const ui = (name: string, value: string): Setting => ({
  ...fileSetting(name, value, 'settings.json', { line: 1 }),
  source: 'openhands-settings',
});

describe('viewProfile', () => {
  const winner = envSetting('ANTHROPIC_API_KEY', key);
  const profile = (ignored: Profile['ignored'], extra: Partial<Profile> = {}): Profile => ({
    id: 'p1',
    client: 'anthropic-sdk',
    apiKey: winner,
    ignored,
    ...extra,
  });
  const reasonOf = (setting: Setting, by: Setting) =>
    viewProfile(profile([{ setting, reason: { kind: 'overridden', by } }]), false).ignored[0]!.reason;

  it('gives each set slot its shown value and where it came from, and no others', () => {
    const model = envSetting('ANTHROPIC_MODEL', 'claude-sonnet-4-6', 'model');
    const view = viewProfile(profile([], { model, label: '[llm.fast]' }), false);
    expect(view).toEqual({
      id: 'p1',
      client: 'anthropic-sdk',
      label: '[llm.fast]',
      values: {
        apiKey: { value: showValue(winner, false), source: { kind: 'env', name: 'ANTHROPIC_API_KEY' } },
        model: { value: 'claude-sonnet-4-6', source: { kind: 'env', name: 'ANTHROPIC_MODEL' } },
      },
      ignored: [],
    });
    expect(viewProfile(profile([]), false)).not.toHaveProperty('label');
  });

  it('lists an ignored setting with its redacted value, where it is, and what won', () => {
    const loser = fileSetting('ANTHROPIC_API_KEY', apiKey(8));
    const [ignored] = viewProfile(
      profile([{ setting: loser, reason: { kind: 'overridden', by: winner } }]),
      false,
    ).ignored;
    expect(ignored).toEqual({
      name: 'ANTHROPIC_API_KEY',
      value: showValue(loser, false),
      location: loser.location,
      by: winner.location,
      reason: { kind: 'envOverDotenv' },
    });
  });

  it.each<[string, Setting, Setting, unknown]>([
    ['env over .env', fileSetting('ANTHROPIC_API_KEY', 'a'), envSetting('ANTHROPIC_API_KEY', 'b'), 'envOverDotenv'],
    ['the first .env', fileSetting('ANTHROPIC_API_KEY', 'a'), fileSetting('ANTHROPIC_API_KEY', 'b'), 'firstFile'],
    ['env and env', envSetting('ANTHROPIC_API_KEY', 'a'), envSetting('ANTHROPIC_API_KEY', 'b'), 'firstFile'],
    ['the UI', config('api_key', 'a'), ui('llm_api_key', 'b'), 'uiWins'],
    ['env over config.toml', config('api_key', 'a'), envSetting('LLM_API_KEY', 'b'), 'envOverConfig'],
    ['.env over config.toml', config('api_key', 'a'), fileSetting('LLM_API_KEY', 'b'), 'envOverConfig'],
    ['config.toml over config.toml', config('api_key', 'a'), config('api_key', 'b'), 'firstFile'],
  ])('%s', (_, setting, by, kind) => {
    expect(reasonOf(setting, by)).toEqual({ kind });
  });

  it('names the other variable that wins', () => {
    const setting = envSetting('ANTHROPIC_AUTH_TOKEN', 'a', 'auth_token');
    expect(reasonOf(setting, envSetting('ANTHROPIC_API_KEY', 'b'))).toEqual({
      kind: 'otherVariable',
      name: 'ANTHROPIC_API_KEY',
    });
  });

  it('says why a table or a top-level key is dropped, with no winner', () => {
    const s = config('api_key', 'a');
    const view = viewProfile(
      profile([
        { setting: s, reason: { kind: 'section-dropped' } },
        { setting: s, reason: { kind: 'legacy-top-level' } },
      ]),
      false,
    );
    expect(view.ignored.map((i) => i.reason)).toEqual([{ kind: 'sectionDropped' }, { kind: 'legacyTopLevel' }]);
    expect(view.ignored.some((i) => 'by' in i)).toBe(false);
  });
});

describe('printableView', () => {
  it('neutralises every string: the label, names and locations', () => {
    const evil = fileSetting('KEY\x1b[2J', 'a', 'dir\n::error::x/.env');
    const view = viewProfile(
      {
        id: 'p1',
        client: 'anthropic-sdk',
        label: 'lab\u202eel',
        ignored: [{ setting: evil, reason: { kind: 'section-dropped' } }],
      },
      false,
    );
    const shown = printableView(view);
    expect(shown.label).toBe('lab\\u{202e}el');
    expect(shown.ignored[0]).toMatchObject({ name: 'KEY\\x1b[2J', location: { path: 'dir\\n::error::x/.env' } });
    expect(view.label).toBe('lab\u202eel');
  });
});
