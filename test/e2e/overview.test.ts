// Issue #13, "The answer first" and "While it works", with the built CLI: the overview and a clean run's
// last line, --quiet and --verbose, root causes, one finding per shared network failure, no Docker noise,
// truthful severity for an unverified retirement, and progress on a terminal only.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../support/exit-code.js';
import { CLI, prepareCase, runCli, runJson } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';
import { hasScript } from '../support/terminal.js';

const lastLine = (out: string) => out.trimEnd().split('\n').at(-1);

/** The CLI with exactly these arguments (runCli adds --no-docker and --offline, which some tests must not). */
function runExact(args: string[], cwd: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--', CLI, ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: join(cwd, 'home'), ...env } },
      (error, stdout, stderr) => resolve({ code: exitCodeOf(error, 1), stdout, stderr }),
    );
    child.stdin?.end();
  });
}

/** A port on 127.0.0.1 that nothing listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** A models endpoint that answers every model with `status` after `delay` ms. */
async function modelsServer(status: 200 | 404, delay = 0): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const id = decodeURIComponent((req.url ?? '').split('?')[0]!.split('/').at(-1) ?? '');
    setTimeout(() => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_test' });
      res.end(
        JSON.stringify(
          status === 200
            ? { type: 'model', id, display_name: id, created_at: '2025-01-01T00:00:00Z' }
            : { type: 'error', error: { type: 'not_found_error', message: `model: ${id}` } },
        ),
      );
    }, delay);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the answer first', () => {
  it('a clean run leads with its overview line and ends with one clear line, never "Nothing to do"', async () => {
    const dir = prepareCase();
    const env = { ANTHROPIC_API_KEY: apiKey(1), ANTHROPIC_MODEL: 'claude-sonnet-4-6' };
    const run = await runCli(['check'], dir, env);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[2]).toBe(
      '✔ p1 · Anthropic SDK (ANTHROPIC_* variables) — ok: key well-formed, model current, not probed (offline)',
    );
    expect(lastLine(run.stdout)).toBe('✔ No problems found: 1 setup checked (offline: no live probe was made)');
    expect(run.stdout).not.toContain('Profile p1');
    const ja = await runCli(['check', '--lang', 'ja'], dir, env);
    expect(lastLine(ja.stdout)).toMatch(/^✔ 問題は見つかりませんでした（1 件の設定を検査）/);
  });

  it('a probed clean run says what the probe confirmed, and no fix', async () => {
    const dir = prepareCase();
    const api = await modelsServer(200);
    try {
      const env = { ANTHROPIC_API_KEY: apiKey(1), ANTHROPIC_MODEL: 'claude-sonnet-4-6', ANTHROPIC_BASE_URL: api.url };
      const run = await runCli(['check', '--no-offline'], dir, env);
      expect(run.stdout).toMatch(/✔ p1 · .* — ok: key well-formed, model current, probe OK \d+ ms\n/);
      expect(run.stdout).not.toMatch(/Nothing to do|Fix:/);
      expect(lastLine(run.stdout)).toBe('✔ No problems found: 1 setup checked');
    } finally {
      api.server.close();
    }
  });

  it('--quiet prints the errors and the verdict line only', async () => {
    const dir = prepareCase();
    const env = { ANTHROPIC_API_KEY: apiKey(1), ANTHROPIC_MODEL: 'claude-3-5-sonnet-20241022' };
    const run = await runCli(['check', '--quiet'], dir, env);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^ {2}✖ model\/retired {2}/);
    expect(run.stdout).not.toMatch(/claude-doctor \d|Profile p1|p1 · /);
    expect(lastLine(run.stdout)).toMatch(/^✖ problems found — 1 error/);
    const clean = await runCli(['check', '--quiet'], dir, { ANTHROPIC_API_KEY: apiKey(1) });
    expect(clean.stdout).toBe('✔ No problems found: 1 setup checked (offline: no live probe was made)\n');
    const both = await runCli(['check', '--quiet', '--verbose'], dir, env);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--quiet and --verbose cannot be used together');
  });

  it('--verbose adds the ignored settings and every source read; the default says they are there', async () => {
    const dir = prepareCase();
    writeFileSync(join(dir, '.env'), `ANTHROPIC_API_KEY=${apiKey(2)}\n`, { mode: 0o600 });
    const env = { ANTHROPIC_API_KEY: apiKey(1) };
    const normal = await runCli(['check'], dir, env);
    expect(normal.stdout).not.toMatch(/ignored +ANTHROPIC_API_KEY/);
    expect(normal.stdout).toContain('1 ignored setting not shown: --verbose shows them and why.');
    expect(normal.stdout).not.toContain('Sources read');
    const verbose = await runCli(['check', '--verbose'], dir, env);
    expect(verbose.stdout).toMatch(
      /ignored +ANTHROPIC_API_KEY sk-ant-api03-…\S+ \(108 chars, #[0-9a-f]+\) \(\.env:1:\d+ .*\): the environment variable wins/,
    );
    expect(verbose.stdout).toMatch(/\nSources read\n {2}environment\n {2}\.env\n/);
  });
});

