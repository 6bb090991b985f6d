// Rules across clients (reference: other-clients.md, section 8): one value that serves two clients which
// expect different things of it.
import type { Client, Location } from '../types.js';
import { lazy, spec } from './define.js';
import { clientName, editStep, spaced } from './words.js';

const envLoc: Location = { kind: 'env', name: 'ANTHROPIC_BASE_URL' };

interface V1SharedArgs {
  name: string;
  url: string;
  /** Clients that append /v1/messages themselves: `fixed` is their value. */
  sdkClients: Client[];
  /** Clients that need /v1 (or /v1/) in the URL, each with the value it needs. */
  needV1: { client: Client; url: string }[];
  fixed: string;
}

const names = (clients: Client[], lang: 'en' | 'ja') =>
  clients.map((c) => clientName(c, lang)).join(lang === 'ja' ? '、' : '; ');

export const crossClientCodes = {
  'url/v1-shared': lazy(() =>
    spec<V1SharedArgs>({
      severity: 'error',
      title: {
        en: 'One base URL serves clients that disagree about /v1',
        ja: '/v1 の要否が違うクライアントが同じベースURL を使っています',
      },
      why: {
        en: 'Anthropic-SDK clients (and LiteLLM) append /v1/messages to the base URL, so theirs must not end in /v1 (it becomes /v1/v1/messages); OpenAI-compatible connections and Continue append only the endpoint, so theirs must. No single value is right for both: one of them gets 404 "Not Found".',
        ja: 'Anthropic SDK を使うクライアント（と LiteLLM）はベースURL に /v1/messages を付け足すため、/v1 で終わってはいけません（/v1/v1/messages になります）。OpenAI 互換の接続や Continue はエンドポイントだけを付け足すため、/v1 が必要です。両方に正しい値は一つもなく、どちらかが 404「Not Found」で失敗します。',
      },
      message: {
        en: (a) =>
          `${a.name} (${a.url}) is the base URL of clients that must not have /v1 (${names(a.sdkClients, 'en')}) and of clients that need it (${names(
            a.needV1.map((n) => n.client),
            'en',
          )}): one value cannot serve both.`,
        ja: (a) =>
          spaced(
            `${a.name}（${a.url}）を、/v1 を付けてはいけないクライアント（`,
            names(a.sdkClients, 'ja'),
            '）と /v1 が必要なクライアント（',
            names(
              a.needV1.map((n) => n.client),
              'ja',
            ),
            '）が使っています。一つの値で両方に合わせることはできません。',
          ),
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Keep ${a.name}=${a.fixed} (without /v1) for ${names(a.sdkClients, 'en')}.`,
          ...a.needV1.map(
            (n) =>
              `Give ${clientName(n.client, 'en')} a base URL of its own, ${n.url}, in its own settings (not through ${a.name}).`,
          ),
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          spaced(names(a.sdkClients, 'ja'), ' には ', `${a.name}=${a.fixed}`, ' を使います（/v1 を付けません）。'),
          ...a.needV1.map((n) =>
            spaced(
              clientName(n.client, 'ja'),
              ' には、専用のベースURL ',
              n.url,
              ' をそのクライアント自身の設定に書きます（',
              a.name,
              ' を通しません）。',
            ),
          ),
        ],
      },
      example: {
        name: 'ANTHROPIC_BASE_URL',
        url: 'https://llm-gateway.example.com/v1',
        sdkClients: ['anthropic-sdk'],
        needV1: [{ client: 'continue', url: 'https://llm-gateway.example.com/v1/' }],
        fixed: 'https://llm-gateway.example.com',
      },
      exampleLocation: envLoc,
    }),
  ),
};
