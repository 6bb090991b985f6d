// --probe-oauth (issue #16): a subscription token (sk-ant-oat01-) asked for its usage at GET /api/oauth/usage,
// the free endpoint Claude Code's /usage screen reads. It is undocumented, and every message says so. A 401 there
// is auth/oauth-expired (api.ts); these are the other answers. Window names are the server's text, neutralised
// by the renderer like every argument.
import type { Lang } from '../types.js';
import { lazy, spec } from './define.js';
import { USAGE_ENDPOINT } from './words.js';

/** One usage window of the answer: its name, the share used (percent) and when it starts again. */
export interface UsageWindow {
  window: string;
  utilization: number;
  resetsAt?: string;
}

export type UsageUnchecked = 'untrusted' | 'timeout' | 'unreachable' | 'proxy' | 'garbled' | 'http';

const UNDOCUMENTED = {
  en: `${USAGE_ENDPOINT} (undocumented endpoint)`,
  ja: `${USAGE_ENDPOINT}（非公開のエンドポイント）`,
};

const WINDOW_WORDS: Record<string, Record<Lang, string>> = {
  five_hour: { en: 'five-hour window', ja: '5 時間の枠' },
  seven_day: { en: 'seven-day window', ja: '7 日間の枠' },
  seven_day_opus: { en: 'seven-day window (Opus)', ja: '7 日間の枠（Opus）' },
  seven_day_sonnet: { en: 'seven-day window (Sonnet)', ja: '7 日間の枠（Sonnet）' },
  seven_day_oauth_apps: { en: 'seven-day window (OAuth apps)', ja: '7 日間の枠（OAuth アプリ）' },
};

/** `2026-12-02T05:00:00.000Z` -> `2026-12-02 05:00 UTC`. */
const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
const percent = (n: number) => `${Math.round(n * 10) / 10}%`;

function windowWords(w: UsageWindow, lang: Lang): string {
  const name = WINDOW_WORDS[w.window]?.[lang] ?? (lang === 'en' ? `"${w.window}"` : `「${w.window}」`);
  if (lang === 'en') return `${name} ${percent(w.utilization)} used${w.resetsAt ? `, resets ${when(w.resetsAt)}` : ''}`;
  return `${name} ${percent(w.utilization)} 使用${w.resetsAt ? `、${when(w.resetsAt)} にリセット` : ''}`;
}

const usageWords = (usage: UsageWindow[], lang: Lang) =>
  usage.map((w) => windowWords(w, lang)).join(lang === 'en' ? '; ' : '、');

const WHY = {
  en: `With --probe-oauth, claude-doctor sends the OAuth token (sk-ant-oat01-) to ${USAGE_ENDPOINT}, the endpoint Claude Code's /usage screen reads. It is free and spends no tokens, but Anthropic does not document it: it may change or go away.`,
  ja: `--probe-oauth を指定すると、claude-doctor は OAuth トークン（sk-ant-oat01-）を ${USAGE_ENDPOINT} に送ります。Claude Code の /usage 画面が読むエンドポイントです。無料でトークンを消費しませんが、Anthropic はこれを公開していないため、変更や廃止の可能性があります。`,
};

const REASONS: Record<UsageUnchecked, Record<Lang, (a: UncheckedArgs) => string>> = {
  untrusted: {
    en: (a) =>
      `the base URL ${a.host ?? '?'} is not Anthropic's API, and the token goes only to https://api.anthropic.com (or a local server named with --base-url)`,
    ja: (a) =>
      `ベースURL ${a.host ?? '?'} は Anthropic の API ではなく、トークンは https://api.anthropic.com（または --base-url で指定したローカルのサーバー）にだけ送ります`,
  },
  timeout: { en: () => 'no answer came within --timeout', ja: () => '--timeout の時間内に応答がありませんでした' },
  unreachable: {
    en: (a) => `the connection failed${a.detail ? ` (${a.detail})` : ''}`,
    ja: (a) => `接続に失敗しました${a.detail ? `（${a.detail}）` : ''}`,
  },
  proxy: {
    en: (a) => `the proxy could not be used${a.detail ? ` (${a.detail})` : ''}, so the token was not sent`,
    ja: (a) => `プロキシを使えなかったため${a.detail ? `（${a.detail}）` : ''}、トークンを送っていません`,
  },
  garbled: {
    en: () => 'the answer was not the usage JSON (a web page, broken or too long)',
    ja: () => '応答が使用量の JSON ではありませんでした（Web ページ、壊れた応答、または長すぎる応答）',
  },
  http: {
    en: (a) => `it answered HTTP ${a.status ?? '?'}`,
    ja: (a) => `HTTP ${a.status ?? '?'} が返りました`,
  },
};

export interface UncheckedArgs {
  reason: UsageUnchecked;
  host?: string;
  status?: number;
  detail?: string;
}

const UNCHECKED_STEPS: Record<'untrusted' | 'network' | 'answer', Record<Lang, string[]>> = {
  untrusted: {
    en: [
      'To check the token, run claude-doctor --probe-oauth where ANTHROPIC_BASE_URL is unset, so it goes to api.anthropic.com.',
      'Or run /usage in Claude Code, which shows the same figures.',
    ],
    ja: [
      'トークンを確認するには、ANTHROPIC_BASE_URL を設定していない環境で claude-doctor --probe-oauth を実行します（api.anthropic.com に送られます）。',
      'または Claude Code で /usage を実行します。同じ値が表示されます。',
    ],
  },
  network: {
    en: [
      'Check that this machine reaches api.anthropic.com (HTTPS_PROXY, a firewall), or give a longer --timeout, and run again.',
    ],
    ja: [
      'このマシンから api.anthropic.com に接続できるか（HTTPS_PROXY、ファイアウォール）を確認するか、--timeout を長くして、もう一度実行します。',
    ],
  },
  answer: {
    en: [
      'Run again later: the endpoint is undocumented and may have changed. /usage in Claude Code shows the same figures.',
    ],
    ja: [
      '時間をおいてもう一度実行します。非公開のエンドポイントのため、仕様が変わった可能性があります。Claude Code の /usage でも同じ値を確認できます。',
    ],
  },
};

