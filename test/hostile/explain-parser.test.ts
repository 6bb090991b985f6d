// The error parser reads text from anywhere: a line built to make its patterns backtrack must still be
// read in bounded time (every run ends within --timeout + 1 s), and yield findings, not a stack trace.
import { describe, expect, it } from 'vitest';
import { explainText } from '../../src/explain.js';

const ATTACKS: [string, () => string][] = [
  ['a model: token repeated', () => 'model:'.repeat(10_000)],
  ['escapes piled before quotes', () => `"error": {${'\\'.repeat(50)}"`.repeat(1_000)],
  ['an unterminated Python repr', () => "'a': '".repeat(10_000)],
  ['status words without a status', () => 'Error code: status code HTTP/1.1 ('.repeat(1_500)],
  ['error words with brackets', () => `${'Error rejected failed exception '.repeat(5)}(401 `.repeat(300)],
  ['an error object with no end', () => `{"error": {"type": "${'x'.repeat(60_000)}`],
  ['wrapped lines of signatures', () => 'invalid x-api\n-key OAuth\n'.repeat(5_000)],
];

describe('explain on hostile error texts', () => {
  it.each(ATTACKS)('%s: bounded time', (_name, build) => {
    const text = build();
    const started = performance.now();
    const found = explainText(text);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(Array.isArray(found)).toBe(true);
  });
});
