// open-webui: Open WebUI's OpenAI-compatible connections to Anthropic, from the compose file that runs it,
// the environment or the current folder's .env.
import type { ClientModule } from '../types.js';
import { checkOpenWebui } from './checks.js';
import { resolveOpenWebui } from './precedence.js';
import { type OpenWebuiFacts, readOpenWebui } from './sources.js';

export const openWebui: ClientModule<OpenWebuiFacts> = {
  id: 'open-webui',
  baseUrlStyle: 'v1',
  reads: ['openwebui-config'],
  read: ({ opts, home }) =>
    readOpenWebui({
      cwd: opts.cwd,
      home,
      env: opts.env,
      useEnv: opts.useEnv,
      sharedReadsDotenv: !opts.envFiles?.length,
    }),
  profiles: ({ settings, facts, container }) => (container || !facts ? [] : resolveOpenWebui(settings, facts)),
  checks: ({ facts, profiles }) => (facts ? checkOpenWebui(facts, profiles) : []),
};
