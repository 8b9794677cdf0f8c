import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import { useT } from '../../i18n/use-t';
import { ProblemAlert } from '../../ui/states';
import { Section } from '../../ui/Section';
import { type DeclareConflictValues, declareConflictRules } from './declare-conflict.form';
import { DeclareConflictMutation, MotionQuery } from './operations';
import { receiptStore, type SeatVote } from './vote-state';

/**
 * A member recuses their seat, with a reason (it is recorded and shown to the leadership team). A
 * ballot already cast is withdrawn; for a secret motion the kept receipt lets the API remove it.
 */
export function DeclareConflict({
  motionId,
  seats,
  onReceiptsChanged,
}: {
  motionId: string;
  /** The person's seats that may still declare (not yet conflicted). */
  seats: readonly SeatVote[];
  onReceiptsChanged: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [declare, { loading }] = useMutation(DeclareConflictMutation, {
    refetchQueries: [{ query: MotionQuery, variables: { id: motionId } }],
    awaitRefetchQueries: true,
  });
  const validate = useFormRules<DeclareConflictValues>(declareConflictRules);
  const form = useForm<DeclareConflictValues>({
    mode: 'uncontrolled',
    initialValues: { seatId: seats[0]?.seatId ?? '', reason: '' },
    validate,
    validateInputOnBlur: true,
  });

  const { failure, onSubmit } = useFormSending(
    form,
    ['seatId', 'reason'],
    async (values: DeclareConflictValues) => {
      const seat = seats.find((candidate) => candidate.seatId === values.seatId);
      await declare({
        variables: {
          input: {
            motionId,
            seatId: values.seatId,
            reason: values.reason.trim(),
            receipt: seat?.receipt ?? null,
          },
        },
      });
      receiptStore.forget(motionId, values.seatId);
      onReceiptsChanged();
      setOpen(false);
      form.reset();
    },
  );

  return (
    <Section id="declare-conflict" title={t('governance.conflict.title')}>
      <Text>{t('governance.conflict.explain')}</Text>
      {!open ? (
        <Group>
          <Button variant="default" onClick={() => setOpen(true)}>
            {t('governance.conflict.start')}
          </Button>
        </Group>
      ) : (
        <Paper withBorder p="md" radius="md">
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              {failure !== null && <ProblemAlert error={failure} />}
              {seats.length > 1 && (
                <NativeSelect
                  label={t('governance.conflict.seat')}
                  data={seats.map((seat) => ({ value: seat.seatId, label: seat.seatName }))}
                  key={form.key('seatId')}
                  {...form.getInputProps('seatId')}
                />
              )}
              <Textarea
                label={t('governance.conflict.reason')}
                description={t('governance.conflict.reasonHint')}
                required
                rows={3}
                key={form.key('reason')}
                {...form.getInputProps('reason')}
              />
              <Group>
                <Button type="submit" color="orange" loading={loading}>
                  {t('governance.conflict.submit')}
                </Button>
                <Button variant="subtle" onClick={() => setOpen(false)}>
                  {t('governance.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Section>
  );
}
