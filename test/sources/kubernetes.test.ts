// The kubernetes source on plain data: parsing every input shape, Secrets decoded, and each container's
// environment resolved the way the kubelet builds it (envFrom, then env[], later wins).
import { describe, expect, it } from 'vitest';
import { MAX_OBJECTS, parseKubeText } from '../../src/sources/kubernetes-parse.js';
import { decodeBase64 } from '../../src/sources/kubernetes-objects.js';
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

const objects = (value: unknown) => parseKubeText('in', JSON.stringify(value)).objects;
const place = (value: unknown, i = 0) => kubeFromObjects(objects(value)).places[i]!;

describe('parseKubeText', () => {
  it('reads a List, a single object, a JSON array and multi-document YAML', () => {
    expect(parseKubeText('a', JSON.stringify(list([secret('s', {}), configMap('c', {})]))).objects).toHaveLength(2);
    expect(parseKubeText('a', JSON.stringify(secret('s', {}))).objects).toHaveLength(1);
    expect(parseKubeText('a', JSON.stringify([secret('s', {}), 3])).objects).toHaveLength(1);
    const yaml =
      '---\nkind: Secret\nmetadata: {name: a}\n---\n# comment only\n---\nkind: List\nitems:\n  - kind: ConfigMap\n  - nokind: 1\n';
    const parsed = parseKubeText('a', yaml);
    expect(parsed.objects.map((o) => o.kind)).toEqual(['Secret', 'ConfigMap']);
    expect(parsed.problems).toEqual([]);
  });

  it('a typed List (SecretList) is opened, an object that merely has items is kept, items without kind dropped', () => {
    const typed = { kind: 'SecretList', items: [secret('a', {}), { metadata: {} }, 'x'] };
    expect(parseKubeText('a', `  \n${JSON.stringify(typed)}`).objects.map((o) => o.kind)).toEqual(['Secret']);
    const own = { kind: 'ConfigMap', items: [secret('a', {})] };
    expect(parseKubeText('a', JSON.stringify(own)).objects.map((o) => o.kind)).toEqual(['ConfigMap']);
    expect(parseKubeText('a', JSON.stringify({ items: [secret('a', {})] })).objects.map((o) => o.kind)).toEqual([
      'Secret',
    ]);
  });

  it('objects without kind are dropped, and a kindless object inside a List is not opened as one', () => {
    expect(parseKubeText('a', JSON.stringify([{ metadata: {} }, secret('s', {})])).objects.map((o) => o.kind)).toEqual([
      'Secret',
    ]);
    const nested = list([{ items: [secret('x', {})] }, configMap('c', {})]);
    expect(parseKubeText('a', JSON.stringify(nested)).objects.map((o) => o.kind)).toEqual(['ConfigMap']);
  });

  it('a repeated key is no error (kubectl and helm keep the last); a YAML error quotes none of the text', () => {
    const repeated = parseKubeText('a', 'kind: Secret\nkind: Secret\nmetadata: {name: a}\n');
    expect(repeated).toEqual({ objects: [{ kind: 'Secret', metadata: { name: 'a' } }], problems: [] });
    const broken = parseKubeText('f', 'kind: Secret\ndata:\n  k: c2VjcmV0\n  bad: [\n');
    const at = { line: 5, column: 1 };
    const detail = 'Flow sequence in block collection must be sufficiently indented and end with a ]';
    expect(broken).toEqual({
      objects: [],
      problems: [
        {
          code: 'source/yaml-invalid',
          args: { path: 'f', ...at, detail },
          location: { kind: 'file', path: 'f', ...at },
        },
      ],
    });
  });

  it('reads at most MAX_OBJECTS objects, and says so when there were more', () => {
    const many = (n: number) => JSON.stringify(list(Array.from({ length: n }, (_, i) => secret(`s${i}`, {}))));
    const over = parseKubeText('a', many(MAX_OBJECTS + 3));
    expect(over.objects).toHaveLength(MAX_OBJECTS);
    expect(over.problems).toEqual([
      { code: 'kube/too-many-objects', args: { path: 'a', limit: MAX_OBJECTS }, location: { kind: 'file', path: 'a' } },
    ]);
    const full = parseKubeText('a', many(MAX_OBJECTS));
    expect(full.objects).toHaveLength(MAX_OBJECTS);
    expect(full.problems).toEqual([]);
  });

  it('input without objects is kube/no-objects; broken input is source/yaml-invalid at its line', () => {
    expect(parseKubeText('stdin', 'NAME READY STATUS\n').problems).toEqual([
      { code: 'kube/no-objects', args: { path: 'stdin' }, location: { kind: 'file', path: 'stdin' } },
    ]);
    expect(parseKubeText('f', '{"kind": ').problems[0]).toMatchObject({ code: 'source/yaml-invalid' });
    expect(parseKubeText('f', 'kind: Secret\n  bad: [\n').problems[0]).toMatchObject({
      code: 'source/yaml-invalid',
      args: { path: 'f' },
    });
  });

  it('an alias bomb is a finding, not a hang', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      ),
      'kind: Secret',
    ].join('\n');
    const parsed = parseKubeText('bomb', bomb);
    expect(parsed.objects).toEqual([]);
    expect(parsed.problems).toMatchObject([
      { code: 'source/yaml-invalid', location: { kind: 'file', path: 'bomb', line: 1, column: 1 } },
    ]);
  });
});

