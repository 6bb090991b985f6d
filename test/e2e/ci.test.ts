// CI outputs: GitHub workflow commands (masks, annotations, limits, summary, outputs), SARIF checked
// against what GitHub code scanning requires, the team configuration file, and the action's script.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/catalog/index.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { MARKERS, ROOT, prepareCase, runCli, runJson } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';

describe('github workflow commands', () => {
  it('escapes data and properties as actions/toolkit does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('key/whitespace: a, b')).toBe('key/whitespace%3A a%2C b');
  });

  it('masks every key first, then annotates findings at their file and line, and writes the summary and outputs', async () => {
    const dir = prepareCase('env/docker-differences');
    const summary = join(dir, 'summary.md');
    const outputs = join(dir, 'outputs.txt');
    writeFileSync(summary, '');
    writeFileSync(outputs, '');
    const { stdout, code } = await runCli(['check'], dir, {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: outputs,
    });
    const lines = stdout.split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    expect(masks.length).toBeGreaterThanOrEqual(2);
    // Before the first mask, nothing; after the masks, no line holds a raw key.
    expect(lines.findIndex((l) => !l.startsWith('::add-mask::'))).toBe(masks.length);
    for (const key of [MARKERS['{{API_KEY_1}}'], MARKERS['{{API_KEY_2}}']]) {
      expect(lines.filter((l) => l.includes(key!)).every((l) => l.startsWith('::add-mask::'))).toBe(true);
    }
    expect(stdout).toMatch(
      /^::warning file=\.env,line=3,col=\d+,title=dotenv\/export-prefix%3A A \.env line starts with "export"::/m,
    );
    expect(stdout).toContain('::group::claude-doctor report');
    expect(readFileSync(summary, 'utf8')).toMatch(
      /## claude-doctor: 0 error\(s\), \d+ warning\(s\)[\s\S]*<details><summary>⚠️ <code>key\/quoted<\/code>/,
    );
    expect(readFileSync(outputs, 'utf8')).toMatch(/^ok=true\nerrors=0\nwarnings=\d+\n$/);
    expect(code).toBe(0);
  });

  it('keeps within the per-step annotation limits and counts the rest in one notice', async () => {
    const dir = prepareCase();
    // Fifteen files with a placeholder key: one used (an error), fourteen overridden (warnings).
    const files = Array.from({ length: 15 }, (_, i) => `e${i}.env`);
    for (const f of files) writeFileSync(join(dir, f), 'ANTHROPIC_API_KEY=your-api-key\n');
    const { stdout } = await runCli(['check', '--format', 'github', ...files.flatMap((f) => ['--env-file', f])], dir);
    expect(stdout.match(/^::error /gm)).toHaveLength(1);
    expect(stdout.match(/^::warning /gm)).toHaveLength(10);
    expect(stdout).toMatch(/^::notice title=claude-doctor::\d+ more findings are not shown as annotations/m);
  });

  it('is chosen by itself on GitHub Actions, and --format text still wins', async () => {
    const dir = prepareCase('env/clean');
    expect((await runCli(['check'], dir, { GITHUB_ACTIONS: 'true' })).stdout).toMatch(/^::add-mask::/);
    expect((await runCli(['check', '--format', 'text'], dir, { GITHUB_ACTIONS: 'true' })).stdout).toMatch(
      /^claude-doctor /,
    );
  });
});

