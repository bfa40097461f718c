/** Milliseconds on a monotonic clock where there is one (browsers, Node), else wall time. */
export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
