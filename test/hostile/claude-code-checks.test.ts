// The Claude Code checks never put a credential into a finding, wherever the user or a repository
// wrote one: in a variable, a helper's command, its output or error text, a model id, a header, a path.
import { describe, expect, it } from 'vitest';
import { check, facts, helperOf, helperOutput, login, settingsFile, shellVar } from '../support/claude-code.js';
import { apiKey, oauthToken } from '../support/keys.js';

describe('claude-code checks: no credential in the findings', () => {
  it('redacts or drops every key, with every check firing', () => {
    const key = apiKey(41);
    const token = oauthToken(42);
    const project = settingsFile(
      'project',
      {
        ANTHROPIC_MODEL: `claude-${key}`,
        ANTHROPIC_BASE_URL: `https://u:${key}@gw.example.com/${key}`,
        ANTHROPIC_CUSTOM_HEADERS: `Authorization: Bearer ${key}\nx-api-key ${key}\nX: ${key}\u0100`,
        CLAUDE_CODE_OAUTH_TOKEN: ` ${key}`,
        NODE_TLS_REJECT_UNAUTHORIZED: '0',
      },
      { apiKeyHelper: `echo ${key}`, lenient: 'comments' },
    );
    const managed = settingsFile('managed', {}, { forceLoginMethod: key });
    const helper = helperOf(project, {
      program: key,
      state: 'missing',
      literal: helperOutput(key, project.apiKeyHelper!),
    });
    const f = facts({
      configDir: '/ci',
      configDirFromEnv: true,
      loginElsewhere: '~/.claude/.credentials.json',
      settings: [managed, project],
      helpers: [helper],
      helperRuns: [
        { helper: project.apiKeyHelper!, outcome: 'failed', exitCode: 1, stderr: `no vault for ${key}` },
        {
          helper: project.apiKeyHelper!,
          outcome: 'ok',
          output: helperOutput(`${key}\n${token}`, project.apiKeyHelper!),
        },
      ],
      shell: [
        shellVar('ANTHROPIC_API_KEY', token),
        shellVar('ANTHROPIC_AUTH_TOKEN', key),
        shellVar('CLAUDE_CODE_OAUTH_TOKEN', token),
        shellVar('ANTHROPIC_MODEL', 'opus'),
        shellVar('CLAUDE_CODE_USE_BEDROCK', '1'),
      ],
      paths: [{ entry: shellVar('NODE_EXTRA_CA_CERTS', `/tmp/${key}.pem`), state: 'missing' }],
    });
    const withLogin = { ...f, login: login({ mode: 0o644, expiresAt: 0, hasRefreshToken: false }) };
    for (const input of [f, withLogin]) {
      const found = check(input);
      expect(found.length).toBeGreaterThan(8);
      const text = JSON.stringify(found);
      expect(text).not.toContain(key);
      expect(text).not.toContain(token);
      // Not even the part after the prefix.
      expect(text).not.toContain(key.slice(20, 60));
    }
  });
});
