// openhands-headless: OpenHands run without the Web UI, from config.toml and LLM_* variables.
import { HOST_CONFIG_PATHS } from '../../data/openhands.js';
import { fileSet } from '../file-set.js';
import { resolveRules } from '../rules.js';
import type { ClientModule } from '../types.js';
import { checkAuthToken, checkConfigFacts } from './checks.js';
import { headlessRuleSet, keyBeatsToken } from './precedence.js';
import { readOpenHandsConfigs, type OpenHandsConfigFacts } from './sources.js';

export const openhandsHeadless: ClientModule<OpenHandsConfigFacts[]> = {
  id: 'openhands-headless',
  baseUrlStyle: 'sdk',
  litellm: true,
  reads: ['env', 'dotenv', 'openhands-config'],
  read: (ctx) => {
    const result = readOpenHandsConfigs(fileSet(ctx.opts.configFiles, HOST_CONFIG_PATHS, ctx));
    return {
      settings: result.settings,
      problems: result.problems,
      sources: result.configs.map((c) => c.path),
      explicit: { 'openhands-config': Boolean(ctx.opts.configFiles?.length) },
      facts: result.configs,
    };
  },
  profiles: ({ settings, container }) =>
    container?.app || container?.proxy ? [] : resolveRules(headlessRuleSet(settings), settings).map(keyBeatsToken),
  checks: ({ facts, settings, profiles }) => [...checkConfigFacts(facts ?? [], settings), ...checkAuthToken(profiles)],
};
