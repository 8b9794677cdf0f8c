import { useEffect, useState } from 'react';

/**
 * Code that no first paint needs (the notice host, the account menu) is fetched only once the
 * first page is on screen and the browser is idle: on a slow phone connection it then does not
 * share the bandwidth with the page being waited for, and it is not part of the first load
 * (`nx run web:size`). `requestIdleCallback` where the browser has it, else the next task.
 */
export function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = window.setTimeout(callback, 200);
  return () => window.clearTimeout(timer);
}

/**
 * False until the browser is idle after the component's first render. For a component rendered
 * with the first page (the router shows the layout once the first page's code is in), that is
 * after the first page is on screen.
 */
export function useIdleAfterFirstRender(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle;
}
