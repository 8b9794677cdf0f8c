import { useQuery } from '@apollo/client/react';
import { Button, List, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useFormat, useT } from '../../../i18n/use-t';
import { ProblemAlert } from '../../../ui/states';
import { DisbursementTraceabilityQuery } from './sources-operations';

/**
 * Which streams a released tranche drew its cash from, asked of the ledger only when the reader
 * opens it: most readers of a grant never need it, and each tranche is its own query.
 */
export function TrancheDraws({ tranche }: { tranche: { id: string; sequence: number } }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Stack gap={4} align="flex-start" mt={4}>
      <Button
        size="compact-xs"
        variant="subtle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={t('funds.draws.toggleNth', { n: tranche.sequence })}
        onClick={() => setOpen((was) => !was)}
      >
        {t('funds.draws.toggle')}
      </Button>
      {open && (
        <div id={panelId}>
          <Draws disbursementId={tranche.id} />
        </div>
      )}
    </Stack>
  );
}

function Draws({ disbursementId }: { disbursementId: string }) {
  const t = useT();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(DisbursementTraceabilityQuery, {
    variables: { disbursementId },
    fetchPolicy: 'cache-and-network',
  });
  const draws = data?.disbursementTraceability.draws;
  if (loading && !draws) {
    return (
      <Text size="xs" role="status">
        {t('funds.draws.loading')}
      </Text>
    );
  }
  if (error && !draws) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  if (!draws || draws.length === 0) return <Text size="xs">{t('funds.draws.none')}</Text>;
  return (
    <List size="xs" spacing={2}>
      {draws.map((draw) => (
        <List.Item key={draw.fundingStream.id}>
          {t('funds.draws.item', { stream: draw.fundingStream.name, amount: format.money(draw.amount) })}
        </List.Item>
      ))}
    </List>
  );
}
