import { useMutation, useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import type { ActionItemFieldsFragment, WorkgroupQuery } from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { useSession } from '../../session/session';
import { LoadMore } from '../../ui/LoadMore';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import {
  ACTION_STATUSES,
  type ActionItemValues,
  actionItemRules,
  byUrgency,
  isOverdue,
  localToday,
  type ProgressValues,
  progressRules,
} from './action-item.form';
import {
  ActionItemsQuery,
  CreateActionItemMutation,
  PostActionUpdateMutation,
  UpdateActionItemMutation,
} from './operations';
import { ActionItemStatusBadge } from './WorkgroupStatusBadge';

type Workgroup = WorkgroupQuery['workgroup'];
export const ACTION_ITEMS_PAGE_SIZE = 50;

/** The workgroup's action items, most urgent first; the lead posts and edits, owners report progress. */
export function ActionItems({ workgroup }: { workgroup: Workgroup }) {
  const t = useT();
  const { me } = useSession();
  const variables = { workgroupId: workgroup.id, first: ACTION_ITEMS_PAGE_SIZE };
  const { data, loading, error, refetch, fetchMore } = useQuery(ActionItemsQuery, { variables });
  const items = useMemo(() => byUrgency(data?.actionItems.nodes ?? []), [data]);
  const isLead = workgroup.members.some((member) => member.lead && member.userId === me?.id);
  const today = localToday();

  return (
    <Stack gap="sm">
      <Can
        I="create"
        this={subject('ActionItem', {
          collaborativeId: workgroup.collaborativeId,
          workgroupId: workgroup.id,
        })}
      >
        <ActionItemForm workgroup={workgroup} item={null} onDone={() => void refetch()} />
      </Can>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : items.length === 0 ? (
        <EmptyState>{t('governance.actionItems.empty')}</EmptyState>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <ActionItemCard
              key={item.id}
              item={item}
              workgroup={workgroup}
              isLead={isLead}
              overdue={isOverdue(item, today)}
              onChanged={() => void refetch()}
            />
          ))}
        </Stack>
      )}
      {data && (
        <LoadMore
          pageInfo={data.actionItems.pageInfo}
          fetchNext={(after) => fetchMore({ variables: { after } })}
          label={t('governance.actionItems.loadMore')}
        />
      )}
    </Stack>
  );
}