const STEPS_OF: Record<UsageUnchecked, keyof typeof UNCHECKED_STEPS> = {
  untrusted: 'untrusted',
  timeout: 'network',
  unreachable: 'network',
  proxy: 'network',
  garbled: 'answer',
  http: 'answer',
};
const stepsFor = (reason: UsageUnchecked) => STEPS_OF[reason] ?? 'answer';

export const oauthUsageCodes = {
  'api/oauth-usage': lazy(() =>
    spec<{ usage: UsageWindow[] }>({
      severity: 'info',
      title: { en: 'The subscription token works', ja: 'サブスクリプションのトークンは有効です' },
      why: {
        en: `${WHY.en} An answer with the usage means the token has not expired: a CI job that uses it will not stop on a stale login.`,
        ja: `${WHY.ja}使用量が返れば、トークンの期限は切れていません。このトークンを使う CI ジョブがログイン切れで止まることはありません。`,
      },
      message: {
        en: (a) =>
          `The OAuth token works: ${UNDOCUMENTED.en} answered with its usage${a.usage.length ? `: ${usageWords(a.usage, 'en')}` : ', with no usage window'}.`,
        ja: (a) =>
          `OAuth トークンは有効です。${UNDOCUMENTED.ja}が使用量を返しました${a.usage.length ? `：${usageWords(a.usage, 'ja')}` : '（使用量の枠はありません）'}。`,
      },
      fix: {
        en: () => [
          'Nothing to fix. Each figure is the share of that usage limit used so far; /usage in Claude Code shows the same.',
        ],
        ja: () => [
          '対応は不要です。各値はその使用量の上限のうち、これまでに使った割合です。Claude Code の /usage でも同じ値を確認できます。',
        ],
      },
      example: {
        usage: [
          { window: 'five_hour', utilization: 12, resetsAt: '2026-12-02T05:00:00.000Z' },
          { window: 'seven_day', utilization: 40, resetsAt: '2026-12-06T00:00:00.000Z' },
        ],
      },
    }),
  ),

  'api/oauth-usage-scope': lazy(() =>
    spec<{ status: number; apiMessage?: string }>({
      severity: 'info',
      title: {
        en: 'The token may not read its usage (a missing scope)',
        ja: 'トークンには使用量を読むスコープがありません',
      },
      why: {
        en: `${WHY.en} It answers 403 to a token without the user:profile scope. A long-lived token from \`claude setup-token\` has only user:inference: it was accepted, and it may still work for messages.`,
        ja: `${WHY.ja}user:profile スコープのないトークンには 403 を返します。\`claude setup-token\` で作った長期間有効なトークンには user:inference しかありません。トークンは受け付けられており、メッセージには使える場合があります。`,
      },
      message: {
        en: (a) =>
          `${UNDOCUMENTED.en} answered HTTP ${a.status}${a.apiMessage ? ` "${a.apiMessage}"` : ''}: the OAuth token lacks the scope to read its usage. The token was accepted; it may still work for messages.`,
        ja: (a) =>
          `${UNDOCUMENTED.ja}が HTTP ${a.status}${a.apiMessage ? `「${a.apiMessage}」` : ''}を返しました。OAuth トークンに使用量を読むスコープがありません。トークンは受け付けられており、メッセージには使える場合があります。`,
      },
      fix: {
        en: () => [
          'Nothing to fix for a `claude setup-token` token: its usage cannot be read with it.',
          'To see the usage, run /usage in Claude Code logged in with /login.',
        ],
        ja: () => [
          '`claude setup-token` のトークンなら対応は不要です。このトークンでは使用量を読めません。',
          '使用量を見るには、/login でログインした Claude Code で /usage を実行します。',
        ],
      },
      example: { status: 403, apiMessage: 'OAuth token does not meet scope requirement user:profile' },
    }),
  ),

  'api/oauth-usage-unchecked': lazy(() =>
    spec<UncheckedArgs>({
      severity: 'warning',
      title: {
        en: "The subscription token's usage could not be checked",
        ja: 'サブスクリプションのトークンの使用量を確認できませんでした',
      },
      why: {
        en: `${WHY.en} When it cannot be asked, or its answer cannot be read, whether the token has expired is not known.`,
        ja: `${WHY.ja}問い合わせができないときや応答を読めないときは、トークンの期限が切れているかどうかは分かりません。`,
      },
      message: {
        en: (a) =>
          `${UNDOCUMENTED.en} was not checked: ${REASONS[a.reason].en(a)}. Whether the OAuth token has expired is not known.`,
        ja: (a) =>
          `${UNDOCUMENTED.ja}を確認できませんでした：${REASONS[a.reason].ja(a)}。OAuth トークンの期限が切れているかどうかは分かりません。`,
      },
      fix: {
        en: (a) => UNCHECKED_STEPS[stepsFor(a.reason)].en,
        ja: (a) => UNCHECKED_STEPS[stepsFor(a.reason)].ja,
      },
      example: { reason: 'timeout' },
    }),
  ),
};
