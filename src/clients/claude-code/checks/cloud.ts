// Bedrock and Vertex AI: the variables each needs, and model ids of the right provider (reference: Claude Code §3).
import type { CloudGap, CloudProvider, ModelStyle } from '../../../catalog/claude-code-env.js';
import { finding, type Finding } from '../../../findings.js';
import { showText } from '../../../secrets.js';
import { isDefaultEndpoint } from '../../../checks/base-url.js';
import type { Setting } from '../../../types.js';
import type { ClaudeCodeFacts } from '../facts.js';
import { effective } from '../precedence.js';
import { type ClaudeCodeCheckInput, isOn, of, setValue } from './shared.js';

const anySet = (facts: ClaudeCodeFacts, names: string[]) => names.some((name) => setValue(facts, name));

function bedrockGaps(facts: ClaudeCodeFacts): CloudGap[] {
  const gaps: CloudGap[] = [];
  if (!setValue(facts, 'AWS_REGION')) gaps.push('region');
  const credentials = anySet(facts, ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_BEARER_TOKEN_BEDROCK']);
  if (!credentials && !isOn(facts, 'CLAUDE_CODE_SKIP_BEDROCK_AUTH')) gaps.push('credentials');
  return gaps;
}

const VERTEX_PROJECT = [
  'ANTHROPIC_VERTEX_PROJECT_ID',
  'GCLOUD_PROJECT',
  'GOOGLE_CLOUD_PROJECT',
  'GOOGLE_APPLICATION_CREDENTIALS',
];

function vertexGaps(facts: ClaudeCodeFacts): CloudGap[] {
  const gaps: CloudGap[] = [];
  if (!setValue(facts, 'CLOUD_ML_REGION')) gaps.push('region');
  if (!anySet(facts, VERTEX_PROJECT) && !isOn(facts, 'CLAUDE_CODE_SKIP_VERTEX_AUTH')) gaps.push('project');
  return gaps;
}

const SWITCH: Record<CloudProvider, string> = { bedrock: 'CLAUDE_CODE_USE_BEDROCK', vertex: 'CLAUDE_CODE_USE_VERTEX' };
const GAPS: Record<CloudProvider, (facts: ClaudeCodeFacts) => CloudGap[]> = {
  bedrock: bedrockGaps,
  vertex: vertexGaps,
};

export function checkCloudVariables(input: ClaudeCodeCheckInput): Finding[] {
  const { facts } = input;
  return (['bedrock', 'vertex'] as const).flatMap((provider) => {
    if (!isOn(facts, SWITCH[provider])) return [];
    const missing = GAPS[provider](facts);
    if (!missing.length) return [];
    const location = effective(facts, SWITCH[provider])!.entry.location;
    // Bedrock: the AWS SDK's own chain (~/.aws, SSO, an instance role) may supply both, and from
    // Claude Code 2.1.172 the profile's region is enough: a warning. Vertex has no such fallback.
    const extras = { location, ...(provider === 'bedrock' ? { severity: 'warning' as const } : {}) };
    return [of(input, finding('claude-code/cloud-missing-variables', { provider, missing }, extras))];
  });
}

/** How a model id is spelt; undefined for aliases (sonnet, opus, …) and ids of no known style. */
export function modelStyle(model: string): ModelStyle | undefined {
  const id = model.trim();
  if (/^arn:aws[a-z-]*:bedrock:/.test(id) || /^([a-z]+\.)?anthropic\.claude/.test(id)) return 'bedrock';
  if (/^claude-[^@\s]+@\S+$/.test(id)) return 'vertex';
  if (/^claude-/.test(id)) return 'anthropic';
  return undefined;
}

/** The style the provider needs; undefined where any id may be right (Foundry, a gateway). */
function neededStyle(input: ClaudeCodeCheckInput): ModelStyle | undefined {
  const { facts, profile } = input;
  if (isOn(facts, 'CLAUDE_CODE_USE_BEDROCK')) return 'bedrock';
  if (isOn(facts, 'CLAUDE_CODE_USE_VERTEX')) return 'vertex';
  if (isOn(facts, 'CLAUDE_CODE_USE_FOUNDRY') || isOn(facts, 'CLAUDE_CODE_USE_ANTHROPIC_AWS')) return undefined;
  // A gateway may map any id to any provider.
  if (profile.baseUrl && !isDefaultEndpoint(profile.baseUrl.value)) return undefined;
  return 'anthropic';
}

export function checkCloudModels(input: ClaudeCodeCheckInput): Finding[] {
  const needs = neededStyle(input);
  if (!needs) return [];
  const models = [input.profile.model, ...(input.profile.reads ?? [])].filter((s): s is Setting => Boolean(s));
  return models.flatMap((s) => {
    const has = modelStyle(s.value);
    if (!has || has === needs) return [];
    // The reference says Vertex ids carry @version, but newer models may not: unverified, so a warning.
    const unverified = needs === 'vertex' && has === 'anthropic';
    const args = { name: s.name, model: showText(s.value.trim()), needs, has, unverified };
    const extras = { location: s.location, ...(unverified ? { severity: 'warning' as const } : {}) };
    return [of(input, finding('claude-code/cloud-model-mismatch', args, extras))];
  });
}
