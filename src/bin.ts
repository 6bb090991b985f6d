// The program: real process streams in, exit code out. dist/cli.cjs (src/launcher.cjs) loads this
// bundle with its V8 code cache; `--version` never gets here.
import { main } from './cli/main.js';

void main(process.argv.slice(2), { env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr })
  .then((code) => {
    process.exitCode = code;
  });
