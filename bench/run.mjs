// npm run bench: start-up and run time as ratios against a baseline measured in the same run.
// Each case and its baseline run round-robin, so machine noise hits both alike; the ratio of medians
// is checked against the case's budget. BENCH_RUNS sets the rounds; --json prints the results as JSON;
// --no-docker leaves out the Docker case (which needs root and dockerd); BENCH_NO_FAIL=1 reports
// without failing.
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const fakeKey = () => `sk-ant-${'api03'}-${Array.from({ length: 93 }, (_, i) => ALPHABET[(i * 7 + 3) % 64]).join('')}AA`;

/** A realistic project: a .env with unrelated variables, an OpenHands config.toml and settings.json. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-'));
  const key = fakeKey();
  writeFileSync(join(dir, '.env'), [
    '# app settings', 'NODE_ENV=production', 'PORT=3000', 'DATABASE_URL=postgres://app@localhost/app',
    `ANTHROPIC_API_KEY=${key}`, 'LLM_MODEL=anthropic/claude-sonnet-4-6', 'LOG_LEVEL=info', '',
  ].join('\n'));
  const config = readFileSync(join(root, 'fixtures/openhands/good/config.toml'), 'utf8').replaceAll('{{API_KEY_1}}', key);
  writeFileSync(join(dir, 'config.toml'), config);
  cpSync(join(root, 'fixtures/openhands/settings-nested/home'), join(dir, 'home'), { recursive: true });
  const settings = join(dir, 'home/.openhands/settings.json');
  writeFileSync(settings, readFileSync(settings, 'utf8').replaceAll('{{API_KEY_1}}', key));
  for (const f of ['.env', 'config.toml', 'home/.openhands/settings.json']) chmodSync(join(dir, f), 0o600);
  return dir;
}

const dir = workspace();
const env = { PATH: process.env.PATH, HOME: join(dir, 'home') };
const baseline = { name: 'node -e 0', cmd: [node, '-e', '0'] };

/**
 * The Docker case: a private engine (test/support/dockerd.ts) with 200 OpenHands containers, shaped
 * like a busy host: two app containers (one per OpenHands version in use) and a runtime container per
 * conversation.
 */
async function dockerCase() {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [join(root, 'test/support/dockerd.ts')], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
  const { dockerUnavailable, startDockerd } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const why = dockerUnavailable();
  if (why) {
    console.log(`(Docker case skipped: ${why})`);
    return undefined;
  }
  const engine = await startDockerd();
  const key = fakeKey();
  const create = (i) => new Promise((resolve, reject) => {
    const app = i < 2;
    const args = ['create', '--network', 'none', '--name', app ? `openhands-app-${i}` : `openhands-runtime-${i}`,
      '-e', `LLM_API_KEY=${key}`, '-e', 'LLM_MODEL=anthropic/claude-sonnet-4-6',
      app ? 'docker.openhands.dev/openhands/openhands:0.62' : 'docker.openhands.dev/openhands/runtime:0.62-nikolaik', 'sleep', '600'];
    execFile('docker', args, { env: { ...process.env, DOCKER_HOST: engine.host } }, (e) => (e ? reject(e) : resolve()));
  });
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => { while (next < 200) await create(next++); }));
  const dockerEnv = { DOCKER_HOST: engine.host };
  return {
    engine,
    case: {
      name: 'check --offline --docker (200 containers)', cmd: [node, '--', cli, 'check', '--offline', '--docker', '--no-env'], env: dockerEnv, exits: [0, 1],
      baseline: { name: 'docker inspect', cmd: ['sh', '-c', 'docker inspect $(docker ps -aq) >/dev/null'], env: dockerEnv }, budget: 1.5,
    },
  };
}

const docker = process.argv.includes('--no-docker') ? undefined : await dockerCase();

const CASES = [
  { name: 'claude-doctor --version', cmd: [node, cli, '--version'], baseline, budget: 1.5 },
  { name: 'check --offline --no-docker (.env only)', cmd: [node, cli, 'check', '--offline', '--no-docker', '--config', '/dev/null/none', '--settings', '/dev/null/none'], baseline, budget: 2.0, exits: [0, 1] },
  { name: 'check --offline --no-docker (OpenHands install)', cmd: [node, cli, 'check', '--offline', '--no-docker'], baseline, budget: 2.0, exits: [0, 1] },
  ...(docker ? [docker.case] : []),
];

function once(cmd, allowed = [0], extraEnv = {}) {
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd[0], cmd.slice(1), { cwd: dir, env: { ...env, ...extraEnv }, encoding: 'utf8' });
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
for (const c of CASES) {
  const times = { case: [], base: [] };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const a = once(c.cmd, c.exits, c.env);
    const b = once(c.baseline.cmd, [0], c.baseline.env);
    if (i >= WARMUP) {
      times.case.push(a);
      times.base.push(b);
    }
  }
  const mine = stats(times.case);
  const base = stats(times.base);
  const ratio = mine.median / base.median;
  results.push({ name: c.name, baseline: c.baseline.name, medianMs: mine.median, p90Ms: mine.p90, baselineMedianMs: base.median, ratio, budget: c.budget, ok: ratio <= c.budget });
}
rmSync(dir, { recursive: true, force: true });
docker?.engine.stop();

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ runs: RUNS, results }, null, 2));
} else {
  const f = (n) => n.toFixed(1).padStart(7);
  console.log(`${RUNS} rounds each, case and baseline interleaved\n`);
  console.log(`${'case'.padEnd(50)} ${'median'.padStart(7)} ${'p90'.padStart(7)}  baseline            ratio  budget`);
  for (const r of results) {
    console.log(`${r.name.padEnd(50)} ${f(r.medianMs)} ${f(r.p90Ms)}  ${r.baseline.padEnd(10)}${f(r.baselineMedianMs)}  ${r.ratio.toFixed(2).padStart(5)}x ${`≤${r.budget}x`.padStart(6)}  ${r.ok ? 'PASS' : 'OVER'}`);
  }
}
if (results.some((r) => !r.ok) && process.env.BENCH_NO_FAIL !== '1') process.exit(1);
