// Small Report objects for reporter unit tests, built by the real checks from plain settings, so every
// finding has the arguments its catalogue entry expects.
import { checkHygiene } from '../../src/checks/hygiene.js';
import { checkMissing } from '../../src/checks/consistency.js';
import type { Report } from '../../src/doctor.js';
import { finding, type Finding } from '../../src/findings.js';
import type { ProbeResult } from '../../src/probe/anthropic.js';
import { resolveProfiles } from '../../src/profiles.js';
import type { FileFacts, Setting } from '../../src/types.js';
import { apiKey } from './keys.js';
import { envSetting, fileSetting } from './settings.js';

const IGNORED_READABLE: FileFacts = { git: 'ignored', mode: 0o644 };

/** A key file at `path` that is readable by others: one hygiene/world-readable warning there. */
export function readableKeyFile(path: string, seed = 1): Finding {
  const s: Setting = { ...fileSetting('LLM_API_KEY', apiKey(seed), path, { line: 2 }), file: IGNORED_READABLE };
  return checkHygiene([s])[0]!;
}

/** A key line committed to git at `path`: one hygiene/key-committed error there. */
export function committedKey(path: string, line = 1): Finding {
  const s: Setting = {
    ...fileSetting('LLM_API_KEY', apiKey(line), path, { line }),
    file: { git: 'tracked', mode: 0o600 },
  };
  return checkHygiene([s])[0]!;
}

/** An error with no place in a file: a profile without a key. */
export function missingKey(): Finding {
  return checkMissing(resolveProfiles([]), [])[0]!;
}

/** An info finding in the environment. */
export function envInfo(): Finding {
  const url = envSetting('ANTHROPIC_BASE_URL', 'https://gw.example.com', 'base_url');
  return finding('key/unknown-format', { name: 'ANTHROPIC_API_KEY' }, { location: url.location, severity: 'info' });
}

/**
 * Two profiles (the SDK with a key from the environment, OpenHands headless with a model) and the
 * findings given, plus one probe of the first profile.
 */
export function sampleReport(findings: Finding[], probes: ProbeResult[] = []): Report {
  const model = envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model');
  const settings = [envSetting('ANTHROPIC_API_KEY', apiKey(9)), model];
  return { sources: ['environment', '.env'], settings, profiles: resolveProfiles(settings), probes, findings };
}

export const okProbe = (profile = 'p1'): ProbeResult => ({
  profiles: [profile],
  endpoint: 'https://api.anthropic.com',
  status: 200,
  requestId: 'req_011',
  latencyMs: 42,
  code: 'api/ok',
  args: {} as never,
});
