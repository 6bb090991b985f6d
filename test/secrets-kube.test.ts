// The secrets promise through --kube: for any generated key or token, in a Secret's data (base64, and base64
// twice), its stringData, a container's env value, the LiteLLM ConfigMap and an object's name, no output
// format in either language holds a 12-character piece of the key, of its base64, or of its base64 twice.
import { noKeyLeaksFrom, type Places } from './support/leak-property.js';
import { b64, configMap, list, LITELLM_IMAGE, pod, secret } from './support/kube.js';

const ARGS = ['--no-env', '--kube', 'cluster.json'];
const cluster = (objects: Record<string, unknown>[]) => ({
  files: { 'proj/cluster.json': JSON.stringify(list(objects)) },
  args: ARGS,
});
const proxy = (extra: Partial<Parameters<typeof pod>[0]> = {}) =>
  pod({
    name: 'litellm-6c9f8d7b5-x2x7k',
    image: LITELLM_IMAGE,
    container: 'litellm',
    envFrom: [{ secretRef: { name: 'litellm-env-secrets' } }],
    configMap: 'cfg',
    ...extra,
  });
const CONFIG = (apiKey: string) =>
  `model_list:\n  - model_name: claude\n    litellm_params:\n      model: anthropic/claude-sonnet-4-6\n      api_key: ${apiKey}\n`;

const PLACES: Places = {
  'Secret data (base64)': (r) =>
    cluster([
      proxy(),
      secret('litellm-env-secrets', { ANTHROPIC_API_KEY: r }),
      configMap('cfg', { 'config.yaml': CONFIG('os.environ/ANTHROPIC_API_KEY') }),
    ]),
  'Secret data (base64 twice)': (r) =>
    cluster([
      proxy(),
      secret('litellm-env-secrets', { ANTHROPIC_API_KEY: b64(r) }),
      configMap('cfg', { 'config.yaml': CONFIG('os.environ/ANTHROPIC_API_KEY') }),
    ]),
  'Secret data with a newline': (r) =>
    cluster([secret('s', { LLM_API_KEY: `${r}\n`, [`k${b64(r).slice(0, 20)}`]: r })]),
  'Secret stringData': (r) =>
    cluster([proxy(), { ...secret('litellm-env-secrets', {}), stringData: { ANTHROPIC_API_KEY: r } }]),
  'env value': (r) =>
    cluster([
      pod({
        name: 'web-1',
        image: 'docker.openhands.dev/openhands/openhands:0.62',
        container: 'app',
        env: [{ name: 'LLM_API_KEY', value: r }],
      }),
    ]),
  'ConfigMap api_key literal': (r) =>
    cluster([proxy({ envFrom: [] }), configMap('cfg', { 'config.yaml': CONFIG(JSON.stringify(r)) })]),
  'object names': (r) =>
    cluster([
      pod({
        name: r,
        image: 'i',
        container: r,
        env: [{ name: 'ANTHROPIC_API_KEY', valueFrom: { secretKeyRef: { name: r, key: r } } }],
      }),
      secret('other', {}),
    ]),
};

noKeyLeaksFrom({
  name: 'no key leaks from --kube input',
  places: PLACES,
  folders: ['home', 'proj'],
  cwd: 'proj',
  seed: 1717,
  forms: (_key, raw) => [b64(raw), b64(b64(raw))],
});