describe('root cause before symptom', () => {
  it('a key lost with a dropped [llm] table: key/missing names the cause, and no "create a key"', async () => {
    const dir = prepareCase();
    writeFileSync(join(dir, 'config.toml'), `[llm]\napi_key = "${apiKey(1)}"\nmodle = "x"\n`, { mode: 0o600 });
    const { json } = await runJson(['check'], dir);
    const missing = json.findings.find((f) => f.code === 'key/missing');
    expect(missing?.message).toMatch(
      /the key at config\.toml:2.* is not used, because OpenHands drops its whole \[llm\] table/,
    );
    expect(missing?.remediation.join(' ')).toContain('openhands/llm-section-dropped');
    expect(missing?.remediation.join(' ')).not.toMatch(/Create a key/);
    expect(json.findings.map((f) => f.code)).toContain('openhands/llm-section-dropped');
  });

  it('with no key anywhere, the advice is still to create one', async () => {
    const dir = prepareCase();
    writeFileSync(join(dir, 'config.toml'), '[llm]\nmodel = "anthropic/claude-sonnet-4-6"\n', { mode: 0o600 });
    const { json } = await runJson(['check'], dir);
    const missing = json.findings.find((f) => f.code === 'key/missing');
    expect(missing?.remediation[0]).toMatch(/^Create a key at /);
  });

  it('a key that a Claude Code settings layer cancels: no-credential says so, and no "log in"', async () => {
    const dir = prepareCase();
    mkdirSync(join(dir, 'home/.claude'), { recursive: true });
    writeFileSync(join(dir, 'home/.claude/settings.json'), '{\n  "env": { "ANTHROPIC_API_KEY": "" }\n}\n');
    const { json } = await runJson(['check'], dir, { ANTHROPIC_API_KEY: apiKey(3) });
    const none = json.findings.find((f) => f.code === 'claude-code/no-credential');
    expect(none?.message).toMatch(
      /ANTHROPIC_API_KEY is set, but the settings env at (?:~|home)\/\.claude\/settings\.json:2/,
    );
    expect(none?.remediation.join(' ')).toContain('Remove "ANTHROPIC_API_KEY": ""');
    expect(none?.remediation.join(' ')).not.toMatch(/\/login/);
  });
});

