// What Anthropic's status page says about a failed probe (issue #16), and whose key answered: two setups
// whose keys belong to different organizations. The page's strings are outside text, neutralised by the
// renderer like every argument.
import type { Lang } from '../types.js';
import { lazy, spec } from './define.js';
import { impactWord, list } from './words.js';

const STATUS_PAGE = 'https://status.claude.com';

export type StatusState = 'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance';

const STATE_WORDS: Record<StatusState, Record<Lang, string>> = {
  degraded_performance: { en: 'degraded performance', ja: '性能の低下' },
  partial_outage: { en: 'a partial outage', ja: '部分的な障害' },
  major_outage: { en: 'a major outage', ja: '大規模な障害' },
  under_maintenance: { en: 'maintenance', ja: 'メンテナンス' },
};

interface Incident {
  name: string;
  impact: string;
  since?: string;
}

const incidentWords = (incidents: Incident[], lang: Lang) =>
  incidents
    .map((i) =>
      lang === 'en'
        ? `"${i.name}" (impact ${impactWord(i.impact, lang)}${i.since ? `, since ${i.since}` : ''})`
        : `「${i.name}」（影響：${impactWord(i.impact, lang)}${i.since ? `、${i.since} から` : ''}）`,
    )
    .join(lang === 'en' ? '; ' : '、');

const profileList = (profiles: string[], lang: Lang) => list(profiles, lang);

const UNKNOWN_REASONS: Record<string, Record<Lang, string>> = {
  unreachable: { en: 'it could not be reached', ja: '接続できませんでした' },
  timeout: { en: 'it did not answer in time', ja: '時間内に応答がありませんでした' },
  http: { en: 'it did not answer with the status', ja: 'ステータスを返しませんでした' },
  'not-json': { en: 'its answer was not JSON', ja: '応答が JSON ではありませんでした' },
  garbled: { en: 'its answer was not a status summary', ja: '応答がステータスの概要ではありませんでした' },
};

