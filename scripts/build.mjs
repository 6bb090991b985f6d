// Builds the CLI: dist/cli.cjs (a tiny launcher) and dist/main.cjs (the whole program in one file,
// since start-up is dominated by module resolution and compilation; see
// ../shared/recipes/fast-startup.md), plus main.cjs.cache, the V8 code cache of a typical run.
// Heavy modules stay lazy: they are imported only on the paths that use them.
// `--docs` regenerates docs/codes/ from the catalogue.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  define: { __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  minify: true,
  charset: 'utf8',
  alias: { assert: join(root, 'scripts/shims/assert.mjs') },
  // Loaded from node_modules only on the paths that use them (a probe, a Docker inspection).
  external: ['dockerode', '@anthropic-ai/sdk'],
};

/**
 * Two changes to docker-modem, for a host with hundreds of containers: it formats every request with
 * util.inspect for its debug log even when that log is off (~9 ms over 250 requests), so format it
 * only when the log is on; and it loads ssh2 (and with it most of node:crypto) at start even for a
 * local socket, so load it when an ssh:// engine is actually used.
 */
const quietModem = {
  name: 'quiet-docker-modem',
  setup(b) {
    b.onLoad({ filter: /docker-modem[\\/]lib[\\/]modem\.js$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source
        .replace("debug('Sending: %s', util.inspect(", "debug.enabled && debug('Sending: %s', util.inspect(")
        .replace("ssh = require('./ssh'),", "ssh = function (opt) { return require('./ssh')(opt); },");
      if (!patched.includes('debug.enabled && debug(') || patched.includes("ssh = require('./ssh')")) {
        throw new Error('docker-modem changed: review the quiet-docker-modem patch in scripts/build.mjs');
      }
      return { contents: patched, loader: 'js' };
    });
  },
};

if (process.argv.includes('--docs')) {
  const outfile = join(root, 'dist/docs-page.js');
  await build({ ...common, format: 'esm', entryPoints: [join(root, 'src/docs-page.ts')], outfile });
  const { CODES, codePage } = await import(outfile);
  const dir = join(root, 'docs/codes');
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.md')) rmSync(join(dir, file));
  for (const code of CODES) writeFileSync(join(dir, `${code.replace('/', '-')}.md`), codePage(code));
  console.log(`wrote ${CODES.length} pages to docs/codes/`);
} else {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  // The program as one CommonJS file: the launcher compiles it with a V8 code cache, which Node 20
  // can do for a script, not for an ES module.
  await build({
    ...common,
    format: 'cjs',
    entryPoints: [join(root, 'src/bin.ts')],
    outfile: join(root, 'dist/main.cjs'),
    define: { ...common.define, 'import.meta.url': '__cdUrl', __BUNDLED__: JSON.stringify({ dockerode: './dockerode.cjs' }) },
    banner: { js: "const __cdUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  await build({ ...common, format: 'cjs', entryPoints: [join(root, 'scripts/launcher.cjs')], outfile: join(root, 'dist/cli.cjs') });
  // dockerode as one file: unbundled it takes ~160 ms to load, most of it for BuildKit's gRPC.
  const empty = join(root, 'scripts/shims/empty.cjs');
  await build({
    ...common, external: ['cpu-features', '*.node'], format: 'cjs', entryPoints: [join(root, 'node_modules/dockerode/lib/docker.js')], outfile: join(root, 'dist/dockerode.cjs'),
    alias: { '@grpc/grpc-js': empty, '@grpc/proto-loader': empty, protobufjs: empty },
    plugins: [quietModem],
  });
  chmodSync(join(root, 'dist/cli.cjs'), 0o755);
  writeCodeCache();
}

/** Runs a typical check once (a .env, a config.toml, a settings.json) and keeps what V8 compiled. */
function writeCodeCache() {
  const dir = mkdtempSync(join(tmpdir(), 'cd-cache-'));
  const key = `sk-ant-${'api03'}-${'x'.repeat(93)}AA`;
  mkdirSync(join(dir, 'home/.openhands'), { recursive: true });
  writeFileSync(join(dir, '.env'), `ANTHROPIC_API_KEY=${key}\nLLM_MODEL=anthropic/claude-sonnet-4-6\n`);
  writeFileSync(join(dir, 'config.toml'), `[core]\nworkspace_base = "./w"\n\n[llm]\napi_key = "${key}"\nmodel = "anthropic/claude-sonnet-4-6"\n`);
  writeFileSync(join(dir, 'home/.openhands/settings.json'), JSON.stringify({ llm_model: 'anthropic/claude-opus-4-8', llm_api_key: key, llm_base_url: null }));
  const main = join(root, 'dist/main.cjs');
  // An engine address that answers nothing still loads dockerode, so its top level gets cached too.
  writeFileSync(join(dir, 'docker.sock'), '');
  const run = spawnSync(process.execPath, ['--', join(root, 'dist/cli.cjs'), 'check', '--offline', '--docker-host', `unix://${join(dir, 'docker.sock')}`, '--timeout', '2000'], {
    cwd: dir, env: { PATH: process.env.PATH, HOME: join(dir, 'home'), CLAUDE_DOCTOR_WRITE_CODE_CACHE: '1' }, encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  for (const file of [main, join(root, 'dist/dockerode.cjs')]) {
    if (run.status === 2 || !existsSync(`${file}.cache`)) throw new Error(`could not write the code cache of ${file}: ${run.stderr}`);
  }
}
