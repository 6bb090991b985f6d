// continue: the Continue IDE extension (VS Code, JetBrains), from ~/.continue/config.yaml (or the legacy
// config.json); one profile per model with provider anthropic.
import type { ClientModule } from '../types.js';
import { checkContinue } from './checks.js';
import { resolveContinue } from './precedence.js';
import { type ContinueFacts, readContinue } from './sources.js';

export const continueClient: ClientModule<ContinueFacts> = {
  id: 'continue',
  baseUrlStyle: 'v1-slash',
  reads: ['env', 'dotenv', 'continue-config'],
  read: ({ opts, home }) =>
    readContinue({
      cwd: opts.cwd,
      home,
      env: opts.env,
      useEnv: opts.useEnv,
      sharedReadsDotenv: !opts.envFiles?.length,
    }),
  // The extension runs in the user's IDE, on the host.
  profiles: ({ settings, facts, container }) => (container || !facts ? [] : resolveContinue(facts.models, settings)),
  checks: ({ facts, profiles, settings }) => (facts ? checkContinue(facts, profiles, settings) : []),
};
