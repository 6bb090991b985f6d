// The general form of every code's fix steps: none of the example's own values, placeholders in their place,
// in the language asked for only. The check is independent of src/general-steps.ts: it swaps each of the
// example's values for a marker and renders the catalogue's fix itself, to learn which values reach a step.
import { describe, expect, it } from 'vitest';
import { GENERAL_FORMS, PLACEHOLDERS } from '../src/catalog/general-forms.js';
import { CODES, type Code, entry } from '../src/catalog/index.js';
import { generalArgs, generalSteps } from '../src/general-steps.js';
import type { Lang, Location } from '../src/types.js';

const MARK = 'QQMARKQQ';

interface Leaf {
  name: string;
  value: string;
}

/** Every string in a value, with the name of the argument or field it sits in. */
function leaves(value: unknown, name: string): Leaf[] {
  if (typeof value === 'string') return [{ name, value }];
  if (Array.isArray(value)) return value.flatMap((item) => leaves(item, name));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, k));
  return [];
}

/** The value with every string equal to `target` (in an argument not kept) replaced by the marker. */
function mark(value: unknown, name: string, target: string, keptNames: string[]): unknown {
  if (typeof value === 'string') return value === target && !keptNames.includes(name) ? MARK : value;
  if (Array.isArray(value)) return value.map((item) => mark(item, name, target, keptNames));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v, k, target, keptNames)]));
  return value;
}

/** A location's or a credential's `kind` says which it is; it is never the user's own value. */
function keptNames(code: Code): string[] {
  const form = GENERAL_FORMS[code] ?? {};
  return ['kind', ...(form.constant ?? []), ...(form.branch ?? [])];
}

function render(code: Code, lang: Lang, args: unknown, loc: unknown): string | Error {
  const spec = entry(code);
  try {
    return spec.fix[lang](args as typeof spec.example, loc as Location | undefined).join('\n');
  } catch (error) {
    return error as Error;
  }
}

const count = (text: string, part: string) => text.split(part).length - 1;
const placeholdersOf = (code: Code, lang: Lang) =>
  [...Object.values(PLACEHOLDERS), ...Object.values(GENERAL_FORMS[code]?.args ?? {})].map((p) => p[lang]);

const cases = CODES.flatMap((code) => (['en', 'ja'] as const).map((lang) => [code, lang] as const));

describe('generalSteps', () => {
  it.each(cases)('%s (%s): no value of the example, placeholders instead', (code, lang) => {
    const spec = entry(code);
    const kept = keptNames(code);
    const general = generalSteps(code, lang).steps.join('\n');
    const example = render(code, lang, spec.example, spec.exampleLocation) as string;
    expect(general).not.toMatch(/undefined|\[object Object\]/);
    // The same steps, in general: none lost with a value (a list of a file and a variable keeps both).
    expect(generalSteps(code, lang).steps).toHaveLength(spec.fix[lang](spec.example, spec.exampleLocation).length);
    const values = new Set(
      [...leaves(spec.example, ''), ...leaves(spec.exampleLocation, '')]
        .filter((leaf) => !kept.includes(leaf.name) && leaf.value.length > 3)
        .map((leaf) => leaf.value),
    );
    for (const value of values) {
      const marked = render(
        code,
        lang,
        mark(spec.example, '', value, kept),
        mark(spec.exampleLocation, '', value, kept),
      );
      // A value that chooses the wording (an enum) must be declared a branch (or a constant).
      expect(marked, `${code}: ${JSON.stringify(value)} chooses the steps: declare it`).not.toBeInstanceOf(Error);
      const text = marked as string;
      expect(text, `${code}: ${JSON.stringify(value)} chooses the steps: declare it`).not.toMatch(/undefined/);
      if (!text.includes(MARK)) {
        expect(text, `${code}: ${JSON.stringify(value)} chooses the steps: declare it`).toBe(example);
        continue;
      }
      // The value reaches a step: the general form has it only where the wording itself does.
      expect(count(general, value), `${code}: ${JSON.stringify(value)} is left in\n${general}`).toBeLessThanOrEqual(
        count(text, value),
      );
      expect(placeholdersOf(code, lang).some((p) => general.includes(p) && !example.includes(p))).toBe(true);
    }
  });

  it.each(cases)('%s (%s): the general steps are in that language only', (code, lang) => {
    const general = generalSteps(code, lang).steps.join('\n');
    if (lang === 'en') expect(general).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
    else
      for (const p of Object.values(PLACEHOLDERS))
        if (p.en !== p.ja) expect(general.includes(p.en), `${p.en} in\n${general}`).toBe(false);
  });

  it('names only arguments that the examples have', () => {
    for (const [code, form] of Object.entries(GENERAL_FORMS)) {
      const spec = entry(code as Code);
      const names = new Set([...leaves(spec.example, ''), ...leaves(spec.exampleLocation, '')].map((l) => l.name));
      for (const name of [...(form.constant ?? []), ...(form.branch ?? []), ...Object.keys(form.args ?? {})])
        expect(names.has(name), `${code}: ${name}`).toBe(true);
    }
  });

  it('replaces strings, lines and columns by name, and keeps numbers, flags, kinds and declared arguments', () => {
    const example = {
      name: 'LLM_API_KEY',
      status: 401,
      unverified: false,
      approved: true,
      nothing: null,
      reason: 'no-scheme',
      places: [
        { kind: 'file', path: '.env', line: 3, column: 19 },
        { kind: 'env', name: 'LLM_API_KEY' },
      ],
      lines: [2, 9],
    };
    const form = { branch: ['reason'], args: { name: { en: '<NAME>', ja: '<名前>' } } };
    expect(generalArgs(example, form, 'en')).toEqual({
      name: '<NAME>',
      status: 401,
      unverified: false,
      approved: true,
      nothing: null,
      reason: 'no-scheme',
      places: [
        { kind: 'file', path: '<file>', line: '<line>', column: '<column>' },
        { kind: 'env', name: '<NAME>' },
      ],
      lines: [2, 9],
    });
    expect(generalArgs(example, { constant: ['name', 'path'] }, 'ja').places).toEqual([
      { kind: 'file', path: '.env', line: '<行番号>', column: '<列>' },
      { kind: 'env', name: 'LLM_API_KEY' },
    ]);
  });

  it('says which codes give other steps in another case', () => {
    expect(generalSteps('url/invalid', 'en').branched).toBe(true);
    expect(generalSteps('url/v1-suffix', 'en').branched).toBe(false);
  });

  it('gives url/v1-suffix with placeholders, in each language', () => {
    expect(generalSteps('url/v1-suffix', 'en').steps).toEqual([
      'Edit <file> line <line> (<VARIABLE>).',
      'Set <VARIABLE>=<base URL> (without /v1).',
    ]);
    expect(generalSteps('url/v1-suffix', 'ja').steps).toEqual([
      '<ファイル> の <行番号> 行目（<変数名>）を編集します。',
      '<変数名>=<ベースURL> にします（/v1 を付けません）。',
    ]);
  });
});
