// The catalogue: every code, its severity and its words. A code's arguments are typed by its entry.
import type { CodeSpec } from './define.js';
import { keyCodes } from './key.js';
import { misplacedKeyCodes } from './key-misplaced.js';
import { modelCodes } from './model.js';
import { urlCodes } from './url.js';
import { dotenvCodes } from './dotenv.js';
import { sourceCodes } from './source.js';
import { envCodes } from './env.js';
import { openhandsCodes } from './openhands.js';
import { openhandsLitellmCodes } from './openhands-litellm.js';
import { hygieneCodes } from './hygiene.js';
import { dockerCodes } from './docker.js';
import { apiCodes } from './api.js';
import { parsedApiCodes } from './api-parsed.js';
import { configCodes } from './config.js';
import { trustCodes } from './trust.js';
import { ciCodes } from './ci.js';
import { claudeCodeCodes } from './claude-code.js';
import { claudeCodeHelperCodes } from './claude-code-helper.js';
import { claudeCodeFileCodes } from './claude-code-files.js';
import { claudeCodeEnvCodes } from './claude-code-env.js';
import { litellmCodes } from './litellm.js';
import { yamlClientCodes } from './yaml-clients.js';
import { crossClientCodes } from './cross-client.js';
import { appClientCodes } from './app-clients.js';
import { librechatCodes } from './librechat.js';
import { statusCodes } from './status.js';
import { adminCodes } from './admin.js';
import { kubeCodes } from './kube.js';
import { oauthUsageCodes } from './oauth-usage.js';

export const catalog = {
  ...keyCodes,
  ...misplacedKeyCodes,
  ...modelCodes,
  ...urlCodes,
  ...dotenvCodes,
  ...envCodes,
  ...openhandsCodes,
  ...openhandsLitellmCodes,
  ...dockerCodes,
  ...apiCodes,
  ...parsedApiCodes,
  ...hygieneCodes,
  ...configCodes,
  ...sourceCodes,
  ...trustCodes,
  ...ciCodes,
  ...claudeCodeCodes,
  ...claudeCodeHelperCodes,
  ...claudeCodeFileCodes,
  ...claudeCodeEnvCodes,
  ...litellmCodes,
  ...yamlClientCodes,
  ...crossClientCodes,
  ...appClientCodes,
  ...librechatCodes,
  ...statusCodes,
  ...adminCodes,
  ...kubeCodes,
  ...oauthUsageCodes,
};

export type Code = keyof typeof catalog;
export type ArgsOf<C extends Code> = ReturnType<(typeof catalog)[C]> extends CodeSpec<infer A> ? A : never;

export const CODES = Object.keys(catalog).sort() as Code[];

export function isCode(code: string): code is Code {
  return Object.hasOwn(catalog, code);
}

export function entry<C extends Code>(code: C): CodeSpec<ArgsOf<C>> {
  return catalog[code]() as unknown as CodeSpec<ArgsOf<C>>;
}

/** `key/whitespace` -> `docs/codes/key-whitespace.md` */
export function docsPath(code: Code): string {
  return `docs/codes/${code.replace('/', '-')}.md`;
}

/** Where the docs pages are published: package.json's "homepage" (set by the build), else the project's home. */
declare const __DOCS_BASE_URL__: string | undefined;
const DEFAULT_DOCS_BASE_URL = 'https://github.com/claude-doctor/claude-doctor/blob/main/';

export function docsBaseUrl(): string {
  const base = typeof __DOCS_BASE_URL__ === 'string' && __DOCS_BASE_URL__ ? __DOCS_BASE_URL__ : DEFAULT_DOCS_BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

/** `key/whitespace` -> `https://…/blob/main/docs/codes/key-whitespace.md` */
export function docsUrl(code: Code): string {
  return `${docsBaseUrl()}${docsPath(code)}`;
}
