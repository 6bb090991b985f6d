// End to end: Claude Code cases at the edges of the rules: an empty settings value that cancels a shell
// export, a helper script without its x bit, a helper that never ends, and the Japanese text report.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, checkCaseText, claudeProfile, codesOf, findingOf } from '../support/claude-code-case.js';
import { apiKey } from '../support/keys.js';

const userSettings = (value: unknown) => (dir: string) => {
  mkdirSync(join(dir, 'home', '.claude'), { recursive: true });
  writeFileSync(join(dir, 'home', '.claude', 'settings.json'), JSON.stringify(value, null, 2));
};

describe('Claude Code edge cases', () => {
  it('"ANTHROPIC_API_KEY": "" in settings env cancels the shell’s export: the login wins', async () => {
    const { json, code } = await checkCase('subscription', {
      env: { ANTHROPIC_API_KEY: apiKey(1) },
      setup: userSettings({ env: { ANTHROPIC_API_KEY: '' } }),
    });
    expect(codesOf(json)).not.toContain('claude-code/api-key-overrides-subscription');
    expect(codesOf(json)).toContain('claude-code/oauth-not-probed');
    expect(claudeProfile(json).apiKey).toBeUndefined();
    expect(code).toBe(0);
  });

  it('a helper script without its x bit: helper-not-executable', async () => {
    const { json, code } = await checkCase('helper-run', {
      setup: (dir) => chmodSync(join(dir, 'home', 'bin', 'get-key.sh'), 0o644),
    });
    expect(findingOf(json, 'claude-code/helper-not-executable')).toMatchObject({
      location: { path: '~/.claude/settings.json', line: 2 },
    });
    expect(code).toBe(1);
  });

  it('--run-helpers with a helper that never ends: the run still ends within --timeout + 1 s', async () => {
    const started = Date.now();
    const { json } = await checkCase(undefined, {
      args: ['--run-helpers', '--timeout', '1000'],
      setup: userSettings({ apiKeyHelper: 'sleep 30' }),
    });
    // --timeout + 1 s, plus a second for starting Node on a loaded machine.
    expect(Date.now() - started).toBeLessThan(1000 + 1000 + 1000);
    expect(codesOf(json)).toContain('claude-code/helper-failed');
  });

  it('the text report in Japanese names the same place', async () => {
    const { stdout, code } = await checkCaseText('stray-key', { args: ['--lang', 'ja'] });
    expect(stdout).toContain('claude-code/api-key-overrides-subscription');
    expect(stdout).toContain('~/.bashrc');
    expect(stdout).toMatch(/[\u3040-\u30ff]/);
    expect(code).toBe(0);
  });
});
