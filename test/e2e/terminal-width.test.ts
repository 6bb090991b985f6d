// End to end at a real terminal: the built CLI under a pseudo-terminal (util-linux `script`), 80 columns,
// in English and Japanese. The profile table lines up by display width (Japanese labels are two columns a
// character), every line fits 80 columns unless it is one unbreakable word (a docs URL), continuation
// lines hang under their text, and the words are those of the unwrapped report. Off a terminal (a pipe),
// or in CI, or as JSON, nothing is wrapped.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/catalog/ui.js';
import { displayWidth, stripColor } from '../../src/report/width.js';
import { words } from '../../src/report/wrap.js';
import { apiKey } from '../support/keys.js';
import { CLI, prepareCase, runCli } from '../support/fixture-case.js';
import { hasScript } from '../support/terminal.js';

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/**
 * The CLI with stdout and stderr on a pseudo-terminal (of `cols` columns, when given: otherwise it says
 * none); its output as the terminal got it, CRs removed.
 */
function atTerminal(args: string[], cwd: string, env: Record<string, string> = {}, cols?: number): Promise<string> {
  const command = (cols ? `stty cols ${cols} && ` : '') + ['node', '--', CLI, ...args].map(quote).join(' ');
  return new Promise((resolve, reject) =>
    execFile(
      'script',
      ['-qec', command, '/dev/null'],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, SHELL: '/bin/sh', TERM: 'xterm', ...env } },
      (error, stdout, stderr) =>
        error && error.code !== 1
          ? reject(new Error(`${error.message}: ${stdout}${stderr}`))
          : resolve(stdout.replaceAll('\r', '')),
    ),
  );
}

/** A setup whose report has a table with every label, long messages and long fix steps. */
function setup(): string {
  const dir = prepareCase();
  writeFileSync(
    `${dir}/.env`,
    [
      `ANTHROPIC_API_KEY=${apiKey(1).slice(0, 40)}`,
      `ANTHROPIC_AUTH_TOKEN=${apiKey(2)}`,
      'ANTHROPIC_MODEL=claude-2.1',
      'ANTHROPIC_BASE_URL=https://llm-gateway.example.com/anthropic/v1/messages/and/a/long/path',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  return dir;
}

const ARGS = ['check', '--offline', '--no-docker', '--no-env', '--verbose'];

/**
 * A line fits, or cannot: it is one word (a docs URL) after its indent, or a table row's label and one
 * word (a long base URL), which no break could shorten.
 */
const fits = (line: string, width: number) =>
  displayWidth(line) <= width || /^ *(?:\d+\. |> )?(?:\S+(?: \S+)? {2,})?\S+$/.test(line);

// In CI a missing `script` fails the test rather than skipping it, as in overview.test.ts.
describe.skipIf(!hasScript && !process.env.CI)('at an 80-column terminal', () => {
  const dir = setup();

  it.each(['en', 'ja'] as const)('%s: lines fit, the table lines up, continuation lines hang', async (lang) => {
    const out = stripColor(await atTerminal([...ARGS, '--lang', lang], dir, { COLUMNS: '80' }));
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(fits(line, 80), line).toBe(true);
    // The profile table: each row's value starts at the same column, and so do its continuation lines.
    const ui = UI[lang];
    const labels = [ui.apiKey, ui.authToken, ui.model, ui.baseUrl];
    const columns = new Set<number>();
    for (const [i, line] of lines.entries()) {
      const label = labels.find((l) => line.startsWith(`  ${l} `));
      if (!label) continue;
      const column = displayWidth(line.match(/^ {2}\S.*? {2,}/)![0]);
      columns.add(column);
      for (const next of lines.slice(i + 1)) {
        if (!/^ +\S/.test(next) || displayWidth(next.match(/^ +/)![0]) !== column) break;
        expect(displayWidth(next.match(/^ +/)![0])).toBe(column);
      }
    }
    expect(columns.size).toBe(1);
    // Some lines were wrapped: the same report through a pipe has lines longer than 80 columns that are
    // not one word, and the same words in the same order.
    const piped = (await runCli([...ARGS, '--lang', lang], dir)).stdout;
    expect(piped.split('\n').some((l) => displayWidth(l) > 80 && words(l.trimStart()).length > 1)).toBe(true);
    expect(out.replace(/\s/g, '')).toBe(piped.replace(/\s/g, ''));
    // A numbered step that wraps continues under its text.
    const step = lines.findIndex((l, i) => /^ +\d+\. /.test(l) && /^ +[^\d\s]/.test(lines[i + 1] ?? ''));
    expect(step).toBeGreaterThan(-1);
    const textColumn = displayWidth(lines[step]!.match(/^ +\d+\. /)![0]);
    expect(displayWidth(lines[step + 1]!.match(/^ +/)![0])).toBe(textColumn);
  });

  it('wraps at the width COLUMNS gives, and at 80 when the terminal says none', async () => {
    const narrow = stripColor(await atTerminal([...ARGS, '--lang', 'ja'], dir, { COLUMNS: '50' })).split('\n');
    expect(narrow.filter((l) => !fits(l, 50))).toEqual([]);
    const none = stripColor(await atTerminal([...ARGS, '--lang', 'ja'], dir)).split('\n');
    expect(none.filter((l) => !fits(l, 80))).toEqual([]);
    expect(none.some((l) => displayWidth(l) > 50 && words(l.trimStart()).length > 1)).toBe(true);
  });

  it('wraps at the terminal’s own width', async () => {
    const out = stripColor(await atTerminal([...ARGS, '--lang', 'ja'], dir, {}, 64)).split('\n');
    expect(out.filter((l) => !fits(l, 64))).toEqual([]);
    expect(out.some((l) => displayWidth(l) > 60 && words(l.trimStart()).length > 1)).toBe(true);
  });

  it('does not wrap in CI, nor JSON', async () => {
    const piped = (await runCli([...ARGS, '--lang', 'ja'], dir)).stdout;
    const ci = await atTerminal([...ARGS, '--lang', 'ja', '--no-color'], dir, { COLUMNS: '80', CI: 'true' });
    expect(ci).toBe(piped);
    const json = await atTerminal([...ARGS, '--format', 'json'], dir, { COLUMNS: '40' });
    expect(JSON.parse(json)).toEqual(JSON.parse((await runCli([...ARGS, '--format', 'json'], dir)).stdout));
  });

  it('wraps codes and explain too', async () => {
    // The log line has characters only string-width measures (a combining accent, Hangul, an emoji with a
    // skin tone): its bundle (dist/string-width.cjs) is loaded then.
    const log = '401 invalid x-api-key from the gateway cafe\u0301 한국어 👍🏻 and more words to wrap';
    for (const args of [['codes'], ['codes', 'key/truncated'], ['explain', log]]) {
      const out = stripColor(await atTerminal([...args, '--lang', 'ja'], dir, { COLUMNS: '60' })).split('\n');
      expect(out.length).toBeGreaterThan(3);
      expect(out.filter((l) => !fits(l, 60))).toEqual([]);
    }
  });
});
