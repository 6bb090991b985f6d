#!/usr/bin/env node
// The executable: real process streams in, exit code out. `--version` answers from this small
// entry chunk alone; everything else loads the CLI (see scripts/build.mjs: code splitting).
const argv = process.argv.slice(2);

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${__VERSION__}\n`);
} else {
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(argv, { env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
}

declare const __VERSION__: string;
