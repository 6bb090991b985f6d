// The neutraliser and the escapes around it, on the injection corpus: what a terminal, a CI runner, a
// Markdown renderer or a SARIF viewer would act on is shown as text instead.
import { describe, expect, it } from 'vitest';
import {
  guardTerminal,
  jsonSafe,
  neutralise,
  neutraliseDeep,
  neutraliseLines,
  safeRuns,
} from '../../src/report/neutralise.js';
import { apiKey } from '../support/keys.js';
import { escapeData, inertBlock, markdownText, masksFor } from '../../src/report/github.js';
import { sarifText, toUri } from '../../src/report/sarif.js';
import type { Setting } from '../../src/types.js';
import { ALL, CORPUS, githubProblems, rawControl } from '../support/injection.js';

describe('neutralise', () => {
  it.each([
    ['OSC window title', '\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
    ['screen clear', '\u001b[2J', '\\x1b[2J'],
    ['BEL', 'a\u0007', 'a\\x07'],
    ['C1 CSI', '\u009b31m', '\\x9b31m'],
    ['NEL', 'a\u0085b', 'a\\x85b'],
    ['DEL', 'a\u007f', 'a\\x7f'],
    ['bidi override', 'txt.\u202eexe', 'txt.\\u{202e}exe'],
    ['bidi isolate and marks', '\u2066\u200f\u061c', '\\u{2066}\\u{200f}\\u{61c}'],
    ['CR alone', 'ok\rFORGED', 'ok\\rFORGED'],
    ['line feed', 'a\n::error::x', 'a\\n::error::x'],
    ['tab', 'a\tb', 'a\\tb'],
    ['NUL', 'a\u0000b', 'a\\x00b'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u{2028}b\\u{2029}c'],
    ['zero-width space and BOM', 'a\u200bb\ufeff', 'a\\u{200b}b\\u{feff}'],
    ['tag characters', `a${String.fromCodePoint(0xe0041)}`, 'a\\u{e0041}'],
  ])('%s', (_, input, shown) => {
    expect(neutralise(input)).toBe(shown);
  });

  it('leaves printable text alone: workflow-command text, Japanese, emoji, accents', () => {
    for (const text of ['::error::pwned', '%0A::error::', '::add-mask::x', '設定ファイル', '🔑 café', 'C:\\path']) {
      expect(neutralise(text)).toBe(text);
    }
  });

  it('leaves no raw control character of the whole corpus', () => {
    expect(rawControl(neutralise(ALL))).toBeUndefined();
    expect(neutralise(ALL)).not.toContain('\n');
  });

  it('keeps the line breaks of a block of lines, and only those', () => {
    expect(neutraliseLines('  2 | a\u001b[2J\r\n    | ^')).toBe('  2 | a\\x1b[2J\\r\n    | ^');
  });

  it('splits a value into its runs between unsafe characters', () => {
    expect(safeRuns('abc\u001b]0;x\u0007def\nghi')).toEqual(['abc', ']0;x', 'def', 'ghi']);
  });
});

describe('guardTerminal', () => {
  it('lets our newlines and SGR colours through and escapes everything else', () => {
    const ours = '\u001b[31m✖ error\u001b[39m\n\u001b[1;2mdim\u001b[22m\n';
    expect(guardTerminal(ours)).toBe(ours);
    expect(guardTerminal(`a${CORPUS.title}b${CORPUS.clear}\r\u009b\u202e`)).toBe(
      'a\\x1b]0;pwned-title\\x07b\\x1b[2J\\x1b[H\\r\\x9b\\u{202e}',
    );
  });
});

describe('jsonSafe', () => {
  it('writes DEL, C1, bidi and separators as \\u escapes: the same value, no raw character', () => {
    const value = { text: ALL, [ALL]: 1 };
    const json = jsonSafe(JSON.stringify(value));
    expect(JSON.parse(json)).toEqual(value);
    expect(rawControl(json)).toBeUndefined();
    expect(json).toContain('\\u2028');
    expect(json).toContain('\\u009b');
  });
});

describe('github commands', () => {
  it('keeps the report inert between stop-commands and a fresh random token', () => {
    const text = `report\n::error::pwned\n  ::warning::x\n##[error]y\n::endgroup::\n${CORPUS.cr}\n`;
    const [start, body, end] = inertBlock(text);
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(start!)![1];
    expect(end).toBe(`::${token}::`);
    expect(body).not.toContain('\r');
    expect(inertBlock(text)[0]).not.toBe(start);
    expect(githubProblems(['::group::claude-doctor report', start, body, end, '::endgroup::'].join('\n'))).toEqual([]);
  });

  it('sees a command outside the block, and a block the report could close', () => {
    expect(githubProblems('::stop-commands::x\n')).not.toEqual([]);
    expect(githubProblems(`${inertBlock('a').join('\n')}\n  ::error::pwned\n`)).toEqual([
      'not one of our commands: "  ::error::pwned"',
    ]);
  });

  it('masks each credential as its runs between control characters, escaped', () => {
    const setting = (value: string): Setting => ({
      role: 'api_key',
      name: 'K',
      value,
      source: 'env',
      location: { kind: 'env', name: 'K' },
    });
    const masks = masksFor([
      setting('secret-part-one\n::error::pwned-by-mask\u001b]0;title-here'),
      setting('50%0Apercent-secret'),
      setting('short'),
    ]);
    expect(masks).toEqual(['secret-part-one', '::error::pwned-by-mask', ']0;title-here', '50%0Apercent-secret']);
    const lines = masks.map((m) => `::add-mask::${escapeData(m)}`);
    expect(lines).toContain('::add-mask::50%250Apercent-secret');
    // Each mask is one line that starts with ::add-mask:: and holds no control character.
    for (const line of lines) expect(line.split('\n')).toHaveLength(1);
    expect(rawControl(lines.join('\n'))).toBeUndefined();
  });

  it('masks a key pasted where a model or base URL goes, and not the model itself', () => {
    const key = apiKey(77);
    const model = (value: string): Setting => ({
      role: 'model',
      name: 'LLM_MODEL',
      value,
      source: 'env',
      location: { kind: 'env', name: 'LLM_MODEL' },
    });
    expect(masksFor([model(key), model('anthropic/claude-sonnet-4-6')])).toEqual([key]);
  });
});

describe('markdownText', () => {
  it('renders HTML, links, images, emphasis and table pipes as the text they are', () => {
    const md = markdownText(`${CORPUS.html} ${CORPUS.link} ${CORPUS.image} *b* | ${CORPUS.title}`);
    expect(md).not.toMatch(/(^|[^\\])[<[!*|]/);
    expect(md).toContain('\\<img');
    expect(rawControl(md)).toBeUndefined();
  });
});

describe('sarif text', () => {
  it('escapes a message that would hold an embedded link or a placeholder, and only such a message', () => {
    expect(sarifText('Move them under [llm] in config.toml')).toBe('Move them under [llm] in config.toml');
    expect(sarifText('name [click](https://evil) and \\x1b')).toBe('name \\[click\\](https://evil) and \\\\x1b');
    expect(sarifText('key {0} {"a": 1}')).toBe('key {{0}} {{"a": 1}}');
    expect(sarifText('model \\u{7} {"a": 1}')).toBe('model \\u{7} {"a": 1}');
  });

  it('writes a path as a URI reference, segment by segment', () => {
    expect(toUri('deploy/my env/.env')).toBe('deploy/my%20env/.env');
    expect(toUri('a#b/c?d%e/\u001b.env')).toBe('a%23b/c%3Fd%25e/%1B.env');
  });
});

describe('neutraliseDeep', () => {
  it('neutralises every string in arrays and plain objects, and leaves every other value as it is', () => {
    const date = new Date(0);
    class Box {
      constructor(readonly s = '\x1b') {}
    }
    const box = new Box();
    expect(
      neutraliseDeep({ a: '\x1b[2J', b: ['\n', { c: '\u202e' }], n: 1, z: null, u: undefined, t: true, date, box }),
    ).toEqual({
      a: '\\x1b[2J',
      b: ['\\n', { c: '\\u{202e}' }],
      n: 1,
      z: null,
      u: undefined,
      t: true,
      date,
      box,
    });
    expect(neutraliseDeep({ date, box }).box).toBe(box);
    expect(neutraliseDeep('\x07')).toBe('\\x07');
    expect(neutraliseDeep(['\x00'])).toEqual(['\\x00']);
    expect(neutraliseDeep(null)).toBeNull();
    expect(neutraliseDeep(0)).toBe(0);
    expect(neutraliseDeep('')).toBe('');
  });
});
