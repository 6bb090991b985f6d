// The program: real process streams in, exit code out. dist/cli.cjs (scripts/launcher.cjs) loads this
// bundle with its V8 code cache; `--version` never gets here.
import { main } from './cli/main.js';
import { output } from './cli/stdio.js';

void main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: output(1),
  stderr: output(2),
}).then((code) => {
  // The output is already written (synchronously). Exit now: an idle keep-alive connection of the
  // probe's HTTP client would otherwise hold the process open for another ~100 ms.
  process.exit(code);
});
