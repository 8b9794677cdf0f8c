import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves the draft a moment after the partner stops typing. One save at a time: a change made while
 * a save is on its way is saved right after it (with the revision that save returned), so the
 * server never refuses our own newer text as stale and no typing is lost. The form's own state is
 * never replaced by the server's answer.
 */
export function useDraftAutosave<T>(
  save: (value: T, expectedRevision: number) => Promise<number>,
  initialRevision: number,
  delayMs = 800,
) {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const revision = useRef(initialRevision);
  const latest = useRef<{ value: T } | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) await inFlight.current;
    const next = latest.current;
    if (!next) return;
    latest.current = null;
    setStatus('saving');
    const run = (async () => {
      try {
        revision.current = await saveRef.current(next.value, revision.current);
        setStatus(latest.current ? 'pending' : 'saved');
      } catch {
        // Keep the unsaved value so the next change (or submit) tries again with it.
        latest.current ??= next;
        setStatus('error');
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      latest.current = { value };
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { status, schedule, flush, revision };
}
