// The fix steps in their general form (`claude-doctor codes <code>`, docs/codes/): which of a code's example
// arguments become placeholders, and in what words. Only the codes command and the docs load this file.
import type { Lang } from '../types.js';
import type { Code } from './index.js';

export type Placeholder = Record<Lang, string>;

const p = (en: string, ja: string): Placeholder => ({ en, ja });

/** Placeholders by argument name (also the fields of a location), for every code. */
export const PLACEHOLDERS: Record<string, Placeholder> = {
  name: p('<VARIABLE>', '<変数名>'),
  variable: p('<VARIABLE>', '<変数名>'),
  key: p('<VARIABLE>', '<変数名>'),
  path: p('<file>', '<ファイル>'),
  line: p('<line>', '<行番号>'),
  column: p('<column>', '<列>'),
  model: p('<model>', '<モデル名>'),
  program: p('<program>', '<プログラム>'),
  configDir: p('<config dir>', '<設定ディレクトリ>'),
  mountPath: p('<state dir>', '<状態ディレクトリ>'),
  hostPath: p('<host dir>', '<ホストのディレクトリ>'),
  restart: p('docker restart <container>', 'docker restart <コンテナ名>'),
  option: p('<option>', '<オプション>'),
  closest: p('<known option>', '<正しいオプション>'),
  keys: p('<key>', '<キー名>'),
  keyName: p('<key variable>', '<キーの変数名>'),
  provider: p('<provider>', '<プロバイダー>'),
  replacement: p('<current model>', '<現行のモデル名>'),
  suggestion: p('<suggested model>', '<候補のモデル名>'),
};

export interface GeneralForm {
  /** Arguments the same in every run of this code (a fixed variable, file or key): shown as written. */
  constant?: string[];
  /**
   * Arguments that choose the steps' wording (an enum). The page shows the example's case, the most common
   * one, and says that a real run may give the steps of another.
   */
  branch?: string[];
  /** Placeholders for this code's arguments, over PLACEHOLDERS. */
  args?: Record<string, Placeholder>;
}

/** Codes whose arguments need more than PLACEHOLDERS; a code not named here needs nothing more. */
/** The names of a Kubernetes object in the kube/* steps. */
const KUBE_ARGS: Record<string, Placeholder> = {
  namespace: p('<namespace>', '<namespace>'),
  secret: p('<secret>', '<secret>'),
  object: p('<secret>', '<secret>'),
  pod: p('<pod>', '<pod>'),
  workload: p('deployment/<name>', 'deployment/<name>'),
  container: p('<container>', '<container>'),
};
const kube = (...names: string[]): GeneralForm => ({
  args: Object.fromEntries(names.map((n) => [n, KUBE_ARGS[n]!])),
});

export const GENERAL_FORMS: Partial<Record<Code, GeneralForm>> = {
  'kube/secret-trailing-newline': kube('namespace', 'secret'),
  'kube/secret-double-base64': kube('namespace', 'secret'),
  'kube/ref-missing': kube('namespace', 'object', 'pod', 'container'),
  'kube/secret-not-in-input': kube('namespace', 'object', 'secret'),
  'kube/secret-changed-after-start': kube('namespace', 'object', 'pod', 'workload', 'container'),
  'kube/litellm-env-missing': kube('namespace', 'pod', 'container'),
  'url/v1-suffix': { args: { fixed: p('<base URL>', '<ベースURL>') } },
  'url/endpoint-path': { args: { fixed: p('<base URL without the path>', '<パスを除いたベースURL>') } },
  'url/invalid': { branch: ['reason'] },
  'url/v1-shared': {
    branch: ['sdkClients', 'client'],
    args: {
      fixed: p('<base URL without /v1>', '<末尾に /v1 のないベースURL>'),
      url: p('<base URL with /v1>', '<末尾に /v1 の付いたベースURL>'),
    },
  },
  'librechat/base-url-no-v1': {
    args: { field: p('endpoints.custom[<n>].baseURL', 'endpoints.custom[<n>].baseURL') },
  },
  'librechat/config-url-not-read': { args: { url: p('<URL>', '<URL>') } },
  'continue/secret-unresolved': { args: { secret: p('<SECRET>', '<シークレット名>') } },
  'continue/secret-only-in-shell': { args: { secret: p('<SECRET>', '<シークレット名>') } },
  'litellm/env-ref-literal': { args: { field: p('<model entry>: <field>', '<モデルのエントリ>: <項目>') } },
  'ci/output-unwritable': { constant: ['variable'] },
  'ci/step-summary-unwritable': { constant: ['variable'] },
  'claude-code/cloud-missing-variables': { branch: ['provider', 'missing'] },
  'claude-code/cloud-model-mismatch': { branch: ['needs', 'has'] },
  // Claude Code asks about, and reads an OAuth token or turns TLS checks off from, one variable each.
  'claude-code/key-declined': { constant: ['name'] },
  'claude-code/oauth-token-malformed': { constant: ['name'] },
  'claude-code/tls-verification-off': { constant: ['name'] },
  'claude-code/config-dir-without-login': { args: { elsewhere: p('<login file>', '<ログイン情報のファイル>') } },
  'docker/key-differs-from-host': { args: { command: p('docker rm -f <container>', 'docker rm -f <コンテナ名>') } },
  'env/misnamed-variable': {
    args: {
      name: p('<name as written>', '<書かれた名前>'),
      intended: p('<VARIABLE>', '<変数名>'),
    },
  },
  'key/missing': { constant: ['variables'], branch: ['client'] },
  'model/missing-provider-prefix': { args: { fixed: p('anthropic/<model>', 'anthropic/<モデル名>') } },
  'model/retired': { branch: ['model'] },
  'openhands/ui-overrides-env': { branch: ['slot'] },
  'source/not-text': { branch: ['reason'] },
  'api/oauth-usage-unchecked': { branch: ['reason'] },
  'model/openhands-proxy': { args: { fixed: p('anthropic/<model>', 'anthropic/<モデル名>') } },
};
