import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/use-t';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { CreateWorkgroup } from './CreateWorkgroup';
import { WorkgroupsQuery } from './operations';
import { WorkgroupStatusBadge } from './WorkgroupStatusBadge';

/** The collaborative's workgroups: what each is for, who leads it. */
export function WorkgroupsPage() {
  const t = useT();
  const { collaborativeId = '' } = useParams();
  usePageTitle(t('governance.workgroups.title'));
  const { data, loading, error, refetch } = useQuery(WorkgroupsQuery, { variables: { collaborativeId } });

  return (
    <Stack gap="xl">
      <Title order={1}>{t('governance.workgroups.title')}</Title>
      <CreateWorkgroup collaborativeId={collaborativeId} />
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !data || data.workgroups.length === 0 ? (
        <EmptyState>{t('governance.workgroups.empty')}</EmptyState>
      ) : (
        <SimpleGrid
          cols={{ base: 1, md: 2 }}
          spacing="md"
          component="ul"
          style={{ listStyle: 'none', padding: 0 }}
        >
          {data.workgroups.map((workgroup) => {
            const leads = workgroup.members.filter((member) => member.lead);
            return (
              <Paper key={workgroup.id} withBorder p="md" radius="md" component="li">
                <Stack gap={6}>
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Anchor
                      component={Link}
                      to={`/collaboratives/${collaborativeId}/workgroups/${workgroup.id}`}
                      fw={700}
                      size="lg"
                    >
                      {workgroup.name}
                    </Anchor>
                    <WorkgroupStatusBadge status={workgroup.status} />
                  </Group>
                  {workgroup.purpose && <Text size="sm">{workgroup.purpose}</Text>}
                  <Text size="sm">
                    {leads.length > 0
                      ? t('governance.workgroups.leads', {
                          names: leads.map((lead) => lead.user?.displayName ?? '…').join(', '),
                        })
                      : t('governance.workgroups.noLead')}
                  </Text>
                  <Badge variant="outline" color="gray" tt="none" style={{ alignSelf: 'flex-start' }}>
                    {t('governance.workgroups.members', { count: workgroup.members.length })}
                  </Badge>
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
