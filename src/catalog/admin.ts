// Why a key was rejected, as the Admin API's record of it says (issue #16), and what stood in the way of
// asking. The record's name and ids are outside text, neutralised by the renderer like every argument.
import type { Lang } from '../types.js';
import { lazy, spec } from './define.js';
import { CONSOLE_KEYS_URL, list } from './words.js';

interface KeyRecord {
  name: string;
  id: string;
  /** `default`: the Default Workspace. */
  workspace: string;
  status: string;
}

const keyWords = (keys: KeyRecord[], lang: Lang) =>
  list(
    keys.map((k) =>
      lang === 'en'
        ? `"${k.name}" (${k.id}, ${k.workspace === 'default' ? 'Default Workspace' : `workspace ${k.workspace}`})`
        : `「${k.name}」（${k.id}、${k.workspace === 'default' ? 'デフォルトのワークスペース' : `ワークスペース ${k.workspace}`}）`,
    ),
    lang,
  );

const keys: KeyRecord[] = [
  { name: 'ci-deploy', id: 'apikey_01Rj2N8SVvo6BePZj99NhmiT', workspace: 'default', status: 'inactive' },
];

const LOOKUP_REASONS: Record<string, Record<Lang, string>> = {
  timeout: { en: 'no answer in time', ja: '時間内に応答なし' },
  unreachable: { en: 'not reachable', ja: '接続できません' },
  garbled: { en: 'not a list of keys', ja: 'キー一覧ではありません' },
  http: { en: 'an error answer', ja: 'エラーの応答' },
};

const reasonWords = (a: { reason: string; status?: number }, lang: Lang) =>
  a.status ? `HTTP ${a.status}` : (LOOKUP_REASONS[a.reason]?.[lang] ?? a.reason);

const WHY_LOOKUP = {
  en: 'An Admin key was available (ANTHROPIC_ADMIN_KEY or --admin-key-env), so claude-doctor looked the refused key up in the organization with GET /v1/organizations/api_keys (read-only), by the hint the Admin API keeps of each key (its first 16 and last 4 characters).',
  ja: 'Admin キー（ANTHROPIC_ADMIN_KEY または --admin-key-env）があったため、claude-doctor は拒否されたキーを GET /v1/organizations/api_keys（読み取りのみ）で組織内から探しました。Admin API が各キーについて保持するヒント（先頭 16 文字と末尾 4 文字）で照合します。',
};

const record = <A extends { keys: KeyRecord[] }>(entry: {
  title: Record<Lang, string>;
  why: Record<Lang, string>;
  message: Record<Lang, (a: A) => string>;
  fix: Record<Lang, string[]>;
  example: A;
}) =>
  spec<A>({
    severity: 'info',
    title: entry.title,
    why: { en: `${WHY_LOOKUP.en} ${entry.why.en}`, ja: `${WHY_LOOKUP.ja}${entry.why.ja}` },
    message: entry.message,
    fix: { en: () => entry.fix.en, ja: () => entry.fix.ja },
    example: entry.example,
  });

