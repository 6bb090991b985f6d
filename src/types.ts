// The data that flows through claude-doctor: sources -> settings -> profiles -> checks -> findings -> report.

import type { Code } from './catalog/index.js';

/** `provider` is LiteLLM's custom_llm_provider; `api_version` matters to Azure only, and is shown. */
export type Role = 'api_key' | 'auth_token' | 'model' | 'base_url' | 'provider' | 'api_version';
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'en' | 'ja';

export type Location =
  | { kind: 'env'; name: string }
  | { kind: 'file'; path: string; line?: number; column?: number; key?: string }
  /** `path`: a file inside the container; `line` and `key` where that file's reader knows them. */
  | {
      kind: 'container';
      id: string;
      name: string;
      image: string;
      env?: string;
      path?: string;
      line?: number;
      key?: string;
    }
  /** A command-line option (--base-url): checked like any value, never read from a file. */
  | { kind: 'argument'; name: string }
  /**
   * A Kubernetes object read from --kube input: a container's variable (`namespace/pod/container env NAME`,
   * with the Secret or ConfigMap key it comes from), or a Secret's key itself (`secret NS/NAME key K`).
   */
  | KubeLocation;

export interface KubeLocation {
  kind: 'kube';
  namespace: string;
  /** The pod's name, or `deployment/NAME` (… statefulset, daemonset, job, cronjob) for a manifest's template. */
  pod?: string;
  container?: string;
  env?: string;
  /** The Secret (or ConfigMap, with `configMap: true`) and its key the value comes from. */
  secret?: string;
  configMap?: boolean;
  key?: string;
}

/** How the two common readers of a `.env` file understand one assignment. */
export interface DotenvReading {
  /** The line exactly as written (without its line ending). */
  rawLine: string;
  /** What `docker run --env-file` passes to the container, or why it refuses the line. */
  docker: { name: string; value: string } | { rejected: 'whitespace-in-name' };
  /** The line starts with `export `: dotenv accepts it, docker refuses it. */
  exported: boolean;
  /** The quote character that wrapped the value, if any. */
  quote?: '"' | "'" | '`';
  /** The line ended with a CR (Windows line ending). */
  crlf: boolean;
  /** The same name was assigned earlier in this file (that earlier line is lost). */
  shadows?: number;
}

/** What the hygiene checks need to know about the file a setting came from. */
export interface FileFacts {
  /** Permission bits, e.g. 0o644. */
  mode: number;
  git: 'tracked' | 'ignored' | 'untracked' | 'no-repo' | 'unknown';
}

export interface Setting {
  role: Role;
  /** The variable or key name the value was read under (LLM_API_KEY, ANTHROPIC_BASE_URL, ...). */
  name: string;
  /** The value as the client reads it (dotenv's reading for a `.env` file). */
  value: string;
  location: Location;
  source: SourceKind;
  dotenv?: DotenvReading;
  /** config.toml: the table the value sits in (`llm`, `llm.gpt4o-mini`, or `` for the top level). */
  group?: string;
  /** config.toml: OpenHands throws this table away (an unknown key, or a legacy top-level key). */
  dropped?: 'section' | 'legacy';
  file?: FileFacts;
  /**
   * Who chose this value (DESIGN.md, "Secrets"): `user` for the process environment, the home folder,
   * containers and what the command line names; `project` for files found in the working directory,
   * which a checked-out repository controls. Decides where a credential may be sent.
   */
  trust?: Trust;
}

export type Trust = 'user' | 'project';

export type SourceKind =
  | 'env'
  | 'dotenv'
  | 'openhands-config'
  | 'openhands-settings'
  | 'argument'
  /** Claude Code: a settings file's `env` or `model` / `apiKeyHelper`, ~/.claude.json, a shell rc line, a helper's output. */
  | 'claude-code-settings'
  | 'claude-code-state'
  | 'shell-rc'
  | 'claude-code-helper'
  /** The LiteLLM proxy: a config.yaml's model_list, and the variables its os.environ/ references read. */
  | 'litellm-config'
  /** aider's .aider.conf.yml and .env files; Continue's config and .env; Goose's config.yaml and secrets.yaml. */
  | 'aider-config'
  | 'aider-dotenv'
  | 'continue-config'
  | 'goose-config'
  /** Zed's settings.json; Open WebUI's environment, .env or compose file; LibreChat's .env and librechat.yaml. */
  | 'zed-settings'
  | 'openwebui-config'
  | 'librechat-config';

