import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { AttendanceStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { EmptyState, ProblemAlert } from '../../ui/states';
import { type AttendanceChoice, type AttendanceLine, changedEntries } from './attendance';
import { MeetingQuery, RecordAttendanceMutation } from './operations';

const STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'REMOTE', 'ALTERNATE_PRESENT', 'ABSENT'];

/**
 * Who is here: one choice per seat (or member), recorded together. The quorum above follows what
 * is saved. Read-only for those who may not record attendance, or once the meeting has ended.
 */
export function AttendanceSheet({
  meeting,
  lines,
}: {
  meeting: { id: string; collaborativeId: string; workgroupId: string | null; status: string };
  lines: readonly AttendanceLine[];
}) {
  const t = useT();
  const { ability } = useSession();
  const editable =
    (meeting.status === 'SCHEDULED' || meeting.status === 'IN_PROGRESS') &&
    ability.can(
      'record',
      subject('Meeting', { collaborativeId: meeting.collaborativeId, workgroupId: meeting.workgroupId }),
    );
  const recorded = useMemo(
    () => Object.fromEntries(lines.map((line) => [line.key, (line.recorded ?? '') as AttendanceChoice])),
    [lines],
  );
  // What the recorder changed since the last save, over what the API has recorded.
  const [edits, setEdits] = useState<Record<string, AttendanceChoice>>({});
  const choices = useMemo(() => ({ ...recorded, ...edits }), [recorded, edits]);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [record, { loading }] = useMutation(RecordAttendanceMutation, {
    refetchQueries: [{ query: MeetingQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });
  const entries = changedEntries(lines, choices);

  const save = async () => {
    setFailure(null);
    setSaved(false);
    try {
      await record({ variables: { input: { meetingId: meeting.id, entries } } });
      setEdits({});
      setSaved(true);
    } catch (error) {
      setFailure(error);
    }
  };

  if (lines.length === 0) return <EmptyState>{t('governance.attendance.nobody')}</EmptyState>;
  return (
    <Stack gap="sm">
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {lines.map((line) => (
          <Paper key={line.key} withBorder p="xs" radius="md" component="li">
            <Group justify="space-between" gap="xs" wrap="wrap" align="center">
              <Stack gap={0} style={{ minWidth: 0, flex: '1 1 12rem' }}>
                <Text fw={600} size="sm">
                  {line.label}
                </Text>
                {line.detail && (
                  <Text size="xs" c="dimmed">
                    {line.detail}
                  </Text>
                )}
              </Stack>
              {editable ? (
                <NativeSelect
                  aria-label={t('governance.attendance.statusOf', { name: line.label })}
                  value={choices[line.key] ?? ''}
                  onChange={(event) => {
                    // Read now: React clears currentTarget before a state updater runs.
                    const choice = event.currentTarget.value as AttendanceChoice;
                    setEdits((current) => ({ ...current, [line.key]: choice }));
                  }}
                  data={[
                    { value: '', label: t('governance.attendance.notRecorded') },
                    ...STATUSES.filter((status) => status !== 'ALTERNATE_PRESENT' || line.hasAlternate).map(
                      (status) => ({
                        value: status,
                        label: t(`governance.attendance.${status}`),
                      }),
                    ),
                  ]}
                  style={{ flex: '0 1 14rem' }}
                />
              ) : (
                <Text size="sm">
                  {line.recorded
                    ? t(`governance.attendance.${line.recorded}`)
                    : t('governance.attendance.notRecorded')}
                </Text>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      {editable && (
        <Group>
          <Button onClick={() => void save()} loading={loading} disabled={entries.length === 0}>
            {t('governance.attendance.save')}
          </Button>
          {entries.length > 0 && (
            <Text size="sm">{t('governance.attendance.unsaved', { count: entries.length })}</Text>
          )}
        </Group>
      )}
      {saved && entries.length === 0 && (
        <Alert color="green" variant="light" role="status">
          {t('governance.attendance.saved')}
        </Alert>
      )}
      {failure !== null && <ProblemAlert error={failure} />}
    </Stack>
  );
}
