// report/json.ts on a small Report built here: the schema of DESIGN.md, the exit verdict, no key.
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonReport } from '../../src/report/json.js';
import { apiKey } from '../support/keys.js';
import { committedKey, envInfo, missingKey, okProbe, readableKeyFile, sampleReport } from '../support/report.js';
import { envSetting } from '../support/settings.js';

const OPTS = { lang: 'en' as const, strict: false, showSecrets: false, version: '9.8.7' };
const parse = (text: string) => JSON.parse(text) as Record<string, unknown> & { findings: Record<string, unknown>[] };

describe('jsonReport', () => {
  // Made for each test, not once: a mutant is run against the tests that reached it.
  let out: ReturnType<typeof parse>;
  let report: ReturnType<typeof sampleReport>;
  beforeEach(() => {
    report = sampleReport([committedKey('.env', 3), readableKeyFile('.env'), envInfo()], [okProbe()]);
    out = parse(jsonReport(report, OPTS));
  });

  it('has the top-level fields of schema version 1', () => {
    const fields = ['schemaVersion', 'tool', 'ok', 'summary', 'sources', 'profiles', 'probes', 'findings'];
    expect(Object.keys(out)).toEqual(fields);
    expect(out).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'claude-doctor', version: '9.8.7' },
      ok: false,
      summary: { errors: 1, warnings: 1, infos: 1 },
      sources: ['environment', '.env'],
    });
  });

  it('flattens each profile: values redacted, where each came from', () => {
    expect(out.profiles).toEqual([
      expect.objectContaining({
        id: 'p1',
        client: 'anthropic-sdk',
        apiKey: expect.stringMatching(/^sk-ant-api03-…\S{4} \(108 chars, #[0-9a-f]{8}\)$/),
        sources: expect.objectContaining({ apiKey: { kind: 'env', name: 'ANTHROPIC_API_KEY' } }),
      }),
      expect.objectContaining({ id: 'p2', client: 'openhands-headless', model: 'anthropic/claude-sonnet-4-6' }),
    ]);
  });

  it('lists one probe per profile it served', () => {
    const shared = { ...okProbe(), profiles: ['p1', 'p2'] };
    const both = parse(jsonReport(sampleReport([], [shared]), OPTS));
    const { profiles: _, args: __, ...probe } = shared;
    expect(both.probes).toEqual([
      { profile: 'p1', ...probe },
      { profile: 'p2', ...probe },
    ]);
  });

  it('gives each finding its code, severity, words, location, steps and docs page', () => {
    const [first] = out.findings;
    expect(Object.keys(first!)).toEqual([
      'code',
      'severity',
      'title',
      'message',
      'location',
      'remediation',
      'docs',
      'docsUrl',
    ]);
    expect(first).toMatchObject({
      code: 'hygiene/key-committed',
      severity: 'error',
      location: { kind: 'file', path: '.env', line: 3 },
      // DESIGN.md fixes "docs" as the page's path in the repository; the URL is a field of its own.
      docs: 'docs/codes/hygiene-key-committed.md',
      docsUrl: 'https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/hygiene-key-committed.md',
    });
    expect(first!.remediation).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  it.each([
    ['an error', [missingKey()], false, false],
    ['warnings only', [readableKeyFile('.env')], false, true],
    ['warnings only, under --strict', [readableKeyFile('.env')], true, false],
    ['infos only, under --strict', [envInfo()], true, true],
    ['nothing', [], true, true],
  ])('ok with %s: %s', (_, findings, strict, ok) => {
    expect(parse(jsonReport(sampleReport(findings), { ...OPTS, strict })).ok).toBe(ok);
  });

  it('holds no key, and the same schema in Japanese with Japanese words', () => {
    const text = jsonReport(report, OPTS);
    expect(text).not.toContain(apiKey(9).slice(13, 60));
    const ja = parse(jsonReport(report, { ...OPTS, lang: 'ja' }));
    expect(Object.keys(ja)).toEqual(Object.keys(out));
    expect(ja.findings.map((f) => f.code)).toEqual(out.findings.map((f) => f.code));
    expect(String(ja.findings[0]!.title)).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe('jsonReport probes and profiles in full', () => {
  it('writes each probe field it has, and none it has not', () => {
    const full = {
      ...okProbe(),
      organizationId: 'org-1',
      rateLimits: { 'retry-after': '3' },
    };
    const bare = { ...okProbe('p2'), status: undefined, requestId: undefined, code: 'net/refused' as const };
    const { probes } = parse(jsonReport(sampleReport([], [full, bare]), OPTS)) as unknown as { probes: unknown[] };
    expect(probes).toEqual([
      {
        profile: 'p1',
        endpoint: 'https://api.anthropic.com',
        status: 200,
        requestId: 'req_011',
        latencyMs: 42,
        code: 'api/ok',
        organizationId: 'org-1',
        rateLimits: { 'retry-after': '3' },
      },
      { profile: 'p2', endpoint: 'https://api.anthropic.com', latencyMs: 42, code: 'net/refused' },
    ]);
  });

  it('shows a key only when asked, and a profile label and ignored settings', () => {
    const report = sampleReport([]);
    const loser = envSetting('LLM_API_KEY', apiKey(3));
    const profiles = [
      {
        ...report.profiles[0]!,
        label: '[llm.x]',
        ignored: [{ setting: loser, reason: { kind: 'section-dropped' as const } }],
      },
    ];
    const out = (show: boolean) =>
      parse(jsonReport({ ...report, profiles }, { ...OPTS, showSecrets: show })) as unknown as {
        profiles: Record<string, unknown>[];
      };
    expect(out(true).profiles[0]!.apiKey).toContain(apiKey(9));
    expect(out(false).profiles[0]).toMatchObject({
      label: '[llm.x]',
      ignored: [{ name: 'LLM_API_KEY', location: loser.location, reason: { kind: 'sectionDropped' } }],
    });
    expect(JSON.stringify(out(false))).not.toContain(apiKey(3).slice(13, 60));
    expect(parse(jsonReport(report, OPTS)).profiles).not.toContainEqual(
      expect.objectContaining({ label: expect.anything() }),
    );
  });
});
