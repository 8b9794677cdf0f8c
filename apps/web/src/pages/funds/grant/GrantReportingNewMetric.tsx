import { useMutation } from '@apollo/client/react';
import { Alert, Button, Fieldset, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useFormSending } from '../../../forms/use-form-sending';
import { useFormRules } from '../../../forms/use-form-rules';
import { useT } from '../../../i18n/use-t';
import { ProblemAlert } from '../../../ui/states';
import {
  METRIC_DESCRIPTION_MAX_LENGTH,
  METRIC_NAME_MAX_LENGTH,
  METRIC_UNIT_MAX_LENGTH,
  metricDescription,
  metricName,
  metricUnit,
} from './grant-reporting.form';
import { CreateMetricMutation } from './operations';

export interface CatalogueMetric {
  id: string;
  name: string;
  unit: string;
}

interface NewMetricValues {
  name: string;
  unit: string;
  description: string;
}

const rules = { name: metricName, unit: metricUnit, description: metricDescription };

/**
 * Adds a metric to the collaborative's catalogue (shared by all its grants) and hands it back to
 * be chosen. Names are unique in a catalogue whatever their case, as the API checks.
 */
export function GrantReportingNewMetric({
  collaborativeId,
  catalogue,
  onAdded,
}: {
  collaborativeId: string;
  catalogue: readonly CatalogueMetric[];
  onAdded: (metric: CatalogueMetric) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  // Opening the fields takes the keyboard to the first of them.
  useEffect(() => {
    if (open) nameInput.current?.focus();
  }, [open]);
  const [create, { loading }] = useMutation(CreateMetricMutation, {
    refetchQueries: ['MetricCatalogue'],
    awaitRefetchQueries: true,
  });
  const validate = useFormRules<NewMetricValues>(rules);
  const form = useForm<NewMetricValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', unit: '', description: '' },
    validate: {
      ...validate,
      name: (value) => {
        const taken = catalogue.some(
          (metric) => metric.name.toLocaleLowerCase() === value.trim().toLocaleLowerCase(),
        );
        return validate.name?.(value) ?? (taken ? t('funds.newMetric.nameTaken') : null);
      },
    },
    validateInputOnBlur: true,
  });

  const {
    failure,
    done: added,
    onSubmit,
  } = useFormSending(form, ['name', 'unit', 'description'], async (values: NewMetricValues) => {
    const description = values.description.trim();
    const { data } = await create({
      variables: {
        input: {
          collaborativeId,
          name: values.name.trim(),
          unit: values.unit.trim(),
          description: description || null,
        },
      },
    });
    form.reset();
    setOpen(false);
    if (!data) return;
    onAdded(data.createMetric);
    return t('funds.newMetric.added', { name: data.createMetric.name });
  });

  return (
    <Stack gap="sm">
      {added && (
        <Alert color="green" variant="light" role="status">
          {added}
        </Alert>
      )}
      {!open ? (
        <Group>
          <Button variant="subtle" onClick={() => setOpen(true)}>
            {t('funds.newMetric.open')}
          </Button>
        </Group>
      ) : (
        <form onSubmit={onSubmit} noValidate data-testid="new-metric-form">
          <Fieldset legend={t('funds.newMetric.legend')}>
            <Stack gap="sm">
              {failure !== null && <ProblemAlert error={failure} />}
              <TextInput
                label={t('funds.newMetric.name')}
                required
                autoComplete="off"
                maxLength={METRIC_NAME_MAX_LENGTH}
                ref={nameInput}
                key={form.key('name')}
                {...form.getInputProps('name')}
              />
              <TextInput
                label={t('funds.newMetric.unit')}
                description={t('funds.newMetric.unitHint')}
                required
                autoComplete="off"
                maxLength={METRIC_UNIT_MAX_LENGTH}
                key={form.key('unit')}
                {...form.getInputProps('unit')}
              />
              <Textarea
                label={t('funds.newMetric.description')}
                rows={2}
                maxLength={METRIC_DESCRIPTION_MAX_LENGTH}
                key={form.key('description')}
                {...form.getInputProps('description')}
              />
              <Group>
                <Button type="submit" variant="light" loading={loading}>
                  {t('funds.newMetric.submit')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        </form>
      )}
    </Stack>
  );
}
