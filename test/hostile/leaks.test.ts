// Attacks on the promise "a key is never printed", against the built CLI: keys in the model and base
// URL fields (offline and with a probe), a server that echoes the key back, a log with keys broken by
// odd characters, engine addresses with credentials, config files whose parse error frames a key body,
// and usage errors that echo an argument. Every attack is built at run time; the promise is checked
// on everything the run prints or writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoApi, type EchoApi, type EchoMode } from '../support/echo-api.js';
import { prepareCase, runCli } from '../support/fixture-case.js';
import { adminKey, apiKey, body, googleKey, oauthToken, openaiKey, xaiKey } from '../support/keys.js';
import { fragmentLeaked, withoutMasks } from '../support/leaks.js';

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;

/** Runs a check in every format and language; returns all it printed, and the JSON report's codes. */
async function everyFormat(args: string[], dir: string, env: Record<string, string>) {
  let printed = '';
  let codes: string[] = [];
  for (const format of FORMATS) {
    for (const lang of ['en', 'ja']) {
      const summary = join(dir, 'summary.md');
      writeFileSync(summary, '');
      const run = await runCli([...args, '--format', format, '--lang', lang], dir, {
        ...env,
        GITHUB_STEP_SUMMARY: summary,
      });
      expect(run.code, run.stderr).not.toBe(2);
      printed += withoutMasks(`${run.stdout}\n${run.stderr}\n${readFileSync(summary, 'utf8')}\n`);
      if (format === 'json')
        codes = (JSON.parse(run.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    }
  }
  return { printed, codes };
}

const expectNoLeak = (printed: string, ...keys: string[]) => {
  for (const key of keys)
    expect(fragmentLeaked(printed, key), `a part of ${key.slice(0, 16)}… was printed`).toBeUndefined();
};

describe('a key in the model or base URL field', () => {
  const key = apiKey(401);

  it.each([
    ['LLM_MODEL', { LLM_MODEL: `anthropic/${key}`, LLM_API_KEY: apiKey(402) }, 'key/in-model'],
    ['ANTHROPIC_MODEL', { ANTHROPIC_MODEL: key, ANTHROPIC_API_KEY: apiKey(402) }, 'key/in-model'],
    [
      'ANTHROPIC_BASE_URL, in the path',
      { ANTHROPIC_BASE_URL: `https://gateway.example/${key}/v1`, ANTHROPIC_API_KEY: apiKey(402) },
      'key/in-base-url',
    ],
    [
      'ANTHROPIC_BASE_URL, in the query',
      { ANTHROPIC_BASE_URL: `https://gateway.example/?key=${key}` },
      'key/in-base-url',
    ],
    [
      'LLM_BASE_URL, as the password',
      { LLM_BASE_URL: `https://user:${key}@gateway.example`, LLM_API_KEY: apiKey(402) },
      'key/in-base-url',
    ],
    ['LLM_MODEL, broken by a space', { LLM_MODEL: `anthropic/${key.slice(0, 50)} ${key.slice(50)}` }, 'key/in-model'],
  ])('%s, offline', async (_, env, code) => {
    const { printed, codes } = await everyFormat(['check'], prepareCase(), env);
    expectNoLeak(printed, key);
    expect(codes).toContain(code);
  });

  it('config.toml and settings.json, offline (SARIF points at the file)', async () => {
    const dir = prepareCase();
    writeFileSync(
      join(dir, 'config.toml'),
      `[llm]\nmodel = "anthropic/${key}"\napi_key = "${apiKey(403)}"\nbase_url = "https://gw.example/${adminKey(404)}"\n`,
      { mode: 0o600 },
    );
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ llm_model: openaiKey(405), llm_api_key: apiKey(406) }), {
      mode: 0o600,
    });
    const { printed, codes } = await everyFormat(['check', '--settings', 'settings.json'], dir, {});
    expectNoLeak(printed, key, adminKey(404), openaiKey(405));
    expect(codes.filter((c) => c === 'key/in-model')).toHaveLength(2);
    expect(codes).toContain('key/in-base-url');
    const sarif = await runCli(['check', '--format', 'sarif'], dir);
    expect(sarif.stdout).toContain('"ruleId": "key/in-model"');
  });
});