export const adminCodes = {
  'admin/key-disabled': lazy(() =>
    record({
      title: { en: 'An admin disabled the key', ja: '管理者がキーを無効にしています' },
      why: {
        en: 'Its status is `inactive`: an admin of the organization turned it off. It can be turned on again.',
        ja: 'ステータスは `inactive` です。組織の管理者が無効にしました。再び有効にできます。',
      },
      message: {
        en: (a) => `The refused key is ${keyWords(a.keys, 'en')}: an admin disabled it (status \`inactive\`).`,
        ja: (a) =>
          `拒否されたキーは${keyWords(a.keys, 'ja')}です。管理者が無効にしています（ステータス \`inactive\`）。`,
      },
      fix: {
        en: [
          `Ask an admin whether it was disabled on purpose; if not, they can turn it on again in the Console (${CONSOLE_KEYS_URL}).`,
          'If it was disabled on purpose, use another key of the workspace.',
        ],
        ja: [
          `意図して無効にしたのかを管理者に確認します。そうでなければ、管理者が Console（${CONSOLE_KEYS_URL}）で再び有効にできます。`,
          '意図して無効にした場合は、そのワークスペースの別のキーを使います。',
        ],
      },
      example: { keys },
    }),
  ),

  'admin/key-archived': lazy(() =>
    record({
      title: { en: 'The key is archived', ja: 'キーはアーカイブされています' },
      why: {
        en: 'Its status is `archived`: the key itself, or its whole workspace, was archived. That is permanent: archiving a workspace revokes all its keys.',
        ja: 'ステータスは `archived` です。キー自体、またはワークスペース全体がアーカイブされました。元には戻せません。ワークスペースをアーカイブすると、そのキーはすべて失効します。',
      },
      message: {
        en: (a) => `The refused key is ${keyWords(a.keys, 'en')}: it, or its workspace, is archived.`,
        ja: (a) =>
          `拒否されたキーは${keyWords(a.keys, 'ja')}です。キーまたはそのワークスペースがアーカイブされています。`,
      },
      fix: {
        en: [`Create a new key in an active workspace (${CONSOLE_KEYS_URL}) and put it where this one was.`],
        ja: [`有効なワークスペースで新しいキーを作成し（${CONSOLE_KEYS_URL}）、このキーがあった場所に設定します。`],
      },
      example: { keys: [{ ...keys[0]!, status: 'archived', workspace: 'wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ' }] },
    }),
  ),

  'admin/key-expired': lazy(() =>
    record<{ keys: KeyRecord[]; date?: string }>({
      title: { en: 'The key has expired', ja: 'キーの有効期限が切れています' },
      why: {
        en: 'Keys can have an expiry date; an expired key is refused with 401 and cannot be reactivated.',
        ja: 'キーには有効期限を設定できます。期限切れのキーは 401 で拒否され、再び有効にはできません。',
      },
      message: {
        en: (a) => `The refused key is ${keyWords(a.keys, 'en')}: it expired${a.date ? ` on ${a.date}` : ''}.`,
        ja: (a) =>
          `拒否されたキーは${keyWords(a.keys, 'ja')}です。${a.date ? `${a.date} に` : ''}有効期限が切れています。`,
      },
      fix: {
        en: [
          `Create a new key (${CONSOLE_KEYS_URL}), with a later expiry date or none, and put it where this one was.`,
        ],
        ja: [
          `新しいキーを作成し（${CONSOLE_KEYS_URL}）、期限を先にするか期限なしにして、このキーがあった場所に設定します。`,
        ],
      },
      example: { keys: [{ ...keys[0]!, status: 'expired' }], date: '2026-11-30' },
    }),
  ),

  'admin/key-active': lazy(() =>
    record({
      title: { en: 'The key is active, yet refused', ja: 'キーは有効なのに拒否されました' },
      why: {
        en: 'A key with this hint is active in the organization, so what was sent differs from the key as issued (a typo or a cut in the middle, which the hint does not see), or it was sent to another region or endpoint.',
        ja: 'このヒントを持つキーは組織内で有効です。送った値が発行されたキーと異なる（ヒントに含まれない中間部分の誤記や欠け）か、別のリージョンやエンドポイントに送っています。',
      },
      message: {
        en: (a) =>
          `A key with the same beginning and end, ${keyWords(a.keys, 'en')}, is active: the key text sent differs from the one issued, or the endpoint is not the one it belongs to.`,
        ja: (a) =>
          `先頭と末尾が同じキー${keyWords(a.keys, 'ja')}は有効です。送ったキーの文字列が発行されたものと異なるか、キーの属さないエンドポイントに送っています。`,
      },
      fix: {
        en: [
          'Copy the key again from where it was issued (a password manager, the secret store) and compare it with this one in full.',
          'Check the base URL: the key belongs to the endpoint of its organization.',
        ],
        ja: [
          '発行元（パスワードマネージャー、シークレットストア）からキーをもう一度コピーし、全体を比べます。',
          'ベースURL を確認します。キーはその組織のエンドポイントで使うものです。',
        ],
      },
      example: { keys: [{ ...keys[0]!, status: 'active' }] },
    }),
  ),

  'admin/key-not-found': lazy(() =>
    spec<Record<string, never>>({
      severity: 'info',
      title: { en: 'No such key in this organization', ja: 'この組織にそのキーはありません' },
      why: {
        en: `${WHY_LOOKUP.en} No key of the Admin key's organization, in any status, has this hint: the key was deleted, or it belongs to another organization.`,
        ja: `${WHY_LOOKUP.ja}Admin キーの組織には、どのステータスでもこのヒントを持つキーがありません。キーは削除されたか、別の組織のキーです。`,
      },
      message: {
        en: () =>
          "No key of the Admin key's organization matches the refused key: it was deleted, or it belongs to another organization.",
        ja: () => '拒否されたキーに一致するキーは Admin キーの組織にありません。削除されたか、別の組織のキーです。',
      },
      fix: {
        en: () => [
          'If the key belongs to another organization, use that organization’s Admin key to look it up, or ask its admins.',
          `Otherwise create a new key (${CONSOLE_KEYS_URL}) and put it where this one was.`,
        ],
        ja: () => [
          '別の組織のキーであれば、その組織の Admin キーで調べるか、その組織の管理者に確認します。',
          `そうでなければ新しいキーを作成し（${CONSOLE_KEYS_URL}）、このキーがあった場所に設定します。`,
        ],
      },
      example: {},
    }),
  ),

  'admin/key-expires-soon': lazy(() =>
    spec<{ keys: KeyRecord[]; date: string; days: number }>({
      severity: 'warning',
      title: { en: 'The key expires soon', ja: 'キーの有効期限がまもなく切れます' },
      why: {
        en: 'The key works today, but the Admin API says it has an expiry date within a week. An expired key is refused with 401 and cannot be reactivated.',
        ja: 'キーは現在使えますが、Admin API によると 1 週間以内に有効期限が切れます。期限切れのキーは 401 で拒否され、再び有効にはできません。',
      },
      message: {
        en: (a) =>
          `The key ${keyWords(a.keys, 'en')} expires on ${a.date}, in ${a.days} day${a.days === 1 ? '' : 's'}.`,
        ja: (a) => `キー${keyWords(a.keys, 'ja')}は ${a.date} に有効期限が切れます（あと ${a.days} 日）。`,
      },
      fix: {
        en: () => [`Create its successor now (${CONSOLE_KEYS_URL}) and replace the key before it expires.`],
        ja: () => [`後継のキーを今のうちに作成し（${CONSOLE_KEYS_URL}）、期限までに置き換えます。`],
      },
      example: { keys: [{ ...keys[0]!, status: 'active' }], date: '2026-12-05', days: 4 },
    }),
  ),

  'admin/not-sent': lazy(() =>
    spec<{ host: string }>({
      severity: 'info',
      title: { en: 'The Admin key was not sent there', ja: 'Admin キーはそこへ送っていません' },
      why: {
        en: "An Admin key can read and disable every key of an organization, so claude-doctor sends it only to Anthropic's own API (https://api.anthropic.com) or a test server on this machine named with --base-url, directly, never to a gateway or proxy in between, and never to a base URL from a project file.",
        ja: 'Admin キーは組織のすべてのキーを読み取り、無効にできます。そのため claude-doctor はこのキーを Anthropic 自身の API（https://api.anthropic.com）か、--base-url で指定したこのマシン上のテストサーバーにだけ直接送ります。途中のゲートウェイやプロキシ、プロジェクトのファイルが指定したベースURL には送りません。',
      },
      message: {
        en: (a) =>
          `The refused key was probed at ${a.host}, which is not Anthropic's own API: the Admin key was not sent there, so the key was not looked up.`,
        ja: (a) =>
          `拒否されたキーのライブ検査先 ${a.host} は Anthropic 自身の API ではないため、Admin キーを送らず、キーの照会も行っていません。`,
      },
      fix: {
        en: () => [
          'Look the key up in the Console instead, or run claude-doctor where the client talks to https://api.anthropic.com directly.',
        ],
        ja: () => [
          '代わりに Console でキーを確認するか、クライアントが https://api.anthropic.com に直接接続する環境で claude-doctor を実行します。',
        ],
      },
      example: { host: 'llm-gateway.example.net' },
    }),
  ),

  'admin/no-permission': lazy(() =>
    spec<{ name: string }>({
      severity: 'warning',
      title: { en: 'The Admin key may not list keys', ja: 'Admin キーにキー一覧の権限がありません' },
      why: {
        en: 'The Admin API answered 403 permission_error to GET /v1/organizations/api_keys: the key in this variable is not an Admin key of an organization admin, or it lacks that permission.',
        ja: 'Admin API は GET /v1/organizations/api_keys に 403 permission_error を返しました。この変数のキーは組織管理者の Admin キーではないか、その権限がありません。',
      },
      message: {
        en: (a) =>
          `The key in ${a.name} may not list the organization's API keys (403): the refused key was not looked up.`,
        ja: (a) =>
          `${a.name} のキーには組織の APIキー一覧を読む権限がありません（403）。拒否されたキーは照会していません。`,
      },
      fix: {
        en: (a) => [
          `Put an Admin key (sk-ant-admin01-, created by an organization admin in the Console) in ${a.name}.`,
        ],
        ja: (a) => [`組織の管理者が Console で作成した Admin キー（sk-ant-admin01-）を ${a.name} に設定します。`],
      },
      example: { name: 'ANTHROPIC_ADMIN_KEY' },
    }),
  ),

  'admin/key-rejected': lazy(() =>
    spec<{ name: string }>({
      severity: 'warning',
      title: { en: 'The Admin key was refused', ja: 'Admin キーが拒否されました' },
      why: {
        en: 'The Admin API answered 401 to the Admin key itself: it is wrong, revoked or expired, or it is not an Admin key.',
        ja: 'Admin API は Admin キー自体に 401 を返しました。キーが誤っているか、失効・期限切れか、Admin キーではありません。',
      },
      message: {
        en: (a) => `The Admin API refused the key in ${a.name} (401): the refused key was not looked up.`,
        ja: (a) => `Admin API は ${a.name} のキーを拒否しました（401）。拒否されたキーは照会していません。`,
      },
      fix: {
        en: (a) => [`Check the Admin key in ${a.name} in the Console (\`Settings > Admin keys\`).`],
        ja: (a) => [`${a.name} の Admin キーを Console（\`Settings > Admin keys\`）で確認します。`],
      },
      example: { name: 'ANTHROPIC_ADMIN_KEY' },
    }),
  ),

  'admin/lookup-failed': lazy(() =>
    spec<{ reason: string; status?: number }>({
      severity: 'info',
      title: { en: 'The key could not be looked up', ja: 'キーを照会できませんでした' },
      why: {
        en: 'The Admin API did not give a usable list of keys in time, so claude-doctor cannot say why the key was refused.',
        ja: 'Admin API から時間内に使えるキー一覧を得られなかったため、claude-doctor はキーが拒否された理由を示せません。',
      },
      message: {
        en: (a) =>
          `The Admin API's list of keys could not be read (${reasonWords(a, 'en')}): the refused key was not looked up.`,
        ja: (a) =>
          `Admin API のキー一覧を読めませんでした（${reasonWords(a, 'ja')}）。拒否されたキーは照会していません。`,
      },
      fix: {
        en: () => ['Run again with a longer --timeout, or look the key up in the Console.'],
        ja: () => ['--timeout を長くしてもう一度実行するか、Console でキーを確認します。'],
      },
      example: { reason: 'timeout' },
    }),
  ),

  'admin/key-unset': lazy(() =>
    spec<{ name: string }>({
      severity: 'warning',
      title: { en: 'The Admin key variable is not set', ja: 'Admin キーの環境変数が設定されていません' },
      why: {
        en: '--admin-key-env names the environment variable that holds the Admin key (a key never goes on the command line), but that variable is not set or empty.',
        ja: '--admin-key-env は Admin キーを保持する環境変数の名前を指定します（キーをコマンドラインに書くことはありません）が、その変数が未設定か空です。',
      },
      message: {
        en: (a) => `--admin-key-env names ${a.name}, which is not set: no key was looked up.`,
        ja: (a) => `--admin-key-env が指定する ${a.name} は設定されていないため、キーの照会は行っていません。`,
      },
      fix: {
        en: (a) => [`Export the Admin key as ${a.name} in this shell, or name the variable that holds it.`],
        ja: (a) => [`このシェルで Admin キーを ${a.name} として export するか、キーを保持する変数の名前を指定します。`],
      },
      example: { name: 'ORG_ADMIN_KEY' },
    }),
  ),
};
