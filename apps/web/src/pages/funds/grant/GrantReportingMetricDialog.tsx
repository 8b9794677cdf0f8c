import { useMutation, useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Fieldset, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { RuleFailure } from '../../../forms/rules';
import type { GrantMetricTargetFragment as GrantMetric } from '../../../graphql/generated/graphql';
import { useFormat, useT } from '../../../i18n/use-t';
import { Can } from '../../../session/ability';
import { LoadingState, ProblemAlert } from '../../../ui/states';
import { chosen } from '../funds.form';
import { count, grantYears, yearTargetsOf } from './grant-reporting.form';
import { GrantReportingNewMetric, type CatalogueMetric } from './GrantReportingNewMetric';
import { MetricCatalogueQuery, SetGrantMetricMutation } from './operations';
import { FormDialog } from '../../../ui/FormDialog';

interface TargetValues {
  metricId: string;
  target: string;
  /** One per grant year, year one first; all blank to spread the target evenly. */
  years: string[];
}

/**
 * Adds a metric of the collaborative's catalogue to a grant with its target, or changes the target
 * of one it has (`metric`); targets per grant year are optional and must add up to the target.
 * A metric missing from the catalogue can be added to it from here.
 */
export function GrantReportingMetricDialog({
  collaborativeId,
  grant,
  metric,
  onClose,
}: {
  collaborativeId: string;
  grant: { id: string; periodStart: string; periodEnd: string; reportingMetrics: readonly GrantMetric[] };
  metric: GrantMetric | null;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const catalogue = useQuery(MetricCatalogueQuery, {
    variables: { collaborativeId },
    skip: metric !== null,
    fetchPolicy: 'cache-and-network',
  });
  const [setTarget, { loading }] = useMutation(SetGrantMetricMutation, {
    refetchQueries: ['GrantDetail'],
    awaitRefetchQueries: true,
  });
  const years = grantYears(grant.periodStart, grant.periodEnd);
  const form = useForm<TargetValues>({
    mode: 'uncontrolled',
    initialValues: {
      metricId: metric?.metricId ?? '',
      target: metric ? String(metric.target) : '',
      years: Array.from({ length: years }, (_, year) =>
        metric && year < metric.yearTargets.length ? String(metric.yearTargets[year]) : '',
      ),
    },
    validate: (values) => {
      const problems: Record<string, string> = {};
      // Counts in a message read as the reader writes numbers ("1,000").
      const say = (field: string, problem: RuleFailure | null) => {
        if (!problem) return;
        const values = Object.entries(problem.values ?? {}).map(([name, value]) => [
          name,
          typeof value === 'number' ? format.number(value) : value,
        ]);
        problems[field] = t(problem.id, Object.fromEntries(values));
      };
      say('metricId', chosen(values.metricId));
      say('target', count(values.target));
      values.years.forEach((year, index) => say(`years.${index}`, count(year, true)));
      if (Object.keys(problems).length === 0)
        say('yearTargets', yearTargetsOf(values.target, values.years).failure);
      return problems;
    },
  });

  const onGrant = new Set(grant.reportingMetrics.map((existing) => existing.metricId));
  const choices = (catalogue.data?.metrics ?? []).filter((candidate) => !onGrant.has(candidate.id));
  const nameOf = (metricId: string) =>
    metric?.metric?.name ?? choices.find((choice) => choice.id === metricId)?.name ?? '';

  const send = async (values: TargetValues) => {
    // Read before the grant's metrics are refetched, which takes the metric out of the choices.
    const name = nameOf(values.metricId);
    const target = Number(values.target.trim());
    const { yearTargets } = yearTargetsOf(values.target, values.years);
    await setTarget({
      variables: { input: { grantId: grant.id, metricId: values.metricId, target, yearTargets } },
    });
    return t('funds.metricTarget.saved', { name, target: format.number(target) });
  };

  const onAdded = (added: CatalogueMetric) => form.setFieldValue('metricId', added.id);

  return (
    <FormDialog
      title={
        metric
          ? t('funds.metricTarget.changeTitle', { name: metric.metric?.name ?? t('funds.metrics.hidden') })
          : t('funds.metricTarget.addTitle')
      }
      testId="grant-metric-dialog"
      submitLabel={t('funds.metricTarget.submit')}
      cancelLabel={t('funds.release.close')}
      loading={loading}
      form={form}
      fields={['metricId', 'target']}
      send={send}
      onClose={onClose}
      after={
        !metric &&
        catalogue.data && (
          <Can I="create" this={subject('Metric', { collaborativeId })}>
            <GrantReportingNewMetric
              collaborativeId={collaborativeId}
              catalogue={catalogue.data.metrics}
              onAdded={onAdded}
            />
          </Can>
        )
      }
    >
      {catalogue.loading && !catalogue.data ? (
        <LoadingState label={t('funds.metricTarget.loading')} />
      ) : catalogue.error && !catalogue.data ? (
        <ProblemAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : (
        <>
          {!metric && (
            <NativeSelect
              label={t('funds.metricTarget.metric')}
              required
              data-autofocus
              data={[
                { value: '', label: t('funds.metricTarget.chooseMetric') },
                ...choices.map((choice) => ({
                  value: choice.id,
                  label: t('funds.metrics.nameUnit', { name: choice.name, unit: choice.unit }),
                })),
              ]}
              key={form.key('metricId')}
              {...form.getInputProps('metricId')}
            />
          )}
          <TextInput
            label={t('funds.metricTarget.target')}
            description={t('funds.metricTarget.targetHint')}
            required
            inputMode="numeric"
            autoComplete="off"
            data-autofocus={metric ? true : undefined}
            key={form.key('target')}
            {...form.getInputProps('target')}
          />
          <Fieldset legend={t('funds.metricTarget.years')} variant="unstyled">
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('funds.metricTarget.yearsHint')}
              </Text>
              <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm">
                {form.getValues().years.map((_, year) => (
                  <TextInput
                    key={form.key(`years.${year}`)}
                    label={t('funds.metricTarget.yearN', { n: year + 1 })}
                    inputMode="numeric"
                    autoComplete="off"
                    {...form.getInputProps(`years.${year}`)}
                  />
                ))}
              </SimpleGrid>
              {form.errors['yearTargets'] && (
                <Text size="sm" c="red" role="alert">
                  {form.errors['yearTargets']}
                </Text>
              )}
            </Stack>
          </Fieldset>
        </>
      )}
    </FormDialog>
  );
}
