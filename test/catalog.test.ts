import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES, catalog, docsPath, entry } from '../src/catalog/index.js';
import { codePage } from '../src/docs-page.js';
import { LANGS } from '../src/i18n.js';

const root = join(import.meta.dirname, '..');

describe('catalogue', () => {
  it.each(CODES)('%s has every field in every language', (code) => {
    const spec = entry(code);
    expect(['error', 'warning', 'info']).toContain(spec.severity);
    for (const lang of LANGS) {
      expect(spec.title[lang], `${code} title ${lang}`).toMatch(/\S/);
      expect(spec.why[lang].trim().length, `${code} why ${lang}`).toBeGreaterThan(20);
      expect(spec.message[lang](spec.example), `${code} message ${lang}`).toMatch(/\S/);
      const steps = spec.fix[lang](spec.example, spec.exampleLocation);
      expect(steps.length, `${code} fix ${lang}`).toBeGreaterThan(0);
      for (const step of steps) expect(step).toMatch(/\S/);
      // Japanese text must really be Japanese, not an English copy.
      if (lang === 'ja') expect(spec.title.ja + spec.why.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('names codes area/name in kebab-case', () => {
    for (const code of CODES) expect(code).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has every issue-2 code of DESIGN.md', () => {
    const design = [
      'key/missing',
      'key/empty',
      'key/placeholder',
      'key/masked',
      'key/whitespace',
      'key/quoted',
      'key/invisible-character',
      'key/bearer-prefix',
      'key/truncated',
      'key/oauth-token',
      'key/refresh-token',
      'key/admin-key',
      'key/other-provider',
      'key/unknown-format',
      'key/conflict',
      'key/api-key-and-auth-token',
      'model/retired',
      'model/deprecated',
      'model/unknown',
      'url/v1-suffix',
      'url/endpoint-path',
      'url/insecure',
      'url/invalid',
    ];
    for (const code of design) expect(Object.keys(catalog)).toContain(code);
  });
});

describe('docs/codes', () => {
  it('has exactly one page per code', () => {
    const pages = readdirSync(join(root, 'docs/codes'))
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(pages).toEqual(CODES.map((c) => docsPath(c).replace('docs/codes/', '')).sort());
  });

  it('npm run docs writes the same pages (its build, run into another folder)', () => {
    const out = mkdtempSync(join(tmpdir(), 'cd-docs-test-'));
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--docs', '--out', out], { cwd: root });
    const pages = readdirSync(out).sort();
    expect(pages).toEqual(
      readdirSync(join(root, 'docs/codes'))
        .filter((f) => f.endsWith('.md'))
        .sort(),
    );
    for (const page of pages)
      expect(readFileSync(join(out, page), 'utf8')).toBe(readFileSync(join(root, 'docs/codes', page), 'utf8'));
  });

  it.each(CODES)('the page of %s is up to date (npm run docs regenerates it)', (code) => {
    const file = join(root, docsPath(code));
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(codePage(code));
  });
});

// A code no test names is a rule no test checks: each must appear in a test other than this one (where
// every test asserts on codes a run or a check produced).
describe('every code is checked by some test', () => {
  const isOtherTest = (name: string) => name.endsWith('.test.ts') && name !== 'catalog.test.ts';
  const testFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      if (e.isDirectory()) return testFiles(join(dir, e.name));
      return isOtherTest(e.name) ? [join(dir, e.name)] : [];
    });
  const texts = testFiles(join(root, 'test')).map((f) => readFileSync(f, 'utf8'));
  it.each(CODES)('%s', (code) => {
    expect(
      texts.some((t) => t.includes(`'${code}'`) || t.includes(`"${code}"`) || t.includes(`\`${code}\``)),
      `no test names ${code}`,
    ).toBe(true);
  });
});
