// The published package, as a user gets it: the project is copied as a clean checkout would be (the
// files git knows, no dist/), packed there (prepack builds), and the tarball installed into an empty
// folder with no network (`npm install --offline`: nothing to fetch, since the package depends on
// nothing). From there: `npx claude-key-doctor` answers, and every path that loads a bundled package
// (the probe: the SDK; a proxy: undici; a Docker engine: dockerode) works with node_modules holding
// nothing but claude-key-doctor.
import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../support/exit-code.js';
import { startFakeApi, type FakeApi } from '../support/fake-anthropic.js';
import { httpEngine } from '../support/fake-engine.js';
import { ROOT } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';
import { startConnectProxy } from '../support/connect-proxy.js';

const NAME = 'claude-key-doctor';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'cd-package-'));
const app = join(work, 'app');
const home = join(work, 'home');
// npm and node on PATH; no npm_config_* of an outer `npm test`; an empty npm cache in a fresh HOME.
const ENV = {
  PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
  HOME: home,
  npm_config_update_notifier: 'false',
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) =>
    execFile(file, args, { cwd, env: { ...ENV, ...env }, maxBuffer: 1 << 24 }, (error, stdout, stderr) =>
      resolve({ code: exitCodeOf(error, -1), stdout, stderr }),
    ),
  );
}

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** The installed command, as npm linked it (node_modules/.bin/claude-doctor, run through its #! line). */
const bin = (args: string[], env: Record<string, string> = {}) =>
  run(join(app, 'node_modules/.bin/claude-doctor'), args, app, env);
/** A stack trace's frame: never in front of a user. */
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

/** The bytes of every file under `dir` (what `du` counts, without block rounding). */
function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

let tarball: string;
let files: string[];

beforeAll(() => {
  // A clean checkout: the files git would give (tracked or new, not ignored), none of dist/.
  const checkout = join(work, 'checkout');
  mkdirSync(home);
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const file of listed.split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(checkout, file)), { recursive: true });
    cpSync(join(ROOT, file), join(checkout, file));
  }
  expect(existsSync(join(checkout, 'dist'))).toBe(false);
  // The build tools, as `npm ci` would have installed them.
  symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'));
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], checkout));
  tarball = join(work, packed.filename);
  files = packed.files.map((f: { path: string }) => f.path);
  mkdirSync(app);
  npm(['install', '--offline', '--no-audit', '--no-fund', tarball], app);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the package', () => {
  it('is published as claude-key-doctor, with the claude-doctor command, built on prepack', () => {
    expect(pkg.name).toBe(NAME);
    expect(pkg.bin).toEqual({ 'claude-doctor': 'dist/cli.cjs' });
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository.url).toBe('git+https://github.com/claude-doctor/claude-doctor.git');
  });

  it('ships the built program, its bundles, the licence, the README and the code pages', () => {
    for (const file of ['LICENSE', 'README.md', 'package.json', 'dist/cli.cjs', 'dist/main.cjs'])
      expect(files).toContain(file);
    for (const bundle of ['dockerode', 'anthropic-sdk', 'undici']) expect(files).toContain(`dist/${bundle}.cjs`);
    const pages = readdirSync(join(ROOT, 'docs/codes')).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) expect(files).toContain(`docs/codes/${page}`);
    // Nothing of the sources, tests or tooling.
    expect(files.filter((f) => !/^(dist|docs\/codes)\/|^(LICENSE|README\.md|package\.json)$/.test(f))).toEqual([]);
    expect(readFileSync(join(app, 'node_modules', NAME, 'LICENSE'), 'utf8')).toContain(
      'Copyright (c) 2026 claude-doctor contributors',
    );
  });

  it('installs nothing but itself', () => {
    const modules = readdirSync(join(app, 'node_modules')).filter((f) => !f.startsWith('.'));
    expect(modules).toEqual([NAME]);
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
    expect(Object.keys(lock.packages).filter(Boolean)).toEqual([`node_modules/${NAME}`]);
    // 4.9 MB of files, 5.2 MB as du counts (the README's figure): the bundles and their code caches.
    const bytes = sizeOf(join(app, 'node_modules'));
    console.info(`installed: ${(bytes / 1e6).toFixed(1)} MB in node_modules`);
    expect(bytes).toBeLessThan(6e6);
  });

  it('answers `npx claude-key-doctor --version` and `check --offline` from the install', async () => {
    const npx = (args: string[]) => run('npx', ['--offline', NAME, ...args], app);
    expect(await npx(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const check = await npx(['check', '--offline', '--no-docker']);
    expect([0, 1], check.stderr).toContain(check.code);
    expect(check.stdout).toMatch(new RegExp(`^claude-doctor ${pkg.version.replace(/\./g, '\\.')} `));
    expect(check.stdout + check.stderr).not.toMatch(STACK);
    const json = await npx(['check', '--offline', '--no-docker', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ schemaVersion: 1, tool: { name: 'claude-doctor' } });
  });

  it('links each code to its page in the repository, a page the package ships too', async () => {
    const sarif = await bin(['check', '--offline', '--no-docker', '--format', 'sarif']);
    const rules: { helpUri?: string }[] = JSON.parse(sarif.stdout).runs[0].tool.driver.rules;
    expect(rules.length).toBeGreaterThan(50);
    const base = 'https://github.com/claude-doctor/claude-doctor/blob/main/';
    for (const { helpUri } of rules) {
      expect(helpUri?.startsWith(`${base}docs/codes/`), helpUri).toBe(true);
      expect(existsSync(join(app, 'node_modules', NAME, helpUri!.slice(base.length))), helpUri).toBe(true);
    }
  });

  describe('the paths that load a bundled package', () => {
    let api: FakeApi;
    const key = apiKey(61);
    const servers: Server[] = [];
    beforeAll(async () => {
      api = await startFakeApi({ [key]: 'ok' });
    });
    afterAll(async () => {
      await api.close();
      for (const s of servers) s.close();
    });

    const probeOf = async (env: Record<string, string>, args: string[] = []) => {
      const r = await bin(['check', '--no-docker', '--base-url', api.url, '--format', 'json', ...args], {
        ANTHROPIC_API_KEY: key,
        ...env,
      });
      expect(r.code, r.stderr).not.toBe(2);
      expect(r.stderr).not.toMatch(STACK);
      return JSON.parse(r.stdout).probes as { code: string }[];
    };

    it('the probe (the SDK)', async () => {
      expect((await probeOf({}))[0]).toMatchObject({ code: 'api/ok' });
    });

    it('a probe through HTTP_PROXY (undici)', async () => {
      const proxy = await startConnectProxy();
      servers.push(proxy.server);
      const HTTP_PROXY = proxy.url;
      expect((await probeOf({ HTTP_PROXY }))[0]).toMatchObject({ code: 'api/ok' });
      expect(proxy.tunnels()).toBe(1);
    });

    it('a Docker engine (dockerode)', async () => {
      const paths: string[] = [];
      const host = await httpEngine(
        work,
        'engine',
        (req, res) => {
          paths.push(req.url ?? '');
          res.writeHead(200, { 'content-type': 'application/json', 'api-version': '1.47' });
          res.end('[]');
        },
        servers,
      );
      const r = await bin(['check', '--offline', '--docker-host', host, '--format', 'json']);
      expect(r.code, r.stderr).not.toBe(2);
      expect(r.stderr).not.toMatch(STACK);
      expect(paths.some((p) => p.startsWith('/containers/json'))).toBe(true);
      const codes = JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code);
      expect(codes).not.toContain('docker/unreachable');
    });
  });
});
