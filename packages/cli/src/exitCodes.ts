/** The exit codes every portway command uses. */
export const exitCodes = {
  /** Nothing wrong. */
  ok: 0,
  /** The input was read and has error findings. */
  findings: 1,
  /** The input could not be read, or the command was used wrongly. */
  usage: 2,
} as const;

/** A problem with the input or the usage: reported in one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
