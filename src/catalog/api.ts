// auth/*, billing/*, api/*, net/*: what the API (or the network) answered, from a live probe or from
// an error text given to `explain`. Messages are the API's own (https://docs.anthropic.com/en/api/errors).
import type { Lang, Severity } from '../types.js';
import { lazy, spec } from './define.js';
import { CONSOLE_KEYS_URL } from './words.js';
import { detailJa } from './details.js';

/** What is known of one answer: from a probe, all of it; from a pasted error, what the text shows. */
export interface ApiArgs {
  status?: number;
  /** The API's own message (never a key: scrubbed before it gets here). */
  apiMessage?: string;
  model?: string;
  endpoint?: string;
  retryAfter?: string;
  /** A model the API lists among its retired ones (GET /v1/models?lifecycle=retired). */
  retired?: boolean;
  /** The network error, when there was no answer. */
  detail?: string;
  /** The base URL the probe used (redacted): fix steps name it instead of api.anthropic.com. */
  baseUrl?: string;
  /** The setups whose probe met the same network failure (reported once for them all). */
  profiles?: string[];
  /** The answer came from an undocumented endpoint (--probe-oauth's GET /api/oauth/usage): it is named. */
  undocumented?: string;
}

/** The host the steps name: the one probed, else the API's own. */
export function hostOf(a: ApiArgs): string {
  try {
    return a.baseUrl ? new URL(a.baseUrl).host : 'api.anthropic.com';
  } catch {
    return 'api.anthropic.com';
  }
}

/** The base URL the steps name, without a trailing slash. */
const baseOf = (a: ApiArgs) => (a.baseUrl ?? 'https://api.anthropic.com').replace(/\/+$/, '');

/** No answer came: where the connection went, what failed, and that the key was not checked. */
const unreached = {
  en: (a: ApiArgs) =>
    `${a.baseUrl ? ` The connection to ${a.baseUrl} failed` : ' The connection failed'}${a.detail ? ` (${a.detail})` : ''}.${
      a.profiles && a.profiles.length > 1
        ? ` This stopped the probe of ${a.profiles.length} setups (${a.profiles.join(', ')}).`
        : ''
    }${a.baseUrl ? ' The key itself could not be checked.' : ''}`,
  ja: (a: ApiArgs) =>
    `${a.baseUrl ? `${a.baseUrl} への接続に失敗しました` : '接続に失敗しました'}${a.detail ? `（${detailJa(a.detail)}）` : ''}。${
      a.profiles && a.profiles.length > 1
        ? `${a.profiles.length} 件の設定（${a.profiles.join('、')}）のライブ検査が止まりました。`
        : ''
    }${a.baseUrl ? 'キー自体は確認できていません。' : ''}`,
};

type Words = Record<Lang, string>;
const BILLING_URL = 'https://console.anthropic.com/settings/billing';
const LIMITS_URL = 'https://console.anthropic.com/settings/limits';
const STATUS_URL = 'https://status.anthropic.com';

/** The answer as received: its status and, quoted the language's way, the API's own message. */
const said = (a: ApiArgs, lang: Lang) =>
  [a.status && `HTTP ${a.status}`, a.apiMessage && (lang === 'ja' ? `「${a.apiMessage}」` : `"${a.apiMessage}"`)]
    .filter(Boolean)
    .join(lang === 'ja' ? '' : ' ') || (lang === 'ja' ? '（詳細なし）' : '(no details)');

/** One API outcome: its words, with the answer itself (status and message) appended to the message. */
interface Outcome {
  severity: Severity;
  title: Words;
  why: Words;
  /** The message's first sentence; the answer itself follows. */
  summary: Words;
  /** Fixed steps, or steps that name the user's own base URL and host. */
  steps: Record<Lang, string[] | ((a: ApiArgs) => string[])>;
  example?: ApiArgs;
}

const stepsOf = (steps: string[] | ((a: ApiArgs) => string[]), a: ApiArgs) =>
  typeof steps === 'function' ? steps(a) : steps;

/** A failure with no HTTP status and a network cause: the connection, not the API, is what answered. */
const noAnswer = (a: ApiArgs) => a.status === undefined && (a.detail !== undefined || a.baseUrl !== undefined);

