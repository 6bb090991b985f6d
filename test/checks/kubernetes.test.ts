// kube/* checks on plain data: the objects of test/support/kube.ts, through the source, into checkKube.
import { describe, expect, it } from 'vitest';
import { checkKube } from '../../src/checks/kubernetes.js';
import { parseKubeText } from '../../src/sources/kubernetes-parse.js';
import { kubeFromObjects } from '../../src/sources/kubernetes.js';
import { apiKey } from '../support/keys.js';
import {
  b64,
  configMap,
  list,
  LITELLM_CONFIG,
  LITELLM_IMAGE,
  openhandsApp,
  openhandsCloud,
  pod,
  secret,
} from '../support/kube.js';

const run = (value: unknown) => checkKube(kubeFromObjects(parseKubeText('in', JSON.stringify(value)).objects));
const codes = (value: unknown) => run(value).map((f) => f.code);

describe('kube/secret-trailing-newline', () => {
  it.each([
    ['LF', '\n', true],
    ['CRLF', '\r\n', true],
    ['none', '', false],
  ])('%s', (_, end, found) => {
    const f = run(openhandsCloud(`${apiKey(1)}${end}`)).filter((x) => x.code === 'kube/secret-trailing-newline');
    expect(f).toHaveLength(found ? 1 : 0);
    if (found)
      expect(f[0]).toMatchObject({
        args: { namespace: 'openhands', secret: 'litellm-env-secrets', key: 'ANTHROPIC_API_KEY', encoded: true },
        location: { kind: 'kube', namespace: 'openhands', secret: 'litellm-env-secrets', key: 'ANTHROPIC_API_KEY' },
        severity: 'error',
      });
  });

  it('only for values that matter: a key, a known variable, or one a client reads', () => {
    const unrelated = list([secret('tls', { 'ca.crt': '-----BEGIN CERTIFICATE-----\nabc\n' })]);
    expect(codes(unrelated)).toEqual([]);
    expect(codes(list([secret('s', { LLM_API_KEY: 'short-but-known\n' })]))).toEqual(['kube/secret-trailing-newline']);
    expect(codes(list([secret('s', { other: `${apiKey(2)}\n` })]))).toEqual(['kube/secret-trailing-newline']);
    // Read into LLM_API_KEY under another key name: it is the key.
    expect(codes(openhandsApp({ LLM_API_KEY: 'abc\n' }))).toContain('kube/secret-trailing-newline');
    expect(codes(list([secret('s', { LLM_API_KEY: '\n' })]))).toEqual([]);
  });

  it('stringData with the newline is not "encoded"', () => {
    const s = { ...secret('s', {}), stringData: { ANTHROPIC_API_KEY: `${apiKey(1)}\n` } };
    expect(run(list([s]))[0]!.args).toMatchObject({ encoded: false });
  });
});

describe('kube/secret-double-base64', () => {
  it('a value that decodes to base64 of a key', () => {
    expect(codes(openhandsCloud(b64(apiKey(1))))).toContain('kube/secret-double-base64');
    expect(codes(openhandsCloud(`${b64(apiKey(1))}\n`))).toContain('kube/secret-double-base64');
  });
  it('only in a Secret a client reads or that holds a key, and counted once', () => {
    expect(run(list([secret('s', { other: b64(apiKey(3)) })])).map((f) => [f.code, f.args])).toEqual([
      ['kube/secret-double-base64', { namespace: 'openhands', secret: 's', key: 'other' }],
    ]);
    expect(codes(list([configMap('c', { k: b64(apiKey(3)) })]))).toEqual([]);
  });

  it('not for base64 of something else, nor for short values', () => {
    expect(codes(openhandsCloud(b64('just some words here ok')))).not.toContain('kube/secret-double-base64');
    expect(codes(list([secret('s', { k: 'YWRtaW4=' })]))).toEqual([]);
  });
});

