// librechat/*: LibreChat's native Anthropic endpoint (.env) and its librechat.yaml, found where CONFIG_PATH
// says (reference: other-clients.md, section 7). Facts: LibreChat's .env.example, its librechat.yaml docs
// (setup: CONFIG_PATH; custom endpoints) and loadCustomConfig, which fetches a CONFIG_PATH that is a URL; Vertex AI:
// its Anthropic docs (ANTHROPIC_USE_VERTEX, the vertex object) and endpoints/anthropic/initialize.ts.
import type { Location } from '../types.js';
import { lazy, spec } from './define.js';
import type { Lang } from '../types.js';

/** `CONFIG_PATH in the environment` / `CONFIG_PATH in .env line 4`: where LibreChat gets it. */
function configPathAt(at: Location, lang: Lang): string {
  if (at.kind !== 'file') return lang === 'ja' ? '環境変数 CONFIG_PATH' : 'CONFIG_PATH in the environment';
  if (lang === 'ja') return `${at.path}${at.line ? ` の ${at.line} 行目` : ''}の CONFIG_PATH`;
  return `CONFIG_PATH in ${at.path}${at.line ? ` line ${at.line}` : ''}`;
}

const dotenvAt: Location = { kind: 'file', path: '.env', line: 4, column: 13, key: 'CONFIG_PATH' };

