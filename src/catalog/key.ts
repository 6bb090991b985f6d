// key/*: what is wrong with a credential value itself, found offline.
import type { Client, Lang, Location } from '../types.js';
import type { Redacted } from '../secrets.js';
import { lazy, spec } from './define.js';
import {
  CONSOLE_KEYS_URL,
  WHITESPACE_NAMES,
  clientName,
  editStep,
  list,
  spaced,
  where,
  type WhitespaceChar,
} from './words.js';
import { characterNameJa } from './characters.js';

const envLoc: Location = { kind: 'file', path: '.env', line: 3, column: 19, key: 'ANTHROPIC_API_KEY' };
const newKey = {
  en: `Create a new key at ${CONSOLE_KEYS_URL} if you no longer have the original, and paste it whole.`,
  ja: `元のキーが手元にない場合は ${CONSOLE_KEYS_URL} で新しいキーを作成し、全体を貼り付けます。`,
};

export type Reader = 'docker' | 'shell';
const READER_NOTE: Record<Reader, { en: string; ja: string }> = {
  docker: {
    en: ' dotenv removes it, but `docker run --env-file` passes it to the container as part of the key.',
    ja: 'dotenv は取り除きますが、`docker run --env-file` はキーの一部としてコンテナに渡します。',
  },
  shell: {
    en: ' dotenv and docker drop it, but a shell that sources the file (`set -a; . ./.env`) keeps it in the key.',
    ja: 'dotenv と docker は取り除きますが、シェルでファイルを読み込む（`set -a; . ./.env`）とキーに残ります。',
  },
};
const readerNote = {
  en: (r?: Reader) => (r ? READER_NOTE[r].en : ''),
  ja: (r?: Reader) => (r ? READER_NOTE[r].ja : ''),
};

export interface WhitespaceProblem {
  at: 'leading' | 'trailing' | 'inner';
  char: WhitespaceChar;
  position: number;
}

const AT = {
  leading: { en: 'leading', ja: '先頭の' },
  trailing: { en: 'trailing', ja: '末尾の' },
  inner: { en: 'inner', ja: '途中の' },
};

/** A key that is written but thrown away, and where. */
export interface MissingKeyCause {
  kind: 'section-dropped' | 'legacy-top-level';
  name: string;
  at: Location;
}

const LOST: Record<Lang, Record<MissingKeyCause['kind'], string>> = {
  en: {
    'section-dropped': 'OpenHands drops its whole [llm] table over an unknown key (openhands/llm-section-dropped)',
    'legacy-top-level': 'OpenHands ignores top-level keys since 0.27 (openhands/legacy-top-level-keys)',
  },
  ja: {
    'section-dropped':
      '不明なキーがあるため OpenHands が [llm] セクション全体を無視している（openhands/llm-section-dropped）',
    'legacy-top-level': 'OpenHands 0.27 以降は最上位のキーを無視する（openhands/legacy-top-level-keys）',
  },
};

const CAUSE_FIX: Record<Lang, Record<MissingKeyCause['kind'], string>> = {
  en: {
    'section-dropped':
      'Fix the unknown key in that [llm] table first (see openhands/llm-section-dropped): the key you wrote is then used. No new key is needed.',
    'legacy-top-level':
      'Move the key under an [llm] table (see openhands/legacy-top-level-keys): the key you wrote is then used. No new key is needed.',
  },
  ja: {
    'section-dropped':
      'まずその [llm] セクションの不明なキーを直します（openhands/llm-section-dropped を参照）。書かれているキーがそのまま使われるようになり、新しいキーは不要です。',
    'legacy-top-level':
      'キーを [llm] セクションの下に移します（openhands/legacy-top-level-keys を参照）。書かれているキーがそのまま使われるようになり、新しいキーは不要です。',
  },
};

