// checks/model.ts for clients that go through LiteLLM (OpenHands): how the model's prefix routes the
// request, and so where the key is sent.
import { describe, expect, it } from 'vitest';
import { checkModel, type ModelContext } from '../../src/checks/model.js';
import { envSetting } from '../support/settings.js';

const TODAY = '2026-11-23';
const ANTHROPIC_KEY: ModelContext = { litellm: true, keyProviders: ['Anthropic'] };
const run = (value: string, ctx: ModelContext = ANTHROPIC_KEY) =>
  checkModel(envSetting('LLM_MODEL', value, 'model'), TODAY, ctx);
const codes = (value: string, ctx?: ModelContext) => run(value, ctx).map((f) => f.code);

describe('model/openhands-proxy: an OpenHands or LiteLLM proxy prefix with an Anthropic key', () => {
  it.each([
    ['an active model keeps its id', 'openhands/claude-sonnet-4-6', 'anthropic/claude-sonnet-4-6'],
    ['the other proxy prefix', 'litellm_proxy/claude-opus-4-8', 'anthropic/claude-opus-4-8'],
    ['a retired model becomes its replacement', 'openhands/claude-2.1', 'anthropic/claude-opus-4-8'],
    ['an unknown model becomes the default', 'openhands/claude-sonet-4-6', 'anthropic/claude-sonnet-4-6'],
    ['surrounding spaces are ignored', '  openhands/claude-opus-4-8 ', 'anthropic/claude-opus-4-8'],
  ])('%s: %s -> %s', (_, model, fixed) => {
    expect(run(model)).toEqual([
      expect.objectContaining({
        code: 'model/openhands-proxy',
        args: { name: 'LLM_MODEL', model: model.trim(), fixed },
        location: { kind: 'env', name: 'LLM_MODEL' },
      }),
    ]);
  });

  it('says nothing of the prefix when the key is not an Anthropic one (the proxy issued it)', () => {
    expect(codes('openhands/claude-sonnet-4-6', { litellm: true, keyProviders: [undefined] })).toEqual([]);
    expect(codes('litellm_proxy/claude-sonnet-4-6', { litellm: true, keyProviders: ['OpenAI'] })).toEqual([]);
  });

  it('is a LiteLLM matter only: the SDK has no prefixes to route by', () => {
    expect(codes('openhands/claude-sonnet-4-6', { litellm: false, keyProviders: ['Anthropic'] })).toEqual([]);
  });
});

describe('model/bedrock-id-without-prefix', () => {
  it.each([
    'anthropic.claude-3-sonnet-20240229-v1:0',
    'us.anthropic.claude-sonnet-4-6-v1:0',
    'apac.anthropic.claude-3-haiku-20240307-v1:0',
  ])('%s', (model) => {
    expect(run(model)).toEqual([
      expect.objectContaining({ code: 'model/bedrock-id-without-prefix', args: { name: 'LLM_MODEL', model } }),
    ]);
    // Whatever key goes with it: LiteLLM sends a bare Bedrock id to Anthropic's API.
    expect(codes(model, { litellm: true, keyProviders: [] })).toEqual(['model/bedrock-id-without-prefix']);
  });

  it.each([
    ['a region of five letters is no Bedrock region', 'abcde.anthropic.claude-3-haiku'],
    ['anthropic. must start the id', 'xanthropic.claude-3-haiku'],
    ['with the bedrock/ prefix it is routed right', 'bedrock/anthropic.claude-3-haiku-20240307-v1:0'],
  ])('none when %s', (_, model) => {
    expect(codes(model)).not.toContain('model/bedrock-id-without-prefix');
  });
});

describe('model/provider-mismatch: another provider routes the model, but the key is Anthropic', () => {
  it.each([
    ["OpenAI's bare model name", 'gpt-4o', {}, 'OpenAI'],
    ["another provider's prefix", 'gemini/gemini-2.5-pro', {}, 'Google (Gemini)'],
    ['custom_llm_provider routes a Claude id elsewhere', 'claude-sonnet-4-6', { provider: 'openai' }, 'openai'],
  ])('%s: %s', (_, model, extra, provider) => {
    expect(run(model, { ...ANTHROPIC_KEY, ...extra })).toEqual([
      expect.objectContaining({
        code: 'model/provider-mismatch',
        args: { name: 'LLM_MODEL', model, provider, keyProvider: 'Anthropic' },
      }),
    ]);
  });

  it("says nothing when the key is that provider's (key/other-provider reports the reverse)", () => {
    expect(codes('gpt-4o', { litellm: true, keyProviders: ['OpenAI'] })).toEqual([]);
    expect(codes('gemini/gemini-2.5-pro', { litellm: true, keyProviders: [] })).toEqual([]);
  });

  it('takes custom_llm_provider = "anthropic" in any case as Anthropic', () => {
    expect(codes('claude-sonnet-4-6', { ...ANTHROPIC_KEY, provider: 'Anthropic' })).toEqual([]);
    expect(codes('claude-sonnet-4-6', { ...ANTHROPIC_KEY, provider: 'anthropic' })).toEqual([]);
  });
});

describe('model/missing-provider-prefix', () => {
  it('asks LiteLLM clients for the anthropic/ prefix on a bare id', () => {
    expect(run('claude-sonnet-4-6')).toEqual([
      expect.objectContaining({
        code: 'model/missing-provider-prefix',
        args: { name: 'LLM_MODEL', model: 'claude-sonnet-4-6', fixed: 'anthropic/claude-sonnet-4-6' },
      }),
    ]);
    // Whoever's key it is: without a prefix LiteLLM cannot route the model at all.
    expect(codes('claude-opus-4-8', { litellm: true, keyProviders: [] })).toEqual(['model/missing-provider-prefix']);
  });

  it('is not needed with the prefix, for the SDK, or when custom_llm_provider routes the id', () => {
    expect(codes('anthropic/claude-sonnet-4-6')).toEqual([]);
    expect(codes('claude-sonnet-4-6', { litellm: false, keyProviders: ['Anthropic'] })).toEqual([]);
    expect(codes('claude-sonnet-4-6', { ...ANTHROPIC_KEY, provider: 'anthropic' })).toEqual([]);
  });

  it('leaves a retired or unknown bare id to their own findings', () => {
    expect(codes('claude-2.1')).toEqual(['model/retired']);
    expect(codes('claude-sonet-4-6')).toEqual(['model/unknown']);
  });
});
