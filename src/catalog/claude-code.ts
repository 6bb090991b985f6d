// claude-code/*: which credential Claude Code really uses, and what it ignores or refuses.
// Facts: /work/shared/reference/claude-code.md §1, §4 (Claude Code docs: authentication; public issues).
import type { Redacted } from '../secrets.js';
import type { CredentialKind, Lang, Location } from '../types.js';
import { lazy, spec } from './define.js';
import { CREDENTIAL_NAMES, list, spaced, where } from './words.js';

/** Every place, as one line each language reads: `~/.bashrc:12, environment variable X`. */
export const places = (locs: Location[], lang: Lang) =>
  list(
    locs.map((l) => where(l, lang)),
    lang,
  );

/** One credential as the findings show it: its kind, where it is set, and its redacted form when it has one. */
export interface Held {
  kind: CredentialKind;
  at?: Location;
  credential?: Redacted;
}

const held = (h: Held, lang: Lang) => {
  const paren = lang === 'ja' ? (text: string) => `（${text}）` : (text: string) => ` (${text})`;
  const at = h.at ? paren(where(h.at, lang)) : '';
  const shown = h.credential ? `${lang === 'ja' ? '' : ' '}${h.credential}` : '';
  return `${CREDENTIAL_NAMES[h.kind][lang]}${shown}${at}`;
};

const example = 'sk-ant-api03-…x9AA (108 chars, #3f9a01c2)' as Redacted;
const rc: Location = { kind: 'file', path: '~/.bashrc', line: 12, column: 8, key: 'ANTHROPIC_API_KEY' };
const login: Location = { kind: 'file', path: '~/.claude/.credentials.json' };
const managed: Location = {
  kind: 'file',
  path: '/etc/claude-code/managed-settings.json',
  line: 3,
  key: 'forceLoginMethod',
};

/** How to drop a credential, by where it is set: an rc line, a settings file's env, the shell. */
function dropStep(name: string, at: Location, lang: Lang): string {
  if (at.kind === 'file' && at.path.endsWith('.json')) {
    return lang === 'ja'
      ? spaced(where(at, lang), ' の設定ファイルから ', name, ' を削除します。')
      : `Delete ${name} from the settings file ${where(at, lang)}.`;
  }
  if (at.kind === 'file') {
    return lang === 'ja'
      ? spaced(where(at, lang), ' の ', name, ' の行を削除し、新しいシェルを開きます。')
      : `Delete the ${name} line at ${where(at, lang)} and open a new shell.`;
  }
  return lang === 'ja'
    ? `\`unset ${name}\` を実行します（${where(at, lang)}）。`
    : `Run \`unset ${name}\` (${where(at, lang)}).`;
}

