// The Admin API's list of an organization's API keys (reference/status-and-admin.md §2), read-only: GET
// /v1/organizations/api_keys, every page (after_id), every status. Only GET is ever sent; the update endpoint
// exists and is never called. The answer is outside text: names and ids are cut short and scrubbed here.
import { plainFetch } from './http-fetch.js';
import { outsideText } from './outside-text.js';

/** One page of up to 1000 keys is a few hundred KB; more is not read. */
export const PAGE_LIMIT = 4 * 1024 * 1024;
/** At most this many pages (50 000 keys): a server that says has_more forever ends here. */
export const MAX_PAGES = 50;

export type KeyStatus = 'active' | 'inactive' | 'archived' | 'expired';

export interface ApiKeyRecord {
  id: string;
  name: string;
  status: KeyStatus | 'unknown';
  /** null: the Default Workspace. */
  workspaceId: string | null;
  expiresAt: string | null;
  hint: string | null;
}

export type KeyList =
  | { ok: true; keys: ApiKeyRecord[] }
  | { ok: false; status?: number; reason: 'http' | 'timeout' | 'unreachable' | 'garbled' };

/** The Admin API's partial_key_hint of a key: its first 16 characters, `...`, its last 4. */
export function partialHint(key: string): string {
  return `${key.slice(0, 16)}...${key.slice(-4)}`;
}

const text = (value: unknown, max = 120) => outsideText(value, max);

const STATUSES: readonly string[] = ['active', 'inactive', 'archived', 'expired'];

/** One record as data; a record that is not an API key object is left out. */
export function parseKey(raw: unknown): ApiKeyRecord | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const id = text(r.id, 80);
  if (!id) return undefined;
  const expires = typeof r.expires_at === 'string' && !Number.isNaN(Date.parse(r.expires_at)) ? r.expires_at : null;
  return {
    id,
    name: text(r.name) ?? '',
    status: typeof r.status === 'string' && STATUSES.includes(r.status) ? (r.status as KeyStatus) : 'unknown',
    workspaceId: text(r.workspace_id, 80) ?? null,
    expiresAt: expires && new Date(Date.parse(expires)).toISOString(),
    // Compared, never shown: it holds more of the key than the redacted form does.
    hint: typeof r.partial_key_hint === 'string' ? r.partial_key_hint : null,
  };
}

/** Every key of the admin key's organization, by `deadline`. */
export async function listApiKeys(baseUrl: string, adminKey: string, deadline: number): Promise<KeyList> {
  const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
  const keys: ApiKeyRecord[] = [];
  let after: string | undefined;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const cut = { truncated: false };
      const query = new URLSearchParams({ limit: '1000', ...(after ? { after_id: after } : {}) });
      const answer = await plainFetch(PAGE_LIMIT, cut)(`${baseUrl}/v1/organizations/api_keys?${query}`, {
        method: 'GET',
        headers: { 'x-api-key': adminKey, 'anthropic-version': '2023-06-01', accept: 'application/json' },
        signal,
      });
      if (answer.status !== 200) {
        (answer.body as { destroy?: () => void } | null)?.destroy?.();
        return { ok: false, status: answer.status, reason: 'http' };
      }
      const body = JSON.parse(await answer.text()) as { data?: unknown; has_more?: unknown; last_id?: unknown };
      if (cut.truncated || !Array.isArray(body.data)) return { ok: false, reason: 'garbled' };
      keys.push(...body.data.flatMap((k) => parseKey(k) ?? []));
      if (body.has_more !== true || typeof body.last_id !== 'string' || body.last_id === after) break;
      after = body.last_id;
    }
    return { ok: true, keys };
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: 'timeout' };
    return { ok: false, reason: error instanceof SyntaxError ? 'garbled' : 'unreachable' };
  }
}
