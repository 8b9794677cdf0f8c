import { useMutation, useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Alert, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import { useFormat, useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { Section } from '../../ui/Section';
import { LoadingState, ProblemAlert } from '../../ui/states';

export const ReportSettingsFieldsFragment = graphql(`
  fragment ReportSettingsFields on ReportSettings {
    collaborativeId
    holdDisbursementsOnLateReports
    updatedAt
  }
`);

export const ReportSettingsQuery = graphql(`
  query ReportSettings($collaborativeId: ID!) {
    reportSettings(collaborativeId: $collaborativeId) {
      ...ReportSettingsFields
    }
  }
`);

export const UpdateReportSettingsMutation = graphql(`
  mutation UpdateReportSettings($input: UpdateReportSettingsInput!) {
    updateReportSettings(input: $input) {
      ...ReportSettingsFields
    }
  }
`);

/**
 * Whether a late report, or one sent back with changes requested and not resubmitted, holds the
 * release of the grant's next tranche (on until an administrator turns it off). The fund
 * administrator can still release a held tranche, giving a reason. Those who may not change the
 * setting read it, with the switch off limits.
 */
export function ReportSettingsSetup({ collaborativeId }: { collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const { ability } = useSession();
  const readOnly = !ability.can('update', subject('ReportSettings', { collaborativeId }));
  const variables = { collaborativeId };
  const { data, loading, error, refetch } = useQuery(ReportSettingsQuery, { variables });
  // ReportSettings has no id of its own for the cache to update it by: the query is read again.
  const [update, { loading: saving }] = useMutation(UpdateReportSettingsMutation, {
    refetchQueries: [{ query: ReportSettingsQuery, variables }],
    awaitRefetchQueries: true,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const settings = data?.reportSettings;

  const onChange = async (hold: boolean) => {
    setFailure(null);
    setSaved(false);
    try {
      await update({ variables: { input: { collaborativeId, holdDisbursementsOnLateReports: hold } } });
      setSaved(true);
    } catch (problem) {
      setFailure(problem);
    }
  };

  return (
    <Section id="setup-report-settings" title={t('admin.reportSettings.title')}>
      <Paper withBorder p="md" radius="md">
        {loading && !settings ? (
          <LoadingState label={t('admin.reportSettings.loading')} />
        ) : error || !settings ? (
          <ProblemAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Stack gap="sm">
            <Text>{t('admin.reportSettings.explain')}</Text>
            {failure !== null && <ProblemAlert error={failure} />}
            {saved && (
              <Alert color="green" variant="light" role="status">
                {t('admin.reportSettings.saved')}
              </Alert>
            )}
            <Switch
              label={t('admin.reportSettings.switch')}
              checked={settings.holdDisbursementsOnLateReports}
              disabled={readOnly || saving}
              onChange={(event) => void onChange(event.currentTarget.checked)}
            />
            <Text size="sm" c="dimmed" data-testid="report-settings-state">
              {settings.holdDisbursementsOnLateReports
                ? t('admin.reportSettings.on')
                : t('admin.reportSettings.off')}
              {settings.updatedAt &&
                ` ${t('admin.reportSettings.lastChanged', { date: format.date(settings.updatedAt) })}`}
            </Text>
            {readOnly && (
              <Text size="sm" c="dimmed">
                {t('admin.reportSettings.readOnly')}
              </Text>
            )}
          </Stack>
        )}
      </Paper>
    </Section>
  );
}
