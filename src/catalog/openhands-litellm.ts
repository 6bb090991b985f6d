// openhands/* codes about what the LiteLLM under OpenHands reads (reference: openhands.md, 6 and 7.4). LiteLLM's
// Anthropic provider reads ANTHROPIC_AUTH_TOKEN (sent as Authorization: Bearer) when no key is given, since a
// 2026 change (its anthropic common_utils get_auth_header); OpenHands 0.62 pins LiteLLM 1.77.7, from before it.
import type { Location } from '../types.js';
import { lazy, spec } from './define.js';
import { where } from './words.js';

const envAt: Location = { kind: 'env', name: 'ANTHROPIC_AUTH_TOKEN' };

export const openhandsLitellmCodes = {
  'openhands/auth-token-needs-new-litellm': lazy(() =>
    spec<{ at: Location }>({
      severity: 'warning',
      title: {
        en: 'OpenHands headless gets ANTHROPIC_AUTH_TOKEN only from a recent LiteLLM',
        ja: 'OpenHands（ヘッドレス）が ANTHROPIC_AUTH_TOKEN を使えるのは新しい LiteLLM だけです',
      },
      why: {
        en: 'OpenHands passes no key when LLM_API_KEY and [llm] api_key are unset, and LiteLLM then looks for one itself. LiteLLM releases from March 2026 on take ANTHROPIC_AUTH_TOKEN when ANTHROPIC_API_KEY is unset, and send it as Authorization: Bearer; older ones fail with "Missing Anthropic API Key". OpenHands 0.62 pins LiteLLM 1.77.7, which predates this; whether a given OpenHands version has a LiteLLM that reads the token is not known here.',
        ja: 'LLM_API_KEY と [llm] の api_key が未設定だと OpenHands はキーを渡さず、LiteLLM が自分でキーを探します。2026 年 3 月以降の LiteLLM は、ANTHROPIC_API_KEY がなければ ANTHROPIC_AUTH_TOKEN を使い、Authorization: Bearer で送ります。それより古い LiteLLM は「Missing Anthropic API Key」で失敗します。OpenHands 0.62 が固定している LiteLLM 1.77.7 はこの変更より前のものです。お使いの OpenHands の LiteLLM がトークンを読むかどうかは、ここでは判断できません。',
      },
      message: {
        en: (a) =>
          `OpenHands has no key of its own, so its only credential is ANTHROPIC_AUTH_TOKEN (${where(a.at, 'en')}), which only recent LiteLLM releases read (not LiteLLM 1.77.7 of OpenHands 0.62).`,
        ja: (a) =>
          `OpenHands 自身のキーがないため、使える認証情報は ANTHROPIC_AUTH_TOKEN（${where(a.at, 'ja')}）だけです。これを読むのは新しい LiteLLM だけです（OpenHands 0.62 の LiteLLM 1.77.7 は読みません）。`,
      },
      fix: {
        en: () => [
          'Check the LiteLLM that OpenHands runs with: `pip show litellm` (a release from after March 2026 reads the token).',
          'Or give OpenHands the credential itself: LLM_API_KEY, or api_key in the [llm] section of config.toml.',
        ],
        ja: () => [
          'OpenHands が使う LiteLLM のバージョンを `pip show litellm` で確認します（2026 年 3 月より後のリリースならトークンを読みます）。',
          'または OpenHands 自身に認証情報を設定します。LLM_API_KEY か、config.toml の [llm] セクションの api_key を使います。',
        ],
      },
      example: { at: envAt },
      exampleLocation: envAt,
    }),
  ),
};
