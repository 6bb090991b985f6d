// env/misnamed-variable: a variable that looks like one a client reads, but is not (a typo, the wrong
// case, dashes, or a name from another tool's docs). Its value silently goes nowhere.
import { finding, type Finding } from '../findings.js';
import { LOOKALIKES, VARIABLES } from '../data/variables.js';
import { suggest } from '../suggest.js';
import type { Location, Setting } from '../types.js';

export function intendedName(name: string): string | undefined {
  // A real name in the wrong case or with dashes is found by suggest() below, at distance 0.
  const normal = name.toUpperCase().replace(/[-. ]/g, '_');
  if (LOOKALIKES[normal]) return LOOKALIKES[normal];
  // ANTHROPIC_API_KEY_OLD and the like are kept on purpose; a near-miss of a real name is not.
  if (Object.keys(VARIABLES).some((known) => normal.startsWith(`${known}_`))) return undefined;
  return normal.length >= 8 ? suggest(normal, Object.keys(VARIABLES), 2) : undefined;
}

export function checkVariableNames(others: { name: string; location: Location }[], settings: Setting[]): Finding[] {
  const set = new Set(settings.map((s) => s.name));
  return others.flatMap(({ name, location }) => {
    const intended = intendedName(name);
    if (!intended) return [];
    const intendedSet = set.has(intended);
    return [
      finding(
        'env/misnamed-variable',
        { name, intended, intendedSet },
        { location, severity: intendedSet ? 'info' : 'warning' },
      ),
    ];
  });
}
