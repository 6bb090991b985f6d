// .claude-doctor.json: an unknown option is a warning that names the closest known one, when one is
// close enough to be what the team meant.
import { mkdtempSync, writeFileSync } from 'node:fs';
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
