// key/in-model, key/in-base-url: a credential pasted into a setting that is not secret. A model id and
// a base URL are logged, shown and sent in request lines, so a key there leaks wherever they go.
import type { Location } from '../types.js';
import type { Redacted } from '../secrets.js';
import { lazy, spec } from './define.js';
import { CONSOLE_KEYS_URL, editStep, spaced } from './words.js';

export interface MisplacedKeyArgs {
  name: string;
  credential: Redacted;
  /** Whose key it looks like ("Anthropic", another provider), when its shape says. */
  provider?: string;
  /** Where the key belongs for the same client (LLM_API_KEY for LLM_MODEL), when there is one. */
  keyName?: string;
}

const what = {
  en: (a: MisplacedKeyArgs) =>
    a.provider ? `${/^[AEIOU]/.test(a.provider) ? 'an' : 'a'} ${a.provider} key` : 'a credential',
  ja: (a: MisplacedKeyArgs) => (a.provider ? `${a.provider} のキー` : '認証情報'),
};
const keyPlace = {
  en: (a: MisplacedKeyArgs) => (a.keyName ? `in ${a.keyName}` : 'in the API key setting of the same client'),
  ja: (a: MisplacedKeyArgs) => (a.keyName ? a.keyName : '同じクライアントの APIキーの設定'),
};
const rotate = {
  en: `Consider the key exposed: it may already be in logs, proxies and request lines. Create a new one (an Anthropic key at ${CONSOLE_KEYS_URL}, another provider's in its console), use it, and delete the old one.`,
  ja: `キーは漏れたものと考えます。ログ、プロキシ、リクエスト行にすでに残っている可能性があります。新しいキーを作成し（Anthropic のキーは ${CONSOLE_KEYS_URL}、ほかのプロバイダーのキーはそのコンソールで）、それを使って古いキーを削除します。`,
};
const envLoc: Location = { kind: 'env', name: 'LLM_MODEL' };

export const misplacedKeyCodes = {
  'key/in-model': lazy(() =>
    spec<MisplacedKeyArgs>({
      severity: 'error',
      title: { en: 'An API key in the model setting', ja: 'モデルの設定に APIキーが入っています' },
      why: {
        en: 'A model id is not a secret: clients log it, reports show it, and it travels in request bodies and paths (GET /v1/models/<model>), where proxies and servers record it. A key pasted there is exposed wherever the model goes, and with no model id every request fails.',
        ja: 'モデル ID は秘密の値ではありません。クライアントはログに記録し、レポートに表示し、リクエストの本文やパス（GET /v1/models/<model>）で送るため、プロキシやサーバーにも記録されます。ここに貼り付けたキーはモデル ID が届くあらゆる場所に漏れ、モデル ID がないためすべてのリクエストが失敗します。',
      },
      message: {
        en: (a) => `${a.name} holds what looks like ${what.en(a)} (${a.credential}), not a model id.`,
        ja: (a) => `${a.name} にはモデル ID ではなく、${what.ja(a)}らしき値（${a.credential}）が入っています。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Put a model id there (claude-sonnet-4-6; anthropic/claude-sonnet-4-6 for OpenHands and LiteLLM), and the key ${keyPlace.en(a)}.`,
          rotate.en,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `そこにはモデル ID（claude-sonnet-4-6。OpenHands と LiteLLM では anthropic/claude-sonnet-4-6）を入れ、キーは ${keyPlace.ja(a)} に入れます。`,
          rotate.ja,
        ],
      },
      example: {
        name: 'LLM_MODEL',
        credential: 'sk-ant-api03-…x4AA (108 chars, #3f9a01c2)' as Redacted,
        provider: 'Anthropic',
        keyName: 'LLM_API_KEY',
      },
      exampleLocation: envLoc,
    }),
  ),

  'key/in-base-url': lazy(() =>
    spec<MisplacedKeyArgs>({
      severity: 'error',
      title: { en: 'An API key in the base URL', ja: 'ベースURL に APIキーが入っています' },
      why: {
        en: 'A base URL is not a secret: it is printed in logs, error messages and reports, sent in every request line, and recorded by every proxy on the way. A key inside it (in the path, the query or the host name) is exposed to all of them. A key belongs in its own setting, which clients send in a header.',
        ja: 'ベースURL は秘密の値ではありません。ログ、エラーメッセージ、レポートに表示され、すべてのリクエスト行で送られ、途中のプロキシすべてに記録されます。URL の中（パス、クエリ、ホスト名）のキーはそのすべてに漏れます。キーは専用の設定に入れ、クライアントがヘッダーで送ります。',
      },
      message: {
        en: (a) => `${a.name} holds what looks like ${what.en(a)} (${a.credential}) inside the URL.`,
        ja: (a) => spaced(a.name, ' の URL の中に', what.ja(a), 'らしき値（', a.credential, '）が入っています。'),
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Set the base URL to the server's address alone (for the Anthropic API, https://api.anthropic.com, or leave it unset), and put the key ${keyPlace.en(a)}.`,
          rotate.en,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `ベースURL はサーバーのアドレスだけにし（Anthropic API なら https://api.anthropic.com、または未設定）、キーは ${keyPlace.ja(a)} に入れます。`,
          rotate.ja,
        ],
      },
      example: {
        name: 'ANTHROPIC_BASE_URL',
        credential: 'sk-ant-api03-…x4AA (108 chars, #3f9a01c2)' as Redacted,
        provider: 'Anthropic',
        keyName: 'ANTHROPIC_API_KEY',
      },
      exampleLocation: { kind: 'env', name: 'ANTHROPIC_BASE_URL' },
    }),
  ),
};
