/**
 * Watch what a build reads (the content folder, the templates, the config) with chokidar, and
 * report bursts of changes as one: an editor's save is often several events (a temporary file,
 * a rename, a change), and a `git checkout` is hundreds.
 */
import path from 'node:path';
import { watch } from 'chokidar';

export interface SourceWatcher {
  /** Stop watching. */
  close(): Promise<void>;
}

export interface WatchOptions {
  /** Files and folders to watch (absolute). */
  paths: string[];
  /** Folders never to react to (absolute): the output folder, in case it lies inside the content. */
  ignore: string[];
  /** Milliseconds of quiet after the last event before `onChange` is called. */
  delay?: number;
  /**
   * Called once per burst.
   *
   * @param changed Absolute paths that were added, changed or removed, in the order first seen.
   */
  onChange(changed: string[]): void;
  /** Called when the watcher fails (a folder that cannot be read). */
  onError(error: Error): void;
}

/**
 * Start watching; resolves once the initial scan is done, so that a change made after it is seen.
 *
 * @param options What to watch and whom to tell.
 * @returns The watcher.
 */
export async function watchSources(options: WatchOptions): Promise<SourceWatcher> {
  const inside = (file: string, folder: string) => file === folder || file.startsWith(folder + path.sep);
  const watcher = watch(options.paths, {
    ignoreInitial: true,
    // Hidden files and folders (.git, editors' swap files) and the output are not sources.
    ignored: (file) => path.basename(file).startsWith('.') || options.ignore.some((folder) => inside(path.resolve(file), folder)),
  });
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (_event, file) => {
    pending.add(path.resolve(file));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending.clear();
      options.onChange(changed);
    }, options.delay ?? 150);
  });
  watcher.on('error', (error) => options.onError(error as Error));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
