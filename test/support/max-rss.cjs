// Runs the CLI given as the first argument in this process and, when the process exits, writes its peak
// resident memory in kB (process.resourceUsage().maxRSS) to the file named by CLAUDE_DOCTOR_TEST_RSS.
// A runner rather than `node --require`: with --require, Node itself reads the working directory's
// package.json, which the hostile tests make a FIFO.
'use strict';
const { writeFileSync } = require('node:fs');

const out = process.env.CLAUDE_DOCTOR_TEST_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
// The CLI reads process.argv.slice(2): make it see its own path where this runner's is.
const cli = process.argv.splice(1, 2, process.argv[2])[1];
require(cli);
