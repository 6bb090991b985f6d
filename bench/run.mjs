// npm run bench: start-up and run time as ratios against a baseline measured in the same run.
// Each case and its baseline run round-robin, so machine noise hits both alike; the ratio of medians
// is checked against the case's budget. BENCH_RUNS sets the rounds; --json prints the results as JSON;
// --no-docker leaves out the Docker case (which needs root and dockerd), --no-probe the probe cases;
// BENCH_NO_FAIL=1 reports without failing; BENCH_ONLY=<text> runs only the cases whose name contains it.
import { execFile, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.cjs');
if (!existsSync(cli)) {
  console.error('dist/cli.cjs is missing: run npm run build first');
  process.exit(2);
}

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const node = process.execPath;

// A fake key of the real shape, built here so that no file holds one.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const fakeKey = (n = 0) =>
  `sk-ant-${'api03'}-${Array.from({ length: 93 }, (_, i) => ALPHABET[(i * 7 + 3 + n) % 64]).join('')}AA`;

/** A realistic project: a .env with unrelated variables, an OpenHands config.toml and settings.json. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-'));
  const key = fakeKey();
  writeFileSync(
    join(dir, '.env'),
    [
      '# app settings',
      'NODE_ENV=production',
      'PORT=3000',
      'DATABASE_URL=postgres://app@localhost/app',
      `ANTHROPIC_API_KEY=${key}`,
      'LLM_MODEL=anthropic/claude-sonnet-4-6',
      'LOG_LEVEL=info',
      '',
    ].join('\n'),
  );
  const config = readFileSync(join(root, 'fixtures/openhands/good/config.toml'), 'utf8').replaceAll(
    '{{API_KEY_1}}',
    key,
  );
  writeFileSync(join(dir, 'config.toml'), config);
  cpSync(join(root, 'fixtures/openhands/settings-nested/home'), join(dir, 'home'), { recursive: true });
  const settings = join(dir, 'home/.openhands/settings.json');
  writeFileSync(settings, readFileSync(settings, 'utf8').replaceAll('{{API_KEY_1}}', key));
  for (const f of ['.env', 'config.toml', 'home/.openhands/settings.json']) chmodSync(join(dir, f), 0o600);
  return dir;
}

/**
 * A full Claude Code setup, as issue #11 defines the case: user, project, local and managed settings,
 * ~/.claude.json, a subscription login and shell start-up files (and nothing of other clients).
 */
function claudeCodeWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-claude-'));
  const write = (path, text, mode = 0o600) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    chmodSync(join(dir, path), mode);
  };
  const key = fakeKey(1);
  write(
    'home/.claude/settings.json',
    json({ model: 'claude-sonnet-4-6', env: { ANTHROPIC_MODEL: 'claude-opus-4-6' } }),
  );
  write('.claude/settings.json', json({ env: { ANTHROPIC_DEFAULT_HAIKU_MODEL: 'claude-haiku-4-5' } }));
  write('.claude/settings.local.json', json({ env: { ANTHROPIC_API_KEY: key }, apiKeyHelper: 'echo not-a-key' }));
  write('managed/managed-settings.json', json({ env: { DISABLE_TELEMETRY: '1' } }));
  write('managed/managed-settings.d/10-proxy.json', json({ env: { HTTPS_PROXY: 'http://127.0.0.1:3128' } }));
  write('home/.claude.json', json({ customApiKeyResponses: { approved: [key.slice(-20)], rejected: [] } }));
  const token = `sk-ant-${'oat01'}-${'x'.repeat(80)}`;
  const login = { claudeAiOauth: { accessToken: token, refreshToken: `sk-ant-${'ort01'}-${'y'.repeat(80)}` } };
  write('home/.claude/.credentials.json', json({ ...login, expiresAt: Date.now() + 3_600_000 }));
  const rc = ['# shell', 'alias ll="ls -l"', `export ANTHROPIC_API_KEY="${key}"`, 'export PATH="$HOME/bin:$PATH"', ''];
  write('home/.bashrc', rc.join('\n'), 0o644);
  write('home/.zshrc', rc.join('\n'), 0o644);
  write('home/.profile', '# profile\n', 0o644);
  return dir;
}

