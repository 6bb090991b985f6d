// cli/progress.ts: when progress may show (a terminal, text, not --quiet, not CI), and what it draws:
// nothing for quick work, then one line with the elapsed time, erased when done.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressWanted, SHOW_AFTER, stepWords, terminalProgress } from '../../src/cli/progress.js';

afterEach(() => vi.useRealTimers());

describe('progressWanted', () => {
  const base = { stderrTTY: true, format: 'text', quiet: false, env: {} };
  it.each([
    ['a terminal, text', {}, true],
    ['a pipe', { stderrTTY: false }, false],
    ['JSON', { format: 'json' }, false],
    ['GitHub', { format: 'github' }, false],
    ['SARIF', { format: 'sarif' }, false],
    ['--quiet', { quiet: true }, false],
    ['CI=true', { env: { CI: 'true' } }, false],
    ['CI=1', { env: { CI: '1' } }, false],
    ['CI=false', { env: { CI: 'false' } }, true],
    ['CI=0', { env: { CI: '0' } }, true],
    ['CI empty', { env: { CI: '' } }, true],
  ])('%s', (_, more, wanted) => {
    expect(progressWanted({ ...base, ...more })).toBe(wanted);
  });
});

describe('terminalProgress', () => {
  it('draws nothing for work done within SHOW_AFTER', () => {
    vi.useFakeTimers();
    let out = '';
    const p = terminalProgress((s) => (out += s), 'en');
    p.step({ kind: 'probing', setups: 2, hosts: ['api.anthropic.com'] });
    vi.advanceTimersByTime(SHOW_AFTER - 1);
    p.done();
    vi.advanceTimersByTime(5000);
    expect(out).toBe('');
  });

  it('then one line with the elapsed time, redrawn in place, erased when done', () => {
    vi.useFakeTimers();
    let now = 5000;
    let out = '';
    const p = terminalProgress(
      (s) => (out += s),
      'en',
      () => now,
    );
    p.step({ kind: 'probing', setups: 2, hosts: ['api.anthropic.com'] });
    p.step({ kind: 'engines', engines: 2 });
    now = 5400;
    vi.advanceTimersByTime(SHOW_AFTER);
    expect(out).toBe('\r\x1b[2Kprobing 2 setups (api.anthropic.com)… · asking 2 Docker engines… 0.4 s');
    p.step({ kind: 'containers', containers: 14, engines: 2 });
    p.end('probing');
    now = 6200;
    out = '';
    vi.advanceTimersByTime(1000);
    expect(out.split('\r\x1b[2K').at(-1)).toBe('reading 14 containers on 2 engines… 1.2 s');
    out = '';
    p.end('containers');
    expect(out).toBe('\r\x1b[2K');
    vi.advanceTimersByTime(5000);
    expect(out).toBe('\r\x1b[2K');
  });

  it('keeps the engines line until their containers are counted; their end erases it', () => {
    vi.useFakeTimers();
    let out = '';
    const p = terminalProgress(
      (s) => (out += s),
      'en',
      () => 0,
    );
    p.step({ kind: 'engines', engines: 1 });
    p.step({ kind: 'probing', setups: 1, hosts: ['h'] });
    vi.advanceTimersByTime(SHOW_AFTER);
    expect(out).toContain('asking 1 Docker engine…');
    out = '';
    p.end('probing');
    expect(out).toBe('');
    p.end('containers');
    expect(out).toBe('\r\x1b[2K');
    // Quick work after that draws and erases nothing.
    out = '';
    p.step({ kind: 'probing', setups: 1, hosts: ['h'] });
    p.done();
    vi.advanceTimersByTime(5000);
    expect(out).toBe('');
  });

  it('speaks Japanese', () => {
    expect(stepWords({ kind: 'containers', containers: 1, engines: 1 }, 'ja')).toBe(
      '1 台のエンジンで 1 個のコンテナを読み込み中…',
    );
    expect(stepWords({ kind: 'probing', setups: 1, hosts: ['a', 'b'] }, 'en')).toBe('probing 1 setup (a, b)…');
  });
});