describe('kube/ref-missing', () => {
  it('a missing Secret, stuck in CreateContainerConfigError', () => {
    const [f] = run(openhandsApp(undefined, { waiting: 'CreateContainerConfigError' }));
    expect(f).toMatchObject({
      code: 'kube/ref-missing',
      args: { namespace: 'openhands', object: 'openhands-llm', configMap: false, stuck: true },
      location: {
        kind: 'kube',
        namespace: 'openhands',
        pod: 'openhands-7d9f6c5b4-abcde',
        container: 'openhands',
        env: 'LLM_API_KEY',
        secret: 'openhands-llm',
        key: 'LLM_API_KEY',
      },
    });
    expect(f!.args).not.toHaveProperty('key');
  });

  it('a missing key names it; an optional reference is fine; envFrom of a missing ConfigMap too', () => {
    expect(run(openhandsApp({ other: 'x' }))[0]).toMatchObject({
      code: 'kube/ref-missing',
      args: { key: 'LLM_API_KEY', stuck: false },
    });
    const optional = list([
      pod({
        name: 'p',
        image: 'i',
        container: 'c',
        env: [{ name: 'LLM_API_KEY', valueFrom: { secretKeyRef: { name: 'gone', key: 'k', optional: true } } }],
        envFrom: [{ configMapRef: { name: 'nope' } }],
      }),
      secret('other', {}),
      configMap('other', {}),
    ]);
    expect(run(optional).map((f) => [f.code, f.args])).toEqual([
      ['kube/ref-missing', { namespace: 'openhands', object: 'nope', configMap: true, stuck: false }],
    ]);
  });
});

describe('kube/secret-not-in-input', () => {
  it('one finding per Secret, with the reader', () => {
    const pods = [0, 1].map((i) =>
      pod({ name: `p${i}`, image: 'i', container: 'c', envFrom: [{ secretRef: { name: 'hidden' } }] }),
    );
    const found = run(list(pods));
    expect(found.map((f) => [f.code, f.args, f.severity])).toEqual([
      [
        'kube/secret-not-in-input',
        { namespace: 'openhands', object: 'hidden', configMap: false, reader: 'p0/c' },
        'info',
      ],
    ]);
    expect(found[0]!.location).toEqual({ kind: 'kube', namespace: 'openhands', secret: 'hidden' });
  });
});

describe('kube/secret-changed-after-start', () => {
  const changed = (time: string | undefined, created = '2026-11-01T09:00:00Z') =>
    openhandsCloud(apiKey(1), {
      secretMeta: {
        creationTimestamp: created,
        ...(time
          ? {
              managedFields: [
                { time, fieldsV1: DATA },
                { time: 'garbage', fieldsV1: DATA },
              ],
            }
          : {}),
      },
    });
  const DATA = { 'f:data': { 'f:ANTHROPIC_API_KEY': {} } };

  it('a label or an annotation added after the start is not a change of the values', () => {
    const labelled = openhandsCloud(apiKey(1), {
      secretMeta: {
        creationTimestamp: '2026-11-01T09:00:00Z',
        managedFields: [
          { time: '2026-11-25T10:00:00Z', fieldsV1: { 'f:metadata': { 'f:labels': { 'f:team': {} } } } },
          { time: '2026-11-26T10:00:00Z', fieldsV1: { 'f:stringData': {} } },
        ],
      },
    });
    expect(codes(labelled)).toContain('kube/secret-changed-after-start');
    const onlyLabel = openhandsCloud(apiKey(1), {
      secretMeta: {
        creationTimestamp: '2026-11-01T09:00:00Z',
        managedFields: [{ time: '2026-11-25T10:00:00Z', fieldsV1: { 'f:metadata': { 'f:labels': {} } } }],
      },
    });
    expect(codes(onlyLabel)).not.toContain('kube/secret-changed-after-start');
  });

  it.each([
    ['managedFields after the start', '2026-11-25T10:00:00Z', undefined, true],
    ['managedFields before the start', '2026-11-19T10:00:00Z', undefined, false],
    ['recreated after the start', undefined, '2026-11-21T00:00:00Z', true],
    ['the same second', '2026-11-20T08:00:00Z', undefined, false],
  ])('%s', (_, time, created, found) => {
    const f = run(changed(time, created)).filter((x) => x.code === 'kube/secret-changed-after-start');
    expect(f).toHaveLength(found ? 1 : 0);
    if (found)
      expect(f[0]!.args).toMatchObject({
        object: 'litellm-env-secrets',
        pod: 'openhands-litellm-6c9f8d7b5-x2x7k',
        workload: 'deployment/openhands-litellm',
        startedAt: '2026-11-20T08:00:00Z',
      });
  });

  it("a Secret of the same name in another namespace is not this pod's", () => {
    const other = secret('litellm-env-secrets', {}, { creationTimestamp: '2030-01-01T00:00:00Z' }, 'elsewhere');
    const input = openhandsCloud(apiKey(1)) as { items: unknown[] };
    input.items.push(other);
    expect(codes(input)).not.toContain('kube/secret-changed-after-start');
  });

  it('a pod that has not started has nothing to compare', () => {
    const p = list([
      pod({
        name: 'p',
        image: 'i',
        container: 'c',
        waiting: 'ContainerCreating',
        envFrom: [{ secretRef: { name: 's' } }],
      }),
      secret('s', {}, { creationTimestamp: '2030-01-01T00:00:00Z' }),
    ]);
    expect(codes(p)).toEqual([]);
  });
});

