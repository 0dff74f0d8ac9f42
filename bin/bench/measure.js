// Run a command and measure its wall-clock time and the peak PSS of its whole process tree
// (Chromium's processes included), sampled from /proc/<pid>/smaps_rollup every 100 ms.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** @returns {Map<number, number[]>} Children by parent pid. */
function childrenByParent() {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields after the last ")" are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** @param {number} root @returns {number} PSS of the tree in bytes. */
function treePss(root) {
  const children = childrenByParent();
  let total = 0;
  for (const stack = [root]; stack.length > 0; ) {
    const pid = stack.pop();
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // Gone, or not ours to read.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** @returns {number} CPU seconds (user + system) of this process's waited-for descendants so far. */
function childrenCpu() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat (cutime, cstime), in clock ticks of 1/100 s on Linux.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{cwd?: string, memory?: boolean}} options
 * @returns {Promise<{seconds: number, cpu: number, peakPss: number, code: number | null, stdout: string}>}
 */
export function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const cpuBefore = childrenCpu();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peakPss = 0;
    const timer = options.memory === false ? undefined : setInterval(() => (peakPss = Math.max(peakPss, treePss(child.pid))), 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0 && code !== 1) process.stderr.write(`bench: ${command} ${args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}\n`);
      // CPU time is what a busy machine does not inflate: the ratios on it hold when wall-clock ones do not.
      resolve({ seconds, cpu: childrenCpu() - cpuBefore, peakPss, code, stdout });
    });
  });
}
