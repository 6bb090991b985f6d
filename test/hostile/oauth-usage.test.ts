// --probe-oauth's usage answer is outside text like any server answer: a server (a tampered test server, a
// future change of the undocumented endpoint) names its usage windows with terminal controls, workflow
// commands, line breaks, bidi marks and a key, and puts the same in its values. None of it reaches the
// terminal or the runner as it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeApi, startFakeApi } from '../support/fake-anthropic.js';
import { prepareCase, runCli } from '../support/fixture-case.js';
import { ALL, commandLines, githubProblems, rawControl } from '../support/injection.js';
import { apiKey, oauthToken } from '../support/keys.js';

describe('a hostile usage answer', () => {
  const token = oauthToken(621);
  const planted = apiKey(622);
  let api: FakeApi;

  beforeAll(async () => {
    const body = {
      five_hour: { utilization: 7, resets_at: `2026-12-02T05:00:00Z${ALL}` },
      [`week ${ALL} ${planted}`]: { utilization: 55, resets_at: '2026-12-06T00:00:00Z' },
      seven_day: { utilization: `99${ALL}`, resets_at: `${ALL} ${planted}` },
    };
    api = await startFakeApi({ [token]: 'ok' }, 0, { usage: { [token]: { body } } });
  });
  afterAll(() => api.close());

  const args = (...more: string[]) => ['check', '--no-offline', '--probe-oauth', '--base-url', api.url, ...more];
  const env = () => ({ CLAUDE_CODE_OAUTH_TOKEN: token });

  const safe = (output: string) => {
    expect(rawControl(output)).toBeUndefined();
    expect(commandLines(output)).toEqual([]);
    expect(output).not.toContain(planted);
    expect(output).not.toContain(token);
  };

  it('check, as text, in English and Japanese: the window is quoted, inert', async () => {
    for (const lang of ['en', 'ja']) {
      const run = await runCli(args('--lang', lang), prepareCase(), env());
      expect(run.stdout).toContain('week');
      expect(run.stdout).toContain('55%');
      safe(run.stdout);
      safe(run.stderr);
    }
  });

  it('check --format github: nothing but our own commands reaches the runner', async () => {
    const run = await runCli(args('--format', 'github'), prepareCase(), env());
    expect(run.stdout).toContain('week');
    expect(githubProblems(run.stdout)).toEqual([]);
    expect(run.stdout).not.toContain(planted);
    expect(run.stdout).not.toContain(token);
  });

  it('check --format json: valid JSON, the key scrubbed, the bad values left out', async () => {
    const run = await runCli(args('--format', 'json'), prepareCase(), env());
    const json = JSON.parse(run.stdout) as { probes: { endpoint: string; usage?: { window: string }[] }[] };
    const entry = json.probes.find((p) => p.endpoint === 'GET /api/oauth/usage')!;
    // five_hour keeps its figure without the broken time; seven_day's figure is no number, so it is no window.
    expect(entry.usage!.map((w) => w.window.slice(0, 4))).toEqual(['five', 'week']);
    expect(entry.usage![0]).toEqual({ window: 'five_hour', utilization: 7 });
    expect(run.stdout).not.toContain(planted);
    expect(rawControl(run.stdout)).toBeUndefined();
  });
});
