// The registry: every client claude-doctor understands, in the order their profiles are listed.
// Adding a client is adding its folder and one line here (DESIGN.md, "Clients").
import { aider } from './aider/index.js';
import { anthropicSdk } from './anthropic-sdk/index.js';
import { claudeCode } from './claude-code/index.js';
import { litellm } from './litellm/index.js';
import { continueClient } from './continue/index.js';
import { goose } from './goose/index.js';
import { zed } from './zed/index.js';
import { openWebui } from './open-webui/index.js';
import { librechat } from './librechat/index.js';
import { openhandsHeadless } from './openhands-headless/index.js';
import { openhandsWeb } from './openhands-web/index.js';
import type { Client } from '../types.js';
import type { AnyClient } from './types.js';

export const CLIENTS: readonly AnyClient[] = [
  anthropicSdk,
  openhandsHeadless,
  openhandsWeb,
  claudeCode,
  litellm,
  aider,
  continueClient,
  goose,
  zed,
  openWebui,
  librechat,
];

const BY_ID = new Map(CLIENTS.map((c) => [c.id, c]));
/** The module of a client id. */
export const clientOf = (id: Client): AnyClient | undefined => BY_ID.get(id);
