import { Alert, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorCode } from '@braid/contracts';
import { type Problem, problemOf } from '../graphql/problem';
import type { MessageId } from '../i18n/messages';
import { useLocale } from '../i18n/LocaleProvider';
import { useT } from '../i18n/use-t';

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
 * The API's own words, which are English. Marked as such so a screen reader reading a Spanish page
 * switches voice rather than mispronouncing them.
 */
export function ServerText({ children }: { children: string }) {
  const { locale } = useLocale();
  return locale === 'en' ? <>{children}</> : <span lang="en">{children}</span>;
}

const CODE_MESSAGES: Record<Problem['code'], MessageId> = {
  [ErrorCode.BAD_USER_INPUT]: 'error.BAD_USER_INPUT',
  [ErrorCode.UNAUTHENTICATED]: 'error.UNAUTHENTICATED',
  [ErrorCode.FORBIDDEN]: 'error.FORBIDDEN',
  [ErrorCode.NOT_FOUND]: 'error.NOT_FOUND',
  [ErrorCode.CONFLICT]: 'error.CONFLICT',
  [ErrorCode.TOO_MANY_REQUESTS]: 'error.TOO_MANY_REQUESTS',
  [ErrorCode.INTERNAL_SERVER_ERROR]: 'error.INTERNAL_SERVER_ERROR',
  NETWORK: 'error.NETWORK',
};

/** The translated sentence for a problem; a screen may say something more specific for a code. */
export function useProblemMessage(): (
  problem: Problem,
  specific?: Partial<Record<Problem['code'], MessageId>>,
) => string {
  const t = useT();
  return (problem, specific) =>
    t(specific?.[problem.code] ?? CODE_MESSAGES[problem.code], {
      minutes: Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60)),
    });
}

/** Codes whose API message adds something a person can act on (which field, which rule). */
const DETAILED = new Set<Problem['code']>([ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT]);

/**
 * An error from the API, as an alert: the translated meaning of its code, then (where it helps) the
 * API's own message, and a way to try again when trying again can help.
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
  const detail =
    DETAILED.has(problem.code) && problem.message && !specific?.[problem.code] ? problem.message : null;
  return (
    <Alert color="red" variant="light" role="alert" title={describe(problem, specific)}>
      <Stack gap="xs" align="flex-start">
        {detail && (
          <Text size="sm">
            <ServerText>{detail}</ServerText>
          </Text>
        )}
        {onRetry && (
          <Button variant="outline" color="red" size="xs" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
