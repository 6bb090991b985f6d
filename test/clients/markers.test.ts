// A client's marker places: every setting read there is left out, whichever way its file was named.
import { describe, expect, it } from 'vitest';
import { withoutMarkers } from '../../src/clients/markers.js';
import type { Location, Setting } from '../../src/types.js';

const at = (path: string, line: number | undefined, key = 'ANTHROPIC_API_KEY'): Location => ({
  kind: 'file',
  path,
  ...(line === undefined ? {} : { line }),
  column: 19,
  key,
});
const setting = (location: Location, source: Setting['source'] = 'dotenv'): Setting => ({
  role: 'api_key',
  name: 'ANTHROPIC_API_KEY',
  value: 'user_provided',
  source,
  location,
});

describe('withoutMarkers', () => {
  const marker = at('.env', 12);
  it('drops the settings of every source at the place, the file named relatively or absolutely', () => {
    const shared = setting(at('./.env', 12));
    const aider = setting(at('/w/proj/.env', 12), 'aider-dotenv');
    expect(withoutMarkers([shared, aider], [marker], '/w/proj', '/w/home')).toEqual([]);
    const home = setting(at('~/.env', 3));
    expect(withoutMarkers([home], [at('/w/home/.env', 3)], '/w/proj', '/w/home')).toEqual([]);
  });

  it('keeps another line, another name, another file, the environment and a place without a line', () => {
    const kept = [
      setting(at('.env', 13)),
      setting(at('.env', 12, 'ANTHROPIC_MODELS')),
      setting(at('other/.env', 12)),
      setting({ kind: 'env', name: 'ANTHROPIC_API_KEY' }, 'env'),
      setting(at('.env', undefined)),
    ];
    expect(
      withoutMarkers(
        kept,
        [marker, { kind: 'env', name: 'ANTHROPIC_API_KEY' }, at('.env', undefined)],
        '/w/proj',
        '/w/home',
      ),
    ).toEqual(kept);
  });

  it('no markers: the same list', () => {
    const list = [setting(at('.env', 1))];
    expect(withoutMarkers(list, [], '/w', '/h')).toBe(list);
  });
});
