import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { CollaborativeOverviewQuery } from '../../graphql/generated/graphql';
import { Section } from '../../ui/Section';
import { useT } from '../../i18n/use-t';
import { EmptyState } from '../../ui/states';

type Organization = CollaborativeOverviewQuery['collaborative']['organizations'][number];

/** Only http(s) addresses become links: a stored "javascript:" address must never be clickable. */
function safeWebsite(website: string | null): string | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function Organizations({ organizations }: { organizations: readonly Organization[] }) {
  const t = useT();
  return (
    <Section id="organizations" title={t('organizations.title')}>
      {organizations.length === 0 ? (
        <EmptyState>{t('organizations.empty')}</EmptyState>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {organizations.map((organization) => {
            const website = safeWebsite(organization.website);
            return (
              <Paper key={organization.id} withBorder p="sm" radius="md" component="li">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text fw={600}>{organization.name}</Text>
                  <Group gap={6} wrap="wrap">
                    {organization.sector && (
                      <Badge variant="outline" color="gray" tt="none">
                        {t(`sector.${organization.sector}`)}
                      </Badge>
                    )}
                    {organization.kinds.map((kind) => (
                      <Badge key={kind} variant="light" color="gray" tt="none">
                        {t(`organizationKind.${kind}`)}
                      </Badge>
                    ))}
                  </Group>
                </Group>
                {website && (
                  <Anchor href={website} size="sm" target="_blank" rel="noopener noreferrer">
                    {website}
                  </Anchor>
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}
