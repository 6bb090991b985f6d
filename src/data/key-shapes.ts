// Shapes of credentials, from the rules of public secret scanners (gitleaks, trufflehog) for each provider.
// Test `sk-ant-` before any "sk- means OpenAI" rule: every Anthropic key starts with `sk-` too.

export const API03 = { prefix: 'sk-ant-api03-', length: 108, body: /^[A-Za-z0-9_-]*$/, ending: 'AA' } as const;

export type AnthropicKind =
  | 'api-key'
  | 'console-admin'
  | 'enterprise-admin'
  | 'oauth-access'
  | 'oauth-refresh'
  | 'other-anthropic';

/** `length` is the whole key's, where scanners know it (an api03 key is 108 characters). */
export const ANTHROPIC_PREFIXES: readonly { prefix: string; kind: AnthropicKind; length?: number }[] = [
  { prefix: 'sk-ant-api03-', kind: 'api-key', length: 108 },
  { prefix: 'sk-ant-admin01-', kind: 'console-admin', length: 110 },
  { prefix: 'sk-ant-api01-', kind: 'enterprise-admin' },
  { prefix: 'sk-ant-oat01-', kind: 'oauth-access' },
  { prefix: 'sk-ant-ort01-', kind: 'oauth-refresh' },
  { prefix: 'sk-ant-', kind: 'other-anthropic' },
];

