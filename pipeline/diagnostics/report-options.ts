/**
 * The report formats and the options they share.
 */

/** The report formats, shared by `lint --format` and `build --report`. */
export const reportFormats = ['human', 'json', 'github', 'sarif'] as const;

export interface ReportOptions {
  /** ANSI colours (human format only). */
  color?: boolean;
  /** Also show each message's cause: the stack trace of an internal error, the error behind a failed write. */
  verbose?: boolean;
  /** Directory that SARIF paths are relative to (default: the process's). */
  cwd?: string;
}
