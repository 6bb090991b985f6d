// One formatter for findings: code + arguments -> words, in the chosen language. Every reporter
// builds on this, so a message reads the same in text, JSON and CI output. Every argument and the
// location are neutralised before the catalogue turns them into words: the catalogue's own line
// breaks (a code frame, a TOML snippet in a fix step) stay, and an outside string cannot add one.
import { docsPath, docsUrl, entry } from '../catalog/index.js';
import { UI } from '../catalog/ui.js';
import { localizeKeyMeta } from '../secrets.js';
import type { Finding } from '../findings.js';
import type { Lang, Location, Severity } from '../types.js';
import { neutralise, neutraliseDeep, neutraliseLines } from './neutralise.js';

export interface RenderedFinding {
  code: string;
  severity: Severity;
  title: string;
  message: string;
  /** The location as data (JSON and SARIF encode it); print it through `safeLocation`. */
  location?: Location;
  profile?: string;
  credential?: string;
  remediation: string[];
  /** The page's path in the repository (the JSON contract of DESIGN.md); people are shown `docsUrl`. */
  docs: string;
  docsUrl: string;
}

/** Arguments that are a block of lines by nature: each line is neutralised, the breaks are kept. */
// A code frame, and an apiKeyHelper's (redacted) error output: their line breaks are kept.
const MULTILINE_ARGS = new Set(['frame', 'stderr']);

function safeArgs(args: unknown): unknown {
  if (!args || typeof args !== 'object' || Array.isArray(args)) return neutraliseDeep(args);
  return Object.fromEntries(
    Object.entries(args).map(([k, v]) => [
      k,
      MULTILINE_ARGS.has(k) && typeof v === 'string' ? neutraliseLines(v) : neutraliseDeep(v),
    ]),
  );
}

/** A location whose every name (path, key, variable, container, image) is safe to print. */
export function safeLocation(loc: Location): Location;
export function safeLocation(loc: Location | undefined): Location | undefined;
export function safeLocation(loc: Location | undefined): Location | undefined {
  return loc && neutraliseDeep(loc);
}

export function renderFinding(f: Finding, lang: Lang): RenderedFinding {
  const spec = entry(f.code);
  const args = safeArgs(f.args) as never;
  const words = (text: string) => localizeKeyMeta(text, UI[lang].keyMeta);
  return {
    code: f.code,
    severity: f.severity,
    title: spec.title[lang],
    message: words(spec.message[lang](args)),
    ...(f.location && { location: f.location }),
    ...(f.profile && { profile: neutralise(f.profile) }),
    ...(f.credential && { credential: neutralise(f.credential) }),
    remediation: spec.fix[lang](args, safeLocation(f.location)).map(words),
    docs: docsPath(f.code),
    docsUrl: docsUrl(f.code),
  };
}

/** Fix steps as a numbered list: `1. …`, `2. …`. */
export function numbered(steps: string[]): string[] {
  return steps.map((step, i) => `${i + 1}. ${step}`);
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: { severity: Severity }[]): Summary {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** Exit status: 1 for an error, or for a warning under --strict. */
export function failed(summary: Summary, strict: boolean): boolean {
  return summary.errors > 0 || (strict && summary.warnings > 0);
}
