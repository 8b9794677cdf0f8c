import { type ComponentType, lazy, type ReactNode, Suspense, useState } from 'react';
import { whenIdle } from './after-first-page';

/**
 * A component whose code no first paint needs (a dialog, a form below the fold): its chunk is
 * fetched when the browser is idle after the page that imports it is shown, or when it is first
 * rendered, whichever is sooner. Rendered before its code is in, it shows `fallback` (a
 * LoadingState for a section, nothing for a dialog); once in, it renders at once, so a dialog
 * opened after the page settled shows no loading step.
 */
export function deferred<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  fallback: ReactNode = null,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A dropped connection: the next render asks again.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  if (typeof window !== 'undefined') whenIdle(() => void preload().catch(() => undefined));

  function Deferred(props: Props) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component would remount it.
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
