// url/v1-shared: one base URL value (one variable, one .env line) that feeds a client which must not have
// /v1 (it appends /v1/messages itself) and one that needs it (an OpenAI-compatible connection, Continue's
// apiBase). Whatever the value, one of them calls the wrong path: it has to be split (other-clients.md, 8).
import { finding, type Finding } from '../findings.js';
import { escapeInvisible } from '../secrets.js';
import type { BaseUrlStyle, Profile, Setting } from '../types.js';

/** The base URL each style needs, from any form of the same server and prefix. */
export function urlForStyle(value: string, style: BaseUrlStyle): string | undefined {
  let url: URL;
  try {
    // The URL parser itself drops leading and trailing spaces.
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // The origin drops any user:password; the query and fragment are no part of a base URL.
  const root = `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '')}`;
  const ends: Record<BaseUrlStyle, string> = { sdk: '', v1: '/v1', 'v1-slash': '/v1/' };
  return escapeInvisible(`${root}${ends[style]}`);
}

/** One place a value is read from: a setting is the same when it has the same source and location. */
const placeOf = (s: Setting) => JSON.stringify([s.source, s.location]);

/**
 * `styleOf` is the profile's own style or its client's declaration (ClientModule.baseUrlStyle); a profile
 * without one is left out.
 */
export function checkSharedBaseUrl(profiles: Profile[], styleOf: (p: Profile) => BaseUrlStyle | undefined): Finding[] {
  const byPlace = new Map<string, Profile[]>();
  for (const p of profiles) {
    // An empty value is no URL: urlForStyle below leaves it out.
    if (!p.baseUrl) continue;
    const place = placeOf(p.baseUrl);
    byPlace.set(place, [...(byPlace.get(place) ?? []), p]);
  }
  return [...byPlace.values()].flatMap((users) => {
    const setting = users[0]!.baseUrl!;
    const sdk = users.filter((p) => styleOf(p) === 'sdk');
    const others = users.filter((p) => {
      const style = styleOf(p);
      return style !== undefined && style !== 'sdk';
    });
    const fixed = urlForStyle(setting.value, 'sdk');
    // Not a URL at all: url/invalid says so, once.
    if (!sdk.length || !others.length || fixed === undefined) return [];
    const needV1 = uniqueBy(
      others.map((p) => ({ client: p.client, url: urlForStyle(setting.value, styleOf(p)!)! })),
      (n) => `${n.client} ${n.url}`,
    );
    const args = {
      name: setting.name,
      url: shown(setting.value),
      sdkClients: unique(sdk.map((p) => p.client)),
      needV1,
      fixed,
    };
    return [{ ...finding('url/v1-shared', args, { location: setting.location }), profile: sdk[0]!.id }];
  });
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
const uniqueBy = <T>(xs: T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()];

/** The value as the user wrote it, without a password or query. */
function shown(value: string): string {
  const url = new URL(value);
  return escapeInvisible(`${url.origin}${url.pathname}`);
}
