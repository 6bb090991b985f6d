// claude-code/*: Claude Code's own files: the subscription login, its folder, the settings files.
// Facts: /work/shared/reference/claude-code.md §2, §4 (4, 5).
import type { Lang, Location } from '../types.js';
import { lazy, spec } from './define.js';
import { detailJa } from './details.js';

type Layer = 'managed' | 'local' | 'project' | 'user';

/** The settings layers as Claude Code's docs name them. */
export const LAYER_NAMES: Record<Layer, Record<Lang, string>> = {
  managed: { en: 'managed settings', ja: '管理設定' },
  local: { en: 'local project settings', ja: 'プロジェクトのローカル設定' },
  project: { en: 'shared project settings', ja: 'プロジェクトの共有設定' },
  user: { en: 'user settings', ja: 'ユーザー設定' },
};
const loginLoc: Location = { kind: 'file', path: '~/.claude/.credentials.json' };

/** The source gives a reason token (its own, or the safe reader's); the words live here. Other text is shown as is. */
const LOGIN_REASONS: Record<string, Record<Lang, string>> = {
  'invalid-json': { en: 'it is not valid JSON', ja: '正しい JSON ではありません' },
  'not-object': { en: 'its top level is not a JSON object', ja: '最上位が JSON オブジェクトではありません' },
  'too-large': { en: 'it is too large', ja: 'ファイルが大きすぎます' },
  permission: { en: 'permission denied', ja: '読み取る権限がありません' },
  directory: { en: 'it is a directory, not a file', ja: 'ファイルではなくディレクトリです' },
  binary: { en: 'it is a binary file', ja: 'バイナリファイルです' },
  utf16: { en: 'it is saved as UTF-16', ja: 'UTF-16 で保存されています' },
  'invalid-utf8': { en: 'it is not valid UTF-8', ja: '正しい UTF-8 ではありません' },
};
const loginReason = (reason: string, lang: Lang) =>
  Object.hasOwn(LOGIN_REASONS, reason) ? LOGIN_REASONS[reason]![lang] : reason;

