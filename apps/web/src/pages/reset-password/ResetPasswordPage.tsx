import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useParams } from 'react-router';
import { PasswordField } from '../../forms/PasswordField';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import { EXPECTS_UNAUTHENTICATED } from '../../graphql/client';
import { problemOf } from '../../graphql/problem';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { ResetPasswordMutation } from './operations';
import { resetPasswordConfirmed, resetPasswordRules, type ResetPasswordValues } from './reset-password.form';

/**
 * Where a password-reset email's link lands: a new password, typed twice. The API signs out every
 * session of the person (this browser's too), so afterwards they sign in with the new password.
 */
export function ResetPasswordPage() {
  const t = useT();
  usePageTitle(t('reset.title'));
  const { token = '' } = useParams();
  const session = useSession();
  const [reset, { loading }] = useMutation(ResetPasswordMutation, { context: EXPECTS_UNAUTHENTICATED });

  const rules = useFormRules<ResetPasswordValues>(resetPasswordRules);
  const form = useForm<ResetPasswordValues>({
    mode: 'uncontrolled',
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: {
      ...rules,
      confirmPassword: (_value, values) => {
        const problem = resetPasswordConfirmed(values);
        return problem ? t(problem.id) : null;
      },
    },
    validateInputOnBlur: true,
  });

  const {
    failure,
    saved: done,
    onSubmit,
  } = useFormSending(form, ['newPassword'], async ({ newPassword }: ResetPasswordValues) => {
    await reset({ variables: { input: { token, newPassword } } });
    // This browser's session, if it had one, has just been ended too.
    if (session.me) await session.restart();
  });

  const linkInvalid = failure !== null && problemOf(failure).reason === 'RESET_LINK_INVALID';

  return (
    <Stack maw={420} mx="auto" gap="lg">
      <Title order={1}>{t('reset.title')}</Title>
      {done ? (
        <Alert color="green" variant="light" role="status" title={t('reset.doneTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('reset.done')}</Text>
            <Button component={Link} to="/sign-in" size="sm">
              {t('reset.signIn')}
            </Button>
          </Stack>
        </Alert>
      ) : linkInvalid ? (
        <Alert color="orange" variant="light" role="alert" title={t('reset.invalid')}>
          <Anchor component={Link} to="/forgot-password">
            {t('reset.askAgain')}
          </Anchor>
        </Alert>
      ) : (
        <>
          <Text>{t('reset.explain')}</Text>
          <Paper withBorder p="lg" radius="md">
            <form onSubmit={onSubmit} noValidate>
              <Stack gap="md">
                {failure !== null && <ProblemAlert error={failure} />}
                <PasswordField
                  label={t('reset.newPassword')}
                  description={t('reset.newPasswordHint')}
                  autoComplete="new-password"
                  required
                  key={form.key('newPassword')}
                  {...form.getInputProps('newPassword')}
                />
                <PasswordField
                  label={t('reset.confirmPassword')}
                  autoComplete="new-password"
                  required
                  key={form.key('confirmPassword')}
                  {...form.getInputProps('confirmPassword')}
                />
                <Button type="submit" loading={loading} fullWidth>
                  {t('reset.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </>
      )}
    </Stack>
  );
}
