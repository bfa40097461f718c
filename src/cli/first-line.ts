/** The one line a user sees for an error: its message's first line, never empty. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!.trim() || 'unknown error';
}