describe('kube/litellm-env-missing', () => {
  const proxy = (config: string, env: object[] = [], envFrom: object[] = [], secrets = true) =>
    list([
      pod({
        name: 'l-1',
        image: LITELLM_IMAGE,
        container: 'litellm',
        configMap: 'cfg',
        env: env as never,
        envFrom: envFrom as never,
      }),
      configMap('cfg', { 'config.yaml': config }),
      ...(secrets ? [secret('s', { ANTHROPIC_API_KEY: apiKey(1) })] : []),
    ]);

  it('every os.environ/ name the container lacks, with its field', () => {
    const found = run(proxy(LITELLM_CONFIG));
    expect(found.map((f) => f.args)).toEqual([
      {
        name: 'ANTHROPIC_API_KEY',
        field: 'claude-sonnet-4: api_key',
        namespace: 'openhands',
        pod: 'l-1',
        container: 'litellm',
      },
      {
        name: 'LITELLM_MASTER_KEY',
        field: 'general_settings.master_key',
        namespace: 'openhands',
        pod: 'l-1',
        container: 'litellm',
      },
    ]);
    expect(found[0]!.location).toMatchObject({ kind: 'file', path: 'configmap openhands/cfg config.yaml', line: 5 });
  });

  it('none when env or envFrom sets them, or when an unread Secret may', () => {
    const env = [{ name: 'LITELLM_MASTER_KEY', value: 'sk-x' }];
    expect(codes(proxy(LITELLM_CONFIG, env, [{ secretRef: { name: 's' } }]))).toEqual([]);
    expect(codes(proxy(LITELLM_CONFIG, [], [{ secretRef: { name: 'unread' } }], false))).toEqual([
      'kube/secret-not-in-input',
    ]);
    const refs = LITELLM_CONFIG.replace('anthropic/claude-sonnet-4-6', 'os.environ/M').replace(
      'model_list:',
      'model_list:\n  - model_name: x\n    litellm_params:\n      api_base: os.environ/B\n      custom_llm_provider: os.environ/P',
    );
    expect(
      run(proxy(refs, env, [{ secretRef: { name: 's' } }])).map((f) => (f.args as { field: string }).field),
    ).toEqual(['x: api_base', 'x: custom_llm_provider', 'claude-sonnet-4: model']);
  });
});
