import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  CopyButton,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { showServerFieldErrors } from '../../forms/server-field-errors';
import { useFormRules } from '../../forms/use-form-rules';
import type { CollaborativeOverviewQuery } from '../../graphql/generated/graphql';
import { problemOf } from '../../graphql/problem';
import { Section } from '../../ui/Section';
import { LANGUAGE_NAME, languageOfLocale, LOCALES, localeOfLanguage } from '../../i18n/locale';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { ProblemAlert } from '../../ui/states';
import { type InviteMemberValues, inviteMemberRules } from './invite-member.form';
import { OrganizationField, RolesField } from './MemberFields';
import { InvitationsQuery, InviteMemberMutation } from './operations';

type Organization = CollaborativeOverviewQuery['collaborative']['organizations'][number];

/** The link an invitee opens; the API keeps only the token's hash, so it is shown this once. */
export function invitationLink(token: string, origin = window.location.origin): string {
  return `${origin}/invitations/${encodeURIComponent(token)}`;
}

export function InviteMember({
  collaborativeId,
  organizations,
}: {
  collaborativeId: string;
  organizations: readonly Organization[];
}) {
  const t = useT();
  const { me } = useSession();
  // The inviter's own language unless they choose the invitee's.
  const inviterLanguage = localeOfLanguage(me?.preferredLanguage ?? 'EN');
  const [invite, { loading }] = useMutation(InviteMemberMutation, {
    refetchQueries: [{ query: InvitationsQuery, variables: { collaborativeId } }],
    awaitRefetchQueries: true,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const [issued, setIssued] = useState<{ link: string; name: string; email: string } | null>(null);

  const validate = useFormRules<InviteMemberValues>(inviteMemberRules);
  const form = useForm<InviteMemberValues>({
    mode: 'uncontrolled',
    initialValues: {
      displayName: '',
      email: '',
      roles: ['MEMBER'],
      organizationId: '',
      language: inviterLanguage,
    },
    validate,
    validateInputOnBlur: true,
  });

  const onSubmit = async (values: InviteMemberValues) => {
    setFailure(null);
    setIssued(null);
    try {
      const result = await invite({
        variables: {
          input: {
            collaborativeId,
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            roles: values.roles,
            organizationId: values.organizationId || null,
            language: languageOfLocale(values.language),
          },
        },
      });
      const token = result.data?.inviteMember.token;
      if (!token) throw new Error('The invitation was issued without a link');
      setIssued({ link: invitationLink(token), name: values.displayName.trim(), email: values.email.trim() });
      form.reset();
    } catch (error) {
      showServerFieldErrors(form, problemOf(error), [
        'displayName',
        'email',
        'roles',
        'organizationId',
        'language',
      ]);
      setFailure(error);
    }
  };

  return (
    <Section id="invite-member" title={t('invite.title')}>
      <Text>{t('invite.explain')}</Text>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={form.onSubmit(onSubmit)} noValidate>
          <Stack gap="md">
            {failure !== null && <ProblemAlert error={failure} />}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('invite.name')}
                required
                autoComplete="off"
                key={form.key('displayName')}
                {...form.getInputProps('displayName')}
              />
              <TextInput
                label={t('invite.email')}
                type="email"
                inputMode="email"
                autoComplete="off"
                required
                key={form.key('email')}
                {...form.getInputProps('email')}
              />
            </SimpleGrid>
            <RolesField
              cols={{ base: 1, xs: 2, md: 4 }}
              key={form.key('roles')}
              {...form.getInputProps('roles')}
            />
            <OrganizationField
              organizations={organizations}
              key={form.key('organizationId')}
              {...form.getInputProps('organizationId')}
            />
            <NativeSelect
              label={t('invite.language')}
              data={LOCALES.map((value) => ({ value, label: LANGUAGE_NAME[value] }))}
              maw={320}
              key={form.key('language')}
              {...form.getInputProps('language')}
            />
            <Group>
              <Button type="submit" loading={loading}>
                {t('invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {issued && (
        <Alert
          color="green"
          variant="light"
          title={t('invite.issuedTitle', { name: issued.name })}
          role="status"
        >
          <Stack gap="xs">
            <Text size="sm">{t('invite.issuedExplain', { email: issued.email })}</Text>
            <TextInput
              label={t('invite.link')}
              value={issued.link}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              data-testid="invitation-link"
            />
            <CopyButton value={issued.link}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'filled'}
                  color={copied ? 'green' : undefined}
                  onClick={copy}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {copied ? t('invite.copied') : t('invite.copy')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
    </Section>
  );
}
