// hygiene/*: a file that holds a key and could leak it. The facts come from the sources (file-facts.ts).
import { finding, type Finding } from '../findings.js';
import type { Setting } from '../types.js';

export function checkHygiene(settings: Setting[]): Finding[] {
  const seen = new Set<string>();
  return settings.flatMap((s) => {
    if (!s.file || s.location.kind !== 'file') return [];
    const { path, line } = s.location;
    const out: Finding[] = [];
    // One finding per key line for a committed key (each needs rotating), one per file for the rest.
    if (s.file.git === 'tracked') out.push(finding('hygiene/key-committed', { path, line }, { location: s.location }));
    if (seen.has(path)) return out;
    seen.add(path);
    if (s.file.git === 'untracked')
      out.push(finding('hygiene/env-file-not-ignored', { path }, { location: { kind: 'file', path } }));
    if (s.file.mode & 0o044)
      out.push(
        finding(
          'hygiene/world-readable',
          { path, mode: s.file.mode.toString(8) },
          { location: { kind: 'file', path } },
        ),
      );
    return out;
  });
}
