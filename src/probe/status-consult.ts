// When to ask the status page during `check`: only after a probe failed on Anthropic's side (a 5xx, a 529)
// or never reached it (a timeout, a refused or reset connection, DNS, TLS). A probe that times out ends at
// the run's one deadline, so the page would have no time left: when probes are still pending close to the
// deadline, the page is asked ahead, and the answer is dropped (the request ended) if no probe fails.
import { finding, type Finding } from '../findings.js';
import type { ProbeResult } from './anthropic.js';
import { readStatus, statusUrl, type ApiStatus } from './status-page.js';

/** The page's share of the run: it is asked at most this long before the deadline, and ends by it. */
export const STATUS_BUDGET_MS = 2000;

/** A failure the status page may explain: Anthropic's side, or the way to it. */
export function needsStatus(r: ProbeResult): boolean {
  if (r.status !== undefined) return r.status >= 500;
  return r.code.startsWith('net/') && r.code !== 'net/redirect' && r.code !== 'net/proxy';
}

export interface StatusConsult {
  /** Asks the page now, unless it was asked already. */
  start(): void;
  /** Starts the early ask when probes are still pending close to the deadline. */
  watch(): void;
  /** The page's answer (asking it now if nobody did), by the deadline. */
  result(): Promise<ApiStatus>;
  /** No failure to explain: the early ask, if any, ends now. */
  cancel(): void;
}

export function statusConsult(env: NodeJS.ProcessEnv, deadline: number): StatusConsult {
  const abort = new AbortController();
  let asked: Promise<ApiStatus> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    asked ??= readStatus(statusUrl(env), deadline, abort.signal);
  };
  return {
    start,
    watch() {
      // The containers' probes start after the host's: one timer, set for the latest of them.
      clearTimeout(timer);
      const budget = Math.min(STATUS_BUDGET_MS, (deadline - Date.now()) / 2);
      timer = setTimeout(start, Math.max(0, deadline - Date.now() - budget));
      timer.unref();
    },
    result() {
      clearTimeout(timer);
      start();
      return asked!;
    },
    cancel() {
      clearTimeout(timer);
      abort.abort();
    },
  };
}

/** The page's word on the failed probes: one finding for the run (the page speaks for every setup). */
export function statusFinding(status: ApiStatus, failed: ProbeResult[], now: number): Finding {
  const profiles = [...new Set(failed.flatMap((r) => r.profiles))];
  const profile = profiles[0];
  if (!status.known) return { ...finding('status/unknown', { reason: status.reason, profiles }), profile };
  const component = status.component;
  const troubled = component && component.status !== 'operational';
  if (!troubled && !status.incidents.length) {
    return {
      ...finding('status/operational', { profiles, ...(component ? {} : { unlisted: true }) }),
      profile,
    };
  }
  return {
    ...finding('status/incident', {
      profiles,
      ...(troubled
        ? { component: component.name, state: component.status as Exclude<typeof component.status, 'operational'> }
        : {}),
      ...(troubled && component.since ? { since: clock(component.since, now) } : {}),
      incidents: status.incidents.map((i) => ({
        name: i.name,
        impact: i.impact,
        ...(i.startedAt ? { since: clock(i.startedAt, now) } : {}),
      })),
    }),
    profile,
  };
}

/** "14:02 UTC" today, "2026-11-30 14:02 UTC" before. */
export function clock(iso: string, now: number): string {
  const day = iso.slice(0, 10);
  const hm = iso.slice(11, 16);
  return day === new Date(now).toISOString().slice(0, 10) ? `${hm} UTC` : `${day} ${hm} UTC`;
}
