// A client's own marker values (LibreChat's ANTHROPIC_API_KEY=user_provided) are no client's credential:
// every setting read at a marked place (the shared .env source's, aider's reading of the same file, …) is
// left out before trust, profiles and checks, so nothing resolves, checks or probes the marker as a key.
import { resolvePath } from '../sources/read-text.js';
import type { Location, Setting } from '../types.js';

/** One place in one file: its absolute path (a file named two ways is one file), line and name. */
function placeOf(at: Location, cwd: string, home: string): string | undefined {
  if (at.kind !== 'file' || at.line === undefined) return undefined;
  return JSON.stringify([resolvePath(at.path, cwd, home), at.line, at.key]);
}

export function withoutMarkers(settings: Setting[], markers: Location[], cwd: string, home: string): Setting[] {
  const marked = new Set(markers.map((m) => placeOf(m, cwd, home)));
  marked.delete(undefined);
  if (!marked.size) return settings;
  return settings.filter((s) => !marked.has(placeOf(s.location, cwd, home)));
}
