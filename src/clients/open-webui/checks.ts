// open-webui/*: a connection to Anthropic without /v1 or without its key, and connection variables that
// the database's saved values override after the first start (open-webui#2289).
import { finding, type Finding } from '../../findings.js';
import type { Profile } from '../../types.js';
import { type OpenWebuiFacts, URLS } from './sources.js';

export function checkOpenWebui(facts: OpenWebuiFacts, profiles: Profile[]): Finding[] {
  const out = facts.connections.flatMap((c, i) => {
    const args = { url: c.url, index: c.index };
    const found = [
      ...(c.noV1 ? [finding('open-webui/base-url-no-v1', args, { location: c.at })] : []),
      ...(c.noKey ? [finding('open-webui/key-missing', args, { location: c.at })] : []),
    ];
    const id = profiles[i]?.id;
    return id ? found.map((f) => ({ ...f, profile: id })) : found;
  });
  if (facts.readOnce && facts.connections.length)
    out.push(finding('open-webui/env-read-once', { name: URLS }, { location: facts.readOnce }));
  return out;
}
