// --probe-oauth (issue #16): a subscription token (sk-ant-oat01-) is also sent to GET /api/oauth/usage, the free
// endpoint Claude Code's /usage screen reads (undocumented), so an expired token is caught before a CI job that
// uses it silently does nothing. Only where trust.ts's oauthUsageUrl allows, by the run's one deadline, the
// answer read to USAGE_LIMIT bytes at most and taken as hostile (oauth-usage-answer.ts).
import { USAGE_ENDPOINT } from '../catalog/words.js';
import type { ProbeTarget } from './anthropic.js';
import { type UsageOutcome, usageFailure, usageOutcome } from './oauth-usage-answer.js';
import { probeFetch } from './proxy-fetch.js';
import { scrubKeyShapes } from '../secrets.js';
import { hostOf, oauthUsageUrl } from './trust.js';

/** The real answer is well under a kilobyte. */
export const USAGE_LIMIT = 16 * 1024;

export type OauthUsageResult = UsageOutcome & {
  profiles: string[];
  endpoint: typeof USAGE_ENDPOINT;
  documented: false;
  latencyMs: number;
};

/** Whether --probe-oauth asks this target's usage: a subscription access token, whatever client holds it. */
export const isOauthToken = (target: Pick<ProbeTarget, 'credential'>) => target.credential.startsWith('sk-ant-oat01-');

export async function checkOauthUsage(target: ProbeTarget, deadline: number): Promise<OauthUsageResult> {
  const started = Date.now();
  const done = (outcome: UsageOutcome): OauthUsageResult => ({
    profiles: target.profiles,
    endpoint: USAGE_ENDPOINT,
    documented: false,
    latencyMs: Date.now() - started,
    ...outcome,
  });
  const url = oauthUsageUrl(target);
  if (!url)
    return done({ code: 'api/oauth-usage-unchecked', args: { reason: 'untrusted', host: hostOf(target.baseUrl) } });
  if (target.proxy && !target.proxy.valid)
    return done({
      code: 'api/oauth-usage-unchecked',
      args: { reason: 'proxy', detail: scrubKeyShapes(target.proxy.shown) },
    });
  const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
  // Stryker disable next-line ObjectLiteral: equivalent, an unset flag reads as false
  const cut = { truncated: false };
  const get = probeFetch(target.proxy, USAGE_LIMIT, cut);
  try {
    const answer = await get(`${url}/api/oauth/usage`, {
      method: 'GET',
      headers: {
        authorization: `Bearer ${target.credential}`,
        'anthropic-beta': 'oauth-2025-04-20',
        accept: 'application/json',
      },
      signal,
    });
    const text = await answer.text();
    return done(
      usageOutcome({ status: answer.status, text, truncated: cut.truncated, headers: answer.headers as Headers }),
    );
  } catch (error) {
    return done(usageFailure(error, deadline, Boolean(target.proxy)));
  }
}
