// Attacks on the LiteLLM config reader: an alias bomb, a megabyte of YAML, binary bytes, deep nesting and
// keys in YAML values. The promise: a finding or a report, no stack trace, bounded time and memory, and
// no key printed raw in any output format.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTimed } from '../support/hostile.js';
import { apiKey } from '../support/keys.js';
import { fragmentLeaked } from '../support/leaks.js';

const folder = (text: string | Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'cd-litellm-hostile-'));
  writeFileSync(join(dir, 'config.yaml'), text);
  return dir;
};
const run = (dir: string, args: string[] = []) =>
  runTimed(['check', '--offline', '--no-docker', '--format', 'json', ...args], dir);
const codes = (stdout: string) => (JSON.parse(stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);

describe('hostile LiteLLM configs', () => {
  it('an alias bomb is never expanded: bounded time and memory, and the entry has no model name', async () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const r = await run(folder(`model_list:\n  - model_name: *a11\n${text}`));
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    const profiles = (JSON.parse(r.stdout) as { profiles: { client: string; label?: string }[] }).profiles;
    expect(profiles.filter((p) => p.client === 'litellm').length).toBe(1);
    expect(r.ms).toBeLessThan(5000);
    expect(r.maxRssMb).toBeLessThan(300);
  });

  it('a 1 MiB YAML file: read within the limit or refused as too large, never a crash', async () => {
    const line = `  - model_name: m\n    litellm_params:\n      model: anthropic/claude-sonnet-4-6\n`;
    const body = `model_list:\n${line.repeat(Math.floor((1024 * 1024 - 20) / line.length))}`;
    const r = await run(folder(body));
    expect(r.code).not.toBe(2);
    expect(r.stderr).not.toMatch(/at .*\.cjs:\d+/);
    expect(r.ms).toBeLessThan(10_000);
    const over = await run(folder(`${body}${line.repeat(100)}`));
    expect(codes(over.stdout)).toContain('source/too-large');
  });

  it('binary bytes and deep nesting are findings, not stack traces', async () => {
    const binary = await run(folder(Buffer.from('model_list:\n  - \u0000\u0001\u0002\n', 'latin1')));
    expect(codes(binary.stdout)).toContain('source/not-text');
    const deep = await run(folder(`model_list: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`));
    expect(deep.code).not.toBe(2);
    expect(deep.stderr).toBe('');
    expect(codes(deep.stdout).some((c) => c.startsWith('litellm/') || c.startsWith('source/'))).toBe(true);
  });

  it('a key in any YAML value is never printed raw, in every format and language', async () => {
    const key = apiKey(7);
    const dir = folder(
      [
        'environment_variables:',
        `  ANTHROPIC_API_KEY: "${key}"`,
        'model_list:',
        '  - model_name: a',
        '    litellm_params:',
        `      model: "${key}"`,
        '      api_key: os.environ/ANTHROPIC_API_KEY',
        `      api_base: "https://x.example/${key}"`,
        '  - model_name: b',
        '    litellm_params:',
        '      model: anthropic/claude-sonnet-4-6',
        `      api_key: "\${${key}}"`,
        'general_settings:',
        `  master_key: "${key}"`,
        'litellm_settings:',
        `  master_key: "${key}"`,
        `bad: [${key}`,
      ].join('\n'),
    );
    for (const format of ['text', 'json', 'github', 'sarif'])
      for (const lang of ['en', 'ja']) {
        const r = await runTimed(['check', '--offline', '--no-docker', '--format', format, '--lang', lang], dir);
        expect(r.code).not.toBe(2);
        expect(fragmentLeaked(r.stdout + r.stderr, key, 12), `${format} ${lang}`).toBeUndefined();
      }
    // Without the syntax error, the values themselves are read and reported.
    writeFileSync(
      join(dir, 'config.yaml'),
      `${(await import('node:fs')).readFileSync(join(dir, 'config.yaml'), 'utf8').split('\nbad:')[0]}\n`,
    );
    for (const format of ['text', 'json', 'github', 'sarif']) {
      const r = await runTimed(['check', '--offline', '--no-docker', '--format', format, '--verbose'], dir);
      expect(r.code).toBe(1);
      expect(fragmentLeaked(r.stdout + r.stderr, key, 12), format).toBeUndefined();
    }
  });
});