/** Other services' keys; `model` matches that provider's model ids, where the key is then right. */
export const OTHER_PROVIDERS: readonly { provider: string; shape: RegExp; model?: RegExp }[] = [
  { provider: 'OpenRouter', shape: /^sk-or-v1-[0-9a-f]{64}$/, model: /^openrouter\// },
  {
    provider: 'OpenAI',
    shape: /^sk-(?:proj|svcacct|admin|service)-[A-Za-z0-9_-]+$/,
    model: /^(openai\/|gpt-|o[1-9]|chatgpt)/,
  },
  { provider: 'OpenAI', shape: /^sk-[A-Za-z0-9_-]*T3BlbkFJ[A-Za-z0-9_-]+$/, model: /^(openai\/|gpt-|o[1-9]|chatgpt)/ },
  { provider: 'Google (Gemini)', shape: /^AIza[\w-]{35}$/, model: /^(gemini\/|vertex_ai\/|gemini-)/ },
  { provider: 'Groq', shape: /^gsk_[a-zA-Z0-9]{52}$/, model: /^groq\// },
  { provider: 'xAI', shape: /^xai-[0-9a-zA-Z_]{80}$/, model: /^(xai\/|grok-)/ },
  { provider: 'Hugging Face', shape: /^(?:hf_|api_org_)[a-zA-Z0-9]{34}$/, model: /^huggingface\// },
  { provider: 'Replicate', shape: /^r8_[0-9A-Za-z_-]{37}$/, model: /^replicate\// },
  { provider: 'Perplexity', shape: /^pplx-[a-zA-Z0-9]{48}$/, model: /^perplexity\// },
  { provider: 'Sourcegraph', shape: /^sgp_[A-Za-z0-9_]{20,}$/ },
  { provider: 'GitHub', shape: /^(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})$/ },
  { provider: 'AWS', shape: /^(AKIA|ASIA)[A-Z0-9]{16}$/, model: /^bedrock\// },
];

/**
 * Where a credential starts in free text, for redaction by shape (secrets.ts): its prefix, the least
 * body after it, the whole key's length when known, and whether the prefix is proof enough (`strong`)
 * or the body must also look random (prefixes short enough to occur in prose or identifiers).
 * Keep in step with the tables above: a test redacts a key of every provider.
 */
export interface TextShape {
  prefix: string;
  min: number;
  length?: number;
  strong: boolean;
}

export const TEXT_SHAPES: readonly TextShape[] = [
  ...ANTHROPIC_PREFIXES.map((p) => ({
    prefix: p.prefix,
    min: 8,
    ...(p.length ? { length: p.length } : {}),
    strong: true,
  })),
  ...[
    'sk-or-v1-',
    'sk-proj-',
    'sk-svcacct-',
    'sk-admin-',
    'sk-service-',
    'github_pat_',
    'ghp_',
    'gho_',
    'ghu_',
    'ghs_',
    'ghr_',
  ].map((prefix) => ({ prefix, min: 16, strong: true })),
  { prefix: 'AIza', min: 30, strong: true },
  { prefix: 'sk-', min: 20, strong: false },
  ...['gsk_', 'xai-', 'pplx-'].map((prefix) => ({ prefix, min: 32, strong: false })),
  ...['hf_', 'api_org_', 'r8_'].map((prefix) => ({ prefix, min: 30, strong: false })),
  { prefix: 'sgp_', min: 20, strong: false },
  ...['AKIA', 'ASIA'].map((prefix) => ({ prefix, min: 16, strong: false })),
].sort((a, b) => b.prefix.length - a.prefix.length);

/** Template text left in place of a key. Matched against the whole value, case-insensitively. */
export const PLACEHOLDERS: readonly RegExp[] = [
  /^<[^<>]*>$/,
  /^\[[^[\]]*\]$/,
  /^\{\{?[^{}]*\}?\}$/,
  /^\$\{?[A-Za-z_][A-Za-z0-9_]*(:?-[^}]*)?\}?$/, // an unexpanded ${VAR}: docker --env-file does not expand
  /^(sk-ant-(api03-)?|sk-)?(x{3,}|\.{3,}|0{6,}|123456.*|\*{1,3})$/i,
  /your.*(key|token)|(key|token).*here|(insert|paste|enter|put)[-_ ]/i,
  /^(changeme|change[-_]?me|replace[-_]?me|todo|tbd|fixme|placeholder|dummy|fake|test(ing)?|example|sample|none|null|nil|undefined|empty|secret|password|api[-_]?key|anthropic[-_]?api[-_]?key|key|token|xxx+)$/i,
];

/** Masks that displays put in place of most of a key (escaped: the bundle must be ASCII, see scripts/build.mjs). */
export const MASKS: readonly RegExp[] = [/\*{3,}/, /\u2022{2,}|\u25cf{2,}/, /\u2026/, /\.{3}/];

/** Whose key this is, from its shape alone: "Anthropic", another provider's name, or undefined. */
export function providerOfKey(value: string): string | undefined {
  const key = value.trim();
  if (key.startsWith('sk-ant-')) return 'Anthropic';
  return OTHER_PROVIDERS.find((p) => p.shape.test(key))?.provider;
}

/** LiteLLM's provider prefixes (and bare names it maps itself) that are not Anthropic's API. */
export const MODEL_PROVIDERS: readonly { provider: string; model: RegExp }[] = [
  { provider: 'OpenAI', model: /^(openai\/|gpt-|o[1-9](-|$)|chatgpt|text-davinci)/ },
  { provider: 'Azure OpenAI', model: /^azure\// },
  { provider: 'Google (Gemini)', model: /^(gemini\/|vertex_ai\/|gemini-)/ },
  { provider: 'OpenRouter', model: /^openrouter\// },
  { provider: 'Groq', model: /^groq\// },
  { provider: 'xAI', model: /^(xai\/|grok-)/ },
  { provider: 'AWS Bedrock', model: /^bedrock\// },
  { provider: 'DeepSeek', model: /^deepseek\// },
  { provider: 'Mistral', model: /^(mistral\/|mistral-|codestral)/ },
  { provider: 'Ollama', model: /^ollama(_chat)?\// },
  { provider: 'Hugging Face', model: /^huggingface\// },
];

export function providerOfModel(model: string): string | undefined {
  return MODEL_PROVIDERS.find((p) => p.model.test(model.trim()))?.provider;
}
