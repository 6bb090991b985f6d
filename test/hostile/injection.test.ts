// Output injection: a repository, a log or a container planted with terminal escapes, bidi overrides,
// line breaks and GitHub workflow commands in every name and value the tool reads. The promise, in
// every format and language: stdout and stderr hold no raw control character but our own line feeds
// (and our own colours when asked), no line a runner would read as a command except ours, and
// JSON and SARIF that parse.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerUnavailable, startDockerd, type PrivateDocker } from '../support/dockerd.js';
import { prepareCase, runCli, type CliRun } from '../support/fixture-case.js';
import { ALL, ALL_NO_NUL, CORPUS, commandLines, githubProblems, rawControl } from '../support/injection.js';
import { cannotRun } from '../support/requires.js';

/** A TOML basic string (or quoted key) holding `text`, every character escaped as TOML allows. */
const toml = (text: string) => JSON.stringify(text).replace(/\u007f/g, '\\u007f');
/** A .env double-quoted value: dotenv expands \n there; other controls are written raw. */
const dq = (text: string) => `"${text.replace(/\n/g, '\\n')}"`;

/** A directory name with the corpus in it (no `/` and no NUL: the file system refuses those). */
const HOSTILE_DIR = `d${CORPUS.title}${CORPUS.newline}${CORPUS.bidi}${CORPUS.c1}${CORPUS.cr}`;

/** A project whose every file carries the corpus in names and values; returns the extra flags it needs. */
function plant(dir: string): string[] {
  writeFileSync(
    join(dir, '.env'),
    [
      `LLM_MODEL=${dq(`anthropic/claude-sonnet-4-6${ALL_NO_NUL}`)}`,
      `ANTHROPIC_BASE_URL=${dq(`https://proxy.example/${ALL_NO_NUL}`)}`,
      `ANTHROPIC_API_KEY=your-api-key${CORPUS.title}`,
      // Names dotenv refuses or reads oddly; docker --env-file reads them its own way.
      `ANTHROPIC-API-KEY${CORPUS.clear}=1`,
      `${CORPUS.bidi}ANTHROPIC_MODEL=x`,
      `export LLM_API_KEY${CORPUS.c1}=your-api-key`,
      '',
    ].join('\n'),
  );
  const nested = join(dir, HOSTILE_DIR);
  mkdirSync(nested);
  writeFileSync(join(nested, '.env'), `LLM_API_KEY=your-api-key\nANTHROPIC_AUTH_TOKEN=changeme${CORPUS.escaped}\n`);
  writeFileSync(
    join(dir, 'config.toml'),
    [
      '[llm]',
      `model = ${toml(`anthropic/claude${ALL}`)}`,
      `${toml(`key${ALL}`)} = 1`,
      `[llm.${toml(`group${ALL}`)}]`,
      'api_key = "your-api-key"',
      `model = ${toml(`m${ALL}`)}`,
      `base_url = ${toml(`http://evil.example/${ALL}`)}`,
      `[${toml(`table${ALL}`)}]`,
      'x = 1',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'broken.toml'), `[llm]\nmodel = "a"\n${ALL_NO_NUL.replace(/\n/g, ' ')} = = 1\n`);
  writeFileSync(
    join(dir, 'settings.json'),
    JSON.stringify({
      llm_model: `anthropic/x${ALL}`,
      llm_api_key: 'your-api-key',
      llm_base_url: `https://${ALL}/`,
      [`k${ALL}`]: ALL,
    }),
  );
  writeFileSync(join(dir, '.claude-doctor.json'), JSON.stringify({ [`opt${ALL}`]: true, strict: ALL }));
  // Claude Code: every settings layer, its login and a shell start-up file, with the corpus in names and values.
  const claude = {
    env: {
      ANTHROPIC_MODEL: `cc-model${ALL}`,
      ANTHROPIC_BASE_URL: `https://cc.example/${ALL}`,
      [`CLAUDE_CODE_${ALL}`]: ALL,
    },
    apiKeyHelper: `./cc-helper${ALL_NO_NUL}`,
    model: `cc-settings-model${ALL}`,
    forceLoginMethod: ALL,
  };
  for (const path of ['home/.claude/settings.json', '.claude/settings.json', '.claude/settings.local.json']) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(claude));
  }
  writeFileSync(
    join(dir, 'home/.claude/.credentials.json'),
    JSON.stringify({ claudeAiOauth: { subscriptionType: ALL } }),
  );
  writeFileSync(join(dir, 'home/.bashrc'), `export ANTHROPIC_MODEL=${JSON.stringify(`cc-rc${ALL_NO_NUL}`)}\n`);
  return [
    '--env-file',
    '.env',
    '--env-file',
    join(HOSTILE_DIR, '.env'),
    '--config',
    'config.toml',
    '--config',
    'broken.toml',
    '--settings',
    'settings.json',
  ];
}

