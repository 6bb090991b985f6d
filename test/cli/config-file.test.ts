// .claude-doctor.json: an unknown option is a warning that names the closest known one, when one is
// close enough to be what the team meant.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../src/report/render.js';
import { readConfigFile } from '../../src/cli/config-file.js';
import { finding } from '../../src/findings.js';

function read(config: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'cd-config-'));
  writeFileSync(join(dir, '.claude-doctor.json'), JSON.stringify(config));
  return readConfigFile(dir);
}

describe('unknown options in .claude-doctor.json', () => {
  it.each([
    ['ignores', 'ignore'],
    ['stict', 'strict'],
    ['Strict', 'strict'],
    ['OFFLINE', 'offline'],
    ['langs', 'lang'],
    ['language', undefined],
    ['timeout', undefined],
  ])('%s: the closest known option is %s', (option, closest) => {
    const { problems, config } = read({ [option]: true, strict: false });
    expect(config).toEqual({ strict: false });
    expect(problems).toEqual([
      {
        code: 'config/unknown-option',
        args: {
          path: '.claude-doctor.json',
          option,
          known: ['ignore', 'strict', 'offline', 'lang'],
          ...(closest && { closest }),
        },
        location: { kind: 'file', path: '.claude-doctor.json', key: option },
      },
    ]);
  });

  it('the finding says "did you mean" and the fix renames, in both languages', () => {
    const args = { path: '.claude-doctor.json', option: 'stict', known: ['ignore', 'strict'], closest: 'strict' };
    const f = finding('config/unknown-option', args);
    expect(renderFinding(f, 'en').message).toBe(
      '.claude-doctor.json sets "stict", which claude-doctor does not know (did you mean "strict"?); it understands ignore, strict.',
    );
    expect(renderFinding(f, 'en').remediation).toEqual(['Rename "stict" to "strict" in .claude-doctor.json.']);
    expect(renderFinding(f, 'ja').message).toBe(
      '.claude-doctor.json の「stict」は claude-doctor の知らない項目です（「strict」のことですか？）。使える項目は ignore、strict です。',
    );
    expect(renderFinding(f, 'ja').remediation).toEqual(['.claude-doctor.json の「stict」を「strict」に直します。']);
    const none = finding('config/unknown-option', { ...args, option: 'xyz', closest: undefined });
    expect(renderFinding(none, 'en').message).not.toContain('did you mean');
    expect(renderFinding(none, 'en').remediation).toEqual(['Rename or remove "xyz" in .claude-doctor.json.']);
  });
});

function readFiles(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'cd-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return readConfigFile(dir);
}
const invalid = (path: string, detail: string) => ({
  code: 'config/invalid',
  args: { path, detail },
  location: { kind: 'file', path },
});

describe('readConfigFile', () => {
  it.each(['en', 'ja'])('takes the known options of the right type (lang %s)', (lang) => {
    const config = { ignore: ['key/quoted'], strict: true, offline: false, lang };
    expect(read(config)).toEqual({ config, problems: [], path: '.claude-doctor.json' });
  });

  it.each([
    [{ strict: 'yes' }, '"strict" must be true or false'],
    [{ offline: 1 }, '"offline" must be true or false'],
    [{ ignore: 'key/quoted' }, '"ignore" must be a list of codes'],
    [{ ignore: ['key/quoted', 3] }, '"ignore" must be a list of codes'],
    [{ lang: 'fr' }, '"lang" must be "en" or "ja"'],
  ])('%j is refused: %s', (config, detail) => {
    expect(read(config)).toEqual({
      config: {},
      problems: [invalid('.claude-doctor.json', detail)],
      path: '.claude-doctor.json',
    });
  });

  it.each([[[]], [null], ['strict'], [3]])('a configuration that is not an object (%j) is refused', (config) => {
    expect(read(config)).toEqual({
      config: {},
      problems: [invalid('.claude-doctor.json', 'the configuration must be a JSON object')],
    });
  });

  it('reads the "claude-doctor" key of package.json when there is no .claude-doctor.json', () => {
    const pkg = JSON.stringify({ name: 'app', 'claude-doctor': { strict: true } });
    expect(readFiles({ 'package.json': pkg })).toEqual({
      config: { strict: true },
      problems: [],
      path: 'package.json',
    });
    // .claude-doctor.json wins.
    expect(readFiles({ 'package.json': pkg, '.claude-doctor.json': '{"offline":true}' }).config).toEqual({
      offline: true,
    });
  });

  it('leaves a package.json alone when it does not configure us, even a broken one', () => {
    const none = { config: {}, problems: [] };
    expect(readFiles({})).toEqual(none);
    expect(readFiles({ 'package.json': '{"name":"app"}' })).toEqual(none);
    expect(readFiles({ 'package.json': '[1]' })).toEqual(none);
    expect(readFiles({ 'package.json': 'null' })).toEqual(none);
    expect(readFiles({ 'package.json': '"claude-doctor"' })).toEqual(none);
    expect(readFiles({ 'package.json': '{"name": ' })).toEqual(none);
  });

  it('reports a broken file that means to configure us, without quoting its text', () => {
    const broken = readFiles({ 'package.json': '{"claude-doctor": {"strict": tru' });
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]).toMatchObject({ code: 'config/invalid', args: { path: 'package.json' } });
    const detail = (broken.problems[0]!.args as { detail: string }).detail;
    expect(detail).toMatch(/^(Unexpected|Expected) [a-z ]+/);
    expect(detail).not.toContain('tru');
    const own = readFiles({ '.claude-doctor.json': '{"strict": tru' });
    expect(own.problems[0]).toMatchObject({ code: 'config/invalid', args: { path: '.claude-doctor.json' } });
  });

  it('a .claude-doctor.json that cannot be read is a finding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-config-'));
    mkdirSync(join(dir, '.claude-doctor.json'));
    const { config, problems } = readConfigFile(dir);
    expect(config).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toMatch(/^source\//);
  });
});
