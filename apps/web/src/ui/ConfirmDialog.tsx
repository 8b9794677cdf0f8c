import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSending } from '../forms/use-form-sending';
import { DialogFrame } from './DialogFrame';

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
  const { failure, sending, saved, run } = useSending(async () => onConfirm?.());

  return (
    <DialogFrame
      title={title}
      onClose={onClose}
      failure={failure}
      actions={
        <>
          <Button variant="default" onClick={onClose} data-autofocus>
            {cancelLabel}
          </Button>
          {onConfirm && (
            // Still loading once sent: the caller is closing the dialog.
            <Button color="red" onClick={() => void run()} loading={sending || saved}>
              {confirmLabel}
            </Button>
          )}
        </>
      }
    >
      {children}
    </DialogFrame>
  );
}
