// `explain` reading a terminal says what to do first (on stderr, in the chosen language); from a pipe,
// a file or arguments it says nothing.
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/catalog/ui.js';
import { runExplain } from '../../src/cli/explain.js';

async function run(stdinTTY: boolean, more: { text?: string[]; lang?: string } = {}) {
  let stderr = '';
  let stdout = '';
  async function* stdin() {
    yield 'Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}\n';
  }
  const code = await runExplain(
    { format: 'text', ...more },
    {
      env: {},
      cwd: '/',
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: stdin(),
      stdinTTY,
    },
  );
  return { code, stderr, stdout };
}

describe('explain on a terminal', () => {
  it('asks for the text before reading it, in English and Japanese', async () => {
    expect((await run(true)).stderr).toBe(`${UI.en.explainPrompt}\n`);
    expect(UI.en.explainPrompt).toMatch(/^Paste the error text, then press Ctrl-D/);
    expect((await run(true, { lang: 'ja' })).stderr).toBe(`${UI.ja.explainPrompt}\n`);
  });

  it('says nothing when the text comes from a pipe or the arguments', async () => {
    const piped = await run(false);
    expect(piped.stderr).toBe('');
    expect(piped.code).toBe(1);
    expect((await run(true, { text: ['overloaded_error'] })).stderr).toBe('');
  });
});
