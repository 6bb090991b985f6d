// Fake keys, built at run time: no file in the repository holds a string shaped like a real key.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A deterministic pseudo-random body (mulberry32), so a failing test shows the same key every run. */
export function body(length: number, seed = 1, alphabet = ALPHABET): string {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out += alphabet[((t ^ (t >>> 14)) >>> 0) % alphabet.length];
  }
  return out;
}

const join = (...parts: string[]) => parts.join('');

/** sk-ant-api03- + 93 characters + AA: the shape of a real Console API key. */
export const apiKey = (seed = 1) => join('sk-ant-', 'api03-', body(93, seed), 'AA');
export const adminKey = (seed = 1) => join('sk-ant-', 'admin01-', body(93, seed), 'AA');
export const oauthToken = (seed = 1) => join('sk-ant-', 'oat01-', body(80, seed));
export const refreshToken = (seed = 1) => join('sk-ant-', 'ort01-', body(80, seed));
export const openaiKey = (seed = 1) => join('sk-', 'proj-', body(74, seed), 'T3Blbk', 'FJ', body(74, seed + 1));
export const openrouterKey = (seed = 1) => join('sk-', 'or-v1-', body(64, seed, '0123456789abcdef'));
export const googleKey = (seed = 1) => join('AI', 'za', body(35, seed));
export const groqKey = (seed = 1) => join('gs', 'k_', body(52, seed, ALPHABET.slice(0, 62)));
const ALNUM = ALPHABET.slice(0, 62);
export const xaiKey = (seed = 1) => join('xa', 'i-', body(80, seed, ALNUM));
export const huggingfaceToken = (seed = 1) => join('h', 'f_', body(34, seed, ALNUM));
export const replicateToken = (seed = 1) => join('r8', '_', body(37, seed, ALNUM));
export const perplexityKey = (seed = 1) => join('pp', 'lx-', body(48, seed, ALNUM));
export const sourcegraphToken = (seed = 1) => join('sg', 'p_', body(40, seed, ALNUM));
export const githubToken = (seed = 1) => join('gh', 'p_', body(36, seed, ALNUM));
export const githubPat = (seed = 1) => join('github', '_pat_', body(22, seed, ALNUM), '_', body(59, seed + 1, ALNUM));
export const awsKeyId = (seed = 1) => join('AK', 'IA', body(16, seed, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'));

/** Every provider's key shape the checks know, by name: for tables of redaction tests. */
export const PROVIDER_KEYS: Record<string, (seed?: number) => string> = {
  'Anthropic API key': apiKey,
  'Anthropic admin key': adminKey,
  'Anthropic OAuth token': oauthToken,
  'Anthropic refresh token': refreshToken,
  OpenAI: openaiKey,
  OpenRouter: openrouterKey,
  Google: googleKey,
  Groq: groqKey,
  xAI: xaiKey,
  'Hugging Face': huggingfaceToken,
  Replicate: replicateToken,
  Perplexity: perplexityKey,
  Sourcegraph: sourcegraphToken,
  'GitHub token': githubToken,
  'GitHub fine-grained token': githubPat,
  'AWS key id': awsKeyId,
};
