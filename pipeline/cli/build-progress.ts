/**
 * What `build` shows while it runs. On a terminal: one line per stage and format (done/total,
 * the article last finished, elapsed time), redrawn in place on stderr and erased at the end, so
 * the report that follows is all that stays. Elsewhere (CI logs): one line per output, printed as
 * it is written, so a slow or stuck build shows how far it got.
 */
import type { VFile } from 'vfile';
import type { BuildProgress } from '../build.ts';

/** A progress listener that also has to be stopped. */
export interface ProgressDisplay extends BuildProgress {
  /** Stop redrawing and erase what was drawn. */
  end(): void;
}

interface Stage {
  name: string;
  total?: number;
  done: Set<string>;
  current?: string;
  started: number;
  ended?: number;
}

/** Cursor to the start of the line `n` rows up, then erase to the end of the screen. */
const up = (rows: number) => (rows > 0 ? `\u001B[${rows}F` : '\r') + '\u001B[J';

/**
 * The live display for a terminal.
 *
 * @param write Writes to the terminal (stderr).
 * @param options `columns`: the terminal's width; `interval`: milliseconds between redraws of the clock.
 * @returns The listener to pass to `build`, and `end` to erase it.
 */
export function terminalProgress(write: (text: string) => void, options: { columns?: number; interval?: number } = {}): ProgressDisplay {
  const stages: Stage[] = [];
  // A pseudo-terminal without a size reports 0 columns.
  const width = Math.max(20, (options.columns || 80) - 1);
  let rows = 0;
  let ended = false;
  const seconds = (stage: Stage) => `${(((stage.ended ?? performance.now()) - stage.started) / 1000).toFixed(1)} s`;
  const line = (stage: Stage) => {
    const count = stage.total === undefined ? `${stage.done.size} written` : `${stage.done.size}/${stage.total}`;
    const mark = stage.ended === undefined ? '›' : '✓';
    const parts = [mark, stage.name.padEnd(6), stage.name === 'check' || stage.name === 'prune' ? '' : count, seconds(stage), stage.ended === undefined ? (stage.current ?? '') : ''];
    const text = parts.filter(Boolean).join('  ');
    // A wrapped line would throw off the count of rows to move up.
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  };
  const draw = () => {
    if (ended) return;
    const lines = stages.map(line);
    write(`${up(rows)}${lines.map((text) => `${text}\n`).join('')}`);
    rows = lines.length;
  };
  const timer = setInterval(draw, options.interval ?? 200);
  // The clock must never keep a finished process alive.
  timer.unref();
  return {
    stage(name, total) {
      stages.push({ name, total, done: new Set(), started: performance.now() });
      draw();
    },
    stageEnd(name) {
      const stage = stages.find((each) => each.name === name && each.ended === undefined);
      if (stage) stage.ended = performance.now();
      draw();
    },
    written(file: VFile, _output: string, name: string) {
      const stage = stages.find((each) => each.name === name) ?? stages.at(-1);
      if (!stage) return;
      stage.done.add(file.path);
      stage.current = file.path;
      draw();
    },
    end() {
      clearInterval(timer);
      if (!ended && rows > 0) write(up(rows));
      ended = true;
    },
  };
}

/**
 * One line per output as it is written: `content/a.md → output/html/a.html`.
 *
 * @param write Where the lines go.
 * @param shown How to print an output's path.
 * @returns The listener to pass to `build`.
 */
export function outputLines(write: (text: string) => void, shown: (output: string) => string): ProgressDisplay {
  return {
    stage: () => undefined,
    written: (file, output) => write(`${file.path} → ${shown(output)}\n`),
    end: () => undefined,
  };
}
