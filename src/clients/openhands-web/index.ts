// openhands-web: the OpenHands Web UI, on the host (its settings.json) or in an app container.
import { HOST_SETTINGS_PATHS } from '../../data/openhands.js';
import { fileSet } from '../file-set.js';
import { resolveRules } from '../rules.js';
import type { ClientModule } from '../types.js';
import { checkSettingsFacts, checkWebUi } from './checks.js';
import { webUiRules, type WebSettingsFile } from './precedence.js';
import { readOpenHandsSettings, type OpenHandsSettingsFacts } from './sources.js';

export interface WebFacts {
  files: WebSettingsFile[];
  facts: OpenHandsSettingsFacts[];
}

export const openhandsWeb: ClientModule<WebFacts> = {
  id: 'openhands-web',
  baseUrlStyle: 'sdk',
  litellm: true,
  reads: ['env', 'dotenv', 'openhands-settings'],
  read: (ctx) => {
    const result = readOpenHandsSettings(fileSet(ctx.opts.settingsFiles, HOST_SETTINGS_PATHS, ctx));
    return {
      settings: result.settings,
      problems: result.problems,
      sources: result.files.map((f) => f.path),
      explicit: { 'openhands-settings': Boolean(ctx.opts.settingsFiles?.length) },
      facts: { files: result.files, facts: result.facts },
    };
  },
  inContainer: (c) => ({
    files: c.webFiles as WebSettingsFile[],
    facts: c.settingsFacts as OpenHandsSettingsFacts[],
  }),
  profiles: ({ settings, facts, container }) => {
    const files = facts?.files ?? [];
    // In an app container only the Web UI counts, with the rules of its version.
    if (container?.app) return resolveRules([webUiRules(files[0], container.version, container.label)], settings);
    return resolveRules(
      files.map((f) => webUiRules(f)),
      settings,
    );
  },
  checks: ({ facts, profiles, settings, opts }) => [
    ...checkSettingsFacts(facts?.facts ?? []),
    ...checkWebUi(profiles, settings, opts.showSecrets),
  ],
};
