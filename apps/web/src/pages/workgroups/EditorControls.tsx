import { Alert, Button, Group, Stack } from '@mantine/core';
import { useT } from '../../i18n/use-t';

/** A form's send button (busy while sending) and its way out. */
export function SaveOrCancel({
  label,
  saving,
  onCancel,
}: {
  label: string;
  saving: boolean;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <Group gap="xs">
      <Button type="submit" loading={saving}>
        {label}
      </Button>
      <Button variant="subtle" onClick={onCancel}>
        {t('governance.cancel')}
      </Button>
    </Group>
  );
}

/** The button that opens an edit form in place, and what was saved last time it closed. */
export function EditOpener({
  label,
  saved,
  onOpen,
}: {
  label: string;
  /** The confirmation of the last save, or null. */
  saved: string | null;
  onOpen: () => void;
}) {
  return (
    <Stack gap="xs" align="flex-start">
      <Group>
        <Button variant="default" onClick={onOpen}>
          {label}
        </Button>
      </Group>
      {saved && (
        <Alert color="green" variant="light" role="status">
          {saved}
        </Alert>
      )}
    </Stack>
  );
}
