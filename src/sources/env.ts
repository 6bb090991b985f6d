// The `env` source: the variables of the process environment that configure a client.
import { roleOf } from '../data/variables.js';
import type { Setting, SourceResult } from '../types.js';

export function readEnvironment(env: NodeJS.ProcessEnv): SourceResult {
  const settings: Setting[] = [];
  const otherNames: SourceResult['otherNames'] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const role = roleOf(name);
    if (role) settings.push({ role, name, value, source: 'env', location: { kind: 'env', name } });
    else otherNames.push({ name, location: { kind: 'env', name } });
  }
  return { settings, problems: [], otherNames };
}
