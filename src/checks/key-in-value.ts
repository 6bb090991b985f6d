// key/in-model, key/in-base-url: a credential (by the key-shape table, any provider) inside a model or
// base URL setting, where it is logged, shown and sent in request lines.
import { providerOfKey } from '../data/key-shapes.js';
import { finding, type Finding } from '../findings.js';
import { credentialIn, redact } from '../secrets.js';
import type { Setting } from '../types.js';

/** Where the key belongs for the same client: LLM_MODEL -> LLM_API_KEY, `[llm] base_url` -> `[llm] api_key`. */
function keyNameFor(name: string): string | undefined {
  if (/^ANTHROPIC_/.test(name)) return 'ANTHROPIC_API_KEY';
  const swapped = name.replace(/(?:MODEL|BASE_URL)$/, 'API_KEY').replace(/(?:model|base_url)$/, 'api_key');
  return swapped === name ? undefined : swapped;
}

export function checkKeyInValue(setting: Setting, showSecrets: boolean): Finding[] {
  if (setting.role !== 'model' && setting.role !== 'base_url') return [];
  const key = credentialIn(setting.value);
  if (key === undefined) return [];
  const credential = redact(key, showSecrets);
  const provider = providerOfKey(key);
  const keyName = keyNameFor(setting.name);
  const args = { name: setting.name, credential, ...(provider ? { provider } : {}), ...(keyName ? { keyName } : {}) };
  const code = setting.role === 'model' ? 'key/in-model' : 'key/in-base-url';
  return [finding(code, args, { location: setting.location, credential })];
}
