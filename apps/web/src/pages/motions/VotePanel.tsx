import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { BallotChoice } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { ProblemAlert } from '../../ui/states';
import { CastBallotMutation, MotionQuery } from './operations';
import { receiptStore, type SeatVote } from './vote-state';

const CHOICES: readonly BallotChoice[] = ['YES', 'NO', 'ABSTAIN'];

/**
 * One seat's ballot: three choices, the current one pressed. Choosing another changes the ballot
 * until the motion closes; a secret ballot's receipt is kept on this device to allow that.
 */
export function SeatBallot({
  motionId,
  collaborativeId,
  secret,
  vote,
  onReceiptsChanged,
}: {
  motionId: string;
  collaborativeId: string;
  secret: boolean;
  vote: SeatVote;
  onReceiptsChanged: () => void;
}) {
  const t = useT();
  const [cast, { loading }] = useMutation(CastBallotMutation, {
    refetchQueries: [{ query: MotionQuery, variables: { id: motionId } }],
    awaitRefetchQueries: true,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const [confirmed, setConfirmed] = useState<{ choice: BallotChoice; changed: boolean } | null>(null);
  const headingId = `ballot-${vote.seatId}`;

  const choose = async (choice: BallotChoice) => {
    setFailure(null);
    setConfirmed(null);
    try {
      const result = await cast({
        variables: { input: { motionId, choice, seatId: vote.seatId, receipt: vote.receipt } },
      });
      const answer = result.data?.castBallot;
      if (answer?.receipt) {
        receiptStore.keep(motionId, vote.seatId, { receipt: answer.receipt, choice });
        onReceiptsChanged();
      }
      setConfirmed({ choice, changed: answer?.changed ?? false });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {vote.asAlternate
            ? t('governance.vote.seatAsAlternate', { seat: vote.seatName })
            : t('governance.vote.seat', { seat: vote.seatName })}
        </Title>
        {vote.state === 'can-vote' ? (
          <Can I="vote" this={subject('Ballot', { collaborativeId, seatId: vote.seatId })}>
            <Text size="sm">
              {vote.current
                ? t('governance.vote.current', { choice: t(`governance.choice.${vote.current}`) })
                : vote.voted
                  ? t('governance.vote.castSecret')
                  : t('governance.vote.notYet')}
            </Text>
            <Group gap="xs" role="group" aria-labelledby={headingId}>
              {CHOICES.map((choice) => (
                <Button
                  key={choice}
                  variant={vote.current === choice ? 'filled' : 'default'}
                  aria-pressed={vote.current === choice}
                  loading={loading}
                  onClick={() => void choose(choice)}
                >
                  {t(`governance.choice.${choice}`)}
                </Button>
              ))}
            </Group>
            {secret && <Text size="sm">{t('governance.vote.secretReceiptHint')}</Text>}
          </Can>
        ) : (
          <Text data-testid={`vote-state-${vote.state}`}>
            {vote.state === 'recused'
              ? t('governance.vote.recused', { reason: vote.conflictReason ?? '' })
              : t(`governance.vote.state.${vote.state}`)}
            {vote.current && vote.state === 'closed'
              ? ` ${t('governance.vote.current', { choice: t(`governance.choice.${vote.current}`) })}`
              : ''}
          </Text>
        )}
        {confirmed && (
          <Alert color="green" variant="light" role="status">
            {t(confirmed.changed ? 'governance.vote.changed' : 'governance.vote.recorded', {
              choice: t(`governance.choice.${confirmed.choice}`),
            })}
          </Alert>
        )}
        {failure !== null && <ProblemAlert error={failure} />}
      </Stack>
    </Paper>
  );
}
