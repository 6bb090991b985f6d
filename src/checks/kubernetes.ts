// kube/*: what goes wrong between a Secret and the container that reads it (reference/kubernetes.md §2).
// Pure: the objects were read by src/sources/kubernetes*.ts. The values themselves get every shared check
// (key shape, model, URL) through their settings; these are the mistakes only a cluster makes.
import { roleOf } from '../data/variables.js';
import { finding, type Finding } from '../findings.js';
import { credentialIn } from '../secrets.js';
import { decodeBase64, type KubeStore } from '../sources/kubernetes-objects.js';
import type { KubePlace, KubeResult } from '../sources/kubernetes.js';
import type { KubeLocation } from '../types.js';

export function checkKube(result: Pick<KubeResult, 'places' | 'stores'>): Finding[] {
  const used = usedKeys(result.places);
  return [
    ...result.stores.flatMap((s) => checkStore(s, used)),
    ...result.places.flatMap(checkRefs),
    ...notInInput(result.places),
    ...result.places.flatMap((p) => changedAfterStart(p, result.stores)),
    ...result.places.flatMap(litellmEnvMissing),
  ];
}

/** `ns\0secret\0key` of every Secret key a container reads into a variable some client uses. */
function usedKeys(places: KubePlace[]): Set<string> {
  const out = new Set<string>();
  for (const p of places)
    for (const v of p.env.vars.values())
      if (v.location.secret && v.location.env && roleOf(v.location.env))
        out.add(`${v.location.namespace}\0${v.location.secret}\0${v.location.key}`);
  return out;
}

/** A Secret key worth a look: a client reads it, its name is a known variable, or it holds a key. */
function checkStore(store: KubeStore, used: Set<string>): Finding[] {
  if (store.configMap) return [];
  return [...store.data].flatMap(([key, { value, encoded }]) => {
    const location: KubeLocation = { kind: 'kube', namespace: store.namespace, secret: store.name, key };
    const trimmed = value.trim();
    const relevant = used.has(`${store.namespace}\0${store.name}\0${key}`) || roleOf(key) || credentialIn(trimmed);
    const args = { namespace: store.namespace, secret: store.name, key };
    const out: Finding[] = [];
    if (relevant && trimmed && /\r?\n$/.test(value))
      out.push(finding('kube/secret-trailing-newline', { ...args, encoded: encoded !== undefined }, { location }));
    const inner = decodeBase64(trimmed);
    if (trimmed.length >= 16 && inner !== undefined && credentialIn(inner.trim()) === inner.trim())
      out.push(finding('kube/secret-double-base64', args, { location }));
    return out;
  });
}

/** A required Secret, ConfigMap or key that does not exist: the kubelet never starts the container. */
function checkRefs(place: KubePlace): Finding[] {
  const { container: c } = place;
  return place.env.refs.flatMap((r) => {
    if (r.optional || (r.state !== 'missing-object' && r.state !== 'missing-key')) return [];
    const location: KubeLocation = {
      kind: 'kube',
      namespace: c.namespace,
      pod: c.pod,
      container: c.container,
      ...(r.env ? { env: r.env } : {}),
      secret: r.name,
      ...(r.key !== undefined ? { key: r.key } : {}),
      ...(r.configMap ? { configMap: true } : {}),
    };
    return [
      finding(
        'kube/ref-missing',
        {
          namespace: c.namespace,
          object: r.name,
          configMap: r.configMap,
          ...(r.state === 'missing-key' && r.key !== undefined ? { key: r.key } : {}),
          stuck: c.waiting === 'CreateContainerConfigError',
        },
        { location },
      ),
    ];
  });
}

/** Secrets a container reads that the input does not hold: named, never checked. One finding per Secret. */
function notInInput(places: KubePlace[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const { container: c, env } of places)
    for (const r of env.refs) {
      const id = `${r.configMap}\0${c.namespace}\0${r.name}`;
      if (r.state !== 'not-in-input' || seen.has(id)) continue;
      const location: KubeLocation = {
        kind: 'kube',
        namespace: c.namespace,
        secret: r.name,
        ...(r.configMap ? { configMap: true } : {}),
      };
      seen.set(
        id,
        finding(
          'kube/secret-not-in-input',
          { namespace: c.namespace, object: r.name, configMap: r.configMap, reader: `${c.pod}/${c.container}` },
          { location },
        ),
      );
    }
  return [...seen.values()];
}

/** The container keeps the value it started with: a Secret changed since is not what it uses. */
function changedAfterStart(place: KubePlace, stores: KubeStore[]): Finding[] {
  const { container: c } = place;
  const started = c.startedAt ? Date.parse(c.startedAt) : Number.NaN;
  if (Number.isNaN(started)) return [];
  const done = new Set<string>();
  return place.env.refs.flatMap((r) => {
    const store = stores.find((s) => s.namespace === c.namespace && s.name === r.name && s.configMap === r.configMap);
    const changed = store?.changedAt ? Date.parse(store.changedAt) : Number.NaN;
    const id = `${r.configMap}\0${r.name}`;
    if (r.state !== 'ok' || !(changed > started) || done.has(id)) return [];
    done.add(id);
    const location: KubeLocation = {
      kind: 'kube',
      namespace: c.namespace,
      pod: c.pod,
      container: c.container,
      secret: r.name,
      ...(r.configMap ? { configMap: true } : {}),
    };
    return [
      finding(
        'kube/secret-changed-after-start',
        {
          namespace: c.namespace,
          object: r.name,
          configMap: r.configMap,
          pod: c.pod,
          changedAt: store!.changedAt!,
          startedAt: c.startedAt!,
          ...(c.workload ? { workload: c.workload } : {}),
        },
        { location },
      ),
    ];
  });
}

/** `os.environ/X` in the proxy's ConfigMap, and no X in its container's env or envFrom. */
function litellmEnvMissing(place: KubePlace): Finding[] {
  const { container: c } = place;
  // envFrom of a Secret the input does not hold may set any name: kube/secret-not-in-input says so instead.
  if (place.env.refs.some((r) => r.key === undefined && r.state === 'not-in-input')) return [];
  return place.litellm.flatMap((facts) => {
    const fields = [
      ...facts.entries.flatMap((e) =>
        (['model', 'apiKey', 'baseUrl', 'provider'] as const).map(
          (slot) => [e[slot], `${e.name}: ${FIELD[slot]}`] as const,
        ),
      ),
      [facts.masterKey, 'general_settings.master_key'] as const,
    ];
    return fields.flatMap(([f, field]) =>
      f?.kind === 'ref' && !place.env.vars.has(f.name)
        ? [
            finding(
              'kube/litellm-env-missing',
              { name: f.name, field, namespace: c.namespace, pod: c.pod, container: c.container },
              { location: f.location },
            ),
          ]
        : [],
    );
  });
}

const FIELD = { model: 'model', apiKey: 'api_key', baseUrl: 'api_base', provider: 'custom_llm_provider' } as const;
