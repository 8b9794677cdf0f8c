import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useT } from '../i18n/use-t';

/** Mantine's password input, with its show/hide button named in the reader's language. */
export function PasswordField(props: PasswordInputProps) {
  const t = useT();
  return <PasswordInput {...props} visibilityToggleButtonProps={{ 'aria-label': t('form.showPassword') }} />;
}
