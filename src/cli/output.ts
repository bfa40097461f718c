/** A destination for output that outlives its reader without crashing. */
export interface Output {
  /** Resolves once the text is handed to the OS, or at once when the reader is gone. */
  write(text: string): Promise<void>;
  /** The reader went away (`sift … | head`): there is no point producing more. */
  readonly closed: boolean;
}

/**
 * Node reports a closed pipe as an 'error' event, fatal unless something listens for it, and as
 * EPIPE to the pending write. Here it only marks the output closed, so the run stops quietly, as
 * `cat` and `grep` do; other write errors (a full disk) still reject.
 */
export function outputTo(stream: NodeJS.WritableStream): Output {
  let closed = false;
  stream.on('error', () => {
    // Delivered to the pending write's callback below.
  });
  return {
    get closed() {
      return closed;
    },
    write: (text) =>
      new Promise((resolve, reject) => {
        if (closed) return resolve();
        stream.write(text, (error) => {
          if (!error) return resolve();
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'EPIPE' && code !== 'ERR_STREAM_DESTROYED') return reject(error);
          closed = true;
          resolve();
        });
      }),
  };
}
