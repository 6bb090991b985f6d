// --format sarif: SARIF 2.1.0 for GitHub code scanning. One rule per code of the catalogue; results
// for the findings that point into a file of the repository (.env, config.toml, settings.json). The
// others (the environment, containers, the probe) have no place in a repository: they belong to the
// JSON, text and github outputs. Fields GitHub requires: ../shared/reference/ci-and-cli-conventions.md §2.
import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { CODES, docsPath, entry } from '../catalog/index.js';
import type { Report } from '../doctor.js';
import type { Lang, Severity } from '../types.js';
import { renderFinding } from './render.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Where the docs pages are published: package.json's "homepage" (set by the build), if any. */
declare const __DOCS_BASE_URL__: string | undefined;
const DOCS_BASE_URL = typeof __DOCS_BASE_URL__ === 'string' && __DOCS_BASE_URL__ ? __DOCS_BASE_URL__.replace(/\/?$/, '/') : undefined;

function rule(code: (typeof CODES)[number], lang: Lang): ReportingDescriptor {
  const spec = entry(code);
  const steps = spec.fix[lang](spec.example, spec.exampleLocation).map((s, i) => `${i + 1}. ${s}`);
  return {
    id: code,
    name: code.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: spec.title[lang] },
    fullDescription: { text: spec.why[lang] },
    help: { text: `${spec.why[lang]}\n\n${steps.join('\n')}\n\nSee ${docsPath(code)}.`, markdown: `${spec.why[lang]}\n\n${steps.join('\n')}\n\nSee \`${docsPath(code)}\`.` },
    defaultConfiguration: { level: LEVEL[spec.severity] },
    // SARIF wants an absolute URI: only when the project's docs have a public home.
    ...(DOCS_BASE_URL ? { helpUri: new URL(docsPath(code), DOCS_BASE_URL).href } : {}),
  };
}

export function sarifReport(report: Report, opts: { lang: Lang; version: string }): string {
  const results: Result[] = report.findings.flatMap((f) => {
    const loc = f.location;
    // Only paths inside the repository: not ~/…, not absolute.
    if (loc?.kind !== 'file' || loc.path.startsWith('~') || loc.path.startsWith('/')) return [];
    const r = renderFinding(f, opts.lang);
    const uri = loc.path.replace(/^\.\//, '');
    return [{
      ruleId: f.code,
      level: LEVEL[f.severity],
      message: { text: `${r.message}\n${r.remediation.map((s, i) => `${i + 1}. ${s}`).join('\n')}` },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: loc.line ?? 1, ...(loc.column ? { startColumn: loc.column } : {}) } } }],
      // Stable across runs for the same problem at the same place, so code scanning does not duplicate it.
      partialFingerprints: { primaryLocationLineHash: createHash('sha256').update(`${f.code}:${uri}:${loc.line ?? 1}:${loc.key ?? ''}`).digest('hex').slice(0, 32) },
    }];
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'claude-doctor', version: opts.version, rules: CODES.map((c) => rule(c, opts.lang)) } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
