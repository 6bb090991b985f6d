// kube/*: Secrets, ConfigMaps and the containers that read them, from --kube input (kubectl, helm template).
// Facts: reference/kubernetes.md. A key is never written into a command: `<your key>` stands in for it.
import type { KubeLocation } from '../types.js';
import { lazy, spec } from './define.js';
import { spaced } from './words.js';

const secretLoc: KubeLocation = {
  kind: 'kube',
  namespace: 'openhands',
  secret: 'litellm-env-secrets',
  key: 'ANTHROPIC_API_KEY',
};
const podLoc: KubeLocation = {
  kind: 'kube',
  namespace: 'openhands',
  pod: 'litellm-6c9f8d7b5-x2x7k',
  container: 'litellm',
  env: 'ANTHROPIC_API_KEY',
  secret: 'litellm-env-secrets',
  key: 'ANTHROPIC_API_KEY',
};

type Ref = { namespace: string; object: string; configMap: boolean };
const kindEn = (a: { configMap: boolean }) => (a.configMap ? 'ConfigMap' : 'Secret');
const getCmd = (a: Ref) => `kubectl get ${a.configMap ? 'configmap' : 'secret'} ${a.object} -n ${a.namespace}`;
/** The command that rewrites one key of a Secret, with the key as a placeholder (never the real one). */
const createCmd = (a: { namespace: string; secret: string; key: string }) =>
  `kubectl create secret generic ${a.secret} -n ${a.namespace} --from-literal=${a.key}='<your key>' --dry-run=client -o yaml | kubectl apply -f -`;
/** Restarts what runs the pod, so the containers read the Secret again. */
const restartCmd = (a: { namespace: string; workload?: string; pod?: string }) =>
  a.workload
    ? `kubectl rollout restart ${a.workload} -n ${a.namespace}`
    : `kubectl delete pod ${a.pod} -n ${a.namespace}`;

