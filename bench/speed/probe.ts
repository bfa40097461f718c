/**
 * The probe the bench puts into each toolbar popup before its first script runs (DevTools
 * `Page.addScriptToEvaluateOnNewDocument`, so the extension's CSP does not apply and neither popup
 * carries bench code). It notes, as wall-clock times comparable with the bench's own `Date.now()`:
 * `shown` when body[data-state] becomes "ready" and `names` when the names are in (the "Finding who
 * is speaking" note hidden: the first marked name, when the article names anyone), each after the
 * frame that paints it, and `marked`, how many names are marked then; `first` when the first marked
 * name is painted (none when the article names no one).
 */
export const PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/popup.html') || globalThis.__siftBench) return;
  const marks = {};
  globalThis.__siftBench = marks;
  const painted = (name) => {
    if (name in marks) return;
    marks[name] = null;
    const done = () => { if (marks[name] === null) marks[name] = Date.now(); };
    requestAnimationFrame(() => setTimeout(done, 0));
  };
  const check = () => {
    const state = document.body && document.body.getAttribute('data-state');
    if (state && state !== 'loading') marks.state = state;
    if (state === 'ready') painted('shown');
    if (!('first' in marks) && document.querySelector('[data-sift="article"] [data-entity]')) painted('first');
    const note = document.querySelector('[data-sift="annotating"]');
    if (state === 'ready' && !('names' in marks) && note && note.hidden) {
      marks.marked = document.querySelectorAll('[data-sift="article"] [data-entity]').length;
      painted('names');
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'hidden'] });
  check();
})()`;

export interface ProbeMarks {
  state?: string;
  shown?: number | null;
  names?: number | null;
  marked?: number;
  first?: number | null;
}
