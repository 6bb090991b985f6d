// `script` from util-linux runs a command on a pseudo-terminal; its output is what the terminal showed.
import { execFileSync } from 'node:child_process';

export const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