describe('decodeBase64', () => {
  it.each([
    ['YWRtaW4K', 'admin\n'],
    ['YWRtaW4=', 'admin'],
    ['YWRt\naW4=', 'admin'],
    ['', ''],
    ['not base64!', undefined],
    ['YWRtaW4==x', undefined],
    ['Y', undefined],
  ])('%j -> %j', (text, value) => expect(decodeBase64(text)).toBe(value));
});

describe('a container environment', () => {
  it('envFrom with a prefix, env[] after it wins, a ConfigMap key, an optional missing key', () => {
    const key = apiKey(7);
    const p = place(
      list([
        pod({
          name: 'app-5d9c7-abcde',
          image: 'busybox',
          container: 'main',
          envFrom: [{ secretRef: { name: 's' }, prefix: 'X_' }, { configMapRef: { name: 'c' } }],
          env: [
            { name: 'ANTHROPIC_MODEL', value: 'claude-sonnet-4-6' },
            { name: 'ANTHROPIC_API_KEY', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
            { name: 'ANTHROPIC_BASE_URL', valueFrom: { configMapKeyRef: { name: 'c', key: 'url' } } },
            { name: 'ANTHROPIC_AUTH_TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'nope', optional: true } } },
          ],
        }),
        secret('s', { k: key, 'bad name': 'x' }),
        configMap('c', { url: 'https://api.anthropic.com', LLM_MODEL: 'm' }),
      ]),
    );
    expect(Object.fromEntries([...p.env.vars].map(([n, v]) => [n, 'value' in v ? v.value : 'unreadable']))).toEqual({
      X_k: key,
      LLM_MODEL: 'm',
      url: 'https://api.anthropic.com',
      ANTHROPIC_MODEL: 'claude-sonnet-4-6',
      ANTHROPIC_API_KEY: key,
      ANTHROPIC_BASE_URL: 'https://api.anthropic.com',
    });
    expect(p.settings.map((s) => [s.role, s.name, s.trust])).toEqual([
      ['model', 'LLM_MODEL', 'user'],
      ['model', 'ANTHROPIC_MODEL', 'user'],
      ['api_key', 'ANTHROPIC_API_KEY', 'user'],
      ['base_url', 'ANTHROPIC_BASE_URL', 'user'],
    ]);
    expect(p.settings[2]!.location).toEqual({
      kind: 'kube',
      namespace: 'openhands',
      pod: 'app-5d9c7-abcde',
      container: 'main',
      env: 'ANTHROPIC_API_KEY',
      secret: 's',
      key: 'k',
    });
    expect(p.env.refs.map((r) => [r.name, r.key, r.state])).toEqual([
      ['s', undefined, 'ok'],
      ['c', undefined, 'ok'],
      ['s', 'k', 'ok'],
      ['c', 'url', 'ok'],
      ['s', 'nope', 'missing-key'],
    ]);
    expect(p.container.workload).toBe('deployment/app');
  });

  it('stringData wins over data; a Secret from another input makes a base URL `project`', () => {
    const key = apiKey(8);
    const all = objects(
      list([
        pod({
          name: 'p',
          image: 'busybox',
          container: 'c',
          env: [
            { name: 'ANTHROPIC_API_KEY', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
            { name: 'ANTHROPIC_BASE_URL', value: 'https://proxy.example' },
          ],
        }),
        { ...secret('s', { k: 'old' }), stringData: { k: key } },
      ]),
    );
    const same = kubeFromObjects(all).places[0]!;
    expect(same.settings.find((s) => s.role === 'api_key')!.value).toBe(key);
    expect(same.settings.find((s) => s.role === 'base_url')!.trust).toBe('user');
    const mixed = kubeFromObjects(all, (o) => (o.kind === 'Secret' ? 'live.json' : 'repo.yaml')).places[0]!;
    expect(mixed.settings.map((s) => [s.role, s.trust])).toEqual([
      ['api_key', 'user'],
      ['base_url', 'project'],
    ]);
    // An auth token from another input counts as a key; a model from another input does not.
    const token = objects(
      list([
        pod({
          name: 'p',
          image: 'busybox',
          container: 'c',
          env: [
            { name: 'ANTHROPIC_AUTH_TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
            { name: 'ANTHROPIC_MODEL', valueFrom: { secretKeyRef: { name: 's', key: 'm' } } },
            { name: 'ANTHROPIC_BASE_URL', value: 'https://proxy.example' },
          ],
        }),
        secret('s', { k: key, m: 'claude-sonnet-4-6' }),
      ]),
    );
    const split = (keyInput: string) =>
      kubeFromObjects(token, (o) => (o.kind === 'Secret' ? keyInput : 'repo.yaml')).places[0]!.settings.map(
        (s) => s.trust,
      );
    expect(split('live.json')).toEqual(['user', 'user', 'project']);
    expect(split('repo.yaml')).toEqual(['user', 'user', 'user']);
  });

  it('a Secret absent from a live namespace is missing; from a manifest, not in the input', () => {
    expect(place(openhandsApp(undefined)).env.refs[0]!.state).toBe('missing-object');
    const manifest = objects(openhandsApp(undefined)).filter((o) => o.kind === 'Pod');
    const p = kubeFromObjects(manifest).places[0]!;
    expect(p.env.refs[0]!.state).toBe('not-in-input');
    expect(p.env.vars.get('LLM_API_KEY')).toMatchObject({ unreadable: true });
    expect(p.settings.map((s) => s.name)).toEqual(['LLM_MODEL']);
  });

  it('an OpenHands image gives its version; a Deployment template its workload name', () => {
    const p = place(openhandsApp({ LLM_API_KEY: 'x' }));
    expect(p.container).toMatchObject({ kind: 'app', version: '0.62', startedAt: '2026-11-20T08:00:00Z' });
    const deployment = {
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        template: { spec: { containers: [{ name: 'c', image: 'i', env: [{ name: 'LLM_API_KEY', value: 'v' }] }] } },
      },
    };
    const cron = {
      kind: 'CronJob',
      metadata: { name: 'nightly', namespace: 'ops' },
      spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'j', image: 'i' }] } } } } },
    };
    const found = kubeFromObjects(objects([deployment, cron])).places.map((x) => x.container);
    expect(found.map((c) => [c.namespace, c.pod, c.container, c.workload])).toEqual([
      ['default', 'deployment/web', 'c', 'deployment/web'],
      ['ops', 'cronjob/nightly', 'j', undefined],
    ]);
  });

  it('a Deployment whose pods are in the input is read from the pods only', () => {
    const deployment = {
      kind: 'Deployment',
      metadata: { name: 'openhands', namespace: 'openhands' },
      spec: { template: { spec: { containers: [{ name: 'c', image: 'i' }] } } },
    };
    const all = objects(openhandsApp({ LLM_API_KEY: 'x' }));
    expect(kubeFromObjects([...all, deployment]).places).toHaveLength(1);
  });

  it('the LiteLLM proxy reads its mounted config.yaml; os.environ/ names resolve from the container', () => {
    const key = apiKey(9);
    const p = place(openhandsCloud(key));
    expect(p.container.litellm).toBe(true);
    expect(p.litellm).toHaveLength(1);
    expect(p.litellm[0]!.path).toBe('configmap openhands/openhands-litellm-config config.yaml');
    expect(p.litellm[0]!.variables.env.get('LITELLM_MASTER_KEY')?.value).toBe('sk-proxy-master-7d1e');
    expect(p.settings.find((s) => s.role === 'model')).toMatchObject({ value: 'anthropic/claude-sonnet-4-6' });
  });

  it('a broken config.yaml in the ConfigMap is a finding', () => {
    const p = place(
      list([
        pod({ name: 'l', image: LITELLM_IMAGE, container: 'litellm', configMap: 'cfg' }),
        configMap('cfg', { 'config.yaml': `${LITELLM_CONFIG}  - [\n` }),
      ]),
    );
    expect(p.problems[0]).toMatchObject({ code: 'source/yaml-invalid' });
    expect(b64('x')).toBe('eA==');
  });
});