export const statusCodes = {
  'status/incident': lazy(() =>
    spec<{
      profiles: string[];
      component?: string;
      state?: StatusState;
      since?: string;
      incidents: Incident[];
    }>({
      severity: 'warning',
      title: {
        en: "Anthropic's status page reports a problem",
        ja: 'Anthropic のステータスページが障害を報告しています',
      },
      why: {
        en: `The probe failed on Anthropic's side or did not reach it, and Anthropic's status page (${STATUS_PAGE}) reports trouble with the Claude API or an open incident at the same time: the failure is probably theirs, not your setup's.`,
        ja: `ライブ検査が Anthropic 側で失敗したか Anthropic に到達せず、同時に Anthropic のステータスページ（${STATUS_PAGE}）が Claude API の障害か未解決のインシデントを報告しています。原因は設定ではなく Anthropic 側にある可能性が高いです。`,
      },
      message: {
        en: (a) =>
          [
            a.state && a.component
              ? `Anthropic reports ${STATE_WORDS[a.state].en} of ${a.component}${a.since ? ` since ${a.since}` : ''}.`
              : "Anthropic's status page shows the Claude API as operational, but reports an open incident.",
            a.incidents.length ? `Open incidents: ${incidentWords(a.incidents, 'en')}.` : '',
            `This may explain the failed probe of ${profileList(a.profiles, 'en')}.`,
          ]
            .filter(Boolean)
            .join(' '),
        ja: (a) =>
          [
            a.state && a.component
              ? `Anthropic は「${a.component}」の${STATE_WORDS[a.state].ja}を報告しています${a.since ? `（${a.since} から）` : ''}。`
              : 'Anthropic のステータスページでは Claude API は稼働中ですが、未解決のインシデントがあります。',
            a.incidents.length ? `未解決のインシデント：${incidentWords(a.incidents, 'ja')}。` : '',
            `${profileList(a.profiles, 'ja')} のライブ検査の失敗はこれが原因かもしれません。`,
          ]
            .filter(Boolean)
            .join(''),
      },
      fix: {
        en: () => [
          `Follow the incident on ${STATUS_PAGE} and run claude-doctor again once it is resolved; no change to your setup is needed for it.`,
          'If the failure stays after the page shows the Claude API as operational again, look at the probe finding itself.',
        ],
        ja: () => [
          `${STATUS_PAGE} でインシデントの状況を確認し、解決したら claude-doctor をもう一度実行します。このために設定を変える必要はありません。`,
          'ステータスページで Claude API が稼働中に戻っても失敗が続く場合は、ライブ検査の指摘そのものを確認します。',
        ],
      },
      example: {
        profiles: ['p1'],
        component: 'Claude API (api.anthropic.com)',
        state: 'major_outage',
        since: '14:02 UTC',
        incidents: [{ name: 'Elevated errors on the Claude API', impact: 'major', since: '14:02 UTC' }],
      },
    }),
  ),

  'status/operational': lazy(() =>
    spec<{ profiles: string[]; unlisted?: boolean }>({
      severity: 'info',
      title: {
        en: "Anthropic's status page reports no problem",
        ja: 'Anthropic のステータスページは障害を報告していません',
      },
      why: {
        en: `The probe failed on the server's side or did not reach it, but Anthropic's status page (${STATUS_PAGE}) shows no open incident: look first between this machine and the API (network, proxy, firewall, a gateway in front).`,
        ja: `ライブ検査がサーバー側で失敗したか到達しませんでしたが、Anthropic のステータスページ（${STATUS_PAGE}）に未解決のインシデントはありません。まず、このマシンと API の間（ネットワーク、プロキシ、ファイアウォール、前段のゲートウェイ）を確認します。`,
      },
      message: {
        en: (a) =>
          `Anthropic's status page reports ${a.unlisted ? 'no open incident (it lists no Claude API component)' : 'the Claude API as operational, with no open incident'}, while the probe of ${profileList(a.profiles, 'en')} failed.`,
        ja: (a) =>
          `${profileList(a.profiles, 'ja')} のライブ検査は失敗しましたが、Anthropic のステータスページは${a.unlisted ? '未解決のインシデントを報告していません（Claude API の項目はありません）' : ' Claude API を稼働中とし、未解決のインシデントもありません'}。`,
      },
      fix: {
        en: () => [
          'Check the network path: the proxy variables (HTTPS_PROXY, NO_PROXY), a firewall, and the base URL if a gateway is in front.',
          'If it persists, retry later: a short failure can precede an incident on the page.',
        ],
        ja: () => [
          'ネットワーク経路を確認します。プロキシの環境変数（HTTPS_PROXY、NO_PROXY）、ファイアウォール、前段にゲートウェイがあればベースURL です。',
          '続く場合は時間をおいて再試行します。ステータスページにインシデントが載る前に短い障害が起きることがあります。',
        ],
      },
      example: { profiles: ['p1'] },
    }),
  ),

  'status/unknown': lazy(() =>
    spec<{ profiles: string[]; reason: string }>({
      severity: 'info',
      title: {
        en: "Anthropic's status could not be read",
        ja: 'Anthropic のステータスを取得できませんでした',
      },
      why: {
        en: `After the probe failed, claude-doctor asked Anthropic's status page (${STATUS_PAGE}, or CLAUDE_DOCTOR_STATUS_URL) whether Anthropic knows of a problem, but got no usable answer. The state of the Claude API is unknown: not known to be operational.`,
        ja: `ライブ検査の失敗後、claude-doctor は Anthropic のステータスページ（${STATUS_PAGE}、または CLAUDE_DOCTOR_STATUS_URL）に障害の有無を問い合わせましたが、使える応答がありませんでした。Claude API の状態は不明です（稼働中とは限りません）。`,
      },
      message: {
        en: (a) =>
          `The state of the Claude API is unknown: Anthropic's status page ${(UNKNOWN_REASONS[a.reason] ?? UNKNOWN_REASONS.garbled!).en} (probe of ${profileList(a.profiles, 'en')} failed).`,
        ja: (a) =>
          `Claude API の状態は不明です。Anthropic のステータスページは${(UNKNOWN_REASONS[a.reason] ?? UNKNOWN_REASONS.garbled!).ja}（${profileList(a.profiles, 'ja')} のライブ検査は失敗）。`,
      },
      fix: {
        en: () => [
          `Open ${STATUS_PAGE} in a browser.`,
          'If neither the API nor the status page can be reached, check this machine’s network and proxy first.',
        ],
        ja: () => [
          `ブラウザーで ${STATUS_PAGE} を開きます。`,
          'API にもステータスページにも接続できない場合は、まずこのマシンのネットワークとプロキシを確認します。',
        ],
      },
      example: { profiles: ['p1'], reason: 'timeout' },
    }),
  ),

  'api/different-organizations': lazy(() =>
    spec<{ organizations: { id: string; profiles: string[] }[] }>({
      severity: 'warning',
      title: {
        en: 'Setups use keys of different organizations',
        ja: '設定ごとに別の組織のキーを使っています',
      },
      why: {
        en: 'Each answer of the API names the organization the key belongs to (the anthropic-organization-id header). When setups on one machine answer for different organizations, usage, billing and rate limits are split, and often one of the keys is a stale one from another account (a personal key in a shell profile, an old .env).',
        ja: 'API の応答には、キーが属する組織が含まれます（anthropic-organization-id ヘッダー）。1 台のマシンの設定が別々の組織として応答すると、使用量、請求、レート制限が分かれます。多くの場合、どちらかのキーは別のアカウントの古いキーです（シェルのプロファイルにある個人のキー、古い .env など）。',
      },
      message: {
        en: (a) =>
          `The keys belong to ${a.organizations.length} organizations: ${a.organizations.map((o) => `${o.id} (${profileList(o.profiles, 'en')})`).join('; ')}.`,
        ja: (a) =>
          `キーは ${a.organizations.length} つの組織に属しています：${a.organizations.map((o) => `${o.id}（${profileList(o.profiles, 'ja')}）`).join('、')}。`,
      },
      fix: {
        en: () => [
          'In the Console (Settings > Organization), compare the organization id with the one the key should belong to.',
          'Replace the key of the setup that uses the wrong organization; if both are meant, add this code to --ignore.',
        ],
        ja: () => [
          'Console（Settings > Organization）で、キーが属するべき組織の ID と比べます。',
          '誤った組織を使っている設定のキーを入れ替えます。両方とも意図どおりなら、このコードを --ignore に加えます。',
        ],
      },
      example: {
        organizations: [
          { id: '5f1c2a9e-0000-4000-8000-000000000001', profiles: ['p1'] },
          { id: '9d3b7c41-0000-4000-8000-000000000002', profiles: ['p2', 'p3'] },
        ],
      },
    }),
  ),
};
