// Hostile files and logs: a FIFO or a symlink to /dev/zero wherever the tool reads a file, devices given to
// explain, a log whose error sits past 64 kB on one line, UTF-16 logs, endless input on stdin, and TOML or
// JSON nested 100,000 deep. The promises: every run ends (in bounded time and memory), every problem is a
// finding or a clear message, never exit 2 for a finding's case, and no key reaches the output.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainStream } from '../../src/explain.js';
import { runMeasured } from '../support/fake-engine.js';
import { prepareCase, type JsonReport } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';

/** Generous for a run that reads a few files on a slow shared box; a hang or a read of /dev/zero takes forever. */
const QUICK_MS = 5000;
const MAX_RSS_KB = 200 * 1024;

const check = (dir: string, args: string[] = []) =>
  runMeasured(['check', '--offline', '--no-docker', '--format', 'json', ...args], dir);
const report = (stdout: string) => JSON.parse(stdout) as JsonReport;

const body = (type: string, message: string) => JSON.stringify({ type: 'error', error: { type, message } });
const AUTH_ERROR = `litellm.AuthenticationError: AnthropicException - ${body('authentication_error', 'invalid x-api-key')}`;

describe('a FIFO or a device wherever a file is read', () => {
  const attacks: [string, (path: string) => void][] = [
    ['a FIFO', (path) => execFileSync('mkfifo', [path])],
    ['a symlink to /dev/zero', (path) => symlinkSync('/dev/zero', path)],
    ['a symlink to /dev/urandom', (path) => symlinkSync('/dev/urandom', path)],
  ];
  // The file, the arguments that make the tool read it, and whether its problem is reported.
  const places: { file: string; args?: string[]; reported: boolean }[] = [
    { file: '.claude-doctor.json', reported: true },
    { file: 'package.json', reported: false },
    { file: '.env', reported: true },
    { file: 'config.toml', reported: true },
    { file: 'given.env', args: ['--env-file', 'given.env'], reported: true },
    { file: 'given.toml', args: ['--config', 'given.toml'], reported: true },
    { file: 'settings.json', args: ['--settings', 'settings.json'], reported: true },
  ];
  for (const [attack, make] of attacks) {
    it.each(places)(`${attack} as $file`, async ({ file, args, reported }) => {
      const dir = prepareCase();
      make(join(dir, file));
      const run = await check(dir, args);
      expect(run.code, run.stderr).toBe(1);
      expect(run.ms).toBeLessThan(QUICK_MS);
      expect(run.maxRssKb).toBeLessThan(MAX_RSS_KB);
      const unreadable = report(run.stdout).findings.filter((f) => f.code === 'source/unreadable');
      if (reported) expect(unreadable.map((f) => f.location?.path)).toEqual([file]);
      else expect(unreadable).toEqual([]);
    });
  }

  it('package.json with a "claude-doctor" key that cannot be parsed is reported; one without is not', async () => {
    const dir = prepareCase();
    writeFileSync(join(dir, 'package.json'), '{"name": "x", "claude-doctor": {"strict": tru}}');
    expect(report((await check(dir)).stdout).findings.map((f) => f.code)).toContain('config/invalid');
    writeFileSync(join(dir, 'package.json'), '{"name": "x",');
    expect(report((await check(dir)).stdout).findings.map((f) => f.code)).not.toContain('config/invalid');
  });
});

describe('yargs reads no file of the project', () => {
  it.each(['a FIFO', 'a symlink to /dev/zero'])('explain and --help with package.json as %s', async (attack) => {
    const dir = prepareCase();
    if (attack === 'a FIFO') execFileSync('mkfifo', [join(dir, 'package.json')]);
    else symlinkSync('/dev/zero', join(dir, 'package.json'));
    for (const args of [
      ['explain', 'Error: connect ECONNREFUSED 127.0.0.1:4000'],
      ['--help'],
      ['check', '--offline', '--no-docker', '--strict'],
    ]) {
      const run = await runMeasured(args, dir);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).not.toBe(2);
      expect(run.ms).toBeLessThan(QUICK_MS);
      expect(run.maxRssKb).toBeLessThan(MAX_RSS_KB);
    }
  });
});

