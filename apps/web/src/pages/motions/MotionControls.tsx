import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { MotionStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { ProblemAlert } from '../../ui/states';
import { CloseMotionMutation, MotionQuery, OpenMotionMutation, WithdrawMotionMutation } from './operations';

/**
 * The chair opens and closes the vote; the mover (or the chair) may withdraw. Closing asks the API
 * to count: the outcome is computed there, never chosen here.
 */
export function MotionControls({
  motion,
  onChanged,
}: {
  motion: { id: string; collaborativeId: string; status: MotionStatus; movedByUserId: string; title: string };
  onChanged?: () => void;
}) {
  const t = useT();
  const refetch = {
    refetchQueries: [{ query: MotionQuery, variables: { id: motion.id } }],
    awaitRefetchQueries: true,
  };
  const [open, opening] = useMutation(OpenMotionMutation, refetch);
  const [close, closing] = useMutation(CloseMotionMutation, refetch);
  const [withdraw, withdrawing] = useMutation(WithdrawMotionMutation, refetch);
  const [failure, setFailure] = useState<unknown>(null);
  const record = subject('Motion', {
    collaborativeId: motion.collaborativeId,
    movedByUserId: motion.movedByUserId,
  });

  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
      onChanged?.();
    } catch (error) {
      setFailure(error);
    }
  };

  if (motion.status === 'CLOSED' || motion.status === 'WITHDRAWN') return null;
  const name = { motion: motion.title };
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {motion.status === 'DRAFT' && (
          <Can I="open" this={record}>
            <Button
              loading={opening.loading}
              onClick={() => void run(() => open({ variables: { id: motion.id } }))}
              aria-label={t('governance.motion.openNamed', name)}
            >
              {t('governance.motion.open')}
            </Button>
          </Can>
        )}
        {motion.status === 'OPEN' && (
          <Can I="close" this={record}>
            <Button
              color="dark"
              loading={closing.loading}
              onClick={() => void run(() => close({ variables: { id: motion.id } }))}
              aria-label={t('governance.motion.closeNamed', name)}
            >
              {t('governance.motion.close')}
            </Button>
          </Can>
        )}
        <Can I="update" this={record}>
          <Button
            variant="subtle"
            color="red"
            loading={withdrawing.loading}
            onClick={() => void run(() => withdraw({ variables: { id: motion.id } }))}
            aria-label={t('governance.motion.withdrawNamed', name)}
          >
            {t('governance.motion.withdraw')}
          </Button>
        </Can>
      </Group>
      {failure !== null && <ProblemAlert error={failure} />}
    </Stack>
  );
}
