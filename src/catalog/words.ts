// Words shared by many catalogue entries and by the reporters: places, clients, characters.
import type { Client, CredentialKind, KubeLocation, Lang, Location } from '../types.js';

export const CLIENT_NAMES: Record<Client, Record<Lang, string>> = {
  'anthropic-sdk': {
    en: 'Anthropic SDK (ANTHROPIC_* variables)',
    ja: 'Anthropic SDK（ANTHROPIC_* 変数）',
  },
  'openhands-headless': {
    en: 'OpenHands headless / LiteLLM (LLM_* variables, config.toml)',
    ja: 'OpenHands ヘッドレス / LiteLLM（LLM_* 変数、config.toml）',
  },
  'openhands-web': {
    en: 'OpenHands Web UI (settings.json)',
    ja: 'OpenHands Web UI（settings.json）',
  },
  'claude-code': {
    en: 'Claude Code (settings files, login, environment)',
    ja: 'Claude Code（設定ファイル、ログイン、環境変数）',
  },
  litellm: {
    en: 'LiteLLM proxy (config.yaml model_list)',
    ja: 'LiteLLM プロキシ（config.yaml の model_list）',
  },
  aider: { en: 'aider (.aider.conf.yml, .env, AIDER_* variables)', ja: 'aider（.aider.conf.yml、.env、AIDER_* 変数）' },
  continue: { en: 'Continue (~/.continue/config.yaml)', ja: 'Continue（~/.continue/config.yaml）' },
  goose: { en: 'Goose (~/.config/goose/config.yaml)', ja: 'Goose（~/.config/goose/config.yaml）' },
  zed: { en: 'Zed (~/.config/zed/settings.json)', ja: 'Zed（~/.config/zed/settings.json）' },
  'open-webui': {
    en: 'Open WebUI (OPENAI_API_BASE_URLS connections)',
    ja: 'Open WebUI（OPENAI_API_BASE_URLS の接続）',
  },
  librechat: { en: 'LibreChat (.env, librechat.yaml)', ja: 'LibreChat（.env、librechat.yaml）' },
};

export const CREDENTIAL_NAMES: Record<CredentialKind, Record<Lang, string>> = {
  'cloud-provider': {
    en: 'cloud provider (Bedrock / Vertex AI / Foundry)',
    ja: 'クラウドプロバイダー（Bedrock / Vertex AI / Foundry）',
  },
  'auth-token': { en: 'auth token (ANTHROPIC_AUTH_TOKEN)', ja: '認証トークン（ANTHROPIC_AUTH_TOKEN）' },
  'api-key': { en: 'API key (ANTHROPIC_API_KEY)', ja: 'APIキー（ANTHROPIC_API_KEY）' },
  'api-key-helper': { en: 'apiKeyHelper command', ja: 'apiKeyHelper コマンド' },
  'oauth-token': { en: 'OAuth token (CLAUDE_CODE_OAUTH_TOKEN)', ja: 'OAuth トークン（CLAUDE_CODE_OAUTH_TOKEN）' },
  'anthropic-profile': {
    en: 'Anthropic profile (ANTHROPIC_PROFILE)',
    ja: 'Anthropic プロファイル（ANTHROPIC_PROFILE）',
  },
  subscription: { en: 'subscription login (/login)', ja: 'サブスクリプションのログイン（/login）' },
  none: { en: 'no credential', ja: '認証情報なし' },
};

export function clientName(client: Client, lang: Lang): string {
  return CLIENT_NAMES[client][lang];
}

/** A location in one line: `.env:3:17 (LLM_API_KEY)`, `environment variable LLM_API_KEY`. */
export function where(loc: Location, lang: Lang): string {
  switch (loc.kind) {
    case 'env':
      return lang === 'ja' ? `環境変数 ${loc.name}` : `environment variable ${loc.name}`;
    case 'file': {
      const pos = loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : '';
      if (!loc.key) return `${loc.path}${pos}`;
      return lang === 'ja' ? `${loc.path}${pos}（${loc.key}）` : `${loc.path}${pos} (${loc.key})`;
    }
    case 'container': {
      const inner = loc.env ?? (loc.path && loc.line ? `${loc.path}:${loc.line}` : loc.path);
      return lang === 'ja'
        ? `コンテナ ${loc.name}${inner ? ` の ${inner}` : ''}`
        : `container ${loc.name}${inner ? ` ${inner}` : ''}`;
    }
    case 'argument':
      return lang === 'ja' ? `コマンドラインオプション ${loc.name}` : `command-line option ${loc.name}`;
    case 'kube':
      return kubeWhere(loc, lang);
  }
}

/** `openhands/openhands-7d9f/app env LLM_API_KEY (secret openhands/llm key K)`, or the Secret's key alone. */
function kubeWhere(loc: KubeLocation, lang: Lang): string {
  const kind = loc.configMap ? 'configmap' : 'secret';
  const object = loc.secret ? `${kind} ${loc.namespace}/${loc.secret}${loc.key ? ` key ${loc.key}` : ''}` : '';
  const objectJa = loc.secret
    ? `${loc.configMap ? 'ConfigMap' : 'Secret'} ${loc.namespace}/${loc.secret}${loc.key ? ` のキー ${loc.key}` : ''}`
    : '';
  if (!loc.pod) return lang === 'ja' ? objectJa : object;
  const container = `${loc.namespace}/${loc.pod}${loc.container ? `/${loc.container}` : ''}`;
  if (lang === 'ja') {
    const inner = `${container}${loc.env ? ` の環境変数 ${loc.env}` : ''}`;
    return objectJa ? `${inner}（${objectJa}）` : inner;
  }
  const inner = `${container}${loc.env ? ` env ${loc.env}` : ''}`;
  return object ? `${inner} (${object})` : inner;
}

