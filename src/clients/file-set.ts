// The files of one source: the paths the user named (which must exist), else the defaults that exist.
import type { FileSet } from '../sources/read-text.js';
import type { HostContext } from './types.js';

export const fileSet = (
  given: string[] | undefined,
  defaults: readonly string[],
  ctx: Pick<HostContext, 'opts' | 'home'>,
): FileSet => ({
  paths: given?.length ? given : [...defaults],
  explicit: Boolean(given?.length),
  cwd: ctx.opts.cwd,
  home: ctx.home,
});
