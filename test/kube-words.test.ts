// Where a Kubernetes value is, in one line, and the first fix step that names it, in both languages.
import { describe, expect, it } from 'vitest';
import { editStep, where } from '../src/catalog/words.js';
import type { KubeLocation } from '../src/types.js';

const envFromSecret: KubeLocation = {
  kind: 'kube',
  namespace: 'oh',
  pod: 'web-1',
  container: 'app',
  env: 'LLM_API_KEY',
  secret: 'llm',
  key: 'k',
};
const envValue: KubeLocation = {
  kind: 'kube',
  namespace: 'oh',
  pod: 'deployment/web',
  container: 'app',
  env: 'LLM_MODEL',
};
const secretKey: KubeLocation = { kind: 'kube', namespace: 'oh', secret: 'llm', key: 'k' };
const configMapKey: KubeLocation = { ...secretKey, configMap: true };

describe('where', () => {
  it.each([
    [
      envFromSecret,
      'oh/web-1/app env LLM_API_KEY (secret oh/llm key k)',
      'oh/web-1/app の環境変数 LLM_API_KEY（Secret oh/llm のキー k）',
    ],
    [envValue, 'oh/deployment/web/app env LLM_MODEL', 'oh/deployment/web/app の環境変数 LLM_MODEL'],
    [secretKey, 'secret oh/llm key k', 'Secret oh/llm のキー k'],
    [configMapKey, 'configmap oh/llm key k', 'ConfigMap oh/llm のキー k'],
    [{ kind: 'kube', namespace: 'oh', secret: 'llm' } as KubeLocation, 'secret oh/llm', 'Secret oh/llm'],
    [{ kind: 'kube', namespace: 'oh', pod: 'p' } as KubeLocation, 'oh/p', 'oh/p'],
  ])('%j', (loc, en, ja) => {
    expect(where(loc, 'en')).toBe(en);
    expect(where(loc, 'ja')).toBe(ja);
  });
});

describe('editStep', () => {
  it('a Secret key: fix it there and restart the pods', () => {
    expect(editStep(envFromSecret, 'LLM_API_KEY', 'en')).toBe(
      'Fix the value of key k in secret oh/llm, then restart the pods that read it.',
    );
    expect(editStep(configMapKey, 'X', 'ja')).toBe(
      'ConfigMap oh/llm のキー k の値を直し、そのキーを読む Pod を再起動します。',
    );
    expect(editStep({ ...secretKey, key: undefined } as KubeLocation, 'X', 'en')).toContain('key X in secret oh/llm');
  });
  it("a container's own env value: the workload's manifest", () => {
    expect(editStep(envValue, 'LLM_MODEL', 'en')).toBe(
      "Fix LLM_MODEL in the env of container oh/deployment/web/app, in the workload's manifest (with Helm, `values.yaml`).",
    );
    expect(editStep(envValue, 'LLM_MODEL', 'ja')).toBe(
      'コンテナ oh/deployment/web/app の env の LLM_MODEL を、ワークロードのマニフェスト（Helm では `values.yaml`）で直します。',
    );
  });
});
