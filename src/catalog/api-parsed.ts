// Codes found by reading errors by their structure (issue #12): the request itself rejected, cloud
// providers' access and quota errors, gateways' own keys, and connections that failed with no cause.
import { outcome } from './api.js';
import { lazy } from './define.js';

export const parsedApiCodes = {
  'api/invalid-request': lazy(() =>
    outcome({
      severity: 'warning',
      title: {
        en: 'The request itself was rejected; the key worked',
        ja: 'リクエスト自体が拒否されました（キーは有効です）',
      },
      why: {
        en: 'A 400 invalid_request_error about the prompt, the tokens, the tools or a parameter means the API read the credential and refused the content of the request. It is not a key problem.',
        ja: 'プロンプト、トークン数、ツール、パラメーターに関する 400 invalid_request_error は、API が認証情報を受け付けた上でリクエストの内容を拒否したことを意味します。キーの問題ではありません。',
      },
      summary: {
        en: 'The request was rejected for its content; the key worked.',
        ja: 'リクエストが内容のために拒否されました。キーは有効です。',
      },
      steps: {
        en: [
          'Read the message: shorten the prompt or history, fix the tool schema or the parameter it names.',
          'If a client or plugin builds the request, update it or report the message to its authors.',
        ],
        ja: [
          'メッセージを読み、プロンプトや履歴を短くするか、指摘されたツールスキーマやパラメーターを直します。',
          'クライアントやプラグインがリクエストを組み立てている場合は、更新するか開発元にメッセージを報告します。',
        ],
      },
      example: { status: 400, apiMessage: 'prompt is too long: 219898 tokens > 200000 maximum' },
    }),
  ),
  'api/request-too-large': lazy(() =>
    outcome({
      severity: 'warning',
      title: { en: 'The request is too large', ja: 'リクエストが大きすぎます' },
      why: {
        en: 'A 413 request_too_large means the request body is over the size limit (32 MB for Messages), usually because of many images or files. It is not a key problem.',
        ja: '413 request_too_large はリクエスト本文がサイズ上限（Messages は 32 MB）を超えたことを意味します。多くは画像やファイルが多すぎるためです。キーの問題ではありません。',
      },
      summary: { en: 'The request body was over the size limit.', ja: 'リクエスト本文がサイズ上限を超えました。' },
      steps: {
        en: ['Send fewer or smaller images and files, or start a new conversation.'],
        ja: ['画像やファイルを減らすか小さくする、または新しい会話を始めます。'],
      },
      example: { status: 413, apiMessage: 'Request exceeds the maximum size' },
    }),
  ),
  'api/cloud-quota-exceeded': lazy(() =>
    outcome({
      severity: 'error',
      title: {
        en: "The cloud provider's quota for Claude is used up",
        ja: 'クラウドの Claude 用クォータを使い切っています',
      },
      why: {
        en: 'Google Vertex AI (or another cloud) refused the call because the project quota for the Claude model is used up or zero. Retrying does not help until the quota is raised.',
        ja: 'Google Vertex AI（または他のクラウド）が、プロジェクトの Claude モデル用クォータを使い切ったか 0 のため呼び出しを拒否しました。クォータを引き上げるまで再試行しても解決しません。',
      },
      summary: {
        en: 'The cloud project has no quota left for this model.',
        ja: 'クラウドのプロジェクトにこのモデルのクォータが残っていません。',
      },
      steps: {
        en: [
          'In the cloud console (Vertex AI: IAM & Admin > Quotas), request a quota increase for the Claude model in this region.',
        ],
        ja: [
          'クラウドコンソール（Vertex AI：IAM と管理 > 割り当て）で、このリージョンの Claude モデルのクォータ引き上げを申請します。',
        ],
      },
      example: {
        status: 429,
        apiMessage: 'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model',
      },
    }),
  ),
  'auth/bedrock-access-denied': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'AWS Bedrock denies access to the model', ja: 'AWS Bedrock がモデルへのアクセスを拒否しています' },
      why: {
        en: 'An AccessDeniedException from Bedrock means the AWS identity lacks bedrock:InvokeModel, model access (or the Marketplace subscription) is not granted, or it was granted in another region. No Anthropic key is involved.',
        ja: 'Bedrock の AccessDeniedException は、AWS の ID に bedrock:InvokeModel 権限がない、モデルアクセス（または Marketplace のサブスクリプション）が許可されていない、または別リージョンで許可されていることを意味します。Anthropic のキーは関係ありません。',
      },
      summary: { en: 'AWS refused the call to the model.', ja: 'AWS がモデルの呼び出しを拒否しました。' },
      steps: {
        en: [
          'In the Bedrock console of the region you call, open Model access and enable the Claude model.',
          'Give the IAM identity bedrock:InvokeModel (and the aws-marketplace actions the message names).',
        ],
        ja: [
          '呼び出すリージョンの Bedrock コンソールで「モデルアクセス」を開き、Claude モデルを有効にします。',
          'IAM の ID に bedrock:InvokeModel（とメッセージにある aws-marketplace の操作）を許可します。',
        ],
      },
      example: { status: 403, apiMessage: "You don't have access to the model with the specified model ID." },
    }),
  ),
  'auth/vertex-permission-denied': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'Google Cloud denies access to the model', ja: 'Google Cloud がモデルへのアクセスを拒否しています' },
      why: {
        en: 'Vertex AI refused the call on the project (PERMISSION_DENIED or FAILED_PRECONDITION): an IAM role is missing, Claude is not enabled in Model Garden, publisher data sharing is not set, or the project is the wrong one. No Anthropic key is involved.',
        ja: 'Vertex AI がプロジェクトでの呼び出しを拒否しました（PERMISSION_DENIED または FAILED_PRECONDITION）。IAM ロールがない、Model Garden で Claude が有効でない、パブリッシャーのデータ共有が未設定、またはプロジェクトが違います。Anthropic のキーは関係ありません。',
      },
      summary: {
        en: 'Google Cloud refused the call on this project.',
        ja: 'Google Cloud がこのプロジェクトでの呼び出しを拒否しました。',
      },
      steps: {
        en: [
          'Check the project id the client uses (ANTHROPIC_VERTEX_PROJECT_ID, GOOGLE_CLOUD_PROJECT).',
          'Enable the Claude model in Vertex AI Model Garden and grant the identity roles/aiplatform.user.',
        ],
        ja: [
          'クライアントが使うプロジェクト ID（ANTHROPIC_VERTEX_PROJECT_ID、GOOGLE_CLOUD_PROJECT）を確認します。',
          'Vertex AI Model Garden で Claude モデルを有効にし、ID に roles/aiplatform.user を付与します。',
        ],
      },
      example: { status: 403, apiMessage: 'Permission denied on resource project my-project.' },
    }),
  ),
  'auth/gateway-key-rejected': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'A gateway rejected its own key', ja: 'ゲートウェイが自身のキーを拒否しました' },
      why: {
        en: 'A gateway or relay in front of Anthropic (OpenRouter, new-api/one-api, Cloudflare AI Gateway, a local proxy) refused the key it expects, or got none. The Anthropic key is not the one at fault.',
        ja: 'Anthropic の手前のゲートウェイやリレー（OpenRouter、new-api/one-api、Cloudflare AI Gateway、ローカルプロキシ）が、自身が求めるキーを拒否したか、キーを受け取りませんでした。Anthropic のキーの問題ではありません。',
      },
      summary: { en: "The gateway refused the client's key.", ja: 'ゲートウェイがクライアントのキーを拒否しました。' },
      steps: {
        en: ["Set the gateway's own key (not an Anthropic key) where the client reads it, and check the base URL."],
        ja: [
          'クライアントが読む場所に、ゲートウェイ自身のキー（Anthropic のキーではなく）を設定し、ベースURL を確認します。',
        ],
      },
      example: { status: 401, apiMessage: 'No auth credentials found' },
    }),
  ),
  'auth/oauth-invalid': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The OAuth token is invalid', ja: 'OAuth トークンが無効です' },
      why: {
        en: 'The OAuth access token (sk-ant-oat01-, CLAUDE_CODE_OAUTH_TOKEN) is unknown or malformed: neither expired nor revoked, but not a token the API knows.',
        ja: 'OAuth アクセストークン（sk-ant-oat01-、CLAUDE_CODE_OAUTH_TOKEN）が不明か壊れています。期限切れでも失効でもなく、API が知らないトークンです。',
      },
      summary: { en: 'The OAuth token was not recognised.', ja: 'OAuth トークンが認識されませんでした。' },
      steps: {
        en: ['Mint a new token (claude setup-token, or /login) and set it again, copied whole.'],
        ja: ['新しいトークンを発行し（claude setup-token または /login）、欠けなくコピーして設定し直します。'],
      },
      example: { status: 401, apiMessage: 'OAuth access token is invalid.' },
    }),
  ),
  'auth/browser-access-denied': lazy(() =>
    outcome({
      severity: 'error',
      title: {
        en: 'The organisation forbids calls from a browser',
        ja: '組織がブラウザーからの呼び出しを禁止しています',
      },
      why: {
        en: 'A 401 "CORS requests are not allowed for this Organization" means the organisation (custom data-retention settings) refuses direct browser requests; the key may be valid.',
        ja: '401「CORS requests are not allowed for this Organization」は、組織（独自のデータ保持設定）がブラウザーからの直接リクエストを拒否していることを意味します。キー自体は有効な場合があります。',
      },
      summary: {
        en: 'Browser requests are refused for this organisation.',
        ja: 'この組織ではブラウザーからのリクエストが拒否されます。',
      },
      steps: {
        en: [
          'Call the API from a server (or a desktop client that does not send CORS requests) instead of the browser.',
        ],
        ja: [
          'ブラウザーではなくサーバー（または CORS リクエストを送らないデスクトップクライアント）から API を呼び出します。',
        ],
      },
      example: { status: 401, apiMessage: 'CORS requests are not allowed for this Organization' },
    }),
  ),
  'net/connection-error': lazy(() =>
    outcome({
      severity: 'error',
      title: { en: 'The connection failed', ja: '接続に失敗しました' },
      why: {
        en: 'The client reports a failed or dropped connection without a cause ("Connection error.", UND_ERR_SOCKET, a server that disconnected): the network, a proxy or the base URL is at fault, not the key.',
        ja: 'クライアントが原因なしに接続の失敗・切断を報告しています（「Connection error.」、UND_ERR_SOCKET、サーバーの切断）。キーではなく、ネットワーク、プロキシ、ベースURL の問題です。',
      },
      summary: { en: 'The connection failed or was dropped.', ja: '接続が失敗したか切断されました。' },
      steps: {
        en: [
          'Check that api.anthropic.com (or the base URL) is reachable: curl -sS https://api.anthropic.com/v1/models -o /dev/null -w "%{http_code}".',
          'Check HTTPS_PROXY / NO_PROXY and any VPN or corporate gateway.',
        ],
        ja: [
          'api.anthropic.com（またはベースURL）に到達できるかを `curl -sS https://api.anthropic.com/v1/models -o /dev/null -w "%{http_code}"` で確認します。',
          'HTTPS_PROXY / NO_PROXY と、VPN や社内ゲートウェイを確認します。',
        ],
      },
      example: { detail: 'Connection error.' },
    }),
  ),
};
