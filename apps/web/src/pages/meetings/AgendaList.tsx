import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { all, maxLength, required, type Rule } from '../../forms/rules';
import { showServerFieldErrors } from '../../forms/server-field-errors';
import { useFormRules } from '../../forms/use-form-rules';
import type { MeetingQuery as MeetingData } from '../../graphql/generated/graphql';
import { problemOf } from '../../graphql/problem';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { EmptyState, ProblemAlert } from '../../ui/states';
import { MeetingQuery, SetAgendaMutation } from './operations';

type Meeting = MeetingData['meeting'];

interface AgendaItemValues {
  title: string;
  motionId: string;
}
const agendaItemRules: { [K in keyof AgendaItemValues]?: Rule<AgendaItemValues[K]> } = {
  title: all(required, maxLength(300)),
};

/** The agenda in order; items that carry a vote link to the motion. The chair adds and removes items. */
export function AgendaList({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { ability } = useSession();
  const editable =
    (meeting.status === 'SCHEDULED' || meeting.status === 'IN_PROGRESS') &&
    ability.can(
      'update',
      subject('Meeting', { collaborativeId: meeting.collaborativeId, workgroupId: meeting.workgroupId }),
    );
  const [failure, setFailure] = useState<unknown>(null);
  const [setAgenda, { loading }] = useMutation(SetAgendaMutation, {
    refetchQueries: [{ query: MeetingQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });
  const validate = useFormRules<AgendaItemValues>(agendaItemRules);
  const form = useForm<AgendaItemValues>({
    mode: 'uncontrolled',
    initialValues: { title: '', motionId: '' },
    validate,
    validateInputOnBlur: true,
  });
  const items = [...meeting.agenda].sort((a, b) => a.position - b.position);
  const asInput = (item: (typeof items)[number]) => ({
    title: item.title,
    notes: item.notes,
    motionId: item.motionId,
  });

  const save = async (next: { title: string; notes: string; motionId: string | null }[]) => {
    setFailure(null);
    try {
      await setAgenda({ variables: { input: { meetingId: meeting.id, items: next } } });
      return true;
    } catch (error) {
      showServerFieldErrors(form, problemOf(error), ['title']);
      setFailure(error);
      return false;
    }
  };

  const motionTitle = (id: string | null) => meeting.motions.find((motion) => motion.id === id)?.title;
  return (
    <Stack gap="sm">
      {items.length === 0 ? (
        <EmptyState>{t('governance.agenda.empty')}</EmptyState>
      ) : (
        <Stack gap={6} component="ol" style={{ paddingLeft: '1.25rem', margin: 0 }}>
          {items.map((item, index) => (
            <li key={item.id}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Stack gap={0}>
                  <Text fw={600}>{item.title}</Text>
                  {item.notes && <Text size="sm">{item.notes}</Text>}
                  {item.motionId && (
                    <Anchor
                      component={Link}
                      to={`/collaboratives/${meeting.collaborativeId}/motions/${item.motionId}`}
                      size="sm"
                    >
                      {t('governance.agenda.motion', { motion: motionTitle(item.motionId) ?? '' })}
                    </Anchor>
                  )}
                </Stack>
                {editable && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    loading={loading}
                    aria-label={t('governance.agenda.removeNamed', { item: item.title })}
                    onClick={() => void save(items.filter((_, i) => i !== index).map(asInput))}
                  >
                    {t('governance.agenda.remove')}
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {editable && (
        <Paper withBorder p="sm" radius="md">
          <form
            noValidate
            onSubmit={form.onSubmit(async (values) => {
              const done = await save([
                ...items.map(asInput),
                { title: values.title.trim(), notes: '', motionId: values.motionId || null },
              ]);
              if (done) form.reset();
            })}
          >
            <Stack gap="xs">
              <Group gap="xs" align="flex-end" wrap="wrap">
                <TextInput
                  label={t('governance.agenda.itemTitle')}
                  required
                  style={{ flex: '1 1 14rem' }}
                  key={form.key('title')}
                  {...form.getInputProps('title')}
                />
                {meeting.motions.length > 0 && (
                  <NativeSelect
                    label={t('governance.agenda.itemMotion')}
                    style={{ flex: '1 1 14rem' }}
                    data={[
                      { value: '', label: t('governance.agenda.noMotion') },
                      ...meeting.motions.map((motion) => ({ value: motion.id, label: motion.title })),
                    ]}
                    key={form.key('motionId')}
                    {...form.getInputProps('motionId')}
                  />
                )}
                <Button type="submit" variant="default" loading={loading}>
                  {t('governance.agenda.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      {failure !== null && <ProblemAlert error={failure} />}
    </Stack>
  );
}
