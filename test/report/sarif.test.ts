// report/sarif.ts on a small Report built here: one rule per code, results only for repository files.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { createHash } from 'node:crypto';
import { CODES, entry } from '../../src/catalog/index.js';
import { sarifReport, sarifText, toUri } from '../../src/report/sarif.js';
import { committedKey, envInfo, missingKey, readableKeyFile, sampleReport } from '../support/report.js';

const sarif = (findings: Parameters<typeof sampleReport>[0]) =>
  JSON.parse(sarifReport(sampleReport(findings), { lang: 'en', version: '9.8.7' })) as Log;
const uris = (log: Log) => log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri);

describe('sarifReport', () => {
  it('is a SARIF 2.1.0 log with one rule per code of the catalogue', () => {
    const log = sarif([]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'claude-doctor', version: '9.8.7' });
    expect(driver.rules!.map((r) => r.id)).toEqual([...CODES]);
    expect(log.runs[0]!.results).toEqual([]);
  });

  // Survivor of #10: without the `~` test, a finding in the home folder became a result that code
  // scanning cannot place in the repository.
  it.each([
    ['a home-folder path', '~/.openhands/config.toml'],
    ['an absolute path', '/etc/openhands/.env'],
    ['the home folder itself', '~'],
  ])('gives no result for %s', (_, path) => {
    expect(sarif([readableKeyFile(path)]).runs[0]!.results).toEqual([]);
  });

  it('gives no result for findings outside files: the environment, a profile, a container', () => {
    expect(sarif([missingKey(), envInfo()]).runs[0]!.results).toEqual([]);
  });

  it.each([
    ['.env', '.env'],
    ['./.env', '.env'],
    ['././app/.env', 'app/.env'],
    ['a dir/my file#1.env', 'a%20dir/my%20file%231.env'],
    ['app~/.env', 'app~/.env'],
    // A repository folder whose name starts with ~ is not the home folder.
    ['~backup/.env', '~backup/.env'],
  ])('gives a result for the repository file %j, at the URI %j', (path, uri) => {
    expect(uris(sarif([readableKeyFile(path)]))).toEqual([uri]);
  });

  it('keeps the level, line and column of each result, and a stable fingerprint', () => {
    const findings = [committedKey('.env', 4), readableKeyFile('~/.env'), readableKeyFile('.env')];
    const [a, b, ...rest] = sarif(findings).runs[0]!.results!;
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ ruleId: 'hygiene/key-committed', level: 'error' });
    expect(a!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 4, startColumn: 13 });
    expect(b).toMatchObject({ ruleId: 'hygiene/world-readable', level: 'warning' });
    expect(b!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1 });
    const again = sarif(findings).runs[0]!.results!;
    expect(again.map((r) => r.partialFingerprints)).toEqual([a!.partialFingerprints, b!.partialFingerprints]);
    expect(a!.partialFingerprints!.primaryLocationLineHash).not.toBe(b!.partialFingerprints!.primaryLocationLineHash);
  });

  it('puts the numbered fix steps in the message', () => {
    const [r] = sarif([committedKey('.env')]).runs[0]!.results!;
    expect(r!.message.text).toMatch(/\n1\. /);
  });
});

describe('sarif rules', () => {
  // Made for each test, not once: a mutant is run against the tests that reached it.
  let rules: NonNullable<Log['runs'][number]['tool']['driver']['rules']>;
  beforeEach(() => {
    rules = sarif([]).runs[0]!.tool.driver.rules!;
  });
  const byId = (id: string) => rules.find((r) => r.id === id)!;

  it('describes each code: name, title, why, the fix steps with the docs page, and the level', () => {
    const spec = entry('hygiene/world-readable');
    const steps = spec.fix.en(spec.example, spec.exampleLocation).map((s, i) => `${i + 1}. ${s}`);
    expect(byId('hygiene/world-readable')).toEqual({
      id: 'hygiene/world-readable',
      name: 'hygieneWorldReadable',
      shortDescription: { text: spec.title.en },
      fullDescription: { text: spec.why.en },
      help: {
        text: `${spec.why.en}\n\n${steps.join('\n')}\n\nSee https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/hygiene-world-readable.md`,
        markdown: `${spec.why.en}\n\n${steps.join('\n')}\n\nSee <https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/hygiene-world-readable.md>.`,
      },
      defaultConfiguration: { level: 'warning' },
      helpUri: 'https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/hygiene-world-readable.md',
    });
  });

  it('maps each severity to a SARIF level', () => {
    const level = (severity: string) =>
      new Set(CODES.filter((c) => entry(c).severity === severity).map((c) => byId(c).defaultConfiguration!.level));
    expect([level('error'), level('warning'), level('info')]).toEqual([
      new Set(['error']),
      new Set(['warning']),
      new Set(['note']),
    ]);
  });

  it('names a rule in camel case, over every / and -', () => {
    expect(byId('api/rate-limited').name).toBe('apiRateLimited');
    expect(byId('auth/oauth-not-supported').name).toBe('authOauthNotSupported');
  });

  it('words the rules in Japanese too', () => {
    const ja = JSON.parse(sarifReport(sampleReport([]), { lang: 'ja', version: '1' })) as Log;
    const rule = ja.runs[0]!.tool.driver.rules!.find((r) => r.id === 'hygiene/world-readable')!;
    expect(rule.shortDescription!.text).toBe(entry('hygiene/world-readable').title.ja);
  });
});

describe('sarif results', () => {
  it('fingerprints the code, the path, the line and the key', () => {
    const [r] = sarif([committedKey('./app/.env', 4)]).runs[0]!.results!;
    const hash = createHash('sha256').update('hygiene/key-committed:app/.env:4:LLM_API_KEY').digest('hex');
    expect(r!.partialFingerprints).toEqual({ primaryLocationLineHash: hash.slice(0, 32) });
  });

  it('fingerprints a place with no line or key as line 1 and no key', () => {
    const f = { ...readableKeyFile('.env'), location: { kind: 'file' as const, path: '.env' } };
    const [r] = sarif([f]).runs[0]!.results!;
    const hash = createHash('sha256').update('hygiene/world-readable:.env:1:').digest('hex');
    expect(r!.partialFingerprints!.primaryLocationLineHash).toBe(hash.slice(0, 32));
    expect(r!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1 });
  });

  it('writes the message and the numbered fix steps as plain SARIF text', () => {
    const [r] = sarif([readableKeyFile('[x](y).env')]).runs[0]!.results!;
    expect(r!.message.text).toBe(
      '\\[x\\](y).env holds a key and has mode 644: other users can read it.\n1. `chmod 600 \\[x\\](y).env`',
    );
  });
});

describe('sarifText and toUri at the edges', () => {
  it('escapes only a bracket that opens a link', () => {
    expect(sarifText('](x) then [')).toBe('](x) then [');
    expect(sarifText('[a](b)')).toBe('\\[a\\](b)');
    expect(sarifText('{12}')).toBe('{{12}}');
    expect(sarifText('{x}')).toBe('{x}');
  });

  it('writes a lone surrogate as U+FFFD, and keeps a pair', () => {
    expect(toUri('a\ud800b/\udc00')).toBe('a%EF%BF%BDb/%EF%BF%BD');
    expect(toUri('😀')).toBe('%F0%9F%98%80');
  });
});
