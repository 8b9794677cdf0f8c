import {
  Checkbox,
  type CheckboxGroupProps,
  NativeSelect,
  type NativeSelectProps,
  SimpleGrid,
  type SimpleGridProps,
} from '@mantine/core';
import { useT } from '../../i18n/use-t';
import { INVITABLE_ROLES } from './invite-member.form';

/** The roles a person is given, when invited and when their membership changes. */
export function RolesField({
  cols,
  ...props
}: Omit<CheckboxGroupProps, 'children' | 'label'> & { cols: SimpleGridProps['cols'] }) {
  const t = useT();
  return (
    <Checkbox.Group label={t('invite.roles')} required {...props}>
      <SimpleGrid cols={cols} spacing="xs" mt="xs">
        {INVITABLE_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`role.${role}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** The organization a member works for ('' for none), for partner contacts above all. */
export function OrganizationField({
  organizations,
  ...props
}: Omit<NativeSelectProps, 'data' | 'label' | 'description'> & {
  organizations: readonly { id: string; name: string }[];
}) {
  const t = useT();
  return (
    <NativeSelect
      label={t('invite.organization')}
      description={t('invite.organizationHint')}
      data={[
        { value: '', label: t('invite.noOrganization') },
        ...organizations.map((organization) => ({ value: organization.id, label: organization.name })),
      ]}
      {...props}
    />
  );
}
