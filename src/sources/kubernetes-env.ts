// A container's environment as the kubelet builds it: envFrom first (each Secret or ConfigMap's keys, with
// its prefix), then env[] in order, a later entry replacing an earlier one of the same name. A value from a
// Secret the input does not hold is known by name only: claude-doctor cannot check it, and says so.
import { isMap } from './kubernetes-parse.js';
import type { KubeContainer, KubeStore } from './kubernetes-objects.js';
import type { KubeLocation } from '../types.js';

export interface KubeRef {
  configMap: boolean;
  name: string;
  /** secretKeyRef / configMapKeyRef: the key; envFrom: none. */
  key?: string;
  optional: boolean;
  /** The variable it fills (secretKeyRef), or undefined for envFrom. */
  env?: string;
  state: 'ok' | 'missing-object' | 'missing-key' | 'not-in-input';
}

/** `input`: the --kube input the value came from (the container's own, or its Secret's). */
export type KubeEnvValue =
  | { value: string; location: KubeLocation; input: string }
  | { unreadable: true; location: KubeLocation };

export interface KubeEnv {
  vars: Map<string, KubeEnvValue>;
  refs: KubeRef[];
}

/** A variable name the kubelet accepts (C_IDENTIFIER; envFrom skips other keys). */
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

export interface Stores {
  find(namespace: string, name: string, configMap: boolean): KubeStore | undefined;
  /**
   * The input holds objects of this kind read from the cluster in the namespace: a missing one is missing,
   * not unread. A manifest's Secrets do not count: others are often created beside the chart (kubectl create secret).
   */
  seen(namespace: string, configMap: boolean): boolean;
}

export function storeIndex(stores: KubeStore[]): Stores {
  const by = new Map(stores.map((s) => [`${s.configMap}\0${s.namespace}\0${s.name}`, s]));
  const kinds = new Set(stores.filter((s) => s.live).map((s) => `${s.configMap}\0${s.namespace}`));
  return {
    find: (ns, name, cm) => by.get(`${cm}\0${ns}\0${name}`),
    seen: (ns, cm) => kinds.has(`${cm}\0${ns}`),
  };
}

export function containerEnv(c: KubeContainer, stores: Stores): KubeEnv {
  const vars = new Map<string, KubeEnvValue>();
  const refs: KubeRef[] = [];
  const place = (env: string, from?: { name: string; key: string; configMap: boolean }): KubeLocation => ({
    kind: 'kube',
    namespace: c.namespace,
    pod: c.pod,
    container: c.container,
    env,
    ...(from ? { secret: from.name, key: from.key, ...(from.configMap ? { configMap: true } : {}) } : {}),
  });
  const lookup = (ref: Omit<KubeRef, 'state'>) => {
    const store = stores.find(c.namespace, ref.name, ref.configMap);
    const state = refState(store, ref.key, stores.seen(c.namespace, ref.configMap));
    refs.push({ ...ref, state });
    return { store, state };
  };
  for (const from of Array.isArray(c.spec.envFrom) ? c.spec.envFrom.filter(isMap) : []) {
    const prefix = typeof from.prefix === 'string' ? from.prefix : '';
    for (const configMap of [false, true]) {
      const ref = from[configMap ? 'configMapRef' : 'secretRef'];
      if (!isMap(ref) || typeof ref.name !== 'string') continue;
      const { store } = lookup({ configMap, name: ref.name, optional: ref.optional === true });
      for (const [key, v] of store?.data ?? []) {
        const name = `${prefix}${key}`;
        if (ENV_NAME.test(name))
          vars.set(name, {
            value: v.value,
            location: place(name, { name: ref.name, key, configMap }),
            input: store!.input,
          });
      }
    }
  }
  for (const e of Array.isArray(c.spec.env) ? c.spec.env.filter(isMap) : []) {
    if (typeof e.name !== 'string') continue;
    const name = e.name;
    if (typeof e.value === 'string' || e.value === undefined) {
      if (!isMap(e.valueFrom)) {
        vars.set(name, { value: typeof e.value === 'string' ? e.value : '', location: place(name), input: c.input });
        continue;
      }
    }
    const valueFrom = isMap(e.valueFrom) ? e.valueFrom : {};
    for (const configMap of [false, true]) {
      const ref = valueFrom[configMap ? 'configMapKeyRef' : 'secretKeyRef'];
      if (!isMap(ref) || typeof ref.name !== 'string' || typeof ref.key !== 'string') continue;
      const { store, state } = lookup({
        configMap,
        name: ref.name,
        key: ref.key,
        optional: ref.optional === true,
        env: name,
      });
      const location = place(name, { name: ref.name, key: ref.key, configMap });
      const v = store?.data.get(ref.key);
      if (v && store) vars.set(name, { value: v.value, location, input: store.input });
      else if (state === 'not-in-input') vars.set(name, { unreadable: true, location });
      // A missing optional key leaves the variable unset; a missing required one stops the container.
      else vars.delete(name);
    }
  }
  return { vars, refs };
}

/** What a reference finds: the object and key, no key, no object, or an object the input cannot tell about. */
function refState(store: KubeStore | undefined, key: string | undefined, seen: boolean): KubeRef['state'] {
  if (store) return key === undefined || store.data.has(key) ? 'ok' : 'missing-key';
  return seen ? 'missing-object' : 'not-in-input';
}
