import { MultiSelect, NativeSelect, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import { useT } from '../../i18n/use-t';
import { LoadingState, ProblemAlert } from '../../ui/states';
import { SaveOrCancel } from './EditorControls';
import { useCollaborativePeople } from './use-collaborative-people';
import { WORKGROUP_STATUSES, type WorkgroupValues, choosablePeople, workgroupRules } from './workgroup.form';

const FIELDS = ['name', 'purpose', 'status', 'leadUserIds', 'memberUserIds'] as const;
/** One empty list for every form without people yet, so the choices are not worked out on each render. */
const NOBODY: readonly { userId: string; displayName: string }[] = [];

/**
 * A workgroup's name, purpose and people, for forming one or changing it. Leads and members are
 * chosen among the collaborative's members by name. `onSave` sends the values; what it throws is
 * shown above the form, and beside the field the API names.
 */
export function WorkgroupForm({
  collaborativeId,
  label,
  submitLabel,
  initial,
  alreadyIn = NOBODY,
  withStatus,
  withLeads,
  saving,
  onSave,
  onCancel,
}: {
  collaborativeId: string;
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  initial: WorkgroupValues;
  /** The workgroup's people now (kept choosable even when no longer eligible). */
  alreadyIn?: readonly { userId: string; displayName: string }[];
  /** A workgroup being formed is active; status changes come later. */
  withStatus: boolean;
  /** Only those who may appoint leads choose them. */
  withLeads: boolean;
  saving: boolean;
  onSave: (values: WorkgroupValues) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const people = useCollaborativePeople(collaborativeId);
  const candidates = useMemo(() => choosablePeople(people.people, alreadyIn), [people.people, alreadyIn]);
  const validate = useFormRules<WorkgroupValues>(workgroupRules);
  const form = useForm<WorkgroupValues>({
    mode: 'controlled',
    initialValues: initial,
    validate,
    validateInputOnBlur: true,
  });
  const leads = new Set(form.values.leadUserIds);

  const { failure, onSubmit } = useFormSending(form, FIELDS, async (values: WorkgroupValues) => {
    await onSave(values);
  });

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-label={label}>
        <Stack gap="md">
          {failure !== null && <ProblemAlert error={failure} />}
          <TextInput label={t('governance.workgroupForm.name')} required {...form.getInputProps('name')} />
          <Textarea
            label={t('governance.workgroupForm.purpose')}
            description={t('governance.workgroupForm.purposeHint')}
            rows={3}
            {...form.getInputProps('purpose')}
          />
          {withStatus && (
            <NativeSelect
              label={t('governance.workgroupForm.status')}
              data={WORKGROUP_STATUSES.map((status) => ({
                value: status,
                label: t(`governance.workgroupStatus.${status}`),
              }))}
              {...form.getInputProps('status')}
            />
          )}
          {people.loading ? (
            <LoadingState label={t('governance.workgroupForm.loadingPeople')} />
          ) : (
            <>
              {people.error && <ProblemAlert error={people.error} onRetry={() => void people.refetch()} />}
              {withLeads && (
                <MultiSelect
                  label={t('governance.workgroupForm.leads')}
                  description={t('governance.workgroupForm.leadsHint')}
                  data={candidates}
                  searchable
                  clearable
                  hidePickedOptions
                  nothingFoundMessage={t('governance.workgroupForm.nobodyFound')}
                  {...form.getInputProps('leadUserIds')}
                  onChange={(chosen) => {
                    form.setFieldValue('leadUserIds', chosen);
                    // A lead is a member already: no one is listed twice.
                    form.setFieldValue(
                      'memberUserIds',
                      form.values.memberUserIds.filter((userId) => !chosen.includes(userId)),
                    );
                  }}
                />
              )}
              <MultiSelect
                label={t('governance.workgroupForm.members')}
                description={t('governance.workgroupForm.membersHint')}
                data={candidates.filter((candidate) => !leads.has(candidate.value))}
                searchable
                clearable
                hidePickedOptions
                nothingFoundMessage={t('governance.workgroupForm.nobodyFound')}
                {...form.getInputProps('memberUserIds')}
              />
            </>
          )}
          <SaveOrCancel label={submitLabel} saving={saving} onCancel={onCancel} />
        </Stack>
      </form>
    </Paper>
  );
}
