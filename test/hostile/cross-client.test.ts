// Hostile base URLs shared by the Anthropic SDK and Continue (url/v1-shared): a key as the URL's password
// and in its query, control characters and a workflow command in its path. The promises: the finding is
// there, no key reaches any output, no raw control character or workflow command reaches stdout.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaked, prepareCase, runCli, runJson } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';

function caseWith(baseUrl: string) {
  const dir = prepareCase();
  mkdirSync(join(dir, 'home/.continue'), { recursive: true });
  mkdirSync(join(dir, 'proj'), { recursive: true });
  writeFileSync(join(dir, 'proj/.env'), `ANTHROPIC_API_KEY=${apiKey(4)}\nANTHROPIC_BASE_URL=${baseUrl}\n`, {
    mode: 0o600,
  });
  writeFileSync(
    join(dir, 'home/.continue/config.yaml'),
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Continue's own secret syntax, not a template
    'models:\n  - name: C\n    provider: anthropic\n    model: claude-sonnet-4-6\n    apiKey: ${{ secrets.ANTHROPIC_API_KEY }}\n    apiBase: ${{ secrets.ANTHROPIC_BASE_URL }}\n',
    { mode: 0o600 },
  );
  return dir;
}

describe('a shared base URL built to leak or inject', () => {
  it('a key as the password and in the query: the finding, and no key anywhere', async () => {
    const dir = caseWith(`https://user:${apiKey(5)}@gw.example.com/v1?key=${apiKey(6)}`);
    const run = await runJson(['check'], join(dir, 'proj'), { HOME: join(dir, 'home') });
    expect(run.json.findings.map((f) => f.code)).toContain('url/v1-shared');
    expect(leaked(run.stdout + run.stderr)).toEqual([]);
    const text = await runCli(['check'], join(dir, 'proj'), { HOME: join(dir, 'home') });
    expect(text.stdout).toContain('url/v1-shared');
    expect(leaked(text.stdout + text.stderr)).toEqual([]);
  });

  it('an escape sequence and a workflow command in the path: neither reaches stdout raw', async () => {
    const esc = String.fromCharCode(27);
    const dir = caseWith(`https://gw.example.com/${esc}[2J%0A::warning::pwned/v1`);
    for (const env of [{}, { GITHUB_ACTIONS: 'true' }] as Record<string, string>[]) {
      const run = await runCli(['check'], join(dir, 'proj'), { HOME: join(dir, 'home'), ...env });
      expect(run.stdout).toContain('url/v1-shared');
      expect(run.stdout).not.toContain(esc);
      expect(run.stdout).not.toMatch(/^::warning::pwned/m);
    }
  });
});
