// The words of `claude-doctor status` (issue #16), in both languages: what Anthropic's status page says
// about the Claude API. The page's own strings (names, incident titles) are outside text, neutralised by
// the command before they reach these.
import type { Lang } from '../types.js';
import { impactWord } from './words.js';

export interface StatusWords {
  heading: string;
  component: (name: string, state: string, since?: string) => string;
  noComponent: string;
  overall: (indicator: string) => string;
  incidents: string;
  incident: (name: string, impact: string, status: string, since?: string) => string;
  noIncidents: string;
  unknown: (reason: string) => string;
  source: (url: string) => string;
  states: Record<string, string>;
  reasons: Record<string, string>;
}

const en: StatusWords = {
  heading: "Anthropic's status page",
  component: (name, state, since) => `${name}: ${state}${since ? ` since ${since}` : ''}`,
  noComponent: 'Claude API: not listed on the page (state unknown)',
  overall: (indicator) => `Overall indicator: ${indicator}`,
  incidents: 'Open incidents:',
  incident: (name, impact, status, since) =>
    `"${name}" (impact ${impact}, ${status}${since ? `, since ${since}` : ''})`,
  noIncidents: 'No open incident.',
  unknown: (reason) => `Claude API: unknown (${reason})`,
  source: (url) => `Source: ${url}`,
  states: {
    operational: 'operational',
    degraded_performance: 'degraded performance',
    partial_outage: 'partial outage',
    major_outage: 'major outage',
    under_maintenance: 'under maintenance',
  },
  reasons: {
    unreachable: 'the status page could not be reached',
    timeout: 'the status page did not answer in time',
    http: 'the status page did not answer with the status',
    'not-json': "the status page's answer was not JSON",
    garbled: "the status page's answer was not a status summary",
  },
};

/** Statuspage's incident states. */
const STATUS_JA: Record<string, string> = {
  investigating: '調査中',
  identified: '原因特定',
  monitoring: '監視中',
  resolved: '解決済み',
  scheduled: '予定',
  in_progress: '実施中',
  verifying: '確認中',
};

const ja: StatusWords = {
  heading: 'Anthropic のステータスページ',
  component: (name, state, since) => `「${name}」：${state}${since ? `（${since} から）` : ''}`,
  noComponent: 'Claude API：ページに項目がありません（状態は不明）',
  overall: (indicator) => `全体の指標：${indicator}`,
  incidents: '未解決のインシデント：',
  incident: (name, impact, status, since) =>
    `「${name}」（影響：${impactWord(impact, 'ja')}、${STATUS_JA[status] ?? status}${since ? `、${since} から` : ''}）`,
  noIncidents: '未解決のインシデントはありません。',
  unknown: (reason) => `Claude API：不明（${reason}）`,
  source: (url) => `取得元：${url}`,
  states: {
    operational: '稼働中',
    degraded_performance: '性能の低下',
    partial_outage: '部分的な障害',
    major_outage: '大規模な障害',
    under_maintenance: 'メンテナンス中',
  },
  reasons: {
    unreachable: 'ステータスページに接続できませんでした',
    timeout: 'ステータスページから時間内に応答がありませんでした',
    http: 'ステータスページがステータスを返しませんでした',
    'not-json': 'ステータスページの応答が JSON ではありませんでした',
    garbled: 'ステータスページの応答がステータスの概要ではありませんでした',
  },
};

export const STATUS_WORDS: Record<Lang, StatusWords> = { en, ja };
