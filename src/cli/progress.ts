// Progress on a terminal's stderr while the slow parts run (probes, engines): one line, rewritten in
// place with the elapsed time and erased when done. Nothing shows for work that ends within SHOW_AFTER,
// and nothing at all off a terminal, in CI, for machine formats or under --quiet (the caller decides).
import { UI } from '../catalog/ui.js';
import type { Progress, ProgressStep } from '../doctor.js';
import type { Lang } from '../types.js';
import { inCi } from './stdio.js';

/** Below this, work feels instant: no line, no redraw timer. */
export const SHOW_AFTER = 300;
const REDRAW = 250;
/** Back to the line's start, and erase it. */
const ERASE = '\r\u001b[2K';

/** Whether progress may be shown: a terminal on stderr, text output, not --quiet, not CI. */
export function progressWanted(opts: { stderrTTY: boolean; format: string; quiet: boolean; env: NodeJS.ProcessEnv }) {
  return opts.stderrTTY && opts.format === 'text' && !opts.quiet && !inCi(opts.env);
}

export function stepWords(step: ProgressStep, lang: Lang): string {
  const ui = UI[lang];
  if (step.kind === 'probing') return ui.progressProbing(step.setups, step.hosts.join(ui.listSeparator));
  if (step.kind === 'engines') return ui.progressEngines(step.engines);
  return ui.progressContainers(step.containers, step.engines);
}

// Stryker disable next-line ArrowFunction: equivalent in tests, which pass their own clock
export function terminalProgress(write: (s: string) => void, lang: Lang, now = () => Date.now()): Progress {
  const steps = new Map<ProgressStep['kind'], ProgressStep>();
  let started = 0;
  let shown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const draw = () => {
    const seconds = ((now() - started) / 1000).toFixed(1);
    const words = [...steps.values()].map((s) => stepWords(s, lang)).join(' · ');
    write(`${ERASE}${words} ${seconds} s`);
    shown = true;
    // unref: a redraw never keeps the run alive.
    timer = setTimeout(draw, REDRAW);
    // Stryker disable next-line OptionalChaining: equivalent, Node's timers always have unref
    timer.unref?.();
  };
  return {
    step(step) {
      // Containers are counted once their engines answered: that count replaces "asking engines".
      if (step.kind === 'containers') steps.delete('engines');
      steps.set(step.kind, step);
      if (!timer && !shown) {
        started = now();
        timer = setTimeout(draw, SHOW_AFTER);
        // Stryker disable next-line OptionalChaining: equivalent, Node's timers always have unref
        timer.unref?.();
      }
    },
    end(kind) {
      steps.delete(kind);
      if (kind === 'containers') steps.delete('engines');
      if (!steps.size) this.done();
    },
    done() {
      clearTimeout(timer);
      timer = undefined;
      steps.clear();
      if (shown) write(ERASE);
      shown = false;
    },
  };
}
