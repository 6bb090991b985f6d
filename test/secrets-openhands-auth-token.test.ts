// The secrets promise for OpenHands headless with ANTHROPIC_AUTH_TOKEN as its only credential (recent LiteLLM's
// fallback): for any generated token, in the environment or the .env beside config.toml, with or without a key
// that wins over it, no output format in either language holds a 12-character piece of it.
import { apiKey } from './support/keys.js';
import { noKeyLeaksFrom, type Places } from './support/leak-property.js';

const CONFIG = { 'proj/config.toml': '[llm]\nmodel = "anthropic/claude-sonnet-4-6"\n' };

const PLACES: Places = {
  'environment token': (r) => ({ files: CONFIG, env: { ANTHROPIC_AUTH_TOKEN: r } }),
  '.env token': (r) => ({ files: { ...CONFIG, 'proj/.env': `ANTHROPIC_AUTH_TOKEN='${r}'\n` } }),
  'token beside a key that wins': (r) => ({ files: CONFIG, env: { ANTHROPIC_AUTH_TOKEN: r, LLM_API_KEY: apiKey(3) } }),
};

noKeyLeaksFrom({
  name: 'no raw token from OpenHands headless with ANTHROPIC_AUTH_TOKEN in any output',
  places: PLACES,
  folders: ['home', 'proj'],
  cwd: 'proj',
  seed: 20261216,
});
