// One formatter for findings: code + arguments -> words, in the chosen language. Every reporter
// builds on this, so a message reads the same in text, JSON and CI output.
import { docsPath, entry } from '../catalog/index.js';
import type { Finding } from '../findings.js';
import type { Lang, Location, Severity } from '../types.js';

export interface RenderedFinding {
  code: string;
  severity: Severity;
  title: string;
  message: string;
  location?: Location;
  profile?: string;
  credential?: string;
  remediation: string[];
  docs: string;
}

export function renderFinding(f: Finding, lang: Lang): RenderedFinding {
  const spec = entry(f.code);
  return {
    code: f.code,
    severity: f.severity,
    title: spec.title[lang],
    message: spec.message[lang](f.args as never),
    ...(f.location && { location: f.location }),
    ...(f.profile && { profile: f.profile }),
    ...(f.credential && { credential: f.credential }),
    remediation: spec.fix[lang](f.args as never, f.location),
    docs: docsPath(f.code),
  };
}

export interface Summary { errors: number; warnings: number; infos: number }

export function summarize(findings: { severity: Severity }[]): Summary {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** Exit status: 1 for an error, or for a warning under --strict. */
export function failed(summary: Summary, strict: boolean): boolean {
  return summary.errors > 0 || (strict && summary.warnings > 0);
}
