import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint, redact, redactUrl, scrub } from '../src/secrets.js';
import { adminKey, apiKey, body, oauthToken, openaiKey } from './support/keys.js';
import { runMain } from './support/run-main.js';

describe('redact', () => {
  it('shows the prefix, the last 4 characters, the length and a fingerprint', () => {
    const key = apiKey(3);
    expect(redact(key)).toBe(`sk-ant-api03-…${key.slice(-4)} (108 chars, #${fingerprint(key)})`);
  });

  it('makes trailing whitespace visible', () => {
    expect(redact(`${apiKey(3)}\n`)).toMatch(/…\S{3}\\n \(109 chars/);
    expect(redact(`${apiKey(3)} `)).toMatch(/␠ \(109 chars/);
  });

  it('shows no tail for short values', () => {
    expect(redact('sk-ant-short')).toBe(`sk-ant-… (12 chars, #${fingerprint('sk-ant-short')})`);
  });

  it('shows the whole value only when asked to', () => {
    expect(redact('abc', true)).toContain('"abc"');
  });

  it('hides the user-info of a URL and scrubs secrets from free text', () => {
    expect(redactUrl('https://me:tok@proxy.example.com/x')).toBe('https://***@proxy.example.com/x');
    const key = apiKey(4);
    expect(scrub(`error: ${key} rejected`, [key])).not.toContain(key);
  });
});

// Keys of every shape the checks know, and some damage on top: whatever the value, no output shows it.
const keyArb = fc.oneof(
  fc.integer({ min: 1, max: 1e9 }).map(apiKey),
  fc.integer({ min: 1, max: 1e9 }).map(adminKey),
  fc.integer({ min: 1, max: 1e9 }).map(oauthToken),
  fc.integer({ min: 1, max: 1e9 }).map(openaiKey),
  fc.tuple(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 41, max: 107 })).map(([s, n]) => apiKey(s).slice(0, n)),
  fc.integer({ min: 1, max: 1e9 }).map((s) => body(48, s)),
  fc.string({ minLength: 41, maxLength: 80, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~+/=') }),
);
const damageArb = fc.constantFrom(
  (k: string) => k, (k: string) => `${k} `, (k: string) => ` ${k}`, (k: string) => `${k}\t`,
  (k: string) => `"${k}"`, (k: string) => `'${k}'`, (k: string) => `Bearer ${k}`,
  (k: string) => `${k.slice(0, 20)}\u200b${k.slice(20)}`, (k: string) => `${k.slice(0, 30)} ${k.slice(30)}`,
);
const variableArb = fc.constantFrom('ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'LLM_API_KEY');

describe('no raw key in any output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cd-secrets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const leaks = (output: string, raw: string) => {
    const core = raw.trim().replace(/^["']|["']$/g, '');
    // The redacted form shows at most a 15-character prefix and the last 4 characters.
    return [raw, core, core.slice(12, 32)].some((s) => s.length >= 16 && output.includes(s));
  };

  it('holds for every source, reporter and language', async () => {
    const sourceArb = fc.constantFrom('env', 'dotenv', 'config', 'settings');
    await fc.assert(
      fc.asyncProperty(keyArb, damageArb, variableArb, fc.constantFrom('text', 'json'), fc.constantFrom('en', 'ja'), sourceArb,
        async (key, damage, variable, format, lang, source) => {
          const raw = damage(key);
          const env: Record<string, string> = {
            // A second, different key makes the conflict report list both.
            LLM_API_KEY: apiKey(99), LLM_MODEL: 'anthropic/claude-sonnet-4-6', HOME: dir,
          };
          const files: string[] = [];
          const write = (name: string, text: string, flag: string) => {
            writeFileSync(join(dir, name), text);
            files.push(flag, join(dir, name));
          };
          // JSON string escapes are valid TOML basic-string escapes too.
          if (source === 'dotenv') write('.env', `${variable}=${raw}\n`, '--env-file');
          else if (source === 'config') write('config.toml', `[llm]\napi_key = ${JSON.stringify(raw)}\nmodel = "anthropic/claude-sonnet-4-6"\n`, '--config');
          else if (source === 'settings') write('settings.json', JSON.stringify({ llm_model: 'anthropic/claude-sonnet-4-6', llm_api_key: raw }), '--settings');
          else env[variable] = raw;
          const args = ['check', '--offline', '--no-docker', '--format', format, '--lang', lang, ...files];
          const { code, stdout, stderr } = await runMain(args, env, dir);
          expect(code).not.toBe(2);
          expect(leaks(stdout + stderr, raw), `${variable}=${JSON.stringify(raw)} leaked`).toBe(false);
        }),
      { numRuns: 300 },
    );
  });

  it('prints the key with --show-secrets, and only then', async () => {
    const key = apiKey(5);
    const hidden = await runMain(['check', '--offline', '--no-docker'], { ANTHROPIC_API_KEY: `${key} ` }, dir);
    const shown = await runMain(['check', '--offline', '--no-docker', '--show-secrets'], { ANTHROPIC_API_KEY: `${key} ` }, dir);
    expect(hidden.stdout).not.toContain(key);
    expect(shown.stdout).toContain(key);
  });
});
