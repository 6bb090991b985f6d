// A finding is data: a code, its typed arguments, and where it points. Words come from the catalogue.
import { entry, type ArgsOf, type Code } from './catalog/index.js';
import type { Redacted } from './secrets.js';
import type { Location, Severity } from './types.js';

export interface Finding<C extends Code = Code> {
  code: C;
  args: ArgsOf<C>;
  severity: Severity;
  location?: Location;
  /** Id of the profile (client) that uses the value, when one does. */
  profile?: string;
  credential?: Redacted;
}

export interface FindingExtras {
  location?: Location;
  credential?: Redacted;
  /** Overrides the catalogue's severity when the context makes the problem smaller. */
  severity?: Severity;
}

export function finding<C extends Code>(code: C, args: ArgsOf<C>, extras: FindingExtras = {}): Finding {
  const { severity, ...rest } = extras;
  return { code, args, severity: severity ?? entry(code).severity, ...rest } as Finding;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Plain string order: localeCompare would load ICU's collator, ~6 ms of start-up. */
function compareCodes(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

export function bySeverity(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || compareCodes(a.code, b.code);
}

export function capSeverity(f: Finding, cap: Severity): Finding {
  return RANK[f.severity] < RANK[cap] ? { ...f, severity: cap } : f;
}
