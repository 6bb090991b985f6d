// model/*: retired, deprecated and unknown model ids, from the table in src/data/models.ts.
import { finding, type Finding } from '../findings.js';
import { KNOWN_MODEL_IDS, ACTIVE_MODELS, modelStatus } from '../data/models.js';
import { providerOfModel } from '../data/key-shapes.js';
import { PROXY_PREFIXES } from '../data/openhands.js';
import { escapeInvisible } from '../secrets.js';
import type { Setting } from '../types.js';
import { suggest } from '../suggest.js';

export interface ModelContext {
  /** A client that uses this model goes through LiteLLM (OpenHands), which routes by prefix. */
  litellm: boolean;
  /** Whose keys are sent with this model ("Anthropic", another provider, or unknown). */
  keyProviders: (string | undefined)[];
  /** LiteLLM's custom_llm_provider, which routes a model without a prefix. */
  provider?: string;
}

export function checkModel(
  setting: Setting,
  today: string,
  // An absent litellm is false, and keyProviders is read only for LiteLLM: an empty default is the same.
  // Stryker disable next-line ObjectLiteral,ArrayDeclaration: equivalent, as said above
  ctx: ModelContext = { litellm: false, keyProviders: [] },
): Finding[] {
  const { name, value, location } = setting;
  if (value.trim() === '') return [];
  const routing = ctx.litellm ? checkRouting(setting, today, ctx) : undefined;
  if (routing) return [routing];
  const prefix = /^([\w.-]+)\//.exec(value)?.[1];
  // Other providers' models (openai/…, gpt-4o for LiteLLM) are not Anthropic ids: nothing more to say here.
  if ((prefix && prefix !== 'anthropic') || (ctx.litellm && providerOfModel(value))) return [];
  const id = prefix ? value.slice(prefix.length + 1) : value;
  const model = escapeInvisible(value);
  const status = modelStatus(id, today);
  switch (status.status) {
    case 'active':
      // custom_llm_provider = "anthropic" routes a bare id as well as the prefix would.
      return ctx.litellm && !prefix && !ctx.provider
        ? [finding('model/missing-provider-prefix', { name, model, fixed: `anthropic/${id}` }, { location })]
        : [];
    case 'retired':
    case 'deprecated': {
      const { retiresOn, replacement, unverified } = status.entry;
      return status.status === 'retired'
        ? [
            finding(
              'model/retired',
              { name, model, retiredOn: retiresOn, replacement, unverified },
              // A date from a secondary source never fails a run alone: the live probe decides (doctor.ts).
              { location, ...(unverified ? { severity: 'warning' as const } : {}) },
            ),
          ]
        : [finding('model/deprecated', { name, model, retiresOn, replacement, unverified }, { location })];
    }
    case 'unknown': {
      const guess = suggestModel(id);
      const suggestion = guess && (prefix ? `${prefix}/${guess}` : guess);
      return [finding('model/unknown', { name, model, suggestion }, { location })];
    }
  }
}

/** The closest known id, preferring current models; none when nothing is close. */
export function suggestModel(id: string): string | undefined {
  // People write "claude-sonnet-4.6" or "Claude Sonnet 4 6": compare in the API's own spelling.
  const normal = id.trim().toLowerCase().replace(/[._ ]/g, '-');
  // A known id is its own closest match (distance 0): no need to ask for it first.
  return suggest(normal, [...ACTIVE_MODELS, ...KNOWN_MODEL_IDS]);
}

/** How LiteLLM will route the model, when that sends the key to the wrong place. */
function checkRouting(setting: Setting, today: string, ctx: ModelContext): Finding | undefined {
  const { name, value, location } = setting;
  const model = value.trim();
  const anthropicKey = ctx.keyProviders.includes('Anthropic');
  if (anthropicKey && PROXY_PREFIXES.some((p) => model.startsWith(p))) {
    const id = model.replace(/^[^/]+\//, '');
    const status = modelStatus(id, today);
    const guess =
      status.status === 'active'
        ? id
        : (status.status !== 'unknown' && status.entry.replacement) || 'claude-sonnet-4-6';
    return finding('model/openhands-proxy', { name, model, fixed: `anthropic/${guess}` }, { location });
  }
  if (/^(?:[a-z]{2,4}\.)?anthropic\.claude/.test(model))
    return finding('model/bedrock-id-without-prefix', { name, model }, { location });
  const custom = ctx.provider && ctx.provider.toLowerCase() !== 'anthropic' ? ctx.provider : undefined;
  const provider = custom ?? providerOfModel(model);
  if (provider && anthropicKey)
    return finding('model/provider-mismatch', { name, model, provider, keyProvider: 'Anthropic' }, { location });
  // The reverse (another provider's key with a Claude model) is key/other-provider's to report.
  return undefined;
}
