import { useMutation } from '@apollo/client/react';
import { Alert, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { showServerFieldErrors } from '../../../forms/server-field-errors';
import type {
  GrantRequirementFragment as Requirement,
  ReportSection,
} from '../../../graphql/generated/graphql';
import { problemOf } from '../../../graphql/problem';
import { useFormat, useT } from '../../../i18n/use-t';
import { dueAfterPeriod, REPORT_SECTIONS } from './grant-reporting.form';
import { UpdateReportingRequirementMutation } from './operations';
import { ConfirmationDialog, FormDialogActions } from './ConfirmationDialog';

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
  const formId = useId();
  const end = format.localDate(requirement.periodEnd);
  // The answer carries the requirement's new due date, sections and status (late or not), which
  // the cache writes into every list that shows it.
  const [update, { loading }] = useMutation(UpdateReportingRequirementMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const [unchanged, setUnchanged] = useState(false);
  const [done, setDone] = useState<string | null>(null);
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

  const onSubmit = async (values: RequirementValues) => {
    setFailure(null);
    const dueOn = values.dueOn.trim();
    const sections = REPORT_SECTIONS.filter((section) => values.requiredSections.includes(section));
    const dueChanged = dueOn !== requirement.dueOn;
    const sectionsChanged = !sameSections(sections, requirement.requiredSections);
    setUnchanged(!dueChanged && !sectionsChanged);
    if (!dueChanged && !sectionsChanged) return;
    try {
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
      setDone(t('funds.requirement.saved', { n: requirement.sequence, due: format.localDate(saved) }));
    } catch (error) {
      showServerFieldErrors(form, problemOf(error), ['dueOn', 'requiredSections']);
      setFailure(error);
    }
  };

  return (
    <ConfirmationDialog
      title={t('funds.requirement.title', { n: requirement.sequence })}
      testId="requirement-dialog"
      onClose={onClose}
      done={done}
      failure={failure}
      actions={
        <FormDialogActions
          formId={formId}
          submitLabel={t('funds.requirement.submit', { n: requirement.sequence })}
          loading={loading}
          onClose={onClose}
        />
      }
    >
      <form id={formId} onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <Text>
            {t('funds.requirement.explain', { start: format.localDate(requirement.periodStart), end })}
          </Text>
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
        </Stack>
      </form>
    </ConfirmationDialog>
  );
}
