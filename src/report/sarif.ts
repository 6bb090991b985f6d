// --format sarif: SARIF 2.1.0 for GitHub code scanning. One rule per code of the catalogue; results
// for the findings that point into a file of the repository (.env, config.toml, settings.json). The
// others (the environment, containers, the probe) have no place in a repository: they belong to the
// JSON, text and github outputs. Fields GitHub requires: docs.github.com, "SARIF support for code scanning".
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { CODES, docsUrl, entry } from '../catalog/index.js';
import { UI } from '../catalog/ui.js';
import { localizeKeyMeta } from '../secrets.js';
import type { Report } from '../doctor.js';
import type { Lang, Severity } from '../types.js';
import { sha256Hex } from '../hash.js';
import { jsonSafe } from './neutralise.js';
import { isHomePath } from '../sources/read-text.js';
import { numbered, renderFinding } from './render.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function rule(code: (typeof CODES)[number], lang: Lang): ReportingDescriptor {
  const spec = entry(code);
  const words = UI[lang];
  const steps = numbered(spec.fix[lang](spec.example, spec.exampleLocation)).map((step) =>
    localizeKeyMeta(step, words.keyMeta),
  );
  return {
    id: code,
    name: code.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: spec.title[lang] },
    fullDescription: { text: spec.why[lang] },
    help: {
      text: `${spec.why[lang]}\n\n${steps.join('\n')}\n\n${words.sarifSee(docsUrl(code))}`,
      markdown: `${spec.why[lang]}\n\n${steps.join('\n')}\n\n${words.sarifSeeMarkdown(docsUrl(code))}`,
    },
    defaultConfiguration: { level: LEVEL[spec.severity] },
    helpUri: docsUrl(code),
  };
}

export function sarifReport(report: Report, opts: { lang: Lang; version: string }): string {
  const results: Result[] = report.findings.flatMap((f) => {
    const loc = f.location;
    // Only paths inside the repository: not ~/…, not absolute.
    if (loc?.kind !== 'file' || isHomePath(loc.path) || loc.path.startsWith('/')) return [];
    const r = renderFinding(f, opts.lang);
    const relative = loc.path.replace(/^(\.\/)+/, '');
    const uri = toUri(relative);
    return [
      {
        ruleId: f.code,
        level: LEVEL[f.severity],
        message: { text: sarifText(`${r.message}\n${numbered(r.remediation).join('\n')}`) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: { startLine: loc.line ?? 1, ...(loc.column ? { startColumn: loc.column } : {}) },
            },
          },
        ],
        // Stable across runs for the same problem at the same place, so code scanning does not duplicate it.
        partialFingerprints: {
          primaryLocationLineHash: sha256Hex(`${f.code}:${relative}:${loc.line ?? 1}:${loc.key ?? ''}`).slice(0, 32),
        },
      },
    ];
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'claude-doctor', version: opts.version, rules: CODES.map((c) => rule(c, opts.lang)) } },
        results,
      },
    ],
  };
  return jsonSafe(`${JSON.stringify(log, null, 2)}\n`);
}

/**
 * A result message as SARIF reads plain text (§3.11.5, §3.11.6): `[text](target)` is an embedded link
 * and `{0}` a placeholder. When a message holds either shape (a name from a file can), brackets and
 * backslashes are backslash-escaped and braces doubled, so it reads as the text it is; other
 * messages are left as they are, as viewers that do not unescape would show the escapes.
 */
export function sarifText(text: string): string {
  let out = text;
  // A `[` anywhere before a `](`: a little wider than the link syntax, and linear on a long message.
  const open = out.indexOf('[');
  if (open !== -1 && out.indexOf('](', open) !== -1) out = out.replace(/[\\[\]]/g, '\\$&');
  // Not our own escapes (`\u{7}`, shown for a control character): a placeholder from outside.
  if (/(?<!\\u)\{\d+\}/.test(out)) out = out.replace(/[{}]/g, '$&$&');
  return out;
}

/**
 * A repository-relative path as the URI reference SARIF wants: each segment percent-encoded, so a
 * name with a space, `%`, `#`, `?` or a control character is one valid URI naming that file.
 */
export function toUri(path: string): string {
  // encodeURIComponent throws on a lone surrogate; a file name read from disk never has one, but be sure.
  const wellFormed = path.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return wellFormed.split('/').map(encodeURIComponent).join('/');
}
