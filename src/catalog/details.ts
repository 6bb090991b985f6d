// The detail a finding carries from a parser or the system (our JSONC reader, V8's JSON.parse, smol-toml,
// Node's errno codes, claude-doctor's own checks of .claude-doctor.json), in Japanese. The findings keep
// the English text as data; a text this table does not know is shown quoted, as the library wrote it.

/** Exact texts, compared in lower case. */
const EXACT: Record<string, string> = {
  // src/sources/jsonc.ts
  'unexpected text after the end of the json value': 'JSON の値の後に余分なテキストがあります',
  'a comment is not closed': 'コメントが閉じられていません',
  'nested too deeply': '入れ子が深すぎます',
  'the text ends too early': 'テキストが途中で終わっています',
  'unexpected character': '予期しない文字があります',
  'expected a property name in double quotes': 'ダブルクォートで囲んだプロパティ名が必要です',
  "expected ':' after a property name": 'プロパティ名の後に「:」が必要です',
  'a string is not closed': '文字列が閉じられていません',
  'a control character inside a string': '文字列の中に制御文字があります',
  'an invalid escape inside a string': '文字列の中に不正なエスケープがあります',
  'the top level is not a json object': '最上位が JSON オブジェクトではありません',
  'the configuration must be a json object': '設定は JSON オブジェクトでなければなりません',
  // V8's JSON.parse (the part before any quoted text)
  'expected double-quoted property name': 'ダブルクォートで囲んだプロパティ名が必要です',
  'unexpected end of json input': 'JSON が途中で終わっています',
  'unexpected non-whitespace character after json': 'JSON の後に余分な文字があります',
  'bad control character in string literal': '文字列の中に制御文字があります',
  'bad escaped character': '文字列の中に不正なエスケープがあります',
  'unterminated string in json': '文字列が閉じられていません',
  "expected ',' or '}' after property value": 'プロパティの値の後に「,」か「}」が必要です',
  "expected ',' or ']' after array element": '配列の要素の後に「,」か「]」が必要です',
  "expected ':' after property name": 'プロパティ名の後に「:」が必要です',
  // smol-toml
  'invalid value': '値が不正です',
  'unfinished string': '文字列が閉じられていません',
  'unfinished array': '配列が閉じられていません',
  'unfinished table': 'テーブルが閉じられていません',
  'unfinished numeric value': '数値が途中で終わっています',
  'unexpected end of key': 'キーが途中で終わっています',
  'illegal empty bare key': '空のキーは使えません',
  'illegal character in key': 'キーに使えない文字があります',
  'incomplete key-value: cannot find end of key': 'キーと値の組が不完全です（キーの終わりがありません）',
  'each key-value declaration must be followed by an end-of-line': 'キーと値の組のあとには改行が必要です',
  'trying to redefine an already defined value': '定義済みの値を再定義しています',
  'expected comma or end of structure': '「,」か構造の終わりが必要です',
  'expected end of table array declaration': 'テーブル配列の宣言の終わり（]]）が必要です',
  'control characters are not allowed in strings': '文字列に制御文字は使えません',
  'control characters are not allowed in comments': 'コメントに制御文字は使えません',
  'unrecognised escape sequence': '不明なエスケープシーケンスです',
  'invalid date': '日付が不正です',
  // Node's errno codes and the probe's connection failures
  eloop: 'シンボリックリンクが多すぎるか循環しています',
  enametoolong: 'パスが長すぎます',
  eio: '入出力エラー',
  enospc: 'ディスクに空きがありません',
  erofs: '読み取り専用のファイルシステムです',
  econnrefused: '接続が拒否されました',
  econnreset: '接続がリセットされました',
  enotfound: 'ホスト名が見つかりません',
  etimedout: 'タイムアウトしました',
  ehostunreach: 'ホストに到達できません',
  enetunreach: 'ネットワークに到達できません',
  'bad port': 'ポート番号が不正です',
  'unknown error': '不明なエラー',
  // A TLS file of DOCKER_CERT_PATH (src/sources/docker-engine.ts), after its path
  'too large': '大きすぎます',
  'not a pem text file': 'PEM のテキストファイルではありません',
  'a named pipe (fifo)': '名前付きパイプ（FIFO）です',
  'a character device': 'キャラクターデバイスです',
  'a block device': 'ブロックデバイスです',
  'a socket': 'ソケットです',
  'not a regular file': '通常のファイルではありません',
  'a symbolic link': 'シンボリックリンクです',
  'it changed while being read': '読み取り中に変更されました',
  missing: 'ファイルがありません',
  permission: 'アクセス権がありません',
  directory: 'ディレクトリです',
  unreadable: '読み取れません',
};

/** .claude-doctor.json: what an option must be (src/cli/config-file.ts's `expected`). */
const EXPECTED: Record<string, string> = {
  'true or false': 'true か false',
  'a list of codes': 'コードのリスト',
  '"en" or "ja"': '"en" か "ja"',
};

/** Texts with a part that varies, each with the words around it. */
const PATTERNS: [RegExp, (...parts: string[]) => string][] = [
  // A path, then what is wrong with it.
  [/^([/~.][^\s:]*): (.+)$/, (path, what) => `${path}：${detailJa(what!)}`],
  [/^expected ',' or '(.)'$/i, (close) => `「,」か「${close}」が必要です`],
  [/^unexpected token '(.*)'$/i, (token) => `予期しない文字「${token}」があります`],
  [/^"([^"]+)" must be (.+)$/, (option, what) => `「${option}」には ${EXPECTED[what!] ?? what} を指定します`],
  [/^"ignore" names an unknown code: (.+)$/, (code) => `「ignore」に不明なコード ${code} があります`],
  [
    /^"ignore" cannot silence (\S+) \(only --ignore on the command line can\)$/,
    (code) => `「ignore」では ${code} を抑制できません（コマンドラインの --ignore だけが抑制できます）`,
  ],
];

/** The texts worded exactly (for the test that each has its Japanese). */
export const EXACT_DETAILS = Object.keys(EXACT);

/** `detail` in Japanese; one this table does not know, quoted as it is (「…」). */
export function detailJa(detail: string): string {
  const exact = EXACT[detail.toLowerCase()];
  if (exact) return exact;
  for (const [pattern, words] of PATTERNS) {
    const match = pattern.exec(detail);
    if (match) return words(...(match.slice(1) as string[]));
  }
  return `「${detail}」`;
}
