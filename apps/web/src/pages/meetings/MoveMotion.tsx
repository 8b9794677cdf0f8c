import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useFormSending } from '../../forms/use-form-sending';
import type { MotionKind } from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { ProblemAlert } from '../../ui/states';
import { emptyMotion, motionInput, type MoveMotionValues, moveMotionProblems } from './move-motion.form';
import { CirculatedMinutesQuery, CreateMotionMutation, MeetingQuery } from './operations';

const KINDS: readonly MotionKind[] = ['GENERAL', 'FUNDING', 'MINUTES_APPROVAL'];

/**
 * A seat holder (or the chair) moves a motion at this leadership team meeting: a general
 * resolution, a funding decision with the grant it would make, or the approval of circulated minutes.
 */
export function MoveMotion({
  meetingId,
  collaborativeId,
  recipients,
}: {
  meetingId: string;
  collaborativeId: string;
  recipients: readonly { id: string; name: string }[];
}) {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [create, { loading }] = useMutation(CreateMotionMutation, {
    refetchQueries: [{ query: MeetingQuery, variables: { id: meetingId } }],
    awaitRefetchQueries: true,
  });
  const form = useForm<MoveMotionValues>({
    mode: 'controlled',
    initialValues: emptyMotion,
    validate: (values) => {
      const problems = moveMotionProblems(values);
      return Object.fromEntries(
        Object.entries(problems).map(([field, failure]) => [
          field,
          failure ? t(failure.id, failure.values) : null,
        ]),
      );
    },
  });
  const kind = form.values.kind;
  const circulated = useQuery(CirculatedMinutesQuery, {
    variables: { collaborativeId },
    skip: !open || kind !== 'MINUTES_APPROVAL',
  });
  const approvable = (circulated.data?.meetings.nodes ?? []).flatMap((meeting) =>
    meeting.workgroupId === null
      ? meeting.minutes
          .filter((minutes) => minutes.status === 'CIRCULATED')
          .map((minutes) => ({
            value: minutes.id,
            label: t('governance.minutes.option', {
              meeting: meeting.title,
              date: format.date(meeting.scheduledAt),
              version: minutes.version,
            }),
          }))
      : [],
  );

  const { failure, onSubmit } = useFormSending(
    form,
    ['title', 'text', 'minutesId'],
    async (values: MoveMotionValues) => {
      const result = await create({ variables: { input: motionInput(meetingId, values) } });
      const id = result.data?.createMotion.id;
      if (id) await navigate(`/collaboratives/${collaborativeId}/motions/${id}`);
    },
  );

  if (!open)
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          {t('governance.moveMotion.start')}
        </Button>
      </Group>
    );
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-label={t('governance.moveMotion.title')}>
        <Stack gap="md">
          {failure !== null && <ProblemAlert error={failure} />}
          <NativeSelect
            label={t('governance.moveMotion.kind')}
            data={KINDS.map((value) => ({ value, label: t(`governance.motionKind.${value}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('governance.moveMotion.titleField')}
            required
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('governance.moveMotion.text')}
            description={t('governance.moveMotion.textHint')}
            rows={3}
            {...form.getInputProps('text')}
          />
          {kind === 'FUNDING' && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('governance.moveMotion.amount')}
                  description={t('governance.moveMotion.amountHint')}
                  inputMode="decimal"
                  required
                  {...form.getInputProps('amount')}
                />
                <NativeSelect
                  label={t('governance.funding.recipient')}
                  required
                  data={[
                    { value: '', label: t('governance.moveMotion.chooseRecipient') },
                    ...recipients.map((org) => ({ value: org.id, label: org.name })),
                  ]}
                  {...form.getInputProps('recipientOrganizationId')}
                />
              </SimpleGrid>
              <TextInput
                label={t('governance.funding.purpose')}
                required
                {...form.getInputProps('purpose')}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                <TextInput
                  type="date"
                  label={t('governance.moveMotion.periodStart')}
                  required
                  {...form.getInputProps('periodStart')}
                />
                <TextInput
                  type="date"
                  label={t('governance.moveMotion.periodEnd')}
                  required
                  {...form.getInputProps('periodEnd')}
                />
                <TextInput
                  type="number"
                  min={1}
                  max={12}
                  label={t('governance.moveMotion.tranches')}
                  description={t('governance.moveMotion.tranchesHint')}
                  {...form.getInputProps('trancheCount')}
                />
              </SimpleGrid>
            </>
          )}
          {kind === 'MINUTES_APPROVAL' && (
            <NativeSelect
              label={t('governance.moveMotion.minutes')}
              required
              data={[{ value: '', label: t('governance.moveMotion.chooseMinutes') }, ...approvable]}
              {...form.getInputProps('minutesId')}
            />
          )}
          {kind === 'MINUTES_APPROVAL' && circulated.data && approvable.length === 0 && (
            <Text size="sm">{t('governance.moveMotion.noMinutes')}</Text>
          )}
          <Checkbox
            label={t('governance.moveMotion.secret')}
            {...form.getInputProps('secret', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('governance.moveMotion.submit')}
            </Button>
            <Button variant="subtle" onClick={() => setOpen(false)}>
              {t('governance.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
