// Runs the tests' fake Anthropic API (test/support/fake-anthropic.ts) in a process of its own, for the
// probe benchmarks: `node bench/fake-server.mjs <latency-ms> <key>...` prints its URL, then serves
// every given key as a valid one until it is killed.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  entryPoints: [join(root, 'test/support/fake-anthropic.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const { startFakeApi } = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);
const [latency, ...keys] = process.argv.slice(2);
const api = await startFakeApi(Object.fromEntries(keys.map((k) => [k, 'ok'])), Number(latency));
console.log(api.url);