// The parts of SARIF 2.1.0 that GitHub code scanning requires (docs.github.com, "SARIF support for code scanning").
const GITHUB_SARIF = {
  type: 'object',
  required: ['$schema', 'version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                properties: {
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id', 'shortDescription', 'fullDescription', 'help', 'defaultConfiguration'],
                      properties: {
                        shortDescription: { type: 'object', required: ['text'] },
                        fullDescription: { type: 'object', required: ['text'] },
                        help: { type: 'object', required: ['text', 'markdown'] },
                        defaultConfiguration: {
                          type: 'object',
                          properties: { level: { enum: ['note', 'warning', 'error'] } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'message', 'locations', 'partialFingerprints'],
              properties: {
                message: { type: 'object', required: ['text'] },
                locations: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation', 'region'],
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            required: ['uri'],
                            properties: { uri: { type: 'string', pattern: '^[^/~]' } },
                          },
                          region: {
                            type: 'object',
                            required: ['startLine'],
                            properties: { startLine: { type: 'integer', minimum: 1 } },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

describe('sarif', () => {
  it('is what GitHub code scanning accepts: one rule per code, results for file findings only', async () => {
    const dir = prepareCase('env/models-and-urls');
    const { stdout } = await runCli(['check', '--format', 'sarif'], dir, { LLM_API_KEY: ` ${apiKey(40)}` });
    const log = JSON.parse(stdout) as Log;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(GITHUB_SARIF);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(CODES);
    // The .env findings are there with their lines; the environment variable's is not (no file).
    expect(run.results!.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.region!.startLine]).sort()).toEqual([
      ['model/retired', 2],
      ['model/unknown', 4],
      ['url/insecure', 6],
      ['url/v1-suffix', 5],
    ]);
    expect(stdout).not.toContain(apiKey(40));
  });
});

describe('.claude-doctor.json', () => {
  const warningsOnly = () => prepareCase('env/docker-differences');

  it('sets strict, flags override it, and ignore lists add up', async () => {
    const dir = warningsOnly();
    writeFileSync(join(dir, '.claude-doctor.json'), JSON.stringify({ strict: true, ignore: ['key/quoted'] }));
    expect((await runCli(['check'], dir)).code).toBe(1);
    expect((await runCli(['check', '--no-strict'], dir)).code).toBe(0);
    const { json } = await runJson(['check', '--ignore', 'dotenv/export-prefix'], dir);
    const codes = json.findings.map((f) => f.code);
    expect(codes).not.toContain('key/quoted');
    expect(codes).not.toContain('dotenv/export-prefix');
  });

  it('is read from package.json too; unknown and mistyped options are reported', async () => {
    const dir = warningsOnly();
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'app', 'claude-doctor': { stict: true, lang: 'fr', ignore: ['key/quoted'] } }),
    );
    const { json } = await runJson(['check'], dir);
    const codes = json.findings.map((f) => f.code);
    expect(codes).toContain('config/unknown-option');
    expect(codes).toContain('config/invalid');
    expect(codes).not.toContain('key/quoted');
    expect(json.findings.find((f) => f.code === 'config/unknown-option')!.message).toContain('"stict"');
  });

  it('a broken .claude-doctor.json is a finding, and the check still runs', async () => {
    const dir = warningsOnly();
    writeFileSync(join(dir, '.claude-doctor.json'), '{ strict: true');
    const { json, code } = await runJson(['check'], dir);
    expect(json.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['config/invalid', 'key/quoted']));
    expect(code).toBe(1);
  });
});

describe('the action', () => {
  it('runs as a shell step with GITHUB_ACTIONS=true: masks, annotations, summary and outputs', async () => {
    const dir = prepareCase('env/models-and-urls');
    const summary = join(dir, 'summary.md');
    const outputs = join(dir, 'outputs.txt');
    writeFileSync(summary, '');
    writeFileSync(outputs, '');
    const run = await new Promise<{ stdout: string; code: number }>((resolve) =>
      execFile(
        'bash',
        [join(ROOT, 'scripts/action.sh')],
        {
          cwd: dir,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: dir,
            GITHUB_ACTIONS: 'true',
            GITHUB_ACTION_PATH: ROOT,
            GITHUB_STEP_SUMMARY: summary,
            GITHUB_OUTPUT: outputs,
            INPUT_STRICT: 'false',
            INPUT_OFFLINE: 'true',
            INPUT_IGNORE: 'url/insecure, model/unknown',
            INPUT_ARGS: '--no-docker --env-file .env',
          },
        },
        (error, stdout) => resolve({ stdout, code: error ? Number(error.code) : 0 }),
      ),
    );
    expect(run.stdout).toMatch(/^::add-mask::/);
    expect(run.stdout).toMatch(/^::error file=\.env,line=2,col=\d+,title=model\/retired/m);
    expect(run.stdout).not.toMatch(/title=url\/insecure|title=model\/unknown/);
    expect(readFileSync(outputs, 'utf8')).toMatch(/^ok=false\nerrors=2\nwarnings=0\n$/);
    expect(readFileSync(summary, 'utf8')).toContain('model/retired');
    expect(run.code).toBe(1);
  });
});