export function outcome({ severity, title, why, summary, steps, example = {} }: Outcome) {
  return spec<ApiArgs>({
    severity,
    title,
    why,
    message: {
      en: (a) =>
        `${summary.en}${a.model ? ` Model: ${a.model}.` : ''}${a.retired ? ' It is retired: the API lists it among its retired models.' : ''}${noAnswer(a) ? unreached.en(a) : ` ${a.undocumented ? `${a.undocumented} (undocumented endpoint)` : 'The API'} answered ${said(a, 'en')}${a.retryAfter ? `; retry after ${a.retryAfter} s` : ''}.`}`,
      ja: (a) =>
        `${summary.ja}${a.model ? `モデル：${a.model}。` : ''}${a.retired ? 'このモデルは提供終了しています（API の提供終了モデル一覧にあります）。' : ''}${noAnswer(a) ? unreached.ja(a) : `${a.undocumented ? `${a.undocumented}（非公開のエンドポイント）の` : 'API の'}応答：${said(a, 'ja')}${a.retryAfter ? `（${a.retryAfter} 秒後に再試行可）` : ''}。`}`,
    },
    fix: { en: (a) => stepsOf(steps.en, a), ja: (a) => stepsOf(steps.ja, a) },
    example,
  });
}

const rotate = {
  en: [
    `Check the key at ${CONSOLE_KEYS_URL}: it may have been deleted, disabled or belong to another organization.`,
    'Create a new key if needed and set it where the client reads it (claude-doctor check shows where).',
  ],
  ja: [
    `${CONSOLE_KEYS_URL} でキーを確認します。削除・無効化されたか、別の組織のキーの可能性があります。`,
    '必要なら新しいキーを作成し、クライアントが読む場所に設定します（場所は claude-doctor check で分かります）。',
  ],
};
const retryLater = {
  en: [
    `Retry later; check ${STATUS_URL} for incidents.`,
    'Clients retry these by themselves; it is not a problem with your key.',
  ],
  ja: [
    `時間をおいて再試行します。障害情報は ${STATUS_URL} で確認できます。`,
    'クライアントは自動で再試行します。キーの問題ではありません。',
  ],
};

