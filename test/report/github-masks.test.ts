// "Never a key, anywhere": `::add-mask::` lines hold the key itself, so --format github prints them only
// inside GitHub Actions (GITHUB_ACTIONS=true); anywhere else they are left out, one line on stderr says
// why (in the user's language), and the rest of the report is the same. Unit tests on a small Report, then
// the built CLI end to end.
import { describe, expect, it } from 'vitest';
import { githubReport, inGithubActions, maskNote } from '../../src/report/github.js';
import { prepareCase, runCli } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';
import { fragmentLeaked } from '../support/leaks.js';
import { committedKey, sampleReport } from '../support/report.js';
import { underStryker } from '../support/stryker.js';

const MASK = /^::add-mask::/m;

describe('masks only inside GitHub Actions', () => {
  it('is GitHub Actions only when GITHUB_ACTIONS is exactly "true", as the runner sets it', () => {
    expect(inGithubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    for (const value of [undefined, '', '1', 'TRUE', 'false', ' true'])
      expect(inGithubActions({ GITHUB_ACTIONS: value })).toBe(false);
  });

  it('without masks, prints no key and otherwise the same report', () => {
    const report = sampleReport([committedKey('.env')]);
    const inside = githubReport(report, { lang: 'en', text: 'the text', masks: true }).split('\n');
    const outside = githubReport(report, { lang: 'en', text: 'the text', masks: false }).split('\n');
    expect(inside[0]).toBe(`::add-mask::${apiKey(9)}`);
    expect(outside.join('\n')).not.toMatch(MASK);
    expect(fragmentLeaked(outside.join('\n'), apiKey(9))).toBeUndefined();
    // The same annotations and group, in the same order; only the stop-commands token differs.
    const token = /^::stop-commands::.*|^::[0-9a-f]{32}::$/;
    const shape = (lines: string[]) => lines.filter((l) => !MASK.test(l)).map((l) => l.replace(token, 'T'));
    expect(shape(outside)).toEqual(shape(inside));
    expect(outside[0]).toMatch(/^::error file=\.env,line=1,col=13,title=hygiene\/key-committed/);
  });

  it('says why on one line, in the chosen language, only when a key was left out', () => {
    const report = sampleReport([]);
    expect(maskNote(report, { lang: 'en', masks: false })).toBe(
      'claude-doctor: not running in GitHub Actions (GITHUB_ACTIONS is not "true"), so the ::add-mask:: lines, ' +
        'which hold the keys themselves, are left out\n',
    );
    expect(maskNote(report, { lang: 'ja', masks: false })).toMatch(/^claude-doctor: GitHub Actions の外で実行/);
    expect(maskNote(report, { lang: 'en', masks: true })).toBeUndefined();
    // Nothing to mask, nothing left out.
    const keyless = { ...report, settings: report.settings.filter((s) => s.role !== 'api_key') };
    expect(maskNote(keyless, { lang: 'en', masks: false })).toBeUndefined();
  });
});

describe.skipIf(underStryker)('--format github, the built CLI', () => {
  const key = apiKey(41);
  const run = (env: Record<string, string>, lang = 'en') =>
    runCli(['check', '--format', 'github', '--lang', lang], prepareCase(), { ANTHROPIC_API_KEY: key, ...env });

  it('outside GitHub Actions prints no key, says why on stderr, and still prints the report', async () => {
    const elsewhere: Record<string, string>[] = [{}, { GITHUB_ACTIONS: 'false' }, { CI: 'true', GITLAB_CI: 'true' }];
    for (const env of elsewhere) {
      const { code, stdout, stderr } = await run(env);
      expect(code).not.toBe(2);
      expect(stdout).not.toMatch(MASK);
      expect(fragmentLeaked(stdout + stderr, key)).toBeUndefined();
      expect(stderr).toBe(
        'claude-doctor: not running in GitHub Actions (GITHUB_ACTIONS is not "true"), so the ::add-mask:: lines, ' +
          'which hold the keys themselves, are left out\n',
      );
      expect(stdout).toContain('::group::claude-doctor report');
    }
    const ja = await run({}, 'ja');
    expect(ja.stderr).toMatch(
      /^claude-doctor: GitHub Actions の外で実行しているため.*::add-mask:: 行は出力しません\n$/,
    );
    expect(ja.stdout).not.toMatch(MASK);
  });

  it('inside GitHub Actions masks the key first, as before, and says nothing on stderr', async () => {
    const { stdout, stderr } = await run({ GITHUB_ACTIONS: 'true' });
    expect(stdout.split('\n')[0]).toBe(`::add-mask::${key}`);
    expect(stderr).toBe('');
  });
});