export const claudeCodeFileCodes = {
  'claude-code/login-expired': lazy(() =>
    spec<{ path: string; expiredAt: string }>({
      severity: 'error',
      title: { en: 'The subscription login has expired', ja: 'サブスクリプションのログインの有効期限が切れています' },
      why: {
        en: 'The OAuth access token of the /login expired and there is no refresh token to renew it, so Claude Code fails with "OAuth token has expired" until you log in again.',
        ja: '/login の OAuth アクセストークンの有効期限が切れており、更新用のリフレッシュトークンもないため、再ログインするまで Claude Code は「OAuth token has expired」で失敗します。',
      },
      message: {
        en: (a) => `The login in ${a.path} expired at ${a.expiredAt} and has no refresh token.`,
        ja: (a) => `${a.path} のログインは ${a.expiredAt} に有効期限が切れており、リフレッシュトークンもありません。`,
      },
      fix: {
        en: () => ['Run `claude`, then /login (or /logout and /login), and check with /status.'],
        ja: () => ['`claude` を起動して /login（または /logout の後に /login）を実行し、/status で確認します。'],
      },
      example: { path: '~/.claude/.credentials.json', expiredAt: '2026-11-30T09:12:00.000Z' },
      exampleLocation: loginLoc,
    }),
  ),

  'claude-code/login-permissions': lazy(() =>
    spec<{ path: string; mode: string }>({
      severity: 'warning',
      title: { en: 'The login file can be read by others', ja: 'ログインのファイルをほかのユーザーが読めます' },
      why: {
        en: 'The credentials file holds the OAuth tokens of your subscription. Claude Code creates it with mode 0600; any wider mode lets other users of the machine use your subscription.',
        ja: 'この認証情報のファイルにはサブスクリプションの OAuth トークンが入っています。Claude Code は権限 0600 で作成します。それより広い権限では、マシンのほかのユーザーがあなたのサブスクリプションを使えます。',
      },
      message: {
        en: (a) => `${a.path} has mode ${a.mode}; it should be 0600.`,
        ja: (a) => `${a.path} の権限は ${a.mode} です。0600 にしてください。`,
      },
      fix: {
        en: (a) => [`Run \`chmod 600 ${a.path}\`.`],
        ja: (a) => [`\`chmod 600 ${a.path}\` を実行します。`],
      },
      example: { path: '~/.claude/.credentials.json', mode: '0644' },
      exampleLocation: loginLoc,
    }),
  ),

  'claude-code/login-unreadable': lazy(() =>
    spec<{ path: string; reason: string }>({
      severity: 'error',
      title: { en: 'The login file cannot be read', ja: 'ログインのファイルを読み取れません' },
      why: {
        en: 'Claude Code cannot use a subscription login whose credentials file it cannot read or parse: it asks to /login again ("Invalid API key · Please run /login", "Missing API key").',
        ja: '認証情報のファイルを読み取れない、または解析できない場合、Claude Code はサブスクリプションのログインを使えず、再度 /login を求めます（「Invalid API key · Please run /login」「Missing API key」）。',
      },
      message: {
        en: (a) => `${a.path} cannot be read as a login: ${loginReason(a.reason, 'en')}.`,
        ja: (a) => `${a.path} をログインとして読み取れません：${loginReason(a.reason, 'ja')}。`,
      },
      fix: {
        en: (a) => [
          `Check the owner and mode of ${a.path} (\`ls -l ${a.path}\`; it should be yours, mode 0600).`,
          'If it is damaged, move it away and run /login in Claude Code again.',
        ],
        ja: (a) => [
          `${a.path} の所有者と権限を確認します（\`ls -l ${a.path}\`。自分が所有し、権限 0600 であること）。`,
          '壊れている場合はファイルを別の場所に移し、Claude Code で再度 /login を実行します。',
        ],
      },
      example: { path: '~/.claude/.credentials.json', reason: 'invalid-json' },
      exampleLocation: loginLoc,
    }),
  ),

  'claude-code/config-dir-without-login': lazy(() =>
    spec<{ configDir: string; elsewhere: string }>({
      severity: 'warning',
      title: {
        en: 'CLAUDE_CONFIG_DIR points to a folder without your login',
        ja: 'CLAUDE_CONFIG_DIR がログインのないフォルダーを指しています',
      },
      why: {
        en: 'With CLAUDE_CONFIG_DIR set, Claude Code reads settings and the login only from that folder. Your login is in another one, so Claude Code asks you to /login again or falls back to another credential.',
        ja: 'CLAUDE_CONFIG_DIR を設定すると、Claude Code は設定ファイルとログインをそのフォルダーからしか読みません。ログインは別のフォルダーにあるため、再度 /login を求められるか、別の認証情報が使われます。',
      },
      message: {
        en: (a) => `CLAUDE_CONFIG_DIR is ${a.configDir}, which has no login; there is one in ${a.elsewhere}.`,
        ja: (a) =>
          `CLAUDE_CONFIG_DIR は ${a.configDir} ですが、そこにログインはありません。ログインは ${a.elsewhere} にあります。`,
      },
      fix: {
        en: (a) => [
          `Unset CLAUDE_CONFIG_DIR if Claude Code should use ${a.elsewhere},`,
          `or run /login once with CLAUDE_CONFIG_DIR=${a.configDir} set.`,
        ],
        ja: (a) => [
          `${a.elsewhere} を使うなら環境変数 CLAUDE_CONFIG_DIR を削除します。`,
          `または CLAUDE_CONFIG_DIR=${a.configDir} を設定した状態で一度 /login を実行します。`,
        ],
      },
      example: { configDir: '/work/.claude-ci', elsewhere: '~/.claude/.credentials.json' },
      exampleLocation: { kind: 'env', name: 'CLAUDE_CONFIG_DIR' },
    }),
  ),

  'claude-code/settings-invalid': lazy(() =>
    spec<{ path: string; line: number; column: number; message: string }>({
      severity: 'error',
      title: {
        en: 'A Claude Code settings file is not valid JSON',
        ja: 'Claude Code の設定ファイルが正しい JSON ではありません',
      },
      why: {
        en: 'Claude Code skips a settings file it cannot parse, with all its env values, apiKeyHelper and model: what you set there has no effect.',
        ja: 'Claude Code は解析できない設定ファイルを、env の値・apiKeyHelper・model も含めて丸ごと読み飛ばすため、そこに書いた設定は反映されません。',
      },
      message: {
        en: (a) => `${a.path} is not valid JSON at line ${a.line}, column ${a.column}: ${a.message}`,
        ja: (a) => `${a.path} の ${a.line} 行 ${a.column} 列が正しい JSON ではありません：${detailJa(a.message)}。`,
      },
      fix: {
        en: (a) => [
          `Fix line ${a.line} of ${a.path}, then check it in Claude Code with /status (setting sources) or \`claude doctor\`.`,
        ],
        ja: (a) => [
          `${a.path} の ${a.line} 行目を修正し、Claude Code の /status（設定の読み込み元）か \`claude doctor\` で確認します。`,
        ],
      },
      example: {
        path: '~/.claude/settings.json',
        line: 4,
        column: 3,
        message: "Expected ',' or '}' after property value",
      },
    }),
  ),

  'claude-code/settings-lenient-json': lazy(() =>
    spec<{ path: string; layer: Layer; what: 'comments' | 'trailing-comma' }>({
      severity: 'error',
      title: {
        en: 'A Claude Code settings file has comments or trailing commas',
        ja: 'Claude Code の設定ファイルにコメントまたは末尾のカンマがあります',
      },
      why: {
        en: 'Claude Code reads settings files as strict JSON. Comments or a trailing comma, which many editors accept, make it ignore the whole file: its env values, apiKeyHelper and model have no effect.',
        ja: 'Claude Code は設定ファイルを厳密な JSON として読みます。多くのエディターが許すコメントや末尾のカンマがあると、ファイル全体が無視され、env の値・apiKeyHelper・model が反映されません。',
      },
      message: {
        en: (a) =>
          `${a.path} (${LAYER_NAMES[a.layer].en}) has ${a.what === 'comments' ? 'comments' : 'a trailing comma'}, so Claude Code ignores the whole file.`,
        ja: (a) =>
          `${a.path}（${LAYER_NAMES[a.layer].ja}）に${a.what === 'comments' ? 'コメント' : '末尾のカンマ'}があるため、Claude Code はファイル全体を無視します。`,
      },
      fix: {
        en: (a) => [
          `Remove every comment and trailing comma from ${a.path} (\`node -e 'JSON.parse(require("fs").readFileSync(0))' < ${a.path}\` checks it).`,
        ],
        ja: (a) => [
          `${a.path} からコメントと末尾のカンマをすべて削除します（\`node -e 'JSON.parse(require("fs").readFileSync(0))' < ${a.path}\` で確認できます）。`,
        ],
      },
      example: { path: '.claude/settings.local.json', layer: 'local', what: 'trailing-comma' },
      exampleLocation: { kind: 'file', path: '.claude/settings.local.json' },
    }),
  ),
};
