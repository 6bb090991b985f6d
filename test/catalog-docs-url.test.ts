// Docs links: one URL per code, under the build's __DOCS_BASE_URL__ (package.json's homepage) when it
// names one, else under the project's own home, so tests and the bundle print the same links.
import { afterEach, describe, expect, it, vi } from 'vitest';

const g = globalThis as { __DOCS_BASE_URL__?: string };

async function urlUnder(base: string | undefined): Promise<string> {
  if (base === undefined) delete g.__DOCS_BASE_URL__;
  else g.__DOCS_BASE_URL__ = base;
  vi.resetModules();
  const { docsUrl } = await import('../src/catalog/index.js');
  return docsUrl('key/whitespace');
}

afterEach(() => {
  delete g.__DOCS_BASE_URL__;
});

describe('docsUrl', () => {
  it.each([
    [undefined, 'https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/key-whitespace.md'],
    ['', 'https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/key-whitespace.md'],
    ['https://github.com/o/r/blob/main/', 'https://github.com/o/r/blob/main/docs/codes/key-whitespace.md'],
    ['https://github.com/o/r/blob/main', 'https://github.com/o/r/blob/main/docs/codes/key-whitespace.md'],
  ])('under %j: %s', async (base, url) => {
    expect(await urlUnder(base)).toBe(url);
  });
});
