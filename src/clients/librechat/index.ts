// librechat: LibreChat's native Anthropic endpoint (.env, and endpoints.anthropic in librechat.yaml) and its
// custom endpoints to Anthropic, read in the current folder (where its docker compose setup keeps them) or
// where CONFIG_PATH says.
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
  checks: ({ facts, profiles }) => (facts ? checkLibrechat(facts, profiles) : []),
};
