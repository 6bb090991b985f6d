// docker/*: containers that run with something other than what the host has now, or lose their state.
import { finding, type Finding } from '../findings.js';
import type { ContainerFacts } from '../sources/docker.js';
import { compareVersions } from '../sources/docker-images.js';
import type { Setting } from '../types.js';

/** The variables whose value is compared between a container and the host. */
const COMPARED_KEY_VARIABLES = ['LLM_API_KEY', 'ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'];

/**
 * Whole seconds since the epoch. The settings file's time comes from a tar header, which has whole
 * seconds, so a file changed in the second the container started cannot be told apart from one written
 * just before it (or by it, at start-up): only a later second makes the container stale. Comparing the
 * texts instead got this wrong: Go's "10:00:00.0001Z" sorts before the tar's "10:00:00.000Z".
 */
const second = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export function restartCommand(c: ContainerFacts): string {
  return c.compose ? `docker compose -p ${c.compose.project} restart ${c.compose.service}` : `docker restart ${c.name}`;
}

/** How to recreate a container: compose does it in one command; a plain container is removed, then started
 * again by the user's own `docker run` (`rerun`), which claude-doctor cannot know. Words are the catalogue's. */
export function recreateCommand(c: ContainerFacts): { command: string; rerun: boolean } {
  return c.compose
    ? { command: `docker compose -p ${c.compose.project} up -d --force-recreate ${c.compose.service}`, rerun: false }
    : { command: `docker rm -f ${c.name}`, rerun: true };
}

export function checkContainers(containers: ContainerFacts[], settings: Setting[], hostSettings: Setting[]): Finding[] {
  // Indexed once: containers × settings (× host settings) grew with the square of their numbers.
  const byContainer = new Map<string, { setting: Setting; env?: string }[]>();
  for (const s of settings) {
    // Other settings have no id: without this test they would land under undefined, which no container asks for.
    // Stryker disable next-line ConditionalExpression: equivalent, as said above
    if (s.location.kind !== 'container') continue;
    const entry = { setting: s, env: s.location.env };
    const list = byContainer.get(s.location.id);
    if (list) list.push(entry);
    else byContainer.set(s.location.id, [entry]);
  }
  // The host's current value of each variable: the environment first, then .env (as dotenv does).
  const hostValue = new Map<string, Setting>();
  for (const h of hostSettings) {
    if (h.source !== 'env' && h.source !== 'dotenv') continue;
    const known = hostValue.get(h.name);
    if (!known || (known.source !== 'env' && h.source === 'env')) hostValue.set(h.name, h);
  }
  return containers.flatMap((c) => {
    const out: Finding[] = [];
    const location = { kind: 'container' as const, id: c.id, name: c.name, image: c.image };
    if (c.kind === 'app' && (!c.version || compareVersions(c.version, '0.18') >= 0)) {
      const modern = !c.version || compareVersions(c.version, '0.45') >= 0;
      const mountPath = modern ? '/.openhands' : '/.openhands-state';
      if (!c.mounts.some((m) => m.destination === mountPath)) {
        out.push(
          finding(
            'docker/no-state-volume',
            { container: c.name, mountPath, hostPath: modern ? '~/.openhands' : '~/.openhands-state' },
            { location },
          ),
        );
      }
    }
    if (c.running && c.startedAt && c.settingsFile && second(c.settingsFile.mtime) > second(c.startedAt)) {
      out.push(
        finding(
          'docker/stale-container',
          {
            container: c.name,
            startedAt: c.startedAt.replace(/\.\d+Z$/, 'Z'),
            changedAt: c.settingsFile.mtime.replace(/\.\d+Z$/, 'Z'),
            path: c.settingsFile.path,
            restart: restartCommand(c),
          },
          { location: { ...location, path: c.settingsFile.path } },
        ),
      );
    }
    for (const { setting: s, env } of byContainer.get(c.id) ?? []) {
      // Only a variable passed with -e (env), not one read from the container's settings file.
      if (!COMPARED_KEY_VARIABLES.includes(s.name) || !env) continue;
      const host = hostValue.get(s.name);
      if (host && host.value.trim() !== '' && host.value !== s.value) {
        out.push(
          finding(
            'docker/key-differs-from-host',
            { container: c.name, variable: s.name, host: host.location, recreate: recreateCommand(c) },
            { location: s.location },
          ),
        );
      }
    }
    return out;
  });
}
