// A string from a server's answer (the Admin API, the status page), made fit for a sentence of ours:
// controls and bidi overrides replaced, key shapes scrubbed, cut at `max` characters. The report
// neutralises it again where it renders it.
import { scrubKeyShapes } from '../secrets.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
const UNFIT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `value` if it is a string, with each unfit character as `instead`; undefined for anything else. */
export function outsideText(value: unknown, max: number, instead: '?' | ' ' = '?'): string | undefined {
  if (typeof value !== 'string') return undefined;
  // A space stands in where words run on (a name, a sentence), so the ends are trimmed too.
  const replaced = value.replace(UNFIT, instead);
  const plain = scrubKeyShapes(instead === ' ' ? replaced.trim() : replaced);
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
