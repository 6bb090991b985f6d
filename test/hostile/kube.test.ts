// Attacks on --kube: a pipe that never ends, a pipe larger than the cap, binary bytes, an alias bomb, JSON
// nested past any parser's stack, and names that carry control characters and workflow commands. The
// promises: the run ends within --timeout + 1 s, every read is capped, a finding (never a stack trace),
// and nothing from the input reaches a terminal or a runner raw.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/fixture-case.js';
import { exitCodeOf } from '../support/exit-code.js';
import { answerOk, runTimed, startServer, type Recorder } from '../support/hostile.js';
import { ALL_NO_NUL, commandLines, githubProblems, rawControl } from '../support/injection.js';
import { apiKey } from '../support/keys.js';
import { b64, list, pod, secret } from '../support/kube.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-kube-hostile-'));
const base = ['check', '--offline', '--no-docker', '--no-env'];
const codes = (stdout: string) => (JSON.parse(stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** The CLI reading `--kube -` from a pipe that the test writes to and may never close. */
function piped(args: string[], feed: (stdin: NodeJS.WritableStream) => void) {
  const started = Date.now();
  return new Promise<{ code: number; stdout: string; stderr: string; ms: number }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--', CLI, ...base, '--kube', '-', '--format', 'json', ...args],
      { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir }, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => resolve({ code: exitCodeOf(error, 1), stdout, stderr, ms: Date.now() - started }),
    );
    // The CLI stops reading: writes after that fail with EPIPE, which is the point.
    child.stdin!.on('error', () => undefined);
    feed(child.stdin!);
  });
}

