import { describe, expect, it } from 'vitest';
import { checkModel, suggestModel } from '../../src/checks/model.js';
import { envSetting } from '../support/settings.js';

const TODAY = '2026-11-23';
const check = (value: string, today = TODAY) => checkModel(envSetting('LLM_MODEL', value, 'model'), today);

describe('checkModel', () => {
  it.each([
    ['claude-sonnet-4-6', []],
    ['anthropic/claude-opus-4-8', []],
    ['claude-haiku-4-5-20251001', []],
    ['claude-3-5-sonnet-20241022', ['model/retired']],
    ['anthropic/claude-3-haiku-20240307', ['model/retired']],
    ['claude-3-5-sonnet-latest', ['model/retired']],
    ['claude-2.1', ['model/retired']],
    ['claude-sonnet-4-5', ['model/deprecated']],
    ['claude-sonet-4-6', ['model/unknown']],
    ['gpt-4o', ['model/unknown']],
    ['openai/gpt-4o', []],
    ['', []],
  ])('%s', (value, expected) => {
    expect(check(value).map((f) => f.code)).toEqual(expected);
  });

  it('gives the retirement date and the replacement', () => {
    expect(check('anthropic/claude-3-5-sonnet-20241022')[0]!.args).toMatchObject({
      retiredOn: '2025-10-28',
      replacement: 'claude-sonnet-4-6',
    });
  });

  it('marks the Sonnet 4.5 date as unverified, and turns it into retired on that day', () => {
    expect(check('claude-sonnet-4-5')[0]!.args).toMatchObject({ retiresOn: '2026-11-30', unverified: true });
    expect(check('claude-sonnet-4-5', '2026-11-30')[0]!.code).toBe('model/retired');
  });

  it('suggests the id that was meant', () => {
    expect(suggestModel('claude-sonet-4-6')).toBe('claude-sonnet-4-6');
    expect(suggestModel('claude-sonnet-4.6')).toBe('claude-sonnet-4-6');
    expect(suggestModel('Claude Opus 4 8')).toBe('claude-opus-4-8');
    expect(suggestModel('llama-3-70b')).toBeUndefined();
    expect(check('anthropic/claude-sonet-4-6')[0]!.args).toMatchObject({ suggestion: 'anthropic/claude-sonnet-4-6' });
  });

  it('makes trailing whitespace in a model id visible', () => {
    expect(check('claude-sonnet-4-6\n')[0]!.args).toMatchObject({
      model: 'claude-sonnet-4-6\\n',
      suggestion: 'claude-sonnet-4-6',
    });
  });

  it('says nothing of a model that is only spaces', () => {
    expect(check('   ')).toEqual([]);
  });

  it('suggests through the spaces around an id', () => {
    expect(suggestModel('   claude-opus-4-8   ')).toBe('claude-opus-4-8');
  });

  it.each([
    ['model/retired', 'claude-2.1'],
    ['model/deprecated', 'claude-sonnet-4-5'],
    ['model/unknown', 'claude-sonet-4-6'],
  ])('%s points at the setting', (code, model) => {
    expect(check(model)).toEqual([expect.objectContaining({ code, location: { kind: 'env', name: 'LLM_MODEL' } })]);
  });
});
