import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { problemOf } from '../graphql/problem';
import { showServerFieldErrors } from './server-field-errors';

/**
 * What a form or a dialog shows about its last send: `failure` is the API's refusal (for
 * `<ProblemAlert>`), `done` what `send` resolved to once it went through (a sentence saying what
 * happened, or nothing when the caller moves on by itself), `saved` whether it went through.
 */
export interface Sending<Done> {
  failure: unknown;
  done: Done | null;
  saved: boolean;
  sending: boolean;
  /** Forgets the last outcome (a form opened again, a new entry started). */
  clear: () => void;
}

/**
 * Sends once and keeps the outcome, for an action with no form fields (a confirmation, a release).
 * A refusal is kept, never thrown: the screen shows it where the action is.
 */
export function useSending<Args extends unknown[], Done = void>(
  send: (...args: Args) => Promise<Done>,
): Sending<Done> & { run: (...args: Args) => Promise<void> } {
  const [failure, setFailure] = useState<unknown>(null);
  // Boxed so that a send resolving to nothing still counts as done.
  const [outcome, setOutcome] = useState<{ done: Done } | null>(null);
  const [sending, setSending] = useState(false);
  const run = async (...args: Args) => {
    setFailure(null);
    setOutcome(null);
    setSending(true);
    try {
      const done = await send(...args);
      setOutcome({ done });
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };
  const clear = () => {
    setFailure(null);
    setOutcome(null);
  };
  return { failure, done: outcome?.done ?? null, saved: outcome !== null, sending, clear, run };
}

/**
 * The one way a form is sent: its rules run first; then `send`, and when the API refuses, its
 * messages about `fields` go beside those inputs (forms/server-field-errors.tsx) and the refusal
 * is kept as `failure` for the `<ProblemAlert>` above or below the form.
 */
export function useFormSending<Values extends object, Done = void>(
  form: UseFormReturnType<Values>,
  fields: readonly (keyof Values & string)[],
  send: (values: Values) => Promise<Done>,
): Sending<Done> & { onSubmit: ReturnType<UseFormReturnType<Values>['onSubmit']> } {
  const { run, ...sending } = useSending(async (values: Values) => {
    try {
      return await send(values);
    } catch (error) {
      showServerFieldErrors(form, problemOf(error), fields);
      throw error;
    }
  });
  return { ...sending, onSubmit: form.onSubmit((values) => run(values)) };
}
