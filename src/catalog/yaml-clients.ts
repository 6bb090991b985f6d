// aider/*, continue/*, goose/* and source/yaml-invalid: the YAML-configured clients (reference:
// other-clients.md, sections 2-4). Facts: aider.chat/docs/config (aider_conf, dotenv, api-keys), aider's
// main.py; continuedev/continue core/config/yaml/LocalPlatformClient.ts; block/goose's config docs.
import type { Location } from '../types.js';
import { lazy, spec } from './define.js';
import { detailJa } from './details.js';
import { spaced, where } from './words.js';

/** Why aider uses one value over another (its loader's order: main.py, configargparse, load_dotenv). */
export type AiderReason = 'later-file' | 'dotenv-over-shell' | 'option-over-variable' | 'variable-over-config';

const AIDER_REASONS: Record<AiderReason, { en: string; ja: string }> = {
  'later-file': {
    en: 'aider loads its files from the home folder, then the git root, then the current folder, and the last one wins',
    ja: 'aider はホームフォルダ、git のルート、カレントフォルダの順にファイルを読み込み、最後に読んだものが優先されます',
  },
  'dotenv-over-shell': {
    en: 'aider loads .env files with override=True, so a .env value replaces the one exported in the shell',
    ja: 'aider は .env を override=True で読み込むため、.env の値がシェルで export した値を上書きします',
  },
  'option-over-variable': {
    en: 'aider copies its anthropic-api-key option (or AIDER_ANTHROPIC_API_KEY) into ANTHROPIC_API_KEY after api-key',
    ja: 'aider は api-key の後に anthropic-api-key オプション（または AIDER_ANTHROPIC_API_KEY）を ANTHROPIC_API_KEY に書き込みます',
  },
  'variable-over-config': {
    en: 'an AIDER_* variable beats the same option in .aider.conf.yml',
    ja: 'AIDER_* 変数は .aider.conf.yml の同じオプションより優先されます',
  },
};

const exampleLoc: Location = { kind: 'file', path: '.env', line: 2, column: 19, key: 'ANTHROPIC_API_KEY' };
const homeYaml: Location = { kind: 'file', path: '~/.aider.conf.yml', line: 3, column: 20, key: 'anthropic-api-key' };

