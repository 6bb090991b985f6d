// OpenHands Web UI (0.25+): the saved settings.json replaces model, key and base URL; LLM_* are ignored,
// except that from 0.62 a non-empty LLM_BASE_URL beats the saved base URL. A host file has no version,
// so the newest rules apply. LiteLLM's ANTHROPIC_* fallbacks apply as for headless, except that from 0.62
// the Web UI refuses an empty saved key before any call, so ANTHROPIC_API_KEY never stands in for it.
import { compareVersions } from '../../sources/docker-images.js';
import { LITELLM_FALLBACK, nonEmpty } from '../openhands-headless/precedence.js';
import { names, type ProfileRules, type Selector } from '../rules.js';

/** A Web UI settings file that was read, and the names of its fields in that file's shape. */
export interface WebSettingsFile {
  path: string;
  fields: { apiKey: string; model: string; baseUrl: string };
}

export function webUiRules(file: WebSettingsFile | undefined, version?: string, label?: string): ProfileRules {
  const saved = (field: keyof WebSettingsFile['fields']): Selector[] => {
    if (file) return [{ name: file.fields[field], path: file.path }];
    // A list holding a string instead of a selector (Stryker's mutant of `[]`) selects nothing.
    // Stryker disable next-line ArrayDeclaration: equivalent, as said above
    return [];
  };
  // From 0.62 a non-empty LLM_BASE_URL beats the saved base URL; before, the env is not used at all.
  const from062 = !version || compareVersions(version, '0.62') >= 0;
  // Stryker disable next-line ArrayDeclaration: equivalent, as said above
  const envBaseUrl = from062 ? names('LLM_BASE_URL') : [];
  const shown = label ?? file?.path;
  return {
    client: 'openhands-web',
    ...(shown ? { label: shown } : {}),
    slots: {
      apiKey: saved('apiKey'),
      model: saved('model'),
      baseUrl: [...envBaseUrl, ...saved('baseUrl')],
    },
    isSet: nonEmpty,
    // A missing saved base URL is still None to LiteLLM, so ANTHROPIC_API_BASE / ANTHROPIC_BASE_URL redirect.
    fallback: from062 ? { baseUrl: LITELLM_FALLBACK.baseUrl } : LITELLM_FALLBACK,
  };
}
