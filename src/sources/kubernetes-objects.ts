// The Kubernetes objects of --kube input, as claude-doctor needs them: Secrets and ConfigMaps by namespace
// (Secret data decoded from base64, stringData as it is), and every container of every Pod, or of a
// workload's pod template in a manifest. Facts: reference/kubernetes.md.
import { classifyContainer, type ContainerKind } from './docker-images.js';
import { isMap, type KubeObject } from './kubernetes-parse.js';

export interface KubeValue {
  value: string;
  /** Secret data: the base64 text as written (its decoding is `value`). */
  encoded?: string;
}

/** Which --kube input an object came from (a path, or `stdin`). */
export type InputOf = (o: KubeObject) => string;

export interface KubeStore {
  /** The --kube input it came from: a base URL pairs only with a key from its own input. */
  input: string;
  namespace: string;
  name: string;
  configMap: boolean;
  data: Map<string, KubeValue>;
  /** The last change the object records: the newest managedFields time, else its creation. */
  changedAt?: string;
  /** Read from a cluster (it has a uid), not written in a manifest. */
  live: boolean;
}

export interface KubeContainer {
  input: string;
  namespace: string;
  /** The pod's name, or `deployment/NAME` for a workload's template. */
  pod: string;
  container: string;
  image: string;
  kind: ContainerKind;
  version?: string;
  /** The LiteLLM proxy (its image), whose config.yaml is a mounted ConfigMap. */
  litellm: boolean;
  startedAt?: string;
  /** state.waiting.reason, e.g. CreateContainerConfigError. */
  waiting?: string;
  /** What `kubectl rollout restart` takes: `deployment/NAME`, or undefined for a bare pod. */
  workload?: string;
  spec: Record<string, unknown>;
  /** ConfigMaps mounted into this container. */
  mounted: string[];
}

const TEMPLATE_KINDS: Record<string, string> = {
  Deployment: 'deployment',
  StatefulSet: 'statefulset',
  DaemonSet: 'daemonset',
  ReplicaSet: 'replicaset',
  Job: 'job',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const meta = (o: KubeObject) => (isMap(o.metadata) ? o.metadata : {});
export const namespaceOf = (o: KubeObject) => str(meta(o).namespace) || 'default';
const nameOf = (o: KubeObject) => str(meta(o).name) ?? '?';
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isMap) : []);

/** Secret data is base64 (RFC 4648, padding optional); anything else is not what the API would hold. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64(text: string): string | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!BASE64.test(clean) || clean.length % 4 === 1) return undefined;
  return Buffer.from(clean, 'base64').toString('utf8');
}

export function storesOf(objects: KubeObject[], inputOf: InputOf): KubeStore[] {
  return objects.flatMap((o) => {
    if (o.kind !== 'Secret' && o.kind !== 'ConfigMap') return [];
    const configMap = o.kind === 'ConfigMap';
    const data = new Map<string, KubeValue>();
    for (const [key, raw] of Object.entries(isMap(o.data) ? o.data : {})) {
      if (typeof raw !== 'string') continue;
      if (configMap) {
        data.set(key, { value: raw });
        continue;
      }
      const value = decodeBase64(raw);
      if (value !== undefined) data.set(key, { value, encoded: raw });
    }
    // stringData is written into data by the API server, and wins over it.
    if (!configMap && isMap(o.stringData))
      for (const [key, raw] of Object.entries(o.stringData)) if (typeof raw === 'string') data.set(key, { value: raw });
    const changedAt = lastChange(meta(o));
    return [
      {
        input: inputOf(o),
        namespace: namespaceOf(o),
        name: nameOf(o),
        configMap,
        data,
        live: typeof meta(o).uid === 'string',
        ...(changedAt ? { changedAt } : {}),
      },
    ];
  });
}

/** When the Secret's values last changed: its creation, or a managed-fields entry that wrote data (not a label). */
function lastChange(m: Record<string, unknown>): string | undefined {
  const writes = list(m.managedFields).filter((f) => {
    const fields = isMap(f.fieldsV1) ? f.fieldsV1 : {};
    return 'f:data' in fields || 'f:stringData' in fields;
  });
  const times = [str(m.creationTimestamp), ...writes.map((f) => str(f.time))].filter((t): t is string =>
    Boolean(t && !Number.isNaN(Date.parse(t))),
  );
  return times.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
}

