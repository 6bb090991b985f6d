// Linear time: each parser, and the checks that run on what it yields, fed an input at the tool's size limit
// (1 MiB for a file) in its worst shapes — many lines, many groups, many duplicate names, one huge line, deep
// nesting. On the old code the worst of these took minutes to hours (dotenv's regex on blank lines, a scan
// of the whole config.toml per key). The bound is generous for a slow shared box; quadratic code misses it
// by orders of magnitude. CLAUDE_DOCTOR_TIMES=1 prints the times.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConflict } from '../../src/checks/consistency.js';
import { checkCredential } from '../../src/checks/credential.js';
import { checkDotenvLine, checkDuplicates } from '../../src/checks/dotenv-lines.js';
import { checkConfigFacts } from '../../src/clients/openhands-headless/checks.js';
import { checkVariableNames } from '../../src/checks/variable-names.js';
import { runDoctor } from '../../src/doctor.js';
import { Explainer } from '../../src/explain.js';
import { paint } from '../../src/report/color.js';
import { textReport } from '../../src/report/text.js';
import { readDotenvFiles } from '../../src/sources/dotenv.js';
import { readOpenHandsConfigs } from '../../src/clients/openhands-headless/sources.js';
import { readOpenHandsSettings } from '../../src/clients/openhands-web/sources.js';
import { CONFIG_FILE_LIMIT } from '../../src/sources/read-text.js';
import type { Setting, SourceProblem } from '../../src/types.js';
import { apiKey } from '../support/keys.js';

