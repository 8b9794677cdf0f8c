import { Badge, Group } from '@mantine/core';
import type { Role } from '../graphql/generated/graphql';
import { useT } from '../i18n/use-t';

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const t = useT();
  return (
    <Group gap={6} wrap="wrap">
      {roles.map((role) => (
        <Badge key={role} variant="light" color="gray" radius="sm" size="lg" tt="none" fw={600}>
          {t(`role.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
