import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { useNotice } from '../../ui/use-notice';
import { CreateWorkgroupMutation } from './operations';
import { membersBesidesLeads, type WorkgroupValues } from './workgroup.form';
import { WorkgroupForm } from './WorkgroupForm';

const EMPTY: WorkgroupValues = {
  name: '',
  purpose: '',
  status: 'ACTIVE',
  leadUserIds: [],
  memberUserIds: [],
};

/**
 * The leadership team forms a workgroup (administrators and the chair, who also appoint its
 * leads), then finds itself on the new workgroup's page.
 */
export function CreateWorkgroup({ collaborativeId }: { collaborativeId: string }) {
  return (
    <Can I="create" this={subject('Workgroup', { collaborativeId })}>
      <CreateWorkgroupControl collaborativeId={collaborativeId} />
    </Can>
  );
}

function CreateWorkgroupControl({ collaborativeId }: { collaborativeId: string }) {
  const t = useT();
  const notice = useNotice();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [create, { loading }] = useMutation(CreateWorkgroupMutation, {
    refetchQueries: ['Workgroups', 'WorkgroupNames'],
  });

  if (!open)
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>{t('governance.workgroupForm.create')}</Button>
      </Group>
    );
  return (
    <WorkgroupForm
      collaborativeId={collaborativeId}
      label={t('governance.workgroupForm.create')}
      submitLabel={t('governance.workgroupForm.createSubmit')}
      initial={EMPTY}
      withStatus={false}
      withLeads
      saving={loading}
      onCancel={() => setOpen(false)}
      onSave={async (values) => {
        const result = await create({
          variables: {
            input: {
              collaborativeId,
              name: values.name.trim(),
              purpose: values.purpose.trim(),
              leadUserIds: values.leadUserIds,
              memberUserIds: membersBesidesLeads(values),
            },
          },
        });
        const id = result.data?.createWorkgroup.id;
        if (!id) return;
        notice('governance.workgroupForm.created', 'success');
        await navigate(`/collaboratives/${collaborativeId}/workgroups/${id}`);
      }}
    />
  );
}
