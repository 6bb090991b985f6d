// A LiteLLM proxy container's config: the path its command gives (`--config PATH`, `--config=PATH`,
// `-c PATH`; relative to its working directory), else /app/config.yaml, where the LiteLLM docs mount it
// (unverified as a default of the image itself: without --config the proxy may read no file at all, and
// then there is nothing at that path either). The file and the container's environment go to the LiteLLM
// client's reader, which resolves os.environ/X against that environment.
import { posix } from 'node:path';
import { readContainerConfig } from '../clients/litellm/sources.js';
import type { LitellmConfigFacts } from '../clients/litellm/sources.js';
import type { Location, Setting, SourceProblem } from '../types.js';
import type { InspectedContainer } from './docker-shapes.js';

export const DEFAULT_LITELLM_CONFIG = '/app/config.yaml';

export function litellmConfigPath(config: InspectedContainer['Config']): string {
  const args = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
  let given: string | undefined;
  args.forEach((arg, i) => {
    if ((arg === '--config' || arg === '-c') && args[i + 1] !== undefined) given = args[i + 1];
    else if (arg.startsWith('--config=')) given = arg.slice('--config='.length);
  });
  if (!given?.trim()) return DEFAULT_LITELLM_CONFIG;
  return posix.resolve(config.WorkingDir || '/', given);
}

/** The container's environment as LiteLLM's os.environ sees it (`NAME` alone, without `=`, is unset). */
export function containerEnv(entries: readonly string[]): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

export interface ContainerPlace {
  id: string;
  name: string;
  image: string;
}

export function readLitellmInContainer(
  c: ContainerPlace & { hosts: string[]; env: NodeJS.ProcessEnv },
  path: string,
  text: string,
): { settings: Setting[]; problems: SourceProblem[]; facts?: LitellmConfigFacts } {
  const base = { kind: 'container' as const, id: c.id, name: c.name, image: c.image };
  return readContainerConfig({
    path: `${c.name}:${path}`,
    text,
    env: c.env,
    hosts: c.hosts,
    place: (pos): Location => ({ ...base, path, ...pos }),
    envPlace: (name): Location => ({ ...base, env: name }),
  });
}
