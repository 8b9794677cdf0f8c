import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { all, maxLength, required, type Rule } from '../../forms/rules';
import { useFormSending, useSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import type { MeetingQuery as MeetingData, MinutesFieldsFragment } from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { EmptyState, ProblemAlert } from '../../ui/states';
import { MotionStatusBadge } from '../motions/MotionBadges';
import {
  CirculateMinutesMutation,
  CorrectMinutesMutation,
  DraftMinutesMutation,
  MeetingQuery,
  UpdateMinutesMutation,
} from './operations';

type Meeting = MeetingData['meeting'];

interface MinutesValues {
  body: string;
}
/** DraftMinutesInput.body: 100,000 characters. */
const minutesRules: { [K in keyof MinutesValues]?: Rule<MinutesValues[K]> } = {
  body: all(required, maxLength(100_000)),
};

const STATUS_COLOR = { DRAFT: 'gray', CIRCULATED: 'blue', APPROVED: 'green' } as const;

/**
 * Minutes: drafted by the chair (or the lead, or the note-taker), circulated to everyone, then
 * approved by a MINUTES_APPROVAL motion at a later meeting. Approved minutes never change: a
 * correction is a new version that goes through the same steps.
 */
export function MinutesPanel({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { ability } = useSession();
  const versions = [...meeting.minutes].sort((a, b) => b.version - a.version);
  const latest = versions[0] ?? null;
  const record = (status: string) =>
    subject('Minutes', {
      collaborativeId: meeting.collaborativeId,
      workgroupId: meeting.workgroupId,
      noteTakerUserId: meeting.noteTakerUserId,
      status,
    });
  const mayDraft = ability.can('create', record('DRAFT'));

  return (
    <Stack gap="sm">
      {!latest ? (
        mayDraft && meeting.status !== 'CANCELLED' ? (
          <MinutesEditor meeting={meeting} minutes={null} />
        ) : (
          <EmptyState>{t('governance.minutes.none')}</EmptyState>
        )
      ) : (
        versions.map((minutes) => (
          <MinutesVersion
            key={minutes.id}
            meeting={meeting}
            minutes={minutes}
            latest={minutes.id === latest.id}
            mayUpdate={ability.can('update', record(minutes.status))}
            mayCorrect={ability.can('create', record('DRAFT'))}
          />
        ))
      )}
      {latest && <DecidedAtMeeting meeting={meeting} />}
    </Stack>
  );
}

/** What the minutes record as decided: each motion closed at this meeting, with its outcome. */
function DecidedAtMeeting({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const decided = meeting.motions.filter((motion) => motion.status === 'CLOSED');
  if (decided.length === 0) return null;
  return (
    <Stack gap={4} component="section" aria-labelledby={`decided-${meeting.id}`}>
      <Text fw={600} id={`decided-${meeting.id}`}>
        {t('governance.links.decidedAtMeeting')}
      </Text>
      <Stack gap={4} component="ul" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {decided.map((motion) => (
          <li key={motion.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/collaboratives/${meeting.collaborativeId}/motions/${motion.id}`}>
                {motion.title}
              </Anchor>
              <MotionStatusBadge status={motion.status} outcome={motion.outcome} />
            </Group>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function MinutesVersion({
  meeting,
  minutes,
  latest,
  mayUpdate,
  mayCorrect,
}: {
  meeting: Meeting;
  minutes: MinutesFieldsFragment;
  latest: boolean;
  mayUpdate: boolean;
  mayCorrect: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const [editing, setEditing] = useState<'edit' | 'correct' | null>(null);
  const [circulate] = useMutation(CirculateMinutesMutation, {
    refetchQueries: [{ query: MeetingQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });
  const circulation = useSending(() => circulate({ variables: { id: minutes.id } }));
  const headingId = `minutes-${minutes.id}`;

  if (editing)
    return (
      <MinutesEditor
        meeting={meeting}
        minutes={minutes}
        correcting={editing === 'correct'}
        onDone={() => setEditing(null)}
      />
    );
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text fw={700} id={headingId}>
            {t('governance.minutes.version', { version: minutes.version })}
          </Text>
          <Badge color={STATUS_COLOR[minutes.status]} variant="light" tt="none" data-testid="minutes-status">
            {t(`governance.minutesStatus.${minutes.status}`)}
          </Badge>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{minutes.body}</Text>
        <Text size="sm" c="dimmed">
          {minutes.status === 'APPROVED' && minutes.approvedAt
            ? t('governance.minutes.approvedOn', { date: format.date(minutes.approvedAt) })
            : minutes.status === 'CIRCULATED' && minutes.circulatedAt
              ? t('governance.minutes.circulatedOn', { date: format.date(minutes.circulatedAt) })
              : t('governance.minutes.draftHint')}
        </Text>
        {minutes.approvedByMotionId && (
          <Anchor
            component={Link}
            to={`/collaboratives/${meeting.collaborativeId}/motions/${minutes.approvedByMotionId}`}
            size="sm"
          >
            {t('governance.minutes.approvingMotion')}
          </Anchor>
        )}
        {minutes.status === 'CIRCULATED' && meeting.workgroupId === null && (
          <Text size="sm">{t('governance.minutes.approveHow')}</Text>
        )}
        {latest && (
          <Group gap="xs">
            {minutes.status === 'DRAFT' && mayUpdate && (
              <>
                <Button variant="default" onClick={() => setEditing('edit')}>
                  {t('governance.minutes.edit')}
                </Button>
                <Button loading={circulation.sending} onClick={() => void circulation.run()}>
                  {t('governance.minutes.circulate')}
                </Button>
              </>
            )}
            {minutes.status === 'APPROVED' && mayCorrect && (
              <Button variant="default" onClick={() => setEditing('correct')}>
                {t('governance.minutes.correct')}
              </Button>
            )}
          </Group>
        )}
        {circulation.failure !== null && <ProblemAlert error={circulation.failure} />}
      </Stack>
    </Paper>
  );
}

function MinutesEditor({
  meeting,
  minutes,
  correcting = false,
  onDone,
}: {
  meeting: Meeting;
  minutes: MinutesFieldsFragment | null;
  correcting?: boolean;
  onDone?: () => void;
}) {
  const t = useT();
  const options = {
    refetchQueries: [{ query: MeetingQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  };
  const [draft, drafting] = useMutation(DraftMinutesMutation, options);
  const [update, updating] = useMutation(UpdateMinutesMutation, options);
  const [correct, correctingNow] = useMutation(CorrectMinutesMutation, options);
  const validate = useFormRules<MinutesValues>(minutesRules);
  const form = useForm<MinutesValues>({
    mode: 'uncontrolled',
    initialValues: { body: minutes?.body ?? '' },
    validate,
    validateInputOnBlur: true,
  });
  const { failure, onSubmit } = useFormSending(form, ['body'], async ({ body }: MinutesValues) => {
    if (!minutes) await draft({ variables: { input: { meetingId: meeting.id, body } } });
    else if (correcting) await correct({ variables: { input: { minutesId: minutes.id, body } } });
    else await update({ variables: { input: { id: minutes.id, body } } });
    onDone?.();
  });
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          <Textarea
            label={correcting ? t('governance.minutes.correctionBody') : t('governance.minutes.body')}
            description={t('governance.minutes.bodyHint')}
            required
            rows={8}
            key={form.key('body')}
            {...form.getInputProps('body')}
          />
          <Group>
            <Button type="submit" loading={drafting.loading || updating.loading || correctingNow.loading}>
              {minutes && !correcting ? t('governance.save') : t('governance.minutes.saveDraft')}
            </Button>
            {onDone && (
              <Button variant="subtle" onClick={onDone}>
                {t('governance.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
