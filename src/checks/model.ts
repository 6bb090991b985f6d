// model/*: retired, deprecated and unknown model ids, from the table in src/data/models.ts.
import { finding, type Finding } from '../findings.js';
import { KNOWN_MODEL_IDS, ACTIVE_MODELS, modelStatus } from '../data/models.js';
import { escapeInvisible } from '../secrets.js';
import type { Setting } from '../types.js';
import { suggest } from '../suggest.js';

export function checkModel(setting: Setting, today: string): Finding[] {
  const { name, value, location } = setting;
  if (value.trim() === '') return [];
  const prefix = /^([\w.-]+)\//.exec(value)?.[1];
  // Other providers' models (openai/…, bedrock/…) are the OpenHands checks' business.
  if (prefix && prefix !== 'anthropic') return [];
  const id = prefix ? value.slice(prefix.length + 1) : value;
  const model = escapeInvisible(value);
  const status = modelStatus(id, today);
  switch (status.status) {
    case 'active':
      return [];
    case 'retired':
    case 'deprecated': {
      const { retiresOn, replacement, unverified } = status.entry;
      return status.status === 'retired'
        ? [finding('model/retired', { name, model, retiredOn: retiresOn, replacement, unverified }, { location })]
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
  if (KNOWN_MODEL_IDS.includes(normal)) return normal;
  return suggest(normal, [...ACTIVE_MODELS, ...KNOWN_MODEL_IDS]);
}
