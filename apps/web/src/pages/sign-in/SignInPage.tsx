import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { PasswordField } from '../../forms/PasswordField';
import { useForm } from '@mantine/form';
import { Link, Navigate, useLocation } from 'react-router';
import type { SignInState } from '../../app/RequireSignedIn';
import { EXPECTS_UNAUTHENTICATED } from '../../graphql/client';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { SignInMutation } from './operations';
import { type SignInValues, signInRules } from './sign-in.form';

/** Only paths inside the app: a crafted link must not send someone elsewhere after signing in. */
function safeReturnPath(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in') ? from : '/';
}

export function SignInPage() {
  const t = useT();
  usePageTitle(t('signIn.title'));
  const session = useSession();
  const location = useLocation();
  const from = (location.state as SignInState | null)?.from;
  const [signIn, { loading }] = useMutation(SignInMutation, { context: EXPECTS_UNAUTHENTICATED });

  const validate = useFormRules<SignInValues>(signInRules);
  const form = useForm<SignInValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate,
    validateInputOnBlur: true,
  });

  const { failure, onSubmit } = useFormSending(form, ['email', 'password'], async (values: SignInValues) => {
    await signIn({ variables: { input: { email: values.email.trim(), password: values.password } } });
    // The new session's person, permissions and language replace the signed-out ones; the
    // Navigate above then takes them where they were going.
    await session.restart();
  });

  if (session.me) return <Navigate to={safeReturnPath(from)} replace />;

  return (
    <Stack maw={420} mx="auto" gap="lg">
      <Title order={1}>{t('signIn.title')}</Title>
      {from && from !== '/' && <Text>{t('signIn.toContinue')}</Text>}
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {failure !== null && (
              <ProblemAlert
                error={failure}
                specific={{ UNAUTHENTICATED: 'signIn.wrongCredentials', TOO_MANY_REQUESTS: 'signIn.tooMany' }}
              />
            )}
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              inputMode="email"
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <PasswordField
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={loading} fullWidth>
              {t('signIn.submit')}
            </Button>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('signIn.forgot')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
      <Text size="sm">{t('signIn.noAccount')}</Text>
    </Stack>
  );
}
