import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useT } from '../i18n/use-t';

/**
 * Mantine's password input with two accessibility gaps closed: its show/hide button is named in the
 * reader's language, and the input itself says it is invalid (Mantine 9 marks only its wrapper).
 */
export function PasswordField(props: PasswordInputProps) {
  const t = useT();
  return (
    <PasswordInput
      {...props}
      aria-invalid={props.error ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('form.showPassword') }}
    />
  );
}
