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
    ['CLAUDE_CODE_OAUTH_TOKEN', undefined],
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