describe('online, against a server that echoes what it gets', () => {
  const servers = new Map<EchoMode, EchoApi>();
  beforeAll(async () => {
    for (const mode of ['echo', 'echo-broken', 'model', 'ok'] as const) servers.set(mode, await startEchoApi(mode));
  });
  afterAll(() => Promise.all([...servers.values()].map((s) => s.close())));

  const online = (mode: EchoMode, env: Record<string, string>) =>
    everyFormat(['check', '--no-offline', '--timeout', '5000'], prepareCase(), {
      ANTHROPIC_BASE_URL: servers.get(mode)!.url,
      ...env,
    });

  it.each([['echo'], ['echo-broken']] as const)(
    '%s: the key in request-id, organization id, rate limits and the message',
    async (mode) => {
      const key = apiKey(410);
      const { printed } = await online(mode, { ANTHROPIC_API_KEY: key, ANTHROPIC_MODEL: 'claude-sonnet-4-6' });
      expect(servers.get(mode)!.requests.length).toBeGreaterThan(0);
      expectNoLeak(printed, key);
    },
  );

  // What the probe sends is the trust gate's (the lead's part): a key in the model must never be put
  // in the request path. Here: whatever the server answers about it, the output does not show it.
  it.each([
    ['ANTHROPIC_MODEL', (k: string) => ({ ANTHROPIC_MODEL: k })],
    ['LLM_MODEL', (k: string) => ({ LLM_MODEL: `anthropic/${k}`, LLM_API_KEY: apiKey(412) })],
  ])('a key in %s, with the model echoed back', async (_, env) => {
    const inModel = oauthToken(411);
    const { printed, codes } = await online('model', { ANTHROPIC_API_KEY: apiKey(413), ...env(inModel) });
    expectNoLeak(printed, inModel, apiKey(413));
    expect(codes).toContain('key/in-model');
  });

  it('a key in the path of ANTHROPIC_BASE_URL', async () => {
    const inUrl = apiKey(414);
    const { printed, codes } = await everyFormat(['check', '--no-offline', '--timeout', '5000'], prepareCase(), {
      ANTHROPIC_BASE_URL: `${servers.get('model')!.url}/${inUrl}`,
      ANTHROPIC_API_KEY: apiKey(415),
      ANTHROPIC_MODEL: 'claude-sonnet-4-6',
    });
    expectNoLeak(printed, inUrl, apiKey(415));
    expect(codes).toContain('key/in-base-url');
  });

  it('an ordinary request id stays visible', async () => {
    const run = await runCli(['check', '--no-offline', '--format', 'json'], prepareCase(), {
      ANTHROPIC_BASE_URL: servers.get('ok')!.url,
      ANTHROPIC_API_KEY: apiKey(416),
    });
    expect(run.stdout).toContain(servers.get('ok')!.requestId);
  });
});