export const keyCodes = {
  'key/missing': lazy(() =>
    spec<{ client: Client; variables: string[]; cause?: MissingKeyCause }>({
      severity: 'error',
      title: { en: 'No API key found', ja: 'APIキーが見つかりません' },
      why: {
        en: 'The client has no credential to send, so every request fails with 401 "x-api-key header is required" (or the SDK refuses to start: "Could not resolve authentication method"). When a key is written but thrown away (OpenHands drops an [llm] table with an unknown key, and ignores top-level keys), the cause is that other problem, not a missing key.',
        ja: 'クライアントが送る認証情報がないため、すべてのリクエストが 401「x-api-key header is required」で失敗します（SDK は「Could not resolve authentication method」で起動しません）。キーが書かれていても捨てられている場合（不明なキーを含む [llm] セクションや最上位のキーを OpenHands は無視します）は、原因はその別の問題で、キーがないことではありません。',
      },
      message: {
        en: (a) =>
          a.cause
            ? `${clientName(a.client, 'en')} has no API key: the key at ${where(a.cause.at, 'en')} is not used, because ${LOST.en[a.cause.kind]}.`
            : `${clientName(a.client, 'en')} has no API key: none of ${a.variables.join(', ')} is set in the environment or a .env file.`,
        ja: (a) =>
          a.cause
            ? spaced(
                clientName(a.client, 'ja'),
                'の APIキーがありません。',
                where(a.cause.at, 'ja'),
                ' のキーは使われません。',
                LOST.ja[a.cause.kind],
                'ためです。',
              )
            : `${clientName(a.client, 'ja')}の APIキーがありません。${a.variables.join('、')} のいずれも環境変数や .env ファイルで設定されていません。`,
      },
      fix: {
        en: (a) =>
          a.cause
            ? [CAUSE_FIX.en[a.cause.kind], 'Run claude-doctor check again.']
            : [
                `Create a key at ${CONSOLE_KEYS_URL}.`,
                `Set it for this client: \`export ${a.variables[0]}=<your key>\` in the shell, or a line \`${a.variables[0]}=<your key>\` in .env (keep .env out of git).`,
                'Run claude-doctor check again.',
              ],
        ja: (a) =>
          a.cause
            ? [CAUSE_FIX.ja[a.cause.kind], 'もう一度 claude-doctor check を実行します。']
            : [
                `${CONSOLE_KEYS_URL} でキーを作成します。`,
                `このクライアント用に設定します。シェルで \`export ${a.variables[0]}=<キー>\`、または .env に \`${a.variables[0]}=<キー>\` の行を追加します（.env は git に含めないでください）。`,
                'もう一度 claude-doctor check を実行します。',
              ],
      },
      example: { client: 'anthropic-sdk', variables: ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'] },
    }),
  ),

  'key/empty': lazy(() =>
    spec<{ name: string }>({
      severity: 'error',
      title: { en: 'The key is empty', ja: 'キーが空です' },
      why: {
        en: 'A variable that is set but empty is sent as an empty x-api-key header (401 "x-api-key header is required"), or makes a client skip it silently and use another key.',
        ja: '設定されていても値が空の変数は、空の x-api-key ヘッダーとして送られる（401「x-api-key header is required」）か、クライアントに無視されて別のキーが使われます。',
      },
      message: {
        en: (a) => `${a.name} is set but empty.`,
        ja: (a) => `${a.name} は設定されていますが、値が空です。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Put the whole key after the \`=\`, or remove the line so that it cannot hide another setting.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          '`=` の後ろにキー全体を書くか、ほかの設定を隠さないようにその行を削除します。',
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY' },
      exampleLocation: envLoc,
    }),
  ),

  'key/placeholder': lazy(() =>
    spec<{ name: string; placeholder: string }>({
      severity: 'error',
      title: { en: 'The key is a placeholder', ja: 'キーがプレースホルダーのままです' },
      why: {
        en: 'Template text such as "your-api-key" or "sk-ant-xxxx" was never replaced by a real key; the API answers 401 "invalid x-api-key".',
        ja: '「your-api-key」や「sk-ant-xxxx」のようなテンプレートの文字列が本物のキーに置き換えられていません。API は 401「invalid x-api-key」を返します。',
      },
      message: {
        en: (a) => `${a.name} holds placeholder text (${a.placeholder}), not a key.`,
        ja: (a) => `${a.name} にはキーではなくプレースホルダー（${a.placeholder}）が入っています。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Replace the placeholder with your key from ${CONSOLE_KEYS_URL}.`,
        ],
        ja: (a, loc) => [editStep(loc, a.name, 'ja'), `プレースホルダーを ${CONSOLE_KEYS_URL} のキーに置き換えます。`],
      },
      example: { name: 'LLM_API_KEY', placeholder: 'your-api-key' },
      exampleLocation: envLoc,
    }),
  ),

  'key/masked': lazy(() =>
    spec<{ name: string; mask: string }>({
      severity: 'error',
      title: { en: 'The key is a masked copy', ja: 'キーが伏せ字のコピーです' },
      why: {
        en: 'The value was copied from a screen that hides keys (the Console list, the OpenHands settings page, a log), so part of it is asterisks or an ellipsis.',
        ja: 'キーを伏せて表示する画面（Console の一覧、OpenHands の設定画面、ログなど）からコピーしたため、一部がアスタリスクや省略記号になっています。',
      },
      message: {
        en: (a) => `${a.name} contains "${a.mask}": it is a masked display of a key, not the key.`,
        ja: (a) => `${a.name} に「${a.mask}」が含まれています。キーそのものではなく、伏せ字で表示されたキーです。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `The Console shows a key in full only once, when it is created: create a new key at ${CONSOLE_KEYS_URL} and paste that.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `Console がキー全体を表示するのは作成時の一度だけです。${CONSOLE_KEYS_URL} で新しいキーを作成して貼り付けます。`,
        ],
      },
      example: { name: 'LLM_API_KEY', mask: '****' },
      exampleLocation: envLoc,
    }),
  ),

  'key/whitespace': lazy(() =>
    spec<{ name: string; problems: WhitespaceProblem[]; reader?: Reader }>({
      severity: 'error',
      title: { en: 'The key contains whitespace', ja: 'キーに空白文字が含まれています' },
      why: {
        en: 'Spaces, tabs, CR or LF become part of the x-api-key header: the API answers 401 "invalid x-api-key", and some HTTP clients refuse to send the header at all. The Anthropic SDK trims ANTHROPIC_API_KEY, but OpenHands, LiteLLM, Claude Code and docker pass the value on as it is.',
        ja: '空白・タブ・CR・LF は x-api-key ヘッダーの一部になり、API は 401「invalid x-api-key」を返します。ヘッダー自体を送れない HTTP クライアントもあります。Anthropic SDK は ANTHROPIC_API_KEY の前後の空白を取り除きますが、OpenHands・LiteLLM・Claude Code・docker はそのまま渡します。',
      },
      message: {
        en: (a) =>
          `${a.name} has ${list(
            a.problems.map((p) => `a ${AT[p.at].en} ${WHITESPACE_NAMES[p.char].en} at character ${p.position}`),
            'en',
          )}.${readerNote.en(a.reader)}`,
        ja: (a) =>
          `${a.name} の ${list(
            a.problems.map((p) => `${p.position} 文字目に${AT[p.at].ja}${WHITESPACE_NAMES[p.char].ja}`),
            'ja',
          )}があります。${readerNote.ja(a.reader)}`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          a.problems.some((p) => p.char === 'cr')
            ? "The CR comes from Windows line endings: save the file with LF endings (`sed -i 's/\\r$//' <file>` or your editor's \"LF\" setting)."
            : 'Remove the whitespace so the line holds exactly the key, with nothing before or after it.',
          `When you set it from a file, strip whitespace: \`export ${a.name}="$(tr -d '[:space:]' < key.txt)"\`.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          a.problems.some((p) => p.char === 'cr')
            ? "CR は Windows の改行コードに由来します。ファイルを LF で保存し直します（`sed -i 's/\\r$//' <ファイル>` またはエディタの「LF」設定）。"
            : '空白文字を取り除き、キーだけが前後に何もない状態で書かれるようにします。',
          `ファイルから設定する場合は、\`export ${a.name}="$(tr -d '[:space:]' < key.txt)"\` のように空白を除去します。`,
        ],
      },
      example: { name: 'LLM_API_KEY', problems: [{ at: 'trailing', char: 'lf', position: 109 }] },
      exampleLocation: envLoc,
    }),
  ),

  'key/quoted': lazy(() =>
    spec<{ name: string; quote: string; reader?: Reader }>({
      severity: 'error',
      title: { en: 'The key includes quote characters', ja: 'キーに引用符が含まれています' },
      why: {
        en: 'Quotes that a reader does not strip become part of the key, so the API sees a different key and answers 401 "invalid x-api-key". `docker run --env-file`, docker compose `environment:` lists and OpenHands settings keep quotes literally.',
        ja: '読み手が取り除かない引用符はキーの一部になり、API は別のキーとみなして 401「invalid x-api-key」を返します。`docker run --env-file`、docker compose の `environment:`、OpenHands の設定は引用符をそのまま保持します。',
      },
      message: {
        en: (a) => `${a.name} is wrapped in ${a.quote} quotes.${readerNote.en(a.reader)}`,
        ja: (a) => `${a.name} が ${a.quote} で囲まれています。${readerNote.ja(a.reader)}`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Write the key without quotes: \`${a.name}=sk-ant-…\`. Keys never contain spaces, so they never need quoting.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `引用符なしで書きます：\`${a.name}=sk-ant-…\`。キーに空白は含まれないため、引用符は不要です。`,
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY', quote: '"', reader: 'docker' },
      exampleLocation: envLoc,
    }),
  ),

  'key/invisible-character': lazy(() =>
    spec<{ name: string; chars: { codePoint: string; charName: string; position: number }[] }>({
      severity: 'error',
      title: {
        en: 'The key contains an invisible or non-ASCII character',
        ja: 'キーに見えない文字または ASCII 以外の文字が含まれています',
      },
      why: {
        en: 'Keys are plain ASCII. A zero-width space, no-break space, smart quote or full-width letter picked up from a chat, a PDF or a word processor changes the key; HTTP clients may also reject the header outright.',
        ja: 'キーは ASCII 文字だけでできています。チャット・PDF・ワープロからコピーした際に紛れ込んだゼロ幅スペース、ノーブレークスペース、スマートクォート、全角文字はキーを変えてしまい、HTTP クライアントがヘッダーを拒否することもあります。',
      },
      message: {
        en: (a) =>
          `${a.name} contains ${list(
            a.chars.map((c) => `${c.codePoint} ${c.charName} at character ${c.position}`),
            'en',
          )}.`,
        ja: (a) =>
          spaced(
            a.name,
            ' の ',
            list(
              a.chars.map((c) => `${c.position} 文字目に ${c.codePoint}（${characterNameJa(c.codePoint)}）`),
              'ja',
            ),
            'が含まれています。',
          ),
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          "Delete the value and type or paste it again from the Console through a plain-text editor; check with `grep -nP '[^\\x21-\\x7e]' <file>`.",
          newKey.en,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          "値を消し、プレーンテキストのエディタを通して Console から貼り直します。`grep -nP '[^\\x21-\\x7e]' <ファイル>` で確認できます。",
          newKey.ja,
        ],
      },
      example: {
        name: 'ANTHROPIC_API_KEY',
        chars: [{ codePoint: 'U+200B', charName: 'ZERO WIDTH SPACE', position: 57 }],
      },
      exampleLocation: envLoc,
    }),
  ),

  'key/bearer-prefix': lazy(() =>
    spec<{ name: string; prefix: string }>({
      severity: 'error',
      title: {
        en: 'The key starts with a header name or "Bearer"',
        ja: 'キーがヘッダー名や「Bearer」で始まっています',
      },
      why: {
        en: 'Clients add the header name and scheme themselves; a value that already has them is sent as "x-api-key: Bearer sk-ant-…" and rejected with 401.',
        ja: 'ヘッダー名や認証方式はクライアントが付けます。値にそれが含まれていると「x-api-key: Bearer sk-ant-…」のように送られ、401 で拒否されます。',
      },
      message: {
        en: (a) => `${a.name} starts with "${a.prefix.trim()}"; the variable must hold only the key.`,
        ja: (a) => `${a.name} が「${a.prefix.trim()}」で始まっています。変数にはキーだけを入れます。`,
      },
      fix: {
        en: (a, loc) => [editStep(loc, a.name, 'en'), `Remove "${a.prefix.trim()}" so the value begins with sk-ant-.`],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `「${a.prefix.trim()}」を削除し、値が sk-ant- で始まるようにします。`,
        ],
      },
      example: { name: 'LLM_API_KEY', prefix: 'Bearer ' },
      exampleLocation: envLoc,
    }),
  ),

  'key/truncated': lazy(() =>
    spec<{
      name: string;
      length: number;
      expected: number;
      problems: ('length' | 'ending' | 'alphabet')[];
      badPositions: number[];
    }>({
      severity: 'error',
      title: { en: 'The key is truncated or corrupted', ja: 'キーが途中で切れているか壊れています' },
      why: {
        en: 'An sk-ant-api03- key is 108 characters: the prefix, 93 letters, digits, "-" or "_", and "AA" at the end (the shape secret scanners use; Anthropic does not publish it). A shorter, longer or altered key is rejected with 401 "invalid x-api-key".',
        ja: 'sk-ant-api03- キーは 108 文字です（接頭辞、英数字・「-」・「_」が 93 文字、末尾の「AA」。シークレットスキャナーが使う形で、Anthropic は公開していません）。短い・長い・書き換わったキーは 401「invalid x-api-key」で拒否されます。',
      },
      message: {
        en: (a) => {
          const parts: string[] = [];
          if (a.problems.includes('length')) parts.push(`is ${a.length} characters long instead of ${a.expected}`);
          if (a.problems.includes('ending')) parts.push('does not end with "AA"');
          if (a.problems.includes('alphabet'))
            parts.push(`has characters outside A–Z, a–z, 0–9, "-" and "_" at ${a.badPositions.join(', ')}`);
          return `${a.name} ${list(parts, 'en')}.`;
        },
        ja: (a) => {
          const parts: string[] = [];
          if (a.problems.includes('length')) parts.push(`長さが ${a.expected} 文字ではなく ${a.length} 文字です`);
          if (a.problems.includes('ending')) parts.push('末尾が「AA」ではありません');
          if (a.problems.includes('alphabet'))
            parts.push(`${a.badPositions.join('、')} 文字目に英数字・「-」・「_」以外の文字があります`);
          return `${a.name} は${parts.join('。また、')}。`;
        },
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          'Copy the key again in one piece; a terminal or editor that wraps long lines often cuts it.',
          newKey.en,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          'キーを一度にまとめてコピーし直します。長い行を折り返す端末やエディタでは途中で切れがちです。',
          newKey.ja,
        ],
      },
      example: {
        name: 'ANTHROPIC_API_KEY',
        length: 100,
        expected: 108,
        problems: ['length', 'ending'],
        badPositions: [],
      },
      exampleLocation: envLoc,
    }),
  ),

  'key/oauth-token': lazy(() =>
    spec<{ name: string }>({
      severity: 'error',
      title: { en: 'An OAuth token is in an API-key slot', ja: 'APIキーの場所に OAuth トークンが入っています' },
      why: {
        en: 'sk-ant-oat01- is a Claude subscription OAuth access token (from `claude setup-token` or /login), not an API key. Sent as x-api-key it fails with 401 "OAuth authentication is currently not supported."; it works only as a Bearer token with the OAuth beta header, for Claude Code.',
        ja: 'sk-ant-oat01- は Claude サブスクリプションの OAuth アクセストークン（`claude setup-token` や /login で発行）で、APIキーではありません。x-api-key として送ると 401「OAuth authentication is currently not supported.」になります。使えるのは Claude Code での Bearer トークン（OAuth ベータヘッダー付き）としてだけです。',
      },
      message: {
        en: (a) => `${a.name} holds a subscription OAuth token (sk-ant-oat01-), not an API key.`,
        ja: (a) => `${a.name} に APIキーではなくサブスクリプションの OAuth トークン（sk-ant-oat01-）が入っています。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `For the API, OpenHands or LiteLLM: create an API key at ${CONSOLE_KEYS_URL} and use that instead.`,
          'For Claude Code with a subscription: move the token to CLAUDE_CODE_OAUTH_TOKEN (or ANTHROPIC_AUTH_TOKEN) and unset the API-key variable.',
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `API・OpenHands・LiteLLM 用には ${CONSOLE_KEYS_URL} で APIキーを作成し、それを使います。`,
          'サブスクリプションで Claude Code を使う場合は、トークンを CLAUDE_CODE_OAUTH_TOKEN（または ANTHROPIC_AUTH_TOKEN）に移し、APIキーの変数は削除します。',
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY' },
      exampleLocation: envLoc,
    }),
  ),

  'key/refresh-token': lazy(() =>
    spec<{ name: string }>({
      severity: 'error',
      title: {
        en: 'An OAuth refresh token is used as a credential',
        ja: 'OAuth リフレッシュトークンが認証情報として使われています',
      },
      why: {
        en: 'sk-ant-ort01- is an OAuth refresh token (from ~/.claude/.credentials.json), which only obtains new access tokens; no API accepts it as a key or Bearer token. (The prefix is known from third-party code only.)',
        ja: 'sk-ant-ort01- は OAuth のリフレッシュトークン（~/.claude/.credentials.json にあるもの）で、新しいアクセストークンの取得にしか使えません。キーとしても Bearer トークンとしても受け付けられません（この接頭辞は第三者のコードからしか確認されていません）。',
      },
      message: {
        en: (a) => `${a.name} holds an OAuth refresh token (sk-ant-ort01-), which cannot authenticate requests.`,
        ja: (a) =>
          `${a.name} に OAuth リフレッシュトークン（sk-ant-ort01-）が入っています。これではリクエストを認証できません。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Use an API key from ${CONSOLE_KEYS_URL}, or for Claude Code a token from \`claude setup-token\` in CLAUDE_CODE_OAUTH_TOKEN.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `${CONSOLE_KEYS_URL} の APIキーを使うか、Claude Code なら \`claude setup-token\` のトークンを CLAUDE_CODE_OAUTH_TOKEN に設定します。`,
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY' },
      exampleLocation: envLoc,
    }),
  ),

  'key/admin-key': lazy(() =>
    spec<{ name: string; kind: 'console-admin' | 'enterprise-admin' }>({
      severity: 'error',
      title: { en: 'An admin key is used for inference', ja: '管理用キーが推論に使われています' },
      why: {
        en: 'Admin keys (sk-ant-admin01- from the Console, sk-ant-api01- for Claude Enterprise) manage organizations, users, usage and costs; they cannot call Messages or Models. (The exact API reply to an admin key on /v1/messages is unverified.)',
        ja: '管理用キー（Console の sk-ant-admin01-、Claude Enterprise の sk-ant-api01-）は組織・ユーザー・使用量・コストの管理用で、Messages や Models は呼び出せません（管理用キーで /v1/messages を呼んだ際の正確な応答は未確認です）。',
      },
      message: {
        en: (a) =>
          `${a.name} holds ${a.kind === 'console-admin' ? 'an Admin API key (sk-ant-admin01-)' : 'a Claude Enterprise admin key (sk-ant-api01-)'}, which cannot be used for model requests.`,
        ja: (a) =>
          spaced(
            a.name,
            ' に',
            a.kind === 'console-admin'
              ? 'Admin APIキー（sk-ant-admin01-）'
              : 'Claude Enterprise の管理用キー（sk-ant-api01-）',
            'が入っています。モデルへのリクエストには使えません。',
          ),
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Create an ordinary API key (sk-ant-api03-) at ${CONSOLE_KEYS_URL} and use it here; keep the admin key for admin tooling only.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `${CONSOLE_KEYS_URL} で通常の APIキー（sk-ant-api03-）を作成してここで使い、管理用キーは管理ツール専用にします。`,
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY', kind: 'console-admin' },
      exampleLocation: envLoc,
    }),
  ),

  'key/other-provider': lazy(() =>
    spec<{ name: string; provider: string }>({
      severity: 'error',
      title: { en: "Another provider's key", ja: '別のプロバイダーのキー' },
      why: {
        en: 'The value has the shape of another service\'s key. Anthropic answers 401 "invalid x-api-key"; if the model names another provider, the request goes there instead.',
        ja: '値が別のサービスのキーの形をしています。Anthropic は 401「invalid x-api-key」を返します。モデルが別のプロバイダーを指していれば、リクエストはそちらに送られます。',
      },
      message: {
        en: (a) =>
          `${a.name} looks like ${/^[AEIOU]/.test(a.provider) ? 'an' : 'a'} ${a.provider} key, not an Anthropic key.`,
        ja: (a) => `${a.name} は Anthropic のキーではなく ${a.provider} のキーのようです。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Put your Anthropic key (sk-ant-api03-…, from ${CONSOLE_KEYS_URL}) here, or, if you meant to use ${a.provider}, set the model to one of ${a.provider}'s models.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `ここには Anthropic のキー（sk-ant-api03-…、${CONSOLE_KEYS_URL} で作成）を入れます。${a.provider} を使うつもりなら、モデルを ${a.provider} のモデルにします。`,
        ],
      },
      example: { name: 'LLM_API_KEY', provider: 'OpenAI' },
      exampleLocation: envLoc,
    }),
  ),

  'key/unknown-format': lazy(() =>
    spec<{ name: string }>({
      severity: 'warning',
      title: { en: 'The key has an unknown format', ja: 'キーの形式が不明です' },
      why: {
        en: 'Anthropic API keys start with sk-ant-api03-. This value does not, and it matches no other known key shape. That is expected for a proxy or gateway key (LiteLLM proxy, a company gateway), and wrong for api.anthropic.com.',
        ja: 'Anthropic の APIキーは sk-ant-api03- で始まります。この値はそうではなく、既知のどのキーの形にも当てはまりません。プロキシやゲートウェイ（LiteLLM プロキシ、社内ゲートウェイ）のキーなら正常ですが、api.anthropic.com では使えません。',
      },
      message: {
        en: (a) => `${a.name} does not look like an Anthropic API key (sk-ant-api03-…).`,
        ja: (a) => `${a.name} は Anthropic の APIキー（sk-ant-api03-…）の形ではありません。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `If requests go to api.anthropic.com, use a key from ${CONSOLE_KEYS_URL}. If they go to a proxy, make sure its base URL is configured too.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `リクエストの送り先が api.anthropic.com なら ${CONSOLE_KEYS_URL} のキーを使います。プロキシに送るなら、そのベースURL も設定されていることを確認します。`,
        ],
      },
      example: { name: 'LLM_API_KEY' },
      exampleLocation: envLoc,
    }),
  ),

  'key/conflict': lazy(() =>
    spec<{
      keys: { credential: Redacted; locations: Location[] }[];
      uses: { client: Client; credential: Redacted }[];
    }>({
      severity: 'warning',
      title: { en: 'Different keys in different places', ja: '場所ごとに異なるキーが設定されています' },
      why: {
        en: 'When several different keys are configured, a client may use a different one than you think: a key that works in your shell can fail inside a container or an app that reads another source.',
        ja: '複数の異なるキーが設定されていると、クライアントが想定と違うキーを使うことがあります。シェルでは動くキーが、別の設定元を読むコンテナやアプリでは失敗する原因になります。',
      },
      message: {
        en: (a) =>
          `${a.keys.length} different keys are configured: ${a.keys
            .map(
              (k) =>
                `${k.credential} in ${list(
                  k.locations.map((l) => where(l, 'en')),
                  'en',
                )}`,
            )
            .join('; ')}. ${a.uses.map((u) => `${clientName(u.client, 'en')} uses ${u.credential}`).join('; ')}.`,
        ja: (a) =>
          `${a.keys.length} 種類のキーが設定されています：${a.keys
            .map((k) =>
              spaced(
                list(
                  k.locations.map((l) => where(l, 'ja')),
                  'ja',
                ),
                ' に ',
                k.credential,
              ),
            )
            .join(
              '、',
            )}。${a.uses.map((u) => `${clientName(u.client, 'ja')}は ${u.credential} を使います`).join('。')}。`,
      },
      fix: {
        en: () => [
          `Decide which key is current (the Console shows each key's last use at ${CONSOLE_KEYS_URL}).`,
          'Put that key in every place listed, or delete the stale ones so only one source remains.',
          'Restart the programs and containers that read the old value.',
        ],
        ja: () => [
          `どのキーが現行かを決めます（${CONSOLE_KEYS_URL} で各キーの最終使用日時を確認できます）。`,
          '一覧のすべての場所に同じキーを設定するか、古いものを削除して設定元を一つにします。',
          '古い値を読み込んだプログラムやコンテナを再起動します。',
        ],
      },
      example: {
        keys: [
          {
            credential: 'sk-ant-api03-…x9AA (108 chars, #3f9a01c2)' as Redacted,
            locations: [{ kind: 'env', name: 'ANTHROPIC_API_KEY' }],
          },
          { credential: 'sk-ant-api03-…Q2AA (108 chars, #a71e0b55)' as Redacted, locations: [envLoc] },
        ],
        uses: [{ client: 'anthropic-sdk', credential: 'sk-ant-api03-…x9AA (108 chars, #3f9a01c2)' as Redacted }],
      },
    }),
  ),

  'key/api-key-and-auth-token': lazy(() =>
    spec<{ apiKey: Location; authToken: Location }>({
      severity: 'warning',
      title: {
        en: 'Both ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are set',
        ja: 'ANTHROPIC_API_KEY と ANTHROPIC_AUTH_TOKEN の両方が設定されています',
      },
      why: {
        en: 'Clients disagree on which one wins: the Anthropic SDK uses ANTHROPIC_API_KEY ("Anthropic: ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set. Using ANTHROPIC_API_KEY."), Claude Code uses ANTHROPIC_AUTH_TOKEN first. A stray key can also override a subscription login.',
        ja: 'どちらが優先されるかはクライアントによって異なります。Anthropic SDK は ANTHROPIC_API_KEY を使い（「Anthropic: ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set. Using ANTHROPIC_API_KEY.」）、Claude Code は ANTHROPIC_AUTH_TOKEN を優先します。残っているキーがサブスクリプションのログインより優先されることもあります。',
      },
      message: {
        en: (a) =>
          `ANTHROPIC_API_KEY (${where(a.apiKey, 'en')}) and ANTHROPIC_AUTH_TOKEN (${where(a.authToken, 'en')}) are both set; the SDK sends the API key, Claude Code the auth token.`,
        ja: (a) =>
          `ANTHROPIC_API_KEY（${where(a.apiKey, 'ja')}）と ANTHROPIC_AUTH_TOKEN（${where(a.authToken, 'ja')}）の両方が設定されています。SDK は APIキーを、Claude Code は認証トークンを送ります。`,
      },
      fix: {
        en: () => [
          'Keep the one you mean to use and unset the other (`unset ANTHROPIC_AUTH_TOKEN` or `unset ANTHROPIC_API_KEY`, and remove it from .env and your shell profile).',
        ],
        ja: () => [
          '使う方だけを残し、もう一方を削除します（`unset ANTHROPIC_AUTH_TOKEN` または `unset ANTHROPIC_API_KEY`。.env やシェルの設定ファイルからも削除します）。',
        ],
      },
      example: { apiKey: { kind: 'env', name: 'ANTHROPIC_API_KEY' }, authToken: envLoc },
    }),
  ),
};
