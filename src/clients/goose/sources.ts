// Goose's own files (reference: other-clients.md section 4; block/goose docs, "Configuration Overview" and
// the Config API): ~/.config/goose/config.yaml holds GOOSE_PROVIDER, GOOSE_MODEL and ANTHROPIC_HOST at its
// top level; ~/.config/goose/secrets.yaml holds ANTHROPIC_API_KEY when GOOSE_DISABLE_KEYRING is set, and
// the OS keyring holds it otherwise, which is never opened. Windows' %APPDATA% folder is not looked at.
import { readFileSet } from '../../sources/read-text.js';
import type { Location, Role, Setting, SourceProblem } from '../../types.js';
import type { OwnRead } from '../types.js';
import { parseYaml } from '../yaml-file.js';

export const CONFIG_PATH = '~/.config/goose/config.yaml';
export const SECRETS_PATH = '~/.config/goose/secrets.yaml';

/** The config.yaml keys and variables of the same names that matter here (the variable wins). */
export const GOOSE_KEYS: Record<string, Role> = { GOOSE_MODEL: 'model', ANTHROPIC_HOST: 'base_url' };

export interface GooseFacts {
  config: boolean;
  /** GOOSE_PROVIDER, from the environment or config.yaml, with where it was read. */
  provider?: { value: string; location: Location };
  /** GOOSE_DISABLE_KEYRING is set: secrets come from secrets.yaml, not the keyring. */
  keyringDisabled: boolean;
}

export interface GooseInput {
  cwd: string;
  home: string;
  env: NodeJS.ProcessEnv;
  useEnv: boolean;
}

export function readGoose(input: GooseInput): OwnRead<GooseFacts> {
  const problems: SourceProblem[] = [];
  const settings: Setting[] = [];
  const env = input.useEnv ? input.env : {};
  // Goose tests the variable's presence (unverified: whether "0" or "false" turns it off).
  const facts: GooseFacts = { config: false, keyringDisabled: Boolean(env.GOOSE_DISABLE_KEYRING) };
  const sources: string[] = [];
  const read = (path: string) =>
    readFileSet({ paths: [path], explicit: false, cwd: input.cwd, home: input.home }, problems)[0];
  const config = read(CONFIG_PATH);
  if (!config) return { settings, problems, sources, facts };
  sources.push(config.path);
  facts.config = true;
  const parsed = parseYaml(config.path, config.text);
  if (!parsed.ok) problems.push(parsed.problem);
  const doc = parsed.ok ? parsed.doc : undefined;
  const at = (path: string, s: { line: number; column: number }, key: string): Location => ({
    kind: 'file',
    path,
    line: s.line,
    column: s.column,
    key,
  });
  for (const [key, role] of Object.entries(GOOSE_KEYS)) {
    const s = doc?.scalar([key]);
    if (s)
      settings.push({ role, name: key, value: s.value, source: 'goose-config', location: at(config.path, s, key) });
    const value = env[key];
    if (value !== undefined)
      settings.push({ role, name: key, value, source: 'env', location: { kind: 'env', name: key } });
  }
  const provider = doc?.scalar(['GOOSE_PROVIDER']);
  if (env.GOOSE_PROVIDER !== undefined)
    facts.provider = { value: env.GOOSE_PROVIDER, location: { kind: 'env', name: 'GOOSE_PROVIDER' } };
  else if (provider) facts.provider = { value: provider.value, location: at(config.path, provider, 'GOOSE_PROVIDER') };
  if (facts.keyringDisabled) {
    const secrets = read(SECRETS_PATH);
    if (secrets) {
      sources.push(secrets.path);
      const s = parseYaml(secrets.path, secrets.text);
      if (!s.ok) problems.push(s.problem);
      const key = s.ok ? s.doc.scalar(['ANTHROPIC_API_KEY']) : undefined;
      if (key) {
        const location = at(secrets.path, key, 'ANTHROPIC_API_KEY');
        settings.push({
          role: 'api_key',
          name: 'ANTHROPIC_API_KEY',
          value: key.value,
          source: 'goose-config',
          location,
        });
      }
    }
  }
  return { settings, problems, sources, facts };
}
