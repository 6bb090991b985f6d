// For any key, wherever Claude Code might find it (a settings env, a broken settings file, a helper
// command, ~/.claude.json, the login file, a start-up file, the environment, a helper's output or
// stderr), the facts hold it only as a Setting's value, which every reporter redacts; problems and
// source names never hold it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { json, makeWorld } from '../../support/claude-code-world.js';
import { apiKey, oauthToken, refreshToken } from '../../support/keys.js';

/** Paths to every string holding `secret`, outside the `value` of a Setting (an object with role and source). */
function leaks(value: unknown, secret: string, at = '$'): string[] {
  if (typeof value === 'string') return value.includes(secret) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaks(v, secret, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    const setting = 'role' in value && 'source' in value;
    return Object.entries(value).flatMap(([k, v]) => (setting && k === 'value' ? [] : leaks(v, secret, `${at}.${k}`)));
  }
  return [];
}

const SHAPES = [apiKey, oauthToken, refreshToken];
const PLACES = [
  'settings-env',
  'settings-non-string',
  'settings-broken',
  'helper-echo',
  'helper-printf',
  'helper-command',
  'primary-key',
  'login',
  'login-broken',
  'bashrc',
  'bashrc-dynamic',
  'fish',
  'process-env',
  'helper-output',
  'helper-stderr',
] as const;

function plant(place: (typeof PLACES)[number], key: string, w: ReturnType<typeof makeWorld>): void {
  const user = 'home/.claude/settings.json';
  const project = 'home/proj/.claude/settings.json';
  const files: Record<typeof place, () => unknown> = {
    'settings-env': () => w.write(project, json({ env: { ANTHROPIC_AUTH_TOKEN: key, NODE_EXTRA_CA_CERTS: key } })),
    'settings-non-string': () => w.write(user, json({ env: { ANTHROPIC_API_KEY: [key], X: { k: key } } })),
    'settings-broken': () => w.write(user, `{"env": {"ANTHROPIC_API_KEY": "${key}" "x": 1}}`),
    'helper-echo': () => w.write(user, json({ apiKeyHelper: `echo '${key}'` })),
    'helper-printf': () => w.write(project, json({ apiKeyHelper: `printf %s "${key}"` })),
    'helper-command': () => w.write(user, json({ apiKeyHelper: `get-key --fallback ${key}` })),
    'primary-key': () =>
      w.write('home/.claude.json', json({ primaryApiKey: key, customApiKeyResponses: { approved: [key.slice(-20)] } })),
    login: () =>
      w.write('home/.claude/.credentials.json', json({ claudeAiOauth: { accessToken: key, refreshToken: key } })),
    'login-broken': () => w.write('home/.claude/.credentials.json', `{"claudeAiOauth":{"accessToken":"${key}`),
    bashrc: () => w.write('home/.bashrc', `export ANTHROPIC_API_KEY="${key}"\nCLAUDE_CODE_CLIENT_KEY=${key}\n`),
    'bashrc-dynamic': () => w.write('home/.zshrc', `export ANTHROPIC_API_KEY="$(echo ${key})"\n`),
    fish: () => w.write('home/.config/fish/config.fish', `set -gx CLAUDE_CODE_OAUTH_TOKEN ${key}\n`),
    'process-env': () => undefined,
    'helper-output': () => w.write(user, json({ apiKeyHelper: `cat "$HOME/key"` })),
    'helper-stderr': () => w.write(user, json({ apiKeyHelper: `cat "$HOME/key" >&2; exit 1` })),
  };
  files[place]();
}

describe('no raw key in the Claude Code facts outside a Setting', () => {
  it('holds for every key shape in every place', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...SHAPES),
        fc.subarray([...PLACES], { minLength: 1 }),
        (seed, shape, places) => {
          const key = shape(seed);
          const w = makeWorld();
          try {
            w.write('home/key', `${key}\n`);
            for (const place of places) plant(place, key, w);
            const env = places.includes('process-env')
              ? { ANTHROPIC_API_KEY: key, CLAUDE_CODE_OAUTH_TOKEN: key, NODE_EXTRA_CA_CERTS: key, HOME: w.home }
              : { HOME: w.home };
            const result = w.read({
              env: { ...env, PATH: process.env.PATH },
              runHelpers: { deadline: Date.now() + 5000 },
            });
            expect(leaks(result.facts, key)).toEqual([]);
            expect(leaks(result.settings, key)).toEqual([]);
            expect(JSON.stringify([result.problems, result.sources])).not.toContain(key);
          } finally {
            w.remove();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the check itself finds a key outside a Setting', () => {
    const key = apiKey(1);
    expect(leaks({ a: [{ name: 'x', value: key }] }, key)).toEqual(['$.a[0].value']);
    expect(leaks({ role: 'api_key', source: 'env', value: key, location: { path: key } }, key)).toEqual([
      '$.location.path',
    ]);
  });
});
