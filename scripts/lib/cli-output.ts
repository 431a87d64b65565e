/** Where a command-line tool run in-process (the query and snapshot CLIs) writes. */
export interface CliOutput {
  /** Standard output. */
  out(text: string): void;
  /** Standard error. */
  err(text: string): void;
}
