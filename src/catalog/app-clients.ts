// zed/* and open-webui/*: the applications configured by a settings file or by their environment
// (reference: other-clients.md, sections 5-6; LibreChat's codes are in librechat.ts). Facts:
// zed.dev/docs/ai/use-api-access; docs.openwebui.com, env-configuration (PersistentConfig).
import { lazy, spec } from './define.js';
import { detailJa } from './details.js';

export const appClientCodes = {
  'zed/settings-invalid': lazy(() =>
    spec<{ path: string; line: number; column: number; detail: string }>({
      severity: 'error',
      title: { en: "Zed's settings.json is not valid JSON", ja: 'Zed の settings.json が正しい JSON ではありません' },
      why: {
        en: 'Zed accepts comments and trailing commas, but not other syntax errors: it keeps its previous settings, so language_models.anthropic does not take effect.',
        ja: 'Zed はコメントと末尾のカンマを受け付けますが、それ以外の構文エラーがあると以前の設定のままになり、language_models.anthropic が反映されません。',
      },
      message: {
        en: (a) => `${a.path} has a JSON syntax error at line ${a.line}, column ${a.column}: ${a.detail}`,
        ja: (a) => `${a.path} の ${a.line} 行 ${a.column} 列に JSON の構文エラーがあります：${detailJa(a.detail)}。`,
      },
      fix: {
        en: (a) => [`Fix line ${a.line} of ${a.path} (Zed underlines the error when the file is open).`],
        ja: (a) => [`${a.path} の ${a.line} 行目を修正します（ファイルを開くと Zed がエラーに下線を引きます）。`],
      },
      example: { path: '~/.config/zed/settings.json', line: 7, column: 5, detail: 'unexpected character' },
    }),
  ),

  'zed/key-in-keychain': lazy(() =>
    spec<{ path: string }>({
      severity: 'info',
      title: {
        en: "Zed's Anthropic key is in the system keychain, which is not read",
        ja: 'Zed の Anthropic の APIキーはシステムのキーチェーンにあり、読み取りません',
      },
      why: {
        en: 'Zed keeps the key typed in its Agent settings in the system keychain, not in settings.json. claude-doctor never opens a keychain, so it cannot check that key or probe with it.',
        ja: 'Zed はエージェント設定で入力されたキーを settings.json ではなくシステムのキーチェーンに保存します。claude-doctor はキーチェーンを開かないため、そのキーの検査やライブ検査はできません。',
      },
      message: {
        en: (a) =>
          `Zed is set up for Anthropic in ${a.path}, and ANTHROPIC_API_KEY is not in the environment: Zed uses the key stored in the keychain, if any (not read).`,
        ja: (a) =>
          `Zed は ${a.path} で Anthropic を使うよう設定されていますが、環境変数に ANTHROPIC_API_KEY がありません。キーチェーンに保存されたキーがあればそれを使います（読み取りません）。`,
      },
      fix: {
        en: () => [
          'Open the Agent panel settings in Zed and check or re-enter the Anthropic key.',
          'Or set ANTHROPIC_API_KEY in the environment Zed starts in, which beats the keychain.',
        ],
        ja: () => [
          'Zed のエージェントパネルの設定を開き、Anthropic のキーを確認するか入力し直します。',
          'または Zed を起動する環境で ANTHROPIC_API_KEY を設定します（キーチェーンより優先されます）。',
        ],
      },
      example: { path: '~/.config/zed/settings.json' },
    }),
  ),

  'zed/env-key-beats-keychain': lazy(() =>
    spec<{ path: string }>({
      severity: 'info',
      title: {
        en: 'Zed uses ANTHROPIC_API_KEY from the environment, not its keychain',
        ja: 'Zed はキーチェーンではなく環境変数の ANTHROPIC_API_KEY を使います',
      },
      why: {
        en: 'A non-empty ANTHROPIC_API_KEY in the environment Zed starts in beats the key saved in the keychain: a key re-entered in the Agent settings then seems to have no effect.',
        ja: 'Zed を起動する環境に空でない ANTHROPIC_API_KEY があると、キーチェーンに保存されたキーより優先されます。このため、エージェント設定でキーを入力し直しても効果がないように見えます。',
      },
      message: {
        en: (a) =>
          `Zed (${a.path}) takes ANTHROPIC_API_KEY from the environment when it is started from here; a key also saved in the keychain is ignored.`,
        ja: (a) =>
          `Zed（${a.path}）はここから起動すると環境変数の ANTHROPIC_API_KEY を使います。キーチェーンにもキーが保存されていれば無視されます。`,
      },
      fix: {
        en: () => [
          'To use the key saved in Zed, unset ANTHROPIC_API_KEY in the shell or launcher that starts Zed.',
          'To use this one, nothing to do: the key check below is about the key Zed sends.',
        ],
        ja: () => [
          'Zed に保存したキーを使うには、Zed を起動するシェルやランチャーで ANTHROPIC_API_KEY を削除します。',
          'このキーを使うなら対応は不要です。以下のキーの検査は Zed が送るキーについてのものです。',
        ],
      },
      example: { path: '~/.config/zed/settings.json' },
    }),
  ),

  'open-webui/base-url-no-v1': lazy(() =>
    spec<{ url: string; index: number }>({
      severity: 'error',
      title: {
        en: "Open WebUI's Anthropic connection lacks /v1",
        ja: 'Open WebUI の Anthropic への接続に /v1 がありません',
      },
      why: {
        en: 'Open WebUI reaches Anthropic through its OpenAI-compatible connection, which appends /chat/completions and /models to the base URL: it must end in /v1, unlike an Anthropic SDK base URL.',
        ja: 'Open WebUI は OpenAI 互換の接続で Anthropic に接続し、ベースURL に /chat/completions や /models を付けて呼び出します。このため Anthropic SDK のベースURL とは違い、/v1 で終わる必要があります。',
      },
      message: {
        en: (a) =>
          `Connection ${a.index} of OPENAI_API_BASE_URLS is ${a.url}: its requests go to ${a.url.replace(/\/+$/, '')}/chat/completions, which Anthropic does not serve.`,
        ja: (a) =>
          `OPENAI_API_BASE_URLS の ${a.index} 番目の接続は ${a.url} です。リクエストは ${a.url.replace(/\/+$/, '')}/chat/completions に送られますが、Anthropic はこれに応答しません。`,
      },
      fix: {
        en: () => ['Use https://api.anthropic.com/v1 for this connection (Admin Panel > Settings > Connections).'],
        ja: () => ['この接続には https://api.anthropic.com/v1 を使います（「管理者パネル」>「設定」>「接続」）。'],
      },
      example: { url: 'https://api.anthropic.com', index: 2 },
    }),
  ),

  'open-webui/key-missing': lazy(() =>
    spec<{ url: string; index: number }>({
      severity: 'error',
      title: {
        en: "Open WebUI's Anthropic connection has no key",
        ja: 'Open WebUI の Anthropic への接続に APIキーがありません',
      },
      why: {
        en: 'OPENAI_API_KEYS is paired with OPENAI_API_BASE_URLS by position, separated by semicolons: a missing or empty entry leaves the connection without a key.',
        ja: 'OPENAI_API_KEYS はセミコロン区切りで、OPENAI_API_BASE_URLS と位置で対応します。対応する項目がないか空だと、その接続にはキーがありません。',
      },
      message: {
        en: (a) => `Connection ${a.index} (${a.url}) has no entry ${a.index} in OPENAI_API_KEYS.`,
        ja: (a) => `${a.index} 番目の接続（${a.url}）に対応する ${a.index} 番目の項目が OPENAI_API_KEYS にありません。`,
      },
      fix: {
        en: (a) => [`Put the Anthropic key at position ${a.index} of OPENAI_API_KEYS, one per URL, in the same order.`],
        ja: (a) => [
          `OPENAI_API_KEYS の ${a.index} 番目に Anthropic のキーを書きます。URL と同じ順に一つずつ並べます。`,
        ],
      },
      example: { url: 'https://api.anthropic.com/v1', index: 2 },
    }),
  ),

  'open-webui/env-read-once': lazy(() =>
    spec<{ name: string }>({
      severity: 'warning',
      title: {
        en: 'Open WebUI reads its connection variables on first start only',
        ja: 'Open WebUI は接続の環境変数を初回起動時にしか読みません',
      },
      why: {
        en: 'Open WebUI saves these values in its database when it first starts; afterwards the saved ones win, so an edited variable is silently ignored (open-webui#2289). ENABLE_PERSISTENT_CONFIG=False makes it read the environment at every start.',
        ja: 'Open WebUI は初回起動時にこれらの値をデータベースに保存し、以後は保存された値が優先されます。このため変数を書き換えても何も言わずに無視されます（open-webui#2289）。ENABLE_PERSISTENT_CONFIG=False にすると起動のたびに環境変数を読みます。',
      },
      message: {
        en: (a) =>
          `${a.name} is set here, but ENABLE_PERSISTENT_CONFIG is not False: if Open WebUI has started before, it uses the values saved in its database instead.`,
        ja: (a) =>
          `${a.name} が設定されていますが、ENABLE_PERSISTENT_CONFIG が False ではありません。Open WebUI を以前に起動していれば、データベースに保存された値が使われます。`,
      },
      fix: {
        en: () => [
          'Check the connection in Admin Panel > Settings > Connections, and change it there.',
          'Or set ENABLE_PERSISTENT_CONFIG=False so that the environment wins at every start.',
        ],
        ja: () => [
          '「管理者パネル」>「設定」>「接続」で接続を確認し、そこで変更します。',
          'または ENABLE_PERSISTENT_CONFIG=False を設定し、起動のたびに環境変数が優先されるようにします。',
        ],
      },
      example: { name: 'OPENAI_API_BASE_URLS' },
    }),
  ),
};
