// The Anthropic SDK reads four variables from the process environment (or a .env file loaded into it).
// It trims values and treats a blank one as unset.
import { names, type ProfileRules } from '../rules.js';

export const SDK_RULES: ProfileRules = {
  client: 'anthropic-sdk',
  slots: {
    apiKey: names('ANTHROPIC_API_KEY'),
    authToken: names('ANTHROPIC_AUTH_TOKEN'),
    baseUrl: names('ANTHROPIC_BASE_URL'),
    model: names('ANTHROPIC_MODEL'),
  },
  isSet: (v) => v.trim() !== '',
};

/** The SDK is in play when one of its variables is set anywhere. */
export const usesSdk = (name: string) => /^ANTHROPIC_(API_KEY|AUTH_TOKEN|BASE_URL|MODEL)$/.test(name);
