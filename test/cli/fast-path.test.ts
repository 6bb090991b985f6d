import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/cli/fast-path.js';
import { CHECK_OPTIONS, GLOBAL_OPTIONS, type CheckArgs } from '../../src/cli/options.js';
import { runYargs } from '../../src/cli/yargs.js';

const io = { env: {}, cwd: '/', stdout: { write: () => true }, stderr: { write: () => true } };
const KEYS = [...Object.keys(CHECK_OPTIONS), ...Object.keys(GLOBAL_OPTIONS)] as (keyof CheckArgs)[];

async function viaYargs(argv: string[]): Promise<Partial<CheckArgs> | 'error'> {
  let seen: CheckArgs | undefined;
  try {
    await runYargs(argv, io, (a) => {
      seen = a;
      return 0;
    });
  } catch {
    return 'error';
  }
  return seen ? pickKeys(seen) : 'error';
}

const pickKeys = (a: CheckArgs) => Object.fromEntries(KEYS.filter((k) => a[k] !== undefined).map((k) => [k, a[k]]));

describe('fastParse', () => {
  it.each([
    [[]],
    [['check']],
    [['check', '--offline', '--no-docker']],
    [['--format', 'json', '--strict', '--ignore', 'key/conflict', '--ignore', 'model/unknown']],
    [['check', '--env-file', 'a.env', '--env-file=b.env', '--no-env', '--lang', 'ja']],
    [['--config', 'config.toml', '--settings', '/x/settings.json', '--show-secrets']],
    [['--docker']],
    [['--strict=true', '--offline=false', '--show-secrets=false', '--no-trust-project']],
    [['--timeout', '2500', '--format=json', '--lang=ja', '--model', 'claude-x-1']],
    [['--env-file=a=b.env', '--project', 'some-folder', '--timeout=15', '--base-url', 'http://x-']],
  ])('parses %j exactly as yargs does', async (argv) => {
    const fast = fastParse(argv);
    expect(fast).toBeDefined();
    expect(pickKeys(fast!)).toEqual(await viaYargs(argv));
  });

  it.each([
    [['--help']],
    [['--version']],
    [['codes']],
    [['check', 'extra']],
    [['-h']],
    [['--bogus']],
    [['--format', 'xml']],
    [['--format']],
    [['--lang', 'fr']],
    [['--offline=maybe']],
    [['--format', 'json', '--format', 'text']],
    [['--', 'x']],
    [['--timeout', '-5']],
    [['--timeout', '1e3']],
    [['--env-file', '']],
    [['--env-file']],
    [['--no-format']],
    [['--no-offline=true']],
    [['--constructor']],
    [['--no-constructor']],
    [['--offline', 'extra']],
    [['xxoffline']],
    [['check', '..strict']],
    [['--xxxoffline']],
    [['--timeout', 'x1']],
  ])('leaves %j to yargs', (argv) => {
    expect(fastParse(argv)).toBeUndefined();
  });

  it('agrees with yargs on any mix of valid options', async () => {
    const option = fc.oneof(
      fc.constantFrom(
        ['--offline'],
        ['--no-offline'],
        ['--strict'],
        ['--no-env'],
        ['--env'],
        ['--docker'],
        ['--no-docker'],
        ['--show-secrets'],
        ['--strict=true'],
        ['--no-strict'],
        ['--offline=false'],
      ),
      fc
        .tuple(
          fc.constantFrom('--env-file', '--config', '--settings', '--ignore', '--docker-host', '--container'),
          fc.stringMatching(/^[a-z][a-z./-]{0,12}$/),
        )
        .map(([k, v]) => [k, v]),
      fc.tuple(fc.constantFrom('--timeout'), fc.integer({ min: 1, max: 60000 })).map(([k, v]) => [k, String(v)]),
      fc.tuple(fc.constantFrom('--format'), fc.constantFrom('text', 'json')).map(([k, v]) => [k, v]),
      fc.tuple(fc.constantFrom('--lang'), fc.constantFrom('en', 'ja')).map(([k, v]) => [`${k}=${v}`]),
    );
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(option, { maxLength: 6 }), async (named, opts) => {
        // Options that take one value may be given once: yargs keeps the last, and so must we.
        const argv = [...(named ? ['check'] : []), ...opts.flat()];
        const fast = fastParse(argv);
        const slow = await viaYargs(argv);
        if (fast) expect(pickKeys(fast)).toEqual(slow);
      }),
      { numRuns: 200 },
    );
  });
});
