// The program: real process streams in, exit code out. dist/cli.cjs (scripts/launcher.cjs) loads this
// bundle with its V8 code cache; `--version` never gets here.
import { main } from './cli/main.js';

void main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
}).then((code) => {
  // Exit once the output is written: an idle keep-alive connection of the probe's HTTP client
  // would otherwise hold the process open for another ~100 ms.
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