export type Client =
  | 'anthropic-sdk'
  | 'openhands-headless'
  | 'openhands-web'
  | 'claude-code'
  | 'litellm'
  | 'aider'
  | 'continue'
  | 'goose'
  | 'zed'
  | 'open-webui'
  | 'librechat';

export interface Profile {
  id: string;
  client: Client;
  apiKey?: Setting;
  authToken?: Setting;
  model?: Setting;
  baseUrl?: Setting;
  provider?: Setting;
  apiVersion?: Setting;
  /** What tells this profile apart from others of the same client: a config group, a settings file. */
  label?: string;
  /** Settings this client could read but does not use, and why. */
  ignored: { setting: Setting; reason: IgnoreReason }[];
  /** Claude Code: which kind of credential wins (its precedence has more than keys and tokens). */
  credential?: CredentialChoice;
  /** Other settings the client uses besides its slots (Claude Code's background model variables). */
  reads?: Setting[];
  /** This profile's own base URL style, where its client's (ClientModule.baseUrlStyle) does not hold for it. */
  baseUrlStyle?: BaseUrlStyle;
  /** Its base URL is a LiteLLM proxy whose config was read: the probe asks the proxy (src/probe/litellm-proxy.ts). */
  probeAs?: 'litellm-proxy';
}

/**
 * The base URL a client expects (reference: other-clients.md, section 8). `sdk`: it appends /v1/messages
 * itself (the Anthropic SDK, LiteLLM's anthropic provider), so a /v1 at the end doubles it. `v1`: an
 * OpenAI-compatible connection, which appends only the endpoint, so the URL ends in /v1. `v1-slash`: the
 * endpoint is resolved relative to the URL (Continue's apiBase: `new URL('messages', apiBase)`), so it
 * ends in /v1/.
 */
export type BaseUrlStyle = 'sdk' | 'v1' | 'v1-slash';

/** The credential Claude Code uses, strongest kind first (reference: Claude Code, authentication). */
export type CredentialKind =
  | 'cloud-provider'
  | 'auth-token'
  | 'api-key'
  | 'api-key-helper'
  | 'oauth-token'
  | 'anthropic-profile'
  | 'subscription'
  | 'none';

export interface CredentialChoice {
  kind: CredentialKind;
  /** The setting that holds or switches it on (absent for the subscription login and `none`). */
  setting?: Setting;
  /** The other credentials that are present and lose, with the setting that holds each. */
  losers: { kind: CredentialKind; setting?: Setting }[];
}

export type IgnoreReason =
  | { kind: 'overridden'; by: Setting }
  | { kind: 'section-dropped' }
  | { kind: 'legacy-top-level' }
  /** Claude Code: the key's last 20 characters are in ~/.claude.json's declined list. */
  | { kind: 'declined'; path: string }
  /** Claude Code: a cloud provider switch (CLAUDE_CODE_USE_BEDROCK=1, …) means no Anthropic credential is used. */
  | { kind: 'cloud-provider'; name: string; at: Location }
  /** Claude Code: forceLoginMethod in a settings file refuses keys, tokens and helpers. */
  | { kind: 'login-forced'; at: Location }
  /** Claude Code: a stronger kind of credential wins (an auth token beats an API key, …). */
  | { kind: 'outranked'; by: CredentialKind }
  /** Claude Code: a settings file's env sets the variable to "", which cancels this value. */
  | { kind: 'cancelled'; at: Location };

/** A problem with a source itself (unreadable file, not text, not valid TOML or JSON). */
export interface SourceProblem {
  code: Code;
  args: Record<string, unknown>;
  /** None for an engine: its address is in the message. */
  location?: Location;
  /** When the context changes how serious it is (an engine that was not asked for). */
  severity?: Severity;
}

export interface SourceResult {
  settings: Setting[];
  problems: SourceProblem[];
  /** Assignments read from `.env` files, role or not, for file hygiene checks. */
  dotenvFiles?: DotenvFile[];
  /** Variables that no client reads, for the misnamed-variable check. */
  otherNames?: { name: string; location: Location }[];
}

export interface DotenvFile {
  path: string;
  entries: { name: string; value: string; line: number; column: number; reading: DotenvReading }[];
}
