/** What a command prints on standard output and how the process exits. */
export interface CommandOutput {
  text: string;
  exitCode: number;
}
