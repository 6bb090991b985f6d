// claude-code/*: what only Claude Code gets wrong. Pure: facts and the resolved profile in, findings out.
// Values that are settings (keys, tokens, a helper's literal or output) are checked by src/checks/ as well.
import type { Finding } from '../../findings.js';
import { checkCloudModels, checkCloudVariables } from './checks/cloud.js';
import {
  checkAuthConflict,
  checkKeyOverSubscription,
  checkNoCredential,
  checkOauthNotProbed,
  checkOauthToken,
  checkRefused,
} from './checks/credential.js';
import {
  checkCertificatePaths,
  checkCustomHeaders,
  checkEnvOverridesShell,
  checkGatewayHaiku,
  checkTlsOff,
} from './checks/env.js';
import { checkConfigDir, checkLenientSettings, checkLoginExpired, checkLoginMode } from './checks/files.js';
import { checkHelpers } from './checks/helpers.js';
import type { Check, ClaudeCodeCheckInput } from './checks/shared.js';

export type { ClaudeCodeCheckInput } from './checks/shared.js';

const CHECKS: Check[] = [
  checkKeyOverSubscription,
  checkAuthConflict,
  checkRefused,
  checkNoCredential,
  checkOauthToken,
  checkOauthNotProbed,
  checkHelpers,
  checkLoginExpired,
  checkLoginMode,
  checkConfigDir,
  checkLenientSettings,
  checkCloudVariables,
  checkCloudModels,
  checkEnvOverridesShell,
  checkGatewayHaiku,
  checkCertificatePaths,
  checkTlsOff,
  checkCustomHeaders,
];

export function checkClaudeCode(input: ClaudeCodeCheckInput): Finding[] {
  return CHECKS.flatMap((check) => check(input));
}
