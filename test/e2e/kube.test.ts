// End to end: the built CLI on `kubectl get pods,secrets,configmaps -o json` output of the OpenHands Cloud
// chart's namespace and on `helm template` output (fixtures/kube/), one case per mistake of
// reference/kubernetes.md §2. Keys are built at run time; the raw key (and its base64) appears nowhere.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byCode, CLI, codes, profilesOf, ROOT, runCli, runJson, type JsonReport } from '../support/fixture-case.js';
import { apiKey, oauthToken } from '../support/keys.js';
import { type FakeApi, startFakeApi } from '../support/fake-anthropic.js';
import { b64, openhandsApp, openhandsCloud } from '../support/kube.js';
import { exitCodeOf } from '../support/exit-code.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-kube-'));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};

/** Neither the key nor its base64 (nor a 24-character piece of either) is in the output. */
function expectNoLeak(output: string, key: string) {
  for (const form of [key, b64(key), b64(b64(key))]) {
    expect(output).not.toContain(form);
    expect(output).not.toContain(form.slice(20, 44));
  }
}

async function kube(value: unknown, key: string, more: string[] = []) {
  const run = await runJson(['check', '--no-env', '--kube', write(`${Math.random()}.json`, value), ...more], dir);
  expectNoLeak(run.stdout + run.stderr, key);
  return run;
}

const fixture = (name: string) => join(ROOT, 'fixtures', 'kube', name);

describe('kubectl get -o json of the OpenHands Cloud namespace', () => {
  it('a healthy namespace: the LiteLLM proxy profile reads the key from Secret litellm-env-secrets', async () => {
    const key = apiKey(3);
    const { json, code } = await kube(openhandsCloud(key), key);
    expect(codes(json).filter((c) => c.startsWith('kube/'))).toEqual([]);
    const proxy = profilesOf(json, 'litellm')[0]!;
    expect(proxy.label).toBe('openhands/openhands-litellm-6c9f8d7b5-x2x7k/litellm claude-sonnet-4');
    expect(proxy.sources.apiKey).toMatchObject({
      kind: 'kube',
      namespace: 'openhands',
      env: 'ANTHROPIC_API_KEY',
      secret: 'litellm-env-secrets',
    });
    expect(code).toBe(0);
  });

  it('echo "key" | base64: the newline is a kube/secret-trailing-newline with the kubectl fix, and key/whitespace', async () => {
    const key = apiKey(3);
    const { json, code } = await kube(openhandsCloud(`${key}\n`), key);
    const f = byCode(json, 'kube/secret-trailing-newline');
    expect(f.location).toEqual({
      kind: 'kube',
      namespace: 'openhands',
      secret: 'litellm-env-secrets',
      key: 'ANTHROPIC_API_KEY',
    });
    expect(f.remediation[0]).toContain(
      "`kubectl create secret generic litellm-env-secrets -n openhands --from-literal=ANTHROPIC_API_KEY='<your key>'",
    );
    expect(codes(json)).toContain('key/whitespace');
    expect(code).toBe(1);
  });

  it('double base64: kube/secret-double-base64', async () => {
    const key = apiKey(3);
    const { json } = await kube(openhandsCloud(b64(key)), key);
    expect(codes(json)).toContain('kube/secret-double-base64');
  });

  it('the Secret changed after the pod started: kube/secret-changed-after-start with rollout restart', async () => {
    const key = apiKey(3);
    const { json } = await kube(
      openhandsCloud(key, {
        secretMeta: {
          managedFields: [
            {
              manager: 'kubectl-create',
              operation: 'Update',
              time: '2026-11-25T10:00:00Z',
              fieldsV1: { 'f:data': { '.': {}, 'f:ANTHROPIC_API_KEY': {} } },
            },
          ],
        },
      }),
      key,
    );
    const f = byCode(json, 'kube/secret-changed-after-start');
    expect(f.remediation[0]).toContain('`kubectl rollout restart deployment/openhands-litellm -n openhands`');
  });

  it('os.environ/X that the pod does not have: kube/litellm-env-missing', async () => {
    const key = apiKey(3);
    const config = readFileSync(fixture('litellm-config.yaml'), 'utf8').replace(
      'os.environ/ANTHROPIC_API_KEY',
      'os.environ/CLAUDE_KEY',
    );
    const { json } = await kube(openhandsCloud(key, { config }), key);
    expect(byCode(json, 'kube/litellm-env-missing').message).toContain('os.environ/CLAUDE_KEY');
    expect(codes(json)).not.toContain('litellm/env-missing');
  });

  it('a missing Secret: kube/ref-missing, CreateContainerConfigError', async () => {
    const key = apiKey(4);
    const { json, code } = await kube(openhandsApp(undefined, { waiting: 'CreateContainerConfigError' }), key);
    expect(byCode(json, 'kube/ref-missing').message).toContain('CreateContainerConfigError');
    expect(code).toBe(1);
  });

  it('a missing key of an existing Secret: kube/ref-missing names the key', async () => {
    const key = apiKey(4);
    const { json } = await kube(openhandsApp({ OTHER: key }), key);
    expect(byCode(json, 'kube/ref-missing').message).toContain('has no key LLM_API_KEY');
  });

  it('an OpenHands app pod: its LLM_API_KEY from a Secret gets the OpenHands rules and key checks', async () => {
    const key = apiKey(4);
    const { json } = await kube(openhandsApp({ LLM_API_KEY: ` ${key}` }), key);
    expect(codes(json)).toContain('key/whitespace');
    expect(json.profiles.some((p) => p.client.startsWith('openhands'))).toBe(true);
  });
});