export const claudeCodeCodes = {
  'claude-code/api-key-overrides-subscription': lazy(() =>
    spec<{
      kind: CredentialKind;
      name: string;
      places: Location[];
      approved: boolean;
      login: string;
      /** The base URL, when it is not Anthropic's: the requests and the token are a gateway's. */
      gateway?: string;
    }>({
      severity: 'warning',
      title: {
        en: 'An API key beats your Claude subscription login',
        ja: 'APIキーが Claude のサブスクリプションのログインより優先されています',
      },
      why: {
        en: 'Claude Code uses ANTHROPIC_API_KEY, ANTHROPIC_AUTH_TOKEN or an apiKeyHelper before the /login of a Pro, Max, Team or Enterprise subscription. Requests are then billed to the key\'s Console organization, not to the subscription: "Credit balance is too low", "This organization has been disabled" or low rate limits follow although the subscription is active.',
        ja: 'Claude Code は Pro・Max・Team・Enterprise のサブスクリプションの /login より、ANTHROPIC_API_KEY・ANTHROPIC_AUTH_TOKEN・apiKeyHelper を優先します。リクエストはサブスクリプションではなく APIキーの Console 組織に課金されるため、サブスクリプションが有効でも「Credit balance is too low」「This organization has been disabled」や低いレート制限が起こります。',
      },
      message: {
        en: (a) =>
          `Claude Code uses the ${CREDENTIAL_NAMES[a.kind].en} set at ${places(a.places, 'en')}, not your subscription login (${a.login}): ${a.gateway ? `requests go to the gateway at ${a.gateway} and are billed as that gateway bills them, not to the subscription` : "requests are billed to that key's organization"}.${a.approved ? ' You approved this key in Claude Code (~/.claude.json).' : ''}`,
        ja: (a) =>
          `Claude Code はサブスクリプションのログイン（${a.login}）ではなく、${spaced(places(a.places, 'ja'), ' で設定された', CREDENTIAL_NAMES[a.kind].ja, 'を使います。')}${a.gateway ? `リクエストはゲートウェイ ${a.gateway} に送られ、サブスクリプションではなくそのゲートウェイの方法で課金されます。` : 'リクエストはそのキーの組織に課金されます。'}${a.approved ? 'このキーは Claude Code で承認済みです（~/.claude.json）。' : ''}`,
      },
      fix: {
        en: (a) => [
          ...(a.gateway
            ? ['If the gateway is what you want, nothing needs fixing: run /logout to drop the unused login.']
            : []),
          ...a.places.map((at) => dropStep(a.name, at, 'en')),
          'Start Claude Code again and run /status: it should show your subscription login.',
        ],
        ja: (a) => [
          ...(a.gateway
            ? ['ゲートウェイを使うつもりなら修正は不要です。使わないログインは /logout で削除できます。']
            : []),
          ...a.places.map((at) => dropStep(a.name, at, 'ja')),
          'Claude Code を起動し直して /status を実行し、サブスクリプションのログインが表示されることを確認します。',
        ],
      },
      example: {
        kind: 'api-key',
        name: 'ANTHROPIC_API_KEY',
        places: [rc, { kind: 'env', name: 'ANTHROPIC_API_KEY' }],
        approved: true,
        login: '~/.claude/.credentials.json',
      },
      exampleLocation: rc,
    }),
  ),

  'claude-code/auth-conflict': lazy(() =>
    spec<{ winner: Held; losers: Held[] }>({
      severity: 'warning',
      title: { en: 'Claude Code finds more than one credential', ja: 'Claude Code に複数の認証情報があります' },
      why: {
        en: 'Claude Code uses one credential, by a fixed order (cloud provider, ANTHROPIC_AUTH_TOKEN, ANTHROPIC_API_KEY, apiKeyHelper, CLAUDE_CODE_OAUTH_TOKEN, the /login subscription) and warns "Auth conflict: Both a token and an API key are set". The others are silently unused: a change to one of them has no effect, and the one that wins may belong to another account.',
        ja: 'Claude Code は決まった順序（クラウドプロバイダー、ANTHROPIC_AUTH_TOKEN、ANTHROPIC_API_KEY、apiKeyHelper、CLAUDE_CODE_OAUTH_TOKEN、/login のサブスクリプション）で認証情報を一つだけ使い、「Auth conflict: Both a token and an API key are set」と警告します。ほかの認証情報は黙って使われないため、それを変えても効果がなく、使われる方が別のアカウントのものかもしれません。',
      },
      message: {
        en: (a) =>
          `Claude Code uses the ${held(a.winner, 'en')}; it does not use ${list(
            a.losers.map((l) => `the ${held(l, 'en')}`),
            'en',
          )}.`,
        ja: (a) =>
          spaced(
            'Claude Code は',
            held(a.winner, 'ja'),
            'を使い、',
            list(
              a.losers.map((l) => held(l, 'ja')),
              'ja',
            ),
            'は使いません。',
          ),
      },
      fix: {
        en: () => [
          'Keep the one credential you mean Claude Code to use and delete the others from the places named above.',
          'Run /status in Claude Code to see which credential it uses.',
        ],
        ja: () => [
          'Claude Code に使わせたい認証情報だけを残し、上に挙げた場所からほかの認証情報を削除します。',
          'Claude Code で /status を実行し、使われている認証情報を確認します。',
        ],
      },
      example: {
        winner: { kind: 'auth-token', at: { kind: 'env', name: 'ANTHROPIC_AUTH_TOKEN' } },
        losers: [{ kind: 'api-key', at: rc, credential: example }],
      },
    }),
  ),

  'claude-code/key-declined': lazy(() =>
    spec<{ name: string; path: string }>({
      severity: 'warning',
      title: {
        en: 'Claude Code ignores this API key: you declined it',
        ja: 'この APIキーは拒否済みのため Claude Code は使いません',
      },
      why: {
        en: "The first time an interactive Claude Code session sees ANTHROPIC_API_KEY it asks whether to use it, and remembers the answer (the key's last 20 characters, in ~/.claude.json). A declined key is then ignored without a word, while `claude -p` (scripts, CI) still uses it: the same machine behaves differently in a terminal and in a script.",
        ja: '対話型の Claude Code は ANTHROPIC_API_KEY を初めて見たときに使うかどうかを尋ね、その答え（キーの末尾 20 文字）を ~/.claude.json に記録します。拒否したキーはその後何も言わずに無視されますが、`claude -p`（スクリプトや CI）は使い続けます。同じマシンでもターミナルとスクリプトで動作が変わります。',
      },
      message: {
        en: (a) =>
          `${a.name} was declined in Claude Code (${a.path}): interactive sessions ignore it, \`claude -p\` still uses it.`,
        ja: (a) =>
          `${a.name} は Claude Code で拒否済みです（${a.path}）。対話型セッションでは無視されますが、\`claude -p\` では使われます。`,
      },
      fix: {
        en: (a) => [
          `If Claude Code should not use this key at all, unset ${a.name} (then \`claude -p\` does not use it either).`,
          `If it should, quit Claude Code and delete the key's entry from customApiKeyResponses.rejected in ${a.path}; Claude Code asks again at the next start.`,
        ],
        ja: (a) => [
          `このキーを Claude Code で一切使わない場合は ${a.name} を削除します（\`claude -p\` でも使われなくなります）。`,
          `使う場合は Claude Code を終了し、${a.path} の customApiKeyResponses.rejected からこのキーの項目を削除します。次回の起動時に再度確認されます。`,
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY', path: '~/.claude.json' },
      exampleLocation: { kind: 'env', name: 'ANTHROPIC_API_KEY' },
    }),
  ),

  'claude-code/login-forced': lazy(() =>
    spec<{ name: string; key: string; method: string; at: Location }>({
      severity: 'error',
      title: {
        en: 'Managed settings force a login method: this credential is refused',
        ja: '管理設定がログイン方法を強制しているため、この認証情報は拒否されます',
      },
      why: {
        en: 'With forceLoginMethod (or forceLoginOrgUUID) in managed settings, Claude Code refuses ANTHROPIC_API_KEY, ANTHROPIC_AUTH_TOKEN and apiKeyHelper at start-up: only the forced /login works.',
        ja: '管理設定に forceLoginMethod（または forceLoginOrgUUID）があると、Claude Code は起動時に ANTHROPIC_API_KEY・ANTHROPIC_AUTH_TOKEN・apiKeyHelper を拒否し、強制されたログイン方法（/login）しか使えません。',
      },
      message: {
        en: (a) => `${where(a.at, 'en')} sets ${a.key} = "${a.method}", so Claude Code refuses ${a.name}.`,
        ja: (a) =>
          spaced(
            where(a.at, 'ja'),
            ' で ',
            a.key,
            ' = "',
            a.method,
            '" が設定されているため、Claude Code は ',
            a.name,
            ' を拒否します。',
          ),
      },
      fix: {
        en: (a, loc) => [
          loc ? dropStep(a.name, loc, 'en') : `Remove ${a.name}.`,
          'Run /login in Claude Code with the account your administrator requires.',
        ],
        ja: (a, loc) => [
          loc ? dropStep(a.name, loc, 'ja') : `${a.name} を削除します。`,
          'Claude Code で /login を実行し、管理者が指定したアカウントでログインします。',
        ],
      },
      example: { name: 'ANTHROPIC_API_KEY', key: 'forceLoginMethod', method: 'claudeai', at: managed },
      exampleLocation: rc,
    }),
  ),

  'claude-code/no-credential': lazy(() =>
    spec<{ configDir: string; cause?: { name: string; at: Location } }>({
      severity: 'error',
      title: { en: 'Claude Code has no credential', ja: 'Claude Code に認証情報がありません' },
      why: {
        en: 'No cloud provider switch, ANTHROPIC_AUTH_TOKEN, ANTHROPIC_API_KEY, apiKeyHelper, CLAUDE_CODE_OAUTH_TOKEN or subscription login is available to Claude Code, so it stops with "Missing API key · Run /login", "Invalid API key · Please run /login" or, in `claude -p`, "Could not resolve authentication method". A key can be set and still be lost: a stronger settings layer that sets the variable to "" cancels it.',
        ja: 'Claude Code が使えるクラウドプロバイダーの設定、ANTHROPIC_AUTH_TOKEN、ANTHROPIC_API_KEY、apiKeyHelper、CLAUDE_CODE_OAUTH_TOKEN、サブスクリプションのログインのどれもないため、「Missing API key · Run /login」「Invalid API key · Please run /login」、`claude -p` では「Could not resolve authentication method」で止まります。キーが設定されていても、優先度の高い設定レイヤーが変数を ""（空）にすると打ち消されます。',
      },
      message: {
        en: (a) =>
          a.cause
            ? `Claude Code finds no credential: ${a.cause.name} is set, but the settings env at ${where(a.cause.at, 'en')} sets it to "" (empty), which cancels it.`
            : `Claude Code finds no credential: no key or token is set and there is no login in ${a.configDir}.`,
        ja: (a) =>
          a.cause
            ? spaced(
                'Claude Code の認証情報が見つかりません。',
                a.cause.name,
                ' は設定されていますが、',
                where(a.cause.at, 'ja'),
                ' の設定ファイルの env が空の値（""）にしているため打ち消されています。',
              )
            : `Claude Code の認証情報が見つかりません。キーもトークンも設定されておらず、${a.configDir} にログインもありません。`,
      },
      fix: {
        en: (a) =>
          a.cause
            ? [
                `Remove "${a.cause.name}": "" from the env of ${where(a.cause.at, 'en')}: the key you set is then used. No new key is needed.`,
              ]
            : [
                'Interactive use: run `claude` and /login with your Claude subscription or Console account.',
                'CI or scripts: set ANTHROPIC_API_KEY (a Console key), or CLAUDE_CODE_OAUTH_TOKEN from `claude setup-token`.',
              ],
        ja: (a) =>
          a.cause
            ? [
                spaced(
                  where(a.cause.at, 'ja'),
                  ' の env から "',
                  a.cause.name,
                  '": "" を削除します。設定済みのキーが使われるようになり、新しいキーは不要です。',
                ),
              ]
            : [
                '対話型で使う場合は、`claude` を起動し、/login で Claude のサブスクリプションまたは Console のアカウントでログインします。',
                'CI やスクリプトの場合は、環境変数 ANTHROPIC_API_KEY（Console の APIキー）か、`claude setup-token` で作った CLAUDE_CODE_OAUTH_TOKEN を設定します。',
              ],
      },
      example: { configDir: '~/.claude' },
    }),
  ),

  'claude-code/oauth-token-malformed': lazy(() =>
    spec<{
      name: string;
      problems: ('whitespace' | 'prefix' | 'short')[];
      looksLike?: 'api-key' | 'refresh-token';
      /** With `short`: the characters after sk-ant-oat01-, and the fewest a real token has. */
      bodyLength?: number;
      minimum?: number;
    }>({
      severity: 'error',
      title: {
        en: 'CLAUDE_CODE_OAUTH_TOKEN is not a usable OAuth token',
        ja: 'CLAUDE_CODE_OAUTH_TOKEN が使える OAuth トークンではありません',
      },
      why: {
        en: 'CLAUDE_CODE_OAUTH_TOKEN must hold exactly the sk-ant-oat01-… token that `claude setup-token` prints. A space or line break around it (common in CI secrets), a token cut short, or another kind of credential, gives "Invalid bearer token" or "OAuth token has expired"; the GitHub action may even finish in seconds and report success.',
        ja: 'CLAUDE_CODE_OAUTH_TOKEN には `claude setup-token` が表示する sk-ant-oat01-… のトークンをそのまま入れる必要があります。前後の空白や改行（CI のシークレットでよく起こります）、途中で切れたトークン、別の種類の認証情報では「Invalid bearer token」や「OAuth token has expired」になり、GitHub Action が数秒で終わって成功と報告することさえあります。',
      },
      message: {
        en: (a) => {
          const parts = [
            a.problems.includes('whitespace') ? 'has whitespace inside or around it' : '',
            a.problems.includes('prefix') ? `does not start with sk-ant-oat01-${looksLike(a.looksLike, 'en')}` : '',
            a.problems.includes('short')
              ? `looks cut short: only ${a.bodyLength} characters follow sk-ant-oat01- (real tokens have at least ${a.minimum}; Anthropic does not publish the exact length)`
              : '',
          ].filter(Boolean);
          return `${a.name} ${parts.join(' and ')}.`;
        },
        ja: (a) => {
          const parts = [
            a.problems.includes('whitespace') ? '前後または途中に空白があります' : '',
            a.problems.includes('prefix') ? `sk-ant-oat01- で始まっていません${looksLike(a.looksLike, 'ja')}` : '',
            a.problems.includes('short')
              ? `途中で切れているようです。sk-ant-oat01- の後が ${a.bodyLength} 文字しかありません（実際のトークンは ${a.minimum} 文字以上です。正確な長さは Anthropic が公開していません）`
              : '',
          ].filter(Boolean);
          return `${a.name} は${parts.join('。また、')}。`;
        },
      },
      fix: {
        en: (a) => [
          'Run `claude setup-token` and copy the whole sk-ant-oat01-… line, without spaces or a line break.',
          `Set ${a.name} to it again (in CI, edit the secret: paste without a trailing newline).`,
        ],
        ja: (a) => [
          '`claude setup-token` を実行し、sk-ant-oat01-… の行全体を空白や改行を含めずにコピーします。',
          `${a.name} にその値を設定し直します（CI ではシークレットを編集し、末尾に改行を入れずに貼り付けます）。`,
        ],
      },
      example: { name: 'CLAUDE_CODE_OAUTH_TOKEN', problems: ['whitespace', 'prefix'], looksLike: 'api-key' },
      exampleLocation: { kind: 'env', name: 'CLAUDE_CODE_OAUTH_TOKEN' },
    }),
  ),

  'claude-code/oauth-not-probed': lazy(() =>
    spec<{ kind: CredentialKind }>({
      severity: 'info',
      title: { en: 'The subscription credential was not probed', ja: 'サブスクリプションの認証情報は検証していません' },
      why: {
        en: 'Claude Code sends OAuth tokens (the /login subscription, CLAUDE_CODE_OAUTH_TOKEN) to an endpoint whose rules are not documented, so claude-doctor does not send them by default: it cannot say whether the token still works.',
        ja: 'Claude Code は OAuth トークン（/login のサブスクリプション、CLAUDE_CODE_OAUTH_TOKEN）を仕様が公開されていないエンドポイントに送るため、claude-doctor はデフォルトではこれを送信しません。トークンがまだ有効かどうかは判断できません。',
      },
      message: {
        en: (a) => `Claude Code uses the ${CREDENTIAL_NAMES[a.kind].en}; it was not probed.`,
        ja: (a) => `Claude Code は${CREDENTIAL_NAMES[a.kind].ja}を使います。これは検証していません。`,
      },
      fix: {
        en: () => [
          'Run /status in Claude Code to see the login, or rerun claude-doctor with --probe-oauth to probe an OAuth token anyway.',
        ],
        ja: () => [
          'Claude Code で /status を実行してログインを確認するか、claude-doctor を --probe-oauth 付きで実行し直して OAuth トークンを検証します。',
        ],
      },
      example: { kind: 'subscription' },
      exampleLocation: login,
    }),
  ),
};

function looksLike(kind: 'api-key' | 'refresh-token' | undefined, lang: Lang): string {
  if (kind === 'api-key') return lang === 'ja' ? '（APIキーのようです）' : ' (it looks like an API key)';
  if (kind === 'refresh-token')
    return lang === 'ja' ? '（リフレッシュトークンのようです）' : ' (it looks like a refresh token)';
  return '';
}
