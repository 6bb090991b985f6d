// Hostile YAML where aider, Continue and Goose keep theirs: an alias bomb (a billion laughs), a file at the
// 1 MiB limit and one past it, binary bytes, a key in a broken file. The promises: every run ends in bounded
// time and memory, every problem is a finding, no key reaches any output, and a run with no YAML file never
// loads the YAML library.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMeasured } from '../support/fake-engine.js';
import { type JsonReport, leaked, prepareCase, runCli } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';

const QUICK_MS = 5000;
const MAX_RSS_KB = 200 * 1024;
const PLACES = ['.aider.conf.yml', '.continue/config.yaml', '.config/goose/config.yaml'] as const;

/** A case whose home holds `text` at `place`; the working folder is the case itself. */
function caseWith(place: string, text: string | Buffer) {
  const dir = prepareCase();
  mkdirSync(join(dir, 'home', place, '..'), { recursive: true });
  writeFileSync(join(dir, 'home', place), text);
  return dir;
}
const check = (dir: string, format = 'json') =>
  runMeasured(['check', '--offline', '--no-docker', '--format', format], dir);
const codes = (stdout: string) => (JSON.parse(stdout) as JsonReport).findings.map((f) => f.code);

/** Ten levels of ten aliases each: 10^10 strings if anything expanded them. */
function aliasBomb(top: string): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n${top}\n`;
}

describe('an alias bomb', () => {
  const tops: Record<(typeof PLACES)[number], string> = {
    '.aider.conf.yml': 'model: *a9\nanthropic-api-key: *a9',
    '.continue/config.yaml': 'models: *a9',
    '.config/goose/config.yaml': 'GOOSE_PROVIDER: anthropic\nGOOSE_MODEL: *a9',
  };
  for (const place of PLACES) {
    it(`in ~/${place} is never expanded`, async () => {
      const run = await check(caseWith(place, aliasBomb(tops[place])));
      expect(run.ms).toBeLessThan(QUICK_MS);
      expect(run.maxRssKb).toBeGreaterThan(0);
      expect(run.maxRssKb).toBeLessThan(MAX_RSS_KB);
      expect([0, 1]).toContain(run.code);
      expect(run.stderr).toBe('');
    });
  }
});

describe('size and bytes', () => {
  it('a file of 1 MiB (the limit) is read in bounded time; one byte more is source/too-large', async () => {
    const key = apiKey(7);
    const head = `model: claude-sonnet-4-6\nanthropic-api-key: ${key}\n`;
    const filler = (n: number) => `# ${'x'.repeat(n - 3)}\n`;
    const limit = 1024 * 1024;
    let text = head;
    while (text.length + 1000 <= limit) text += filler(1000);
    text += filler(limit - text.length);
    expect(text.length).toBe(limit);
    const at = await check(caseWith('.aider.conf.yml', text));
    expect(at.ms).toBeLessThan(QUICK_MS);
    expect(codes(at.stdout)).not.toContain('source/too-large');
    expect(JSON.parse(at.stdout).profiles[0]).toMatchObject({ client: 'aider', model: 'claude-sonnet-4-6' });
    expect(leaked(at.stdout + at.stderr)).toEqual([]);
    const over = await check(caseWith('.aider.conf.yml', `${text}#`));
    expect(codes(over.stdout)).toContain('source/too-large');
  });

  for (const place of PLACES) {
    it(`binary bytes in ~/${place} are source/not-text, with no raw byte on stdout`, async () => {
      const bytes = Buffer.concat([
        Buffer.from(`GOOSE_PROVIDER: anthropic\nanthropic-api-key: ${apiKey(3)}\n`),
        Buffer.from([0, 0x1b, 0x9b, 0xff, 7]),
      ]);
      const run = await check(caseWith(place, bytes), 'text');
      expect(run.stdout).toContain('source/not-text');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the attack is exactly these bytes
      expect(run.stdout).not.toMatch(/[\u0000\u0007\u001b\u009b]/);
      expect(leaked(run.stdout + run.stderr)).toEqual([]);
    });
  }
});

describe('a key in a YAML value is never printed raw', () => {
  const key = apiKey(5);
  const files: [string, string][] = [
    ['.aider.conf.yml', `anthropic-api-key: "${key} "\n`],
    ['.aider.conf.yml', `api-key:\n  - anthropic=Bearer ${key}\n`],
    ['.aider.conf.yml', `model: ${key}\n`],
    ['.aider.conf.yml', `anthropic-api-key: ${key}\n  : [broken\n`],
    [
      '.continue/config.yaml',
      `models:\n  - name: ${key}\n    provider: anthropic\n    apiBase: https://u:${key}@h.example/v1/\n`,
    ],
    ['.continue/config.yaml', `models:\n  - provider: anthropic\n    apiKey: \${{ secrets.${key} }}\n`],
    ['.continue/config.yaml', `models: [ { provider: anthropic, apiKey: "${key}`],
    ['.config/goose/config.yaml', `GOOSE_PROVIDER: anthropic\nANTHROPIC_HOST: ${key}\nGOOSE_MODEL: ${key}\n`],
    ['.config/goose/config.yaml', `GOOSE_PROVIDER: anthropic\nGOOSE_MODEL: "${key}\n`],
  ];
  for (const [place, text] of files) {
    it(`~/${place}: ${JSON.stringify(text.replace(key, 'KEY').slice(0, 60))}`, async () => {
      const dir = caseWith(place, text);
      for (const format of ['text', 'json', 'github', 'sarif'])
        for (const lang of ['en', 'ja']) {
          const run = await runCli(['check', '--format', format, '--lang', lang, '--verbose'], dir);
          expect([0, 1]).toContain(run.code);
          expect(run.stdout + run.stderr).not.toContain(key.slice(20, 44));
        }
    });
  }
});

describe('the YAML library is loaded only when a YAML file is read', () => {
  /** A preload that records every file of dist/ the launcher opens or reads. */
  function traced(dir: string) {
    const log = join(dir, 'reads.log');
    const hook = join(dir, 'hook.cjs');
    writeFileSync(
      hook,
      `const fs = require('node:fs');
for (const name of ['readFileSync', 'openSync']) {
  const real = fs[name];
  fs[name] = function (p, ...rest) { if (typeof p === 'string' && p.endsWith('.cjs')) fs.appendFileSync(${JSON.stringify(log)}, p + '\\n'); return real.call(this, p, ...rest); };
}`,
    );
    return { env: { NODE_OPTIONS: `--require ${hook}` }, reads: () => readFileSync(log, 'utf8') };
  }

  it('not for a plain check, nor for plain YAML; yes for YAML the plain reader leaves to it', async () => {
    const plain = prepareCase();
    writeFileSync(join(plain, '.env'), `ANTHROPIC_API_KEY=${apiKey(1)}\n`);
    const t = traced(plain);
    expect((await runCli(['check'], plain, t.env)).code).toBe(0);
    expect(t.reads()).toContain('main.cjs');
    expect(t.reads()).not.toContain('yaml.cjs');
    const simple = caseWith('.continue/config.yaml', 'models:\n  - provider: anthropic\n    apiKey: x\n');
    const s = traced(simple);
    await runCli(['check'], simple, s.env);
    expect(s.reads()).toContain('main.cjs');
    expect(s.reads()).not.toContain('yaml.cjs');
    const flow = caseWith('.continue/config.yaml', 'models:\n  - provider: anthropic\n    roles: [chat, edit]\n');
    const u = traced(flow);
    await runCli(['check'], flow, u.env);
    expect(u.reads()).toContain('yaml.cjs');
  });
});
