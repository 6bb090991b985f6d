#!/usr/bin/env node
// The executable: real process streams in, exit code out.
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
});
