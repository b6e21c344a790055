// Writing results and errors from the CLI: stdout for records, stderr for diagnostics.
import type { RasidError } from '../errors.js';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Whether stderr is a terminal (colours, hints about stdin). */
  readonly isTTY: boolean;
  readonly stdinIsTTY: boolean;
}

export const processIo: Io = {
  out: (s) => { process.stdout.write(s); },
  err: (s) => { process.stderr.write(s); },
  isTTY: Boolean(process.stderr.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
};

/** One error as the CLI prints it: code, message, hint. */
export function formatError(e: RasidError): string {
  return `  ${e.code}  ${e.message}\n      hint: ${e.hint}\n`;
}

/** The summary of rejected inputs printed on stderr at the end of a run. */
export function rejectionSummary(rejected: { origin: string; error: RasidError }[], total: number): string {
  const lines = [`rasid: ${rejected.length} of ${total} input${total === 1 ? '' : 's'} rejected; the others were processed:`];
  for (const r of rejected) lines.push(formatError(r.error).trimEnd());
  return lines.join('\n') + '\n';
}
