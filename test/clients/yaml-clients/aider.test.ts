// aider: what its files hold (sources), which key and model it really uses and why (precedence, as aider's
// main.py loads them), and the finding for a key that silently loses (Aider-AI/aider#950).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAider } from '../../../src/clients/aider/checks.js';
import { KEY_ORDER, reasonOf, resolveAider } from '../../../src/clients/aider/precedence.js';
import { aiderFolders, gitRoot, readAider } from '../../../src/clients/aider/sources.js';
import type { Setting } from '../../../src/types.js';
import { apiKey } from '../../support/keys.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A case: files by path under a fresh root (home/, repo/, repo/sub/), the current folder repo/sub. */
function setup(files: Record<string, string>, git = true) {
  root = mkdtempSync(join(tmpdir(), 'cd-aider-'));
  for (const d of ['home', 'repo/sub']) mkdirSync(join(root, d), { recursive: true });
  if (git) mkdirSync(join(root, 'repo/.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { cwd: join(root, 'repo/sub'), home: join(root, 'home') };
}

/** The shared dotenv source's setting for the current folder's .env (read once, by doctor.ts). */
const sharedDotenv = (value: string, line = 1): Setting => ({
  role: 'api_key',
  name: 'ANTHROPIC_API_KEY',
  value,
  source: 'dotenv',
  location: { kind: 'file', path: '.env', line, column: 19, key: 'ANTHROPIC_API_KEY' },
});
const shellKey = (value: string): Setting => ({
  role: 'api_key',
  name: 'ANTHROPIC_API_KEY',
  value,
  source: 'env',
  location: { kind: 'env', name: 'ANTHROPIC_API_KEY' },
});

describe('aider sources', () => {
  it('finds the git root above the current folder, and none outside a repository', () => {
    const places = setup({});
    expect(gitRoot(places.cwd)).toBe(join(root, 'repo'));
    expect(aiderFolders(places).map((f) => f.place)).toEqual(['home', 'git-root', 'cwd']);
    rmSync(join(root, 'repo/.git'), { recursive: true });
    expect(gitRoot(places.cwd)).toBeUndefined();
    expect(aiderFolders(places).map((f) => f.place)).toEqual(['home', 'cwd']);
  });

  it('a folder that is both the git root and the current one counts once, as the current one', () => {
    const places = setup({});
    expect(aiderFolders({ ...places, cwd: join(root, 'repo') })).toEqual([
      { place: 'home', dir: join(root, 'home') },
      { place: 'cwd', dir: join(root, 'repo') },
    ]);
  });

  it('reads anthropic-api-key, model and api-key: [anthropic=…] with their lines, and AIDER_* variables', () => {
    const k1 = apiKey(1);
    const k2 = apiKey(2);
    const places = setup({
      'home/.aider.conf.yml': `# mine\nmodel: anthropic/claude-sonnet-4-6\nanthropic-api-key: ${k1}\n`,
      'repo/.aider.conf.yml': `api-key:\n  - openai=sk-x\n  - " anthropic = ${k2} "\n`,
      'repo/.env': `AIDER_MODEL=claude-opus-4-6\nOTHER=1\nANTHROPIC_API_KEY=${k1}\n`,
      'repo/sub/.env': `ANTHROPIC_API_KEY=${k2}\nAIDER_ANTHROPIC_API_KEY=${k2}\n`,
    });
    const read = readAider({ ...places, env: { AIDER_MODEL: 'claude-haiku-4-5', PATH: '/bin' }, useEnv: true });
    const brief = read.settings.map((s) => [s.name, s.source, s.value, s.location]);
    expect(brief).toEqual([
      ['anthropic-api-key', 'aider-config', k1, expect.objectContaining({ path: '~/.aider.conf.yml', line: 3 })],
      ['model', 'aider-config', 'anthropic/claude-sonnet-4-6', expect.objectContaining({ line: 2, column: 8 })],
      [
        'api-key anthropic',
        'aider-config',
        k2,
        expect.objectContaining({ path: join(root, 'repo/.aider.conf.yml'), line: 3 }),
      ],
      ['AIDER_MODEL', 'env', 'claude-haiku-4-5', { kind: 'env', name: 'AIDER_MODEL' }],
      [
        'AIDER_MODEL',
        'aider-dotenv',
        'claude-opus-4-6',
        expect.objectContaining({ path: join(root, 'repo/.env'), line: 1 }),
      ],
      ['ANTHROPIC_API_KEY', 'aider-dotenv', k1, expect.objectContaining({ line: 3 })],
      // The current folder's ANTHROPIC_API_KEY is the shared source's: only the AIDER_* line is aider's own.
      ['AIDER_ANTHROPIC_API_KEY', 'aider-dotenv', k2, expect.objectContaining({ path: '.env', line: 2 })],
    ]);
    expect(read.facts.envSet).toBe(true);
    // The current folder's .env is listed by the shared source.
    expect(read.sources).toEqual(['~/.aider.conf.yml', join(root, 'repo/.aider.conf.yml'), join(root, 'repo/.env')]);
  });

  it('an unreadable .env is reported only once aider is in use, and the current folder’s never (the shared source does)', () => {
    const places = setup({});
    mkdirSync(join(places.home, '.env'));
    mkdirSync(join(places.cwd, '.env'));
    expect(readAider({ ...places, env: {}, useEnv: true }).problems).toEqual([]);
    const used = readAider({ ...places, env: { AIDER_MODEL: 'x' }, useEnv: true });
    expect(used.problems.map((p) => p.location)).toEqual([expect.objectContaining({ path: '~/.env' })]);
  });

  it('a YAML syntax error is a finding at its line, with no key in its words', () => {
    const places = setup({ 'home/.aider.conf.yml': `model: a\n  anthropic-api-key: ${apiKey(1)}\n  : :\n` });
    const read = readAider({ ...places, env: {}, useEnv: false });
    expect(read.problems).toEqual([
      expect.objectContaining({
        code: 'source/yaml-invalid',
        location: expect.objectContaining({ line: 1, column: 8 }),
      }),
    ]);
    expect(JSON.stringify(read.problems)).not.toContain(apiKey(1).slice(14, 40));
    expect(read.settings).toEqual([]);
  });
});

describe('aider precedence', () => {
  const k = [apiKey(1), apiKey(2), apiKey(3)];

  it('a .env value beats the shell (override=True), and the later .env beats the earlier', () => {
    const places = setup({ 'home/.env': `ANTHROPIC_API_KEY=${k[0]}\n`, 'home/.aider.conf.yml': 'model: x\n' });
    const read = readAider({ ...places, env: {}, useEnv: true });
    const home = resolveAider([...read.settings, shellKey(k[2]!)], read.facts)!;
    expect(home.apiKey?.location).toMatchObject({ path: '~/.env' });
    const cwd = resolveAider([...read.settings, shellKey(k[2]!), sharedDotenv(k[1]!)], read.facts)!;
    expect(cwd.apiKey?.value).toBe(k[1]);
    expect(cwd.ignored.map((i) => i.setting.location)).toEqual([
      expect.objectContaining({ path: '~/.env' }),
      { kind: 'env', name: 'ANTHROPIC_API_KEY' },
    ]);
  });

  it('anthropic-api-key beats api-key: anthropic=…, which beats ANTHROPIC_API_KEY; AIDER_* beats the YAML', () => {
    const places = setup({
      'home/.aider.conf.yml': `api-key: anthropic=${k[1]}\n`,
      'repo/.aider.conf.yml': `anthropic-api-key: ${k[0]}\n`,
    });
    const read = readAider({ ...places, env: {}, useEnv: false });
    const p = resolveAider([...read.settings, sharedDotenv(k[2]!)], read.facts)!;
    expect(p.apiKey?.name).toBe('anthropic-api-key');
    expect(p.ignored.map((i) => i.setting.name)).toEqual(['api-key anthropic', 'ANTHROPIC_API_KEY']);
    const withVar = readAider({ ...places, env: { AIDER_ANTHROPIC_API_KEY: k[2] }, useEnv: true });
    expect(resolveAider(withVar.settings, withVar.facts)!.apiKey?.name).toBe('AIDER_ANTHROPIC_API_KEY');
  });

  it('the whole key ladder, whatever order the settings come in', () => {
    const places = setup({
      'home/.aider.conf.yml': `api-key: anthropic=${apiKey(4)}\n`,
      'repo/.aider.conf.yml': `anthropic-api-key: ${apiKey(3)}\n`,
      'home/.env': `AIDER_ANTHROPIC_API_KEY=${apiKey(2)}\nANTHROPIC_API_KEY=${apiKey(5)}\n`,
      'repo/sub/.env': `AIDER_ANTHROPIC_API_KEY=${apiKey(1)}\n`,
    });
    const read = readAider({ ...places, env: { AIDER_ANTHROPIC_API_KEY: apiKey(6) }, useEnv: true });
    const all = [shellKey(apiKey(8)), sharedDotenv(apiKey(7)), ...read.settings];
    const order = [1, 2, 6, 3, 4, 7, 5, 8].map((n) => apiKey(n));
    for (const input of [all, [...all].reverse()]) {
      const p = resolveAider(input, read.facts)!;
      expect([p.apiKey!.value, ...p.ignored.map((i) => i.setting.value)]).toEqual(order);
    }
  });

  it('an AIDER_* line in a .env is enough to make an aider profile', () => {
    const places = setup({ 'repo/.env': 'AIDER_MODEL=claude-opus-4-6\n' });
    const read = readAider({ ...places, env: {}, useEnv: false });
    expect(resolveAider(read.settings, read.facts)).toMatchObject({
      client: 'aider',
      model: { value: 'claude-opus-4-6' },
    });
  });

  it('the current folder’s .aider.conf.yml beats the git root’s, which beats the home folder’s', () => {
    const places = setup({
      'home/.aider.conf.yml': 'model: claude-haiku-4-5\n',
      'repo/.aider.conf.yml': 'model: claude-opus-4-6\n',
      'repo/sub/.aider.conf.yml': 'model: claude-sonnet-4-6\n',
    });
    const read = readAider({ ...places, env: {}, useEnv: false });
    const p = resolveAider(read.settings, read.facts)!;
    expect(p.model?.value).toBe('claude-sonnet-4-6');
    expect(p.ignored.map((i) => i.setting.value)).toEqual(['claude-opus-4-6', 'claude-haiku-4-5']);
    // AIDER_MODEL beats every .aider.conf.yml; in a .env it beats the shell's too.
    const env = readAider({ ...places, env: { AIDER_MODEL: 'claude-opus-4-8' }, useEnv: true });
    expect(resolveAider(env.settings, env.facts)!.model?.value).toBe('claude-opus-4-8');
    writeFileSync(join(root, 'home/.env'), 'AIDER_MODEL=claude-opus-4-7\n');
    const dotenv = readAider({ ...places, env: { AIDER_MODEL: 'claude-opus-4-8' }, useEnv: true });
    const m = resolveAider([...dotenv.settings].reverse(), dotenv.facts)!;
    expect([m.model?.value, ...m.ignored.map((i) => i.setting.value)]).toEqual([
      'claude-opus-4-7',
      'claude-opus-4-8',
      'claude-sonnet-4-6',
      'claude-opus-4-6',
      'claude-haiku-4-5',
    ]);
  });

  it('a .env without AIDER_* is not parsed unless aider is in use', () => {
    const places = setup({ 'home/.env': `ANTHROPIC_API_KEY=${k[0]}\n`, 'repo/.env': 'AIDER_MODEL=claude-opus-4-6\n' });
    expect(readAider({ ...places, env: {}, useEnv: true }).facts.files.map((f) => f.path)).toEqual([
      join(root, 'repo/.env'),
    ]);
    const used = readAider({ ...places, env: { AIDER_MODEL: 'x' }, useEnv: true });
    expect(used.facts.files.map((f) => f.place)).toEqual(['home', 'git-root']);
    // --no-env: the variable is not seen.
    expect(readAider({ ...places, env: { AIDER_MODEL: 'x' }, useEnv: false }).facts.envSet).toBe(false);
  });

  it('no profile without a .aider.conf.yml or an AIDER_* value; an empty value does not win', () => {
    const places = setup({ 'home/.env': `ANTHROPIC_API_KEY=${k[0]}\n` });
    const read = readAider({ ...places, env: {}, useEnv: true });
    expect(resolveAider(read.settings, read.facts)).toBeUndefined();
    expect(resolveAider([], undefined)).toBeUndefined();
    const set = readAider({ ...places, env: { AIDER_ANTHROPIC_API_KEY: '' }, useEnv: true });
    expect(resolveAider(set.settings, set.facts)!.apiKey?.location).toMatchObject({ path: '~/.env' });
  });

  it('names the reason one rung beats another', () => {
    const at = (name: string, from: string, place?: string) =>
      KEY_ORDER.findIndex((r) => r.name === name && r.from === from && r.place === place);
    const reason = (w: number, l: number) => reasonOf(KEY_ORDER, w, l);
    expect(reason(at('ANTHROPIC_API_KEY', 'dotenv', 'cwd'), at('ANTHROPIC_API_KEY', 'dotenv', 'home'))).toBe(
      'later-file',
    );
    expect(reason(at('ANTHROPIC_API_KEY', 'dotenv', 'home'), at('ANTHROPIC_API_KEY', 'env'))).toBe('dotenv-over-shell');
    expect(reason(at('AIDER_ANTHROPIC_API_KEY', 'env'), at('anthropic-api-key', 'yaml', 'cwd'))).toBe(
      'variable-over-config',
    );
    expect(reason(at('anthropic-api-key', 'yaml', 'home'), at('ANTHROPIC_API_KEY', 'env'))).toBe(
      'option-over-variable',
    );
    expect(reason(at('AIDER_ANTHROPIC_API_KEY', 'env'), at('api-key anthropic', 'yaml', 'home'))).toBe(
      'option-over-variable',
    );
  });
});

describe('aider/key-overridden', () => {
  it('names the key used and each different key ignored, with why; the same key twice is no finding', () => {
    const places = setup({
      'home/.aider.conf.yml': `anthropic-api-key: ${apiKey(1)}\n`,
      'repo/sub/.env': `AIDER_ANTHROPIC_API_KEY=${apiKey(2)}\n`,
    });
    const read = readAider({ ...places, env: {}, useEnv: false });
    const profile = { ...resolveAider([...read.settings, shellKey(apiKey(2))], read.facts)!, id: 'p1' };
    const found = checkAider(profile, read.facts);
    expect(found).toEqual([
      expect.objectContaining({
        code: 'aider/key-overridden',
        severity: 'warning',
        profile: 'p1',
        location: expect.objectContaining({ path: '~/.aider.conf.yml', line: 1 }),
        args: {
          used: expect.objectContaining({ path: '.env', key: 'AIDER_ANTHROPIC_API_KEY' }),
          ignored: expect.objectContaining({ path: '~/.aider.conf.yml' }),
          reason: 'variable-over-config',
        },
      }),
    ]);
    expect(checkAider({ ...profile, apiKey: undefined }, read.facts)).toEqual([]);
    // The same key elsewhere (spaces aside) misleads no one.
    const same = {
      ...profile,
      ignored: profile.ignored.map((i) => ({ ...i, setting: { ...i.setting, value: ` ${apiKey(2)}` } })),
    };
    expect(checkAider(same, read.facts)).toEqual([]);
  });
});