/**
 * A home folder with every client configured, each with its usual files: one entry per client, so a new
 * client's files are one more entry. Paths are under the case folder (home/ is $HOME, proj/ the cwd).
 */
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const EVERY_CLIENT = [
  {
    client: 'claude-code',
    files: (key) => ({
      'home/.claude/settings.json': json({ model: 'claude-sonnet-4-6', env: { ANTHROPIC_API_KEY: key } }),
      'proj/.claude/settings.json': json({ env: { ANTHROPIC_DEFAULT_HAIKU_MODEL: 'claude-haiku-4-5' } }),
    }),
  },
  {
    client: 'openhands',
    files: (key) => ({
      'proj/config.toml': readFileSync(join(root, 'fixtures/openhands/good/config.toml'), 'utf8').replaceAll(
        '{{API_KEY_1}}',
        key,
      ),
      'home/.openhands/settings.json': json({ llm_model: 'anthropic/claude-sonnet-4-6', llm_api_key: key }),
    }),
  },
  {
    client: 'litellm',
    files: () => ({
      'proj/config.yaml': readFileSync(join(root, 'fixtures/litellm/good/config.yaml'), 'utf8'),
    }),
  },
  {
    client: 'aider',
    files: (key) => ({
      'home/.aider.conf.yml': `model: anthropic/claude-sonnet-4-6\nanthropic-api-key: ${key}\n`,
      'proj/.env': `NODE_ENV=production\nANTHROPIC_API_KEY=${key}\nLITELLM_MASTER_KEY=sk-proxy-${'m'.repeat(24)}\n`,
    }),
  },
  {
    client: 'continue',
    files: (key) => ({
      'home/.continue/config.yaml': [
        'name: Local Assistant',
        'version: 1.0.0',
        'schema: v1',
        'models:',
        '  - name: Claude Sonnet',
        '    provider: anthropic',
        '    model: claude-sonnet-4-6',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Continue's own secret syntax, not a template
        '    apiKey: ${{ secrets.ANTHROPIC_API_KEY }}',
        '',
      ].join('\n'),
      'home/.continue/.env': `ANTHROPIC_API_KEY=${key}\n`,
    }),
  },
  {
    client: 'goose',
    files: (key) => ({
      'home/.config/goose/config.yaml': 'GOOSE_PROVIDER: anthropic\nGOOSE_MODEL: claude-sonnet-4-6\n',
      'home/.config/goose/secrets.yaml': `ANTHROPIC_API_KEY: ${key}\n`,
    }),
  },
  {
    client: 'zed',
    files: () => ({
      'home/.config/zed/settings.json': readFileSync(
        join(root, 'fixtures/app-clients/zed/home/.config/zed/settings.json'),
        'utf8',
      ),
    }),
  },
  {
    client: 'open-webui',
    files: (key) => ({
      'proj/docker-compose.yml': [
        'services:',
        '  open-webui:',
        '    image: ghcr.io/open-webui/open-webui:main',
        '    environment:',
        `      - OPENAI_API_BASE_URLS=https://api.anthropic.com/v1`,
        `      - OPENAI_API_KEYS=${key}`,
        '',
      ].join('\n'),
    }),
  },
  {
    client: 'librechat',
    files: () => ({
      'proj/librechat.yaml': readFileSync(join(root, 'fixtures/app-clients/librechat/proj/librechat.yaml'), 'utf8'),
    }),
  },
];

function everyClientWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-all-'));
  mkdirSync(join(dir, 'proj/.git'), { recursive: true });
  EVERY_CLIENT.forEach(({ files }, i) => {
    for (const [path, text] of Object.entries(files(fakeKey(10 + i)))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
      chmodSync(join(dir, path), 0o600);
    }
  });
  return dir;
}

/**
 * A project in a git repository of 100,000 tracked files, and the same project in a repository that
 * tracks only its .env: the difference is what reading a large index (src/sources/git-index.ts) costs.
 */