describe('explain on devices, FIFOs and endless input', () => {
  it.each(['/dev/zero', '/dev/urandom', 'zero-link'])(
    'explain --file %s ends at once with a clear message',
    async (file) => {
      const dir = prepareCase();
      symlinkSync('/dev/zero', join(dir, 'zero-link'));
      const run = await runMeasured(['explain', '--file', file], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('character device');
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(run.ms).toBeLessThan(QUICK_MS);
    },
  );

  it('explain --file streams a FIFO while it is written', async () => {
    const dir = prepareCase();
    const fifo = join(dir, 'log.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    const running = runMeasured(['explain', '--format', 'json', '--file', fifo], dir);
    for (let i = 0; i < 1000; i++) writer.write(`INFO request ${i}\n`);
    writer.end(`ERROR ${AUTH_ERROR}\n`);
    const run = await running;
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({ code: 'auth/invalid-api-key', line: 1001 });
  });

  it.each([
    ['many lines', 'proxy x-api-key ECONNREFUSED timed out credential\n'],
    ['one endless line full of signatures', 'proxy x-api-key ECONNREFUSED timed out credential '],
    ['one endless line with none', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
  ])(
    'stdin: 32 MB of %s keeps flat memory',
    async (_shape, unit) => {
      const dir = prepareCase();
      const block = Buffer.from(unit.repeat(Math.ceil(65536 / unit.length)));
      const run = await runMeasured(['explain', '--format', 'json'], dir, {}, (child) => {
        let sent = 0;
        const pump = () => {
          while (sent < 32 * 1024 * 1024) {
            sent += block.length;
            if (!child.stdin!.write(block)) return;
          }
          child.stdin!.end();
        };
        child.stdin!.on('drain', pump);
        child.stdin!.on('error', () => undefined);
        pump();
      });
      expect(run.code, run.stderr).not.toBe(2);
      expect(run.maxRssKb).toBeGreaterThan(0);
      // The CLI alone takes ~60 MB; holding the input would take at least 32 MB more, twice over as text.
      expect(run.maxRssKb).toBeLessThan(130 * 1024);
    },
    60_000,
  );
});

describe('explain on long lines and UTF-16', () => {
  it('finds an error at byte 150,000 of a 200 kB JSON log line, and shows no key from around it', async () => {
    const dir = prepareCase();
    const keys = Array.from({ length: 40 }, (_, i) => apiKey(100 + i));
    // Keys every ~110 bytes before the error: whichever one a window's edge cuts, none may show.
    const before = `{"log":"${'a'.repeat(150_000 - 40 * 120 - 9)}${keys.map((k) => ` key=${k}`).join('')}`;
    const line = `${before.padEnd(150_000, ' ')}${AUTH_ERROR.replace(/"/g, '\\"')} ${'b'.repeat(50_000)}"}`;
    writeFileSync(join(dir, 'app.log'), `INFO start\n${line}\nINFO end\n`);
    const run = await runMeasured(['explain', '--format', 'json', '--file', 'app.log'], dir);
    const found = JSON.parse(run.stdout).findings as { code: string; line: number; excerpt: string }[];
    expect(found.map((f) => [f.code, f.line])).toEqual([['auth/invalid-api-key', 2]]);
    expect(found[0]!.excerpt).toContain('invalid x-api-key');
    expect(found[0]!.excerpt.length).toBeLessThanOrEqual(240);
    for (const key of keys)
      for (let at = 13; at + 12 <= key.length; at += 12) expect(run.stdout).not.toContain(key.slice(at, at + 12));
  });

  it.each([
    ['UTF-16LE (PowerShell >)', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16BE', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
  ])('a %s log, from a file and from stdin', async (_name, encode) => {
    const dir = prepareCase();
    const log = encode(`INFO 日本語 😀 start\r\nERROR ${AUTH_ERROR}\r\nError: connect ECONNREFUSED 127.0.0.1:4000\r\n`);
    writeFileSync(join(dir, 'app.log'), log);
    const fromFile = await runMeasured(['explain', '--format', 'json', '--file', 'app.log'], dir);
    const fromStdin = await runMeasured(['explain', '--format', 'json'], dir, {}, (child) => child.stdin!.end(log));
    for (const run of [fromFile, fromStdin]) {
      expect(JSON.parse(run.stdout).findings.map((f: { code: string; line: number }) => [f.code, f.line])).toEqual([
        ['auth/invalid-api-key', 2],
        ['net/refused', 3],
      ]);
    }
  });

  it('UTF-16 split anywhere across chunks, surrogate pairs included, reads the same', async () => {
    const text = `😀${'x'.repeat(100)}\nERROR ${AUTH_ERROR} 😀\n`;
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    ]) {
      for (const size of [1, 2, 3, 5, 7, 64]) {
        const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
          bytes.subarray(i * size, (i + 1) * size),
        );
        const found = await explainStream(chunks);
        expect(found.map((d) => [d.code, d.lines])).toEqual([['auth/invalid-api-key', [2]]]);
        expect(found[0]!.excerpt).toContain('😀');
      }
    }
  });
});

describe('nesting 100,000 deep', () => {
  const N = 100_000;
  const tomls: [string, string][] = [
    ['an array', `a = ${'['.repeat(N)}${']'.repeat(N)}\n`],
    ['inline tables', `a = ${'{b='.repeat(N)}1${'}'.repeat(N)}\n`],
    ['a dotted header', `[${Array(N).fill('a').join('.')}]\nx = 1\n`],
    ['a dotted header under [agent]', `[agent${'.a'.repeat(N)}]\nllm_config = "x"\n`],
    ['a dotted key', `${Array(N).fill('a').join('.')} = 1\n`],
  ];
  it.each(tomls)('config.toml: %s is a parse error finding with a short frame', async (_shape, text) => {
    const dir = prepareCase();
    writeFileSync(join(dir, 'config.toml'), text);
    const run = await check(dir);
    expect(run.code, run.stderr).toBe(1);
    const f = report(run.stdout).findings.find((x) => x.code === 'openhands/config-parse-error');
    expect(f?.message).toMatch(/nested/);
    expect(f!.message.length).toBeLessThan(1000);
    expect(run.ms).toBeLessThan(QUICK_MS);
  });

  it('config.toml: a syntax error at the end of a 500 kB line shows a short frame with no key in it', async () => {
    const dir = prepareCase();
    const keys = Array.from({ length: 10 }, (_, i) => apiKey(200 + i));
    writeFileSync(
      join(dir, 'config.toml'),
      `[llm]\nnote = "${'a'.repeat(500_000)} ${keys.join(' ')}" oops\napi_key = "${keys[0]}"\n`,
    );
    const run = await check(dir);
    const f = report(run.stdout).findings.find((x) => x.code === 'openhands/config-parse-error')!;
    expect(f.location).toMatchObject({ line: 2 });
    const frame = f.message.split('\n').filter((l) => l.includes('|'));
    for (const l of frame) expect(l.length).toBeLessThan(200);
    for (const key of keys)
      for (let at = 13; at + 12 <= key.length; at += 12) expect(run.stdout).not.toContain(key.slice(at, at + 12));
  });

  it.each([
    ['objects', `{"llm_model": "m", "a": ${'{"a":'.repeat(N)}1${'}'.repeat(N)}}`, undefined],
    ['arrays', `${'['.repeat(N)}${']'.repeat(N)}`, 'openhands/settings-unreadable'],
  ])('settings.json: %s', async (_shape, text, code) => {
    const dir = prepareCase();
    mkdirSync(join(dir, 'home/.openhands'), { recursive: true });
    writeFileSync(join(dir, 'home/.openhands/settings.json'), text);
    const run = await check(dir);
    expect(run.code, run.stderr).toBe(1);
    if (code) expect(report(run.stdout).findings.map((f) => f.code)).toContain(code);
    expect(run.ms).toBeLessThan(QUICK_MS);
  });
});

describe('explain keeps its excerpt short', () => {
  it('on one 1 MB line of output around an error', async () => {
    const dir = prepareCase();
    writeFileSync(
      join(dir, 'app.log'),
      `${'x'.repeat(500_000)} Error: connect ECONNREFUSED 127.0.0.1:4000 ${'y'.repeat(500_000)}\n`,
    );
    const run = await runMeasured(['explain', '--format', 'json', '--file', 'app.log'], dir);
    const [f] = JSON.parse(run.stdout).findings as { code: string; excerpt: string }[];
    expect(f).toMatchObject({ code: 'net/refused' });
    expect(f!.excerpt).toContain('ECONNREFUSED');
    expect(f!.excerpt.length).toBeLessThanOrEqual(240);
  });
});
