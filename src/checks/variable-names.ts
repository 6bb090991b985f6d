// env/misnamed-variable: a variable that looks like one a client reads, but is not (a typo, the wrong
// case, dashes, or a name from another tool's docs). Its value silently goes nowhere.
import { finding, type Finding } from '../findings.js';
import { LOOKALIKES, VARIABLES } from '../data/variables.js';
import { suggest } from '../suggest.js';
import type { Location, Setting } from '../types.js';

// Asked once per variable of the environment and of every .env file: the names are listed once.
let known: string[] | undefined;

export function intendedName(name: string): string | undefined {
  known ??= Object.keys(VARIABLES);
  // A real name in the wrong case or with dashes is found by suggest() below, at distance 0.
  const normal = name.toUpperCase().replace(/[-. ]/g, '_');
  if (LOOKALIKES[normal]) return LOOKALIKES[normal];
  // ANTHROPIC_API_KEY_OLD and the like are kept on purpose; a near-miss of a real name is not.
  if (known.some((real) => normal.length > real.length && normal[real.length] === '_' && normal.startsWith(real))) {
    return undefined;
  }
  return normal.length >= 8 ? suggest(normal, known, 2) : undefined;
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
