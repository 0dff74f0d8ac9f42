/**
 * Options shared by the report formats.
 */
export interface ReportOptions {
  /** ANSI colours (human format only). */
  color?: boolean;
  /** Also show each message's cause: the stack trace of an internal error, the error behind a failed write. */
  verbose?: boolean;
}
