// Wrapping at a terminal, against a planted .env: escapes, bidi controls, workflow commands, our own
// wrap markers (U+0001, U+0002) and unbalanced backticks in names and values. The promise: the wrapped
// report holds no raw control character but our line feeds and colours and none of the markers, every
// line fits unless it is one word, and in CI (where a runner reads the log) nothing is wrapped, so no
// line a runner would read as a command appears.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth, stripColor } from '../../src/report/width.js';
import { prepareCase } from '../support/fixture-case.js';
import { runMain } from '../support/run-main.js';
import { ALL_NO_NUL, commandLines, rawControl } from '../support/injection.js';

const MARKERS = `\u0001${'x'.repeat(30)}\u0002 \`open ${'y '.repeat(30)}`;

/** main() with stdout playing a terminal of `columns` columns (0: a pipe). */
async function atTerminal(args: string[], cwd: string, env: Record<string, string>, columns: number) {
  const run = await runMain(
    args,
    { HOME: join(cwd, 'home'), PATH: process.env.PATH ?? '', ...env },
    cwd,
    columns ? { columns } : undefined,
  );
  return run.stdout;
}

describe('wrapping a hostile report', () => {
  const dir = prepareCase();
  writeFileSync(
    join(dir, '.env'),
    [
      `ANTHROPIC_MODEL="claude-sonnet-4-6 ${ALL_NO_NUL.replace(/\n/g, '\\n')} ${MARKERS}"`,
      `ANTHROPIC_BASE_URL="https://proxy.example/${MARKERS.replace(/ /g, '')}"`,
      'ANTHROPIC_API_KEY=your-api-key',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  const args = ['check', '--offline', '--no-docker', '--no-env', '--verbose', '--color'];

  it.each(['en', 'ja'])('%s: no raw control character, no marker, every line fits or is one word', async (lang) => {
    const out = await atTerminal([...args, '--lang', lang], dir, {}, 40);
    expect(out).toContain('your-api-key');
    expect(rawControl(out, true)).toBeUndefined();
    expect([out.includes('\u0001'), out.includes('\u0002')]).toEqual([false, false]);
    for (const line of stripColor(out).split('\n')) {
      if (displayWidth(line) > 40) expect(line.trim(), line).toMatch(/^(?:\d+\. |> )?(?:\S+(?: \S+)? {2,})?\S+$/);
    }
  });

  it('in CI nothing is wrapped, and no line reads as a workflow command', async () => {
    const ci = await atTerminal([...args, '--no-color'], dir, { CI: 'true' }, 40);
    const piped = await atTerminal([...args, '--no-color'], dir, { CI: 'true' }, 0);
    expect(ci).toBe(piped);
    expect(ci.split('\n').some((l) => displayWidth(l) > 40)).toBe(true);
    expect(commandLines(ci)).toEqual([]);
  });
});
