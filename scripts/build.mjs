// Builds the CLI: dist/cli.cjs (a tiny launcher) and dist/main.cjs (the whole program in one file,
// since start-up is dominated by module resolution and compilation; see
// bench/README.md), plus main.cjs.cache, the V8 code cache of a typical run.
// Heavy modules stay lazy: they are imported only on the paths that use them.
// `--docs` regenerates docs/codes/ from the catalogue.
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { runInThisContext } from 'node:vm';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { version, homepage } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The packages the program loads lazily (src/lazy.ts), each bundled into one file of dist/. */
const BUNDLED = {
  dockerode: './dockerode.cjs',
  '@anthropic-ai/sdk': './anthropic-sdk.cjs',
  undici: './undici.cjs',
  'string-width': './string-width.cjs',
  yaml: './yaml.cjs',
  yargs: './yargs.cjs',
  ssh2: './ssh2.cjs',
};

const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) {';
const WRAP_TAIL = '\n})';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // SARIF rules link to docs/codes/ under the project's homepage, when package.json names one.
  define: {
    __VERSION__: JSON.stringify(version),
    __DOCS_BASE_URL__: JSON.stringify(homepage ? `${homepage.replace(/\/$/, '')}/blob/main/` : ''),
  },
  logLevel: 'warning',
  // NO_MINIFY=1 npm run build: readable names in a CPU profile (node --cpu-prof -- dist/cli.cjs …).
  minify: !process.env.NO_MINIFY,
  // Pure ASCII (other characters as \u escapes): the launcher reads it as latin1, a plain copy, where
  // decoding UTF-8 with Japanese text in it cost ~1.5 ms of every start.
  charset: 'ascii',
  alias: { assert: join(root, 'scripts/shims/assert.mjs') },
  // Bundled on their own (dist/<name>.cjs, see BUNDLED) and loaded only on the paths that use them (a probe,
  // a Docker inspection, a proxy): never from node_modules, so the installed package depends on nothing.
  external: ['dockerode', '@anthropic-ai/sdk', 'undici', 'yaml', 'yargs', 'ssh2'],
  // Every file but the launcher is loaded by the launcher (scripts/launcher.cjs), which compiles it as
  // it stands: so it is written already wrapped, as Node wraps a CommonJS module.
  banner: { js: WRAP_HEAD },
  footer: { js: WRAP_TAIL },
};

/**
 * A plugin that changes a few exact texts in a dependency's file as it is bundled. The build fails when
 * a text is no longer there, so an update of the dependency gets the patch reviewed.
 */
function patch(name, filter, replacements) {
  return {
    name,
    setup(b) {
      b.onLoad({ filter }, async (args) => {
        let source = readFileSync(args.path, 'utf8');
        for (const [from, to] of replacements) {
          if (!source.includes(from))
            throw new Error(`${args.path} changed: review the ${name} patch in scripts/build.mjs`);
          source = source.replace(from, to);
        }
        return { contents: source, loader: 'js' };
      });
    },
  };
}

/**
 * Two changes to docker-modem, for a host with hundreds of containers: it formats every request with
 * util.inspect for its debug log even when that log is off (~9 ms over 250 requests), so format it
 * only when the log is on; and it loads its ssh transport (ssh2, and with it most of node:crypto) at start,
 * a transport we never use (src/sources/docker-ssh.ts is ours): leave it out.
 */
const quietModem = patch('quiet-docker-modem', /docker-modem[\\/]lib[\\/]modem\.js$/, [
  ["debug('Sending: %s', util.inspect(", "debug.enabled && debug('Sending: %s', util.inspect("],
  [
    "ssh = require('./ssh'),",
    "ssh = function () { throw new Error('ssh:// goes through src/sources/docker-ssh.ts'); },",
  ],
]);

/**
 * yargs reads files of its own at start-up, with readFileSync: the nearest package.json to find a version
 * (from the working directory once bundled, so a repository's package.json as a FIFO hung `explain` and
 * `--help`, and as a symlink to /dev/zero ate memory), and y18n's locale files from a folder that, once
 * bundled, lies outside this package. Point both at this package's own files: its own package.json, and a
 * locale folder that does not exist (yargs' words are English; ours come from the catalogue).
 */
