// goose: Block's Goose agent (CLI and desktop), from ~/.config/goose/config.yaml, secrets.yaml and the
// environment; its key in the OS keyring is reported as such, never read.
import type { ClientModule } from '../types.js';
import { checkGoose } from './checks.js';
import { resolveGoose } from './precedence.js';
import { type GooseFacts, readGoose } from './sources.js';

export const goose: ClientModule<GooseFacts> = {
  id: 'goose',
  baseUrlStyle: 'sdk',
  reads: ['env', 'goose-config'],
  read: ({ opts, home }) => readGoose({ cwd: opts.cwd, home, env: opts.env, useEnv: opts.useEnv }),
  profiles: ({ settings, facts, container }) => (container ? [] : resolveGoose(settings, facts)),
  checks: ({ profiles, facts }) => (facts && profiles[0] ? checkGoose(profiles[0], facts) : []),
};