function gitRepository(files) {
  const repo = mkdtempSync(join(tmpdir(), 'cd-bench-git-'));
  const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  spawnSync('git', ['init', '-q', repo], { env: gitEnv });
  writeFileSync(join(repo, '.env'), `ANTHROPIC_API_KEY=${fakeKey(2)}\n`);
  chmodSync(join(repo, '.env'), 0o600);
  const blob = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'; // the empty blob: no file is written per entry
  const paths = Array.from({ length: files }, (_, i) => `src/pkg${i % 500}/mod${i % 37}/file-${i}.ts`);
  const input = [...paths.map((p) => `100644 ${blob}\t${p}\n`), `100644 ${blob}\t.env\n`].join('');
  const run = spawnSync('git', ['update-index', '--index-info'], { cwd: repo, env: gitEnv, input });
  if (run.status !== 0) throw new Error(`git update-index: ${run.stderr}`);
  return repo;
}

const dir = workspace();
const claudeDir = claudeCodeWorkspace();
const allDir = everyClientWorkspace();
const bigRepo = gitRepository(100_000);
const smallRepo = gitRepository(0);
const env = { PATH: process.env.PATH, HOME: join(dir, 'home') };
const baseline = { name: 'node -e 0', cmd: [node, '-e', '0'] };

/**
 * The Docker case: a private engine (test/support/dockerd.ts) with 200 OpenHands containers, shaped
 * like a busy host: two app containers (one per OpenHands version in use) and a runtime container per
 * conversation.
 */
