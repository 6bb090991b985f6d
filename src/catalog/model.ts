// model/*: model ids that are retired, deprecated or unknown, found offline.
import type { Location } from '../types.js';
import { lazy, spec } from './define.js';
import { editStep } from './words.js';
import { MODELS_AS_OF } from '../data/models.js';

const envLoc: Location = { kind: 'file', path: '.env', line: 4, column: 11, key: 'LLM_MODEL' };
const DEPRECATIONS_URL = 'https://docs.anthropic.com/en/docs/resources/model-deprecations';
const unverifiedNote = {
  en: (u?: boolean) =>
    u
      ? ` (This date is not in Anthropic's deprecation table; it comes from a secondary source and is unverified, as of claude-doctor's model table of ${MODELS_AS_OF}. The live probe confirms it: run claude-doctor check without --offline.)`
      : '',
  ja: (u?: boolean) =>
    u
      ? `この日付は Anthropic の非推奨一覧になく、二次情報に基づく未確認の情報です（claude-doctor のモデル表は ${MODELS_AS_OF} 時点）。--offline なしの claude-doctor check でライブ検査が確認します。`
      : '',
};
const useInstead = {
  en: (name: string, model: string, replacement?: string) =>
    replacement
      ? `Set ${name} to ${model.startsWith('anthropic/') ? 'anthropic/' : ''}${replacement}.`
      : `Set ${name} to a current model (see ${DEPRECATIONS_URL}).`,
  ja: (name: string, model: string, replacement?: string) =>
    replacement
      ? `${name} を ${model.startsWith('anthropic/') ? 'anthropic/' : ''}${replacement} にします。`
      : `${name} を現行のモデルにします（${DEPRECATIONS_URL} を参照）。`,
};

