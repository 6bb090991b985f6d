// librechat/*: a key each user types in the UI (nothing to check here), and a `${VAR}` set nowhere.
import { finding, type Finding } from '../../findings.js';
import type { LibrechatFacts } from './sources.js';

export function checkLibrechat(facts: LibrechatFacts): Finding[] {
  return [
    ...facts.userProvided.map((u) => finding('librechat/user-provided', { path: u.path }, { location: u.at })),
    ...facts.unresolved.map((u) =>
      finding('librechat/ref-unresolved', { name: u.name, field: u.field }, { location: u.at }),
    ),
  ];
}