describe('hostile --kube input', () => {
  it('a pipe that never ends: kube/stdin-unfinished, and the run ends within --timeout + 1 s', async () => {
    let timer: NodeJS.Timeout | undefined;
    const r = await piped(['--timeout', '2000'], (stdin) => {
      stdin.write('{"kind": "List", "items": [');
      // A slow writer that never finishes, like `kubectl get -w`.
      timer = setInterval(() => stdin.write(' '), 100);
    });
    clearInterval(timer);
    expect(codes(r.stdout)).toContain('kube/stdin-unfinished');
    expect(r.code).toBe(1);
    // The promise, measured as the other limit tests do: the whole run, start-up included.
    expect(r.ms).toBeGreaterThanOrEqual(2000);
    expect(r.ms).toBeLessThan(2000 + 1000);
  });

  it('a pipe larger than the cap: source/too-large, read no further', async () => {
    const r = await piped([], (stdin) => {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let n = 0;
      const more = () => {
        while (n < 40) {
          n++;
          if (!stdin.write(chunk)) return void stdin.once('drain', more);
        }
        stdin.end();
      };
      more();
    });
    expect(codes(r.stdout)).toContain('source/too-large');
    expect(r.stderr).not.toMatch(/at .*\.cjs:\d+/);
  });

  it('binary input: source/not-text; deep JSON and an alias bomb: source/yaml-invalid; no stack trace', async () => {
    const binary = await runTimed(
      [...base, '--format', 'json', '--kube', file('bin', Buffer.from([0x7b, 0, 1, 2, 0xff]))],
      dir,
    );
    expect(codes(binary.stdout)).toContain('source/not-text');
    const deep = await runTimed(
      [...base, '--format', 'json', '--kube', file('deep.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`)],
      dir,
    );
    expect(deep.code).not.toBe(2);
    expect(deep.stderr).not.toMatch(/at .*\.cjs:\d+/);
    // Deep but valid JSON holds no object with a kind.
    expect(codes(deep.stdout)).toEqual(['kube/no-objects']);
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++)
      bomb += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const r = await runTimed([...base, '--format', 'json', '--kube', file('bomb.yaml', `kind: Secret\n${bomb}`)], dir);
    expect(codes(r.stdout)).toContain('source/yaml-invalid');
    expect(r.ms).toBeLessThan(5000);
    expect(r.maxRssMb).toBeLessThan(300);
  });

  it('broken JSON: a finding at its place, quoting none of the text around the error (it holds Secrets)', async () => {
    // A value a secret scanner would not recognise, cut off where V8's JSON.parse message would quote it.
    const secretText = 'c2VjcmV0LXByb3h5LXBhc3N3b3Jk';
    const broken = `{"kind":"List","items":[{"kind":"Secret","data":{"pw":"${secretText}","k":@${secretText}}}]}`;
    const r = await runTimed([...base, '--format', 'json', '--kube', file('broken.json', broken)], dir);
    expect(codes(r.stdout)).toEqual(['source/yaml-invalid']);
    for (const out of [r.stdout, r.stderr]) {
      expect(out).not.toContain(secretText.slice(0, 8));
      expect(out).not.toContain(secretText.slice(-8));
    }
    const text = await runTimed([...base, '--kube', file('broken.json', broken)], dir);
    expect(text.stdout).not.toContain(secretText.slice(0, 8));
  });

  it('a table from kubectl get without -o: kube/no-objects', async () => {
    const r = await runTimed(
      [...base, '--format', 'json', '--kube', file('table', 'NAME  READY  STATUS\nweb   1/1    Running\n')],
      dir,
    );
    expect(codes(r.stdout)).toEqual(['kube/no-objects']);
  });

  it('names with control characters and workflow commands are neutralised in text and github output', async () => {
    const key = apiKey(11);
    const hostile = list([
      pod({
        name: `web-${ALL_NO_NUL}`,
        image: 'busybox',
        container: ALL_NO_NUL,
        ns: `ns${ALL_NO_NUL}`,
        env: [{ name: 'ANTHROPIC_API_KEY', valueFrom: { secretKeyRef: { name: `s${ALL_NO_NUL}`, key: 'k' } } }],
      }),
      secret(`s${ALL_NO_NUL}`, { k: `${key}\n`, [`x${ALL_NO_NUL}`]: b64(key) }, {}, `ns${ALL_NO_NUL}`),
    ]);
    const path = file('hostile.json', JSON.stringify(hostile));
    const text = await runTimed([...base, '--kube', path], dir);
    expect(text.code).toBe(1);
    expect(rawControl(text.stdout + text.stderr)).toBeUndefined();
    expect(commandLines(text.stdout + text.stderr)).toEqual([]);
    const github = await runTimed([...base, '--format', 'github', '--kube', path], dir, { GITHUB_ACTIONS: 'true' });
    expect(githubProblems(github.stdout)).toEqual([]);
    for (const out of [text.stdout, github.stdout.replace(/^::add-mask::.*$/gm, '')]) {
      expect(out).not.toContain(key.slice(20, 44));
      expect(out).not.toContain(b64(key).slice(20, 44));
    }
  });
});

describe('a committed manifest cannot send the live cluster key to its own server', () => {
  const KEY = apiKey(502);
  let attacker: Recorder;
  beforeAll(async () => {
    attacker = await startServer(answerOk, '127.0.0.2');
  });
  afterAll(() => attacker.close());

  /** The repository's Deployment sets the base URL; the key comes from the Secret in kubectl's output. */
  const inputs = () => {
    const app = pod({
      name: 'web-7d9f6-abcde',
      image: 'busybox',
      container: 'web',
      env: [
        { name: 'ANTHROPIC_BASE_URL', value: attacker.url },
        { name: 'ANTHROPIC_MODEL', value: 'claude-sonnet-4-6' },
        { name: 'ANTHROPIC_API_KEY', valueFrom: { secretKeyRef: { name: 'llm', key: 'key' } } },
      ],
    });
    return { app, secret: secret('llm', { key: KEY }) };
  };
  const probe = (args: string[]) =>
    runTimed(['check', '--no-docker', '--no-env', '--format', 'json', '--timeout', '3000', ...args], dir);

  it('base URL from one --kube input, key from another: url/untrusted-base-url, nothing sent', async () => {
    const { app, secret: s } = inputs();
    const before = attacker.requests.length;
    const run = await probe([
      '--kube',
      file('repo.json', JSON.stringify(app)),
      '--kube',
      file('live.json', JSON.stringify(list([s]))),
    ]);
    expect(codes(run.stdout)).toContain('url/untrusted-base-url');
    expect(attacker.requests.length).toBe(before);
    expect(attacker.saw(KEY)).toBe(false);
  });

  it('control: both in one input (the user chose it), the same server gets the probe', async () => {
    const { app, secret: s } = inputs();
    const before = attacker.requests.length;
    const run = await probe(['--kube', file('one.json', JSON.stringify(list([app, s])))]);
    expect(codes(run.stdout)).not.toContain('url/untrusted-base-url');
    expect(attacker.requests.length).toBeGreaterThan(before);
  });
});
