/**
 * `pressroom dev`: build, serve the web edition on 127.0.0.1, watch the sources, rebuild on
 * change, tell open pages to reload. Rebuilds go through the normal `build` with its lint and
 * build caches, so only the edited article is linted and printed again (plus the pages that
 * list it); one browser serves every rebuild of the session; the server never stops for bad
 * input: a failed rebuild becomes what the pages show.
 */
import path from 'node:path';
import { build, type BuildOptions, type BuildProgress, type BuildResult } from '../build.ts';
import { sharedBrowser } from '../render/browser/shared-browser.ts';
import { launchBrowser } from '../render/browser/launch-browser.ts';
import { TEMPLATES_DIR } from '../render/html/template.ts';
import { DEFAULT_PATHS } from '../check.ts';
import { startDevServer } from './dev-server.ts';
import { pageReports, type DevState } from './page-reports.ts';
import { rebuildQueue } from './rebuild-queue.ts';
import { reloadChannel } from './reload-channel.ts';
import { watchSources, type SourceWatcher } from './watch-sources.ts';

export interface DevOptions extends Omit<BuildOptions, 'progress' | 'browser' | 'force'> {
  /** Port for the server; 0 picks a free one. */
  port: number;
  /** Milliseconds of quiet after a change before rebuilding. */
  delay?: number;
}

/** What the session tells its caller (the CLI prints it). */
export interface DevHooks {
  /**
   * A build starts.
   *
   * @param changed Absolute paths whose change caused it (empty for the first build).
   * @returns A progress listener for this build, if wanted.
   */
  started(changed: string[]): BuildProgress | undefined;
  /**
   * A build ended.
   *
   * @param outcome The result, or the error that stopped the build; and how long it took.
   */
  finished(outcome: { result?: BuildResult; error?: Error; milliseconds: number; changed: string[] }): void;
  /** The watcher failed; the session goes on. */
  watchError(error: Error): void;
}

export interface DevSession {
  url: string;
  /** The state of the last build. */
  state(): DevState;
  /** Stop watching, close the server, wait for a running build, close the browser. */
  close(): Promise<void>;
}

/**
 * Start a session: the first build, then the server and the watcher.
 *
 * @param options What to build and where to serve it.
 * @param hooks Listeners.
 * @returns The running session.
 * @throws The server's listen error (a port in use), after closing the browser.
 */
export async function startDev(options: DevOptions, hooks: DevHooks): Promise<DevSession> {
  // The session closes the browser itself on Ctrl-C, after the server (see cli/run-dev.ts).
  const browser = sharedBrowser(() => launchBrowser({ signals: false }));
  const htmlDir = path.join(path.resolve(options.cwd, options.outDir), 'html');
  // The server serves the web edition, so it is always built; the handouts come before it.
  const formats = [...new Set([...options.formats, 'html' as const])];
  let state: DevState = { pages: new Map(), general: [], blocked: true };
  let configPath: string | undefined;
  let contentDir: string | undefined;

  const rebuild = async (changed: string[]) => {
    const progress = hooks.started(changed);
    const started = performance.now();
    try {
      const result = await build({ ...options, formats, progress, browser });
      state = pageReports(result, htmlDir);
      configPath = result.config?.configPath ?? result.configFile?.path ?? configPath;
      contentDir = result.config?.contentDir ?? contentDir;
      hooks.finished({ result, milliseconds: performance.now() - started, changed });
    } catch (error) {
      // A locked output folder, a disk that is full: shown on every page until a rebuild succeeds.
      const message = (error as Error).message;
      state = { pages: new Map(), general: [{ file: 'pressroom', findings: [{ ruleId: 'build', severity: 'error', message }] }], blocked: true };
      hooks.finished({ error: error as Error, milliseconds: performance.now() - started, changed });
    }
  };

  await rebuild([]);
  const channel = reloadChannel();
  const queue = rebuildQueue(async (changed) => {
    await rebuild(changed);
    channel.send('reload', { changed: changed.map((file) => path.relative(options.cwd, file)) });
  });
  let server;
  try {
    server = await startDevServer({ htmlDir, port: options.port, channel, state: () => state });
  } catch (error) {
    await browser.close();
    throw error;
  }
  const given = (options.paths.length > 0 ? options.paths : DEFAULT_PATHS).map((given) => path.resolve(options.cwd, given));
  let watcher: SourceWatcher | undefined;
  try {
    watcher = await watchSources({
      paths: [...new Set([...(contentDir ? [contentDir] : given), TEMPLATES_DIR, ...(configPath ? [path.resolve(options.cwd, configPath)] : [])])],
      ignore: [path.resolve(options.cwd, options.outDir)],
      delay: options.delay,
      onChange: (changed) => queue.request(changed),
      onError: (error) => hooks.watchError(error),
    });
  } catch (error) {
    await server.close();
    await browser.close();
    throw error;
  }
  const running = server;
  return {
    url: running.url,
    state: () => state,
    async close() {
      queue.stop();
      await watcher?.close();
      await running.close();
      await queue.idle();
      await browser.close();
    },
  };
}
