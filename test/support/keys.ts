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
