// Why a key was rejected, from the Admin API (issue #16): when an Admin key is at hand, a key the probe saw
// refused (401/403) is looked up by its partial_key_hint, and the record says why: disabled, archived,
// expired, gone, or active (then the text differs from the one issued). A working key is looked up too,
// to warn when it expires within a week. The Admin key goes only where trust.ts's adminApiUrl allows.
import { finding, type Finding } from '../findings.js';
import { redact } from '../secrets.js';
import type { ProbeResult, ProbeTarget } from './anthropic.js';
import { listApiKeys, partialHint, type ApiKeyRecord, type KeyList } from './admin-keys.js';
import { adminApiUrl, hostOf } from './trust.js';

/** A working key that expires within this many days gets a warning. */
export const EXPIRY_WARNING_DAYS = 7;

export interface AdminKeySource {
  /** The variable that holds it: ANTHROPIC_ADMIN_KEY, or the one --admin-key-env names. */
  name: string;
  value?: string;
}

/** The Admin key: --admin-key-env NAME (always read), else ANTHROPIC_ADMIN_KEY (unless --no-env). */
export function adminKeyOf(
  env: NodeJS.ProcessEnv,
  named: string | undefined,
  useEnv: boolean,
): AdminKeySource | undefined {
  if (named) return { name: named, value: env[named]?.trim() || undefined };
  const value = useEnv ? env.ANTHROPIC_ADMIN_KEY?.trim() : undefined;
  return value ? { name: 'ANTHROPIC_ADMIN_KEY', value } : undefined;
}

/**
 * A refusal the key's record can explain: a 401 from the API itself (not a LiteLLM proxy). A 403 means the key
 * was accepted and lacks a permission: its record would say "active" and explain nothing.
 */
function rejected(r: ProbeResult): boolean {
  return r.status === 401 && r.code !== 'auth/litellm-proxy-key';
}

/** Only Console API keys have a record with a hint (OAuth tokens and helpers' other output do not). */
const lookable = (credential: string) => credential.startsWith('sk-ant-api');

interface LookupInput {
  probes: ProbeResult[];
  targets: ProbeTarget[];
  admin: AdminKeySource;
  deadline: number;
  now: number;
  showSecrets: boolean;
}

export async function adminFindings(input: LookupInput): Promise<Finding[]> {
  const { admin, showSecrets } = input;
  if (!admin.value) return [finding('admin/key-unset', { name: admin.name })];
  const out: Finding[] = [];
  const lists = new Map<string, Promise<KeyList>>();
  const refusedHosts = new Set<string>();
  const jobs = input.targets.map(async (target, i) => {
    const probe = input.probes[i];
    if (!probe || !lookable(target.credential)) return;
    const failed = rejected(probe);
    if (!failed && probe.code !== 'api/ok') return;
    const profile = probe.profiles[0];
    const credential = redact(target.credential, showSecrets);
    const url = adminApiUrl(target, target.origin ?? 'user');
    if (!url) {
      // Said once per host, and only where it explains a refusal.
      const host = hostOf(target.baseUrl);
      if (failed && !refusedHosts.has(host)) out.push({ ...finding('admin/not-sent', { host }), profile });
      refusedHosts.add(host);
      return;
    }
    if (!lists.has(url)) lists.set(url, listApiKeys(url, admin.value!, input.deadline));
    const list = await lists.get(url)!;
    if (!list.ok) {
      // A working key's expiry check that could not be made is not worth a word.
      if (failed && !out.some((f) => f.code.startsWith('admin/lookup') || f.code === 'admin/no-permission'))
        out.push({ ...lookupFailure(list, admin.name), profile });
      return;
    }
    const hint = partialHint(target.credential);
    const matches = list.keys.filter((k) => k.hint === hint);
    const found = failed ? explain(matches, input.now) : expiring(matches, input.now);
    if (found) out.push({ ...found, profile, credential });
  });
  await Promise.all(jobs);
  return out;
}

function lookupFailure(list: Extract<KeyList, { ok: false }>, name: string): Finding {
  if (list.status === 403) return finding('admin/no-permission', { name });
  if (list.status === 401) return finding('admin/key-rejected', { name });
  return finding('admin/lookup-failed', { reason: list.reason, ...(list.status ? { status: list.status } : {}) });
}

/** What a record says, for the findings' words: the Default Workspace is null in the API. */
function described(k: ApiKeyRecord) {
  return { name: k.name, id: k.id, workspace: k.workspaceId ?? 'default', status: k.status };
}

const day = (iso: string) => iso.slice(0, 10);

/** Why a rejected key was rejected, from its records (several records may share a hint). */
export function explain(matches: ApiKeyRecord[], now: number): Finding {
  if (!matches.length) return finding('admin/key-not-found', {});
  const keys = matches.map(described);
  const expired = matches.find((k) => k.status === 'expired' || (k.expiresAt && Date.parse(k.expiresAt) <= now));
  if (expired)
    return finding('admin/key-expired', { keys, ...(expired.expiresAt ? { date: day(expired.expiresAt) } : {}) });
  if (matches.some((k) => k.status === 'archived')) return finding('admin/key-archived', { keys });
  if (matches.some((k) => k.status === 'inactive')) return finding('admin/key-disabled', { keys });
  return finding('admin/key-active', { keys });
}

/** A working key that expires within a week. */
export function expiring(matches: ApiKeyRecord[], now: number): Finding | undefined {
  const soon = matches.find(
    (k) =>
      k.expiresAt && Date.parse(k.expiresAt) - now <= EXPIRY_WARNING_DAYS * 86_400_000 && Date.parse(k.expiresAt) > now,
  );
  if (!soon) return undefined;
  const days = Math.ceil((Date.parse(soon.expiresAt!) - now) / 86_400_000);
  return finding('admin/key-expires-soon', { keys: [described(soon)], date: day(soon.expiresAt!), days });
}
