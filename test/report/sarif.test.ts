// report/sarif.ts on a small Report built here: one rule per code, results only for repository files.
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { CODES } from '../../src/catalog/index.js';
import { sarifReport } from '../../src/report/sarif.js';
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
