import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { graphql } from '../../graphql/generated';
import { useT } from '../../i18n/use-t';
import { useFormSending } from '../../forms/use-form-sending';
import { Section } from '../../ui/Section';
import { ProblemAlert } from '../../ui/states';

export const UpdateTimeZoneMutation = graphql(`
  mutation UpdateCollaborativeTimeZone($input: UpdateCollaborativeInput!) {
    updateCollaborative(input: $input) {
      id
      timeZone
    }
  }
`);

/**
 * The IANA names this browser knows, with the collaborative's own first kept even if the browser
 * lacks it (an older engine), so the select never shows an empty choice for a saved value.
 */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) ? known : [current, ...known];
}

/**
 * The time zone the collaborative meets in: its dates and deadlines are local to it, and the daily
 * email digest goes out around 7:00 there. The API checks the name (UNKNOWN_TIME_ZONE).
 */
export function TimeZoneSetup({ collaborativeId, timeZone }: { collaborativeId: string; timeZone: string }) {
  const t = useT();
  const [update, { loading }] = useMutation(UpdateTimeZoneMutation);
  const choices = useMemo(() => timeZoneChoices(timeZone), [timeZone]);
  const form = useForm<{ timeZone: string }>({
    mode: 'uncontrolled',
    initialValues: { timeZone },
    validate: { timeZone: (value) => (value ? null : t('form.required')) },
  });
  const { failure, saved, onSubmit } = useFormSending(form, ['timeZone'], async (values) => {
    await update({ variables: { input: { id: collaborativeId, timeZone: values.timeZone } } });
  });

  return (
    <Section id="setup-time-zone" title={t('collaborative.timeZone.title')}>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={onSubmit} noValidate aria-label={t('collaborative.timeZone.title')}>
          <Stack gap="sm">
            <Text>{t('notifications.preferences.digestTime')}</Text>
            {failure !== null && <ProblemAlert error={failure} />}
            {saved && (
              <Alert
                color="green"
                variant="light"
                role="status"
                title={t('collaborative.timeZone.saved', { timeZone: form.getValues().timeZone })}
              />
            )}
            <Select
              label={t('collaborative.timeZone.title')}
              data={choices}
              searchable
              allowDeselect={false}
              limit={50}
              maw={420}
              key={form.key('timeZone')}
              {...form.getInputProps('timeZone')}
            />
            <Group>
              <Button type="submit" loading={loading}>
                {t('collaborative.timeZone.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Section>
  );
}
