import { describe, expect, it } from 'vitest';
import { checkVariableNames, intendedName } from '../../src/checks/variable-names.js';
import { envSetting } from '../support/settings.js';

describe('intendedName', () => {
  it.each([
    ['anthropic_api_key', 'ANTHROPIC_API_KEY'],
    ['ANTHROPIC-API-KEY', 'ANTHROPIC_API_KEY'],
    ['Llm_Model', 'LLM_MODEL'],
    ['CLAUDE_API_KEY', 'ANTHROPIC_API_KEY'],
    ['ANTHROPIC_KEY', 'ANTHROPIC_API_KEY'],
    ['ANTROPIC_API_KEY', 'ANTHROPIC_API_KEY'],
    ['ANTHROPIC_BASEURL', 'ANTHROPIC_BASE_URL'],
    ['LLM_API_BASE', 'LLM_BASE_URL'],
    ['ANTHROPIC_API_KEY_OLD', undefined],
    ['OPENAI_API_KEY', undefined],
    ['CLAUDE_CODE_USE_BEDROCK', undefined],
    ['PATH', undefined],
    ['HOME', undefined],
  ])('%s -> %s', (name, intended) => {
    expect(intendedName(name)).toBe(intended);
  });
});

describe('checkVariableNames', () => {
  it('warns when the real variable is missing, and only informs when it is set too', () => {
    const others = [{ name: 'CLAUDE_API_KEY', location: { kind: 'env', name: 'CLAUDE_API_KEY' } as const }];
    expect(checkVariableNames(others, [])[0]).toMatchObject({ code: 'env/misnamed-variable', severity: 'warning' });
    expect(checkVariableNames(others, [envSetting('ANTHROPIC_API_KEY', 'x')])[0]).toMatchObject({
      severity: 'info',
      args: { intendedSet: true },
    });
  });
});

describe('intendedName at its edges', () => {
  it.each([
    // Dots and spaces are read as underscores, as dashes are.
    ['anthropic.api.key', 'ANTHROPIC_API_KEY'],
    ['LLM MODEL', 'LLM_MODEL'],
    // A near-miss needs eight characters: shorter names are too often something else.
    ['LM_MODEL', 'LLM_MODEL'],
    ['LLMODEL', undefined],
    // Within two edits of a real name, not three.
    ['LLM_MODLE', 'LLM_MODEL'],
    ['LLM_MDOLE', undefined],
    // Kept on purpose: a real name plus a suffix.
    ['LLM_MODEL_BACKUP', undefined],
    // ... even when the suffix is short enough to look like a typo.
    ['LLM_MODEL_2', undefined],
    ['llm-api-key-b', undefined],
  ])('%s -> %s', (name, intended) => {
    expect(intendedName(name)).toBe(intended);
  });
});

describe('checkVariableNames on several names', () => {
  it('says nothing of a name that is no near-miss, and points at each one that is', () => {
    const at = (name: string) => ({
      name,
      location: { kind: 'file', path: '.env', line: 1, column: 1, key: name } as const,
    });
    expect(checkVariableNames([at('PATH'), at('llm_model')], [])).toEqual([
      expect.objectContaining({
        code: 'env/misnamed-variable',
        args: { name: 'llm_model', intended: 'LLM_MODEL', intendedSet: false },
        location: at('llm_model').location,
      }),
    ]);
  });
});
