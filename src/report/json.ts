// --format json: the schema of DESIGN.md. Field names are a public contract (schemaVersion 1).
// Outside strings are data here, safe by encoding; messages are neutralised like everywhere else.
import type { Report } from '../doctor.js';
import type { Lang } from '../types.js';
import { jsonSafe } from './neutralise.js';
import { viewProfile } from './profile-view.js';
import { failed, renderFinding, summarize } from './render.js';

export interface JsonOptions {
  lang: Lang;
  strict: boolean;
  showSecrets: boolean;
  version: string;
}

export function jsonReport(report: Report, opts: JsonOptions): string {
  const findings = report.findings.map((f) => renderFinding(f, opts.lang));
  const summary = summarize(findings);
  const profiles = report.profiles.map((p) => {
    const view = viewProfile(p, opts.showSecrets);
    const flat = Object.fromEntries(Object.entries(view.values).map(([slot, v]) => [slot, v.value]));
    const sources = Object.fromEntries(Object.entries(view.values).map(([slot, v]) => [slot, v.source]));
    return {
      id: p.id,
      client: p.client,
      ...(view.label ? { label: view.label } : {}),
      ...flat,
      sources,
      ignored: view.ignored,
      ...(view.credential ? { credential: view.credential } : {}),
    };
  });
  const out = {
    schemaVersion: 1,
    tool: { name: 'claude-doctor', version: opts.version },
    ok: !failed(summary, opts.strict),
    summary,
    sources: report.sources,
    profiles,
    probes: [
      ...report.probes.flatMap((r) =>
        r.profiles.map((profile) => ({
          profile,
          endpoint: r.endpoint,
          ...(r.status !== undefined ? { status: r.status } : {}),
          ...(r.requestId ? { requestId: r.requestId } : {}),
          latencyMs: r.latencyMs,
          code: r.code,
          ...(r.organizationId ? { organizationId: r.organizationId } : {}),
          ...(r.workspaceId ? { workspaceId: r.workspaceId } : {}),
          ...(r.rateLimits ? { rateLimits: r.rateLimits } : {}),
        })),
      ),
      ...(report.oauthUsage?.flatMap(usageEntries) ?? []),
    ],
    findings,
  };
  return jsonSafe(`${JSON.stringify(out, null, 2)}\n`);
}

/** --probe-oauth's GET /api/oauth/usage, one entry per profile: `documented: false` says the endpoint is not public. */
function usageEntries(r: NonNullable<Report['oauthUsage']>[number]) {
  return r.profiles.map((profile) => ({
    profile,
    endpoint: r.endpoint,
    documented: r.documented,
    ...(r.status !== undefined ? { status: r.status } : {}),
    ...(r.requestId ? { requestId: r.requestId } : {}),
    latencyMs: r.latencyMs,
    code: r.code,
    ...('usage' in r ? { usage: r.usage } : {}),
  }));
}