const ownFilesOnly = patch('yargs-own-files-only', /yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/, [
  ['mainFilename: mainFilename || process.cwd(),', 'mainFilename: __dirname,'],
  ["directory: resolve(__dirname, '../../../locales'),", "directory: resolve(__dirname, '../yargs-locales'),"],
]);

/**
 * kleur looks at process.stdout.isTTY when it loads, and building process.stdout costs every run a few
 * milliseconds (src/cli/stdio.ts). src/report/color.ts decides colour per run anyway.
 */
const kleurLeavesStdout = patch('kleur-leaves-stdout', /kleur[\\/]index\.mjs$/, [
  ['isTTY = process.stdout && process.stdout.isTTY;', 'isTTY = false;'],
]);

/** In dist/main.cjs, the catalogue's areas are read from their own files on first use (src/catalog/areas-on-demand.ts). */
const areasOnDemand = {
  name: 'catalogue-areas-on-demand',
  setup(b) {
    b.onResolve({ filter: /^\.\/areas\.js$/ }, (args) =>
      args.importer === join(root, 'src/catalog/index.ts')
        ? { path: join(root, 'src/catalog/areas-on-demand.ts') }
        : undefined,
    );
  },
};

/**
 * Each area of the catalogue (an import of src/catalog/areas.ts) as dist/catalog/<area>.cjs, exporting its codes
 * as `codes`. Returns the table of files and their codes that dist/main.cjs looks codes up in, and the sources.
 */
async function buildCatalogAreas() {
  const dir = join(root, 'src/catalog');
  const text = readFileSync(join(dir, 'areas.ts'), 'utf8');
  const imports = [...text.matchAll(/^import \{ (\w+) \} from '\.\/([\w-]+)\.js';$/gm)];
  // An import of another shape would leave its area, and its codes, out of the built program.
  if (imports.length !== text.match(/^import /gm)?.length)
    throw new Error("src/catalog/areas.ts: each area must be imported as `import { xCodes } from './x.js';`");
  const table = {};
  for (const [, name, area] of imports) {
    const file = `./catalog/${area}.cjs`;
    const outfile = join(root, 'dist', file);
    await build({
      ...common,
      format: 'cjs',
      stdin: { contents: `export { ${name} as codes } from './${area}.js';`, resolveDir: dir, loader: 'ts' },
      outfile,
    });
    const module = { exports: {} };
    runInThisContext(readFileSync(outfile, 'latin1'), { filename: outfile })(module.exports, require, module);
    table[file] = Object.keys(module.exports.codes);
  }
  return { table, sources: imports.map(([, , area]) => join(dir, `${area}.ts`)) };
}

