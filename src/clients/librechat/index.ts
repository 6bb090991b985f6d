// librechat: LibreChat's native Anthropic endpoint (.env) and its custom endpoints to Anthropic
// (librechat.yaml), read in the current folder, where its docker compose setup keeps them.
import type { ClientModule } from '../types.js';
import { checkLibrechat } from './checks.js';
import { resolveLibrechat } from './precedence.js';
import { type LibrechatFacts, readLibrechat } from './sources.js';

export const librechat: ClientModule<LibrechatFacts> = {
  id: 'librechat',
  baseUrlStyle: 'sdk',
  reads: ['env', 'dotenv', 'librechat-config'],
  read: ({ opts, home }) =>
    readLibrechat({
      cwd: opts.cwd,
      home,
      env: opts.env,
      useEnv: opts.useEnv,
      sharedReadsDotenv: !opts.envFiles?.length,
    }),
  profiles: ({ settings, facts, container }) => (container || !facts ? [] : resolveLibrechat(settings, facts)),
  checks: ({ facts }) => (facts ? checkLibrechat(facts) : []),
};
