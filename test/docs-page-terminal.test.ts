// `codes <code>` on a terminal: one language, plain lines, the example's fix steps said to be the
// example's, and the docs URL; colour only when asked.
import { describe, expect, it } from 'vitest';
import { entry } from '../src/catalog/index.js';
import { codeTerminalPage } from '../src/docs-page.js';
import { paint } from '../src/report/color.js';

describe('codeTerminalPage', () => {
  it('lays out the page of a code, in English', () => {
    const spec = entry('hygiene/world-readable');
    expect(codeTerminalPage('hygiene/world-readable', 'en', paint(false))).toBe(
      [
        'hygiene/world-readable  A file with a key is readable by other users',
        'Severity: warning',
        '',
        'Why',
        `  ${spec.why.en}`,
        '',
        'Example',
        `  ${spec.message.en(spec.example)}`,
        '',
        'How to fix (for the example above; claude-doctor check gives these steps with your own values)',
        ...spec.fix.en(spec.example, spec.exampleLocation).map((s, i) => `  ${i + 1}. ${s}`),
        '',
        'Docs: https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/hygiene-world-readable.md',
        '',
      ].join('\n'),
    );
  });

  it('indents every line of a multi-line step, and speaks Japanese only when asked', () => {
    const page = codeTerminalPage('openhands/llm-section-dropped', 'ja', paint(false));
    expect(page.split('\n')[0]).toBe(
      `openhands/llm-section-dropped  ${entry('openhands/llm-section-dropped').title.ja}`,
    );
    expect(page).toContain('\n理由\n');
    expect(page).toContain('\n対処方法 （上の例の場合。claude-doctor check は実際の値でこの手順を示します）\n');
    expect(page).not.toMatch(/Why|How to fix|Severity/);
    for (const line of page.split('\n').slice(3, -3))
      if (line && !/^(理由|例|対処方法)/.test(line)) expect(line).toMatch(/^ {2}/);
  });

  it('colours the headings only when enabled', () => {
    expect(codeTerminalPage('key/empty', 'en', paint(true))).toContain('\x1b[1mWhy\x1b[22m');
    expect(codeTerminalPage('key/empty', 'en', paint(false))).not.toContain('\x1b[');
  });
});