export const kubeCodes = {
  'kube/no-objects': lazy(() =>
    spec<{ path: string }>({
      severity: 'warning',
      title: {
        en: 'The --kube input holds no Kubernetes objects',
        ja: '--kube の入力に Kubernetes のオブジェクトがありません',
      },
      why: {
        en: 'claude-doctor reads the output of kubectl get -o json / -o yaml, helm template and manifests. Input without a kind (empty output, a table from kubectl get without -o) gives nothing to check.',
        ja: 'claude-doctor は `kubectl get -o json` / `-o yaml`、`helm template` の出力とマニフェストを読みます。`kind` のない入力（空の出力、`-o` なしの `kubectl get` の表）には検査するものがありません。',
      },
      message: {
        en: (a) => `${a.path} holds no object with a kind (Pod, Secret, ConfigMap, Deployment, …).`,
        ja: (a) =>
          spaced(a.path, 'に `kind` のあるオブジェクト（Pod、Secret、ConfigMap、Deployment など）がありません。'),
      },
      fix: {
        en: () => [
          'Pipe the objects as JSON: `kubectl get pods,secrets,configmaps -n NAMESPACE -o json | claude-doctor check --kube -`.',
          'Check that the namespace is right (`kubectl get pods -n NAMESPACE` lists the pods).',
        ],
        ja: () => [
          'オブジェクトを JSON で渡します：`kubectl get pods,secrets,configmaps -n NAMESPACE -o json | claude-doctor check --kube -`。',
          'Namespace が正しいか確認します（`kubectl get pods -n NAMESPACE` で Pod が表示されるはずです）。',
        ],
      },
      example: { path: '<stdin>' },
      exampleLocation: { kind: 'file', path: '<stdin>' },
    }),
  ),

  'kube/too-many-objects': lazy(() =>
    spec<{ path: string; limit: number }>({
      severity: 'warning',
      title: {
        en: 'The --kube input holds more objects than are read',
        ja: '--kube の入力に、読み取る上限を超える数のオブジェクトがあります',
      },
      why: {
        en: 'claude-doctor reads at most a fixed number of objects from one input, so that a whole cluster piped in stays quick and small in memory. The objects after that were not checked: a problem among them goes unreported.',
        ja: 'claude-doctor は、クラスター全体を渡されても速く少ないメモリで動くよう、1 つの入力から読むオブジェクトの数に上限を設けています。それより後のオブジェクトは検査されておらず、その中の問題は報告されません。',
      },
      message: {
        en: (a) => `${a.path} holds more than ${a.limit} objects: only the first ${a.limit} were checked.`,
        ja: (a) =>
          spaced(a.path, `には ${a.limit} を超えるオブジェクトがあります。検査したのは最初の ${a.limit} 個だけです。`),
      },
      fix: {
        en: () => [
          'Check one namespace at a time: `kubectl get pods,secrets,configmaps -n NAMESPACE -o json | claude-doctor check --kube -`.',
          'Or select the objects of the application: add `-l app=NAME` to kubectl get.',
        ],
        ja: () => [
          'Namespace を 1 つずつ検査します：`kubectl get pods,secrets,configmaps -n NAMESPACE -o json | claude-doctor check --kube -`。',
          'またはアプリケーションのオブジェクトだけを選びます：`kubectl get` に `-l app=NAME` を付けます。',
        ],
      },
      example: { path: '<stdin>', limit: 5000 },
      exampleLocation: { kind: 'file', path: '<stdin>' },
    }),
  ),

  'kube/stdin-unfinished': lazy(() =>
    spec<{ bytes: number }>({
      severity: 'error',
      title: { en: 'stdin did not end before the timeout', ja: 'タイムアウトまでに標準入力が終わりませんでした' },
      why: {
        en: "claude-doctor check --kube - reads stdin to its end, within the run's --timeout. A command that keeps writing (kubectl get -w, a hung helm or kubectl) never ends it, so nothing from it was checked.",
        ja: '`claude-doctor check --kube -` は標準入力を最後まで、実行の --timeout の時間内に読みます。書き続けるコマンド（`kubectl get -w`、固まった helm や kubectl）は入力を終わらせないため、何も検査されていません。',
      },
      message: {
        en: (a) => `stdin was still open after the timeout (${a.bytes} bytes read); it was not checked.`,
        ja: (a) => `タイムアウト後も標準入力が開いたままでした（${a.bytes} バイト読み込み）。検査していません。`,
      },
      fix: {
        en: () => [
          'Pipe a command that ends: `kubectl get pods,secrets,configmaps -n NAMESPACE -o json` (without -w / --watch).',
          'Or save the output first (`kubectl get … -o json > cluster.json`) and run `claude-doctor check --kube cluster.json`; raise --timeout if the cluster is slow.',
        ],
        ja: () => [
          '終わるコマンドをパイプします：`kubectl get pods,secrets,configmaps -n NAMESPACE -o json`（-w / --watch なし）。',
          'または先に出力を保存し（`kubectl get … -o json > cluster.json`）、`claude-doctor check --kube cluster.json` を実行します。クラスターが遅い場合は --timeout を増やします。',
        ],
      },
      example: { bytes: 0 },
      exampleLocation: { kind: 'file', path: '<stdin>' },
    }),
  ),

  'kube/secret-trailing-newline': lazy(() =>
    spec<{ namespace: string; secret: string; key: string; encoded: boolean }>({
      severity: 'error',
      title: { en: 'A Secret value ends in a newline', ja: 'Secret の値が改行で終わっています' },
      why: {
        en: '`echo "…" | base64` encodes the newline echo adds, so the container gets the key with a line break at its end and the API answers 401. `kubectl create secret --from-literal` and `echo -n` / `printf %s` do not add it.',
        ja: '`echo "…" | base64` は echo が付ける改行まで符号化するため、コンテナは末尾に改行の付いたキーを受け取り、API は 401 を返します。`kubectl create secret --from-literal` や `echo -n` / `printf %s` は改行を付けません。',
      },
      message: {
        en: (a) =>
          `Key ${a.key} of secret ${a.namespace}/${a.secret} ends in a newline${a.encoded ? ' (it was base64-encoded with it)' : ''}.`,
        ja: (a) =>
          spaced(
            `Secret ${a.namespace}/${a.secret} のキー ${a.key} の値が改行で終わっています`,
            a.encoded ? '（改行ごと base64 で符号化されています）。' : '。',
          ),
      },
      fix: {
        en: (a) => [
          `Write the Secret again without the newline: \`${createCmd(a)}\` (put your key where <your key> is; --from-literal adds no newline).`,
          'When you encode by hand, use `printf %s "…" | base64` or `echo -n "…" | base64`, never plain echo.',
          'Restart the pods that read it (`kubectl rollout restart deployment/NAME -n NAMESPACE`): environment variables are read at start only.',
        ],
        ja: (a) => [
          `改行なしで Secret を書き直します：\`${createCmd(a)}\`（<your key> の所に自分のキーを入れます。--from-literal は改行を付けません）。`,
          '手で符号化する場合は、echo だけではなく `printf %s "…" | base64` か `echo -n "…" | base64` を使います。',
          'このキーを読む Pod を再起動します（`kubectl rollout restart deployment/NAME -n NAMESPACE`）。環境変数は起動時にだけ読まれます。',
        ],
      },
      example: { namespace: 'openhands', secret: 'litellm-env-secrets', key: 'ANTHROPIC_API_KEY', encoded: true },
      exampleLocation: secretLoc,
    }),
  ),

  'kube/secret-double-base64': lazy(() =>
    spec<{ namespace: string; secret: string; key: string }>({
      severity: 'error',
      title: { en: 'A Secret value is base64-encoded twice', ja: 'Secret の値が 2 回 base64 で符号化されています' },
      why: {
        en: 'Kubernetes decodes Secret data once. A value encoded before it went into `data` (or put base64 text into `stringData`) reaches the container still encoded, and the API rejects it as an invalid key.',
        ja: 'Kubernetes は Secret の `data` を 1 回だけ復号します。`data` に入れる前に符号化した値（または `stringData` に入れた base64 のテキスト）は符号化されたままコンテナに届き、API は無効なキーとして拒否します。',
      },
      message: {
        en: (a) => `Key ${a.key} of secret ${a.namespace}/${a.secret} decodes to base64 text that is itself a key.`,
        ja: (a) =>
          `Secret ${a.namespace}/${a.secret} のキー ${a.key} を復号すると、キーを base64 で符号化したテキストになります。`,
      },
      fix: {
        en: (a) => [
          `Write the Secret from the plain key: \`${createCmd(a)}\` (kubectl encodes it once).`,
          'In a manifest, put the plain key under `stringData:`, or base64 it once under `data:`; a tool that encodes for you (helm b64enc, sealed-secrets, 1Password Connect) must get the plain key.',
          'Restart the pods that read it (`kubectl rollout restart deployment/NAME -n NAMESPACE`).',
        ],
        ja: (a) => [
          `元のキーから Secret を書き直します：\`${createCmd(a)}\`（kubectl が 1 回だけ符号化します）。`,
          'マニフェストでは `stringData:` に元のキーを書くか、`data:` には 1 回だけ符号化した値を書きます。符号化を代行するツール（helm の `b64enc`、`sealed-secrets`、1Password Connect）には元のキーを渡します。',
          'このキーを読む Pod を再起動します（`kubectl rollout restart deployment/NAME -n NAMESPACE`）。',
        ],
      },
      example: { namespace: 'openhands', secret: 'litellm-env-secrets', key: 'ANTHROPIC_API_KEY' },
      exampleLocation: secretLoc,
    }),
  ),

  'kube/ref-missing': lazy(() =>
    spec<Ref & { key?: string; stuck: boolean }>({
      severity: 'error',
      title: {
        en: 'A container reads a Secret or key that does not exist',
        ja: 'コンテナが存在しない Secret またはキーを読んでいます',
      },
      why: {
        en: 'A secretKeyRef, configMapKeyRef or envFrom without `optional: true` whose object or key is missing keeps the container from starting: the pod stays in CreateContainerConfigError and the app never gets its key.',
        ja: '`optional: true` のない secretKeyRef、configMapKeyRef、envFrom の参照先のオブジェクトやキーがないと、コンテナは起動しません。Pod は CreateContainerConfigError のままになり、アプリはキーを受け取れません。',
      },
      message: {
        en: (a) =>
          `${a.key ? `${kindEn(a)} ${a.namespace}/${a.object} has no key ${a.key}` : `${kindEn(a)} ${a.namespace}/${a.object} does not exist`}${a.stuck ? '; the container is waiting in CreateContainerConfigError' : ''}.`,
        ja: (a) =>
          spaced(
            a.key
              ? `${kindEn(a)} ${a.namespace}/${a.object} にキー ${a.key} がありません`
              : `${kindEn(a)} ${a.namespace}/${a.object} が存在しません`,
            a.stuck ? '。コンテナは CreateContainerConfigError で待機しています。' : '。',
          ),
      },
      fix: {
        en: (a) => [
          `Check the name: \`${getCmd(a)} -o jsonpath='{.data}'\` lists its keys (names are case-sensitive).`,
          a.configMap
            ? `Create the ConfigMap or key the container expects, or fix the name in the pod spec.`
            : `Create it: \`${createCmd({ namespace: a.namespace, secret: a.object, key: a.key ?? 'ANTHROPIC_API_KEY' })}\`, or fix the name in the pod spec (for the OpenHands and LiteLLM charts, the values that name the Secret).`,
          `The pod starts by itself once the reference resolves; check with \`kubectl get pods -n ${a.namespace}\`.`,
        ],
        ja: (a) => [
          `名前を確認します：\`${getCmd(a)} -o jsonpath='{.data}'\` でキーの一覧が表示されます（名前は大文字と小文字を区別します）。`,
          a.configMap
            ? 'コンテナが期待する ConfigMap かキーを作るか、Pod の `spec` の名前を直します。'
            : `作成します：\`${createCmd({ namespace: a.namespace, secret: a.object, key: a.key ?? 'ANTHROPIC_API_KEY' })}\`。または Pod の \`spec\` の名前を直します（OpenHands と LiteLLM のチャートでは Secret の名前を指定する \`values\`）。`,
          `参照が解決すると Pod は自動で起動します。\`kubectl get pods -n ${a.namespace}\` で確認します。`,
        ],
      },
      example: {
        namespace: 'openhands',
        object: 'litellm-env-secrets',
        configMap: false,
        key: 'ANTHROPIC_API_KEY',
        stuck: true,
      },
      exampleLocation: podLoc,
    }),
  ),

  'kube/secret-not-in-input': lazy(() =>
    spec<Ref & { reader: string }>({
      severity: 'info',
      title: { en: 'A Secret the containers read is not in the input', ja: 'コンテナが読む Secret が入力にありません' },
      why: {
        en: 'claude-doctor checks only what kubectl printed. A Secret left out (not asked for, or not readable with your permissions, as is common for `get secrets`) is known by name only: its values were not checked.',
        ja: 'claude-doctor は kubectl が出力したものだけを検査します。入力にない Secret（指定しなかったもの、または権限がなく読めないもの。`get secrets` ではよくあります）は名前しか分からず、値は検査していません。',
      },
      message: {
        en: (a) =>
          `${a.reader} reads ${kindEn(a)} ${a.namespace}/${a.object}, which is not in the input: its values were not checked.`,
        ja: (a) =>
          spaced(
            a.reader,
            `は ${kindEn(a)} ${a.namespace}/${a.object} を読みますが、入力にないため値は検査していません。`,
          ),
      },
      fix: {
        en: (a) => [
          `Check whether you may read it: \`kubectl auth can-i get ${a.configMap ? 'configmaps' : 'secrets'} -n ${a.namespace}\`.`,
          `If so, include it: \`kubectl get pods,secrets,configmaps -n ${a.namespace} -o json | claude-doctor check --kube -\`; if not, ask someone who may to run that.`,
        ],
        ja: (a) => [
          `読み取り権限があるか確認します：\`kubectl auth can-i get ${a.configMap ? 'configmaps' : 'secrets'} -n ${a.namespace}\`。`,
          `権限があれば入力に含めます：\`kubectl get pods,secrets,configmaps -n ${a.namespace} -o json | claude-doctor check --kube -\`。権限がなければ、権限のある人に実行を依頼します。`,
        ],
      },
      example: {
        namespace: 'openhands',
        object: 'litellm-env-secrets',
        configMap: false,
        reader: 'deployment/litellm/litellm',
      },
      exampleLocation: secretLoc,
    }),
  ),

  'kube/secret-changed-after-start': lazy(() =>
    spec<Ref & { pod: string; changedAt: string; startedAt: string; workload?: string }>({
      severity: 'warning',
      title: { en: 'The Secret changed after the container started', ja: 'コンテナの起動後に Secret が変更されました' },
      why: {
        en: 'Environment variables are copied when a container starts. A Secret changed later (a rotated or fixed key) does not reach the running container until its pod is restarted, so it may still use the old key.',
        ja: '環境変数はコンテナの起動時にコピーされます。後から変更した Secret（ローテーションや修正したキー）は、Pod を再起動するまで動いているコンテナに届かないため、古いキーを使い続けている可能性があります。',
      },
      message: {
        en: (a) =>
          `${kindEn(a)} ${a.namespace}/${a.object} last changed at ${a.changedAt}, after ${a.pod} started (${a.startedAt}): the container still has the old value.`,
        ja: (a) =>
          spaced(
            `${kindEn(a)} ${a.namespace}/${a.object} は ${a.changedAt} に変更され、`,
            a.pod,
            `の起動（${a.startedAt}）より後です。コンテナは古い値のままです。`,
          ),
      },
      fix: {
        en: (a) => [
          `Restart it so it reads the new value: \`${restartCmd(a)}\`.`,
          'To restart on every change, add a checksum annotation of the Secret to the pod template, or run Stakater Reloader.',
        ],
        ja: (a) => [
          `新しい値を読むように再起動します：\`${restartCmd(a)}\`。`,
          '変更のたびに再起動するには、Pod テンプレートに Secret のチェックサムのアノテーションを付けるか、Stakater Reloader を使います。',
        ],
      },
      example: {
        namespace: 'openhands',
        object: 'litellm-env-secrets',
        configMap: false,
        pod: 'litellm-6c9f8d7b5-x2x7k',
        changedAt: '2026-11-30T10:12:00Z',
        startedAt: '2026-11-28T08:00:00Z',
        workload: 'deployment/litellm',
      },
      exampleLocation: podLoc,
    }),
  ),

  'kube/litellm-env-missing': lazy(() =>
    spec<{ name: string; field: string; namespace: string; pod: string; container: string }>({
      severity: 'error',
      title: {
        en: 'An os.environ/ reference names a variable the LiteLLM pod does not have',
        ja: 'os.environ/ の参照先の変数が LiteLLM の Pod にありません',
      },
      why: {
        en: 'LiteLLM reads os.environ/NAME from its container\'s environment. A name the container\'s env and envFrom do not set leaves the value empty, and Anthropic answers "Missing Anthropic API Key" or 401.',
        ja: 'LiteLLM は os.environ/NAME をコンテナの環境変数から読みます。コンテナの env と envFrom が設定しない名前は値が空になり、Anthropic は「Missing Anthropic API Key」または 401 を返します。',
      },
      message: {
        en: (a) =>
          `${a.field} reads os.environ/${a.name}, but container ${a.namespace}/${a.pod}/${a.container} has no variable ${a.name}.`,
        ja: (a) =>
          `${a.field} は os.environ/${a.name} を読みますが、コンテナ ${a.namespace}/${a.pod}/${a.container} に環境変数 ${a.name} がありません。`,
      },
      fix: {
        en: (a) => [
          `Give the container the variable from its Secret: under env, \`- name: ${a.name}\` with \`valueFrom.secretKeyRef\` (name and key of the Secret), or the whole Secret with \`envFrom: [{secretRef: {name: …}}]\`.`,
          `With the LiteLLM Helm chart, list the Secret in \`environmentSecrets\`; with the OpenHands chart, put ${a.name} into Secret litellm-env-secrets.`,
          'Check the spelling of the name against the Secret key.',
        ],
        ja: (a) => [
          `Secret から変数を渡します：env に \`- name: ${a.name}\` と \`valueFrom.secretKeyRef\`（Secret の名前とキー）を書くか、\`envFrom: [{secretRef: {name: …}}]\` で Secret 全体を渡します。`,
          `LiteLLM の Helm チャートでは Secret を \`environmentSecrets\` に並べます。OpenHands のチャートでは ${a.name} を Secret litellm-env-secrets に入れます。`,
          '名前の綴りが Secret のキーと同じか確認します。',
        ],
      },
      example: {
        name: 'ANTHROPIC_API_KEY',
        field: 'claude-sonnet: api_key',
        namespace: 'openhands',
        pod: 'litellm-6c9f8d7b5-x2x7k',
        container: 'litellm',
      },
      exampleLocation: {
        kind: 'file',
        path: 'configmap openhands/litellm-config config.yaml',
        line: 5,
        column: 16,
        key: 'api_key',
      },
    }),
  ),
};
