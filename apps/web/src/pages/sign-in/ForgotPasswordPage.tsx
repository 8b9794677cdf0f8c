import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import { EXPECTS_UNAUTHENTICATED } from '../../graphql/client';
import { useT } from '../../i18n/use-t';
import { ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { RequestPasswordResetMutation } from './operations';
import { type ForgotPasswordValues, forgotPasswordRules } from './sign-in.form';

/**
 * "Forgot your password?": asks for the email and then says the same sentence whether or not it
 * has an account, as the API does, so this page cannot be used to find out who has one.
 */
export function ForgotPasswordPage() {
  const t = useT();
  usePageTitle(t('forgot.title'));
  const [request, { loading }] = useMutation(RequestPasswordResetMutation, {
    context: EXPECTS_UNAUTHENTICATED,
  });

  const validate = useFormRules<ForgotPasswordValues>(forgotPasswordRules);
  const form = useForm<ForgotPasswordValues>({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate,
    validateInputOnBlur: true,
  });

  const {
    failure,
    done: sentTo,
    clear,
    onSubmit,
  } = useFormSending(form, ['email'], async (values: ForgotPasswordValues) => {
    const email = values.email.trim();
    await request({ variables: { input: { email } } });
    return email;
  });

  return (
    <Stack maw={420} mx="auto" gap="lg">
      <Title order={1}>{t('forgot.title')}</Title>
      {sentTo !== null ? (
        <Alert color="green" variant="light" role="status" title={t('forgot.sentTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('forgot.sent', { email: sentTo })}</Text>
            <Button
              variant="outline"
              size="xs"
              onClick={() => {
                form.reset();
                clear();
              }}
            >
              {t('forgot.again')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          <Text>{t('forgot.explain')}</Text>
          <Paper withBorder p="lg" radius="md">
            <form onSubmit={onSubmit} noValidate>
              <Stack gap="md">
                {failure !== null && (
                  <ProblemAlert error={failure} specific={{ TOO_MANY_REQUESTS: 'forgot.tooMany' }} />
                )}
                <TextInput
                  label={t('forgot.email')}
                  type="email"
                  autoComplete="username"
                  inputMode="email"
                  required
                  key={form.key('email')}
                  {...form.getInputProps('email')}
                />
                <Button type="submit" loading={loading} fullWidth>
                  {t('forgot.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </>
      )}
      <Anchor component={Link} to="/sign-in">
        {t('forgot.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
