// The help in Japanese: each option's description (options.ts and commands.ts hold the English), and
// yargs' own words (headings, types, its usage errors), given to yargs with updateLocale. The build
// points yargs' locale folder at nothing, so without these its words would stay English.

/** check's and the global options, by name; one missing here is shown in English (test/cli/help.test.ts fails then). */
export const OPTIONS_JA: Record<string, string> = {
  offline: 'ライブ検査を行わず、オフラインの検査だけを行います（既定値 false、または設定ファイルの値）',
  'env-file': '読み込む .env ファイル（複数指定可。既定値: ./.env があればそれ）',
  config: 'OpenHands の config.toml（複数指定可。既定値: ./config.toml と ~/.openhands/config.toml があればそれ）',
  settings: 'OpenHands Web UI の settings.json（複数指定可。既定値: 既知のホスト上のパスにあればそれ）',
  env: 'プロセスの環境変数を読みます（--no-env で無視）',
  docker: 'Docker コンテナを調べます（既定値: エンジンが応答すれば調べる。--no-docker で省略）',
  'docker-host': 'Docker エンジンのアドレス（複数指定可。既定値: DOCKER_HOST、次にローカルのソケット）',
  'litellm-config':
    'LiteLLM プロキシの config.yaml（複数指定可。既定値: model_list のある ./config.yaml と ./litellm_config.yaml）',
  kube: 'Kubernetes のオブジェクト（kubectl の JSON・YAML 出力、helm の出力、マニフェスト）を検査します（複数指定可。- で標準入力）',
  client:
    'このクライアントだけを調べます（複数指定可）: anthropic-sdk、openhands-headless、openhands-web、claude-code、litellm',
  container: 'このコンテナだけを調べます。名前か ID で指定（OpenHands 以外も可、複数指定可）',
  timeout:
    '実行全体のネットワーク時間（ミリ秒、1〜600000）: エンジン、ライブ検査、再試行のすべてがこの時間内に終わります',
  model: 'ライブ検査で問い合わせるモデル（既定値: 各プロファイル自身のモデル）',
  'base-url': 'ライブ検査で使うベースURL（既定値: 各プロファイル自身の URL）',
  'trust-project':
    'このフォルダーのファイルにあるベースURL に、ほかの場所（環境変数、ホームフォルダー）のキーを送ることを許可します',
  project:
    'Claude Code が .claude/settings.json と settings.local.json を読むプロジェクトフォルダー（既定値: このフォルダー）',
  'run-helpers':
    'Claude Code の apiKeyHelper をそれぞれ 1 回（実行のタイムアウト内で）実行し、出力を検査します。既定では実行しません',
  'probe-oauth':
    'Claude Code の OAuth トークンもライブ検査し、GET /api/oauth/usage（Claude Code の /usage 画面が使う、非公開のエンドポイント）で使用量を確認して、期限切れのトークンを見つけます',
  'admin-key-env':
    '拒否されたキーを照会するための Admin キーを保持する環境変数（デフォルトは ANTHROPIC_ADMIN_KEY。読み取りのみ）',
  'auth-scheme': 'ライブ検査での APIキーの送り方（x-api-key は OpenHands と LiteLLM と同じ、bearer は SDK 1.x と同じ）',
  format: '出力形式（既定値 text。GITHUB_ACTIONS=true で標準出力が端末でないときは github）',
  strict: '警告でも失敗にします（終了コード 1。既定値 false、または設定ファイルの値）',
  ignore: 'コードを抑制します（複数指定可。設定ファイルのリストに追加されます）',
  'show-secrets': 'キーを伏せ字にせず表示します（既定では決して表示しません）',
  quiet: 'テキスト出力: エラーと最終判定の行だけを表示します（概要も進行状況も表示しません）',
  verbose: 'テキスト出力: 無視された設定、読み込んだすべての設定元、見つからない Docker エンジンも表示します',
  lang: 'レポートの言語（既定値: LC_ALL、LC_MESSAGES、LANG から判断）',
  color: '端末での色付け（--no-color で常になし、--color で常にあり。NO_COLOR より優先）',
};

/** explain's options (commands.ts): its --format has fewer choices than check's. */
export const EXPLAIN_OPTIONS_JA: Record<string, string> = {
  file: '読み込むログファイル（ストリーム処理のため大きさの制限なし）',
  format: '出力形式',
};

/** status's options (commands.ts). */
export const STATUS_OPTIONS_JA: Record<string, string> = {
  format: '出力形式',
  timeout: 'ステータスページの応答を待つ時間（ミリ秒、1〜600000）',
};

/** yargs' words, by its English text (yargs/locales/en.json); "%s" is filled in by yargs. */
export const YARGS_JA: Record<string, string | { one: string; other: string }> = {
  'Commands:': 'コマンド:',
  'Options:': 'オプション:',
  'Examples:': '例:',
  'Positionals:': '引数:',
  boolean: '真偽値',
  count: '回数',
  string: '文字列',
  number: '数値',
  array: '配列',
  required: '必須',
  default: '既定値',
  'default:': '既定値:',
  'choices:': '選択肢:',
  'aliases:': '別名:',
  'generated-value': '生成された値',
  command: 'コマンド',
  deprecated: '非推奨',
  'deprecated: %s': '非推奨: %s',
  'Not enough non-option arguments: got %s, need at least %s': {
    one: 'オプション以外の引数が足りません（%s 個。少なくとも %s 個必要です）',
    other: 'オプション以外の引数が足りません（%s 個。少なくとも %s 個必要です）',
  },
  'Too many non-option arguments: got %s, maximum of %s': {
    one: 'オプション以外の引数が多すぎます（%s 個。最大 %s 個です）',
    other: 'オプション以外の引数が多すぎます（%s 個。最大 %s 個です）',
  },
  'Missing argument value: %s': { one: '引数の値がありません: %s', other: '引数の値がありません: %s' },
  'Missing required argument: %s': { one: '必須の引数がありません: %s', other: '必須の引数がありません: %s' },
  'Unknown argument: %s': { one: '不明な引数です: %s', other: '不明な引数です: %s' },
  'Unknown command: %s': { one: '不明なコマンドです: %s', other: '不明なコマンドです: %s' },
  'Invalid values:': '不正な値です:',
  'Argument: %s, Given: %s, Choices: %s': '引数: %s、指定された値: %s、選択肢: %s',
  'Argument check failed: %s': '引数の検査に失敗しました: %s',
  'Implications failed:': 'オプションの組み合わせが不正です:',
  'Not enough arguments following: %s': '次の引数が足りません: %s',
  'Invalid JSON config file: %s': 'JSON 設定ファイルが不正です: %s',
  'Path to JSON config file': 'JSON 設定ファイルへのパス',
  'Show help': 'ヘルプを表示します',
  'Show version number': 'バージョンを表示します',
  'Did you mean %s?': '%s のことですか？',
  'Arguments %s and %s are mutually exclusive': '引数 %s と %s は同時に指定できません',
};
