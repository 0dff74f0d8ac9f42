/**
 * One rebuild at a time. Changes that arrive during a rebuild are gathered and start exactly one
 * more rebuild when it ends, so a burst of saves never runs builds side by side (they would
 * fight over the output folder's lock) and the last save is always built.
 */

export interface RebuildQueue {
  /**
   * Ask for a rebuild because of these changes.
   *
   * @param changed Absolute paths that changed.
   */
  request(changed: string[]): void;
  /** Resolves when no rebuild is running or waiting (the session is stopping). */
  idle(): Promise<void>;
  /** Accept no more requests; the running rebuild finishes. */
  stop(): void;
}

/**
 * Make a queue.
 *
 * @param rebuild Runs one rebuild for the gathered changes; must not throw.
 * @returns The queue.
 */
export function rebuildQueue(rebuild: (changed: string[]) => Promise<void>): RebuildQueue {
  let running: Promise<void> | undefined;
  const waiting = new Set<string>();
  let stopped = false;
  const next = () => {
    if (running || waiting.size === 0 || stopped) return;
    const changed = [...waiting];
    waiting.clear();
    running = rebuild(changed).finally(() => {
      running = undefined;
      next();
    });
  };
  return {
    request(changed) {
      if (stopped) return;
      for (const file of changed) waiting.add(file);
      next();
    },
    async idle() {
      while (running) await running;
    },
    stop() {
      stopped = true;
      waiting.clear();
    },
  };
}