export const librechatCodes = {
  'librechat/user-provided': lazy(() =>
    spec<{ path: string }>({
      severity: 'info',
      title: {
        en: 'LibreChat asks each user for their own Anthropic key',
        ja: 'LibreChat は Anthropic の APIキーを利用者ごとに入力させます',
      },
      why: {
        en: 'ANTHROPIC_API_KEY=user_provided is not a key: each user types theirs in the LibreChat interface, where claude-doctor cannot see it.',
        ja: 'ANTHROPIC_API_KEY=user_provided はキーではありません。利用者がそれぞれ LibreChat の画面でキーを入力するため、claude-doctor からは見えません。',
      },
      message: {
        en: (a) => `${a.path} sets ANTHROPIC_API_KEY=user_provided: there is no key here to check.`,
        ja: (a) => `${a.path} は ANTHROPIC_API_KEY=user_provided を設定しています。ここには検査するキーがありません。`,
      },
      fix: {
        en: () => ['To check a key, run `claude-doctor check` with that key in ANTHROPIC_API_KEY.'],
        ja: () => ['キーを検査するには、そのキーを ANTHROPIC_API_KEY に入れて `claude-doctor check` を実行します。'],
      },
      example: { path: '.env' },
    }),
  ),

  'librechat/ref-unresolved': lazy(() =>
    spec<{ name: string; field: string }>({
      severity: 'error',
      title: {
        en: 'A librechat.yaml reference is set nowhere',
        ja: 'librechat.yaml の参照がどこにも設定されていません',
      },
      why: {
        en: `LibreChat replaces \${VAR} in librechat.yaml with the variable from its environment (its .env included). When the variable is not set, the text itself is sent as the key or URL.`,
        ja: `LibreChat は librechat.yaml の \${VAR} を環境変数（.env を含む）の値に置き換えます。変数が設定されていないと、その文字列自体がキーや URL として送られます。`,
      },
      message: {
        en: (a) =>
          `${a.field} uses \${${a.name}}, which is in neither the .env beside librechat.yaml nor the environment.`,
        ja: (a) =>
          `${a.field} は \${${a.name}} を使いますが、librechat.yaml と同じフォルダの .env にも環境変数にもありません。`,
      },
      fix: {
        en: (a) => [`Add ${a.name}=… to LibreChat's .env, then restart LibreChat.`],
        ja: (a) => [`LibreChat の .env に ${a.name}=… を追加し、LibreChat を再起動します。`],
      },
      example: { name: 'ANTHROPIC_API_KEY', field: 'endpoints.custom[0].apiKey' },
    }),
  ),

  'librechat/config-url-not-read': lazy(() =>
    spec<{ url: string; setAt: Location }>({
      severity: 'info',
      title: {
        en: "LibreChat's librechat.yaml is a URL, which is not read",
        ja: 'LibreChat の librechat.yaml は URL で指定されており、読み取りません',
      },
      why: {
        en: 'When CONFIG_PATH is an http(s) URL, LibreChat downloads librechat.yaml from it at start-up and ignores ./librechat.yaml. claude-doctor only reads local files, so the custom endpoints of that file are not checked.',
        ja: 'CONFIG_PATH が http(s) の URL だと、LibreChat は起動時にそこから librechat.yaml をダウンロードし、./librechat.yaml は使いません。claude-doctor はローカルのファイルしか読まないため、そのファイルのカスタムエンドポイントは検査しません。',
      },
      message: {
        en: (a) =>
          `${configPathAt(a.setAt, 'en')} is ${a.url}: LibreChat fetches its librechat.yaml from there, and claude-doctor does not.`,
        ja: (a) =>
          `${configPathAt(a.setAt, 'ja')} は ${a.url} です。LibreChat はそこから librechat.yaml を取得しますが、claude-doctor は取得しません。`,
      },
      fix: {
        en: (a) => [
          `To check it, download it (\`curl -fsSL ${a.url} -o librechat.yaml\`), then run claude-doctor with CONFIG_PATH=librechat.yaml.`,
        ],
        ja: (a) => [
          `検査するには、ファイルをダウンロード（\`curl -fsSL ${a.url} -o librechat.yaml\`）してから、CONFIG_PATH=librechat.yaml を設定して claude-doctor を実行します。`,
        ],
      },
      example: { url: 'https://example.com/librechat.yaml', setAt: dotenvAt },
      exampleLocation: dotenvAt,
    }),
  ),

  'librechat/config-path-missing': lazy(() =>
    spec<{ path: string; setAt: Location }>({
      severity: 'warning',
      title: {
        en: 'The librechat.yaml that CONFIG_PATH names does not exist',
        ja: 'CONFIG_PATH が指す librechat.yaml がありません',
      },
      why: {
        en: 'LibreChat reads librechat.yaml from CONFIG_PATH when it is set, not from ./librechat.yaml. A missing file makes it start without its custom endpoints and settings, and it only logs this.',
        ja: 'CONFIG_PATH が設定されていると、LibreChat は ./librechat.yaml ではなくそのパスから librechat.yaml を読みます。ファイルがないとカスタムエンドポイントや設定なしで起動し、ログに記録するだけです。',
      },
      message: {
        en: (a) =>
          `${configPathAt(a.setAt, 'en')} names ${a.path}, which does not exist here: LibreChat would start without its librechat.yaml.`,
        ja: (a) =>
          `${configPathAt(a.setAt, 'ja')} は ${a.path} を指していますが、このファイルはありません。LibreChat は librechat.yaml なしで起動します。`,
      },
      fix: {
        en: (a) => [
          `Create ${a.path}, or correct ${configPathAt(a.setAt, 'en')}; unset it to use ./librechat.yaml.`,
          'If LibreChat runs in Docker, the path is inside the container: check that a volume mounts the file there.',
        ],
        ja: (a) => [
          `${a.path} を作成するか、${configPathAt(a.setAt, 'ja')} を修正します。./librechat.yaml を使うには CONFIG_PATH を削除します。`,
          'LibreChat を Docker で動かしている場合、このパスはコンテナ内のパスです。ボリュームでファイルがそこにマウントされているか確認します。',
        ],
      },
      example: { path: 'config/librechat.yaml', setAt: dotenvAt },
      exampleLocation: dotenvAt,
    }),
  ),

  'librechat/base-url-no-v1': lazy(() =>
    spec<{ url: string; endpoint: string; field: string }>({
      severity: 'error',
      title: {
        en: "A LibreChat custom endpoint to Anthropic's API lacks /v1",
        ja: 'Anthropic API への LibreChat のカスタムエンドポイントに /v1 がありません',
      },
      why: {
        en: "A custom endpoint without `provider: anthropic` is OpenAI-compatible: LibreChat's OpenAI client appends /chat/completions to its baseURL, so Anthropic's must be https://api.anthropic.com/v1, unlike an Anthropic SDK base URL.",
        ja: '`provider: anthropic` のないカスタムエンドポイントは OpenAI 互換です。LibreChat の OpenAI クライアントは baseURL に /chat/completions を付けるため、Anthropic SDK のベースURL とは違い、https://api.anthropic.com/v1 にする必要があります。',
      },
      message: {
        en: (a) =>
          `The custom endpoint ${a.endpoint} (${a.field}) is ${a.url}: its requests go to ${a.url.replace(/\/+$/, '')}/chat/completions, which Anthropic does not serve.`,
        ja: (a) =>
          `カスタムエンドポイント ${a.endpoint}（${a.field}）は ${a.url} です。リクエストは ${a.url.replace(/\/+$/, '')}/chat/completions に送られますが、Anthropic はこれに応答しません。`,
      },
      fix: {
        en: (a, loc) => [
          `Set ${a.field} to https://api.anthropic.com/v1${loc?.kind === 'file' && loc.line ? ` (${loc.path} line ${loc.line})` : ''}, then restart LibreChat.`,
          'Or add `provider: anthropic` to the endpoint, and keep https://api.anthropic.com: LibreChat then uses the Anthropic SDK.',
        ],
        ja: (a, loc) => [
          `${a.field}${loc?.kind === 'file' && loc.line ? `（${loc.path} の ${loc.line} 行目）` : ''}を https://api.anthropic.com/v1 にしてから、LibreChat を再起動します。`,
          'または、エンドポイントに `provider: anthropic` を追加し、https://api.anthropic.com のままにします。この場合 LibreChat は Anthropic SDK を使います。',
        ],
      },
      example: { url: 'https://api.anthropic.com', endpoint: 'Claude', field: 'endpoints.custom[0].baseURL' },
      exampleLocation: {
        kind: 'file',
        path: 'librechat.yaml',
        line: 6,
        column: 16,
        key: 'endpoints.custom[0].baseURL',
      },
    }),
  ),

  'librechat/vertex': lazy(() =>
    spec<{ setting: string; keySet: boolean }>({
      severity: 'info',
      title: {
        en: "LibreChat's Anthropic endpoint goes through Google Vertex AI",
        ja: 'LibreChat の Anthropic エンドポイントは Google Vertex AI を経由します',
      },
      why: {
        en: "With ANTHROPIC_USE_VERTEX=true, or a `vertex` section under endpoints.anthropic in librechat.yaml (unless it says `enabled: false`), LibreChat's own Anthropic endpoint signs in to Google Cloud with a service account instead of sending ANTHROPIC_API_KEY, and maps its model names to Vertex AI deployments. claude-doctor checks Anthropic keys, not Google Cloud credentials.",
        ja: 'ANTHROPIC_USE_VERTEX=true か、librechat.yaml の endpoints.anthropic に `vertex` セクションがあると（`enabled: false` でない限り）、LibreChat 自身の Anthropic エンドポイントは ANTHROPIC_API_KEY を送らず、サービスアカウントで Google Cloud に認証し、モデルを Vertex AI のデプロイにマッピングします。claude-doctor が検査するのは Anthropic のキーで、Google Cloud の認証情報は検査しません。',
      },
      message: {
        en: (a) =>
          `${a.setting} turns on Vertex AI for LibreChat's Anthropic endpoint: ${a.keySet ? 'LibreChat does not send the ANTHROPIC_API_KEY set here' : 'it uses no Anthropic key'}.`,
        ja: (a) =>
          `${a.setting} により、LibreChat の Anthropic エンドポイントは Vertex AI を使います。${a.keySet ? 'ここで設定された ANTHROPIC_API_KEY は LibreChat から送られません。' : 'Anthropic のキーは使いません。'}`,
      },
      fix: {
        en: () => [
          'Check what LibreChat uses instead: the service account key file (GOOGLE_SERVICE_KEY_FILE or vertex.serviceKeyFile; api/data/auth.json by default), its project and region, and that the Claude models are enabled in Vertex AI Model Garden.',
          'To use an Anthropic API key instead, remove ANTHROPIC_USE_VERTEX and the `vertex` section, set ANTHROPIC_API_KEY, and restart LibreChat.',
        ],
        ja: () => [
          'LibreChat が代わりに使うサービスアカウントのキーファイル（GOOGLE_SERVICE_KEY_FILE または vertex.serviceKeyFile。デフォルトは api/data/auth.json）、そのプロジェクトとリージョン、および Vertex AI Model Garden で Claude のモデルが有効になっていることを確認します。',
          'Anthropic の APIキーを使うには、ANTHROPIC_USE_VERTEX と `vertex` セクションを削除し、ANTHROPIC_API_KEY を設定して LibreChat を再起動します。',
        ],
      },
      example: { setting: 'ANTHROPIC_USE_VERTEX=true', keySet: true },
      exampleLocation: { kind: 'file', path: '.env', line: 3, column: 1, key: 'ANTHROPIC_USE_VERTEX' },
    }),
  ),
};
