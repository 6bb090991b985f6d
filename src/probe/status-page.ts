// Anthropic's status page (an Atlassian Statuspage, reference/status-and-admin.md §1): when a probe fails on
// Anthropic's side or never reaches it, the page says whether Anthropic knows. Its answer is outside text:
// every string is cut short and scrubbed here, and neutralised again where the report renders it. A page
// that could not be read is "unknown", never "operational".
import { plainFetch } from './http-fetch.js';
import { outsideText } from './outside-text.js';

export const STATUS_URL = 'https://status.claude.com/api/v2/summary.json';

/** summary.json is a few KB; a page past this is no status page of ours and is not read further. */
export const STATUS_BODY_LIMIT = 256 * 1024;

/** The Claude API's component, named tolerantly: its name has changed before ("Claude API (api.anthropic.com)"). */
const API_COMPONENT = [/\bapi\.anthropic\.com\b/i, /\bclaude api\b/i, /^api$/i, /\banthropic api\b/i];

export type ComponentState =
  | 'operational'
  | 'degraded_performance'
  | 'partial_outage'
  | 'major_outage'
  | 'under_maintenance';
const STATES: readonly string[] = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
];

export interface StatusIncident {
  name: string;
  /** none, minor, major, critical (or the page's own word, cut short). */
  impact: string;
  /** investigating, identified, monitoring… */
  status: string;
  startedAt?: string;
}

export type ApiStatus =
  | {
      known: true;
      /** The Claude API component, when the page lists one. */
      component?: { name: string; status: ComponentState; since?: string };
      /** The page's overall indicator: none, minor, major, critical. */
      indicator: string;
      incidents: StatusIncident[];
    }
  | { known: false; reason: 'unreachable' | 'timeout' | 'http' | 'not-json' | 'garbled'; status?: number };

/** The page to ask: CLAUDE_DOCTOR_STATUS_URL (a mirror, a test server), else status.claude.com. */
export function statusUrl(env: NodeJS.ProcessEnv): string {
  return env.CLAUDE_DOCTOR_STATUS_URL?.trim() || STATUS_URL;
}

/** An outside string for a sentence (outside-text.ts); an empty one is none. */
const text = (value: unknown, max = 160) => outsideText(value, max, ' ') || undefined;

/** An RFC 3339 time as the page gives it; anything else is dropped (it goes into a sentence). */
function time(value: unknown): string | undefined {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return undefined;
  return new Date(Date.parse(value)).toISOString();
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** summary.json's text, as data; a page that is not a Statuspage summary is "garbled", not "operational". */
export function parseSummary(body: string): ApiStatus {
  let page: unknown;
  try {
    page = JSON.parse(body);
  } catch {
    return { known: false, reason: 'not-json' };
  }
  if (!isObject(page) || !isObject(page.status) || !Array.isArray(page.components)) {
    return { known: false, reason: 'garbled' };
  }
  const indicator = text(page.status.indicator, 20) ?? 'unknown';
  const found = page.components.find(
    (c) => isObject(c) && typeof c.name === 'string' && API_COMPONENT.some((re) => re.test(c.name as string)),
  ) as Record<string, unknown> | undefined;
  const status = found && typeof found.status === 'string' && STATES.includes(found.status) ? found.status : undefined;
  const component =
    found && status
      ? {
          name: text(found.name, 80)!,
          status: status as ComponentState,
          ...(time(found.updated_at) ? { since: time(found.updated_at) } : {}),
        }
      : undefined;
  const incidents = (Array.isArray(page.incidents) ? page.incidents : [])
    .filter(isObject)
    // Unresolved incidents only (summary.json lists those), a handful at most: they go into one sentence.
    .filter((i) => i.status !== 'resolved' && i.status !== 'postmortem')
    .slice(0, 3)
    .map((i) => ({
      name: text(i.name) ?? '?',
      impact: text(i.impact, 20) ?? 'unknown',
      status: text(i.status, 30) ?? 'unknown',
      ...(time(i.started_at ?? i.created_at) ? { startedAt: time(i.started_at ?? i.created_at) } : {}),
    }));
  return { known: true, indicator, incidents, ...(component ? { component } : {}) };
}

/**
 * Reads the page by `deadline` (ms since the epoch), or until `signal` ends it. No redirect is followed (the
 * page is asked for no credential, but a redirect could point anywhere), and the body is capped.
 */
export async function readStatus(url: string, deadline: number, signal?: AbortSignal): Promise<ApiStatus> {
  const timeout = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
  const ended = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const cut = { truncated: false };
  try {
    const answer = await plainFetch(STATUS_BODY_LIMIT, cut)(url, {
      method: 'GET',
      headers: { accept: 'application/json', 'user-agent': 'claude-doctor' },
      signal: ended,
    });
    if (answer.status !== 200) {
      // The body of a non-answer is not read; the connection goes.
      (answer.body as { destroy?: () => void } | null)?.destroy?.();
      return { known: false, reason: 'http', status: answer.status };
    }
    const body = await answer.text();
    if (cut.truncated) return { known: false, reason: 'garbled' };
    return parseSummary(body);
  } catch {
    return { known: false, reason: ended.aborted ? 'timeout' : 'unreachable' };
  }
}
