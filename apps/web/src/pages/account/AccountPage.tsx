import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PasswordField } from '../../forms/PasswordField';
import { useFormRules } from '../../forms/use-form-rules';
import { LANGUAGE_NAME, languageOfLocale, LOCALES, localeOfLanguage } from '../../i18n/locale';
import { useT } from '../../i18n/use-t';
import { type SignedInUser, useSession } from '../../session/session';
import { Section } from '../../ui/Section';
import { ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { useFormSending } from '../../forms/use-form-sending';
import {
  newPasswordConfirmed,
  passwordRules,
  type PasswordValues,
  profileRules,
  type ProfileValues,
} from './account.form';
import { CalendarFeedSection } from './CalendarFeedSection';
import { ChangePasswordMutation, UpdateMyProfileMutation } from './operations';

/** The signed-in person's own account: their name and language, and their password. */
export function AccountPage() {
  const t = useT();
  usePageTitle(t('account.title'));
  const { me } = useSession();
  // The page is routed for signed-in people only (RequireSignedIn).
  if (!me) return null;
  return (
    <Stack gap="xl" maw={640}>
      <Title order={1}>{t('account.title')}</Title>
      <Profile me={me} />
      <ChangePassword />
      <Section id="account-notifications" title={t('notifications.preferences.title')}>
        <Anchor component={Link} to="/account/notifications">
          {t('notifications.preferencesLink')}
        </Anchor>
      </Section>
      <CalendarFeedSection />
    </Stack>
  );
}

function Profile({ me }: { me: SignedInUser }) {
  const t = useT();
  const [update, { loading }] = useMutation(UpdateMyProfileMutation);
  const validate = useFormRules<ProfileValues>(profileRules);
  const form = useForm<ProfileValues>({
    mode: 'uncontrolled',
    initialValues: { displayName: me.displayName, language: localeOfLanguage(me.preferredLanguage) },
    validate,
    validateInputOnBlur: true,
  });

  return (
    <Section id="account-profile" title={t('account.profile')}>
      <AccountForm
        label={t('account.profile')}
        form={form}
        fields={['displayName']}
        // The answer updates the signed-in person in the cache: a new language applies at once.
        send={async (values) => {
          await update({
            variables: {
              input: {
                displayName: values.displayName.trim(),
                preferredLanguage: languageOfLocale(values.language),
              },
            },
          });
        }}
        done={<Alert color="green" variant="light" role="status" title={t('account.profileSaved')} />}
        submitLabel={t('account.saveProfile')}
        loading={loading}
      >
        <TextInput
          label={t('account.name')}
          required
          autoComplete="name"
          key={form.key('displayName')}
          {...form.getInputProps('displayName')}
        />
        <TextInput
          label={t('account.email')}
          description={t('account.emailHint')}
          value={me.email ?? ''}
          readOnly
          autoComplete="username"
        />
        <NativeSelect
          label={t('account.language')}
          data={LOCALES.map((value) => ({ value, label: LANGUAGE_NAME[value] }))}
          key={form.key('language')}
          {...form.getInputProps('language')}
        />
      </AccountForm>
    </Section>
  );
}

/**
 * The API checks the current password, then signs out every other session of the person (this one
 * stays signed in): said before the change and again after it.
 */
function ChangePassword() {
  const t = useT();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const rules = useFormRules<PasswordValues>(passwordRules);
  const form = useForm<PasswordValues>({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      ...rules,
      confirmPassword: (_value, values) => {
        const problem = newPasswordConfirmed(values);
        return problem ? t(problem.id) : null;
      },
    },
    validateInputOnBlur: true,
  });
  const password = (field: keyof PasswordValues) => ({
    autoComplete: field === 'currentPassword' ? 'current-password' : 'new-password',
    required: true,
    key: form.key(field),
    ...form.getInputProps(field),
  });

  return (
    <Section id="account-password" title={t('account.password')}>
      <Text>{t('account.passwordExplain')}</Text>
      <AccountForm
        label={t('account.password')}
        form={form}
        fields={['currentPassword', 'newPassword']}
        send={async ({ currentPassword, newPassword }) => {
          await change({ variables: { input: { currentPassword, newPassword } } });
          form.reset();
        }}
        done={
          <Alert color="green" variant="light" role="status" title={t('account.passwordChanged')}>
            {t('account.passwordChangedExplain')}
          </Alert>
        }
        submitLabel={t('account.changePassword')}
        loading={loading}
      >
        <PasswordField label={t('account.currentPassword')} {...password('currentPassword')} />
        <PasswordField
          label={t('account.newPassword')}
          description={t('account.newPasswordHint')}
          {...password('newPassword')}
        />
        <PasswordField label={t('account.confirmPassword')} {...password('confirmPassword')} />
      </AccountForm>
    </Section>
  );
}

/**
 * One of the account's forms: its rules run before `send`; the API's refusal goes above the fields
 * (its messages about `fields` beside those inputs), and `done` says what happened once it is saved.
 */
function AccountForm<Values extends object>({
  label,
  form,
  fields,
  send,
  done,
  submitLabel,
  loading,
  children,
}: {
  label: string;
  form: UseFormReturnType<Values>;
  fields: readonly (keyof Values & string)[];
  send: (values: Values) => Promise<void>;
  done: ReactNode;
  submitLabel: string;
  loading: boolean;
  children: ReactNode;
}) {
  const { failure, saved, onSubmit } = useFormSending(form, fields, send);

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-label={label}>
        <Stack gap="md">
          {failure !== null && <ProblemAlert error={failure} />}
          {saved && done}
          {children}
          <Group>
            <Button type="submit" loading={loading}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
