// Tests that need something of the machine (dockerd, root, sshd). Elsewhere they are skipped with the
// reason printed; in CI (CI set), where .ci/run installs all of it, a missing piece is a failing test,
// never a silent skip.
import { it } from 'vitest';

/** True when the tests of `what` must be skipped; call it at collection time, as `describe.skipIf(…)`'s argument. */
export function cannotRun(what: string, reason: string | undefined): boolean {
  if (!reason) return false;
  if (process.env.CI) {
    it(`${what} can run in CI`, () => {
      throw new Error(`${what} cannot run: ${reason}`);
    });
    return true;
  }
  console.warn(`${what} skipped: ${reason}`);
  return true;
}

export const notRoot = (): string | undefined =>
  process.getuid?.() === 0 ? undefined : 'needs root (CI runs as root)';
