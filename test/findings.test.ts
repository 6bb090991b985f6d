// src/findings.ts on plain data: a finding's severity (the catalogue's, or the caller's when given),
// the order a report lists findings in, and the cap a context puts on a severity.
import { describe, expect, it } from 'vitest';
import { entry } from '../src/catalog/index.js';
import { bySeverity, capSeverity, type Finding, finding } from '../src/findings.js';
import { redact } from '../src/secrets.js';
import { apiKey } from './support/keys.js';

const host = { host: 'unix:///var/run/docker.sock', reason: 'refused' } as const;

describe('finding', () => {
  it("takes the catalogue's severity, and keeps the location and the redacted credential", () => {
    const credential = redact(apiKey(1));
    const location = { kind: 'env', name: 'ANTHROPIC_API_KEY' } as const;
    const f = finding('auth/invalid-api-key', { status: 401 }, { location, credential });
    expect(entry('auth/invalid-api-key').severity).toBe('error');
    expect(f).toEqual({ code: 'auth/invalid-api-key', args: { status: 401 }, severity: 'error', location, credential });
    expect(finding('docker/unreachable', host)).toEqual({ code: 'docker/unreachable', args: host, severity: 'info' });
  });

  it("a caller's severity overrides the catalogue's", () => {
    expect(finding('docker/unreachable', host, { severity: 'error' }).severity).toBe('error');
  });
});

describe('bySeverity', () => {
  const f = (code: string, severity: Finding['severity']) => ({ code, args: {}, severity }) as unknown as Finding;

  it('lists errors, then warnings, then notes; by code within a severity', () => {
    const list = [f('b/x', 'info'), f('c/x', 'warning'), f('z/x', 'error'), f('a/x', 'info'), f('a/x', 'error')];
    expect(list.sort(bySeverity).map((x) => `${x.severity} ${x.code}`)).toEqual([
      'error a/x',
      'error z/x',
      'warning c/x',
      'info a/x',
      'info b/x',
    ]);
  });

  it('compares as a sort comparator must: a sign, 0 for the same code and severity, and antisymmetric', () => {
    expect(bySeverity(f('a/x', 'error'), f('a/x', 'error'))).toBe(0);
    expect(bySeverity(f('a/x', 'error'), f('b/x', 'error'))).toBeLessThan(0);
    expect(bySeverity(f('b/x', 'error'), f('a/x', 'error'))).toBeGreaterThan(0);
    expect(bySeverity(f('z/x', 'error'), f('a/x', 'warning'))).toBeLessThan(0);
    expect(bySeverity(f('a/x', 'info'), f('z/x', 'warning'))).toBeGreaterThan(0);
  });
});

describe('capSeverity', () => {
  const error = finding('auth/invalid-api-key', {});
  const note = finding('docker/unreachable', host);

  it('lowers a severity above the cap to the cap, and leaves one at or below it as it is', () => {
    expect(capSeverity(error, 'warning')).toEqual({ ...error, severity: 'warning' });
    expect(error.severity).toBe('error');
    expect(capSeverity(note, 'warning')).toBe(note);
    const warning = { ...error, severity: 'warning' as const };
    expect(capSeverity(warning, 'warning')).toBe(warning);
  });
});
