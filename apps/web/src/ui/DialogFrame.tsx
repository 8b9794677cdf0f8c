import { Alert, Button, Group, type ModalProps, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { DialogModal } from './DialogModal';
import { ProblemAlert } from './states';

/**
 * The one frame every dialog shares: its content until the action goes through, the API's refusal
 * under it, and its buttons; once done, what happened and a way out instead. ConfirmDialog and
 * FormDialog are built on it; a dialog with its own way of sending (a release) uses it directly.
 */
export function DialogFrame({
  title,
  onClose,
  size,
  testId,
  done = null,
  doneDetail,
  failure = null,
  actions,
  children,
}: {
  title: string;
  onClose: () => void;
  size?: ModalProps['size'];
  testId?: string;
  /** What happened, once the action went through; null while it has not. */
  done?: string | null;
  /** More about what happened (the fund's cash after a release), under `done`. */
  doneDetail?: ReactNode;
  failure?: unknown;
  actions: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <DialogModal
      opened
      onClose={onClose}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <Stack gap="md" data-testid={testId}>
        {done !== null ? (
          <Alert color="green" variant="light" role="status" title={done}>
            {doneDetail}
          </Alert>
        ) : (
          <>
            {children}
            {failure !== null && <ProblemAlert error={failure} />}
          </>
        )}
        <Group justify="flex-end" gap="sm">
          {done !== null ? <Button onClick={onClose}>{t('confirm.close')}</Button> : actions}
        </Group>
      </Stack>
    </DialogModal>
  );
}
