// url/*: base URLs that send requests to the wrong place, or send the key in the clear.
import type { Location } from '../types.js';
import { lazy, spec } from './define.js';
import { editStep } from './words.js';

const envLoc: Location = { kind: 'env', name: 'ANTHROPIC_BASE_URL' };

export const urlCodes = {
  'url/v1-suffix': lazy(() =>
    spec<{ name: string; url: string; requested: string; fixed: string }>({
      severity: 'error',
      title: { en: 'The base URL ends with /v1', ja: 'ベースURL が /v1 で終わっています' },
      why: {
        en: 'The SDK and LiteLLM append /v1/… themselves, so a base URL ending in /v1 produces /v1/v1/messages, which the API answers with 404 "Not Found".',
        ja: 'SDK や LiteLLM は /v1/… を自分で付け足すため、ベースURL が /v1 で終わっていると /v1/v1/messages へのリクエストになり、API は 404「Not Found」を返します。',
      },
      message: {
        en: (a) => `${a.name} is ${a.url}; requests will go to ${a.requested} and fail with 404 "Not Found".`,
        ja: (a) => `${a.name} が ${a.url} のため、リクエストは ${a.requested} に送られ、404「Not Found」で失敗します。`,
      },
      fix: {
        en: (a, loc) => [editStep(loc, a.name, 'en'), `Set ${a.name}=${a.fixed} (without /v1).`],
        ja: (a, loc) => [editStep(loc, a.name, 'ja'), `${a.name}=${a.fixed} にします（/v1 を付けません）。`],
      },
      example: {
        name: 'ANTHROPIC_BASE_URL',
        url: 'https://api.anthropic.com/v1',
        requested: 'https://api.anthropic.com/v1/v1/messages',
        fixed: 'https://api.anthropic.com',
      },
      exampleLocation: envLoc,
    }),
  ),

  'url/endpoint-path': lazy(() =>
    spec<{ name: string; url: string; path: string; fixed: string }>({
      severity: 'error',
      title: { en: 'The base URL is a full endpoint path', ja: 'ベースURL がエンドポイントのパスまで含んでいます' },
      why: {
        en: 'A base URL names the server (and a proxy prefix), not an endpoint. Clients append the endpoint path, so …/v1/messages or …/chat/completions ends up doubled and the request fails with 404.',
        ja: 'ベースURL はサーバー（とプロキシの接頭パス）を指すもので、エンドポイントではありません。クライアントがエンドポイントのパスを付け足すため、…/v1/messages や …/chat/completions が二重になり、404 で失敗します。',
      },
      message: {
        en: (a) => `${a.name} is ${a.url}, which ends with the endpoint path ${a.path}.`,
        ja: (a) => `${a.name} の ${a.url} はエンドポイントのパス ${a.path} で終わっています。`,
      },
      fix: {
        en: (a, loc) => [editStep(loc, a.name, 'en'), `Set ${a.name}=${a.fixed}.`],
        ja: (a, loc) => [editStep(loc, a.name, 'ja'), `${a.name}=${a.fixed} にします。`],
      },
      example: {
        name: 'ANTHROPIC_BASE_URL',
        url: 'https://api.anthropic.com/v1/messages',
        path: '/v1/messages',
        fixed: 'https://api.anthropic.com',
      },
      exampleLocation: envLoc,
    }),
  ),

  'url/insecure': lazy(() =>
    spec<{ name: string; url: string; host: string }>({
      severity: 'error',
      title: { en: 'The key would be sent over plain HTTP', ja: 'キーが暗号化されない HTTP で送られます' },
      why: {
        en: 'With an http:// base URL to a host other than this machine, the API key travels unencrypted and anyone on the path can read it. claude-doctor does not probe such a URL.',
        ja: 'このマシン以外のホストを指す http:// のベースURL では、APIキーが暗号化されずに送られ、経路上の誰でも読み取れます。claude-doctor はこの URL へのライブ検査を行いません。',
      },
      message: {
        en: (a) => `${a.name} is ${a.url}: the key would cross the network to ${a.host} unencrypted.`,
        ja: (a) => `${a.name} が ${a.url} のため、キーが暗号化されずにネットワーク越しに ${a.host} へ送られます。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Use https:// (for Anthropic: ${a.name}=https://api.anthropic.com), or put the proxy on this machine (localhost) and let it use TLS upstream.`,
          'If the key has already crossed the network, rotate it in the Console.',
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `https:// を使うか（Anthropic なら ${a.name}=https://api.anthropic.com）、プロキシをこのマシン（localhost）に置き、上流へは TLS で接続させます。`,
          'キーがすでにネットワークを流れた場合は、Console でキーを作り直します。',
        ],
      },
      example: { name: 'ANTHROPIC_BASE_URL', url: 'http://10.0.0.5:4000', host: '10.0.0.5' },
      exampleLocation: envLoc,
    }),
  ),

  'url/invalid': lazy(() =>
    spec<{ name: string; url: string; reason: 'not-a-url' | 'no-scheme' | 'scheme' | 'whitespace' }>({
      severity: 'error',
      title: { en: 'The base URL is not a valid URL', ja: 'ベースURL が正しい URL ではありません' },
      why: {
        en: 'Clients cannot build a request from it: it fails before anything is sent, or goes somewhere unexpected.',
        ja: 'クライアントはこの値からリクエストを組み立てられず、何も送られないうちに失敗するか、想定外の宛先に送ります。',
      },
      message: {
        en: (a) =>
          `${a.name} (${a.url}) ${{ 'not-a-url': 'is not a URL', 'no-scheme': 'has no https:// scheme', scheme: 'does not use http:// or https://', whitespace: 'contains whitespace' }[a.reason]}.`,
        ja: (a) =>
          `${a.name}（${a.url}）${{ 'not-a-url': 'は URL ではありません', 'no-scheme': 'に https:// がありません', scheme: 'が http:// でも https:// でもありません', whitespace: 'に空白文字が含まれています' }[a.reason]}。`,
      },
      fix: {
        en: (a, loc) => [
          editStep(loc, a.name, 'en'),
          `Write a full URL such as https://api.anthropic.com, or unset ${a.name} to use the default.`,
        ],
        ja: (a, loc) => [
          editStep(loc, a.name, 'ja'),
          `https://api.anthropic.com のような完全な URL を書くか、${a.name} を削除してデフォルトを使います。`,
        ],
      },
      example: { name: 'ANTHROPIC_BASE_URL', url: 'api.anthropic.com', reason: 'no-scheme' },
      exampleLocation: envLoc,
    }),
  ),

  'url/stray-anthropic-base-url': lazy(() =>
    spec<{ name: string; url: string }>({
      severity: 'warning',
      title: {
        en: 'ANTHROPIC_BASE_URL silently redirects OpenHands',
        ja: 'ANTHROPIC_BASE_URL が OpenHands の送り先を黙って変えています',
      },
      why: {
        en: "OpenHands never reads ANTHROPIC_BASE_URL or ANTHROPIC_API_BASE, but when it has no base URL of its own, LiteLLM falls back to them. A value left over from a proxy or Claude Code router setup sends OpenHands' requests, and your key, to that server.",
        ja: 'OpenHands 自身は ANTHROPIC_BASE_URL や ANTHROPIC_API_BASE を読みませんが、独自のベースURL がないと LiteLLM がこれらを使います。プロキシや Claude Code のルーター設定の残りがあると、OpenHands のリクエストとキーがそのサーバーに送られます。',
      },
      message: {
        en: (a) => `OpenHands has no base URL of its own, so LiteLLM sends its requests to ${a.name}=${a.url}.`,
        ja: (a) => `OpenHands に独自のベースURL がないため、LiteLLM は ${a.name}=${a.url} にリクエストを送ります。`,
      },
      fix: {
        en: (a) => [
          `If that is not intended, unset ${a.name} for OpenHands (\`unset ${a.name}\`, or remove -e ${a.name} from the container).`,
          'If it is intended, set LLM_BASE_URL (or [llm] base_url) to the same URL so the choice is explicit.',
        ],
        ja: (a) => [
          `意図したものでなければ、OpenHands 用に ${a.name} を削除します（\`unset ${a.name}\`、またはコンテナの -e ${a.name} を外す）。`,
          '意図したものなら、LLM_BASE_URL（または [llm] base_url）に同じ URL を設定し、明示的にします。',
        ],
      },
      example: { name: 'ANTHROPIC_BASE_URL', url: 'http://localhost:3456' },
      exampleLocation: envLoc,
    }),
  ),
};
