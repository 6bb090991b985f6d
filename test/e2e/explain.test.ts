// `explain` end to end: pasted errors in every form users bring them, and a large log, streamed.
import { execFile } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, prepareCase, runCli } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';

const body = (type: string, message: string) =>
  JSON.stringify({ type: 'error', error: { type, message }, request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy' });

const CASES: [string, string, string][] = [
  [
    'LiteLLM, modern',
    `litellm.AuthenticationError: AnthropicException - ${body('authentication_error', 'invalid x-api-key')}`,
    'auth/invalid-api-key',
  ],
  [
    'LiteLLM, bytes form',
    `litellm.AuthenticationError: AnthropicException - b'${body('authentication_error', 'invalid x-api-key')}'`,
    'auth/invalid-api-key',
  ],
  [
    'LiteLLM, class path',
    `litellm.llms.anthropic.common_utils.AnthropicError: ${body('authentication_error', 'x-api-key header is required')}`,
    'auth/missing-header',
  ],
  ['SDK message', `401 ${body('authentication_error', 'Invalid bearer token')}`, 'auth/invalid-bearer-token'],
  [
    'OAuth refused',
    `API Error: 401 ${body('authentication_error', 'OAuth authentication is currently not supported.')}`,
    'auth/oauth-not-supported',
  ],
  ['OAuth expired', 'OAuth token has expired · Please run /login', 'auth/oauth-expired'],
  [
    'OAuth revoked',
    `403 ${body('permission_error', 'OAuth token has been revoked. Please obtain a new token.')}`,
    'auth/oauth-revoked',
  ],
  [
    'credentials revoked',
    'Please run /login · API Error: 401 Invalid authentication credentials',
    'auth/credentials-revoked',
  ],
  [
    'permission',
    `403 ${body('permission_error', 'Your API key does not have permission to use the specified resource.')}`,
    'auth/permission-denied',
  ],
  ['Cloudflare', 'Error: 403 {"error":{"type":"forbidden","message":"Request not allowed"}}', 'auth/region-blocked'],
  [
    'LiteLLM proxy',
    'litellm.AuthenticationError: AuthenticationError: Litellm_proxyException - Authentication Error, Invalid proxy server token passed.',
    'auth/litellm-proxy-key',
  ],
  [
    'missing key in LiteLLM',
    'litellm.AuthenticationError: Missing Anthropic API Key - A call is being made to anthropic but no key is set either in the environment variables or via params.',
    'auth/missing-header',
  ],
  [
    'credit',
    `litellm.BadRequestError: AnthropicException - ${body('invalid_request_error', 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.')}`,
    'billing/credit-balance-too-low',
  ],
  [
    'org disabled',
    `400 ${body('invalid_request_error', 'This organization has been disabled.')}`,
    'billing/organization-disabled',
  ],
  [
    'spend limit',
    `400 ${body('invalid_request_error', 'You have reached your specified API usage limits. You will regain access on 2026-12-01 at 00:00 UTC.')}`,
    'billing/spend-limit',
  ],
  [
    'model',
    `litellm.NotFoundError: AnthropicException - ${body('not_found_error', 'model: claude-3-5-sonnet-latest')}`,
    'api/model-not-found',
  ],
  [
    'wrong path (httpx)',
    'HTTP Request: POST https://api.anthropic.com/v1/v1/messages "HTTP/1.1 404 Not Found"',
    'api/endpoint-not-found',
  ],
  ['wrong path (body)', `404 ${body('not_found_error', 'Not Found')}`, 'api/endpoint-not-found'],
  [
    'provider',
    'litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=claude-opus-4-8',
    'api/provider-not-set',
  ],
  [
    'rate limit',
    `litellm.RateLimitError: AnthropicException - ${body('rate_limit_error', "This request would exceed your organization's rate limit of 30,000 input tokens per minute")}`,
    'api/rate-limited',
  ],
  [
    'overloaded',
    `litellm.InternalServerError: AnthropicException - ${body('overloaded_error', 'Overloaded')}`,
    'api/overloaded',
  ],
  ['server error', `500 ${body('api_error', 'Internal server error')}`, 'api/server-error'],
  ['DNS', 'APIConnectionError: Connection error. (cause: getaddrinfo ENOTFOUND api.anthropic.com)', 'net/dns'],
  ['refused', 'Error: connect ECONNREFUSED 127.0.0.1:4000', 'net/refused'],
  ['timeout', 'litellm.Timeout: APITimeoutError - Request timed out.', 'net/timeout'],
  ['TLS', 'Error: unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE)', 'net/tls'],
  [
    'OpenHands UI status',
    'Error authenticating with the LLM provider. Please check your API key',
    'auth/invalid-api-key',
  ],
  ['OpenHands 0.62 log', 'Missing api key for model anthropic/claude-sonnet-4-6', 'auth/missing-header'],
  [
    'wrapped in a paste',
    `litellm.AuthenticationError: AnthropicException - {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-\nkey"}}`.replace(
      '"type":"authentication_error",',
      '',
    ),
    'auth/invalid-api-key',
  ],
];

describe('explain', () => {
  it.each(CASES)('%s', async (_name, text, code) => {
    const { code: exit, stdout } = await runCli(['explain', '--format', 'json', text], prepareCase());
    const json = JSON.parse(stdout) as { findings: { code: string; line: number; remediation: string[] }[] };
    expect(json.findings.map((f) => f.code)).toEqual([code]);
    expect(json.findings[0]!.remediation.length).toBeGreaterThan(0);
    expect(exit).toBe(1);
  });

  it('reads stdin, reports each problem once with its lines, and redacts keys in excerpts', async () => {
    const key = apiKey(31);
    const log = [
      'INFO starting',
      `DEBUG using key ${key}`,
      `ERROR litellm.AuthenticationError: AnthropicException - ${body('authentication_error', 'invalid x-api-key')} key=${key}`,
      'INFO retrying',
      `ERROR litellm.AuthenticationError: AnthropicException - ${body('authentication_error', 'invalid x-api-key')}`,
    ].join('\n');
    const run = await new Promise<{ stdout: string; code: number }>((resolve) => {
      const child = execFile(process.execPath, ['--', CLI, 'explain', '--format', 'json'], (error, stdout) =>
        resolve({ stdout, code: error ? Number(error.code) : 0 }),
      );
      child.stdin!.end(log);
    });
    const [finding] = (JSON.parse(run.stdout) as { findings: { code: string; lines: number[]; excerpt: string }[] })
      .findings;
    expect(finding).toMatchObject({ code: 'auth/invalid-api-key', lines: [3, 5] });
    expect(run.stdout).not.toContain(key);
    expect(finding!.excerpt).toContain('sk-ant-api03-…');
  });

  it('says so when nothing matches, and exits 0', async () => {
    const { code, stdout } = await runCli(['explain', 'all good here'], prepareCase());
    expect(code).toBe(0);
    expect(stdout).toContain('No known');
  });

  it('a missing --file is a usage error, not a stack trace', async () => {
    const { code, stderr } = await runCli(['explain', '--file', 'nope.log'], prepareCase());
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read nope.log: no such file');
  });

  it('streams a large log in little memory, with the right line numbers', async () => {
    const dir = prepareCase();
    const path = join(dir, 'big.log');
    const filler = `${'2026-11-23T10:00:00Z INFO agent step completed, observation received, nothing to see here\n'.repeat(10_000)}`;
    await new Promise<void>((resolve) => {
      const out = createWriteStream(path);
      for (let i = 0; i < 200; i++) {
        out.write(filler);
        if (i === 150)
          out.write(
            `litellm.NotFoundError: AnthropicException - ${body('not_found_error', 'model: claude-3-haiku-20240307')}\n`,
          );
      }
      out.end(resolve);
    });
    // 180 MB of log, 64 MB of heap: holding it in memory would crash.
    const run = await new Promise<{ stdout: string; code: number }>((resolve) =>
      execFile(
        process.execPath,
        ['--max-old-space-size=64', '--', CLI, 'explain', '--file', path, '--format', 'json'],
        { maxBuffer: 1 << 20 },
        (error, stdout) => resolve({ stdout, code: error ? Number(error.code) : 0 }),
      ),
    );
    const [finding] = (JSON.parse(run.stdout) as { findings: { code: string; line: number }[] }).findings;
    expect(finding).toMatchObject({ code: 'api/model-not-found', line: 151 * 10_000 + 1 });
    writeFileSync(path, '');
  }, 60_000);
});
