// zed: the Zed editor's Agent panel, from ~/.config/zed/settings.json and the environment; its key in the
// system keychain is reported as such, never read.
import type { ClientModule } from '../types.js';
import { checkZed } from './checks.js';
import { resolveZed } from './precedence.js';
import { readZed, type ZedFacts } from './sources.js';

export const zed: ClientModule<ZedFacts> = {
  id: 'zed',
  baseUrlStyle: 'sdk',
  reads: ['env', 'zed-settings'],
  read: ({ opts, home }) => readZed({ cwd: opts.cwd, home }),
  // The editor runs on the user's desktop, not in a container.
  profiles: ({ settings, facts, container }) => (container ? [] : resolveZed(settings, facts)),
  checks: ({ profiles, facts }) => (facts?.anthropic && profiles[0] ? checkZed(profiles[0], facts.anthropic) : []),
};
