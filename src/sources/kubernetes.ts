// The `kubernetes` source (--kube FILE|-): `kubectl get pods,secrets,configmaps -o json|yaml`, `helm template`
// output and committed manifests. claude-doctor reads what the user's own kubectl printed and never talks to a
// cluster itself (no @kubernetes/client-node: the user's context, RBAC and audit do the fetching).
// Each container becomes one place, like a Docker container: its variables are settings, located at
// `namespace/pod/container env NAME`, and the LiteLLM proxy's config.yaml ConfigMap is read as its config.
import { filePlace, readContainerConfig, type LitellmConfigFacts } from '../clients/litellm/sources.js';
import { roleOf } from '../data/variables.js';
import type { Setting, SourceProblem } from '../types.js';
import { containerEnv, storeIndex, type KubeEnv, type Stores } from './kubernetes-env.js';
import { readKubeInputs, type Stdin } from './kubernetes-input.js';
import { containersOf, storesOf, type InputOf, type KubeContainer, type KubeStore } from './kubernetes-objects.js';
import { parseKubeText, type KubeObject } from './kubernetes-parse.js';

export interface KubePlace {
  container: KubeContainer;
  env: KubeEnv;
  /** The variables a client reads (roleOf), with a readable value; trust `user` (see trustOfKube). */
  settings: Setting[];
  /** The LiteLLM proxy's config.yaml, from the ConfigMaps mounted into it. */
  litellm: LitellmConfigFacts[];
  problems: SourceProblem[];
}

export interface KubeResult {
  places: KubePlace[];
  stores: KubeStore[];
  problems: SourceProblem[];
  sources: string[];
}

/**
 * Trust: --kube names its input on the command line, an explicit choice of the user (DESIGN.md, "Secrets"),
 * so its values are `user`, and a container is its own scope (a cluster's base URL never pairs with a key
 * from the host). One exception: a base URL from one --kube input (a committed manifest) with a key from
 * another (the live cluster's Secrets) is `project`, as a repository's file would be: the gate refuses it.
 */
const TRUST = 'user' as const;

export async function readKube(
  paths: string[],
  where: { cwd: string; home: string; deadline: number; stdin?: Stdin },
): Promise<KubeResult> {
  const inputs = await readKubeInputs(paths, where);
  const problems = [...inputs.problems];
  const objects: KubeObject[] = [];
  const input = new Map<KubeObject, string>();
  for (const t of inputs.texts) {
    const parsed = parseKubeText(t.name, t.text);
    problems.push(...parsed.problems);
    for (const o of parsed.objects) input.set(o, t.name);
    objects.push(...parsed.objects);
  }
  const result = kubeFromObjects(objects, (o) => input.get(o) ?? '');
  return {
    ...result,
    problems: [...problems, ...result.places.flatMap((p) => p.problems)],
    sources: inputs.texts.map((t) => `kube ${t.name}`),
  };
}

export function kubeFromObjects(
  objects: KubeObject[],
  inputOf: InputOf = () => '',
): Omit<KubeResult, 'problems' | 'sources'> {
  const stores = storesOf(objects, inputOf);
  const index = storeIndex(stores);
  const places = containersOf(objects, inputOf).map((container) => placeOf(container, index));
  return { places, stores };
}

function placeOf(container: KubeContainer, stores: Stores): KubePlace {
  const env = containerEnv(container, stores);
  const settings: Setting[] = [];
  const inputs = new Map<Setting, string>();
  for (const [name, v] of env.vars) {
    const role = roleOf(name);
    if (!role || !('value' in v)) continue;
    const s: Setting = { role, name, value: v.value, location: v.location, source: 'env', trust: TRUST };
    inputs.set(s, v.input);
    settings.push(s);
  }
  const problems: SourceProblem[] = [];
  const configs = container.litellm ? litellmConfigs(container, stores, env, problems) : [];
  for (const config of configs)
    for (const s of config.settings) {
      if (settings.includes(s)) continue;
      s.trust = TRUST;
      const from = s.location.kind === 'kube' ? env.vars.get(s.name) : undefined;
      inputs.set(s, from && 'input' in from ? from.input : config.input);
      settings.push(s);
    }
  const litellm = configs.map((c) => c.facts);
  const keyInputs = settings.filter((s) => s.role === 'api_key' || s.role === 'auth_token').map((s) => inputs.get(s));
  for (const s of settings)
    if (s.role === 'base_url' && inputs.has(s) && keyInputs.some((i) => i !== undefined && i !== inputs.get(s)))
      s.trust = 'project';
  return { container, env, settings, litellm, problems };
}

/** config.yaml (any key with a model_list) of each ConfigMap mounted into the proxy's container. */
function litellmConfigs(
  container: KubeContainer,
  stores: Stores,
  env: KubeEnv,
  problems: SourceProblem[],
): { facts: LitellmConfigFacts; settings: Setting[]; input: string }[] {
  // os.environ/X reads the container's environment: every variable, not only the ones a client knows.
  const values: NodeJS.ProcessEnv = {};
  for (const [name, v] of env.vars) if ('value' in v) values[name] = v.value;
  return container.mounted.flatMap((name) => {
    const store = stores.find(container.namespace, name, true);
    return [...(store?.data ?? [])].flatMap(([key, { value }]) => {
      const path = `configmap ${container.namespace}/${name} ${key}`;
      // The LiteLLM client's own reading, as for a config file or a Docker container: only Anthropic entries'
      // keys and URLs are settings, and environment_variables counts.
      const read = readContainerConfig({
        path,
        text: value,
        env: values,
        hosts: [],
        place: filePlace(path),
        envPlace: (variable) => env.vars.get(variable)?.location ?? { kind: 'env', name: variable },
      });
      problems.push(...read.problems);
      return read.facts ? [{ facts: read.facts, settings: read.settings, input: store!.input }] : [];
    });
  });
}
