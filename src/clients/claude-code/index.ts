// claude-code: the `claude` CLI, its IDE extensions, `claude -p` in CI and its GitHub action. Its
// credential can come from seven places; settings files override the shell (reference: Claude Code).
import type { ClientModule } from '../types.js';
import { checkClaudeCode } from './checks.js';
import type { ClaudeCodeFacts } from './facts.js';
import { resolveClaudeCode } from './precedence.js';
import { readClaudeCode } from './sources.js';

const managed = (dir: string | undefined) => (dir ? { managedDir: dir } : {});

export const claudeCode: ClientModule<ClaudeCodeFacts> = {
  id: 'claude-code',
  baseUrlStyle: 'sdk',
  reads: ['env', 'claude-code-settings', 'claude-code-state', 'shell-rc', 'claude-code-helper'],
  read: ({ opts, home, deadline }) => {
    const own = opts.claudeCode ?? {};
    const result = readClaudeCode({
      env: opts.env,
      useEnv: opts.useEnv,
      cwd: opts.cwd,
      home,
      platform: process.platform,
      ...(own.project ? { projectDir: own.project } : {}),
      // CLAUDE_DOCTOR_MANAGED_DIR: another machine's managed settings, copied here (and the tests' and the
      // bench's way to avoid the real /etc). Only the user's environment can set it, never a repository.
      ...managed(own.managedDir ?? opts.env.CLAUDE_DOCTOR_MANAGED_DIR),
      ...(own.runHelpers ? { runHelpers: { deadline, trustProject: Boolean(opts.probe?.trustProject) } } : {}),
    });
    return result;
  },
  // Claude Code runs on the host; a container's environment is the other clients' business.
  profiles: ({ settings, facts, container, opts }) =>
    !container && facts?.present
      ? [resolveClaudeCode(facts, settings, { probeOauth: Boolean(opts?.claudeCode?.probeOauth) })]
      : [],
  checks: ({ facts, profiles, settings, opts }) =>
    facts && profiles[0]
      ? checkClaudeCode({ facts, profile: profiles[0], settings, showSecrets: opts.showSecrets, now: Date.now() })
      : [],
};
