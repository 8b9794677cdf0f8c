import { Button, Group, Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/use-t';
import { DialogModal } from './DialogModal';
import { ProblemAlert } from './states';

/**
 * Asks before an action that cannot be taken back from the screen it is on (withdrawing an
 * invitation, removing a member): what it does, then the choice. The API's refusal stays in the
 * dialog; on success the caller closes it and says what happened. Without `onConfirm` the dialog
 * only explains why the action cannot be taken, with no button that would send it.
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm?: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  const confirm = async () => {
    if (!onConfirm) return;
    setFailure(null);
    setSending(true);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(error);
      setSending(false);
    }
  };

  return (
    <DialogModal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('confirm.close') }}>
      <Stack gap="md">
        {children}
        {failure !== null && <ProblemAlert error={failure} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {cancelLabel}
          </Button>
          {onConfirm && (
            <Button color="red" onClick={() => void confirm()} loading={sending}>
              {confirmLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </DialogModal>
  );
}
