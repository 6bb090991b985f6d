// What a client module is (DESIGN.md, "Clients"): what it reads, which value it really uses, and what
// only it can get wrong. doctor.ts runs every module of the registry (index.ts) and knows none by name.
import type { DoctorOptions } from '../doctor.js';
import type { Finding } from '../findings.js';
import type { BaseUrlStyle, Client, Location, Profile, Setting, SourceKind, SourceProblem } from '../types.js';

/** Where the run looks: the options, the home folder and the environment the user gave. */
export interface HostContext {
  opts: DoctorOptions;
  home: string;
  /** The run's deadline (ms since the epoch): anything a client runs ends by it. */
  deadline: number;
}

/** What a client read of its own files, once per run. `facts` is the client's own business. */
export interface OwnRead<F> {
  settings: Setting[];
  problems: SourceProblem[];
  /** The files read, for the report's list of sources. */
  sources: string[];
  /** Source kinds whose files the user named on the command line (they are the user's choice). */
  explicit?: Partial<Record<SourceKind, boolean>>;
  /**
   * Places (file, line, name) whose value is this client's own marker, not a credential: LibreChat's
   * ANTHROPIC_API_KEY=user_provided in its .env. No client reads a setting at such a place, and no check
   * takes it for a key; the client's own finding explains it.
   */
  markers?: Location[];
  facts: F;
}

/** One place the clients run: the host, or one container. */
export interface Scope<F> {
  /** Every setting of the place (shared sources and every client's own), with trust and file facts. */
  settings: Setting[];
  /** This client's own facts there; undefined when it read nothing. */
  facts?: F;
  /** A container: its name, and its OpenHands version when it runs the Web UI. */
  container?: {
    label: string;
    app: boolean;
    version?: string;
    /** It runs the LiteLLM proxy: its environment is the proxy's (the litellm client's), no SDK program's. */
    proxy?: boolean;
  };
  /** The run's options (absent when a caller resolves settings alone). */
  opts?: DoctorOptions;
}

export interface CheckInput<F> extends Omit<Scope<F>, 'opts'> {
  /** This client's profiles in the scope. */
  profiles: Profile[];
  /** Every client's profiles in the scope. */
  all: Profile[];
  opts: DoctorOptions;
}

/** What a container's inspection found that one client understands (its settings file inside). */
export interface ContainerFacts {
  id: string;
  webFiles: unknown[];
  settingsFacts: unknown[];
  /** A LiteLLM proxy container's config files. */
  litellmConfigs: unknown[];
}

export type { BaseUrlStyle };

export interface ClientModule<F = unknown> {
  id: Client;
  /**
   * Which base URL it expects: one value shared with a client of another style is a finding (url/v1-shared).
   * A profile that differs (an OpenAI-compatible endpoint of a client that is otherwise SDK-based) says so itself.
   */
  baseUrlStyle: BaseUrlStyle;
  /** The client sends its model through LiteLLM, whose provider prefixes and routing rules apply. */
  litellm?: boolean;
  /** The kinds of source this client reads its values from; it never sees the others' settings. */
  reads: readonly SourceKind[];
  /** Reads the client's own files; a client that only reads shared sources has none. */
  read?(ctx: HostContext): OwnRead<F>;
  /** The client's own facts inside one container. */
  inContainer?(container: ContainerFacts): F | undefined;
  /** The profiles this client has in the scope (ids are given afterwards), strongest rule first. */
  profiles(scope: Scope<F>): Profile[];
  /** When no client has a profile, the registry's first client reports one anyway. */
  fallback?(scope: Scope<F>): Profile[];
  checks?(input: CheckInput<F>): Finding[];
  /**
   * This client is a service other clients send requests to (the LiteLLM proxy): how to probe a base URL
   * of another client's profile that is its address, or undefined when it is not.
   */
  serves?(facts: F | undefined, url: string): Profile['probeAs'];
}

/** A module whose facts type does not matter to the caller. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds modules of different fact types
export type AnyClient = ClientModule<any>;
