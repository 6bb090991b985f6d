// `codes <code>` on a terminal: one language, plain lines, the fix steps in general form and said to be,
// a note for a code whose steps depend on the case, and the docs URL; colour only when asked.
import { describe, expect, it } from 'vitest';
import { entry } from '../src/catalog/index.js';
import { CODES, codeList, codePage, codeTerminalPage, markdownText } from '../src/docs-page.js';
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
        'How to fix (in general: claude-doctor check gives these steps with your own values)',
        '  1. `chmod 600 <file>`',
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
    expect(page).toContain('\n対処方法（一般的な形。claude-doctor check は実際の値でこの手順を示します）\n');
    expect(page).not.toMatch(/Why|How to fix|Severity/);
    for (const line of page.split('\n').slice(3, -3))
      if (line && !/^(理由|例|対処方法)/.test(line)) expect(line).toMatch(/^ {2}/);
  });

  it("says, after the steps, when they are those of the example's case", () => {
    const note = 'These are the steps for a case like the example; for another case, check gives its own steps.';
    expect(codeTerminalPage('url/invalid', 'en', paint(false))).toContain(
      `or unset <VARIABLE> to use the default.\n\n  ${note}\n\nDocs:`,
    );
    expect(codeTerminalPage('url/v1-suffix', 'en', paint(false))).not.toContain(note);
    expect(codeTerminalPage('url/invalid', 'ja', paint(false))).toContain(
      '\n\n  上の例と同じ場合の手順です。別の場合は、check がその場合の手順を示します。\n\n詳細:',
    );
  });

  it('colours the headings only when enabled', () => {
    expect(codeTerminalPage('key/empty', 'en', paint(true))).toContain('\x1b[1mWhy\x1b[22m');
    expect(codeTerminalPage('key/empty', 'en', paint(false))).not.toContain('\x1b[');
  });
});

describe('codePage (docs/codes)', () => {
  it('keeps the example message and gives the general steps, escaped for Markdown', () => {
    const page = codePage('url/v1-suffix');
    expect(page).toContain('> ANTHROPIC_BASE_URL is https://api.anthropic.com/v1; requests will go to');
    expect(page).toContain(
      [
        '### How to fix',
        '',
        '_(in general: claude-doctor check gives these steps with your own values)_',
        '',
        '1. Edit \\<file> line \\<line> (\\<VARIABLE>).',
        '2. Set \\<VARIABLE>=\\<base URL> (without /v1).',
      ].join('\n'),
    );
    expect(page).toContain('1. \\<ファイル> の \\<行番号> 行目（\\<変数名>）を編集します。');
  });

  it('gives the note of a code with cases after its steps, in each language', () => {
    const page = codePage('url/invalid');
    expect(page).toContain(
      'the default.\n\n_These are the steps for a case like the example; for another case, check gives its own steps._',
    );
    expect(page).toContain('_（一般的な形。claude-doctor check は実際の値でこの手順を示します）_');
    expect(page).toContain('\n\n_上の例と同じ場合の手順です。');
  });

  it('escapes < outside code spans only', () => {
    expect(markdownText('Set <A> with `echo <b>` then <c>')).toBe('Set \\<A> with `echo <b>` then \\<c>');
    expect(markdownText('no placeholder')).toBe('no placeholder');
  });
});

describe('codeList', () => {
  it('lists every code with its severity and title, in columns, in the language asked for', () => {
    const en = codeList('en').split('\n');
    expect(en.slice(0, 2)).toEqual(['Codes (claude-doctor codes <code> prints one)', '']);
    expect(en.slice(2, -1)).toHaveLength(CODES.length);
    const width = Math.max(...CODES.map((c) => c.length)) + 2;
    expect(en).toContain(`${'key/empty'.padEnd(width)}${'error'.padEnd(9)}${entry('key/empty').title.en}`);
    // Padded by display width: エラー takes six columns of the nine.
    expect(codeList('ja')).toContain(`${'key/empty'.padEnd(width)}エラー   ${entry('key/empty').title.ja}`);
    expect(en.at(-1)).toBe('');
  });
});
