import { useMutation, useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MotionStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LoadingState, ProblemAlert } from '../../ui/states';
import {
  CloseMotionMutation,
  MotionClosingPreviewQuery,
  MotionQuery,
  OpenMotionMutation,
  WithdrawMotionMutation,
} from './operations';

type Asking = 'close' | 'withdraw' | null;

/**
 * The chair opens and closes the vote; the mover (or the chair) may withdraw. Closing asks the API
 * to count: the outcome is computed there, never chosen here. Closing and withdrawing cannot be
 * undone, so each asks first; closing shows what would be counted.
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
  // The motion is read again after closing or withdrawing, but not awaited: once the API has
  // answered, the vote is closed, and a failed re-read must not tell the chair otherwise.
  const [close] = useMutation(CloseMotionMutation, { refetchQueries: refetch.refetchQueries });
  const [withdraw] = useMutation(WithdrawMotionMutation, { refetchQueries: refetch.refetchQueries });
  const [failure, setFailure] = useState<unknown>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const record = subject('Motion', {
    collaborativeId: motion.collaborativeId,
    movedByUserId: motion.movedByUserId,
  });

  const openVote = async () => {
    setFailure(null);
    try {
      await open({ variables: { id: motion.id } });
      onChanged?.();
    } catch (error) {
      setFailure(error);
    }
  };

  // A refusal stays in the dialog (ConfirmDialog shows it); success closes it.
  const confirmed = (action: () => Promise<unknown>) => async () => {
    await action();
    setAsking(null);
    onChanged?.();
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
              onClick={() => void openVote()}
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
              onClick={() => setAsking('close')}
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
            onClick={() => setAsking('withdraw')}
            aria-label={t('governance.motion.withdrawNamed', name)}
          >
            {t('governance.motion.withdraw')}
          </Button>
        </Can>
      </Group>
      {failure !== null && <ProblemAlert error={failure} />}
      {asking === 'close' && (
        <ConfirmDialog
          title={t('governance.closeVote.title')}
          confirmLabel={t('governance.closeVote.confirm')}
          cancelLabel={t('governance.closeVote.cancel')}
          onConfirm={confirmed(() => close({ variables: { id: motion.id } }))}
          onClose={() => setAsking(null)}
        >
          <Text fw={600}>{motion.title}</Text>
          <ClosingFigures motionId={motion.id} />
        </ConfirmDialog>
      )}
      {asking === 'withdraw' && (
        <ConfirmDialog
          title={t('governance.withdrawMotion.title')}
          confirmLabel={t('governance.withdrawMotion.confirm')}
          cancelLabel={t('governance.withdrawMotion.cancel')}
          onConfirm={confirmed(() => withdraw({ variables: { id: motion.id } }))}
          onClose={() => setAsking(null)}
        >
          <Text>{t('governance.withdrawMotion.body', name)}</Text>
        </ConfirmDialog>
      )}
    </Stack>
  );
}

/**
 * What closing now would count, read from the API when the dialog opens (ballots may have arrived
 * since the page loaded). A vote that not every seated member has cast is said plainly: a motion
 * can pass on one ballot out of nine present.
 */
function ClosingFigures({ motionId }: { motionId: string }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(MotionClosingPreviewQuery, {
    variables: { id: motionId },
    fetchPolicy: 'network-only',
  });
  const preview = data?.motion.closingPreview;
  if (loading && !data) return <LoadingState />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  if (!preview) return null;
  return (
    <Stack gap="sm" data-testid="closing-figures">
      <List spacing={4} size="sm">
        <List.Item>
          {t('governance.closeVote.ballots', { cast: preview.ballotsCast, present: preview.presentSeats })}
        </List.Item>
        <List.Item>
          {t('governance.closeVote.eligible', { filled: preview.filledSeats, recused: preview.recusedSeats })}
        </List.Item>
        <List.Item>
          {preview.quorumMet
            ? t('governance.tally.quorumMet', {
                present: preview.presentSeats,
                required: preview.quorumRequired,
              })
            : t('governance.tally.quorumNotMet', {
                present: preview.presentSeats,
                required: preview.quorumRequired,
              })}
        </List.Item>
        <List.Item>
          {t(`governance.threshold.${preview.threshold}`)}{' '}
          {preview.yesRequired !== null && preview.thresholdBase !== null
            ? t('governance.tally.yesRequired', {
                required: preview.yesRequired,
                base: preview.thresholdBase,
              })
            : t('governance.closeVote.baseAtCount')}
        </List.Item>
      </List>
      {preview.presentWithoutBallot > 0 && (
        <Alert color="orange" variant="light" title={t('governance.closeVote.notAllVotedTitle')}>
          {t('governance.closeVote.notAllVoted', {
            missing: preview.presentWithoutBallot,
            present: preview.presentSeats,
            cast: preview.ballotsCast,
          })}
        </Alert>
      )}
      {!preview.quorumMet && (
        <Alert color="orange" variant="light">
          {t('governance.closeVote.noQuorum')}
        </Alert>
      )}
    </Stack>
  );
}
