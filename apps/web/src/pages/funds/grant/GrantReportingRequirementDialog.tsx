import { useMutation } from '@apollo/client/react';
import { Alert, Checkbox, Group, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type {
  GrantRequirementFragment as Requirement,
  ReportSection,
} from '../../../graphql/generated/graphql';
import { useFormat, useT } from '../../../i18n/use-t';
import { dueAfterPeriod, REPORT_SECTIONS } from './grant-reporting.form';
import { UpdateReportingRequirementMutation } from './operations';
import { FormDialog } from '../../../ui/FormDialog';

interface RequirementValues {
  dueOn: string;
  requiredSections: string[];
}

const sameSections = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((section) => b.includes(section));

/**
 * Moves a report's due date or changes the sections it must have. The API refuses a due date on
 * or before the end of the period the report covers, so the form says so first; only what changed
 * is sent.
 */
export function GrantReportingRequirementDialog({
  requirement,
  onClose,
}: {
  requirement: Requirement;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const end = format.localDate(requirement.periodEnd);
  // The answer carries the requirement's new due date, sections and status (late or not), which
  // the cache writes into every list that shows it.
  const [update, { loading }] = useMutation(UpdateReportingRequirementMutation);
  const [unchanged, setUnchanged] = useState(false);
  const form = useForm<RequirementValues>({
    mode: 'uncontrolled',
    initialValues: { dueOn: requirement.dueOn, requiredSections: [...requirement.requiredSections] },
    validate: {
      dueOn: (value) => {
        const problem = dueAfterPeriod(value, requirement.periodEnd);
        return problem ? t(problem.id, { end, ...problem.values }) : null;
      },
    },
    validateInputOnBlur: true,
  });

  const send = async (values: RequirementValues) => {
    const dueOn = values.dueOn.trim();
    const sections = REPORT_SECTIONS.filter((section) => values.requiredSections.includes(section));
    const dueChanged = dueOn !== requirement.dueOn;
    const sectionsChanged = !sameSections(sections, requirement.requiredSections);
    setUnchanged(!dueChanged && !sectionsChanged);
    if (!dueChanged && !sectionsChanged) return;
    const { data } = await update({
      variables: {
        input: {
          requirementId: requirement.id,
          ...(dueChanged ? { dueOn } : {}),
          ...(sectionsChanged ? { requiredSections: sections as ReportSection[] } : {}),
        },
      },
    });
    const saved = data?.updateReportingRequirement.dueOn ?? dueOn;
    return t('funds.requirement.saved', { n: requirement.sequence, due: format.localDate(saved) });
  };

  return (
    <FormDialog
      title={t('funds.requirement.title', { n: requirement.sequence })}
      testId="requirement-dialog"
      submitLabel={t('funds.requirement.submit', { n: requirement.sequence })}
      cancelLabel={t('funds.release.close')}
      loading={loading}
      form={form}
      fields={['dueOn', 'requiredSections']}
      send={send}
      onClose={onClose}
    >
      <Text>{t('funds.requirement.explain', { start: format.localDate(requirement.periodStart), end })}</Text>
      <TextInput
        type="date"
        label={t('funds.requirement.dueOn')}
        description={t('funds.requirement.dueOnHint', { end })}
        required
        data-autofocus
        key={form.key('dueOn')}
        {...form.getInputProps('dueOn')}
      />
      <Checkbox.Group
        label={t('funds.requirement.sections')}
        key={form.key('requiredSections')}
        {...form.getInputProps('requiredSections')}
      >
        <Group gap="md" mt="xs">
          {REPORT_SECTIONS.map((section) => (
            <Checkbox key={section} value={section} label={t(`reports.section.${section}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {unchanged && (
        <Alert color="orange" variant="light" role="alert">
          {t('funds.requirement.nothingChanged')}
        </Alert>
      )}
    </FormDialog>
  );
}
