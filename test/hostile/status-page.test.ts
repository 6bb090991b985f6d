// A status page is outside text like any server answer: a mirror set by CLAUDE_DOCTOR_STATUS_URL, or a page
// that was tampered with, names its components and incidents with terminal controls, workflow commands,
// line breaks, bidi marks and a key. None of it reaches the terminal or the runner as it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApi, type FakeApi } from '../support/fake-anthropic.js';
import { startFakeStatus, summary, type FakeStatus } from '../support/fake-status.js';
import { prepareCase, runCli } from '../support/fixture-case.js';
import { ALL, commandLines, githubProblems, rawControl } from '../support/injection.js';
import { apiKey } from '../support/keys.js';

describe('a hostile status page', () => {
  const failing = apiKey(611);
  const planted = apiKey(612);
  let api: FakeApi;
  let page: FakeStatus;

  beforeAll(async () => {
    api = await startFakeApi({ [failing]: 'server-error' });
    const json = summary('major_outage', [
      { name: `Elevated errors ${ALL} ${planted}`, impact: `major${ALL}`, status: `investigating${ALL}` },
    ]);
    // The component's own name and state carry the attack too.
    const component = json.components.find((c) => c.name.startsWith('Claude API'))!;
    component.name = `Claude API ${ALL}`;
    page = await startFakeStatus({ json });
  });
  afterAll(async () => {
    await api.close();
    await page.close();
  });

  const env = () => ({
    ANTHROPIC_API_KEY: failing,
    ANTHROPIC_BASE_URL: api.url,
    ANTHROPIC_MODEL: 'claude-sonnet-4-6',
    CLAUDE_DOCTOR_STATUS_URL: page.url,
  });

  const safe = (output: string) => {
    expect(rawControl(output)).toBeUndefined();
    expect(commandLines(output)).toEqual([]);
    expect(output).not.toContain(planted);
    expect(output).not.toContain(failing);
  };

  it('check, as text: the incident is quoted, inert', async () => {
    const run = await runCli(['check', '--no-offline'], prepareCase(), env());
    expect(run.stdout).toContain('Elevated errors');
    safe(run.stdout);
    safe(run.stderr);
  });

  it('check --format github: nothing but our own commands reaches the runner', async () => {
    const run = await runCli(['check', '--no-offline', '--format', 'github'], prepareCase(), env());
    expect(run.stdout).toContain('Elevated errors');
    expect(githubProblems(run.stdout)).toEqual([]);
    expect(run.stdout).not.toContain(planted);
  });

  it('claude-doctor status, as text and in Japanese', async () => {
    for (const lang of ['en', 'ja']) {
      const run = await runCli(['status', '--lang', lang], prepareCase(), env());
      expect(run.stdout).toContain('Elevated errors');
      safe(run.stdout);
      safe(run.stderr);
    }
  });
});