describe('helm template output (committed fixtures)', () => {
  it('the OpenHands Cloud chart: Secret litellm-env-secrets is not in the input, and the retired example model', async () => {
    const run = await runJson(['check', '--no-env', '--kube', fixture('openhands-cloud-helm.yaml')], dir);
    const json: JsonReport = run.json;
    expect(byCode(json, 'kube/secret-not-in-input').remediation[0]).toContain(
      '`kubectl auth can-i get secrets -n openhands`',
    );
    expect(codes(json)).toContain('model/retired');
  });

  it('the LiteLLM chart: environmentSecrets and the masterkey Secret', async () => {
    const run = await runJson(['check', '--no-env', '--kube', fixture('litellm-helm.yaml')], dir);
    expect(codes(run.json)).toContain('kube/secret-not-in-input');
    expect(profilesOf(run.json, 'litellm').length).toBe(1);
  });
});

describe('stdin', () => {
  it('--kube - reads a pipe', async () => {
    const key = apiKey(5);
    const text = JSON.stringify(openhandsCloud(`${key}\n`));
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--', CLI, 'check', '--offline', '--no-docker', '--no-env', '--kube', '-', '--format', 'json'],
        { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir } },
        (error, stdout, stderr) => resolve({ code: exitCodeOf(error, 1), stdout, stderr }),
      );
      child.stdin!.end(text);
    });
    expectNoLeak(run.stdout + run.stderr, key);
    expect((JSON.parse(run.stdout) as JsonReport).findings.map((f) => f.code)).toContain(
      'kube/secret-trailing-newline',
    );
  });

  it('--kube given - twice is a usage error, in both languages', async () => {
    const en = await runCli(['check', '--kube', '-', '--kube', '-'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--kube - can be given once');
    const ja = await runCli(['check', '--lang', 'ja', '--kube', ' '], dir);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('--kube にはファイルか');
  });
});

describe('--probe-oauth on a token from the cluster', () => {
  let api: FakeApi;
  const token = oauthToken(77);
  beforeAll(async () => {
    api = await startFakeApi({ [token]: 'ok' }, 0, { usage: { [token]: 'ok' } });
  });
  afterAll(() => api.close());

  it("a subscription token in a Secret: its usage is asked of the API the run names, as a local file's", async () => {
    const before = api.requests.length;
    const args = ['--no-offline', '--probe-oauth', '--base-url', api.url];
    const { json } = await kube(openhandsCloud(token), token, args);
    const asked = api.requests.slice(before).filter((r) => r.path === '/api/oauth/usage');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expect(byCode(json, 'api/oauth-usage')).toMatchObject({ profile: profilesOf(json, 'litellm')[0]!.id });
    // Without --base-url it would go to api.anthropic.com alone; without --probe-oauth, nowhere.
    const quiet = await kube(openhandsCloud(token), token, ['--no-offline', '--base-url', api.url]);
    expect(codes(quiet.json)).not.toContain('api/oauth-usage');
    expect(api.requests.slice(before).filter((r) => r.path === '/api/oauth/usage')).toHaveLength(1);
  });
});
