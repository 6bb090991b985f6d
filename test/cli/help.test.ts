// Every word of the help exists in Japanese too: each option of every command (including an option
// added to options.ts later), every word of yargs' own, and the command-line messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/catalog/ui.js';
import { EXPLAIN_OPTIONS } from '../../src/cli/commands.js';
import { EXPLAIN_OPTIONS_JA, OPTIONS_JA, YARGS_JA } from '../../src/cli/help-ja.js';
import { langOf } from '../../src/cli/lang-of.js';
import { CHECK_OPTIONS, GLOBAL_OPTIONS } from '../../src/cli/options.js';

const yargsEnglish = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../node_modules/yargs/locales/en.json'), 'utf8'),
) as Record<string, unknown>;

describe('the help in Japanese', () => {
  it('describes every option of check and every global option', () => {
    const missing = Object.keys({ ...CHECK_OPTIONS, ...GLOBAL_OPTIONS }).filter((o) => !OPTIONS_JA[o]);
    expect(missing).toEqual([]);
    expect(Object.keys(EXPLAIN_OPTIONS_JA).sort()).toEqual(Object.keys(EXPLAIN_OPTIONS).sort());
  });

  it("has every word of yargs' own, in the same form (plural forms where yargs has them)", () => {
    for (const [key, english] of Object.entries(yargsEnglish)) {
      expect(YARGS_JA[key], key).toBeDefined();
      expect(typeof YARGS_JA[key], key).toBe(typeof english);
    }
  });

  it('has the same command-line words in both languages, each placeholder kept', () => {
    expect(Object.keys(UI.ja.cli).sort()).toEqual(Object.keys(UI.en.cli).sort());
    expect(UI.ja.cli.unknownOption('--x', UI.ja.cli.didYouMean('--y'))).toBe(
      '不明なオプションです：--x（--y のことですか？）',
    );
    expect(UI.en.cli.wholeNumber('--timeout', '"x"')).toBe('--timeout takes a whole number, not "x"');
  });
});

describe('langOf', () => {
  it.each([
    [['--lang', 'ja'], {}, 'ja'],
    [['--lang=ja'], {}, 'ja'],
    [['--lang', 'fr'], { LANG: 'ja_JP.UTF-8' }, 'ja'],
    [['--lang=en'], { LANG: 'ja_JP.UTF-8' }, 'en'],
    [['--', '--lang', 'ja'], {}, 'en'],
    [['--lang', 'en', '--lang', 'ja'], {}, 'ja'],
    [[], { LC_ALL: 'ja_JP' }, 'ja'],
    [['--lang'], {}, 'en'],
  ])('%j with %j: %s', (argv, env, lang) => {
    expect(langOf(argv, env)).toBe(lang);
  });
});
