/** Milliseconds on a monotonic clock where there is one (browsers, Node), else wall time. */
export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Whether a `now()` deadline has come; Infinity (no deadline) never does, and costs no clock read. */
export const hasPassed = (deadline: number): boolean => deadline < Infinity && now() >= deadline;
