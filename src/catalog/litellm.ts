// litellm/*: a LiteLLM proxy's config.yaml (model_list, os.environ/ references, the master key) and the
// keys clients send to it. Facts: docs.litellm.ai/docs/proxy/configs; reference/other-clients.md §1.
import type { Location } from '../types.js';
import { lazy, spec } from './define.js';
import { editStep, spaced, where } from './words.js';

/** A LiteLLM proxy's answer to GET /v1/models: how many model_names it serves, the first of them. */
export interface ProxyArgs {
  status: number;
  count: number;
  served: string[];
  model?: string;
  baseUrl: string;
}

const configLoc: Location = { kind: 'file', path: 'config.yaml', line: 6, column: 16, key: 'api_key' };
const WEAK: Record<'unset' | 'empty' | 'default', { en: string; ja: string }> = {
  unset: { en: 'no master key is set', ja: 'マスターキーが設定されていません' },
  empty: { en: 'the master key is empty', ja: 'マスターキーが空です' },
  default: {
    en: 'the master key is the documentation\'s default "sk-1234"',
    ja: 'マスターキーがドキュメントのデフォルト値「sk-1234」のままです',
  },
};

export const litellmCodes = {
  'litellm/no-model-list': lazy(() =>
    spec<{ path: string }>({
      severity: 'warning',
      title: { en: 'The LiteLLM config has no model_list', ja: 'LiteLLM の設定ファイルに model_list がありません' },
      why: {
        en: 'A LiteLLM proxy serves the models of its model_list; a file without one serves nothing, or is not a LiteLLM config at all.',
        ja: 'LiteLLM プロキシは model_list にあるモデルを提供します。model_list のないファイルでは何も提供されないか、そもそも LiteLLM の設定ファイルではありません。',
      },
      message: {
        en: (a) => `${a.path} (given with --litellm-config) has no top-level model_list.`,
        ja: (a) => `${a.path}（--litellm-config で指定）にトップレベルの model_list がありません。`,
      },
      fix: {
        en: () => ['Give --litellm-config the file the proxy is started with (`litellm --config <file>`).'],
        ja: () => [
          '--litellm-config には、プロキシの起動に使うファイル（`litellm --config <ファイル>`）を指定します。',
        ],
      },
      example: { path: 'proxy.yaml' },
    }),
  ),

  'litellm/env-missing': lazy(() =>
    /** `container`: the config was read inside this container, whose environment is the proxy's. */
    spec<{ name: string; field: string; container?: string }>({
      severity: 'error',
      title: {
        en: 'An os.environ/ reference names a variable the proxy does not have',
        ja: 'os.environ/ の参照先の変数がプロキシの環境にありません',
      },
      why: {
        en: 'LiteLLM reads os.environ/NAME from its own environment when the config is loaded. A variable set nowhere it can see (its environment_variables block, the shell or compose service that starts it, a .env) leaves the value empty, and Anthropic answers "Missing Anthropic API Key" or 401.',
        ja: 'LiteLLM は設定の読み込み時に os.environ/NAME を自分の環境から読みます。見える場所（environment_variables ブロック、起動するシェルや compose のサービス、.env）のどこにも変数がないと値は空になり、Anthropic は「Missing Anthropic API Key」または 401 を返します。',
      },
      message: {
        en: (a) =>
          a.container
            ? `${a.field} reads os.environ/${a.name}, but ${a.name} is not set in the environment of container ${a.container} or in the config's environment_variables.`
            : `${a.field} reads os.environ/${a.name}, but ${a.name} is not set in the environment, the config's environment_variables, a compose file or a .env beside it.`,
        ja: (a) =>
          a.container
            ? `${a.field} は os.environ/${a.name} を読みますが、${a.name} はコンテナ ${a.container} の環境変数にも設定ファイルの environment_variables にも設定されていません。`
            : `${a.field} は os.environ/${a.name} を読みますが、${a.name} は環境変数、設定ファイルの environment_variables、隣の compose ファイルや .env のどこにも設定されていません。`,
      },
      fix: {
        en: (a) => [
          a.container
            ? `Give container ${a.container} the variable ${a.name} (\`docker run -e ${a.name}=…\`, or the compose service's \`environment:\`) and create the container again: a running container keeps the environment it was created with.`
            : `Set ${a.name} where the proxy runs: export it before \`litellm --config\`, add it to the compose service's \`environment:\`, or to \`environment_variables:\` in the config.`,
          'Check the spelling of the name against the variable you set.',
        ],
        ja: (a) => [
          a.container
            ? `コンテナ ${a.container} に変数 ${a.name} を渡し（\`docker run -e ${a.name}=…\`、または compose のサービスの \`environment:\`）、コンテナを作り直します。動いているコンテナは作成時の環境変数のままです。`
            : `プロキシを動かす場所で ${a.name} を設定します。\`litellm --config\` の前に export するか、compose のサービスの \`environment:\` か、設定ファイルの \`environment_variables:\` に追加します。`,
          '名前の綴りが設定した変数と同じか確認します。',
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY', field: 'claude-sonnet: api_key' },
      exampleLocation: configLoc,
    }),
  ),

  'litellm/env-ref-literal': lazy(() =>
    spec<{ text: string; field: string }>({
      severity: 'error',
      title: {
        en: 'A variable reference LiteLLM does not resolve',
        ja: 'LiteLLM が解決しない変数参照があります',
      },
      why: {
        en: 'LiteLLM resolves exactly os.environ/NAME. Other shapes ($NAME in braces, $NAME, os.environ["NAME"]) are kept as text and sent as the key itself, which Anthropic rejects with 401.',
        ja: 'LiteLLM が解決するのは os.environ/NAME の形だけです。それ以外（波かっこ付きの $NAME、$NAME、os.environ["NAME"]）は文字列のまま残り、そのままキーとして送られて Anthropic に 401 で拒否されます。',
      },
      message: {
        en: (a) => `${a.field} is "${a.text}", which LiteLLM sends as it is.`,
        ja: (a) => `${a.field} は「${a.text}」で、LiteLLM はこの文字列をそのまま送ります。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.field, 'en'),
          'Write the reference as os.environ/NAME (no quotes, braces or $).',
        ],
        ja: (a, loc) => [
          editStep(loc, a.field, 'ja'),
          '参照は os.environ/NAME の形で書きます（引用符、波かっこ、$ は付けません）。',
        ],
      },
      example: { text: '$ANTHROPIC_API_KEY', field: 'claude-sonnet: api_key' },
      exampleLocation: configLoc,
    }),
  ),

  'litellm/master-key-misplaced': lazy(() =>
    spec<{ protectedElsewhere: boolean }>({
      severity: 'error',
      title: {
        en: 'master_key is under litellm_settings, where the proxy ignores it',
        ja: 'master_key が litellm_settings の下にあり、プロキシに無視されます',
      },
      why: {
        en: 'The proxy reads its master key from general_settings.master_key (or LITELLM_MASTER_KEY). Under litellm_settings it is ignored, and a proxy without a master key accepts any key from anyone who can reach it.',
        ja: 'プロキシはマスターキーを general_settings.master_key（または LITELLM_MASTER_KEY）から読みます。litellm_settings の下では無視され、マスターキーのないプロキシは、到達できる誰からのどんなキーも受け付けます。',
      },
      message: {
        en: (a) =>
          a.protectedElsewhere
            ? 'master_key under litellm_settings is ignored (the proxy uses the one in general_settings or LITELLM_MASTER_KEY).'
            : 'master_key under litellm_settings is ignored: the proxy has no master key and accepts any key.',
        ja: (a) =>
          a.protectedElsewhere
            ? 'litellm_settings の下の master_key は無視されます（プロキシは general_settings か LITELLM_MASTER_KEY の値を使います）。'
            : 'litellm_settings の下の master_key は無視されます。プロキシにはマスターキーがなく、どんなキーも受け付けます。',
      },
      fix: {
        en: (_a, loc) => [editStep(loc, 'master_key', 'en'), 'Move master_key under general_settings:.'],
        ja: (_a, loc) => [editStep(loc, 'master_key', 'ja'), 'master_key を general_settings: の下へ移します。'],
      },
      example: { protectedElsewhere: false },
      exampleLocation: { kind: 'file', path: 'config.yaml', line: 12, column: 3, key: 'master_key' },
    }),
  ),

  'litellm/master-key-weak': lazy(() =>
    spec<{ state: 'unset' | 'empty' | 'default'; permitted: boolean }>({
      severity: 'error',
      title: {
        en: 'The LiteLLM proxy has no real master key',
        ja: 'LiteLLM プロキシに実質的なマスターキーがありません',
      },
      why: {
        en: 'Without a master key, or with an empty or the documentation\'s "sk-1234" one, anyone who reaches the proxy spends your Anthropic credits. Proxies from September 2026 refuse to start so unless LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY=true.',
        ja: 'マスターキーがない、または空や、ドキュメントの「sk-1234」のままだと、プロキシに到達できる誰もが Anthropic のクレジットを使えます。2026 年 9 月以降のプロキシは、LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY=true がない限りこの状態では起動しません。',
      },
      message: {
        en: (a) =>
          `${WEAK[a.state].en}: ${a.permitted ? 'the proxy starts only because LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY=true, and accepts weak keys' : 'current proxies refuse to start'}.`,
        ja: (a) =>
          `${WEAK[a.state].ja}。${a.permitted ? 'LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY=true のためにプロキシは起動しますが、弱いキーを受け付けます' : '現在のプロキシは起動を拒否します'}。`,
      },
      fix: {
        en: () => [
          'Set general_settings.master_key to os.environ/LITELLM_MASTER_KEY and give LITELLM_MASTER_KEY a long random value starting with sk- (e.g. "sk-" + the output of `openssl rand -hex 32`).',
          'Give clients that value (or virtual keys made with it) as their key toward the proxy.',
        ],
        ja: () => [
          'general_settings.master_key を os.environ/LITELLM_MASTER_KEY にし、LITELLM_MASTER_KEY に sk- で始まる長いランダムな値（例：「sk-」と `openssl rand -hex 32` の出力）を設定します。',
          'クライアントには、プロキシ向けのキーとしてこの値（またはこれで作った仮想キー）を渡します。',
        ],
      },
      example: { state: 'default', permitted: false },
      exampleLocation: { kind: 'file', path: 'config.yaml', line: 10, column: 15, key: 'master_key' },
    }),
  ),

  'litellm/proxy-ok': lazy(() =>
    spec<ProxyArgs>({
      severity: 'info',
      title: { en: 'The LiteLLM proxy accepts the key', ja: 'LiteLLM プロキシがキーを受け付けています' },
      why: {
        en: "The live probe asked the proxy for its models (GET /v1/models, which calls no upstream and costs nothing): the proxy accepted the key and lists the model_names it may use. Whether each upstream key works is the proxy's config's business, which claude-doctor probes separately.",
        ja: 'ライブ検査でプロキシにモデル一覧を問い合わせました（GET /v1/models は上流を呼ばず、費用もかかりません）。プロキシはキーを受け付け、そのキーで使える model_name を返しました。上流の各キーが有効かは、プロキシの設定ファイルの側で別に検査します。',
      },
      message: {
        en: (a) =>
          `The proxy at ${a.baseUrl} accepted the key and serves ${a.count} model${a.count === 1 ? '' : 's'}${a.model ? `, ${a.model} among them` : ''}.`,
        ja: (a) =>
          `${spaced(a.baseUrl, 'のプロキシはキーを受け付け、', String(a.count), '個のモデルを提供しています')}${a.model ? spaced('（', a.model, 'を含みます）') : ''}。`,
      },
      fix: {
        en: () => ['No change needed for this setup; check again after changing its key, model or base URL.'],
        ja: () => ['この設定は変更不要です。キー、モデル、ベースURL を変えたら、もう一度検査します。'],
      },
      example: {
        status: 200,
        count: 2,
        served: ['claude', 'claude-haiku'],
        model: 'claude',
        baseUrl: 'http://localhost:4000',
      },
    }),
  ),

  'litellm/proxy-model-unknown': lazy(() =>
    spec<ProxyArgs>({
      severity: 'error',
      title: {
        en: 'The LiteLLM proxy serves no model of that name',
        ja: 'LiteLLM プロキシはその名前のモデルを提供していません',
      },
      why: {
        en: 'A client of a LiteLLM proxy asks for one of its model_names (the names in model_list, or a wildcard route), not for the upstream model id. A name the proxy does not list for this key fails every request with 400 "Invalid model name passed in model=…".',
        ja: 'LiteLLM プロキシのクライアントは、上流のモデル ID ではなく、プロキシの model_name（model_list の名前やワイルドカードのルート）を指定します。このキーに対してプロキシが一覧に出さない名前では、すべてのリクエストが 400「Invalid model name passed in model=…」で失敗します。',
      },
      message: {
        en: (a) =>
          `The proxy at ${a.baseUrl} accepted the key, but serves no model named ${a.model ?? '?'}; it serves: ${a.served.join(', ') || 'none'}${a.count > a.served.length ? ', …' : ''}.`,
        ja: (a) =>
          `${spaced(a.baseUrl, 'のプロキシはキーを受け付けましたが、', a.model ?? '?', 'という名前のモデルはありません。提供しているモデル：', a.served.join('、') || 'なし')}${a.count > a.served.length ? '、…' : ''}。`,
      },
      fix: {
        en: () => [
          "Set the client's model to one of the model_names the proxy lists above (its config's model_list), without a provider prefix such as anthropic/.",
          "Or add the model to the proxy's model_list (or to the models this virtual key may use) and restart the proxy.",
        ],
        ja: () => [
          'クライアントのモデルを、プロバイダーの接頭辞（anthropic/ など）を付けずに、上に挙げたプロキシの model_name（設定ファイルの model_list）のどれかにします。',
          'または、プロキシの model_list（またはこの仮想キーが使えるモデル）にそのモデルを加え、プロキシを再起動します。',
        ],
      },
      example: {
        status: 200,
        count: 2,
        served: ['claude', 'claude-haiku'],
        model: 'claude-sonnet-4-6',
        baseUrl: 'http://localhost:4000',
      },
    }),
  ),

  'litellm/proxy-key-to-anthropic': lazy(() =>
    spec<{ name: string; credential: Location }>({
      severity: 'error',
      title: {
        en: 'A LiteLLM proxy key is sent to Anthropic',
        ja: 'LiteLLM プロキシのキーが Anthropic に送られます',
      },
      why: {
        en: 'The proxy\'s master key (or a virtual key) is only valid at the proxy. Sent to api.anthropic.com it is rejected with 401 "invalid x-api-key", and it is disclosed to a third party.',
        ja: 'プロキシのマスターキー（や仮想キー）はプロキシでしか使えません。api.anthropic.com に送ると 401「invalid x-api-key」で拒否され、第三者にキーを渡すことにもなります。',
      },
      message: {
        en: (a) =>
          `${a.name} (${where(a.credential, 'en')}) holds the LiteLLM proxy's key, but goes to Anthropic directly.`,
        ja: (a) =>
          `${a.name}（${where(a.credential, 'ja')}）は LiteLLM プロキシのキーですが、Anthropic に直接送られます。`,
      },
      fix: {
        en: (a) => [
          `To go through the proxy, point the client at the proxy's URL (e.g. ANTHROPIC_BASE_URL=http://localhost:4000) and keep ${a.name}.`,
          'To call Anthropic directly, use an Anthropic API key (sk-ant-api03-…) instead.',
        ],
        ja: (a) => [
          `プロキシ経由にするなら、クライアントの送り先をプロキシの URL にし（例：ANTHROPIC_BASE_URL=http://localhost:4000）、${a.name} はそのままにします。`,
          'Anthropic を直接呼ぶなら、代わりに Anthropic の APIキー（sk-ant-api03-…）を使います。',
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY', credential: { kind: 'env', name: 'ANTHROPIC_API_KEY' } },
    }),
  ),

  'litellm/anthropic-key-to-proxy': lazy(() =>
    spec<{ name: string; url: string }>({
      severity: 'error',
      title: {
        en: 'An Anthropic key is sent to the LiteLLM proxy',
        ja: 'Anthropic のキーが LiteLLM プロキシに送られます',
      },
      why: {
        en: 'A LiteLLM proxy with a master key accepts only that key or the virtual keys made with it. A client that sends its Anthropic key there gets 401 from the proxy (BerriAI/litellm#9466), and the proxy sees your Anthropic key.',
        ja: 'マスターキーのある LiteLLM プロキシは、そのキーか、それで作った仮想キーしか受け付けません。Anthropic のキーを送ったクライアントはプロキシから 401 を受け取り（BerriAI/litellm#9466）、プロキシに Anthropic のキーを見せることにもなります。',
      },
      message: {
        en: (a) => `${a.name} is an Anthropic API key, but the client sends it to the LiteLLM proxy at ${a.url}.`,
        ja: (a) => `${a.name} は Anthropic の APIキーですが、クライアントは ${a.url} の LiteLLM プロキシに送ります。`,
      },
      fix: {
        en: (a) => [
          `Set ${a.name} to the proxy's master key or a virtual key (POST /key/generate on the proxy).`,
          "Keep the Anthropic key in the proxy's config (api_key: os.environ/ANTHROPIC_API_KEY) only.",
        ],
        ja: (a) => [
          `${a.name} にはプロキシのマスターキーか仮想キー（プロキシの POST /key/generate で発行）を設定します。`,
          'Anthropic のキーはプロキシの設定（api_key: os.environ/ANTHROPIC_API_KEY）にだけ置きます。',
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY', url: 'http://localhost:4000' },
    }),
  ),
};
