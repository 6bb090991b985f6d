// The options of `check`, as data: yargs builds its parser and help from this table, and the fast
// path (fast-path.ts) parses the common invocations itself, from the same table.

export interface OptionSpec {
  type: 'boolean' | 'string' | 'number';
  array?: boolean;
  default?: unknown;
  choices?: readonly string[];
  describe: string;
}

export const CHECK_OPTIONS = {
  offline: { type: 'boolean', describe: 'no live probe (only offline checks; default false, or the config file)' },
  'env-file': { type: 'string', array: true, describe: '.env file to read (repeatable; default ./.env when present)' },
  config: {
    type: 'string',
    array: true,
    describe: 'OpenHands config.toml (repeatable; default ./config.toml and ~/.openhands/config.toml when present)',
  },
  settings: {
    type: 'string',
    array: true,
    describe: 'OpenHands Web UI settings.json (repeatable; default the known host paths when present)',
  },
  'litellm-config': {
    type: 'string',
    array: true,
    describe:
      'LiteLLM proxy config.yaml (repeatable; default ./config.yaml and ./litellm_config.yaml with a model_list)',
  },
  kube: {
    type: 'string',
    array: true,
    describe:
      'Kubernetes objects to check (repeatable; - for stdin): kubectl get pods,secrets,configmaps -o json|yaml, helm template output, manifests',
  },
  client: {
    type: 'string',
    array: true,
    describe: 'only these clients (repeatable): anthropic-sdk, openhands-headless, openhands-web, claude-code, litellm',
  },
  env: { type: 'boolean', default: true, describe: 'read the process environment (--no-env to ignore it)' },
  docker: {
    type: 'boolean',
    describe: 'inspect Docker containers (default: when an engine answers; --no-docker to skip)',
  },
  'docker-host': {
    type: 'string',
    array: true,
    describe: 'Docker engine address (repeatable; default DOCKER_HOST, then the local socket)',
  },
  container: {
    type: 'string',
    array: true,
    describe: 'only these containers, by name or id, OpenHands or not (repeatable)',
  },
  timeout: {
    type: 'number',
    default: 10000,
    describe: "the run's network time, in milliseconds (1 to 600000): engines, probes and retries all end within it",
  },
  model: { type: 'string', describe: "the model the probe asks about (default: each profile's own)" },
  'base-url': { type: 'string', describe: "the base URL the probe uses (default: each profile's own)" },
  'trust-project': {
    type: 'boolean',
    default: false,
    describe:
      'let a base URL from a file in this folder receive a key from elsewhere (the environment, the home folder)',
  },
  project: {
    type: 'string',
    describe:
      'the project folder whose .claude/settings.json and settings.local.json Claude Code reads (default: this folder)',
  },
  'run-helpers': {
    type: 'boolean',
    default: false,
    describe:
      "run each Claude Code apiKeyHelper once (with the run's timeout) and check what it prints; never by default",
  },
  'probe-oauth': {
    type: 'boolean',
    default: false,
    describe:
      "also probe a Claude Code OAuth token, and ask its usage at GET /api/oauth/usage (Claude Code's /usage screen; undocumented endpoint), so an expired token is caught",
  },
  'admin-key-env': {
    type: 'string',
    describe:
      'the environment variable holding an Admin key, to look a refused key up (default ANTHROPIC_ADMIN_KEY; read-only)',
  },
  'auth-scheme': {
    type: 'string',
    choices: ['x-api-key', 'bearer'],
    default: 'x-api-key',
    describe: 'how the probe sends an API key (x-api-key as OpenHands and LiteLLM do; bearer as SDK 1.x does)',
  },
  format: {
    type: 'string',
    choices: ['text', 'json', 'github', 'sarif'],
    describe: 'output format (default text; github when GITHUB_ACTIONS=true and stdout is not a terminal)',
  },
  strict: { type: 'boolean', describe: 'warnings also fail (exit 1; default false, or the config file)' },
  ignore: { type: 'string', array: true, describe: "suppress a code (repeatable; added to the config file's list)" },
  'show-secrets': { type: 'boolean', default: false, describe: 'print keys unredacted (never the default)' },
  quiet: { type: 'boolean', describe: 'text: print only the errors and the verdict line (no overview, no progress)' },
  verbose: {
    type: 'boolean',
    describe: 'text: also show the ignored settings, every source read and an absent Docker engine',
  },
} as const satisfies Record<string, OptionSpec>;

export const GLOBAL_OPTIONS = {
  lang: {
    type: 'string',
    choices: ['en', 'ja'],
    describe: 'language of the report (default: from LC_ALL, LC_MESSAGES, LANG)',
  },
  color: { type: 'boolean', describe: 'colour on a terminal (--no-color never, --color always; beats NO_COLOR)' },
} as const satisfies Record<string, OptionSpec>;

/** The parsed arguments of `check`. */
export interface CheckArgs {
  offline?: boolean;
  'env-file'?: string[];
  config?: string[];
  settings?: string[];
  'litellm-config'?: string[];
  kube?: string[];
  client?: string[];
  env: boolean;
  docker?: boolean;
  'docker-host'?: string[];
  container?: string[];
  timeout: number;
  model?: string;
  'base-url'?: string;
  'trust-project': boolean;
  project?: string;
  'run-helpers': boolean;
  'probe-oauth': boolean;
  'auth-scheme': 'x-api-key' | 'bearer';
  'admin-key-env'?: string;
  format?: 'text' | 'json' | 'github' | 'sarif';
  strict?: boolean;
  ignore?: string[];
  'show-secrets': boolean;
  quiet?: boolean;
  verbose?: boolean;
  lang?: string;
  color?: boolean;
}
