// The parts of the Engine API's answers that the docker source reads, checked before use: an engine
// (or something that only pretends to be one) may answer anything, and a wrong shape must become
// "not a Docker engine answer", not a TypeError.

export interface ListedContainer {
  Id: string;
  Names?: string[];
  Image: string;
  /** The command line as one string (entrypoint and arguments). */
  Command?: string;
}

export interface InspectedContainer {
  Id: string;
  Name: string;
  Config: {
    Image: string;
    Env?: string[] | null;
    Labels?: Record<string, string> | null;
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    WorkingDir?: string;
  };
  State: { Running: boolean; StartedAt?: string };
  Mounts?: { Source?: string; Name?: string; Destination: string }[] | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown) => Array.isArray(v) && v.every(isString);
const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || v === null || test(v);

export function isContainerList(json: unknown): json is ListedContainer[] {
  return (
    Array.isArray(json) &&
    json.every(
      (c) =>
        isObject(c) &&
        isString(c.Id) &&
        isString(c.Image) &&
        (c.Names === undefined || strings(c.Names)) &&
        optional(c.Command, isString),
    )
  );
}

export function isInspectedContainer(json: unknown): json is InspectedContainer {
  if (!isObject(json) || !isString(json.Id) || !isString(json.Name) || !isObject(json.Config) || !isObject(json.State))
    return false;
  const { Config: config, State: state } = json;
  return (
    isString(config.Image) &&
    optional(config.Env, strings) &&
    optional(config.Labels, (l) => isObject(l) && Object.values(l).every(isString)) &&
    optional(config.Entrypoint, strings) &&
    optional(config.Cmd, strings) &&
    optional(config.WorkingDir, isString) &&
    typeof state.Running === 'boolean' &&
    optional(state.StartedAt, isString) &&
    optional(
      json.Mounts,
      (m) =>
        Array.isArray(m) &&
        m.every(
          (x) => isObject(x) && isString(x.Destination) && optional(x.Source, isString) && optional(x.Name, isString),
        ),
    )
  );
}
