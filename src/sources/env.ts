// The `env` source: the variables of the process environment that configure a client.
import { VARIABLES } from '../data/variables.js';
import type { Setting, SourceResult } from '../types.js';

export function readEnvironment(env: NodeJS.ProcessEnv): SourceResult {
  const settings: Setting[] = [];
  for (const [name, role] of Object.entries(VARIABLES)) {
    const value = env[name];
    if (value === undefined) continue;
    settings.push({ role, name, value, source: 'env', location: { kind: 'env', name } });
  }
  return { settings, problems: [] };
}
