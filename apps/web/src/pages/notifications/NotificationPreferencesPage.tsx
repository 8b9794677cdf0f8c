import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type {
  EmailDelivery,
  NotificationCategory,
  NotificationPreferencesQuery as PreferencesData,
} from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { useFormSending } from '../../forms/use-form-sending';
import { LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { NotificationPreferencesQuery, SetNotificationPreferenceMutation } from './operations';

type Preference = PreferencesData['notificationPreferences'][number];
type Choice = { email: EmailDelivery; inApp: boolean };
export type PreferenceValues = Partial<Record<NotificationCategory, Choice>>;

const DELIVERIES: readonly EmailDelivery[] = ['IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'];

/** The categories whose choice differs from what the API has: only those are sent. */
export function changedPreferences(saved: readonly Preference[], values: PreferenceValues) {
  return saved.flatMap(({ category, email, inApp }) => {
    const chosen = values[category];
    return chosen && (chosen.email !== email || chosen.inApp !== inApp) ? [{ category, ...chosen }] : [];
  });
}

/**
 * How the person hears about each kind of news: email at once, in the daily digest or never, and
 * whether the inbox shows it. Categories they never chose show the API's defaults.
 */
export function NotificationPreferencesPage() {
  const t = useT();
  usePageTitle(t('notifications.preferences.title'));
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery);

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('notifications.preferences.title')}</Title>
      <Text>{t('notifications.preferences.digestTime')}</Text>
      {loading && !data ? (
        <LoadingState />
      ) : error || !data ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <PreferencesForm saved={data.notificationPreferences} />
      )}
    </Stack>
  );
}

function PreferencesForm({ saved }: { saved: readonly Preference[] }) {
  const t = useT();
  const [setPreference, { loading }] = useMutation(SetNotificationPreferenceMutation, {
    refetchQueries: [NotificationPreferencesQuery],
    awaitRefetchQueries: true,
  });
  const form = useForm<PreferenceValues>({
    mode: 'uncontrolled',
    initialValues: Object.fromEntries(
      saved.map(({ category, email, inApp }) => [category, { email, inApp }]),
    ),
  });
  const {
    failure,
    saved: done,
    onSubmit,
  } = useFormSending(form, [], async (values) => {
    // One category at a time, as the API takes them: a refusal stops at the first, and what was
    // sent before it is kept (the page reads the choices again).
    for (const input of changedPreferences(saved, values)) {
      await setPreference({ variables: { input } });
    }
  });

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-label={t('notifications.preferences.title')}>
        <Stack gap="md">
          {failure !== null && <ProblemAlert error={failure} />}
          {done && (
            <Alert color="green" variant="light" role="status" title={t('notifications.preferences.saved')} />
          )}
          {saved.map(({ category }) => {
            const name = t(`notifications.category.${category}`);
            return (
              <fieldset key={category} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
                <Text component="legend" fw={700} mb="xs">
                  {name}
                </Text>
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
                  <NativeSelect
                    label={t('notifications.preferences.email')}
                    data={DELIVERIES.map((value) => ({
                      value,
                      label: t(`notifications.preferences.${value}`),
                    }))}
                    key={form.key(`${category}.email`)}
                    {...form.getInputProps(`${category}.email`)}
                  />
                  <Switch
                    label={t('notifications.preferences.inApp')}
                    mt={{ base: 0, xs: 'lg' }}
                    key={form.key(`${category}.inApp`)}
                    {...form.getInputProps(`${category}.inApp`, { type: 'checkbox' })}
                  />
                </SimpleGrid>
              </fieldset>
            );
          })}
          <Group>
            <Button type="submit" loading={loading}>
              {t('notifications.preferences.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
