// model/*: model ids that are retired, deprecated or unknown, found offline.
import type { Location } from '../types.js';
import { spec } from './define.js';
import { editStep } from './words.js';

const envLoc: Location = { kind: 'file', path: '.env', line: 4, column: 11, key: 'LLM_MODEL' };
const DEPRECATIONS_URL = 'https://docs.anthropic.com/en/docs/resources/model-deprecations';
const unverifiedNote = {
  en: (u?: boolean) => (u ? ' (This date is not in Anthropic\'s deprecation table; it comes from a secondary source and is unverified.)' : ''),
  ja: (u?: boolean) => (u ? '（この日付は Anthropic の非推奨一覧になく、二次情報に基づく未確認の情報です。）' : ''),
};
const useInstead = {
  en: (name: string, model: string, replacement?: string) =>
    replacement ? `Set ${name} to ${model.startsWith('anthropic/') ? 'anthropic/' : ''}${replacement}.` : `Set ${name} to a current model (see ${DEPRECATIONS_URL}).`,
  ja: (name: string, model: string, replacement?: string) =>
    replacement ? `${name} を ${model.startsWith('anthropic/') ? 'anthropic/' : ''}${replacement} にします。` : `${name} を現行のモデルにします（${DEPRECATIONS_URL} を参照）。`,
};

export const modelCodes = {
  'model/retired': spec<{ name: string; model: string; retiredOn: string; replacement?: string; unverified?: boolean }>({
    severity: 'error',
    title: { en: 'The model is retired', ja: 'モデルは提供終了しています' },
    why: {
      en: 'Requests to a retired model fail with 404 not_found_error "model: <id>", exactly like a typo. The -latest aliases of retired models died with them.',
      ja: '提供終了したモデルへのリクエストは、入力ミスと同じく 404 not_found_error「model: <id>」で失敗します。提供終了したモデルの -latest エイリアスも一緒に使えなくなっています。',
    },
    message: {
      en: (a) => `${a.name} is ${a.model}, which was retired on ${a.retiredOn}; requests to it fail with 404 "model: ${a.model.replace(/^anthropic\//, '')}".${unverifiedNote.en(a.unverified)}`,
      ja: (a) => `${a.name} の ${a.model} は ${a.retiredOn} に提供終了しました。リクエストは 404「model: ${a.model.replace(/^anthropic\//, '')}」で失敗します。${unverifiedNote.ja(a.unverified)}`,
    },
    fix: {
      en: (a, loc) => [editStep(loc, a.name, 'en'), useInstead.en(a.name, a.model, a.replacement)],
      ja: (a, loc) => [editStep(loc, a.name, 'ja'), useInstead.ja(a.name, a.model, a.replacement)],
    },
    example: { name: 'LLM_MODEL', model: 'anthropic/claude-3-5-sonnet-20241022', retiredOn: '2025-10-28', replacement: 'claude-sonnet-4-6' },
    exampleLocation: envLoc,
  }),

  'model/deprecated': spec<{ name: string; model: string; retiresOn: string; replacement?: string; unverified?: boolean }>({
    severity: 'warning',
    title: { en: 'The model is deprecated', ja: 'モデルは非推奨です' },
    why: {
      en: 'A deprecated model still answers, but stops working on its retirement date, after which every request fails with 404.',
      ja: '非推奨のモデルはまだ応答しますが、提供終了日以降はすべてのリクエストが 404 で失敗します。',
    },
    message: {
      en: (a) => `${a.name} is ${a.model}, which is deprecated and will be retired on ${a.retiresOn}.${unverifiedNote.en(a.unverified)}`,
      ja: (a) => `${a.name} の ${a.model} は非推奨で、${a.retiresOn} に提供終了します。${unverifiedNote.ja(a.unverified)}`,
    },
    fix: {
      en: (a, loc) => [editStep(loc, a.name, 'en'), useInstead.en(a.name, a.model, a.replacement), 'Test the new model before the retirement date.'],
      ja: (a, loc) => [editStep(loc, a.name, 'ja'), useInstead.ja(a.name, a.model, a.replacement), '提供終了日より前に新しいモデルで動作を確認します。'],
    },
    example: { name: 'ANTHROPIC_MODEL', model: 'claude-sonnet-4-5', retiresOn: '2026-11-30', unverified: true },
    exampleLocation: envLoc,
  }),

  'model/unknown': spec<{ name: string; model: string; suggestion?: string }>({
    severity: 'warning',
    title: { en: 'Unknown model id', ja: '不明なモデル ID' },
    why: {
      en: "The id is not in claude-doctor's table of Claude models (as of @anthropic-ai/sdk 1.12.0, November 2026). A misspelled or made-up id fails with 404 \"model: <id>\"; a model newer than this table is fine, and the live probe tells which.",
      ja: 'この ID は claude-doctor の Claude モデル一覧（@anthropic-ai/sdk 1.12.0、2026 年 11 月時点）にありません。綴りの誤りや存在しない ID は 404「model: <id>」で失敗します。一覧より新しいモデルなら問題なく、ライブ検査で確かめられます。',
    },
    message: {
      en: (a) => `${a.name} is ${a.model}, which is not a known Claude model id.${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''}`,
      ja: (a) => `${a.name} の ${a.model} は既知の Claude モデル ID ではありません。${a.suggestion ? `${a.suggestion} のことでしょうか？` : ''}`,
    },
    fix: {
      en: (a, loc) => [
        editStep(loc, a.name, 'en'),
        a.suggestion ? `Use ${a.suggestion}.` : 'Use an id from https://docs.anthropic.com/en/docs/about-claude/models (for example claude-sonnet-4-6).',
        'Run claude-doctor check without --offline: the probe asks the API whether the id exists.',
      ],
      ja: (a, loc) => [
        editStep(loc, a.name, 'ja'),
        a.suggestion ? `${a.suggestion} を使います。` : 'https://docs.anthropic.com/en/docs/about-claude/models にある ID（例：claude-sonnet-4-6）を使います。',
        '--offline を付けずに claude-doctor check を実行すると、その ID が存在するかを API に問い合わせます。',
      ],
    },
    example: { name: 'LLM_MODEL', model: 'anthropic/claude-sonet-4-6', suggestion: 'anthropic/claude-sonnet-4-6' },
    exampleLocation: envLoc,
  }),
};