/** A hostile process environment: a misnamed variable and values with the corpus. */
const ENV = {
  // Managed settings from a folder that does not exist: the real /etc is never read.
  CLAUDE_DOCTOR_MANAGED_DIR: '/nonexistent/claude-doctor-managed',
  // One character off a real name, so the report names it (env/misnamed-variable).
  'ANTHROPIC_API_KE\u0007': 'x',
  LLM_BASE_URL: `https://gw.example/${ALL_NO_NUL}`,
  ANTHROPIC_MODEL: `claude${ALL_NO_NUL}`,
};

function expectTerminalSafe(run: CliRun, colour = false) {
  expect(rawControl(run.stdout, colour), 'raw control on stdout').toBeUndefined();
  expect(rawControl(run.stderr), 'raw control on stderr').toBeUndefined();
  expect(commandLines(run.stdout), 'command or forged lines on stdout').toEqual([]);
  expect(commandLines(run.stderr), 'command or forged lines on stderr').toEqual([]);
  expect(run.code, run.stderr).not.toBe(2);
}

describe.each(['en', 'ja'])('a hostile project, --lang %s', (lang) => {
  const dir = prepareCase();
  const flags = plant(dir);
  const check = (format: string, env: Record<string, string> = {}) =>
    runCli(['check', ...flags, '--format', format, '--lang', lang], dir, { ...ENV, ...env });

  it('text: the corpus is shown, escaped, and nothing in it acts', async () => {
    const run = await check('text');
    expectTerminalSafe(run);
    // It did reach the report, from the files and the environment: as visible escapes.
    for (const seen of [
      'pwned-title',
      'pwned-command',
      'pwned-newline',
      'FORGED line',
      'pwned-c1',
      'ANTHROPIC_API_KE\\x07',
      'cc-helper',
      'cc-settings-model',
    ])
      expect(run.stdout).toContain(seen);
    expect(run.stdout).toMatch(/\\x1b\]0;pwned-title\\x07|\\u\{1b\}\]0;pwned-title\\u\{7\}/);
    expect(run.stdout).toMatch(/\\u\{202e\}/);
  });

  it('text with colours forced: our colours work, the corpus does not', async () => {
    const run = await check('text', { FORCE_COLOR: '1' });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: our own red colour code, which must be there
    expect(run.stdout).toMatch(/\u001b\[31m/);
    expectTerminalSafe(run, true);
    expect(run.stdout).not.toContain('\u001b[2J');
    expect(run.stdout).not.toContain('\u001b]0;');
  });

  it('github: only our commands outside one stop-commands block; annotations and masks hold no command', async () => {
    const summary = join(dir, `summary-${lang}.md`);
    const outputs = join(dir, `outputs-${lang}.txt`);
    writeFileSync(summary, '');
    writeFileSync(outputs, '');
    const run = await check('github', { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs });
    expect(rawControl(run.stdout), 'raw control on stdout').toBeUndefined();
    expect(githubProblems(run.stdout)).toEqual([]);
    expect(run.stdout).toMatch(/^::(error|warning) file=[^\n]*pwned-title/m);
    expect(run.stderr).toBe('');
    // The summary is Markdown: no raw HTML, link or image from outside, no control character.
    const md = (await import('node:fs')).readFileSync(summary, 'utf8');
    expect(md).toContain('pwned');
    expect(rawControl(md)).toBeUndefined();
    // What Markdown would read as markup once backslash escapes are taken out; our own tags aside.
    const markup = md.replace(/\\[!-/:-@[-`{-~]/g, '').replace(/<\/?(details|summary|code|br)>/g, '');
    expect(markup).not.toMatch(/<[a-z!/?]|\]\(|!\[|\]\[/i);
    expect((await import('node:fs')).readFileSync(outputs, 'utf8')).toMatch(/^ok=false\nerrors=\d+\nwarnings=\d+\n$/);
  });

  it('json and sarif parse, keep the data, and carry no raw control either', async () => {
    for (const format of ['json', 'sarif']) {
      const run = await check(format);
      expect(run.code, run.stderr).not.toBe(2);
      expect(rawControl(run.stdout), `${format} raw control`).toBeUndefined();
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
    const json = JSON.parse((await check('json')).stdout) as {
      findings: { location?: { path?: string; key?: string } }[];
    };
    // The data itself is kept exactly (JSON encodes it); only the words are neutralised.
    expect(json.findings.some((f) => f.location?.path === join(HOSTILE_DIR, '.env'))).toBe(true);
    expect(json.findings.some((f) => f.location?.key === `key${ALL}`)).toBe(true);
  });
});

describe('explain and usage errors', () => {
  const dir = prepareCase();
  const log = join(dir, 'agent.log');
  writeFileSync(
    log,
    [
      `2026-11-23 ${CORPUS.title}${CORPUS.clear} litellm.AuthenticationError: AnthropicException - {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key ${CORPUS.command}"}} ${ALL_NO_NUL.replace(/\n/g, ' ')}`,
      `${CORPUS.bidi} Error code: 404 - {"type":"error","error":{"type":"not_found_error","message":"model: claude-x${CORPUS.c1}${CORPUS.separator}"}}`,
      `anthropic.RateLimitError: Error code: 429 ${CORPUS.cr} ${CORPUS.nul}`,
      '',
    ].join('\n'),
  );

  it.each(['en', 'ja'])('explain --file, text and json, --lang %s', async (lang) => {
    const text = await runCli(['explain', '--file', log, '--lang', lang], dir);
    expectTerminalSafe(text);
    expect(text.stdout).toContain('pwned-title');
    const json = await runCli(['explain', '--file', log, '--format', 'json', '--lang', lang], dir);
    expect(rawControl(json.stdout)).toBeUndefined();
    expect(JSON.parse(json.stdout).findings.length).toBeGreaterThan(0);
  });

  it("an unknown code in the project's ignore list is a finding, shown safely", async () => {
    const configured = prepareCase();
    writeFileSync(join(configured, '.claude-doctor.json'), JSON.stringify({ ignore: [`key/x${ALL_NO_NUL}`] }));
    const run = await runCli(['check'], configured);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('config/invalid');
    expectTerminalSafe(run);
  });

  it('explain with the corpus as arguments', async () => {
    expectTerminalSafe(await runCli(['explain', `invalid x-api-key ${ALL_NO_NUL}`], dir));
  });

  it('usage errors that quote the command line or a file say so on one safe line', async () => {
    const runs = [
      await runCli(['explain', '--file', join(dir, `missing${ALL_NO_NUL}`)], dir),
      await runCli(['check', '--format', `x${ALL_NO_NUL}`], dir),
      await runCli(['check', `--no-such-option${CORPUS.title}`], dir),
      await runCli(['codes', `key/${ALL_NO_NUL}`], dir),
      await runCli(['check', '--ignore', `key/quoted${CORPUS.newline}`], dir),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^claude-doctor: /);
      expect(rawControl(run.stderr), run.stderr).toBeUndefined();
      expect(commandLines(run.stderr), run.stderr).toEqual([]);
      expect(rawControl(run.stdout)).toBeUndefined();
    }
  });
});

// Docker names are restricted, but env values, labels (a compose project names the restart command)
// and the settings file inside a container are not.
describe.skipIf(cannotRun('The hostile-container tests', dockerUnavailable()))('a hostile container', () => {
  let engine: PrivateDocker;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cd-hostile-docker-'));
    chmodSync(work, 0o755);
    engine = await startDockerd();
    mkdirSync(join(work, 'state'));
    writeFileSync(
      join(work, 'state/settings.json'),
      JSON.stringify({ llm_model: `anthropic/x${ALL}`, llm_api_key: `sk-${ALL}`, llm_base_url: `https://${ALL}/` }),
    );
    engine.docker([
      'run',
      '-d',
      '--network',
      'none',
      '--name',
      'openhands-app',
      '--label',
      `com.docker.compose.project=proj${ALL_NO_NUL}`,
      '--label',
      `com.docker.compose.service=svc${ALL_NO_NUL}`,
      '-e',
      `LLM_API_KEY=container-key${ALL_NO_NUL}`,
      '-e',
      `LLM_MODEL=anthropic/m${ALL_NO_NUL}`,
      '-e',
      `ANTHROPIC_BASE_URL=https://b/${ALL_NO_NUL}`,
      '-v',
      `${join(work, 'state')}:/.openhands`,
      'docker.openhands.dev/openhands/openhands:0.62',
      'sleep',
      '600',
    ]);
    // Saved after the start: the container is stale, and its restart command names the compose project.
    const later = new Date(Date.now() + 3600_000);
    utimesSync(join(work, 'state/settings.json'), later, later);
  }, 120_000);

  afterAll(() => {
    engine?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  const check = (format: string, lang: string) =>
    runCli(['check', '--docker', '--format', format, '--lang', lang], work, {
      DOCKER_HOST: engine.host,
      LLM_API_KEY: 'host-key-differs',
    });

  it.each(['en', 'ja'])('text, github, json and sarif, --lang %s', async (lang) => {
    const text = await check('text', lang);
    expectTerminalSafe(text);
    // The container's values, labels and settings did reach the report.
    expect(text.stdout).toMatch(/docker compose -p proj\\x1b\]0;pwned-title/);
    expect(text.stdout).toContain('anthropic/m');
    const github = await check('github', lang);
    expect(rawControl(github.stdout)).toBeUndefined();
    expect(githubProblems(github.stdout)).toEqual([]);
    for (const format of ['json', 'sarif']) {
      const run = await check(format, lang);
      expect(rawControl(run.stdout)).toBeUndefined();
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
  });
});
