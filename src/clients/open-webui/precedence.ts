// Open WebUI: one profile per connection to Anthropic, with that connection's URL and key (paired by position).
// Which place wins (compose, then the environment, then .env) is decided when the lists are read (sources.ts).
import type { Profile, Setting } from '../../types.js';
import type { OpenWebuiFacts } from './sources.js';

export function resolveOpenWebui(settings: Setting[], facts: OpenWebuiFacts): Profile[] {
  // Only this client reads names of this shape (OPENAI_API_KEYS[2]): no other source can hold one.
  const own = (name: string) => settings.find((s) => s.name === name);
  return facts.connections.map((c) => {
    const apiKey = own(`${c.names.keys}[${c.index}]`);
    const baseUrl = own(`${c.names.urls}[${c.index}]`);
    return {
      id: '',
      client: 'open-webui',
      label: `${c.names.urls}[${c.index}]`,
      ...(apiKey ? { apiKey } : {}),
      ...(baseUrl ? { baseUrl } : {}),
      ignored: [],
    } satisfies Profile;
  });
}
