import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { useMemo, useState } from 'react';
import type { WorkgroupFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { EditOpener } from './EditorControls';
import { UpdateWorkgroupMutation } from './operations';
import { membersBesidesLeads, type WorkgroupValues } from './workgroup.form';
import { WorkgroupForm } from './WorkgroupForm';

/**
 * Administrators, the chair and the workgroup's own leads change its name, purpose, status and
 * members; leads are appointed by administrators and the chair only, so a lead does not see that
 * choice (the API refuses it from them).
 */
export function EditWorkgroup({ workgroup }: { workgroup: WorkgroupFieldsFragment }) {
  const t = useT();
  const { ability } = useSession();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateWorkgroupMutation, {
    refetchQueries: ['Workgroups', 'WorkgroupNames'],
  });
  const record = subject('Workgroup', { collaborativeId: workgroup.collaborativeId, id: workgroup.id });
  const mayAppoint = ability.can('appoint', record);
  const alreadyIn = useMemo(
    () =>
      workgroup.members.map((member) => ({
        userId: member.userId,
        displayName: member.user?.displayName ?? '…',
      })),
    [workgroup.members],
  );
  if (!ability.can('update', record)) return null;

  const initial: WorkgroupValues = {
    name: workgroup.name,
    purpose: workgroup.purpose,
    status: workgroup.status,
    leadUserIds: workgroup.members.filter((member) => member.lead).map((member) => member.userId),
    memberUserIds: workgroup.members.filter((member) => !member.lead).map((member) => member.userId),
  };

  if (!open)
    return (
      <EditOpener
        label={t('governance.workgroupForm.edit')}
        saved={saved ? t('governance.workgroupForm.saved') : null}
        onOpen={() => {
          setSaved(false);
          setOpen(true);
        }}
      />
    );
  return (
    <WorkgroupForm
      collaborativeId={workgroup.collaborativeId}
      label={t('governance.workgroupForm.edit')}
      submitLabel={t('governance.save')}
      initial={initial}
      alreadyIn={alreadyIn}
      withStatus
      withLeads={mayAppoint}
      saving={loading}
      onCancel={() => setOpen(false)}
      onSave={async (values) => {
        await update({
          variables: {
            input: {
              id: workgroup.id,
              name: values.name.trim(),
              purpose: values.purpose.trim(),
              status: values.status,
              ...(mayAppoint ? { leadUserIds: values.leadUserIds } : {}),
              memberUserIds: membersBesidesLeads(values),
            },
          },
        });
        setOpen(false);
        setSaved(true);
      }}
    />
  );
}
