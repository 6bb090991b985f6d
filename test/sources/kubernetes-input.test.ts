// --kube input in-process: files and stdin under the one cap and the deadline, and the whole doctor run over
// a namespace (the places become profiles numbered after the host's, the proxy's checks, --client).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDoctor, type DoctorOptions } from '../../src/doctor.js';
import { readKubeInputs, readStdin, STDIN_NAME } from '../../src/sources/kubernetes-input.js';
import { readKube } from '../../src/sources/kubernetes.js';
import { apiKey } from '../support/keys.js';
import { LITELLM_CONFIG, openhandsApp, openhandsCloud } from '../support/kube.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-kube-input-'));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
async function* chunks(...parts: (string | Buffer)[]) {
  for (const p of parts) yield p;
}
async function* never(): AsyncGenerator<string> {
  yield '{"kind": ';
  await new Promise(() => undefined);
}
const soon = () => Date.now() + 10_000;

describe('readStdin', () => {
  it('reads every chunk, strings and buffers', async () => {
    expect(await readStdin(chunks('{"a"', Buffer.from(': 1}')), 100, soon())).toEqual({ ok: true, text: '{"a": 1}' });
  });

  it('passing the cap is source/too-large with the size read so far', async () => {
    const read = await readStdin(chunks('12345', '67890'), 8, soon());
    expect(read).toMatchObject({
      ok: false,
      problem: { code: 'source/too-large', args: { path: STDIN_NAME, size: 10, limit: 8 } },
    });
    expect(await readStdin(chunks('1234', '5678'), 8, soon())).toMatchObject({ ok: true, text: '12345678' });
  });

  it('a pipe still open at the deadline is kube/stdin-unfinished, at the deadline', async () => {
    const started = Date.now();
    const read = await readStdin(never(), 100, Date.now() + 200);
    expect(read).toMatchObject({
      ok: false,
      problem: { code: 'kube/stdin-unfinished', args: { bytes: 9 }, location: { kind: 'file', path: STDIN_NAME } },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a read error is source/unreadable with its code; binary bytes are source/not-text', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield 'x';
      throw Object.assign(new Error('boom'), { code: 'EIO' });
    }
    expect(await readStdin(failing(), 100, soon())).toMatchObject({
      ok: false,
      problem: { code: 'source/unreadable', args: { path: STDIN_NAME, reason: 'other', detail: 'EIO' } },
    });
    expect(await readStdin(chunks(Buffer.from([0x7b, 0])), 100, soon())).toMatchObject({
      ok: false,
      problem: { code: 'source/not-text' },
    });
  });
});

describe('readKubeInputs', () => {
  it('files and stdin share one cap: what one input used, the next cannot', async () => {
    const a = write('a.json', '{"kind":"Secret"}');
    const where = { cwd: dir, home: dir, deadline: soon(), limit: 30 };
    const read = await readKubeInputs([a, '-', a], { ...where, stdin: chunks('{"kind":"ConfigMap"}') });
    expect(read.texts.map((t) => t.name)).toEqual([a]);
    expect(read.problems.map((p) => [p.code, (p.args as { path: string }).path])).toEqual([
      ['source/too-large', STDIN_NAME],
      ['source/too-large', a],
    ]);
    const roomy = await readKubeInputs([a, '-'], { ...where, limit: 100, stdin: chunks('{"kind":"ConfigMap"}') });
    expect(roomy.texts.map((t) => t.name)).toEqual([a, STDIN_NAME]);
    expect((await readKubeInputs(['missing.json'], where)).problems[0]).toMatchObject({ code: 'source/unreadable' });
  });

  it('readKube: sources, the config problems of a place, and each input tagged', async () => {
    const bad = write('bad.json', JSON.stringify(openhandsCloud(apiKey(1), { config: `${LITELLM_CONFIG}  - [\n` })));
    const result = await readKube([bad, '-'], { cwd: dir, home: dir, deadline: soon(), stdin: chunks('oops: [') });
    expect(result.sources).toEqual([`kube ${bad}`, `kube ${STDIN_NAME}`]);
    expect(result.problems.map((p) => p.code)).toEqual(['source/yaml-invalid', 'source/yaml-invalid']);
    expect(result.stores.every((s) => s.input === bad)).toBe(true);
    expect(result.places[0]!.container.input).toBe(bad);
  });
});

describe('runDoctor with --kube', () => {
  const options = (kubeFiles: string[], more: Partial<DoctorOptions> = {}): DoctorOptions => ({
    env: {},
    cwd: dir,
    useEnv: false,
    docker: false,
    timeout: 2000,
    offline: true,
    today: '2026-12-01',
    showSecrets: false,
    ignore: [],
    kubeFiles,
    ...more,
  });

  it('the proxy place: one LiteLLM profile (no SDK stand-in), its key from the Secret, no host key/missing', async () => {
    const key = apiKey(2);
    const report = await runDoctor(options([write('cloud.json', JSON.stringify(openhandsCloud(`${key}\n`)))]));
    expect(report.profiles.map((p) => [p.id, p.client, p.label])).toEqual([
      ['p1', 'litellm', 'openhands/openhands-litellm-6c9f8d7b5-x2x7k/litellm claude-sonnet-4'],
    ]);
    expect(report.profiles[0]!.apiKey?.value).toBe(`${key}\n`);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('kube/secret-trailing-newline');
    expect(codes).toContain('key/whitespace');
    expect(codes).not.toContain('key/missing');
    expect(report.findings.find((f) => f.code === 'key/whitespace')!.profile).toBe('p1');
    expect(report.sources).toEqual(['kube cloud.json']);
  });

  it("os.environ/X missing from the pod is kube/litellm-env-missing only, not the host's litellm/env-missing", async () => {
    const config = LITELLM_CONFIG.replace('os.environ/ANTHROPIC_API_KEY', 'os.environ/CLAUDE_KEY');
    const report = await runDoctor(options([write('ref.json', JSON.stringify(openhandsCloud(apiKey(6), { config })))]));
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('kube/litellm-env-missing');
    expect(codes).not.toContain('litellm/env-missing');
  });

  it('a container with no client variable and no OpenHands image is no place', async () => {
    const idle = {
      kind: 'Pod',
      metadata: { name: 'idle', namespace: 'x', uid: 'u' },
      spec: { containers: [{ name: 'c', image: 'busybox', env: [{ name: 'PORT', value: '80' }] }] },
    };
    const report = await runDoctor(options([write('idle.json', JSON.stringify(idle))]));
    expect(report.profiles).toEqual([]);
  });

  it('host settings keep their profiles first; the pods are numbered after them', async () => {
    const file = write('app.json', JSON.stringify(openhandsApp({ LLM_API_KEY: apiKey(3) })));
    const report = await runDoctor(options([file], { useEnv: true, env: { ANTHROPIC_API_KEY: apiKey(4) } }));
    expect(report.profiles[0]).toMatchObject({ id: 'p1', client: 'anthropic-sdk' });
    const pod = report.profiles.filter((p) => p.label?.startsWith('openhands/openhands-7d9f6c5b4-abcde/openhands'));
    expect(pod.length).toBeGreaterThan(0);
    expect(pod.map((p) => p.id)).toEqual(pod.map((_, i) => `p${report.profiles.length - pod.length + i + 1}`));
    expect(report.profiles.map((p) => p.id)).toEqual(report.profiles.map((_, i) => `p${i + 1}`));
    expect(pod.every((p) => p.label === 'openhands/openhands-7d9f6c5b4-abcde/openhands')).toBe(true);
    expect(pod.some((p) => p.client === 'openhands-web')).toBe(true);
  });

  it('a master key from a Secret the input lacks is unknown, not weak; --client without litellm drops the proxy', async () => {
    const hidden = openhandsCloud(apiKey(5)) as { items: Record<string, unknown>[] };
    hidden.items = hidden.items.filter((o) => o.kind !== 'Secret');
    const pod = hidden.items[0] as { spec: { containers: { env?: unknown[] }[] } };
    pod.spec.containers[0]!.env = [
      { name: 'LITELLM_MASTER_KEY', valueFrom: { secretKeyRef: { name: 'gone', key: 'k' } } },
      { name: 'ANTHROPIC_API_KEY', value: apiKey(5) },
    ];
    const file = write('hidden.json', JSON.stringify(hidden));
    const report = await runDoctor(options([file]));
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('litellm/master-key-weak');
    expect(codes).toContain('kube/secret-not-in-input');
    expect(report.profiles.map((p) => p.client)).toEqual(['litellm']);
    const weak = await runDoctor(
      options([
        write(
          'weak.json',
          JSON.stringify(
            openhandsCloud(apiKey(5), { config: LITELLM_CONFIG.replace('os.environ/LITELLM_MASTER_KEY', '""') }),
          ),
        ),
      ]),
    );
    expect(weak.findings.map((f) => f.code)).toContain('litellm/master-key-weak');
    // Without general_settings the proxy reads LITELLM_MASTER_KEY: from an unread Secret it is unknown, unset is weak.
    const noMaster = LITELLM_CONFIG.replace(/general_settings:\n.*\n/, '');
    const unread = structuredClone(hidden) as typeof hidden;
    (unread.items[1] as { data: Record<string, string> }).data['config.yaml'] = noMaster;
    const quiet = await runDoctor(options([write('unread.json', JSON.stringify(unread))]));
    expect(quiet.findings.map((f) => f.code)).not.toContain('litellm/master-key-weak');
    (unread.items[0] as typeof pod).spec.containers[0]!.env = [{ name: 'ANTHROPIC_API_KEY', value: apiKey(5) }];
    const unset = await runDoctor(options([write('unset.json', JSON.stringify(unread))]));
    expect(unset.findings.map((f) => f.code)).toContain('litellm/master-key-weak');
    const sdkOnly = await runDoctor(options([file], { clients: ['anthropic-sdk'] }));
    expect(sdkOnly.profiles.map((p) => p.client)).toEqual(['anthropic-sdk']);
  });
});
