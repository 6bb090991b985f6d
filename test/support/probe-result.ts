// A probe's result as the probe would hand it over, for tests of what follows a probe (status page, Admin API).
import type { ProbeResult } from '../../src/probe/anthropic.js';

export const probeResult = (code: string, status?: number, profiles = ['p1']): ProbeResult =>
  ({
    profiles,
    endpoint: 'GET /v1/models',
    latencyMs: 1,
    code,
    args: {},
    ...(status ? { status } : {}),
  }) as ProbeResult;
