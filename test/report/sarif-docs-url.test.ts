// SARIF rules link to the docs pages when the build names where they are published (__DOCS_BASE_URL__,
// from package.json's homepage); the module reads it once when loaded, so each case loads it afresh.
import type { Log } from 'sarif';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleReport } from '../support/report.js';

const g = globalThis as { __DOCS_BASE_URL__?: string };

async function helpUri(base: string | undefined): Promise<string | undefined> {
  if (base === undefined) delete g.__DOCS_BASE_URL__;
  else g.__DOCS_BASE_URL__ = base;
  vi.resetModules();
  const { sarifReport } = await import('../../src/report/sarif.js');
  const log = JSON.parse(sarifReport(sampleReport([]), { lang: 'en', version: '1' })) as Log;
  return log.runs[0]!.tool.driver.rules!.find((r) => r.id === 'hygiene/world-readable')!.helpUri;
}

afterEach(() => {
  delete g.__DOCS_BASE_URL__;
});

describe('sarif helpUri', () => {
  it.each([
    ['https://github.com/o/claude-doctor/blob/main/', 'https://github.com/o/claude-doctor/blob/main/'],
    ['https://github.com/o/claude-doctor/blob/main', 'https://github.com/o/claude-doctor/blob/main/'],
  ])('under %s', async (base, prefix) => {
    expect(await helpUri(base)).toBe(`${prefix}docs/codes/hygiene-world-readable.md`);
  });

  it("is the project's own home when the build names none (tests, a build without a homepage)", async () => {
    const url = 'https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/hygiene-world-readable.md';
    expect(await helpUri('')).toBe(url);
    expect(await helpUri(undefined)).toBe(url);
  });
});