if (process.argv.includes('--docs')) {
  // Outside dist/: tests run the program from there while one of them runs this.
  const outfile = join(mkdtempSync(join(tmpdir(), 'cd-docs-')), 'docs-page.mjs');
  // An ES module, imported here: not wrapped for the launcher as the program's bundles are.
  const unwrapped = { ...common, banner: {}, footer: {} };
  await build({ ...unwrapped, format: 'esm', entryPoints: [join(root, 'src/docs-page.ts')], outfile });
  const { CODES, codePage } = await import(outfile);
  // --out DIR writes the pages elsewhere (the docs test compares them with docs/codes/).
  const out = process.argv.indexOf('--out');
  const dir = out > 0 ? process.argv[out + 1] : join(root, 'docs/codes');
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.md')) rmSync(join(dir, file));
  for (const code of CODES) writeFileSync(join(dir, `${code.replace('/', '-')}.md`), codePage(code));
  rmSync(dirname(outfile), { recursive: true, force: true });
  console.log(`wrote ${CODES.length} pages to ${relative(process.cwd(), dir) || '.'}/`);
} else {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const areas = await buildCatalogAreas();
  // The program as one CommonJS file: the launcher compiles it with a V8 code cache, which Node 20
  // can do for a script, not for an ES module.
  const { metafile } = await build({
    ...common,
    format: 'cjs',
    entryPoints: [join(root, 'src/bin.ts')],
    outfile: join(root, 'dist/main.cjs'),
    // Its dependencies' licence texts (27 KB) go to dist/main.cjs.LEGAL.txt: every start reads the bundle.
    legalComments: 'external',
    define: {
      ...common.define,
      // Only lazyRequire's path from the sources uses it, never taken in the bundle: a path does for createRequire,
      // where a file URL cost every start building one.
      'import.meta.url': '__filename',
      __BUNDLED__: JSON.stringify(BUNDLED),
      __CATALOG_AREAS__: JSON.stringify(areas.table),
    },
    metafile: true,
    plugins: [kleurLeavesStdout, areasOnDemand],
  });
  const inside = areas.sources.filter((file) => metafile.inputs[relative(root, file).split(sep).join('/')]);
  if (inside.length) throw new Error(`dist/main.cjs holds catalogue areas of its own: ${inside.join(', ')}`);
  await build({
    ...common,
    format: 'cjs',
    entryPoints: [join(root, 'scripts/launcher.cjs')],
    outfile: join(root, 'dist/cli.cjs'),
    banner: {},
    footer: {},
  });
  /** A package as one file of dist/ (BUNDLED's name for it), everything it uses inside. */
  const bundle = (name, entry, options = {}) =>
    build({
      ...common,
      external: [],
      format: 'cjs',
      entryPoints: [join(root, 'node_modules', name, entry)],
      outfile: join(root, 'dist', BUNDLED[name]),
      ...options,
    });
  // dockerode as one file: unbundled it takes ~160 ms to load, most of it for BuildKit's gRPC.
  const empty = join(root, 'scripts/shims/empty.cjs');
  await bundle('dockerode', 'lib/docker.js', {
    external: ['cpu-features', '*.node'],
    alias: { '@grpc/grpc-js': empty, '@grpc/proto-loader': empty, protobufjs: empty },
    plugins: [quietModem],
  });
  // ssh2, for an ssh:// engine (src/sources/docker-ssh.ts): its native crypto is optional, and left out. It uses
  // more of node:assert than the shim holds (yargs' two functions): Node's own.
  await bundle('ssh2', 'lib/index.js', { external: ['cpu-features', '*.node'], alias: {} });
  // The SDK as one file too: unbundled it takes ~140 ms to load, bundled ~50, cached less. Its `Headers`
  // are ours: Node's own load Node's whole HTTP client (src/probe/plain-headers.ts).
  await bundle('@anthropic-ai/sdk', 'index.js', { inject: [join(root, 'scripts/shims/sdk-headers.ts')] });
  if (/new Headers\b|instanceof Headers\b/.test(readFileSync(join(root, 'dist/anthropic-sdk.cjs'), 'latin1')))
    throw new Error("dist/anthropic-sdk.cjs still uses Node's Headers: see scripts/shims/sdk-headers.ts");
  // undici, for a probe through HTTPS_PROXY (Node's own fetch has no proxy support). Its licence notices (one
  // holds a name outside ASCII) go to dist/undici.cjs.LEGAL.txt: the bundle stays ASCII.
  await bundle('undici', 'index.js', { legalComments: 'external' });
  // string-width, for the widths of emoji, combining marks and Hangul (src/report/width.ts): rarely needed.
  await bundle('string-width', 'index.js');
  // yaml (eemeli/yaml), for the YAML configurations of LiteLLM, aider, Continue and Goose: loaded only when
  // such a file is found.
  await bundle('yaml', 'dist/index.js', { legalComments: 'external' });
  // yargs, for help, other commands and usage errors: the usual check is parsed without it (src/cli/fast-path.ts),
  // so a fifth of the program's size is read only when it is needed. Its own files are this package's.
  await bundle('yargs', 'index.mjs', {
    define: { ...common.define, 'import.meta.url': '__cdUrl' },
    banner: { js: `${WRAP_HEAD}const __cdUrl = require('node:url').pathToFileURL(__filename).href;` },
    plugins: [ownFilesOnly],
  });
  // The launcher reads the bundles as latin1: a byte outside ASCII would be misread. (An unminified
  // build for profiling keeps dependencies' comments, where such bytes are harmless.)
  for (const file of process.env.NO_MINIFY
    ? []
    : ['main.cjs', ...Object.values(BUNDLED), ...Object.keys(areas.table)]) {
    if (readFileSync(join(root, 'dist', file)).some((byte) => byte > 0x7f))
      throw new Error(`dist/${file} is not ASCII`);
  }
  chmodSync(join(root, 'dist/cli.cjs'), 0o755);
  await writeCodeCache(Object.keys(areas.table));
}

