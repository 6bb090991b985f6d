// aider: .aider.conf.yml and .env in the home folder, the git root and the current folder, and AIDER_*
// variables; it sends the key through LiteLLM (x-api-key to api.anthropic.com).
import type { ClientModule } from '../types.js';
import { checkAider } from './checks.js';
import { resolveAider } from './precedence.js';
import { type AiderFacts, readAider } from './sources.js';

export const aider: ClientModule<AiderFacts> = {
  id: 'aider',
  baseUrlStyle: 'sdk',
  litellm: true,
  reads: ['env', 'dotenv', 'aider-config', 'aider-dotenv'],
  read: ({ opts, home }) => readAider({ cwd: opts.cwd, home, env: opts.env, useEnv: opts.useEnv }),
  // aider runs on the host; containers are the other clients' business.
  profiles: ({ settings, facts, container }) => {
    const profile = container ? undefined : resolveAider(settings, facts);
    return profile ? [profile] : [];
  },
  checks: ({ profiles, facts }) => (facts && profiles[0] ? checkAider(profiles[0], facts) : []),
};
