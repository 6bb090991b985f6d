// End to end: --color / --no-color against NO_COLOR and FORCE_COLOR (the flag wins), `codes <code>` as
// a page for a terminal in one language, and docs links as URLs in text, JSON and SARIF.
import { describe, expect, it } from 'vitest';
import { prepareCase, runCli, runJson } from '../support/fixture-case.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: an ANSI escape sequence is what this looks for
const ANSI = /\x1b\[/;
const DOCS = 'https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/';

describe('colour', () => {
  const dir = prepareCase('env/models-and-urls');
  it.each([
    [[], {}, false],
    [['--color'], {}, true],
    [['--color'], { NO_COLOR: '1' }, true],
    [['--color=true'], { TERM: 'dumb' }, true],
    [['--no-color'], {}, false],
    [['--no-color'], { FORCE_COLOR: '1' }, false],
    [['--color=false'], { FORCE_COLOR: '3' }, false],
    [[], { FORCE_COLOR: '1' }, true],
    [[], { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    [[], { NO_COLOR: '1' }, false],
  ])('check %j with %j: colour %s', async (flags, env, coloured) => {
    const { stdout } = await runCli(['check', ...flags], dir, env);
    expect(stdout).toContain('problems found');
    expect(ANSI.test(stdout)).toBe(coloured);
  });

  it('applies to explain and codes too', async () => {
    expect((await runCli(['explain', '--color', 'invalid x-api-key'], dir)).stdout).toMatch(ANSI);
    expect(
      (await runCli(['explain', '--no-color', 'invalid x-api-key'], dir, { FORCE_COLOR: '1' })).stdout,
    ).not.toMatch(ANSI);
    expect((await runCli(['codes', 'key/empty', '--color'], dir)).stdout).toMatch(ANSI);
    expect((await runCli(['codes', 'key/empty'], dir)).stdout).not.toMatch(ANSI);
  });
});

describe('codes <code>', () => {
  const dir = prepareCase();
  it('is a page for a terminal: no Markdown, English only, the steps in general form, the docs URL', async () => {
    const { code, stdout } = await runCli(['codes', 'config/unknown-option'], dir);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('config/unknown-option  Unknown option in the claude-doctor configuration');
    expect(lines).toContain('Severity: warning');
    expect(lines).toContain('How to fix (in general: claude-doctor check gives these steps with your own values)');
    expect(lines).toContain('  1. Rename "<option>" to "<known option>" in <file>.');
    expect(lines).toContain(
      '  .claude-doctor.json sets "ignores", which claude-doctor does not know (did you mean "ignore"?); it understands ignore, strict, offline, lang.',
    );
    expect(lines.at(-1)).toBe(`Docs: ${DOCS}config-unknown-option.md`);
    expect(stdout).not.toMatch(/^#|^>|<!--|`config/m);
    expect(stdout).not.toMatch(/[\u3040-\u30ff]/);
  });

  it('is in Japanese only with --lang ja or a Japanese locale', async () => {
    for (const [args, env] of [
      [['codes', 'key/whitespace', '--lang', 'ja'], {}],
      [['codes', 'key/whitespace'], { LANG: 'ja_JP.UTF-8' }],
    ] as const) {
      const { stdout } = await runCli([...args], dir, env);
      expect(stdout.split('\n')[0]).toBe('key/whitespace  キーに空白文字が含まれています');
      expect(stdout).toContain('重大度: エラー');
      expect(stdout).toContain('対処方法（一般的な形。claude-doctor check は実際の値でこの手順を示します）');
      expect(stdout).toContain(`詳細: ${DOCS}key-whitespace.md`);
      expect(stdout).not.toMatch(/The key contains whitespace|How to fix|^#/m);
    }
  });

  // The example stays (its message); the steps carry placeholders, in the chosen language's words only.
  it('gives url/v1-suffix in general form: --lang ja in Japanese only, --lang en in English only', async () => {
    const ja = (await runCli(['codes', 'url/v1-suffix', '--lang', 'ja'], dir)).stdout.split('\n');
    expect(ja).toEqual(
      expect.arrayContaining([
        '対処方法（一般的な形。claude-doctor check は実際の値でこの手順を示します）',
        '  1. <ファイル> の <行番号> 行目（<変数名>）を編集します。',
        '  2. <変数名>=<ベースURL> にします（/v1 を付けません）。',
      ]),
    );
    expect(ja.join('\n')).toContain('ANTHROPIC_BASE_URL が https://api.anthropic.com/v1 のため');
    expect(ja.join('\n')).not.toMatch(/<VARIABLE>|<file>|How to fix|Edit |Set |Why|Example/);
    const en = (await runCli(['codes', 'url/v1-suffix', '--lang', 'en'], dir, { LANG: 'ja_JP.UTF-8' })).stdout;
    expect(en.split('\n')).toEqual(
      expect.arrayContaining([
        '  1. Edit <file> line <line> (<VARIABLE>).',
        '  2. Set <VARIABLE>=<base URL> (without /v1).',
      ]),
    );
    expect(en).toContain('ANTHROPIC_BASE_URL is https://api.anthropic.com/v1; requests will go to');
    expect(en).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
    // The fix steps are general: the example's own values appear only in its message.
    const steps = en.slice(en.indexOf('How to fix'), en.indexOf('Docs:'));
    expect(steps).not.toMatch(/ANTHROPIC_BASE_URL|api\.anthropic\.com/);
  });

  it('the list is in the chosen language too', async () => {
    const en = (await runCli(['codes'], dir)).stdout;
    const ja = (await runCli(['codes'], dir, { LANG: 'ja_JP.UTF-8' })).stdout;
    expect(en).toMatch(/^key\/whitespace\s+error\s+The key contains whitespace$/m);
    expect(ja).toMatch(/^key\/whitespace\s+エラー\s+キーに空白文字が含まれています$/m);
  });
});

describe('docs links', () => {
  const dir = prepareCase('env/models-and-urls');
  it('are URLs in the text report', async () => {
    const { stdout } = await runCli(['check'], dir);
    const docs = stdout.split('\n').filter((l) => l.trim().startsWith('Docs:'));
    expect(docs.length).toBeGreaterThan(0);
    for (const line of docs)
      expect(line.trim()).toMatch(
        /^Docs: https:\/\/github\.com\/claude-doctor\/claude-doctor\/blob\/main\/docs\/codes\/[a-z0-9-]+\.md$/,
      );
  });

  it('JSON keeps "docs" as the page path (DESIGN.md) and adds "docsUrl"', async () => {
    const { json } = await runJson(['check'], dir);
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings as unknown as { code: string; docs: string; docsUrl: string }[]) {
      const page = `${f.code.replace('/', '-')}.md`;
      expect(f.docs).toBe(`docs/codes/${page}`);
      expect(f.docsUrl).toBe(`${DOCS}${page}`);
    }
  });

  it('explain and SARIF link the same URLs', async () => {
    const text = (await runCli(['explain', 'invalid x-api-key'], dir)).stdout;
    expect(text).toContain(`Docs: ${DOCS}auth-invalid-api-key.md`);
    const json = JSON.parse((await runCli(['explain', '--format', 'json', 'invalid x-api-key'], dir)).stdout);
    expect(json.findings[0]).toMatchObject({
      docs: 'docs/codes/auth-invalid-api-key.md',
      docsUrl: `${DOCS}auth-invalid-api-key.md`,
    });
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif'], dir)).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'key/whitespace');
    expect(rule.helpUri).toBe(`${DOCS}key-whitespace.md`);
  });
});