function ActionItemCard({
  item,
  workgroup,
  isLead,
  overdue,
  onChanged,
}: {
  item: ActionItemFieldsFragment;
  workgroup: Workgroup;
  isLead: boolean;
  overdue: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const { ability } = useSession();
  const [mode, setMode] = useState<'view' | 'edit' | 'progress'>('view');
  const headingId = `action-item-${item.id}`;
  const mayUpdate = ability.can(
    'update',
    subject('ActionItem', {
      collaborativeId: item.collaborativeId,
      workgroupId: item.workgroupId,
      ownerUserId: item.ownerUserId,
    }),
  );
  const names = new Map(workgroup.members.map((member) => [member.userId, member.user?.displayName ?? '…']));
  const updates = [...item.updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <Paper withBorder p="md" radius="md" component="li" aria-labelledby={headingId} data-testid="action-item">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h5" id={headingId} style={{ flex: '1 1 14rem' }}>
            {item.title}
          </Title>
          <ActionItemStatusBadge status={item.status} />
        </Group>
        <Text size="sm">
          {t('governance.actionItems.owner', { name: item.owner?.displayName ?? '…' })}
          {item.dueOn && ` · ${t('governance.actionItems.due', { date: format.localDate(item.dueOn) })}`}
          {overdue && (
            <Text span c="red.8" fw={600}>
              {' '}
              · {t('governance.actionItems.overdue')}
            </Text>
          )}
        </Text>
        {updates.length > 0 && (
          <Stack
            gap={4}
            component="ol"
            style={{ margin: 0, paddingLeft: '1.25rem' }}
            aria-label={t('governance.actionItems.progress')}
          >
            {updates.map((update) => (
              <li key={update.id}>
                <Text size="sm">
                  {update.note}
                  {update.statusTo && ` (${t(`governance.actionStatus.${update.statusTo}`)})`}
                </Text>
                <Text size="xs" c="dimmed">
                  {names.get(update.authorUserId) ?? ''} · {format.date(update.createdAt)}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {mode === 'view' && mayUpdate && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => setMode('progress')}
              aria-label={t('governance.actionItems.postProgressFor', { item: item.title })}
            >
              {t('governance.actionItems.postProgress')}
            </Button>
            {isLead && (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => setMode('edit')}
                aria-label={t('governance.actionItems.editFor', { item: item.title })}
              >
                {t('governance.minutes.edit')}
              </Button>
            )}
          </Group>
        )}
        {mode === 'progress' && (
          <ProgressForm
            item={item}
            onDone={(changed) => {
              setMode('view');
              if (changed) onChanged();
            }}
          />
        )}
        {mode === 'edit' && (
          <ActionItemForm
            workgroup={workgroup}
            item={item}
            onDone={() => {
              setMode('view');
              onChanged();
            }}
            onCancel={() => setMode('view')}
          />
        )}
      </Stack>
    </Paper>
  );
}

function ProgressForm({
  item,
  onDone,
}: {
  item: ActionItemFieldsFragment;
  onDone: (changed: boolean) => void;
}) {
  const t = useT();
  const [post, { loading }] = useMutation(PostActionUpdateMutation);
  const validate = useFormRules<ProgressValues>(progressRules);
  const form = useForm<ProgressValues>({
    mode: 'uncontrolled',
    initialValues: { note: '', status: '' },
    validate,
    validateInputOnBlur: true,
  });
  const { failure, onSubmit } = useFormSending(form, ['note', 'status'], async (values: ProgressValues) => {
    await post({
      variables: {
        input: { actionItemId: item.id, note: values.note.trim(), status: values.status || null },
      },
    });
    onDone(true);
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t('governance.actionItems.postProgressFor', { item: item.title })}
    >
      <Stack gap="xs">
        {failure !== null && <ProblemAlert error={failure} />}
        <Textarea
          label={t('governance.actionItems.note')}
          required
          rows={2}
          key={form.key('note')}
          {...form.getInputProps('note')}
        />
        <NativeSelect
          label={t('governance.actionItems.newStatus')}
          data={[
            {
              value: '',
              label: t('governance.actionItems.keepStatus', {
                status: t(`governance.actionStatus.${item.status}`),
              }),
            },
            ...ACTION_STATUSES.filter((status) => status !== item.status).map((status) => ({
              value: status,
              label: t(`governance.actionStatus.${status}`),
            })),
          ]}
          key={form.key('status')}
          {...form.getInputProps('status')}
        />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={loading}>
            {t('governance.actionItems.postSubmit')}
          </Button>
          <Button size="sm" variant="subtle" onClick={() => onDone(false)}>
            {t('governance.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Posting a new item (item null) or the lead's retitle / reassign / reschedule of one. */
function ActionItemForm({
  workgroup,
  item,
  onDone,
  onCancel,
}: {
  workgroup: Workgroup;
  item: ActionItemFieldsFragment | null;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(item !== null);
  const [create, creating] = useMutation(CreateActionItemMutation);
  const [update, updating] = useMutation(UpdateActionItemMutation);
  const validate = useFormRules<ActionItemValues>(actionItemRules);
  const form = useForm<ActionItemValues>({
    mode: 'uncontrolled',
    initialValues: {
      title: item?.title ?? '',
      ownerUserId: item?.ownerUserId ?? '',
      dueOn: item?.dueOn ?? '',
    },
    validate,
    validateInputOnBlur: true,
  });
  const { failure, onSubmit } = useFormSending(
    form,
    ['title', 'ownerUserId', 'dueOn'],
    async (values: ActionItemValues) => {
      const fields = {
        title: values.title.trim(),
        ownerUserId: values.ownerUserId,
        dueOn: values.dueOn || null,
      };
      if (item) await update({ variables: { input: { id: item.id, ...fields } } });
      else await create({ variables: { input: { workgroupId: workgroup.id, ...fields } } });
      form.reset();
      if (!item) setOpen(false);
      onDone();
    },
  );
  if (!open)
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>{t('governance.actionItems.add')}</Button>
      </Group>
    );
  const label = item
    ? t('governance.actionItems.editFor', { item: item.title })
    : t('governance.actionItems.add');
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-label={label}>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          <TextInput
            label={t('governance.actionItems.title')}
            required
            key={form.key('title')}
            {...form.getInputProps('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('governance.actionItems.ownerField')}
              required
              data={[
                { value: '', label: t('governance.actionItems.chooseOwner') },
                ...workgroup.members.map((member) => ({
                  value: member.userId,
                  label: member.user?.displayName ?? '…',
                })),
              ]}
              key={form.key('ownerUserId')}
              {...form.getInputProps('ownerUserId')}
            />
            <TextInput
              type="date"
              label={t('governance.actionItems.dueField')}
              key={form.key('dueOn')}
              {...form.getInputProps('dueOn')}
            />
          </SimpleGrid>
          <Group gap="xs">
            <Button type="submit" loading={creating.loading || updating.loading}>
              {item ? t('governance.save') : t('governance.actionItems.postSubmitItem')}
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                if (onCancel) onCancel();
                else setOpen(false);
              }}
            >
              {t('governance.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
