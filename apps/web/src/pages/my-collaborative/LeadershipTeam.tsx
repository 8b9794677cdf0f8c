import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CollaborativeOverviewQuery } from '../../graphql/generated/graphql';
import { Section } from '../../ui/Section';
import { useFormat, useT } from '../../i18n/use-t';
import { EmptyState } from '../../ui/states';

type Seat = CollaborativeOverviewQuery['collaborative']['seats'][number];

/** The leadership team: every seat, its sector, who holds it and who stands in for them. */
export function LeadershipTeam({ seats }: { seats: readonly Seat[] }) {
  const t = useT();
  const format = useFormat();
  const vacant = seats.filter((seat) => seat.vacant).length;

  return (
    <Section id="leadership-team" title={t('seats.title')}>
      {seats.length === 0 ? (
        <EmptyState>{t('seats.empty')}</EmptyState>
      ) : (
        <>
          <Text>{t('seats.summary', { seats: seats.length, vacant })}</Text>
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            component="ul"
            style={{ listStyle: 'none', padding: 0 }}
          >
            {seats.map((seat) => (
              <Card key={seat.id} withBorder radius="md" padding="md" component="li">
                <Stack gap={6}>
                  <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                    <Title order={3} size="h4">
                      {seat.name}
                    </Title>
                    {seat.vacant && (
                      <Badge color="orange" variant="light" tt="none">
                        {t('seats.vacant')}
                      </Badge>
                    )}
                  </Group>
                  <Group gap={6} wrap="wrap">
                    <Badge variant="outline" color="gray" tt="none">
                      {t(`sector.${seat.sector}`)}
                    </Badge>
                    {!seat.voting && (
                      <Badge variant="outline" color="gray" tt="none">
                        {t('seats.nonVoting')}
                      </Badge>
                    )}
                  </Group>
                  <dl style={{ margin: 0 }}>
                    <SeatFact
                      label={t('seats.holder')}
                      value={seat.holder?.displayName ?? t('seats.nobody')}
                    />
                    {seat.alternate && (
                      <SeatFact label={t('seats.alternate')} value={seat.alternate.displayName} />
                    )}
                    {seat.organization && (
                      <SeatFact label={t('seats.organization')} value={seat.organization.name} />
                    )}
                    {seat.termStart && seat.termEnd && (
                      <SeatFact
                        label={t('seats.term')}
                        value={t('seats.termRange', {
                          start: format.localDate(seat.termStart),
                          end: format.localDate(seat.termEnd),
                        })}
                      />
                    )}
                  </dl>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Section>
  );
}

function SeatFact({ label, value }: { label: string; value: string }) {
  return (
    <Group gap={6} wrap="wrap" align="baseline">
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {value}
      </Text>
    </Group>
  );
}
