// End to end: OpenHands headless with ANTHROPIC_AUTH_TOKEN and no key (fixtures/openhands/auth-token). A recent
// LiteLLM sends the token as Bearer; OpenHands 0.62's LiteLLM 1.77.7 does not read it, hence the warning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApi, type FakeApi } from '../support/fake-anthropic.js';
import { byCode, codes, leaked, prepareCase, profilesOf, runJson } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';

async function check(env: Record<string, string>, args: string[] = []) {
  const dir = prepareCase('openhands/auth-token');
  const run = await runJson(['check', ...args], dir, env);
  expect(leaked(run.stdout + run.stderr)).toEqual([]);
  return run;
}

describe('OpenHands headless with ANTHROPIC_AUTH_TOKEN', () => {
  it('the token is its credential when no key is set, with a warning about the LiteLLM version', async () => {
    const { json, code } = await check({ ANTHROPIC_AUTH_TOKEN: apiKey(4) });
    const [headless] = profilesOf(json, 'openhands-headless');
    expect(headless!.sources.authToken).toEqual({ kind: 'env', name: 'ANTHROPIC_AUTH_TOKEN' });
    const warning = byCode(json, 'openhands/auth-token-needs-new-litellm');
    expect(warning).toMatchObject({ severity: 'warning', profile: headless!.id });
    expect(warning.message).toContain('LiteLLM 1.77.7');
    expect(codes(json)).not.toContain('key/missing');
    expect(code).toBe(0);
  });

  it('a key wins: ANTHROPIC_API_KEY is sent, the token is ignored, no warning', async () => {
    const { json } = await check({ ANTHROPIC_AUTH_TOKEN: apiKey(4), ANTHROPIC_API_KEY: apiKey(5) });
    const [headless] = profilesOf(json, 'openhands-headless');
    expect(headless!.sources.apiKey).toEqual({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
    expect(headless!.ignored).toContainEqual(expect.objectContaining({ name: 'ANTHROPIC_AUTH_TOKEN' }));
    expect(codes(json)).not.toContain('openhands/auth-token-needs-new-litellm');
  });

  it('without a token or a key, key/missing as before', async () => {
    const { json, code } = await check({});
    expect(codes(json)).toContain('key/missing');
    expect(code).toBe(1);
  });

  describe('probe', () => {
    let api: FakeApi;
    beforeAll(async () => {
      api = await startFakeApi({ [apiKey(6)]: 'ok' });
    });
    afterAll(() => api.close());

    it('the token is probed as Authorization: Bearer, the way LiteLLM sends it', async () => {
      const { json } = await check({ ANTHROPIC_AUTH_TOKEN: apiKey(6), ANTHROPIC_BASE_URL: api.url }, ['--no-offline']);
      const [headless] = profilesOf(json, 'openhands-headless');
      const probes = (json as unknown as { probes: { profile: string; code: string }[] }).probes;
      expect(
        probes.find((p) => p.profile.split(',').includes(headless!.id) || p.profile === headless!.id),
      ).toBeDefined();
      expect(api.requests.at(-1)!.headers.authorization).toBe(`Bearer ${apiKey(6)}`);
      expect(api.requests.at(-1)!.headers['x-api-key']).toBeUndefined();
    });
  });
});
