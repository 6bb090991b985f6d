// Kubernetes objects as `kubectl get pods,secrets,configmaps -n openhands -o json` prints them for the OpenHands
// Cloud chart (LiteLLM as a subchart reading Secret litellm-env-secrets through envFrom) and the LiteLLM chart.
// Keys are built at run time (keys.ts): nothing key-shaped is committed. reference/kubernetes.md.
import { apiKey } from './keys.js';

export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

type Obj = Record<string, unknown>;

/** The LiteLLM config the OpenHands chart renders into its ConfigMap (proxy_config). */
export const LITELLM_CONFIG = [
  'model_list:',
  '  - model_name: claude-sonnet-4',
  '    litellm_params:',
  '      model: anthropic/claude-sonnet-4-6',
  '      api_key: os.environ/ANTHROPIC_API_KEY',
  'general_settings:',
  '  master_key: os.environ/LITELLM_MASTER_KEY',
  '',
].join('\n');

export function secret(name: string, data: Record<string, string>, meta: Obj = {}, ns = 'openhands'): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: { name, namespace: ns, creationTimestamp: '2026-11-01T09:00:00Z', uid: 'b1f1e6c0', ...meta },
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
  };
}

export function configMap(name: string, data: Record<string, string>, ns = 'openhands'): Obj {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: ns, creationTimestamp: '2026-11-01T09:00:00Z', uid: 'c4d2a9e1' },
    data,
  };
}

interface PodOptions {
  name: string;
  image: string;
  container: string;
  env?: Obj[];
  envFrom?: Obj[];
  configMap?: string;
  startedAt?: string;
  waiting?: string;
  ns?: string;
}

export function pod(o: PodOptions): Obj {
  const ns = o.ns ?? 'openhands';
  const state = o.waiting
    ? { waiting: { reason: o.waiting, message: 'secret "x" not found' } }
    : { running: { startedAt: o.startedAt ?? '2026-11-20T08:00:00Z' } };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: o.name,
      namespace: ns,
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: o.name.replace(/-[a-z0-9]+$/, ''), controller: true },
      ],
    },
    spec: {
      containers: [
        {
          name: o.container,
          image: o.image,
          ...(o.env ? { env: o.env } : {}),
          ...(o.envFrom ? { envFrom: o.envFrom } : {}),
          ...(o.configMap ? { volumeMounts: [{ name: 'config', mountPath: '/etc/litellm/' }] } : {}),
        },
      ],
      ...(o.configMap ? { volumes: [{ name: 'config', configMap: { name: o.configMap } }] } : {}),
    },
    status: {
      phase: o.waiting ? 'Pending' : 'Running',
      containerStatuses: [{ name: o.container, image: o.image, ready: !o.waiting, state }],
    },
  };
}

export const list = (items: Obj[]) => ({ apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } });

export const LITELLM_IMAGE = 'ghcr.io/berriai/litellm-database:main-v1.77.7-stable';
export const OPENHANDS_IMAGE = 'docker.openhands.dev/openhands/openhands:0.62';

/** The OpenHands Cloud chart's namespace: LiteLLM reads Secret litellm-env-secrets; `key` is what the Secret holds. */
export function openhandsCloud(key: string = apiKey(3), extra: { secretMeta?: Obj; config?: string } = {}): Obj {
  return list([
    pod({
      name: 'openhands-litellm-6c9f8d7b5-x2x7k',
      image: LITELLM_IMAGE,
      container: 'litellm',
      envFrom: [{ secretRef: { name: 'litellm-env-secrets' } }],
      configMap: 'openhands-litellm-config',
    }),
    secret(
      'litellm-env-secrets',
      { ANTHROPIC_API_KEY: key, LITELLM_MASTER_KEY: 'sk-proxy-master-7d1e' },
      extra.secretMeta,
    ),
    secret('default-token-abcde', { namespace: 'openhands' }),
    configMap('openhands-litellm-config', { 'config.yaml': extra.config ?? LITELLM_CONFIG }),
  ]);
}

/** An OpenHands app pod whose LLM_API_KEY comes from a Secret key (secretKeyRef). */
export function openhandsApp(secretData: Record<string, string> | undefined, opts: { waiting?: string } = {}): Obj {
  return list([
    pod({
      name: 'openhands-7d9f6c5b4-abcde',
      image: OPENHANDS_IMAGE,
      container: 'openhands',
      env: [
        { name: 'LLM_MODEL', value: 'anthropic/claude-sonnet-4-6' },
        { name: 'LLM_API_KEY', valueFrom: { secretKeyRef: { name: 'openhands-llm', key: 'LLM_API_KEY' } } },
      ],
      ...(opts.waiting ? { waiting: opts.waiting } : {}),
    }),
    ...(secretData ? [secret('openhands-llm', secretData)] : []),
    secret('default-token-abcde', { namespace: 'openhands' }),
  ]);
}
