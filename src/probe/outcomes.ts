// What the probes' answers mean for the report: one finding per failure the setups share, and the
// probe's word over the model table's where the table itself is unsure.
import { finding, type Finding } from '../findings.js';
import type { ProbeResult } from './anthropic.js';

/** A failure of the network, not an answer (a redirect is one): the key was never seen by the API. */
const unreached = (code: string) => code.startsWith('net/') && code !== 'net/redirect';

/**
 * The probes' findings: a network failure shared by several setups (the same failure at the same base
 * URL) is one finding that names them all; an answer is its setup's own.
 */
export function probeFindings(probes: ProbeResult[]): Finding[] {
  const shared = new Map<string, ProbeResult[]>();
  const out: Finding[] = [];
  for (const r of probes) {
    if (!unreached(r.code)) {
      out.push({ ...finding(r.code, r.args as never), profile: r.profiles[0] });
      continue;
    }
    // Stryker disable next-line StringLiteral: equivalent, any stand-in for "no base URL" groups the same
    const key = `${r.code} ${(r.args as { baseUrl?: string }).baseUrl ?? ''}`;
    const group = shared.get(key);
    if (group) group.push(r);
    else shared.set(key, [r]);
  }
  for (const group of shared.values()) {
    const profiles = [...new Set(group.flatMap((r) => r.profiles))];
    const first = group[0]!;
    out.push({ ...finding(first.code, { ...first.args, profiles } as never), profile: profiles[0] });
  }
  return out;
}

/** The model id as the API knows it: without LiteLLM's provider prefix. */
const bareModel = (model: string) => (model.startsWith('anthropic/') ? model.slice('anthropic/'.length) : model);

/**
 * An unverified retirement (a date from a secondary source) is a warning until a probe of that model
 * answers: 200 means it is not retired (the finding goes), 404 means it is (an error).
 */
export function settleRetirements(findings: Finding[], probes: ProbeResult[]): Finding[] {
  return findings.flatMap((f) => {
    const args = f.args as { unverified?: boolean; model?: string };
    // Stryker disable next-line ConditionalExpression: equivalent, model/retired always has its model (the guard is for types)
    if (f.code !== 'model/retired' || !args.unverified || !f.profile || !args.model) return [f];
    const model = bareModel(args.model);
    const answer = probes.find(
      // The probe asked about this very model: GET /v1/models/{model}.
      (r) => r.profiles.includes(f.profile!) && r.endpoint === `GET /v1/models/${model}`,
    );
    if (answer?.code === 'api/ok') return [];
    if (answer?.code === 'api/model-not-found') return [{ ...f, severity: 'error' as const }];
    return [f];
  });
}

/**
 * Whose keys answered: setups whose keys the API resolved to different organizations (the
 * anthropic-organization-id header of each successful probe) are one finding that names each organization.
 */
export function organizationFindings(probes: ProbeResult[]): Finding[] {
  const byOrg = new Map<string, string[]>();
  for (const r of probes) {
    if (r.code !== 'api/ok' || !r.organizationId) continue;
    byOrg.set(r.organizationId, [...(byOrg.get(r.organizationId) ?? []), ...r.profiles]);
  }
  if (byOrg.size < 2) return [];
  const organizations = [...byOrg].map(([id, profiles]) => ({ id, profiles }));
  return [{ ...finding('api/different-organizations', { organizations }), profile: organizations[0]!.profiles[0] }];
}
