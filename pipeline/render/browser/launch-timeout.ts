/**
 * A Chromium that hangs at launch is killed after the configured time. Puppeteer's `launch`
 * resolves only once the browser answers, and gives no handle to its process before that; a
 * browser that never answers would keep the build silent for minutes (Puppeteer's protocol
 * timeout) and its process, holding the pipe, would keep Node from exiting. So on timeout the
 * browser processes this process started meanwhile are found (Linux: /proc) and their process
 * groups killed (Puppeteer starts the browser as the leader of its own group).
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Thrown when the browser did not answer in time; it has been killed. */
export class BrowserHungError extends Error {}

/**
 * Run `launch`, killing what it started if it does not resolve within `timeout`.
 *
 * @param launch Starts the browser.
 * @param executablePath The executable it starts (to recognise its processes).
 * @param timeout Milliseconds.
 * @returns What `launch` resolves to.
 * @throws BrowserHungError after killing the browser when it takes longer.
 */
export async function launchWithin<T>(launch: () => Promise<T>, executablePath: string, timeout: number): Promise<T> {
  const before = new Set(ourChildren());
  const started = launch();
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), timeout);
  });
  try {
    const first = await Promise.race([started, hung]);
    if (first !== 'hung') return first;
  } finally {
    clearTimeout(timer);
  }
  for (const pid of ourChildren()) {
    if (before.has(pid) || !startedFrom(pid, executablePath)) continue;
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Already gone, or not a group leader.
      }
    }
  }
  // Puppeteer's own launch now fails on the closed pipe; its error is this one.
  started.catch(() => undefined);
  throw new BrowserHungError(
    `Chromium (${executablePath}) did not start within ${timeout} ms (\`pdf.timeout\`) and was stopped; check that it runs on this machine (\`${executablePath} --headless --version\`), set PUPPETEER_EXECUTABLE_PATH to another Chromium or Chrome, or raise \`pdf.timeout\` in pressroom.yaml if the machine is very slow`,
  );
}

/** Process ids whose parent is this process (none where /proc is not available). */
function ourChildren(): number[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const children: number[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // `pid (comm) state ppid …`: comm may hold spaces and parentheses, so split after the last `)`.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) children.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/**
 * Whether a new child is the browser: it runs the executable, or (a script that `exec`s another
 * program) it leads its own process group, as Puppeteer starts the browser.
 */
function startedFrom(pid: number, executablePath: string): boolean {
  try {
    if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(executablePath)) return true;
    if (readlinkSync(`/proc/${pid}/exe`) === executablePath) return true;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pid;
  } catch {
    return false;
  }
}
