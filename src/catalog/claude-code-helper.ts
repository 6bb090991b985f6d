// claude-code/helper-*: the apiKeyHelper command of a Claude Code settings file, read (and run only with
// --run-helpers). Facts: /work/shared/reference/claude-code.md §1 (4), §4 (3).
import type { Redacted } from '../secrets.js';
import type { Lang, Location } from '../types.js';
import { LAYER_NAMES } from './claude-code-files.js';
import { lazy, spec } from './define.js';
import { list } from './words.js';

/** The program's own output, quoted line by line: its words are its own, in no language of ours. */
const quoted = (text: string) => text.replace(/^/gm, '> ');

type HelperLayer = 'managed' | 'local' | 'project' | 'user';
const helperLoc: Location = { kind: 'file', path: '~/.claude/settings.json', line: 2, column: 3, key: 'apiKeyHelper' };
const FAILING = '"Your apiKeyHelper script is failing" (or "Invalid API key · Fix external API key")';
const FAILING_JA = '「Your apiKeyHelper script is failing」（または「Invalid API key · Fix external API key」）';

export type HelperOutcome = 'failed' | 'timeout' | 'not-found';
export type OutputProblem = 'empty' | 'several-words' | 'line-break' | 'control' | 'non-ascii' | 'above-latin1';

const OUTCOME: Record<HelperOutcome, Record<Lang, (code?: number) => string>> = {
  failed: {
    en: (c) => `exited with status ${c ?? 'non-zero'}`,
    ja: (c) => `終了ステータス ${c ?? '0 以外'} で終了しました`,
  },
  timeout: { en: () => 'did not finish in time', ja: () => '時間内に終わりませんでした' },
  'not-found': {
    en: () => 'could not be started: the program was not found',
    ja: () => 'プログラムが見つからず起動できませんでした',
  },
};

const PROBLEM: Record<OutputProblem, Record<Lang, string>> = {
  empty: { en: 'it is empty', ja: '空です' },
  'several-words': { en: 'it is more than one word', ja: '複数の語からなります' },
  'line-break': { en: 'it has a line break inside', ja: '途中に改行があります' },
  control: { en: 'it has a NUL or another control character', ja: 'NUL などの制御文字を含みます' },
  'non-ascii': { en: 'it has a non-ASCII character', ja: 'ASCII 以外の文字を含みます' },
  'above-latin1': { en: 'it has a character above U+00FF', ja: 'U+00FF より大きい文字を含みます' },
};

const editHelper = (path: string, lang: Lang) =>
  lang === 'ja' ? `${path} の apiKeyHelper を修正します。` : `Fix apiKeyHelper in ${path}.`;