/** Every container of every Pod, and of each workload template no Pod of the input already shows. */
export function containersOf(objects: KubeObject[], inputOf: InputOf): KubeContainer[] {
  const pods = objects.filter((o) => o.kind === 'Pod');
  const owners = new Set(pods.map((p) => `${namespaceOf(p)}/${ownerOf(p)}`));
  // Pods without an owner we know (a Job's, or written by hand): matched by their name's prefix.
  const podNames = pods.filter((p) => !ownerOf(p)).map((p) => `${namespaceOf(p)}/${nameOf(p)}`);
  const out = pods.flatMap((p) => podContainers(p, nameOf(p), ownerOf(p), inputOf(p)));
  for (const o of objects) {
    const kind = typeof o.kind === 'string' ? o.kind : '';
    const spec = isMap(o.spec) ? o.spec : {};
    const template = kind === 'CronJob' ? dig(spec, ['jobTemplate', 'spec', 'template']) : templateOf(kind, spec);
    if (!isMap(template)) continue;
    const label = `${(TEMPLATE_KINDS[kind] ?? 'cronjob') as string}/${nameOf(o)}`;
    // kubectl get all: the Deployment's pods are in the input, each with its own start time.
    // A pod of `web-api` is not one of `web`'s: the owner decides where the pods say who it is.
    const restartable = kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet';
    const shown =
      owners.has(`${namespaceOf(o)}/${label}`) || podNames.some((n) => n.startsWith(`${namespaceOf(o)}/${nameOf(o)}-`));
    if (shown) continue;
    out.push(
      ...podContainers(
        { ...template, metadata: { namespace: namespaceOf(o) } },
        label,
        restartable ? label : undefined,
        inputOf(o),
      ),
    );
  }
  return out;
}

/** A workload's pod template (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job). */
const templateOf = (kind: string, spec: Record<string, unknown>) => (TEMPLATE_KINDS[kind] ? spec.template : undefined);
const dig = (v: unknown, path: string[]): unknown => path.reduce((at, k) => (isMap(at) ? at[k] : undefined), v);

/** The workload `kubectl rollout restart` takes for a pod: a ReplicaSet's name ends in its template hash. */
function ownerOf(pod: KubeObject): string | undefined {
  const owner = list(meta(pod).ownerReferences)[0];
  const name = str(owner?.name);
  if (!owner || !name) return undefined;
  if (owner.kind === 'ReplicaSet') return `deployment/${name.replace(/-[a-z0-9]+$/, '')}`;
  if (owner.kind === 'StatefulSet' || owner.kind === 'DaemonSet') return `${String(owner.kind).toLowerCase()}/${name}`;
  return undefined;
}

function podContainers(pod: KubeObject, label: string, workload: string | undefined, input: string): KubeContainer[] {
  const spec = isMap(pod.spec) ? pod.spec : {};
  const statuses = list(dig(pod, ['status', 'containerStatuses']));
  const volumes = new Map(
    list(spec.volumes).flatMap((v) => {
      const cm = str(dig(v, ['configMap', 'name']));
      return cm && str(v.name) ? [[v.name as string, cm] as const] : [];
    }),
  );
  return list(spec.containers).map((c) => {
    const name = str(c.name) ?? '?';
    const image = str(c.image) ?? '';
    const status = statuses.find((s) => s.name === name);
    const startedAt = str(dig(status, ['state', 'running', 'startedAt']));
    const waiting = str(dig(status, ['state', 'waiting', 'reason']));
    const { kind, version } = classifyContainer(image, [name]);
    const mounted = list(c.volumeMounts).flatMap((m) => {
      const cm = volumes.get(str(m.name) ?? '');
      return cm ? [cm] : [];
    });
    return {
      input,
      namespace: namespaceOf(pod),
      pod: label,
      container: name,
      image,
      kind,
      ...(version ? { version } : {}),
      litellm: /litellm/i.test(image),
      ...(startedAt ? { startedAt } : {}),
      ...(waiting ? { waiting } : {}),
      ...(workload ? { workload } : {}),
      spec: c,
      mounted,
    };
  });
}
