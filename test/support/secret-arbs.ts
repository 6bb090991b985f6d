// What the secrets property tests put in every place a client reads: a credential of each kind, damaged in
// the ways real values are. None of the damage adds a character a shell line, a JSON string or a YAML
// double-quoted string would need escaped.
import fc from 'fast-check';
import { adminKey, apiKey, oauthToken, refreshToken } from './keys.js';

export const credentialArb = fc
  .tuple(fc.integer({ min: 1, max: 1e9 }), fc.constantFrom(apiKey, oauthToken, refreshToken, adminKey))
  .map(([seed, make]) => make(seed));

export const plainDamageArb = fc.constantFrom(
  (k: string) => k,
  (k: string) => `${k} `,
  (k: string) => ` ${k}`,
  (k: string) => `Bearer ${k}`,
  (k: string) => k.slice(0, 60),
  (k: string) => `${k.slice(0, 50)}\u200b${k.slice(50)}`,
);