export const claudeCodeHelperCodes = {
  'claude-code/helper-missing': lazy(() =>
    spec<{ path: string; program: string }>({
      severity: 'error',
      title: { en: 'The apiKeyHelper program does not exist', ja: 'apiKeyHelper のプログラムが存在しません' },
      why: {
        en: `Claude Code runs apiKeyHelper in a shell to get its key. When the program is not there the helper fails: ${FAILING}, and requests go out with a placeholder credential.`,
        ja: `Claude Code は apiKeyHelper をシェルで実行してキーを取得します。プログラムがなければヘルパーは失敗し、${FAILING_JA}となり、リクエストはダミーの認証情報で送られます。`,
      },
      message: {
        en: (a) => `The apiKeyHelper in ${a.path} starts ${a.program}, which is neither a file nor on PATH.`,
        ja: (a) =>
          `${a.path} の apiKeyHelper は ${a.program} を起動しますが、そのファイルは存在せず PATH にもありません。`,
      },
      fix: {
        en: (a) => [editHelper(a.path, 'en'), `Check the command by hand: \`command -v ${a.program}\`.`],
        ja: (a) => [editHelper(a.path, 'ja'), `\`command -v ${a.program}\` でコマンドを手動で確認します。`],
      },
      example: { path: '~/.claude/settings.json', program: '~/bin/get-key.sh' },
      exampleLocation: helperLoc,
    }),
  ),

  'claude-code/helper-not-executable': lazy(() =>
    spec<{ path: string; program: string }>({
      severity: 'error',
      title: {
        en: 'The apiKeyHelper program is not executable',
        ja: 'apiKeyHelper のプログラムに実行権限がありません',
      },
      why: {
        en: `A helper script without the execute bit cannot run, so Claude Code reports ${FAILING}.`,
        ja: `実行権限のないヘルパースクリプトは実行できないため、Claude Code は${FAILING_JA}を表示します。`,
      },
      message: {
        en: (a) => `The apiKeyHelper in ${a.path} starts ${a.program}, which is not executable.`,
        ja: (a) => `${a.path} の apiKeyHelper が起動する ${a.program} に実行権限がありません。`,
      },
      fix: {
        en: (a) => [`Run \`chmod +x ${a.program}\`, or start it through its interpreter (\`sh ${a.program}\`).`],
        ja: (a) => [
          `\`chmod +x ${a.program}\` を実行するか、インタープリター経由で起動します（\`sh ${a.program}\`）。`,
        ],
      },
      example: { path: '~/.claude/settings.json', program: '/home/me/bin/get-key.sh' },
      exampleLocation: helperLoc,
    }),
  ),

  'claude-code/helper-relative-path': lazy(() =>
    spec<{ path: string; program: string }>({
      severity: 'warning',
      title: { en: 'The apiKeyHelper program is a relative path', ja: 'apiKeyHelper のプログラムが相対パスです' },
      why: {
        en: 'Claude Code runs the helper in the folder it was started from, so a relative path works in one project and fails in every other one.',
        ja: 'Claude Code はヘルパーを起動したフォルダーで実行するため、相対パスはあるプロジェクトでは動き、ほかのプロジェクトでは失敗します。',
      },
      message: {
        en: (a) =>
          `The apiKeyHelper in ${a.path} starts ${a.program}, a path relative to the folder Claude Code runs in.`,
        ja: (a) =>
          `${a.path} の apiKeyHelper は ${a.program} を起動しますが、これは Claude Code を実行するフォルダーからの相対パスです。`,
      },
      fix: {
        en: (a) => [`Use an absolute path in ${a.path} (for example $HOME/bin/… rather than ./…).`],
        ja: (a) => [`${a.path} では絶対パスを使います（./… ではなく $HOME/bin/… など）。`],
      },
      example: { path: '~/.claude/settings.json', program: './scripts/key.sh' },
      exampleLocation: helperLoc,
    }),
  ),

  'claude-code/helper-in-project': lazy(() =>
    spec<{ path: string; layer: HelperLayer }>({
      severity: 'warning',
      title: {
        en: 'A project settings file sets apiKeyHelper',
        ja: 'プロジェクトの設定ファイルが apiKeyHelper を設定しています',
      },
      why: {
        en: "A project's .claude/settings.json comes with the repository, so whoever controls the repository chooses a command that runs on your machine and the key Claude Code sends. It runs only after you trust the workspace in an interactive session, but `claude -p` runs it always.",
        ja: 'プロジェクトの .claude/settings.json はリポジトリに含まれるため、リポジトリを管理する人があなたのマシンで実行されるコマンドと、Claude Code が送るキーを決められます。対話型セッションではワークスペースを信頼した後にだけ実行されますが、`claude -p` では常に実行されます。',
      },
      message: {
        en: (a) =>
          `${a.path} (${LAYER_NAMES[a.layer].en}) sets apiKeyHelper: a command chosen by the project runs to get your key.`,
        ja: (a) =>
          `${a.path}（${LAYER_NAMES[a.layer].ja}）が apiKeyHelper を設定しています。プロジェクトが選んだコマンドがキー取得のために実行されます。`,
      },
      fix: {
        en: (a) => [
          `Read the command in ${a.path} before you trust the workspace.`,
          'If it is yours, move apiKeyHelper to ~/.claude/settings.json and delete it from the project file.',
        ],
        ja: (a) => [
          `ワークスペースを信頼する前に ${a.path} のコマンドを確認します。`,
          '自分で設定したものなら、apiKeyHelper を ~/.claude/settings.json に移し、プロジェクトの設定ファイルから削除します。',
        ],
      },
      example: { path: '.claude/settings.json', layer: 'project' },
      exampleLocation: { kind: 'file', path: '.claude/settings.json', line: 2, column: 3, key: 'apiKeyHelper' },
    }),
  ),

  'claude-code/helper-literal': lazy(() =>
    spec<{ path: string; credential: Redacted }>({
      severity: 'info',
      title: { en: 'apiKeyHelper only prints a fixed key', ja: 'apiKeyHelper は固定のキーを出力するだけです' },
      why: {
        en: 'A helper that echoes a literal is a key stored in the settings file in plain text. claude-doctor checks that text like any other key, without running the helper.',
        ja: 'リテラルを echo するだけのヘルパーは、設定ファイルに平文で保存されたキーと同じです。claude-doctor はヘルパーを実行せず、そのテキストをほかのキーと同じように検査します。',
      },
      message: {
        en: (a) => `The apiKeyHelper in ${a.path} prints the fixed value ${a.credential}; it is checked as a key.`,
        ja: (a) => `${a.path} の apiKeyHelper は固定値 ${a.credential} を出力します。これをキーとして検査します。`,
      },
      fix: {
        en: (a) => [
          `Nothing to do if this is intended; otherwise make the helper read the key from a secret store, so ${a.path} holds no key.`,
        ],
        ja: (a) => [
          `意図どおりなら対応は不要です。そうでなければヘルパーがシークレットストアからキーを読むようにし、${a.path} にキーを置かないようにします。`,
        ],
      },
      example: { path: '~/.claude/settings.json', credential: 'sk-ant-api03-…x9AA (108 chars, #3f9a01c2)' as Redacted },
      exampleLocation: helperLoc,
    }),
  ),

  'claude-code/helper-not-run': lazy(() =>
    spec<{ paths: string[] }>({
      severity: 'info',
      title: { en: 'apiKeyHelper was not run', ja: 'apiKeyHelper は実行していません' },
      why: {
        en: 'claude-doctor runs no command that a configuration file names unless asked, so the key an apiKeyHelper prints was not checked or probed.',
        ja: 'claude-doctor は指示がない限り設定ファイルに書かれたコマンドを実行しないため、apiKeyHelper が出力するキーは検査も検証もしていません。',
      },
      message: {
        en: (a) => `The apiKeyHelper of ${list(a.paths, 'en')} was not run.`,
        ja: (a) => `${list(a.paths, 'ja')} の apiKeyHelper は実行していません。`,
      },
      fix: {
        en: () => [
          'Rerun claude-doctor with --run-helpers to run each helper once (with a timeout) and check its output.',
          'A helper in .claude/settings.json or .claude/settings.local.json was chosen by the project: --run-helpers runs it only with --trust-project as well. Read the command first.',
        ],
        ja: () => [
          'claude-doctor を --run-helpers 付きで実行し直すと、各ヘルパーを一度だけ（タイムアウト付きで）実行して出力を検査します。',
          '.claude/settings.json や .claude/settings.local.json のヘルパーはプロジェクトが指定したものです。--run-helpers でも --trust-project を併せて指定した場合にだけ実行します。先にコマンドの内容を確認してください。',
        ],
      },
      example: { paths: ['~/.claude/settings.json'] },
      exampleLocation: helperLoc,
    }),
  ),

  'claude-code/helper-failed': lazy(() =>
    // From `check --run-helpers`, with the file and what happened; from an error text given to `explain`,
    // with neither (the text says only that the helper failed).
    spec<{ path?: string; outcome?: HelperOutcome; exitCode?: number; stderr?: string }>({
      severity: 'error',
      title: { en: 'apiKeyHelper fails', ja: 'apiKeyHelper が失敗します' },
      why: {
        en: `Claude Code shows ${FAILING}, does not say why, and sends requests with a placeholder credential. /status does not show the helper's error output either. The key itself may be fine.`,
        ja: `Claude Code は${FAILING_JA}と表示するだけで理由は示さず、ダミーの認証情報でリクエストを送ります。/status にもヘルパーのエラー出力は表示されません。キー自体は正しい可能性があります。`,
      },
      message: {
        en: (a) =>
          a.path && a.outcome
            ? `The apiKeyHelper in ${a.path} ${OUTCOME[a.outcome].en(a.exitCode)}.${a.stderr ? `\nIts error output:\n${quoted(a.stderr)}` : ''}`
            : "Claude Code's apiKeyHelper failed or printed no usable key, so no key was sent.",
        ja: (a) =>
          a.path && a.outcome
            ? `${a.path} の apiKeyHelper は${OUTCOME[a.outcome].ja(a.exitCode)}。${a.stderr ? `\nエラー出力：\n${quoted(a.stderr)}` : ''}`
            : 'Claude Code の apiKeyHelper が失敗したか使えるキーを出力しなかったため、キーは送られていません。',
      },
      fix: {
        en: (a) => [
          `Run the apiKeyHelper command of ${a.path ?? '~/.claude/settings.json (or the project settings)'} by hand in a terminal and fix what it reports (a secret store that is locked or logged out, a missing tool). It must print the key alone.`,
          ...(a.path
            ? []
            : ['`claude-doctor check --run-helpers` shows where each helper is set and what it prints, redacted.']),
        ],
        ja: (a) => [
          `${a.path ?? '~/.claude/settings.json（またはプロジェクトの設定）'} の apiKeyHelper のコマンドをターミナルで手動で実行し、表示される問題（ロックやログアウトしたシークレットストア、ないツールなど）を直します。出力はキーだけにします。`,
          ...(a.path
            ? []
            : ['`claude-doctor check --run-helpers` で、各ヘルパーの設定場所と出力（伏せ字）が分かります。']),
        ],
      },
      example: { path: '~/.claude/settings.json', outcome: 'failed', exitCode: 1, stderr: 'op: not signed in' },
      exampleLocation: helperLoc,
    }),
  ),

  'claude-code/helper-output-invalid': lazy(() =>
    spec<{ path: string; problems: OutputProblem[]; position?: number }>({
      severity: 'error',
      title: { en: 'apiKeyHelper prints something that is not a key', ja: 'apiKeyHelper の出力がキーになっていません' },
      why: {
        en: 'Claude Code takes the helper\'s output as the key and refuses one that is not a single token of printable ASCII (a line break, a NUL or a character above U+00FF is rejected outright), which gives "Invalid API key · Fix external API key".',
        ja: 'Claude Code はヘルパーの出力をキーとして使い、表示可能な ASCII の一語でないもの（改行、NUL、U+00FF より大きい文字は即座に拒否）は受け付けないため、「Invalid API key · Fix external API key」になります。',
      },
      message: {
        en: (a) =>
          `The output of the apiKeyHelper in ${a.path} is not one key: ${list(
            a.problems.map((p) => PROBLEM[p].en),
            'en',
          )}${a.position ? ` (first at character ${a.position})` : ''}.`,
        ja: (a) =>
          `${a.path} の apiKeyHelper の出力は一つのキーではありません：${list(
            a.problems.map((p) => PROBLEM[p].ja),
            'ja',
          )}${a.position ? `（最初は ${a.position} 文字目）` : ''}。`,
      },
      fix: {
        en: (a) => [
          `Make the apiKeyHelper command of ${a.path} print the key alone, on one line, with nothing else (log messages go to stderr).`,
        ],
        ja: (a) => [
          `${a.path} の apiKeyHelper のコマンドがキーだけを一行で出力するようにします（ログなどは標準エラー出力に出します）。`,
        ],
      },
      example: { path: '~/.claude/settings.json', problems: ['several-words', 'line-break'], position: 9 },
      exampleLocation: helperLoc,
    }),
  ),
};