/**
 * Runs a typical check once (a .env, a config.toml, a settings.json, a probe to a local stand-in for
 * the API, an engine address) and keeps what V8 compiled, for main.cjs, the bundles it loads and every area of the
 * catalogue (the run loads them all).
 */
async function writeCodeCache(areaFiles) {
  const dir = mkdtempSync(join(tmpdir(), 'cd-cache-'));
  const key = `sk-ant-${'api03'}-${'x'.repeat(93)}AA`;
  mkdirSync(join(dir, 'home/.openhands'), { recursive: true });
  writeFileSync(join(dir, '.env'), `ANTHROPIC_API_KEY=${key}\nLLM_MODEL=anthropic/claude-sonnet-4-6\n`);
  writeFileSync(
    join(dir, 'config.toml'),
    `[core]\nworkspace_base = "./w"\n\n[llm]\napi_key = "${key}"\nmodel = "anthropic/claude-sonnet-4-6"\n`,
  );
  writeFileSync(
    join(dir, 'home/.openhands/settings.json'),
    JSON.stringify({ llm_model: 'anthropic/claude-opus-4-8', llm_api_key: key, llm_base_url: null }),
  );
  // A Claude Code setup (every settings layer, the login, an rc export), so its readers are cached too.
  const claude = {
    'home/.claude/settings.json': {
      model: 'claude-sonnet-4-6',
      env: { ANTHROPIC_DEFAULT_HAIKU_MODEL: 'claude-haiku-4-5' },
    },
    'home/.claude.json': { customApiKeyResponses: { approved: [key.slice(-20)], rejected: [] } },
    'home/.claude/.credentials.json': { claudeAiOauth: { accessToken: 'x', expiresAt: 0, subscriptionType: 'max' } },
    '.claude/settings.json': { env: { ANTHROPIC_BASE_URL: 'https://api.anthropic.com' }, apiKeyHelper: 'echo x' },
    '.claude/settings.local.json': { env: { ANTHROPIC_MODEL: 'claude-opus-4-6' } },
    'managed/managed-settings.json': { env: { DISABLE_TELEMETRY: '1' } },
    'managed/managed-settings.d/10.json': { env: { NODE_TLS_REJECT_UNAUTHORIZED: '1' } },
  };
  for (const [path, value] of Object.entries(claude)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(value, null, 2));
  }
  // A LiteLLM proxy's config (its own file name, beside OpenHands' config.toml), so that yaml is cached too.
  writeFileSync(
    join(dir, 'litellm_config.yaml'),
    'model_list:\n  - model_name: claude\n    litellm_params:\n      model: anthropic/claude-sonnet-4-6\n' +
      '      api_key: os.environ/ANTHROPIC_API_KEY\ngeneral_settings:\n  master_key: os.environ/LITELLM_MASTER_KEY\n',
  );
  writeFileSync(join(dir, 'home/.bashrc'), `# rc\nexport ANTHROPIC_API_KEY="${key}"\n`);
  // An aider configuration with a flow list, which the plain reader (src/clients/yaml-simple.ts) leaves to the
  // library: so the YAML bundle (dist/yaml.cjs) gets its cache too.
  writeFileSync(
    join(dir, 'home/.aider.conf.yml'),
    `model: anthropic/claude-sonnet-4-6\nanthropic-api-key: ${key}\nread: [CONVENTIONS.md]\n`,
  );
  // The other clients' usual files, so that their readers and checks are cached too: a home often has several.
  const others = {
    'home/.continue/config.yaml':
      'models:\n  - name: Claude\n    provider: anthropic\n    model: claude-sonnet-4-6\n' +
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Continue's own secret syntax, not a template
      '    apiKey: ${{ secrets.ANTHROPIC_API_KEY }}\n',
    'home/.continue/.env': `ANTHROPIC_API_KEY=${key}\n`,
    'home/.config/goose/config.yaml': 'GOOSE_PROVIDER: anthropic\nGOOSE_MODEL: claude-sonnet-4-6\n',
    'home/.config/goose/secrets.yaml': `ANTHROPIC_API_KEY: ${key}\n`,
    'home/.config/zed/settings.json': JSON.stringify({
      language_models: { anthropic: { api_url: 'https://api.anthropic.com' } },
    }),
    'docker-compose.yml':
      'services:\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:main\n    environment:\n' +
      `      - OPENAI_API_BASE_URLS=https://api.anthropic.com/v1\n      - OPENAI_API_KEYS=${key}\n`,
    'librechat.yaml': 'version: 1.2.1\nendpoints:\n  anthropic:\n    titleModel: claude-haiku-4-5\n',
  };
  for (const [path, text] of Object.entries(others)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // A repository, as in CI, so that reading git's own files (hygiene checks) is cached too.
  for (const sub of ['.git/objects', '.git/refs']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(dir, '.git/config'), '[core]\n\trepositoryformatversion = 0\n\tbare = false\n');
  writeFileSync(join(dir, '.gitignore'), '.env\n');
  // An engine address that answers nothing still loads dockerode, so its top level gets cached too.
  writeFileSync(join(dir, 'docker.sock'), '');
  const api = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_build' });
    res.end(
      JSON.stringify({
        type: 'model',
        id: 'claude-sonnet-4-6',
        display_name: 'Claude Sonnet 4.6',
        created_at: '2026-02-17T00:00:00Z',
      }),
    );
  });
  await new Promise((resolve) => api.listen(0, '127.0.0.1', resolve));
  // A proxy on this machine (CONNECT, as HTTPS_PROXY is used), for undici's cache.
  const proxy = createServer().on('connect', (req, client) => {
    const [host, port] = req.url.split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const check = (env) =>
    new Promise((resolve) =>
      execFile(
        process.execPath,
        [
          '--',
          join(root, 'dist/cli.cjs'),
          'check',
          '--base-url',
          `http://127.0.0.1:${api.address().port}`,
          '--docker-host',
          `unix://${join(dir, 'docker.sock')}`,
          '--timeout',
          '2000',
        ],
        {
          cwd: dir,
          env: {
            PATH: process.env.PATH,
            HOME: join(dir, 'home'),
            CLAUDE_DOCTOR_MANAGED_DIR: join(dir, 'managed'),
            CLAUDE_DOCTOR_WRITE_CODE_CACHE: '1',
            ...env,
          },
        },
        (error, _stdout, stderr) => resolve({ status: error ? error.code : 0, stderr }),
      ),
    );
  // The proxied run first, for undici only: the typical run then writes the other caches over its own.
  const proxied = await check({ HTTP_PROXY: `http://127.0.0.1:${proxy.address().port}` });
  const run = await check({});
  proxy.close();
  api.close();
  rmSync(dir, { recursive: true, force: true });
  // string-width is for rare text (emoji, combining marks, Hangul) that a typical run does not print, and yargs
  // for the commands and forms the fast path leaves to it (compiled on use, as when it was inside main.cjs), and ssh2
  // for an ssh:// engine, which a run here cannot reach: no cache.
  const uncached = [BUNDLED['string-width'], BUNDLED.yargs, BUNDLED.ssh2];
  const cached = Object.values(BUNDLED).filter((name) => !uncached.includes(name));
  for (const file of ['main.cjs', ...cached, ...areaFiles].map((name) => join(root, 'dist', name))) {
    if (run.status === 2 || proxied.status === 2 || !existsSync(`${file}.cache`))
      throw new Error(`could not write the code cache of ${file}: ${run.stderr}${proxied.stderr}`);
  }
}
