// probe/outcomes.ts: a network failure shared by setups is one finding naming them all; an unverified
// retirement is settled by the probe of that model (200: gone, 404: an error, no answer: a warning).
import { describe, expect, it } from 'vitest';
import { finding, type Finding } from '../../src/findings.js';
import type { ProbeResult } from '../../src/probe/anthropic.js';
import { probeFindings, settleRetirements } from '../../src/probe/outcomes.js';

const result = (code: ProbeResult['code'], profiles: string[], more: Partial<ProbeResult> = {}): ProbeResult => ({
  profiles,
  endpoint: 'GET /v1/models/claude-mythos-preview',
  latencyMs: 5,
  code,
  args: { baseUrl: 'http://127.0.0.1:1' },
  ...more,
});

describe('probeFindings', () => {
  it('one finding for the same failure at the same base URL, naming every setup once', () => {
    const out = probeFindings([
      result('net/refused', ['p1']),
      result('net/refused', ['p2', 'p3']),
      result('net/refused', ['p1']),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ code: 'net/refused', profile: 'p1', args: { profiles: ['p1', 'p2', 'p3'] } });
  });

  it("different failures, or base URLs, stay apart; answers are their setup's own", () => {
    const other = { args: { baseUrl: 'http://127.0.0.1:2' } };
    const out = probeFindings([
      result('net/refused', ['p1']),
      result('net/refused', ['p2'], other),
      result('net/timeout', ['p3']),
      result('net/redirect', ['p4'], { args: { status: 301, target: 'x', host: 'y' } as never }),
      result('net/redirect', ['p7'], { args: { status: 301, target: 'x', host: 'y' } as never }),
      result('auth/invalid-api-key', ['p5']),
      result('auth/invalid-api-key', ['p6']),
    ]);
    expect(out.map((f) => `${f.code} ${f.profile}`).sort()).toEqual([
      'auth/invalid-api-key p5',
      'auth/invalid-api-key p6',
      'net/redirect p4',
      'net/redirect p7',
      'net/refused p1',
      'net/refused p2',
      'net/timeout p3',
    ]);
  });
});

describe('settleRetirements', () => {
  const retired = (unverified: boolean): Finding => ({
    ...finding(
      'model/retired',
      { name: 'ANTHROPIC_MODEL', model: 'anthropic/claude-mythos-preview', retiredOn: '2026-06-30', unverified },
      { severity: unverified ? 'warning' : 'error' },
    ),
    profile: 'p1',
  });

  it('a 200 for that model removes it; a 404 makes it an error; no answer keeps the warning', () => {
    expect(settleRetirements([retired(true)], [result('api/ok', ['p1'])])).toEqual([]);
    expect(settleRetirements([retired(true)], [result('api/model-not-found', ['p1'])])[0]?.severity).toBe('error');
    expect(settleRetirements([retired(true)], [result('net/refused', ['p1'])])[0]?.severity).toBe('warning');
    expect(settleRetirements([retired(true)], [])[0]?.severity).toBe('warning');
  });

  it("another setup's probe, or another model's, decides nothing; a verified retirement stays", () => {
    expect(settleRetirements([retired(true)], [result('api/ok', ['p2'])])).toHaveLength(1);
    const otherModel = result('api/ok', ['p1'], { endpoint: 'GET /v1/models/claude-sonnet-4-6' });
    expect(settleRetirements([retired(true)], [otherModel])).toHaveLength(1);
    expect(settleRetirements([retired(false)], [result('api/ok', ['p1'])])[0]?.severity).toBe('error');
    // A model written without LiteLLM's prefix is matched as it is.
    const bare = {
      ...retired(true),
      args: { ...(retired(true).args as object), model: 'claude-mythos-preview' },
    } as Finding;
    expect(settleRetirements([bare], [result('api/ok', ['p1'])])).toEqual([]);
  });
});
