import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TallyFieldsFragment } from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { type Counts, share } from './tally-view';

/**
 * Yes / no / abstain as numbers and bars. While a named vote is open the numbers change as ballots
 * arrive; the region is polite-live so a screen reader hears the new counts without losing its place.
 */
export function VoteCounts({
  counts,
  live,
  ballotsCast,
  recused,
}: {
  counts: Counts | null;
  live: boolean;
  ballotsCast: number;
  recused: number;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <Stack gap="xs" aria-live="polite" data-testid="vote-counts">
      {live && (
        <Text size="sm" c="dimmed">
          {t('governance.motion.liveHint')}
        </Text>
      )}
      {counts ? (
        <SimpleGrid cols={3} spacing="xs">
          {(['yes', 'no', 'abstain'] as const).map((key) => (
            <Paper key={key} withBorder p="xs" radius="md">
              <Text size="sm">{t(`governance.choice.${key.toUpperCase() as 'YES' | 'NO' | 'ABSTAIN'}`)}</Text>
              <Text fw={700} size="xl" data-testid={`count-${key}`}>
                {format.number(counts[key])}
              </Text>
              <Progress
                value={share(counts[key], counts)}
                color={key === 'yes' ? 'green' : key === 'no' ? 'red' : 'gray'}
                aria-hidden="true"
                size="sm"
              />
            </Paper>
          ))}
        </SimpleGrid>
      ) : (
        <Text>{t('governance.motion.secretCountsHidden')}</Text>
      )}
      <Text size="sm">
        {t('governance.motion.seatsVoted', { count: ballotsCast })}{' '}
        {recused > 0 && t('governance.motion.seatsRecused', { count: recused })}
      </Text>
    </Stack>
  );
}

/** How the system decided: quorum, the threshold that applied, and the outcome. */
export function TallySummary({ tally }: { tally: TallyFieldsFragment }) {
  const t = useT();
  const format = useFormat();
  return (
    <Stack gap={4} data-testid="tally">
      <Text>
        {tally.quorumMet
          ? t('governance.tally.quorumMet', {
              present: tally.presentSeatIds.length,
              required: tally.quorumRequired,
            })
          : t('governance.tally.quorumNotMet', {
              present: tally.presentSeatIds.length,
              required: tally.quorumRequired,
            })}
      </Text>
      {tally.sectorQuorum.map((sector) => (
        <Text key={sector.sector} size="sm">
          {t('governance.quorum.sector', {
            sector: t(`sector.${sector.sector}`),
            present: sector.present,
            minimum: sector.minimumPresent,
          })}
        </Text>
      ))}
      <Text>
        {t(`governance.threshold.${tally.threshold}`)}{' '}
        {t('governance.tally.yesRequired', { required: tally.yesRequired, base: tally.thresholdBase })}
      </Text>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('governance.tally.computedAt', { date: format.dateTime(tally.computedAt) })}
        </Text>
      </Group>
    </Stack>
  );
}
