// The variables and files Claude Code reads (reference: Claude Code, sections 1-3: authentication,
// settings, env-vars). The sources read these names only; the checks and precedence read the roles.
import type { Role } from '../types.js';

/** Variables that hold a credential, a model or an endpoint, and the role each one fills. */
export const CLAUDE_CODE_ROLES: Readonly<Record<string, Role>> = {
  ANTHROPIC_API_KEY: 'api_key',
  ANTHROPIC_AUTH_TOKEN: 'auth_token',
  CLAUDE_CODE_OAUTH_TOKEN: 'auth_token',
  ANTHROPIC_BASE_URL: 'base_url',
  ANTHROPIC_MODEL: 'model',
  ANTHROPIC_DEFAULT_OPUS_MODEL: 'model',
  ANTHROPIC_DEFAULT_SONNET_MODEL: 'model',
  ANTHROPIC_DEFAULT_HAIKU_MODEL: 'model',
  ANTHROPIC_SMALL_FAST_MODEL: 'model',
};

export function claudeCodeRole(name: string): Role | undefined {
  return Object.hasOwn(CLAUDE_CODE_ROLES, name) ? CLAUDE_CODE_ROLES[name] : undefined;
}

/** Cloud provider switches: any one of them set to a true value means no Anthropic credential is used. */
export const PROVIDER_SWITCHES = [
  'CLAUDE_CODE_USE_BEDROCK',
  'CLAUDE_CODE_USE_VERTEX',
  'CLAUDE_CODE_USE_FOUNDRY',
  'CLAUDE_CODE_USE_ANTHROPIC_AWS',
] as const;

/** Variables that name a file Claude Code opens at start-up (a CA bundle, a client certificate or key). */
export const PATH_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'CLAUDE_CODE_CLIENT_CERT', 'CLAUDE_CODE_CLIENT_KEY'] as const;

/** Every variable of reference sections 1-3, besides any CLAUDE_CODE_* or VERTEX_REGION_CLAUDE_* one. */
export const CLAUDE_CODE_VARIABLES: readonly string[] = [
  ...Object.keys(CLAUDE_CODE_ROLES),
  ...PROVIDER_SWITCHES,
  ...PATH_VARIABLES,
  'ANTHROPIC_PROFILE',
  'ANTHROPIC_CUSTOM_HEADERS',
  'ANTHROPIC_BETAS',
  'CLAUDE_CONFIG_DIR',
  'CLAUDE_CODE_API_KEY_HELPER_TTL_MS',
  // Bedrock
  'AWS_REGION',
  'AWS_PROFILE',
  'AWS_ACCESS_KEY_ID',
  'AWS_BEARER_TOKEN_BEDROCK',
  'ANTHROPIC_BEDROCK_BASE_URL',
  'CLAUDE_CODE_SKIP_BEDROCK_AUTH',
  // Vertex
  'CLOUD_ML_REGION',
  'ANTHROPIC_VERTEX_PROJECT_ID',
  'GCLOUD_PROJECT',
  'GOOGLE_CLOUD_PROJECT',
  'GOOGLE_APPLICATION_CREDENTIALS',
  'ANTHROPIC_VERTEX_BASE_URL',
  'CLAUDE_CODE_SKIP_VERTEX_AUTH',
  // Network
  'https_proxy',
  'HTTPS_PROXY',
  'http_proxy',
  'HTTP_PROXY',
  'NO_PROXY',
  'no_proxy',
  'NODE_TLS_REJECT_UNAUTHORIZED',
];

const NAMES = new Set(CLAUDE_CODE_VARIABLES);

/** A variable Claude Code reads (and so one the sources keep). */
export function isClaudeCodeVariable(name: string): boolean {
  return NAMES.has(name) || name.startsWith('CLAUDE_CODE_') || name.startsWith('VERTEX_REGION_CLAUDE_');
}

/** A variable whose presence alone says Claude Code is in use here (ANTHROPIC_API_KEY does not). */
export function marksClaudeCode(name: string): boolean {
  return name.startsWith('CLAUDE_CODE_') || name === 'ANTHROPIC_PROFILE';
}

/** Shell start-up files, relative to the home folder. They are read as text, never sourced. */
export const RC_FILES = [
  '.bashrc',
  '.zshrc',
  '.profile',
  '.bash_profile',
  '.zshenv',
  '.config/fish/config.fish',
] as const;

/** The managed-settings folder of each platform (reference: Claude Code, managed-settings). */
export function managedFolder(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return '/Library/Application Support/ClaudeCode';
  if (platform === 'win32') return 'C:\\Program Files\\ClaudeCode';
  return '/etc/claude-code';
}