export const modelCodes = {
  'model/retired': lazy(() =>
    spec<{ name: string; model: string; retiredOn: string; replacement?: string; unverified?: boolean }>({
      severity: 'error',
      title: { en: 'The model is retired', ja: 'モデルは提供終了しています' },
      why: {
        en: 'Requests to a retired model fail with 404 not_found_error "model: <id>", exactly like a typo. The -latest aliases of retired models died with them.',
        ja: '提供終了したモデルへのリクエストは、入力ミスと同じく 404 not_found_error「model: <id>」で失敗します。提供終了したモデルの -latest エイリアスも一緒に使えなくなっています。',
      },
      message: {
        en: (a) =>
          `${a.name} is ${a.model}, which was retired on ${a.retiredOn}; requests to it fail with 404 "model: ${a.model.replace(/^anthropic\//, '')}".${unverifiedNote.en(a.unverified)}`,
        ja: (a) =>
          `${a.name} の ${a.model} は ${a.retiredOn} に提供終了しました。リクエストは 404「model: ${a.model.replace(/^anthropic\//, '')}」で失敗します。${unverifiedNote.ja(a.unverified)}`,
      },
      fix: {
        en: (a, loc) => [editStep(loc, a.name, 'en'), useInstead.en(a.name, a.model, a.replacement)],
        ja: (a, loc) => [editStep(loc, a.name, 'ja'), useInstead.ja(a.name, a.model, a.replacement)],
      },
      example: {
        name: 'LLM_MODEL',
        model: 'anthropic/claude-3-5-sonnet-20241022',
        retiredOn: '2025-10-28',
        replacement: 'claude-sonnet-4-6',
      },
      exampleLocation: envLoc,
    }),
  ),

  'model/deprecated': lazy(() =>
    spec<{
      name: string;
      model: string;
      retiresOn: string;
      replacement?: string;
      unverified?: boolean;
    }>({
      severity: 'warning',
      title: { en: 'The model is deprecated', ja: 'モデルは非推奨です' },
      why: {
        en: 'A deprecated model still answers, but stops working on its retirement date, after which every request fails with 404.',
        ja: '非推奨のモデルはまだ応答しますが、提供終了日以降はすべてのリクエストが 404 で失敗します。',
      },
      message: {
        en: (a) =>
          `${a.name} is ${a.model}, which is deprecated and will be retired on ${a.retiresOn}.${unverifiedNote.en(a.unverified)}`,
        ja: (a) =>
          `${a.name} の ${a.model} は非推奨で、${a.retiresOn} に提供終了します。${unverifiedNote.ja(a.unverified)}`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          useInstead.en(a.name, a.model, a.replacement),
          'Test the new model before the retirement date.',
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          useInstead.ja(a.name, a.model, a.replacement),
          '提供終了日より前に新しいモデルで動作を確認します。',
        ],
      },
      example: { name: 'ANTHROPIC_MODEL', model: 'claude-sonnet-4-5', retiresOn: '2026-11-30', unverified: true },
      exampleLocation: envLoc,
    }),
  ),

  'model/unknown': lazy(() =>
    spec<{ name: string; model: string; suggestion?: string }>({
      severity: 'warning',
      title: { en: 'Unknown model id', ja: '不明なモデル ID' },
      why: {
        en: 'The id is not in claude-doctor\'s table of Claude models (as of @anthropic-ai/sdk 1.12.0, November 2026). A misspelled or made-up id fails with 404 "model: <id>"; a model newer than this table is fine, and the live probe tells which.',
        ja: 'この ID は claude-doctor の Claude モデル一覧（@anthropic-ai/sdk 1.12.0、2026 年 11 月時点）にありません。綴りの誤りや存在しない ID は 404「model: <id>」で失敗します。一覧より新しいモデルなら問題なく、ライブ検査で確かめられます。',
      },
      message: {
        en: (a) =>
          `${a.name} is ${a.model}, which is not a known Claude model id.${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''}`,
        ja: (a) =>
          `${a.name} の ${a.model} は既知の Claude モデル ID ではありません。${a.suggestion ? `${a.suggestion} のことでしょうか？` : ''}`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          a.suggestion
            ? `Use ${a.suggestion}.`
            : 'Use an id from https://docs.anthropic.com/en/docs/about-claude/models (for example claude-sonnet-4-6).',
          'Run claude-doctor check without --offline: the probe asks the API whether the id exists.',
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          a.suggestion
            ? `${a.suggestion} を使います。`
            : 'https://docs.anthropic.com/en/docs/about-claude/models にある ID（例：claude-sonnet-4-6）を使います。',
          '--offline を付けずに claude-doctor check を実行すると、その ID が存在するかを API に問い合わせます。',
        ],
      },
      example: { name: 'LLM_MODEL', model: 'anthropic/claude-sonet-4-6', suggestion: 'anthropic/claude-sonnet-4-6' },
      exampleLocation: envLoc,
    }),
  ),

  'model/missing-provider-prefix': lazy(() =>
    spec<{ name: string; model: string; fixed: string }>({
      severity: 'warning',
      title: { en: 'The model has no anthropic/ prefix', ja: 'モデルに anthropic/ 接頭辞がありません' },
      why: {
        en: 'OpenHands hands the model to LiteLLM, which picks the provider from the "provider/" prefix. A bare claude-… id works only if the installed LiteLLM already knows it (OpenHands 0.62 pins LiteLLM 1.77); a newer id fails with "LLM Provider NOT provided".',
        ja: 'OpenHands はモデル ID を LiteLLM に渡し、LiteLLM は「provider/」接頭辞からプロバイダーを決めます。接頭辞のない claude-… は、インストールされた LiteLLM がその名前を知っている場合にしか動きません（OpenHands 0.62 は LiteLLM 1.77 に固定）。新しい ID は「LLM Provider NOT provided」で失敗します。',
      },
      message: {
        en: (a) => `${a.name} is ${a.model} without a provider prefix; LiteLLM may not know where to send it.`,
        ja: (a) =>
          `${a.name} の ${a.model} にはプロバイダーの接頭辞がなく、LiteLLM が送り先を判断できない場合があります。`,
      },
      fix: {
        en: (a, loc) => [editStep(loc, a.name, 'en'), `Set ${a.name} to ${a.fixed}.`],
        ja: (a, loc) => [editStep(loc, a.name, 'ja'), `${a.name} を ${a.fixed} にします。`],
      },
      example: { name: 'LLM_MODEL', model: 'claude-sonnet-4-6', fixed: 'anthropic/claude-sonnet-4-6' },
      exampleLocation: envLoc,
    }),
  ),

  'model/provider-mismatch': lazy(() =>
    spec<{ name: string; model: string; provider: string; keyProvider: string }>({
      severity: 'error',
      title: {
        en: 'The model and the key belong to different providers',
        ja: 'モデルとキーのプロバイダーが一致しません',
      },
      why: {
        en: 'LiteLLM sends the request to the provider named by the model and passes the key along. An Anthropic key with an OpenAI model goes to OpenAI (401 "Incorrect API key provided"); another provider\'s key with an anthropic/ model goes to Anthropic (401 "invalid x-api-key").',
        ja: 'LiteLLM はモデル ID が示すプロバイダーにリクエストを送り、キーもそのまま渡します。Anthropic のキーで OpenAI のモデルを指定すると OpenAI に送られ（401「Incorrect API key provided」）、別のプロバイダーのキーで anthropic/ のモデルを指定すると Anthropic に送られます（401「invalid x-api-key」）。',
      },
      message: {
        en: (a) =>
          `${a.name} is ${a.model} (${a.provider}), but the key used with it is ${/^[AEIOU]/.test(a.keyProvider) ? 'an' : 'a'} ${a.keyProvider} key.`,
        ja: (a) =>
          `${a.name} の ${a.model} は ${a.provider} のモデルですが、一緒に使われるキーは ${a.keyProvider} のキーです。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          a.keyProvider === 'Anthropic'
            ? `Set ${a.name} to an Anthropic model such as anthropic/claude-sonnet-4-6.`
            : `Use an Anthropic key with ${a.model}, or a ${a.keyProvider} model with this key.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          a.keyProvider === 'Anthropic'
            ? `${a.name} を anthropic/claude-sonnet-4-6 のような Anthropic のモデルにします。`
            : `${a.model} には Anthropic のキーを使うか、このキーには ${a.keyProvider} のモデルを使います。`,
        ],
      },
      example: { name: 'model', model: 'gpt-4o', provider: 'OpenAI', keyProvider: 'Anthropic' },
      exampleLocation: { kind: 'file', path: 'config.toml', line: 114, column: 9, key: 'model' },
    }),
  ),

  'model/openhands-proxy': lazy(() =>
    spec<{ name: string; model: string; fixed: string }>({
      severity: 'error',
      title: {
        en: 'The model sends your Anthropic key to a proxy',
        ja: 'モデル指定により Anthropic のキーがプロキシに送られます',
      },
      why: {
        en: 'An openhands/… model (the Web UI default since 0.52) is rewritten to litellm_proxy/… with the All Hands LLM proxy as base URL, and litellm_proxy/… models go to a LiteLLM proxy. The proxy does not accept an Anthropic key ("Invalid proxy server token"), so the call fails with a Litellm_proxy authentication error.',
        ja: 'openhands/… のモデル（0.52 以降の Web UI のデフォルト）は litellm_proxy/… に書き換えられ、All Hands の LLM プロキシに送られます。litellm_proxy/… のモデルも LiteLLM プロキシ宛てです。プロキシは Anthropic のキーを受け付けず（「Invalid proxy server token」）、Litellm_proxy の認証エラーになります。',
      },
      message: {
        en: (a) =>
          `${a.name} is ${a.model}: requests go to the ${a.model.startsWith('openhands/') ? 'All Hands LLM proxy' : 'LiteLLM proxy'}, which rejects an Anthropic key.`,
        ja: (a) =>
          `${a.name} が ${a.model} のため、リクエストは${a.model.startsWith('openhands/') ? ' All Hands の LLM プロキシ' : ' LiteLLM プロキシ'}に送られ、Anthropic のキーは拒否されます。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Choose provider "Anthropic" in Settings → LLM, or set ${a.name} to ${a.fixed}.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `Web UI の「設定」→「LLM」で「LLMプロバイダー」に「Anthropic」を選ぶか、${a.name} を ${a.fixed} にします。`,
        ],
      },
      example: { name: 'llm_model', model: 'openhands/claude-sonnet-4-20250514', fixed: 'anthropic/claude-sonnet-4-6' },
      exampleLocation: { kind: 'file', path: '~/.openhands/settings.json', line: 8, column: 16, key: 'llm_model' },
    }),
  ),

  'model/bedrock-id-without-prefix': lazy(() =>
    spec<{ name: string; model: string }>({
      severity: 'error',
      title: { en: 'A Bedrock model id without bedrock/', ja: 'bedrock/ のない Bedrock のモデル ID' },
      why: {
        en: 'Ids like anthropic.claude-…-v1:0 or us.anthropic.claude-… exist only on AWS Bedrock. Without the bedrock/ prefix LiteLLM does not route them to Bedrock, and the Anthropic API does not know them.',
        ja: 'anthropic.claude-…-v1:0 や us.anthropic.claude-… のような ID は AWS Bedrock にしかありません。bedrock/ 接頭辞がないと LiteLLM は Bedrock に送らず、Anthropic API もその ID を知りません。',
      },
      message: {
        en: (a) => `${a.name} is ${a.model}, a Bedrock model id, without the bedrock/ prefix.`,
        ja: (a) => `${a.name} の ${a.model} は Bedrock のモデル ID ですが、bedrock/ 接頭辞がありません。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `With AWS credentials, use bedrock/${a.model}; with an Anthropic key, use the Anthropic id instead (for example anthropic/claude-sonnet-4-6).`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `AWS の認証情報を使うなら bedrock/${a.model}、Anthropic のキーを使うなら Anthropic の ID（例：anthropic/claude-sonnet-4-6）にします。`,
        ],
      },
      example: { name: 'LLM_MODEL', model: 'us.anthropic.claude-sonnet-4-20250514-v1:0' },
      exampleLocation: envLoc,
    }),
  ),
};