const BOUND_MS = 3000;
const dir = mkdtempSync(join(tmpdir(), 'cd-linear-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `unit` (a function of its index) repeated until the text would pass the limit. */
function fill(unit: (i: number) => string, head = '', tail = '', limit = CONFIG_FILE_LIMIT): string {
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; ; i++) {
    const u = unit(i);
    size += Buffer.byteLength(u);
    if (size > limit) break;
    parts.push(u);
  }
  parts.push(tail);
  return parts.join('');
}

function timed(name: string, run: () => unknown): number {
  const started = performance.now();
  run();
  const ms = performance.now() - started;
  if (process.env.CLAUDE_DOCTOR_TIMES) console.log(`${name}: ${ms.toFixed(0)} ms`);
  return ms;
}

/** The checks that run on every setting a file source yields, offline and without profiles. */
function checkAll(settings: Setting[]) {
  for (const s of settings) {
    if (s.role === 'api_key') checkCredential(s, { models: [], viaProxy: false, showSecrets: false });
    checkDotenvLine(s, false);
  }
  checkConflict([], settings, false);
}

let serial = 0;
const write = (name: string, text: string) => {
  const file = `${serial++}-${name}`;
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(CONFIG_FILE_LIMIT);
  writeFileSync(join(dir, file), text);
  return { paths: [file], explicit: true, cwd: dir };
};
const noProblems = (problems: SourceProblem[]) =>
  expect(problems.filter((p) => p.code === 'source/too-large')).toEqual([]);

describe('.env at 1 MiB', () => {
  const key = apiKey(5);
  const shapes: [string, string][] = [
    ['blank lines', fill(() => '\n')],
    ['whitespace-only lines', fill(() => ' \t \n')],
    ['one name assigned on every line', fill((i) => `ANTHROPIC_API_KEY=${key.slice(0, 20)}${i}\n`)],
    ['distinct misnamed variables', fill((i) => `ANTHROPIC_APIKEY_${i}=x\nANTHROPC_API_KEY=${i}\n`)],
    ['empty assignments then blank lines', fill(() => 'LLM_API_KEY=\n\n\n')],
    ['unterminated quotes with escaped quotes', fill(() => 'LLM_API_KEY="\\"\\"\\" x\n')],
    ['one huge line', `LLM_API_KEY=${'k'.repeat(CONFIG_FILE_LIMIT - 20)}\n`],
    ['one huge quoted value over many lines', fill(() => "'\n", 'LLM_API_KEY="', '"')],
    ['assignments after line separators', fill((i) => `A${i}="x"\u2028`)],
    ['export on its own lines', fill(() => 'export\n')],
    ['names with no separator', fill(() => 'LLM_API_KEY\n')],
  ];
  it.each(shapes)('%s', (name, text) => {
    const files = write('.env', text);
    const ms = timed(`.env ${name}`, () => {
      const r = readDotenvFiles(files);
      noProblems(r.problems);
      checkAll(r.settings);
      checkDuplicates(r.dotenvFiles ?? []);
      checkVariableNames(r.otherNames ?? [], r.settings);
    });
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('config.toml at 1 MiB', () => {
  const shapes: [string, string][] = [
    [
      'many [llm.gN] groups with keys',
      fill((i) => `[llm.g${i}]\nmodel = "anthropic/claude-sonnet-4-6"\napi_key = "k${i}"\n`, '[llm]\nmodel = "m"\n'),
    ],
    [
      'many groups named by [agent] tables',
      fill((i) => `[agent.a${i}]\nllm_config = "g${i}"\n[llm.g${i}]\nbase_url = "https://x"\n`),
    ],
    ['many unknown keys in [llm]', fill((i) => `k${i} = "v"\n`, '[llm]\n')],
    ['many groups each dropped for an unknown key', fill((i) => `[llm.g${i}]\napi_keyy = "x"\n`)],
    ['one huge line', `[llm]\napi_key = "${'k'.repeat(CONFIG_FILE_LIMIT - 30)}"\n`],
    [
      'a parse error at the end of a huge line',
      `[llm]\napi_key = "${'keykey'.repeat((CONFIG_FILE_LIMIT - 40) / 6)}" x\n`,
    ],
    ['a key-like name a megabyte long', `${'keykey.'.repeat((CONFIG_FILE_LIMIT - 40) / 7)}x = y\n`],
    ['a table header full of spaces', `[${' '.repeat(CONFIG_FILE_LIMIT - 10)}\n`],
    ['many duplicate names', fill(() => 'api_key = "x"\n', '[llm]\n')],
    ['deep arrays', `a = ${'['.repeat(CONFIG_FILE_LIMIT / 2 - 10)}${']'.repeat(CONFIG_FILE_LIMIT / 2 - 10)}`],
    ['a deep dotted header', `[${'a.'.repeat(CONFIG_FILE_LIMIT / 2 - 10)}b]\n`],
    ['a deep dotted key under [agent]', `[agent]\n${'a.'.repeat(CONFIG_FILE_LIMIT / 2 - 20)}b = 1\n`],
    ['deep inline tables', `a = ${'{b='.repeat(CONFIG_FILE_LIMIT / 4 - 10)}1${'}'.repeat(CONFIG_FILE_LIMIT / 4 - 10)}`],
    ['CR line endings only', fill(() => '\r')],
  ];
  it.each(shapes)('%s', (name, text) => {
    const files = write('config.toml', text);
    const ms = timed(`config.toml ${name}`, () => {
      const r = readOpenHandsConfigs(files);
      noProblems(r.problems);
      checkAll(r.settings);
      checkConfigFacts(r.configs, r.settings);
    });
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('settings.json at 1 MiB', () => {
  const shapes: [string, string][] = [
    [
      'deep objects',
      `{"llm_api_key": "k", "a": ${'{"a":'.repeat(CONFIG_FILE_LIMIT / 6 - 10)}1${'}'.repeat(CONFIG_FILE_LIMIT / 6 - 10)}}`,
    ],
    ['deep arrays', `${'['.repeat(CONFIG_FILE_LIMIT / 2 - 1)}${']'.repeat(CONFIG_FILE_LIMIT / 2 - 1)}`],
    ['a huge key value', `{"llm_api_key": "${'k'.repeat(CONFIG_FILE_LIMIT - 40)}"}`],
    ['many decoy keys before the real one', fill(() => '"llm_api_keyy": 1, ', '{', '"llm_api_key": "k"}')],
    ['a syntax error at the end of one line', `{"llm_api_key": "${'k'.repeat(CONFIG_FILE_LIMIT - 40)}" x}`],
    ['many lines then a syntax error', fill(() => '\n', '{', 'x')],
  ];
  it.each(shapes)('%s', (name, text) => {
    const files = write('settings.json', text);
    const ms = timed(`settings.json ${name}`, () => {
      const r = readOpenHandsSettings(files);
      noProblems(r.problems);
      checkAll(r.settings);
    });
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('the explain stream, 16 MiB in 1 MiB chunks', () => {
  const size = 16 * CONFIG_FILE_LIMIT;
  const error = '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}';
  const shapes: [string, string][] = [
    ['short lines, each an error', `${error}\n`],
    ['one line full of signatures', 'proxy x-api-key ECONNREFUSED timed out credential organization '],
    ['one line with no newline and no signature', 'a'.repeat(1000)],
    ['one line of partial signatures', 'x-api-ke'],
    ['blank lines', '\n'],
    ['errors past 64 kB on long lines', `${'z'.repeat(100_000)} ${error}\n`],
  ];
  it.each(shapes)('%s', (name, unit) => {
    const chunk = Buffer.from(unit.repeat(Math.ceil(CONFIG_FILE_LIMIT / unit.length))).subarray(0, CONFIG_FILE_LIMIT);
    const ms = timed(`explain ${name}`, () => {
      const e = new Explainer();
      for (let sent = 0; sent < size; sent += chunk.length) e.push(chunk);
      e.finish();
    });
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

// The whole offline run over such a file: profile resolution, every check and the report. Each group
// with its own key is a profile of its own, and each line of one name is a setting a client may use.
describe('the whole run on a file at 1 MiB', () => {
  const shapes: [string, string, string][] = [
    [
      'config.toml',
      'many [llm.gN] groups with keys',
      fill(
        (i) => `[llm.g${i}]\nmodel = "anthropic/claude-sonnet-4-6"\napi_key = "k${i}xxxxxxxxxxxxxxxxx"\n`,
        '[llm]\nmodel = "anthropic/claude-sonnet-4-6"\n',
      ),
    ],
    ['.env', 'one name assigned on every line', fill((i) => `LLM_API_KEY=k${i}xxxxxxxxxxxxxxxxxxxxx\n`)],
    [
      '.env',
      'many distinct client variables',
      fill((i) => `ANTHROPIC_API_KEY=k${i}\nLLM_MODEL=m${i}\nLLM_BASE_URL=https://h${i}.example\n`),
    ],
  ];
  it.each(shapes)('%s: %s', async (file, _name, text) => {
    const cwd = mkdtempSync(join(dir, 'run-'));
    writeFileSync(join(cwd, file), text);
    const started = performance.now();
    const report = await runDoctor({
      env: {},
      cwd,
      useEnv: false,
      docker: false,
      timeout: 1000,
      offline: true,
      today: '2026-11-30',
      showSecrets: false,
      ignore: [],
    });
    textReport(report, {
      lang: 'en',
      strict: false,
      showSecrets: false,
      version: '0',
      color: paint(false),
      offline: true,
    });
    const ms = performance.now() - started;
    if (process.env.CLAUDE_DOCTOR_TIMES)
      console.log(`whole run ${file} ${_name}: ${ms.toFixed(0)} ms, ${report.profiles.length} profiles`);
    expect(report.profiles.length).toBeGreaterThan(0);
    // Looser than a parser alone: thousands of profiles are rendered too. Quadratic code took minutes here.
    expect(ms).toBeLessThan(BOUND_MS * 3);
  });
});