describe('explain on a log with keys broken by an odd character', () => {
  const envelope = (type: string, message: string) =>
    JSON.stringify({ type: 'error', error: { type, message }, request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy' });
  /** One line per diagnosis (each is shown once, with its first excerpt), each with its own key in its own place. */
  const LINES: ((k: string) => string)[] = [
    (k) =>
      `x-api-key: ${k} -> litellm.AuthenticationError: AnthropicException - ${envelope('authentication_error', 'invalid x-api-key')}`,
    (k) => `Authorization: Bearer ${k} 401 ${envelope('authentication_error', 'Invalid bearer token')}`,
    (k) =>
      `api_key='${k}' litellm.BadRequestError: ${envelope('invalid_request_error', 'Your credit balance is too low to access the Anthropic API.')}`,
    (k) => `{"x-api-key": "${k}"} 400 ${envelope('invalid_request_error', 'This organization has been disabled.')}`,
    (k) => `litellm.NotFoundError: AnthropicException - ${envelope('not_found_error', `model: ${k}`)}`,
    (k) => `headers={'x-api-key': '${k}'} litellm.InternalServerError: ${envelope('overloaded_error', 'Overloaded')}`,
    (k) => `${k} 500 ${envelope('api_error', 'Internal server error')}`,
    (k) => `key=${k} Error: connect ECONNREFUSED 127.0.0.1:4000`,
  ];
  const KEYS = [
    apiKey(420),
    oauthToken(421),
    adminKey(422),
    openaiKey(423),
    apiKey(424),
    xaiKey(425),
    googleKey(426),
    apiKey(427),
  ];
  const ODD: [string, string][] = [
    ['a space', ' '],
    ['a no-break space', '\u00a0'],
    ['a zero-width space', '\u200b'],
    ['a double quote', '"'],
    ['an escaped quote', '\\"'],
    ['a tab', '\t'],
  ];

  it.each(ODD)('%s', async (_, odd) => {
    const dir = prepareCase();
    const lines = LINES.map((line, i) => {
      const key = KEYS[i]!;
      // A different place in each key: near the prefix, in the middle, near the end.
      const at = ([14, 20, 30, 45, 60, 80, 35, 25][i]! % (key.length - 4)) + 4;
      return line(`${key.slice(0, at)}${odd}${key.slice(at)}`);
    });
    writeFileSync(join(dir, 'agent.log'), `INFO start\n${lines.join('\nINFO retrying\n')}\n`);
    const text = await runCli(['explain', '--file', 'agent.log'], dir);
    const json = await runCli(['explain', '--file', 'agent.log', '--format', 'json'], dir);
    expect((JSON.parse(json.stdout) as { findings: unknown[] }).findings).toHaveLength(LINES.length);
    expectNoLeak(text.stdout + text.stderr + json.stdout + json.stderr, ...KEYS);
  });
});

describe('outside text that carries a credential', () => {
  const token = body(28, 430, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');

  it.each([
    ['tcp:// with user-info', ['--docker-host', `tcp://deploy:${token}@127.0.0.1:9`], {}],
    ['DOCKER_HOST over ssh://', ['--docker'], { DOCKER_HOST: `ssh://deploy:${token}@127.0.0.1:9` }],
    ['an unsupported scheme', ['--docker-host', `foo://deploy:${token}@127.0.0.1:9`], {}],
  ])('a Docker engine address: %s', async (_, args, env) => {
    const dir = prepareCase();
    let printed = '';
    for (const format of ['text', 'json']) {
      const run = await runCli(['check', ...args, '--timeout', '2000', '--format', format], dir, env);
      expect(run.code, run.stderr).not.toBe(2);
      printed += run.stdout + run.stderr;
    }
    expect(printed).toContain('docker/unreachable');
    expect(printed).toContain('***@127.0.0.1');
    expect(printed).not.toContain(token);
  });

  const naked = apiKey(431).slice('sk-ant-api03-'.length);
  it.each([
    ['an unterminated key', `[llm]\nmodel = "anthropic/claude-sonnet-4-6"\napi_key = "${naked}\n`],
    ['a key body alone on a line', `[llm]\nmodel = "anthropic/claude-sonnet-4-6"\n${naked}\n`],
    ['a key body after a broken line', `[llm]\napi_key = "${naked.slice(0, 40)}\n${naked.slice(40)}"\n`],
    ['a token in YAML form', `[llm]\ntoken: ${naked}\n`],
  ])('a config.toml parse error frame: %s', async (_, text) => {
    const dir = prepareCase();
    writeFileSync(join(dir, 'config.toml'), text, { mode: 0o600 });
    const { printed, codes } = await everyFormat(['check'], dir, {});
    expect(codes).toContain('openhands/config-parse-error');
    expect(fragmentLeaked(printed, naked)).toBeUndefined();
  });

  it('a settings.json parse error', async () => {
    const dir = prepareCase();
    writeFileSync(join(dir, 'settings.json'), `{"llm_model": "x", "llm_api_key": ${naked}}`, { mode: 0o600 });
    const { printed, codes } = await everyFormat(['check', '--settings', 'settings.json'], dir, {});
    expect(codes).toContain('openhands/settings-unreadable');
    expect(fragmentLeaked(printed, naked)).toBeUndefined();
  });

  it.each([
    ['--ignore', ['check', '--ignore', apiKey(432)]],
    ['--format', ['check', '--format', apiKey(432)]],
    ['--lang', ['check', '--lang', `x${naked}`]],
    ['an unknown option', ['check', `--${naked}`]],
    ['an unknown command', [apiKey(432)]],
    ['--timeout', ['check', '--timeout', naked]],
  ])('a usage error that echoes %s', async (_, args) => {
    const run = await runCli(args, prepareCase());
    expect(run.code).toBe(2);
    expectNoLeak(run.stdout + run.stderr, apiKey(432));
    expect(fragmentLeaked(run.stdout + run.stderr, naked)).toBeUndefined();
  });
});

describe('the Admin key (issue #16)', () => {
  it('never printed, even when the Admin API and the status page echo it back, in any format or language', async () => {
    const { keyRecord, startFakeApi } = await import('../support/fake-anthropic.js');
    const { startFakeStatus, summary } = await import('../support/fake-status.js');
    const admin = adminKey(701);
    const refused = apiKey(702);
    // A hostile Admin API: the key's name and workspace are the Admin key; the status page's incident too.
    const api = await startFakeApi({ [apiKey(703)]: 'server-error' }, 0, {
      admin: {
        keys: [admin],
        records: [keyRecord(refused, { name: `copy of ${admin}`, status: 'inactive', workspace_id: admin })],
      },
    });
    const status = await startFakeStatus({ json: summary('major_outage', [{ name: `see ${admin} now` }]) });
    try {
      const env = {
        ANTHROPIC_API_KEY: refused,
        LLM_API_KEY: apiKey(703),
        LLM_MODEL: 'anthropic/claude-sonnet-4-6',
        ANTHROPIC_ADMIN_KEY: admin,
        CLAUDE_DOCTOR_STATUS_URL: status.url,
      };
      const dir = prepareCase();
      const { printed, codes } = await everyFormat(['check', '--no-offline', '--base-url', api.url], dir, env);
      expect(codes).toEqual(expect.arrayContaining(['admin/key-disabled', 'status/incident']));
      expectNoLeak(printed, admin, refused);
      // --show-secrets shows the user's keys; the Admin key is never one of them.
      const shown = await runCli(
        ['check', '--no-offline', '--base-url', api.url, '--show-secrets', '--format', 'json'],
        dir,
        env,
      );
      expectNoLeak(withoutMasks(shown.stdout + shown.stderr), admin);
      const named = await runCli(['check', '--no-offline', '--base-url', api.url, '--admin-key-env', 'ORG_KEY'], dir, {
        ...env,
        ANTHROPIC_ADMIN_KEY: '',
        ORG_KEY: admin,
      });
      expect(named.stdout).toContain('disabled');
      expectNoLeak(named.stdout + named.stderr, admin);
    } finally {
      await api.close();
      await status.close();
    }
  });
});