async function dockerCase() {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(root, 'test/support/dockerd.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const { dockerUnavailable, startDockerd } = await import(
    `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
  );
  const why = dockerUnavailable();
  if (why) {
    console.log(`(Docker case skipped: ${why})`);
    return undefined;
  }
  const engine = await startDockerd();
  const key = fakeKey();
  const create = (i) =>
    new Promise((resolve, reject) => {
      const app = i < 2;
      const args = [
        'create',
        '--network',
        'none',
        '--name',
        app ? `openhands-app-${i}` : `openhands-runtime-${i}`,
        '-e',
        `LLM_API_KEY=${key}`,
        '-e',
        'LLM_MODEL=anthropic/claude-sonnet-4-6',
        app ? 'docker.openhands.dev/openhands/openhands:0.62' : 'docker.openhands.dev/openhands/runtime:0.62-nikolaik',
        'sleep',
        '600',
      ];
      execFile('docker', args, { env: { ...process.env, DOCKER_HOST: engine.host } }, (e) =>
        e ? reject(e) : resolve(),
      );
    });
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < 200) await create(next++);
    }),
  );
  const dockerEnv = { DOCKER_HOST: engine.host };
  return {
    engine,
    case: {
      name: 'check --offline --docker (200 containers)',
      cmd: [node, '--', cli, 'check', '--offline', '--docker', '--no-env'],
      env: dockerEnv,
      exits: [0, 1],
      baseline: {
        name: 'docker inspect',
        cmd: ['sh', '-c', 'docker inspect $(docker ps -aq) >/dev/null'],
        env: dockerEnv,
      },
      budget: 1.5,
    },
  };
}

const docker = process.argv.includes('--no-docker') ? undefined : await dockerCase();

/**
 * The probe cases: the tests' fake API in a process of its own, 100 ms away. One profile against curl
 * making the same request (budget: curl's time plus 150 ms), and ten distinct profiles against one
 * (budget 1.5x: the probes run in parallel).
 */
async function probeCases() {
  const keys = Array.from({ length: 10 }, (_, i) => fakeKey(i + 1));
  const server = spawn(node, [join(root, 'bench/fake-server.mjs'), '100', ...keys], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(String(d).trim())));
  const one = join(dir, 'one');
  const ten = join(dir, 'ten');
  mkdirSync(join(one, 'home'), { recursive: true });
  mkdirSync(join(ten, 'home'), { recursive: true });
  writeFileSync(
    join(one, '.env'),
    `ANTHROPIC_API_KEY=${keys[0]}\nANTHROPIC_BASE_URL=${url}\nANTHROPIC_MODEL=claude-sonnet-4-6\n`,
  );
  // Ten setups: the SDK's, OpenHands' [llm], and eight named groups that agents point at.
  const groups = keys
    .slice(2)
    .map((k, i) => `[agent.Agent${i}]\nllm_config = 'g${i}'\n\n[llm.g${i}]\napi_key = "${k}"\n`)
    .join('\n');
  writeFileSync(
    join(ten, 'config.toml'),
    `[llm]\napi_key = "${keys[1]}"\nbase_url = "${url}"\nmodel = "anthropic/claude-sonnet-4-6"\n\n${groups}`,
  );
  writeFileSync(
    join(ten, '.env'),
    `ANTHROPIC_API_KEY=${keys[0]}\nANTHROPIC_BASE_URL=${url}\nANTHROPIC_MODEL=claude-sonnet-4-6\n`,
  );
  const check = (cwd) => ({
    cmd: [node, '--', cli, 'check', '--no-docker', '--no-env', '--format', 'json'],
    cwd,
    env: { HOME: join(cwd, 'home') },
    exits: [0, 1],
  });
  const single = { name: 'check, one probe (fake API, 100 ms away)', ...check(one) };
  return {
    server,
    cases: [
      {
        ...single,
        baseline: {
          name: 'curl',
          cmd: [
            'curl',
            '-s',
            '-o',
            '/dev/null',
            '-H',
            `x-api-key: ${keys[0]}`,
            '-H',
            'anthropic-version: 2023-06-01',
            `${url}/v1/models/claude-sonnet-4-6`,
          ],
        },
        plusMs: 150,
      },
      { name: 'check, ten distinct probes', ...check(ten), baseline: { name: 'one probe', ...single }, budget: 1.5 },
    ],
  };
}

/** explain --file on a 200 MB log, against grep -c -E with the same signatures. */
function explainCase() {
  const log = join(dir, 'big.log');
  const filler = '2026-11-23T10:00:00Z INFO agent step completed, observation received, nothing to see here\n'.repeat(
    10_000,
  );
  const fd = openSync(log, 'w');
  for (let i = 0; i < 220; i++) {
    writeSync(fd, filler);
    if (i % 50 === 0)
      writeSync(
        fd,
        'litellm.AuthenticationError: AnthropicException - {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}\n',
      );
  }
  closeSync(fd);
  // The same words as src/signatures.ts (one word each, any case: grep -i as the automaton).
  const signatures = [
    'x-api-key|oauth|cors|conflict|invalid|authenticat|missing|required|credential|proxy|upstream|unauthorized',
    'allowed|credit|disabled|usage|denied|bedrock|specified|quota|online_prediction|publisher|on-demand|provider',
    'model:|selected|found|/v1/v1/|limit|throttl|tokens|verloaded|exception|large|incorrect|prompt|schema',
    'bad_request|eai_again|getaddrinfo|resolve|servname|known|resolution|such|lookup|refused|connect|cert|tls|ssl',
    'signed|altnames|timed|timeout|tunneling|und_err|reset|socket|forbidden|status|code|http|error|gateway',
    'unavailable|internal|payment|legal|many|helper',
  ].join('|');
  return {
    name: 'explain --file (200 MB log)',
    cmd: [node, '--', cli, 'explain', '--file', log],
    exits: [1],
    baseline: { name: 'grep -c -i -E', cmd: ['grep', '-c', '-i', '-E', signatures, log] },
    budget: 3,
  };
}

const probe = process.argv.includes('--no-probe') ? undefined : await probeCases();

const envOnly = [
  node,
  cli,
  'check',
  '--offline',
  '--no-docker',
  '--config',
  '/dev/null/none',
  '--settings',
  '/dev/null/none',
];
const CASES = [
  { name: 'claude-doctor --version', cmd: [node, cli, '--version'], baseline, budget: 1.5 },
  {
    name: 'check --offline --no-docker (.env only)',
    cmd: envOnly,
    baseline,
    budget: 2.0,
    exits: [0, 1],
  },
  {
    name: 'check --offline --no-docker (OpenHands install)',
    cmd: [node, cli, 'check', '--offline', '--no-docker'],
    baseline,
    budget: 2.0,
    exits: [0, 1],
  },
  {
    name: 'check --offline --no-docker (full Claude Code setup)',
    cmd: [node, cli, 'check', '--offline', '--no-docker'],
    baseline,
    budget: 2.0,
    exits: [0, 1],
    cwd: claudeDir,
    env: { HOME: join(claudeDir, 'home'), CLAUDE_DOCTOR_MANAGED_DIR: join(claudeDir, 'managed') },
  },
  {
    name: 'check --offline --no-docker (every client in one home)',
    cmd: [node, cli, 'check', '--offline', '--no-docker'],
    baseline,
    budget: 2.0,
    exits: [0, 1],
    cwd: join(allDir, 'proj'),
    env: { HOME: join(allDir, 'home'), GOOSE_DISABLE_KEYRING: '1', LITELLM_MASTER_KEY: `sk-${'p'.repeat(30)}` },
  },
  {
    name: 'check --offline --no-docker (.env, 100,000-file git index)',
    cmd: envOnly,
    cwd: bigRepo,
    baseline: { name: 'same, 1 file', cmd: envOnly, cwd: smallRepo, exits: [0, 1] },
    plusMs: 40,
    exits: [0, 1],
  },
  ...(docker ? [docker.case] : []),
  ...(probe ? probe.cases : []),
  explainCase(),
];

function once(cmd, allowed = [0], extraEnv = {}, cwd = dir) {
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd[0], cmd.slice(1), {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!allowed.includes(run.status ?? -1)) {
    console.error(`${cmd.join(' ')} exited ${run.status}:\n${run.stderr}`);
    process.exit(2);
  }
  return ms;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)] };
};

const results = [];
for (const c of CASES.filter((c) => c.name.includes(process.env.BENCH_ONLY ?? ''))) {
  const times = { case: [], base: [] };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const a = once(c.cmd, c.exits, c.env, c.cwd);
    const b = once(c.baseline.cmd, c.baseline.exits ?? [0], c.baseline.env, c.baseline.cwd);
    if (i >= WARMUP) {
      times.case.push(a);
      times.base.push(b);
    }
  }
  const mine = stats(times.case);
  const base = stats(times.base);
  const ratio = mine.median / base.median;
  // A budget is a ratio, or (plusMs) the baseline's time plus a fixed allowance.
  const ok = c.plusMs !== undefined ? mine.median <= base.median + c.plusMs : ratio <= c.budget;
  const budget = c.plusMs !== undefined ? `+${c.plusMs}ms` : `≤${c.budget}x`;
  results.push({
    name: c.name,
    baseline: c.baseline.name,
    medianMs: mine.median,
    p90Ms: mine.p90,
    baselineMedianMs: base.median,
    ratio,
    budget,
    ok,
  });
}
// BENCH_KEEP=1 leaves the workspaces in place, for profiling one case by hand.
if (process.env.BENCH_KEEP === '1') console.log(`workspaces kept: ${dir} ${claudeDir} ${allDir} ${bigRepo}`);
else for (const d of [dir, claudeDir, allDir, bigRepo, smallRepo]) rmSync(d, { recursive: true, force: true });
docker?.engine.stop();
probe?.server.kill();

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ runs: RUNS, results }, null, 2));
} else {
  const f = (n) => n.toFixed(1).padStart(7);
  console.log(`${RUNS} rounds each, case and baseline interleaved\n`);
  console.log(`${'case'.padEnd(50)} ${'median'.padStart(7)} ${'p90'.padStart(7)}  baseline            ratio  budget`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(50)} ${f(r.medianMs)} ${f(r.p90Ms)}  ${r.baseline.padEnd(15)}${f(r.baselineMedianMs)}  ${r.ratio.toFixed(2).padStart(5)}x ${r.budget.padStart(7)}  ${r.ok ? 'PASS' : 'OVER'}`,
    );
  }
}
if (results.some((r) => !r.ok) && process.env.BENCH_NO_FAIL !== '1') process.exit(1);
