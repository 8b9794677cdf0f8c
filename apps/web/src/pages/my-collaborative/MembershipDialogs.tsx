import { useMutation } from '@apollo/client/react';
import { Alert, List, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import type { CollaborativeOverviewQuery, MembersQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { RoleBadges } from '../../ui/RoleBadges';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormDialog } from '../../ui/FormDialog';
import { OrganizationField, RolesField } from './MemberFields';
import { type MembershipValues, membershipRolesRule } from './membership.form';
import { RevokeMembershipMutation, UpdateMembershipMutation } from './operations';

type Collaborative = CollaborativeOverviewQuery['collaborative'];
export type Member = MembersQuery['memberships']['nodes'][number];

interface DialogProps {
  member: Member;
  /** Known to be the only administrator (see isOnlyAdministrator). */
  onlyAdministrator: boolean;
  /** The member is the signed-in person. */
  self: boolean;
  onClose: () => void;
  onDone: () => void;
}

/**
 * A member's roles and organization. Changing one's own roles changes what one may do at once, so
 * the session's permissions and the page's "your roles" are read again afterwards.
 */
export function EditMembershipDialog({
  member,
  onlyAdministrator,
  self,
  organizations,
  onClose,
  onDone,
}: DialogProps & { organizations: Collaborative['organizations'] }) {
  const t = useT();
  const [update, { loading }] = useMutation(UpdateMembershipMutation, {
    refetchQueries: self ? ['Session', 'CollaborativeOverview'] : [],
    awaitRefetchQueries: true,
  });
  const rolesRule = membershipRolesRule(onlyAdministrator);
  const form = useForm<MembershipValues>({
    mode: 'uncontrolled',
    initialValues: { roles: [...member.roles], organizationId: member.organization?.id ?? '' },
    validate: {
      roles: (roles) => {
        const problem = rolesRule(roles);
        return problem ? t(problem.id, { name: member.user.displayName }) : null;
      },
    },
  });

  return (
    <FormDialog
      title={t('members.editTitle', { name: member.user.displayName })}
      submitLabel={t('members.save')}
      cancelLabel={t('members.cancel')}
      loading={loading}
      form={form}
      fields={['roles', 'organizationId']}
      send={async (values) => {
        await update({
          variables: {
            input: { id: member.id, roles: values.roles, organizationId: values.organizationId || null },
          },
        });
        onDone();
      }}
      onClose={onClose}
    >
      {self && (
        <Alert color="orange" variant="light" role="note">
          {t('members.ownRoles')}
        </Alert>
      )}
      <RolesField cols={{ base: 1, xs: 2 }} key={form.key('roles')} {...form.getInputProps('roles')} />
      <OrganizationField
        organizations={organizations}
        key={form.key('organizationId')}
        {...form.getInputProps('organizationId')}
      />
    </FormDialog>
  );
}

/**
 * Ends a membership, saying first what the person loses: access to the collaborative, their roles,
 * and every seat they hold or stand in for (the API vacates those). Removing oneself ends one's own
 * access, so the app then reloads who is signed in and goes home.
 */
export function RemoveMemberDialog({
  member,
  onlyAdministrator,
  self,
  collaborative,
  onClose,
  onDone,
}: DialogProps & { collaborative: Pick<Collaborative, 'name' | 'seats'> }) {
  const t = useT();
  const navigate = useNavigate();
  const { restart } = useSession();
  const [revoke] = useMutation(RevokeMembershipMutation, {
    // The seats the person held are vacant now; the list forgets the row.
    refetchQueries: self ? [] : ['CollaborativeOverview'],
    update(cache, { data }) {
      if (data) cache.evict({ id: cache.identify(data.revokeMembership) });
      cache.gc();
    },
  });
  const name = member.user.displayName;
  const held = collaborative.seats.filter((seat) => seat.holder?.id === member.user.id);
  const standingIn = collaborative.seats.filter((seat) => seat.alternate?.id === member.user.id);

  return (
    <ConfirmDialog
      title={t('members.removeTitle', { name, collaborative: collaborative.name })}
      confirmLabel={t('members.removeConfirm', { name })}
      cancelLabel={t('members.keep')}
      onClose={onClose}
      onConfirm={
        onlyAdministrator
          ? undefined
          : async () => {
              await revoke({ variables: { id: member.id } });
              if (!self) return onDone();
              void navigate('/', { replace: true });
              await restart();
            }
      }
    >
      {onlyAdministrator ? (
        <Alert color="orange" variant="light" role="alert">
          {t('members.removeLastAdmin', { name, collaborative: collaborative.name })}
        </Alert>
      ) : (
        <>
          {self && (
            <Alert color="orange" variant="light" role="note">
              {t('members.removeSelf', { collaborative: collaborative.name })}
            </Alert>
          )}
          <Text>{t('members.removeLoses', { name, collaborative: collaborative.name })}</Text>
          <List spacing={4}>
            <List.Item>{t('members.loseAccess')}</List.Item>
            <List.Item>
              <Stack gap={4}>
                <Text span>{t('members.loseRoles')}</Text>
                <RoleBadges roles={member.roles} />
              </Stack>
            </List.Item>
            {held.map((seat) => (
              <List.Item key={seat.id}>{t('members.loseSeat', { seat: seat.name })}</List.Item>
            ))}
            {standingIn.map((seat) => (
              <List.Item key={seat.id}>{t('members.loseAlternate', { seat: seat.name })}</List.Item>
            ))}
          </List>
          <Text size="sm">{t('members.removeKeeps')}</Text>
        </>
      )}
    </ConfirmDialog>
  );
}
