// Which containers are OpenHands', and which version, from the image and the name (every registry
// and name of every era: docker.all-hands.dev, ghcr.io/all-hands-ai, docker.openhands.dev); and which run
// the LiteLLM proxy (its images, or a command that starts `litellm`).

export type ContainerKind = 'app' | 'runtime' | 'agent-server' | 'litellm' | 'other';

const IMAGE_KINDS: readonly { kind: ContainerKind; image: RegExp }[] = [
  { kind: 'app', image: /(^|\/)(opendevin\/opendevin|all-hands-ai\/openhands|openhands\/openhands)(:|@|$)/ },
  // The official compose file builds `openhands:latest` from source.
  { kind: 'app', image: /^openhands(:|$)/ },
  { kind: 'runtime', image: /(^|\/)(all-hands-ai|openhands|opendevin)\/runtime(:|@|$)/ },
  { kind: 'agent-server', image: /(^|\/)openhands\/agent-server(:|@|$)/ },
  // ghcr.io/berriai/litellm, litellm-database, litellm-non_root, …; Docker Hub's litellm/litellm.
  { kind: 'litellm', image: /(^|\/)(berriai\/litellm(?:-[\w-]+)?|litellm\/litellm)(:|@|$)/ },
];

/** A command that starts the proxy: `litellm --config …`, `python -m litellm …`, a path ending in /litellm. */
const LITELLM_COMMAND = /(^|[\s/])litellm(\s|$)/;

const NAME_KINDS: readonly { kind: ContainerKind; name: RegExp }[] = [
  { kind: 'app', name: /^(openhands|opendevin)-app/ },
  { kind: 'runtime', name: /^openhands-runtime-/ },
  { kind: 'agent-server', name: /^oh-agent-server-/ },
];

export function classifyContainer(
  image: string,
  names: string[],
  command = '',
): { kind: ContainerKind; version?: string } {
  const kind =
    IMAGE_KINDS.find((k) => k.image.test(image))?.kind ??
    NAME_KINDS.find((k) => names.some((n) => k.name.test(n)))?.kind ??
    (LITELLM_COMMAND.test(command) ? 'litellm' : 'other');
  // `…/openhands:0.62`, `…/runtime:0.62-nikolaik`: the tag's leading major.minor is the OpenHands version.
  // The agent-server's own version is not OpenHands', so it is left out.
  const tag = /:([^/:@]+)$/.exec(image)?.[1];
  const version = kind === 'app' || kind === 'runtime' ? /^v?(\d+\.\d+)/.exec(tag ?? '')?.[1] : undefined;
  return version ? { kind, version } : { kind };
}

/** Compares "0.62" with "0.25": negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}
