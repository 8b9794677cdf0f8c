import { Alert, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { type Problem, problemOf } from '../graphql/problem';
import type { MessageId } from '../i18n/messages';
import { useFormat, useT } from '../i18n/use-t';
import { problemSentence } from './problem-message';

/** Something is on its way; announced politely to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <Group role="status" gap="sm" py="lg" justify="center">
      <Loader size="sm" aria-hidden="true" />
      <Text>{label ?? t('state.loading')}</Text>
    </Group>
  );
}

/** A list or section with nothing in it yet: say so, and what can be done. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs" align="flex-start">
        <Text>{children}</Text>
        {action}
      </Stack>
    </Paper>
  );
}

/**
 * The translated sentence for a problem: the reason's own sentence, with money and dates written
 * for the reader's language; a screen may instead say something more specific for a code.
 */
export function useProblemMessage(): (
  problem: Problem,
  specific?: Partial<Record<Problem['code'], MessageId>>,
) => string {
  const t = useT();
  const format = useFormat();
  const intl = useIntl();
  return (problem, specific) => {
    const own = specific?.[problem.code];
    return own
      ? t(own, { minutes: Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60)) })
      : problemSentence(problem, t, format, intl.locale, intl.messages as Record<string, string>);
  };
}

/**
 * An error from the API, as an alert: Braid's own sentence for its reason (figures formatted for
 * the reader), and a way to try again when trying again can help.
 */
export function ProblemAlert({
  error,
  specific,
  onRetry,
}: {
  error: unknown;
  specific?: Partial<Record<Problem['code'], MessageId>>;
  onRetry?: () => void;
}) {
  const t = useT();
  const describe = useProblemMessage();
  const problem = problemOf(error);
  return (
    <Alert color="red" variant="light" role="alert" title={describe(problem, specific)}>
      {onRetry && (
        <Button variant="outline" color="red" size="xs" onClick={onRetry}>
          {t('state.retry')}
        </Button>
      )}
    </Alert>
  );
}
