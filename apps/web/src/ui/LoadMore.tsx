import { Button } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from './states';

/**
 * The foot of a cursor-paginated list: the next page on request, the button busy while it comes,
 * and what went wrong (with a retry) if it did not, the pages already shown staying put.
 */
export function LoadMore({
  pageInfo,
  fetchNext,
  label,
  testId,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** Reads the page after `after` into the list (fetchMore). */
  fetchNext: (after: string) => Promise<unknown>;
  label: string;
  testId?: string;
}) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = async () => {
    if (!pageInfo.endCursor) return;
    setLoading(true);
    setError(null);
    try {
      await fetchNext(pageInfo.endCursor);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      {error !== null && <ProblemAlert error={error} onRetry={() => void load()} />}
      {pageInfo.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void load()}
          loading={loading}
          style={{ alignSelf: 'flex-start' }}
          data-testid={testId}
        >
          {label}
        </Button>
      )}
    </>
  );
}
