#!/usr/bin/env node
'use strict';
// claude-doctor's executable. A plain `env node` first line: BusyBox env (Alpine, many CI images) has no
// `-S`, and npm's Windows shims read this line too. The price: Node scans its whole command line for
// --env-file, even after the script name (nodejs/node#54232), and exits 9 ("node: x.env: not found")
// before this file runs when that file is missing; an existing file it leaves alone. Running this file
// by hand, put `--` before it (`node -- dist/cli.cjs`), as the tests do. Start-up is most of a CI
// preflight's time, so:
// - `--version` answers here, without loading anything else;
// - the program (main.cjs, one bundled file) is compiled with the V8 code cache that `npm run build`
//   produced next to it (main.cjs.cache). V8 checks that the cache matches this source and this Node
//   build, and compiles normally when it does not. Nothing is ever written at run time.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Straight to the descriptor: building process.stdout would cost more than the rest of this path.
  try {
    require('node:fs').writeSync(1, `${__VERSION__}\n`);
  } catch {
    // The reader has gone (`| true`): nothing to say.
  }
} else {
  // A dependency's deprecation notice (docker-modem's ssh transport) is not the user's to act on.
  process.noDeprecation = true;
  const fs = require('node:fs');
  const path = require('node:path');
  const vm = require('node:vm');
  const { createRequire } = require('node:module');
  const loaded = new Map();
  // Our own bundles (main.cjs, and dockerode.cjs when containers are inspected) go through the cache;
  // everything else is an ordinary require.
  const load = (file) => {
    if (loaded.has(file)) return loaded.get(file).exports;
    // One buffer for the source and then the cache: fresh memory is costly to touch (page faults), and
    // these are the two largest reads of a run. The build writes pure ASCII, so latin1 is a plain copy
    // (UTF-8 decoding costs more), and each file is already wrapped as a CommonJS function
    // (scripts/build.mjs), so V8 compiles this one string rather than a joined copy of it.
    const [source, cachedData] = readSourceAndCache(file);
    const script = new vm.Script(source, { filename: file, cachedData });
    const module = { exports: {} };
    loaded.set(file, module);
    const plain = createRequire(file);
    const bundled = (id) =>
      id.startsWith('./') && id.endsWith('.cjs') ? load(path.join(path.dirname(file), id)) : plain(id);
    script.runInThisContext()(
      module.exports,
      Object.assign(bundled, { resolve: plain.resolve }),
      module,
      file,
      path.dirname(file),
    );
    if (process.env.CLAUDE_DOCTOR_WRITE_CODE_CACHE) {
      // Only `npm run build` sets this, to record the functions a typical run compiles.
      process.on('exit', () => fs.writeFileSync(`${file}.cache`, script.createCachedData()));
    }
    return module.exports;
  };
  /** A whole file into `buffer` from its start; the bytes read. */
  const readAll = (fd, buffer) => {
    let size = 0;
    for (let n = -1; n !== 0 && size < buffer.length; size += n)
      n = fs.readSync(fd, buffer, size, buffer.length - size, null);
    return size;
  };
  const readSourceAndCache = (file) => {
    const sourceFd = fs.openSync(file, 'r');
    let cacheFd;
    try {
      cacheFd = fs.openSync(`${file}.cache`, 'r');
    } catch {
      // No cache: compile as usual.
    }
    try {
      const sizes = [sourceFd, cacheFd].map((fd) => (fd === undefined ? 0 : fs.fstatSync(fd).size));
      const buffer = Buffer.allocUnsafeSlow(Math.max(...sizes));
      const source = buffer.toString('latin1', 0, readAll(sourceFd, buffer));
      // V8 reads the cache only while compiling, so it may take the buffer over.
      const cache = cacheFd === undefined ? undefined : buffer.subarray(0, readAll(cacheFd, buffer));
      return [source, cache];
    } finally {
      fs.closeSync(sourceFd);
      if (cacheFd !== undefined) fs.closeSync(cacheFd);
    }
  };
  load(path.join(__dirname, 'main.cjs'));
}