describe('one failure, one finding', () => {
  it('a refused connection shared by two setups is one finding naming both, and says the key was not checked', async () => {
    const dir = prepareCase();
    const url = `http://127.0.0.1:${await closedPort()}`;
    const env = {
      ANTHROPIC_API_KEY: apiKey(1),
      ANTHROPIC_BASE_URL: url,
      LLM_API_KEY: apiKey(2),
      LLM_BASE_URL: url,
      LLM_MODEL: 'anthropic/claude-sonnet-4-6',
    };
    const { json } = await runJson(['check', '--no-offline', '--timeout', '5000'], dir, env);
    const refused = json.findings.filter((f) => f.code === 'net/refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.message).toContain(`The connection to ${url} failed`);
    expect(refused[0]!.message).toMatch(
      /stopped the probe of 2 setups \(p1, p2\)\. The key itself could not be checked\./,
    );
    // Its fix names the address that was probed, not api.anthropic.com; no SDK class name anywhere.
    expect(refused[0]!.remediation[0]).toContain(url);
    expect(JSON.stringify(json.findings)).not.toMatch(/Error {2}|APIConnection|TypeError/);
    const text = await runCli(['check', '--no-offline', '--timeout', '5000'], dir, env);
    expect(text.stdout).toMatch(/✖ p1 · .*API not reached: key not checked/);
    expect(text.stdout).toMatch(/✖ p2 · .*API not reached: key not checked/);
  });
});

describe('no noise', () => {
  const hasDefaultSocket = existsSync('/var/run/docker.sock');

  it('an absent engine nobody asked for is not shown; --verbose shows it', async () => {
    const dir = prepareCase();
    const env = { ANTHROPIC_API_KEY: apiKey(1) };
    const run = await runExact(['check', '--offline'], dir, env);
    expect(run.stdout).not.toContain('docker/unreachable');
    expect(run.code).toBe(0);
    if (hasDefaultSocket) return; // A real engine there: nothing absent to show.
    const verbose = await runExact(['check', '--offline', '--verbose'], dir, env);
    expect(verbose.stdout).toContain('docker/unreachable');
  });

  it('DOCKER_HOST set, or an OpenHands setup: the absent engine is shown', async () => {
    const dir = prepareCase();
    const asked = await runExact(['check', '--offline'], dir, {
      ANTHROPIC_API_KEY: apiKey(1),
      DOCKER_HOST: `unix://${join(dir, 'no-engine.sock')}`,
    });
    expect(asked.stdout).toContain('docker/unreachable');
    const openhands = await runExact(['check', '--offline', '--docker-host', `unix://${join(dir, 'none.sock')}`], dir, {
      LLM_API_KEY: apiKey(1),
    });
    expect(openhands.stdout).toContain('docker/unreachable');
  });

  it('--container with no engine is an error, as --docker is', async () => {
    const dir = prepareCase();
    const host = `unix://${join(dir, 'no-engine.sock')}`;
    const env = { ANTHROPIC_API_KEY: apiKey(1) };
    const named = await runJson(['check', '--docker-host', host, '--container', 'openhands-app'], dir, env);
    expect(named.code).toBe(1);
    expect(named.json.findings.find((f) => f.code === 'docker/unreachable')?.severity).toBe('error');
    // The same engine without --container is an aside.
    const plain = await runJson(['check', '--docker-host', host], dir, env);
    expect(plain.code).toBe(0);
    expect(plain.json.findings.find((f) => f.code === 'docker/unreachable')?.severity).toBe('info');
  });
});

describe('truthful severity', () => {
  const env = { ANTHROPIC_API_KEY: apiKey(1), ANTHROPIC_MODEL: 'claude-mythos-preview' };

  it('an unverified retirement offline is a warning that says the probe will confirm, and exit 0', async () => {
    const dir = prepareCase();
    const { code, json } = await runJson(['check'], dir, env);
    expect(code).toBe(0);
    const retired = json.findings.find((f) => f.code === 'model/retired');
    expect(retired?.severity).toBe('warning');
    expect(retired?.message).toMatch(
      /unverified, as of claude-doctor's model table of \d{4}-\d\d-\d\d\. The live probe confirms it/,
    );
  });

  it("the probe's answer decides: 200 removes it, 404 makes it an error", async () => {
    const dir = prepareCase();
    const ok = await modelsServer(200);
    const gone = await modelsServer(404);
    try {
      const answered = await runJson(['check', '--no-offline'], dir, { ...env, ANTHROPIC_BASE_URL: ok.url });
      expect(answered.json.findings.map((f) => f.code)).not.toContain('model/retired');
      expect(answered.code).toBe(0);
      const notFound = await runJson(['check', '--no-offline'], dir, { ...env, ANTHROPIC_BASE_URL: gone.url });
      expect(notFound.json.findings.find((f) => f.code === 'model/retired')?.severity).toBe('error');
      expect(notFound.code).toBe(1);
    } finally {
      ok.server.close();
      gone.server.close();
    }
  });
});

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

describe.skipIf(!hasScript && !process.env.CI)('while it works (progress on a terminal)', () => {
  let slow: { url: string; server: Server };
  beforeAll(async () => {
    slow = await modelsServer(200, 900);
  });
  afterAll(() => slow.server.close());

  const onTerminal = (args: string[], cwd: string, env: Record<string, string>) => {
    const command = [process.execPath, '--', CLI, ...args].map(quote).join(' ');
    return new Promise<string>((resolve) => {
      const child = execFile(
        'script',
        ['-qec', command, '/dev/null'],
        { cwd, env: { PATH: process.env.PATH ?? '', HOME: join(cwd, 'home'), TERM: 'dumb', ...env }, timeout: 20_000 },
        (_error, stdout) => resolve(stdout),
      );
      // What a person types: nothing, then Ctrl-D (explain ends on it).
      child.stdin?.end('\u0004');
    });
  };

  it('shows "probing 1 setup (host)…" with the elapsed time and erases it, on a terminal only', async () => {
    const dir = prepareCase();
    const env = { ANTHROPIC_API_KEY: apiKey(1), ANTHROPIC_BASE_URL: slow.url };
    const args = ['check', '--no-offline', '--no-docker'];
    const host = new URL(slow.url).host;
    const shown = await onTerminal(args, dir, env);
    expect(shown).toMatch(new RegExp(`\\r\\u001b\\[2Kprobing 1 setup \\(${host}\\)… \\d+\\.\\d s`));
    // Erased before the report is printed.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the erase-line escape is what is tested
    expect(shown).toMatch(/ s\r\u001b\[2K(?:\r?\n)*claude-doctor /);
    // Off a terminal, in CI, under --quiet, or for JSON: not a byte of it.
    const piped = await runExact(args, dir, env);
    expect(piped.stderr).toBe('');
    for (const [more, extra] of [
      [['--quiet'], {}],
      [['--format', 'json'], {}],
      [[], { CI: 'true' }],
    ] as const) {
      const quiet = await onTerminal([...args, ...more], dir, { ...env, ...extra });
      expect(quiet).not.toContain('probing');
    }
  });

  it('explain reading a terminal asks for the text first (en and ja)', async () => {
    const dir = prepareCase();
    const en = await onTerminal(['explain'], dir, {});
    expect(en).toContain('Paste the error text, then press Ctrl-D');
    const ja = await onTerminal(['explain', '--lang', 'ja'], dir, {});
    expect(ja).toContain('エラーの本文を貼り付けてから Ctrl-D を押してください');
    const piped = await runExact(['explain'], dir, {});
    expect(piped.stderr).not.toContain('Paste the error text');
  });
});