/** ` line 3` / ` の 3 行目`, or nothing when the line is not known. */
function lineOf(line: number | undefined, lang: Lang): string {
  if (!line) return '';
  return lang === 'ja' ? ` の ${line} 行目` : ` line ${line}`;
}

/** The first fix step for a bad value: where to change it, in the user's terms. */
export function editStep(loc: Location | undefined, name: string, lang: Lang): string {
  if (loc?.kind === 'file') {
    const line = lineOf(loc.line, lang);
    return lang === 'ja' ? `${loc.path}${line}（${name}）を編集します。` : `Edit ${loc.path}${line} (${name}).`;
  }
  if (loc?.kind === 'argument') {
    return lang === 'ja' ? `コマンドラインの ${loc.name} を変更します。` : `Change ${loc.name} on the command line.`;
  }
  if (loc?.kind === 'kube' && loc.secret) {
    const object = `${loc.namespace}/${loc.secret}`;
    return lang === 'ja'
      ? `${loc.configMap ? 'ConfigMap' : 'Secret'} ${object} のキー ${loc.key ?? name} の値を直し、そのキーを読む Pod を再起動します。`
      : `Fix the value of key ${loc.key ?? name} in ${loc.configMap ? 'configmap' : 'secret'} ${object}, then restart the pods that read it.`;
  }
  if (loc?.kind === 'kube' && loc.pod) {
    const container = `${loc.namespace}/${loc.pod}/${loc.container ?? ''}`;
    return lang === 'ja'
      ? `コンテナ ${container} の env の ${name} を、ワークロードのマニフェスト（Helm では \`values.yaml\`）で直します。`
      : `Fix ${name} in the env of container ${container}, in the workload's manifest (with Helm, \`values.yaml\`).`;
  }
  return lang === 'ja'
    ? `${name} を設定している場所（シェルの設定ファイル、CI のシークレット、docker run -e など）で値を設定し直します。`
    : `Set ${name} again where it is defined (your shell profile, the CI secret, docker run -e, …).`;
}

const JA_LETTER = /[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff\u3005]/;
const LATIN = /[A-Za-z0-9]/;
const JA_PUNCT = /[\u3001\u3002\u300c\u300d\uff08\uff09\uff1a\uff1f\uff01]/;
const meets = (a: string, b: string) => (JA_LETTER.test(a) && LATIN.test(b)) || (LATIN.test(a) && JA_LETTER.test(b));

/** Two pieces of Japanese text as one: a space where Japanese meets Latin, none next to 、。「」（）. */
function join(text: string, next: string): string {
  if (JA_PUNCT.test(text.slice(-1)) && next.startsWith(' ')) return `${text}${next.slice(1)}`;
  if (text.endsWith(' ') && JA_PUNCT.test(next[0] ?? '')) return `${text.slice(0, -1)}${next}`;
  return text && next && meets(text.slice(-1), next[0] ?? '') ? `${text} ${next}` : `${text}${next}`;
}

/**
 * Japanese text built from pieces, with the one half-width space docs/ja-style.md puts where a Japanese
 * letter meets a Latin letter or a number (`spaced('は', name, 'を')` gives 「は ANTHROPIC_API_KEY を」 or
 * 「は認証トークンを」), and none next to full-width punctuation (「.env:3（KEY）の」, not 「.env:3（KEY） の」).
 * A function, not a template tag: the bundle must stay ASCII, and a tag's raw Japanese text cannot be escaped.
 */
export function spaced(...pieces: string[]): string {
  return pieces.reduce(join, '');
}

export const CONSOLE_KEYS_URL = 'https://console.anthropic.com/settings/keys';

export type WhitespaceChar = 'space' | 'tab' | 'cr' | 'lf' | 'other';

export const WHITESPACE_NAMES: Record<WhitespaceChar, Record<Lang, string>> = {
  space: { en: 'space', ja: '空白' },
  tab: { en: 'tab (\\t)', ja: 'タブ（\\t）' },
  cr: { en: 'carriage return (CR, \\r)', ja: '復帰文字（CR、\\r）' },
  lf: { en: 'line feed (LF, \\n)', ja: '改行文字（LF、\\n）' },
  other: { en: 'whitespace character', ja: '空白文字' },
};

/** Joins a list the way each language does: "a, b and c" / "a、b、c". */
export function list(items: string[], lang: Lang): string {
  if (lang === 'ja') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Statuspage's impact levels; the page's own word when it is none of these. */
const IMPACT_WORDS: Record<string, Record<Lang, string>> = {
  none: { en: 'none', ja: 'なし' },
  minor: { en: 'minor', ja: '軽微' },
  major: { en: 'major', ja: '重大' },
  critical: { en: 'critical', ja: '深刻' },
};

export const impactWord = (impact: string, lang: Lang) => IMPACT_WORDS[impact]?.[lang] ?? impact;

/** The undocumented endpoint --probe-oauth asks (issue #16); its messages and the probe's record name it. */
export const USAGE_ENDPOINT = 'GET /api/oauth/usage';
