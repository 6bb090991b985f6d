// Every area of the catalogue, in one object: the codes' types come from here. The built program (dist/main.cjs)
// reads these areas from their own files instead, on first use (areas-on-demand.ts).
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
