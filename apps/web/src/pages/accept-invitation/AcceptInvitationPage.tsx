import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { PasswordField } from '../../forms/PasswordField';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { SignInState } from '../../app/RequireSignedIn';
import { showServerFieldErrors } from '../../forms/server-field-errors';
import { useFormRules } from '../../forms/use-form-rules';
import { EXPECTS_UNAUTHENTICATED } from '../../graphql/client';
import type {
  AcceptInvitationInput,
  InvitationPreviewQuery as PreviewData,
} from '../../graphql/generated/graphql';
import { problemOf } from '../../graphql/problem';
import { LANGUAGE_NAME, languageOfLocale, LOCALES, type Locale } from '../../i18n/locale';
import { useLocale } from '../../i18n/LocaleProvider';
import { useFormat, useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { RoleBadges } from '../../ui/RoleBadges';
import { LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { type NewAccountValues, newAccountRules, passwordsMatch } from './accept-invitation.form';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './operations';

type Preview = PreviewData['invitationPreview'];

/**
 * Where an invitation link lands. A new person chooses their name, password and language and is
 * signed in; someone who already has an account signs in first, then accepts.
 */
export function AcceptInvitationPage() {
  const t = useT();
  usePageTitle(t('accept.title'));
  const { token = '' } = useParams();
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(InvitationPreviewQuery, { variables: { token } });
  const [joined, setJoined] = useState<string | null>(null);

  // Once joined, open the collaborative they have just joined as soon as the new session is known
  // (until then the refetched preview would already say "accepted").
  if (joined) return session.me ? <Navigate to={`/collaboratives/${joined}`} replace /> : <LoadingState />;

  let body;
  if (loading && !data) body = <LoadingState />;
  else if (error || !data) {
    body = (
      <ProblemAlert
        error={error}
        specific={{ NOT_FOUND: 'accept.invalidLink' }}
        onRetry={problemOf(error).code === 'NOT_FOUND' ? undefined : () => void refetch()}
      />
    );
  } else {
    const preview = data.invitationPreview;
    body = (
      <Stack gap="lg">
        <InvitationSummary preview={preview} />
        {preview.status !== 'PENDING' ? (
          <Alert color="orange" variant="light" role="alert" title={t(`accept.status.${preview.status}`)}>
            {t('accept.askAgain')}
          </Alert>
        ) : session.me ? (
          session.me.email?.toLowerCase() === preview.email.toLowerCase() ? (
            <JoinAsSignedIn token={token} onJoined={setJoined} />
          ) : (
            <Alert color="orange" variant="light" role="alert" title={t('accept.otherAccount')}>
              {t('accept.otherAccountExplain', {
                email: preview.email,
                me: session.me.email ?? session.me.displayName,
              })}
            </Alert>
          )
        ) : (
          // The API does not say whether the email has an account (the inviter holds this link
          // too): a new person chooses a password, someone with an account signs in first.
          <Stack gap="xl">
            <NewAccount token={token} preview={preview} onJoined={setJoined} />
            <SignInFirst token={token} />
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <Stack maw={560} mx="auto" gap="lg">
      <Title order={1}>{t('accept.title')}</Title>
      {body}
    </Stack>
  );
}

function InvitationSummary({ preview }: { preview: Preview }) {
  const t = useT();
  const format = useFormat();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Text size="lg">
          {t('accept.invitedTo', { name: preview.displayName, collaborative: preview.collaborativeName })}
        </Text>
        <RoleBadges roles={preview.roles} />
        <Text size="sm">{t('accept.forEmail', { email: preview.email })}</Text>
        {preview.status === 'PENDING' && (
          <Text size="sm">{t('accept.expires', { date: format.date(preview.expiresAt) })}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function SignInFirst({ token }: { token: string }) {
  const t = useT();
  const state: SignInState = { from: `/invitations/${token}` };
  return (
    <Stack gap="sm">
      <Text>{t('accept.haveAccount')}</Text>
      <Button component={Link} to="/sign-in" state={state} style={{ alignSelf: 'flex-start' }}>
        {t('accept.signInFirst')}
      </Button>
    </Stack>
  );
}

function useAccept(onJoined: (collaborativeId: string) => void) {
  const session = useSession();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation, { context: EXPECTS_UNAUTHENTICATED });
  const [failure, setFailure] = useState<unknown>(null);
  const run = async (input: AcceptInvitationInput) => {
    setFailure(null);
    try {
      const result = await accept({ variables: { input } });
      const collaborativeId = result.data?.acceptInvitation.collaborative.id;
      if (!collaborativeId) throw new Error('The invitation was accepted without a collaborative');
      onJoined(collaborativeId);
      // The new member's permissions (and, for a new account, the session itself) begin now.
      await session.restart();
      return null;
    } catch (error) {
      setFailure(error);
      return problemOf(error);
    }
  };
  return { run, loading, failure };
}

function JoinAsSignedIn({ token, onJoined }: { token: string; onJoined: (id: string) => void }) {
  const t = useT();
  const { run, loading, failure } = useAccept(onJoined);
  return (
    <Stack gap="sm">
      {failure !== null && <ProblemAlert error={failure} />}
      <Button onClick={() => void run({ token })} loading={loading} style={{ alignSelf: 'flex-start' }}>
        {t('accept.join')}
      </Button>
    </Stack>
  );
}

function NewAccount({
  token,
  preview,
  onJoined,
}: {
  token: string;
  preview: Preview;
  onJoined: (id: string) => void;
}) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const { run, loading, failure } = useAccept(onJoined);
  const rules = useFormRules<NewAccountValues>(newAccountRules);
  const form = useForm<NewAccountValues>({
    mode: 'uncontrolled',
    initialValues: { displayName: preview.displayName, password: '', confirmPassword: '', language: locale },
    validate: {
      ...rules,
      confirmPassword: (value, values) => {
        const failure = passwordsMatch({ password: values.password, confirmPassword: value });
        return failure ? t(failure.id) : null;
      },
    },
    validateInputOnBlur: true,
    // Choosing a language shows this very form in it, so the person reads the rest in their language.
    onValuesChange: (values, previous) => {
      if (values.language !== previous.language) void setLocale(values.language);
    },
  });

  const onSubmit = async (values: NewAccountValues) => {
    const problem = await run({
      token,
      displayName: values.displayName.trim(),
      password: values.password,
      preferredLanguage: languageOfLocale(values.language),
    });
    if (problem) showServerFieldErrors(form, problem, ['displayName', 'password']);
  };

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('accept.newAccount')}
          </Title>
          {failure !== null && (
            <ProblemAlert error={failure} specific={{ UNAUTHENTICATED: 'accept.accountExistsNow' }} />
          )}
          {failure !== null && problemOf(failure).code === 'UNAUTHENTICATED' && (
            <Anchor
              component={Link}
              to="/sign-in"
              state={{ from: `/invitations/${token}` } satisfies SignInState}
            >
              {t('accept.signInFirst')}
            </Anchor>
          )}
          <TextInput
            label={t('accept.name')}
            autoComplete="name"
            required
            key={form.key('displayName')}
            {...form.getInputProps('displayName')}
          />
          <TextInput label={t('accept.email')} value={preview.email} readOnly autoComplete="username" />
          <PasswordField
            label={t('accept.password')}
            description={t('accept.passwordHint')}
            autoComplete="new-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <PasswordField
            label={t('accept.confirmPassword')}
            autoComplete="new-password"
            required
            key={form.key('confirmPassword')}
            {...form.getInputProps('confirmPassword')}
          />
          <Radio.Group
            label={t('accept.language')}
            key={form.key('language')}
            {...form.getInputProps('language')}
          >
            <Stack gap="xs" mt="xs">
              {LOCALES.map((value: Locale) => (
                <Radio key={value} value={value} label={LANGUAGE_NAME[value]} lang={value} />
              ))}
            </Stack>
          </Radio.Group>
          <Button type="submit" loading={loading}>
            {t('accept.createAndJoin')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