export const apiCodes = {
  'auth/invalid-api-key': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The API rejects the key', ja: 'APIキーが無効です' },
      why: {
        en: 'A 401 "invalid x-api-key" means the key is wrong, garbled, revoked, deleted or expired (or from another provider). The request never reached the model.',
        ja: '401「invalid x-api-key」は、キーが誤っている・壊れている・失効・削除・期限切れ（または別プロバイダーのキー）であることを意味します。リクエストはモデルに届いていません。',
      },
      summary: { en: 'The key was rejected as invalid.', ja: 'APIキーが無効として拒否されました。' },
      steps: rotate,
      example: { status: 401, apiMessage: 'invalid x-api-key' },
    }),
  ),
  'auth/missing-header': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'No key was sent', ja: 'キーが送られていません' },
      why: {
        en: 'A 401 "x-api-key header is required" means the request carried no key at all: the variable is unset or empty where the client runs.',
        ja: '401「x-api-key header is required」は、リクエストにキーが含まれていなかったことを意味します。クライアントが動く環境で変数が未設定か空です。',
      },
      summary: { en: 'The request carried no key.', ja: 'リクエストにキーがありませんでした。' },
      steps: {
        en: ['Set the key where this client reads it (claude-doctor check lists every place and which one wins).'],
        ja: [
          'このクライアントが読む場所にキーを設定します（claude-doctor check がすべての場所と優先されるものを示します）。',
        ],
      },
      example: { status: 401, apiMessage: 'x-api-key header is required' },
    }),
  ),
  'auth/invalid-bearer-token': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The Bearer token is rejected', ja: 'Bearer トークンが拒否されています' },
      why: {
        en: 'A 401 "Invalid bearer token" means an Authorization: Bearer credential was refused: a mangled token, or an API key sent as Bearer to a server that wants x-api-key (SDK 1.x sends keys as Bearer).',
        ja: '401「Invalid bearer token」は Authorization: Bearer の認証情報が拒否されたことを意味します。壊れたトークンか、x-api-key を求めるサーバーに APIキーを Bearer で送った場合です（SDK 1.x はキーを Bearer で送ります）。',
      },
      summary: { en: 'The Bearer credential was rejected.', ja: 'Bearer の認証情報が拒否されました。' },
      steps: {
        en: [
          'If this is an API key, send it as x-api-key (ANTHROPIC_API_KEY, not ANTHROPIC_AUTH_TOKEN; with SDK 1.x behind a proxy, set the x-api-key header explicitly).',
          'If it is an OAuth token, get a fresh one.',
        ],
        ja: [
          'APIキーなら x-api-key として送ります（ANTHROPIC_AUTH_TOKEN ではなく ANTHROPIC_API_KEY。プロキシ経由の SDK 1.x では x-api-key ヘッダーを明示します）。',
          'OAuth トークンなら新しいものを取得します。',
        ],
      },
      example: { status: 401, apiMessage: 'Invalid bearer token' },
    }),
  ),
  'auth/oauth-not-supported': lazy(() =>
    outcome({
      severity: 'error',
      title: {
        en: 'An OAuth token was used where it is not accepted',
        ja: 'OAuth トークンが受け付けられない場所で使われています',
      },
      why: {
        en: 'A subscription OAuth token (sk-ant-oat01-) works only as a Bearer token with the oauth-2025-04-20 beta; sent as an API key the API answers 401 "OAuth authentication is currently not supported."',
        ja: 'サブスクリプションの OAuth トークン（sk-ant-oat01-）は、oauth-2025-04-20 ベータ付きの Bearer トークンとしてのみ使えます。APIキーとして送ると 401「OAuth authentication is currently not supported.」になります。',
      },
      summary: {
        en: 'An OAuth token was sent where only API keys work.',
        ja: 'APIキーしか使えない場所に OAuth トークンが送られました。',
      },
      steps: {
        en: [`Use an API key from ${CONSOLE_KEYS_URL} for the API, OpenHands and LiteLLM.`],
        ja: [`API・OpenHands・LiteLLM には ${CONSOLE_KEYS_URL} の APIキーを使います。`],
      },
      example: { status: 401, apiMessage: 'OAuth authentication is currently not supported.' },
    }),
  ),
  'auth/oauth-expired': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The OAuth token has expired', ja: 'OAuth トークンの期限が切れています' },
      why: {
        en: 'Access tokens from a Claude login expire; the API answers 401 "OAuth token has expired".',
        ja: 'Claude のログインで得たアクセストークンには期限があり、切れると API は 401「OAuth token has expired」を返します。',
      },
      summary: { en: 'The OAuth token has expired.', ja: 'OAuth トークンの期限が切れました。' },
      steps: {
        en: ['Log in again (/login in Claude Code) or create a new token with `claude setup-token`.'],
        ja: ['再ログインする（Claude Code の /login）か、`claude setup-token` で新しいトークンを作ります。'],
      },
      example: { status: 401 },
    }),
  ),
  'auth/oauth-revoked': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The OAuth token was revoked', ja: 'OAuth トークンが取り消されています' },
      why: {
        en: 'A revoked OAuth token gets 403 "OAuth token has been revoked".',
        ja: '取り消された OAuth トークンには 403「OAuth token has been revoked」が返ります。',
      },
      summary: { en: 'The OAuth token was revoked.', ja: 'OAuth トークンが取り消されました。' },
      steps: {
        en: ['Log in again (/login in Claude Code) or create a new token with `claude setup-token`.'],
        ja: ['再ログインする（Claude Code の /login）か、`claude setup-token` で新しいトークンを作ります。'],
      },
      example: { status: 403 },
    }),
  ),
  'auth/credentials-revoked': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The credential is known but no longer valid', ja: '認証情報は認識されましたが無効です' },
      why: {
        en: 'A 401 "Invalid authentication credentials" means the credential was recognised but recently revoked, or the organization or account behind it was disabled.',
        ja: '401「Invalid authentication credentials」は、認証情報は認識されたものの最近取り消されたか、その組織やアカウントが無効化されたことを意味します。',
      },
      summary: { en: 'The credential was recognised but refused.', ja: '認証情報は認識されましたが拒否されました。' },
      steps: rotate,
      example: { status: 401 },
    }),
  ),
  'auth/permission-denied': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The credential may not use this resource', ja: 'この認証情報ではこのリソースを使えません' },
      why: {
        en: 'A 403 permission_error: the key is valid but may not use this model, workspace or endpoint (or an OAuth token lacks a scope).',
        ja: '403 permission_error：キーは有効ですが、このモデル・ワークスペース・エンドポイントを使う権限がありません（または OAuth トークンにスコープが足りません）。',
      },
      summary: {
        en: 'The credential is not allowed to do this.',
        ja: 'この認証情報にはこの操作が許可されていません。',
      },
      steps: {
        en: [`Check the key's workspace and its model access in the Console (${CONSOLE_KEYS_URL}).`],
        ja: [`Console（${CONSOLE_KEYS_URL}）でキーのワークスペースとモデルの利用権限を確認します。`],
      },
      example: { status: 403 },
    }),
  ),
  'auth/region-blocked': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The request was blocked before reaching the API', ja: 'リクエストが API に届く前に遮断されました' },
      why: {
        en: 'A 403 {"error":{"type":"forbidden","message":"Request not allowed"}} without a request id comes from Cloudflare: the country, region, VPN or proxy you connect from is not supported.',
        ja: 'リクエスト ID（request_id）のない 403 {"error":{"type":"forbidden","message":"Request not allowed"}} は Cloudflare からの応答で、接続元の国・地域・VPN・プロキシがサポートされていないことを意味します。',
      },
      summary: {
        en: 'The request was refused at the network edge.',
        ja: 'リクエストはネットワークの入口で拒否されました。',
      },
      steps: {
        en: [
          'Connect from a supported country or region, without a VPN or proxy that exits elsewhere (https://www.anthropic.com/supported-countries).',
        ],
        ja: [
          'サポート対象の国・地域から、別の場所に出る VPN やプロキシを使わずに接続します（https://www.anthropic.com/supported-countries）。',
        ],
      },
      example: { status: 403, apiMessage: 'Request not allowed' },
    }),
  ),
  'auth/litellm-proxy-key': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'A LiteLLM proxy rejects the key', ja: 'LiteLLM プロキシがキーを拒否しています' },
      why: {
        en: 'The request went to a LiteLLM proxy (an openhands/ or litellm_proxy/ model, or a proxy base URL), which does not accept this key: "Invalid proxy server token".',
        ja: 'リクエストは LiteLLM プロキシ（openhands/ や litellm_proxy/ のモデル、またはプロキシのベースURL）に送られ、このキーは受け付けられませんでした：「Invalid proxy server token」。',
      },
      summary: { en: 'The proxy rejected the key.', ja: 'プロキシがキーを拒否しました。' },
      steps: {
        en: [
          'To use your Anthropic key directly, choose provider "Anthropic" (model anthropic/claude-sonnet-4-6) and no proxy base URL.',
          "To use the proxy, use the proxy's own key.",
        ],
        ja: [
          'Anthropic のキーを直接使うなら、プロバイダー「Anthropic」（モデル anthropic/claude-sonnet-4-6）を選び、プロキシのベースURL を外します。',
          'プロキシを使うなら、プロキシ用のキーを使います。',
        ],
      },
    }),
  ),

  'billing/credit-balance-too-low': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The credit balance is too low', ja: 'クレジット残高が不足しています' },
      why: {
        en: 'A 400 "Your credit balance is too low to access the Anthropic API" is billing, not authentication: the key is fine, the prepaid credits are used up.',
        ja: '400「Your credit balance is too low to access the Anthropic API」は認証ではなく請求の問題です。キーは有効で、前払いのクレジットを使い切っています。',
      },
      summary: {
        en: 'The key works, but the organization has no credits left.',
        ja: 'キーは有効ですが、組織のクレジットが残っていません。',
      },
      steps: {
        en: [
          `Buy credits or set up billing at ${BILLING_URL}.`,
          'If you meant to use a Claude subscription (Claude Code), unset ANTHROPIC_API_KEY so the subscription login is used.',
        ],
        ja: [
          `${BILLING_URL} でクレジットを購入するか、支払い方法を設定します。`,
          'Claude のサブスクリプション（Claude Code）を使うつもりなら、ANTHROPIC_API_KEY を削除してサブスクリプションのログインを使います。',
        ],
      },
      example: { status: 400 },
    }),
  ),
  'billing/spend-limit': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'A spend limit has been reached', ja: '利用上限に達しています' },
      why: {
        en: 'The organization or workspace reached a spend limit: a self-set limit (400) or the monthly cap of its API tier (429 with error_code enforced_spend_limit_reached, no retry-after; usage resumes on the 1st, UTC).',
        ja: '組織またはワークスペースが利用上限に達しています。自分で設定した上限（400）か、使用量ティアの月間上限（error_code が enforced_spend_limit_reached の 429、retry-after なし。翌月 1 日 UTC に再開）です。',
      },
      summary: {
        en: 'Usage is paused by a spend limit; retrying will not help before it resets.',
        ja: '利用上限により停止しています。リセットまで再試行しても解決しません。',
      },
      steps: {
        en: [`Raise the limit at ${LIMITS_URL}, or move to a higher tier.`],
        ja: [`${LIMITS_URL} で上限を引き上げるか、上位のティアに移行します。`],
      },
      example: { status: 429 },
    }),
  ),
  'billing/organization-disabled': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The organization is disabled', ja: '組織が無効化されています' },
      why: {
        en: 'A 400 "This organization has been disabled." Often a stale ANTHROPIC_API_KEY of an old organization that overrides a subscription login.',
        ja: '400「This organization has been disabled.」。古い組織の ANTHROPIC_API_KEY が残っていて、サブスクリプションのログインより優先されている場合によく起きます。',
      },
      summary: { en: "The key's organization has been disabled.", ja: 'キーの組織は無効化されています。' },
      steps: {
        en: [
          'Use a key of an active organization, or unset the stale ANTHROPIC_API_KEY.',
          'Contact Anthropic support if the organization should be active.',
        ],
        ja: [
          '有効な組織のキーを使うか、古い ANTHROPIC_API_KEY を削除します。',
          '組織が有効なはずなら Anthropic のサポートに連絡します。',
        ],
      },
      example: { status: 400 },
    }),
  ),

  'api/model-not-found': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The API does not know the model', ja: 'API がモデルを認識しません' },
      why: {
        en: 'A 404 "model: <id>" means the id is misspelt, an unknown alias, retired, or not available to this organization. The key itself worked.',
        ja: '404「model: <id>」は、ID の綴り誤り・未知のエイリアス・提供終了・この組織で利用不可のいずれかです。キー自体は有効です。',
      },
      summary: { en: 'The key works, but the model was not found.', ja: 'キーは有効ですが、モデルが見つかりません。' },
      steps: {
        en: [
          'Use a current model id, for example claude-sonnet-4-6 (anthropic/claude-sonnet-4-6 in OpenHands); claude-doctor codes model/retired lists the replacements.',
        ],
        ja: [
          '現行のモデル ID を使います（例：claude-sonnet-4-6、OpenHands では anthropic/claude-sonnet-4-6）。後継モデルは claude-doctor codes model/retired を参照します。',
        ],
      },
      example: { status: 404, model: 'claude-3-5-sonnet-20241022' },
    }),
  ),
  'api/endpoint-not-found': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The URL path is wrong', ja: 'URL のパスが誤っています' },
      why: {
        en: 'A plain 404 "Not Found" (no "model:") means the request went to a path that does not exist: usually a base URL with /v1 or a full endpoint path, so /v1 is doubled.',
        ja: '「model:」のない 404「Not Found」は、存在しないパスにリクエストが送られたことを意味します。多くはベースURL に /v1 やエンドポイントのパスが含まれ、/v1 が二重になっています。',
      },
      summary: {
        en: 'The request went to a path that does not exist.',
        ja: '存在しないパスにリクエストが送られました。',
      },
      steps: {
        en: ['Set the base URL to the server only: https://api.anthropic.com (no /v1, no /v1/messages).'],
        ja: ['ベースURL はサーバーだけにします：https://api.anthropic.com（/v1 や /v1/messages を付けない）。'],
      },
      example: { status: 404, apiMessage: 'Not Found' },
    }),
  ),
  'api/provider-not-set': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'LiteLLM does not know where to send the model', ja: 'LiteLLM がモデルの送り先を判断できません' },
      why: {
        en: 'LiteLLM says "LLM Provider NOT provided" when the model has no provider prefix it recognises, such as a bare claude-… id newer than the installed LiteLLM.',
        ja: 'モデルに LiteLLM が認識できるプロバイダー接頭辞がないと、LiteLLM は「LLM Provider NOT provided」を返します。インストール済みの LiteLLM より新しい、接頭辞のない claude-… などです。',
      },
      summary: { en: 'The model needs a provider prefix.', ja: 'モデルにプロバイダーの接頭辞が必要です。' },
      steps: {
        en: ['Write the model as anthropic/<id>, for example anthropic/claude-sonnet-4-6.'],
        ja: ['モデルを anthropic/<id> の形で書きます（例：anthropic/claude-sonnet-4-6）。'],
      },
    }),
  ),
  'api/rate-limited': lazy(() =>
    outcome({
      severity: 'warning',
      title: { en: 'Rate limited', ja: 'レート制限に達しています' },
      why: {
        en: "A 429 rate_limit_error means too many requests or tokens per minute for the organization's tier. It also proves that the key is valid.",
        ja: '429 rate_limit_error は、組織の使用量ティアに対して 1 分あたりのリクエストやトークンが多すぎることを意味します。キーが有効であることの証明でもあります。',
      },
      summary: {
        en: 'The key works, but requests are being rate limited.',
        ja: 'キーは有効ですが、レート制限がかかっています。',
      },
      steps: {
        en: [`Wait for the retry-after time, lower concurrency or prompt size, or raise the tier at ${LIMITS_URL}.`],
        ja: [
          `retry-after の時間だけ待つ、同時リクエスト数を減らす、プロンプトを短くする、または ${LIMITS_URL} で使用量ティアを上げます。`,
        ],
      },
      example: { status: 429, retryAfter: '20' },
    }),
  ),
  'api/overloaded': lazy(() =>
    outcome({
      severity: 'warning',
      title: { en: 'The API is overloaded', ja: 'API が過負荷です' },
      why: {
        en: 'A 529 overloaded_error is Anthropic-side and temporary.',
        ja: '529 overloaded_error は Anthropic 側の一時的な問題です。',
      },
      summary: { en: 'The API is temporarily overloaded.', ja: 'API が一時的に過負荷です。' },
      steps: retryLater,
      example: { status: 529, apiMessage: 'Overloaded' },
    }),
  ),
  'api/server-error': lazy(() =>
    outcome({
      severity: 'warning',
      title: { en: 'The API had an internal error', ja: 'API 内部でエラーが発生しました' },
      why: {
        en: 'A 500 api_error or 504 timeout_error is Anthropic-side and usually temporary.',
        ja: '500 api_error や 504 timeout_error は Anthropic 側の問題で、通常は一時的です。',
      },
      summary: { en: 'The API failed on its side.', ja: 'API 側で失敗しました。' },
      steps: retryLater,
      example: { status: 500 },
    }),
  ),
  'api/unexpected-response': lazy(() =>
    outcome({
      severity: 'error',
      title: {
        en: 'The answer did not come from the Anthropic API',
        ja: '応答が Anthropic API からのものではありません',
      },
      why: {
        en: "The response was not the API's JSON (an HTML page, a proxy's error, a truncated body): something between you and the API answered instead, usually a proxy, a gateway or a wrong base URL.",
        ja: '応答が API の JSON ではありませんでした（HTML ページ、プロキシのエラー、途中で切れた本文など）。プロキシやゲートウェイ、誤ったベースURL など、途中の何かが代わりに応答しています。',
      },
      summary: { en: 'Something other than the API answered.', ja: 'API 以外のものが応答しました。' },
      steps: {
        en: (a) => [
          `Check the base URL and any proxy (HTTPS_PROXY, a corporate gateway) between you and ${hostOf(a)}.`,
        ],
        ja: (a) => [`ベースURL と、${hostOf(a)} との間のプロキシ（HTTPS_PROXY、社内ゲートウェイ）を確認します。`],
      },
      example: { status: 502 },
    }),
  ),
  'api/ok': lazy(() =>
    outcome({
      severity: 'info',
      title: { en: 'The key works', ja: 'キーは有効です' },
      why: {
        en: 'The live probe succeeded: the API accepted the credential and knows the model.',
        ja: 'ライブ検査に成功しました。API は認証情報を受け付け、モデルも認識しています。',
      },
      summary: { en: 'The API accepted the key.', ja: 'API はキーを受け付けました。' },
      // The text report shows this in its overview line only; JSON and SARIF keep a step that says something.
      steps: {
        en: ['No change needed for this setup; check again after changing its key, model or base URL.'],
        ja: ['この設定は変更不要です。キー、モデル、ベースURL を変えたら、もう一度検査します。'],
      },
      example: { status: 200 },
    }),
  ),

  'net/dns': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The API host name does not resolve', ja: 'API のホスト名を解決できません' },
      why: {
        en: "DNS could not resolve the base URL's host: a typo in the base URL, no network, or a DNS that blocks it.",
        ja: 'ベースURL のホスト名を DNS で解決できませんでした。ベースURL の誤記、ネットワークなし、DNS による遮断のいずれかです。',
      },
      summary: { en: 'The host name could not be resolved.', ja: 'ホスト名を解決できませんでした。' },
      steps: {
        en: (a) => [
          `Check the host in the base URL, and that this machine resolves it (\`getent hosts ${hostOf(a).replace(/:\d+$/, '')}\`).`,
        ],
        ja: (a) => [
          `ベースURL のホストと、このマシンで名前解決できるか（\`getent hosts ${hostOf(a).replace(/:\d+$/, '')}\`）を確認します。`,
        ],
      },
    }),
  ),
  'net/refused': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The connection was refused', ja: '接続が拒否されました' },
      why: {
        en: "Nothing listens at the base URL's host and port: a proxy or gateway that is not running, or a wrong port.",
        ja: 'ベースURL のホストとポートで何も待ち受けていません。プロキシやゲートウェイが動いていないか、ポートが誤っています。',
      },
      summary: { en: 'Nothing accepted the connection.', ja: '接続を受け付けるものがありませんでした。' },
      steps: {
        en: (a) => [
          `Start the proxy or gateway that should answer at ${baseOf(a)}, or fix the base URL (unset it to use https://api.anthropic.com).`,
        ],
        ja: (a) => [
          `${baseOf(a)} で応答するはずのプロキシやゲートウェイを起動するか、ベースURL を直します（削除すれば https://api.anthropic.com を使います）。`,
        ],
      },
    }),
  ),
  'net/timeout': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The request timed out', ja: 'リクエストがタイムアウトしました' },
      why: {
        en: 'No complete answer arrived within the timeout: a slow or blocked network, a firewall that drops packets, or a proxy that hangs.',
        ja: 'タイムアウトまでに応答が揃いませんでした。遅い・遮断されたネットワーク、パケットを捨てるファイアウォール、固まったプロキシなどです。',
      },
      summary: { en: 'No answer arrived in time.', ja: '時間内に応答がありませんでした。' },
      steps: {
        en: (a) => [
          `Check connectivity to the base URL (\`curl -sS -o /dev/null -w "%{http_code}" ${baseOf(a)}/v1/models\`), firewalls and proxies; raise --timeout for slow links.`,
        ],
        ja: (a) => [
          `ベースURL への接続（\`curl -sS -o /dev/null -w "%{http_code}" ${baseOf(a)}/v1/models\`）、ファイアウォール、プロキシを確認します。遅い回線では --timeout を増やします。`,
        ],
      },
    }),
  ),
  'net/tls': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The TLS connection failed', ja: 'TLS 接続に失敗しました' },
      why: {
        en: 'The HTTPS handshake failed: a proxy that intercepts TLS with its own certificate, a wrong clock, or a base URL that is not HTTPS on that port.',
        ja: 'HTTPS のハンドシェイクに失敗しました。独自証明書で TLS を傍受するプロキシ、時計のずれ、そのポートで HTTPS でないベースURL などです。',
      },
      summary: { en: 'The secure connection could not be set up.', ja: '安全な接続を確立できませんでした。' },
      steps: {
        en: [
          "If a company proxy inspects TLS, point NODE_EXTRA_CA_CERTS at its CA certificate; check the system clock and the base URL's scheme and port.",
        ],
        ja: [
          '社内プロキシが TLS を検査している場合は、NODE_EXTRA_CA_CERTS にその CA 証明書を指定します。システム時計とベースURL のスキーム・ポートを確認します。',
        ],
      },
    }),
  ),
  'net/proxy': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The proxy failed', ja: 'プロキシでエラーが発生しました' },
      why: {
        en: 'The HTTP(S) proxy in HTTPS_PROXY could not be reached or refused the connection to the API.',
        ja: 'HTTPS_PROXY のプロキシに接続できないか、API への接続を拒否しました。',
      },
      summary: { en: 'The proxy did not pass the request on.', ja: 'プロキシがリクエストを中継しませんでした。' },
      steps: {
        en: (a) => [`Check HTTPS_PROXY / NO_PROXY and that the proxy allows ${hostOf(a)}.`],
        ja: (a) => [`HTTPS_PROXY / NO_PROXY と、プロキシが ${hostOf(a)} を許可しているかを確認します。`],
      },
    }),
  ),
};
