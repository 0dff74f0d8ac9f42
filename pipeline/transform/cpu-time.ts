/**
 * The clock of the per-article time budgets: CPU time of this process, not wall-clock time. On
 * a machine shared with other jobs, an ordinary article took 50 s of wall-clock time to lint
 * (measured on 2 cores under seven test suites) while costing a fraction of that in CPU; a
 * budget on the wall clock would refuse good articles whenever the machine is busy. CPU time is
 * what the article itself costs, and a runaway rule burns it as fast as the machine allows.
 */

/**
 * Milliseconds of CPU (user and system) this process has used so far.
 *
 * @returns A reading to subtract from a later one.
 */
export function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
