// litellm: the LiteLLM proxy, from its config.yaml (--litellm-config, or ./config.yaml and
// ./litellm_config.yaml when they hold a model_list, or the config inside a LiteLLM container).
// Each model_list entry is one profile.
import { fileSet } from '../file-set.js';
import type { ClientModule } from '../types.js';
import { checkLitellm, isProxyUrl } from './checks.js';
import { litellmProfiles } from './precedence.js';
import { DEFAULT_PATHS, readLitellmConfigs, type LitellmConfigFacts } from './sources.js';

export const litellm: ClientModule<LitellmConfigFacts[]> = {
  id: 'litellm',
  baseUrlStyle: 'sdk',
  litellm: true,
  reads: ['env', 'dotenv', 'litellm-config'],
  read: (ctx) => {
    const result = readLitellmConfigs(
      fileSet(ctx.opts.litellmFiles, DEFAULT_PATHS, ctx),
      ctx.opts.useEnv ? ctx.opts.env : {},
    );
    return {
      settings: result.settings,
      problems: result.problems,
      sources: result.configs.map((c) => c.path),
      explicit: { 'litellm-config': Boolean(ctx.opts.litellmFiles?.length) },
      facts: result.configs,
    };
  },
  // A LiteLLM container's config (src/sources/docker-litellm.ts); the host's configs are not the container's.
  inContainer: (c) => (c.litellmConfigs.length ? (c.litellmConfigs as LitellmConfigFacts[]) : undefined),
  profiles: ({ settings, facts }) => litellmProfiles(facts ?? [], settings),
  checks: ({ facts, settings, profiles, all }) => checkLitellm(facts ?? [], settings, { own: profiles, all }),
  // A client whose base URL is the address of a proxy whose config was read asks the proxy itself.
  serves: (facts, url) => (facts?.some((f) => isProxyUrl(url, f)) ? 'litellm-proxy' : undefined),
};
