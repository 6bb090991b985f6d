// The Web UI's settings.json on plain text: each value placed at its own line and column, even when the
// same field name stands earlier in another object (a text search for `"llm_api_key":` found that one).
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/clients/openhands-web/sources.js';
import { apiKey } from '../../support/keys.js';

const place = (extra: object) => ({ kind: 'file' as const, path: 'settings.json', ...extra });

describe('parseSettings', () => {
  it('places the flat shape’s key at its own line, past a nested field of the same name', () => {
    const text = [
      '{',
      '  "secrets_store": { "llm_api_key": "" },',
      `  "llm_api_key": "${apiKey(1)}",`,
      '  "llm_model": "anthropic/claude-sonnet-4-6"',
      '}',
    ].join('\n');
    const parsed = parseSettings(text, 'settings.json', place);
    if ('problem' in parsed) throw new Error('expected settings');
    const byName = Object.fromEntries(parsed.settings.map((s) => [s.name, s.location]));
    expect(byName.llm_api_key).toMatchObject({ line: 3, column: 18 });
    expect(byName.llm_model).toMatchObject({ line: 4, column: 16 });
  });

  it('places the nested shape’s values inside agent_settings.llm', () => {
    const text = '{"llm": {"model": "x"},\r\n "agent_settings": {"llm": {\r\n  "model": "claude-opus-4-6"}}}';
    const parsed = parseSettings(text, 'settings.json', place);
    if ('problem' in parsed) throw new Error('expected settings');
    expect(parsed.settings[0]).toMatchObject({ name: 'agent_settings.llm.model', location: { line: 3, column: 12 } });
  });
});