export const yamlClientCodes = {
  'source/yaml-invalid': lazy(() =>
    spec<{ path: string; line: number; column: number; detail: string }>({
      severity: 'error',
      title: { en: 'A YAML configuration is not valid YAML', ja: 'YAML の設定ファイルが正しい YAML ではありません' },
      why: {
        en: 'The tool that owns this file cannot load it, so none of its settings (key, model, base URL) take effect.',
        ja: 'このファイルを使うツールが読み込めないため、キー・モデル・ベースURL を含むすべての設定が反映されません。',
      },
      message: {
        en: (a) => `${a.path} has a YAML syntax error at line ${a.line}, column ${a.column}: ${a.detail}`,
        ja: (a) => `${a.path} の ${a.line} 行 ${a.column} 列に YAML の構文エラーがあります：${detailJa(a.detail)}。`,
      },
      fix: {
        en: (a) => [
          `Fix line ${a.line} of ${a.path}: indent with spaces, put a space after each colon, quote values that hold ": " or "#".`,
        ],
        ja: (a) => [
          `${a.path} の ${a.line} 行目を修正します。インデントは空白で、コロンの後に空白を入れ、": " や "#" を含む値は引用符で囲みます。`,
        ],
      },
      example: { path: '~/.continue/config.yaml', line: 4, column: 3, detail: 'Nested mappings are not allowed' },
    }),
  ),

  'aider/key-overridden': lazy(() =>
    spec<{ used: Location; ignored: Location; reason: AiderReason }>({
      severity: 'warning',
      title: {
        en: 'aider uses a different key than the one you set',
        ja: 'aider は設定したものとは別のキーを使います',
      },
      why: {
        en: 'aider reads its key from several files and variables and uses only one, silently. A key set in one place loses to a different key set in another (Aider-AI/aider#950), and the error then names a key you did not expect.',
        ja: 'aider は複数のファイルや変数からキーを読み、そのうち一つだけを黙って使います。ある場所に設定したキーが別の場所の別のキーに負けると（Aider-AI/aider#950）、思っていないキーでエラーになります。',
      },
      message: {
        en: (a) =>
          `aider uses the key at ${where(a.used, 'en')}; the different key at ${where(a.ignored, 'en')} is ignored: ${AIDER_REASONS[a.reason].en}.`,
        ja: (a) =>
          spaced(
            'aider は ',
            where(a.used, 'ja'),
            ' のキーを使い、',
            where(a.ignored, 'ja'),
            ' の別のキーは無視されます。',
            `${AIDER_REASONS[a.reason].ja}。`,
          ),
      },
      fix: {
        en: (a) => [
          `Keep one key: remove it from ${where(a.ignored, 'en')} or from ${where(a.used, 'en')}.`,
          'Run `aider --verbose` to see which files aider loaded and which key it uses.',
        ],
        ja: (a) => [
          spaced(
            'キーを一か所にまとめます。',
            where(a.ignored, 'ja'),
            ' か ',
            where(a.used, 'ja'),
            ' から削除します。',
          ),
          '`aider --verbose` を実行すると、aider が読み込んだファイルと使うキーを確認できます。',
        ],
      },
      example: { used: exampleLoc, ignored: homeYaml, reason: 'variable-over-config' },
    }),
  ),

  'continue/no-api-key': lazy(() =>
    spec<{ model: string }>({
      severity: 'error',
      title: { en: 'A Continue model has no API key', ja: 'Continue のモデルに APIキーがありません' },
      why: {
        en: 'Continue sends no key for an Anthropic model without apiKey, and the API answers "x-api-key header is required" (continuedev/continue#4243).',
        ja: 'apiKey のない Anthropic モデルでは Continue はキーを送らず、API は「x-api-key header is required」と返します（continuedev/continue#4243）。',
      },
      message: {
        en: (a) => `The Continue model "${a.model}" (\`provider: anthropic\`) has no apiKey.`,
        ja: (a) => `Continue のモデル「${a.model}」（\`provider: anthropic\`）に apiKey がありません。`,
      },
      fix: {
        en: () => [
          `Add \`apiKey: \${{ secrets.ANTHROPIC_API_KEY }}\` to the model in ~/.continue/config.yaml.`,
          'Put ANTHROPIC_API_KEY=sk-ant-… in ~/.continue/.env (an IDE does not see keys exported in a shell profile).',
        ],
        ja: () => [
          `~/.continue/config.yaml のモデルに \`apiKey: \${{ secrets.ANTHROPIC_API_KEY }}\` を追加します。`,
          '~/.continue/.env に ANTHROPIC_API_KEY=sk-ant-… を書きます（シェルのプロファイルで export したキーは IDE から見えません）。',
        ],
      },
      example: { model: 'Claude Sonnet' },
    }),
  ),

  'continue/api-base-path': lazy(() =>
    spec<{ model: string; target: string }>({
      severity: 'error',
      title: {
        en: "A Continue apiBase misses the API's /v1/ path",
        ja: 'Continue の apiBase に API の /v1/ パスがありません',
      },
      why: {
        en: 'Continue builds its request URL as `new URL("messages", apiBase)`: its apiBase must end with /v1/ (the default is https://api.anthropic.com/v1/), unlike the base URL of the Anthropic SDK. Without the trailing slash, or without /v1, the request goes to another path and fails with 404.',
        ja: 'Continue はリクエスト先を `new URL("messages", apiBase)` で組み立てるため、apiBase は /v1/ で終わる必要があります（デフォルト値は https://api.anthropic.com/v1/）。Anthropic SDK のベースURL とは異なります。末尾のスラッシュや /v1 がないと別のパスに送られ、404 で失敗します。',
      },
      message: {
        en: (a) => `The Continue model "${a.model}" sends its requests to ${a.target}, not to …/v1/messages.`,
        ja: (a) => `Continue のモデル「${a.model}」のリクエストは …/v1/messages ではなく ${a.target} に送られます。`,
      },
      fix: {
        en: () => ['Set apiBase to https://api.anthropic.com/v1/ (with /v1/ and the trailing slash), or remove it.'],
        ja: () => ['apiBase を https://api.anthropic.com/v1/（/v1/ と末尾のスラッシュ付き）にするか、削除します。'],
      },
      example: { model: 'Claude Sonnet', target: 'https://api.anthropic.com/messages' },
    }),
  ),

  'continue/secret-unresolved': lazy(() =>
    spec<{ secret: string; model: string }>({
      severity: 'error',
      title: { en: 'A Continue secret is set nowhere', ja: 'Continue のシークレットがどこにも設定されていません' },
      why: {
        en: `Continue looks a \${{ secrets.NAME }} up in ~/.continue/.env, then the workspace's .continue/.env and .env, then (reported, not verified) its own process environment. When none has it the model gets no key, or the reference text itself (also not verified).`,
        ja: `Continue は \${{ secrets.NAME }} を ~/.continue/.env、ワークスペースの .continue/.env と .env、さらに（報告ベースで未確認）自身のプロセス環境の順に探します。どこにもなければ、モデルにはキーが渡されないか、参照の文字列そのものが渡されます（これも未確認）。`,
      },
      message: {
        en: (a) =>
          `The Continue model "${a.model}" uses \${{ secrets.${a.secret} }}, which is in neither ~/.continue/.env, the workspace .env nor the environment.`,
        ja: (a) =>
          `Continue のモデル「${a.model}」は \${{ secrets.${a.secret} }} を使いますが、~/.continue/.env、ワークスペースの .env、環境変数のどこにもありません。`,
      },
      fix: {
        en: (a) => [`Add ${a.secret}=… to ~/.continue/.env, then reload the IDE window.`],
        ja: (a) => [`~/.continue/.env に ${a.secret}=… を追加し、IDE のウィンドウを再読み込みします。`],
      },
      example: { secret: 'ANTHROPIC_API_KEY', model: 'Claude Sonnet' },
    }),
  ),

  'continue/secret-only-in-shell': lazy(() =>
    spec<{ secret: string; model: string }>({
      severity: 'warning',
      title: {
        en: 'A Continue secret is only in the shell environment',
        ja: 'Continue のシークレットがシェルの環境にしかありません',
      },
      why: {
        en: 'Continue runs inside the IDE, and an IDE started from the dock, the start menu or a desktop launcher does not see variables exported in ~/.bashrc or ~/.zshrc: the key found here may be missing there.',
        ja: 'Continue は IDE の中で動きます。Dock やスタートメニュー、デスクトップのランチャーから起動した IDE は ~/.bashrc や ~/.zshrc で export した変数を見ないため、ここで見つかったキーが IDE では欠けていることがあります。',
      },
      message: {
        en: (a) =>
          `The Continue model "${a.model}" takes ${a.secret} from the environment only; an IDE launched outside this shell will not have it.`,
        ja: (a) =>
          `Continue のモデル「${a.model}」は ${a.secret} を環境変数からしか得られません。このシェル以外から起動した IDE には渡りません。`,
      },
      fix: {
        en: (a) => [`Put ${a.secret}=… in ~/.continue/.env, which Continue reads wherever the IDE was started.`],
        ja: (a) => [
          `${a.secret}=… を ~/.continue/.env に書きます。IDE の起動方法にかかわらず Continue が読み込みます。`,
        ],
      },
      example: { secret: 'ANTHROPIC_API_KEY', model: 'Claude Sonnet' },
    }),
  ),

  'goose/key-in-keyring': lazy(() =>
    spec<{ provider: string }>({
      severity: 'info',
      title: {
        en: "Goose's key is in the system keyring, which is not read",
        ja: 'Goose のキーはシステムのキーリングにあり、読み取りません',
      },
      why: {
        en: 'Goose keeps secrets in the OS keyring unless GOOSE_DISABLE_KEYRING is set. claude-doctor never opens a keyring, so it cannot check that key or probe with it.',
        ja: 'GOOSE_DISABLE_KEYRING が設定されていない限り、Goose はシークレットを OS のキーリングに保存します。claude-doctor はキーリングを開かないため、そのキーの検査やライブ検査はできません。',
      },
      message: {
        en: (a) =>
          `Goose (provider ${a.provider}) has no ANTHROPIC_API_KEY in the environment or secrets.yaml: it will use the keyring's, if one is stored there (not read).`,
        ja: (a) =>
          `Goose（プロバイダー ${a.provider}）の ANTHROPIC_API_KEY は環境変数にも secrets.yaml にもありません。キーリングに保存されていればそれを使います（読み取りません）。`,
      },
      fix: {
        en: () => [
          'Run `goose configure` to see or replace the stored key.',
          'Or set ANTHROPIC_API_KEY in the environment Goose runs in, which beats the keyring.',
        ],
        ja: () => [
          '`goose configure` で保存されたキーを確認・置き換えます。',
          'または Goose を実行する環境で ANTHROPIC_API_KEY を設定します（キーリングより優先されます）。',
        ],
      },
      example: { provider: 'anthropic' },
    }),
  ),
};
