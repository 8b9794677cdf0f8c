import { useQuery, useSubscription } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type {
  MotionQuery as MotionData,
  MotionSeatsQuery as SeatsData,
} from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { Section } from '../../ui/Section';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { PageProblem } from '../../ui/PageProblem';
import { usePageTitle } from '../../ui/use-page-title';
import { DeclareConflict } from './DeclareConflict';
import { FundingCheck } from './FundingCheck';
import { MotionStatusBadge } from './MotionBadges';
import { MotionControls } from './MotionControls';
import { mayReadSome } from '../../app/funds.routes';
import {
  MotionLinksQuery,
  MotionMinutesQuery,
  MotionQuery,
  MotionSeatsQuery,
  MotionUpdatedSubscription,
} from './operations';
import { countsToShow } from './tally-view';
import { TallySummary, VoteCounts } from './VoteCounts';
import { seatVotes, receiptStore } from './vote-state';
import { SeatBallot } from './VotePanel';

type Motion = MotionData['motion'];
type Seats = SeatsData['collaborative']['seats'];

/** A motion: what is proposed, how to vote (and change the vote), the live count, and the decision. */
export function MotionPage() {
  const t = useT();
  const { motionId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MotionQuery, { variables: { id: motionId } });
  const motion = data?.motion;
  usePageTitle(motion?.title ?? t('governance.motion.title'));

  if (loading && !motion) return <LoadingState />;
  if (error || !motion) {
    return (
      <PageProblem
        title={t('governance.motion.title')}
        error={error}
        specific={{ NOT_FOUND: 'governance.motion.notFound', BAD_USER_INPUT: 'governance.motion.notFound' }}
        onRetry={() => void refetch()}
      />
    );
  }
  return <MotionView motion={motion} refetchMotion={() => void refetch()} />;
}

function MotionView({ motion, refetchMotion }: { motion: Motion; refetchMotion: () => void }) {
  const t = useT();
  const format = useFormat();
  const seatsQuery = useQuery(MotionSeatsQuery, { variables: { collaborativeId: motion.collaborativeId } });
  const seats = seatsQuery.data?.collaborative.seats ?? [];
  const organizations = seatsQuery.data?.collaborative.organizations ?? [];

  // Every change to the motion (a ballot, a recusal, the close) arrives here; the named ballots and
  // conflicts are read again so the table follows the counts.
  const live = useSubscription(MotionUpdatedSubscription, {
    variables: { motionId: motion.id },
    skip: motion.status === 'CLOSED' || motion.status === 'WITHDRAWN',
    onData: () => refetchMotion(),
  });
  const update = live.data?.motionUpdated ?? null;

  const counts = countsToShow({
    status: motion.status,
    secret: motion.secret,
    tally: motion.tally,
    runningCounts: motion.runningCounts,
    live: update,
  });
  const recipient = organizations.find((org) => org.id === motion.funding?.recipientOrganizationId);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor
          component={Link}
          to={`/collaboratives/${motion.collaborativeId}/meetings/${motion.meetingId}`}
          size="sm"
        >
          {t('governance.motion.atMeeting', {
            meeting: motion.meeting?.title ?? '',
            date: motion.meeting ? format.date(motion.meeting.scheduledAt) : '',
          })}
        </Anchor>
        <Title order={1}>{motion.title}</Title>
        <Group gap="xs" wrap="wrap">
          <MotionStatusBadge status={motion.status} outcome={motion.outcome} />
          <Badge variant="outline" color="gray" tt="none">
            {t(`governance.motionKind.${motion.kind}`)}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            {t(motion.secret ? 'governance.motion.secret' : 'governance.motion.named')}
          </Badge>
        </Group>
        {motion.text && <Text style={{ whiteSpace: 'pre-wrap' }}>{motion.text}</Text>}
        <MotionControls motion={motion} />
        {/* The API ends a live view it may no longer serve (access or session ended): say so,
            rather than let the counts silently stop following the vote. */}
        {live.error && <ProblemAlert error={live.error} />}
      </Stack>

      {motion.status === 'CLOSED' && <MotionLinks motion={motion} />}

      {motion.minutesId && (
        <MinutesVotedOn minutesId={motion.minutesId} collaborativeId={motion.collaborativeId} />
      )}

      {motion.funding && (
        <Section id="funding" title={t('governance.funding.title')}>
          <FundingCheck funding={motion.funding} status={motion.status} />
          <Paper withBorder p="md" radius="md">
            <dl style={{ margin: 0 }}>
              <Fact label={t('governance.funding.amount')} value={format.money(motion.funding.amount)} />
              <Fact label={t('governance.funding.recipient')} value={recipient?.name ?? '…'} />
              <Fact label={t('governance.funding.purpose')} value={motion.funding.purpose} />
              <Fact
                label={t('governance.funding.period')}
                value={t('seats.termRange', {
                  start: format.localDate(motion.funding.periodStart),
                  end: format.localDate(motion.funding.periodEnd),
                })}
              />
              <Fact
                label={t('governance.funding.tranches')}
                value={motion.funding.tranches
                  .map((tranche) =>
                    t('governance.funding.tranche', {
                      amount: format.money({
                        cents: tranche.cents,
                        currency: motion.funding?.amount.currency ?? 'USD',
                      }),
                      date: format.localDate(tranche.plannedOn),
                    }),
                  )
                  .join('; ')}
              />
            </dl>
          </Paper>
        </Section>
      )}

      <Section
        id="votes"
        title={motion.tally ? t('governance.motion.result') : t('governance.motion.counts')}
      >
        {motion.status === 'DRAFT' ? (
          <EmptyState>{t('governance.motion.notOpenYet')}</EmptyState>
        ) : (
          <VoteCounts
            counts={counts}
            live={motion.status === 'OPEN' && !motion.secret}
            ballotsCast={update?.ballotsCast ?? motion.tally?.ballotsCast ?? motion.ballots.length}
            recused={update?.recusedSeats ?? motion.conflicts.length}
          />
        )}
        {motion.tally && <TallySummary tally={motion.tally} />}
      </Section>

      {seatsQuery.loading && !seatsQuery.data ? (
        <LoadingState />
      ) : seatsQuery.error ? (
        <ProblemAlert error={seatsQuery.error} onRetry={() => void seatsQuery.refetch()} />
      ) : (
        <>
          <MyVote motion={motion} seats={seats} />
          <SeatVotes motion={motion} seats={seats} />
        </>
      )}
    </Stack>
  );
}

/** The signed-in person's seats on this motion: a ballot each, and a way to declare a conflict. */
function MyVote({ motion, seats }: { motion: Motion; seats: Seats }) {
  const t = useT();
  const { me, ability } = useSession();
  const [receiptsVersion, setReceiptsVersion] = useState(0);
  const bump = useCallback(() => setReceiptsVersion((n) => n + 1), []);
  const votes = useMemo(() => {
    if (!me) return [];
    void receiptsVersion;
    const mine = seats.filter((seat) => seat.holderUserId === me.id || seat.alternateUserId === me.id);
    return seatVotes({
      userId: me.id,
      motion,
      seats,
      attendance: motion.meeting?.attendance ?? [],
      conflicts: motion.conflicts,
      ballots: motion.ballots,
      receipts: receiptStore.read(
        motion.id,
        mine.map((seat) => seat.id),
      ),
    });
  }, [me, motion, seats, receiptsVersion]);
  const decided = motion.status === 'CLOSED' || motion.status === 'WITHDRAWN';
  const { hash } = useLocation();
  const hasBallots = votes.length > 0;
  useEffect(() => {
    // The overview's "Vote" and "change" links land here; the section appears once seats load.
    if (hash === '#your-vote' && hasBallots) document.getElementById('your-vote')?.scrollIntoView?.();
  }, [hash, hasBallots]);
  useEffect(() => {
    // A secret ballot's receipt is kept for the motion's duration only: once the vote is over it
    // could only tell someone with this device what was chosen.
    if (decided && motion.secret) for (const vote of votes) receiptStore.forget(motion.id, vote.seatId);
  }, [decided, motion.secret, motion.id, votes]);
  if (votes.length === 0) return null;
  const mayDeclare = votes.filter(
    (vote) =>
      motion.status !== 'CLOSED' &&
      motion.status !== 'WITHDRAWN' &&
      vote.state !== 'recused' &&
      ability.can(
        'declare',
        subject('ConflictDeclaration', { collaborativeId: motion.collaborativeId, seatId: vote.seatId }),
      ),
  );
  return (
    <>
      <Section id="your-vote" title={t('governance.vote.title')}>
        {votes.map((vote) => (
          <SeatBallot
            key={vote.seatId}
            motionId={motion.id}
            collaborativeId={motion.collaborativeId}
            secret={motion.secret}
            vote={vote}
            onReceiptsChanged={bump}
          />
        ))}
      </Section>
      {mayDeclare.length > 0 && (
        <DeclareConflict motionId={motion.id} seats={mayDeclare} onReceiptsChanged={bump} />
      )}
    </>
  );
}

/** Seat by seat: who voted (and, for a named vote, what), and who recused and why. */
function SeatVotes({ motion, seats }: { motion: Motion; seats: Seats }) {
  const t = useT();
  const format = useFormat();
  const rows = seats
    .filter((seat) => seat.voting && !seat.vacant)
    .map((seat) => ({
      seat,
      ballot: motion.ballots.find((ballot) => ballot.seatId === seat.id) ?? null,
      conflict: motion.conflicts.find((conflict) => conflict.seatId === seat.id) ?? null,
    }));
  return (
    <Section
      id="seat-votes"
      title={motion.secret ? t('governance.motion.whoVoted') : t('governance.motion.namedVotes')}
    >
      {rows.length === 0 ? (
        <EmptyState>{t('governance.motion.noSeats')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={0}>
          <Table striped data-testid="named-votes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('governance.motion.seat')}</Table.Th>
                <Table.Th scope="col">{t('governance.motion.vote')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ seat, ballot, conflict }) => (
                <Table.Tr key={seat.id}>
                  <Table.Th scope="row" fw={500}>
                    {seat.name}
                  </Table.Th>
                  <Table.Td>
                    {conflict ? (
                      <Stack gap={0}>
                        <Text size="sm" fw={600}>
                          {t('governance.choice.RECUSED')}
                        </Text>
                        <Text size="sm">
                          {conflict.source === 'RECIPIENT'
                            ? t('governance.conflict.recipient')
                            : conflict.reason}
                        </Text>
                      </Stack>
                    ) : ballot ? (
                      <Text size="sm">
                        {ballot.choice
                          ? t(`governance.choice.${ballot.choice}`)
                          : t('governance.motion.voted')}
                        {ballot.castByAlternate ? ` ${t('governance.motion.byAlternate')}` : ''}
                        <Text span c="dimmed" size="xs">
                          {' '}
                          · {format.dateTime(ballot.updatedAt)}
                        </Text>
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('governance.motion.noBallot')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

export function Fact({ label, value }: { label: string; value: string }) {
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

/** For a MINUTES_APPROVAL motion: which minutes, and whether they are approved yet. */
function MinutesVotedOn({ minutesId, collaborativeId }: { minutesId: string; collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const { data, error } = useQuery(MotionMinutesQuery, { variables: { id: minutesId } });
  const minutes = data?.minutes;
  if (error) return <ProblemAlert error={error} />;
  if (!minutes?.meeting) return null;
  return (
    <Section id="minutes-voted-on" title={t('governance.motion.minutesVotedOn')}>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={`/collaboratives/${collaborativeId}/meetings/${minutes.meeting.id}`}>
          {t('governance.minutes.option', {
            meeting: minutes.meeting.title,
            date: format.date(minutes.meeting.scheduledAt),
            version: minutes.version,
          })}
        </Anchor>
        <Badge
          variant="light"
          color={minutes.status === 'APPROVED' ? 'green' : 'blue'}
          tt="none"
          data-testid="minutes-status"
        >
          {t(`governance.minutesStatus.${minutes.status}`)}
        </Badge>
      </Group>
    </Section>
  );
}

/**
 * Where a decided motion leads: the grant it approved (for those who read grants; a partner
 * contact never reaches this page) and the minutes of the meeting it was decided at.
 */
function MotionLinks({ motion }: { motion: Motion }) {
  const t = useT();
  const { ability } = useSession();
  const base = `/collaboratives/${motion.collaborativeId}`;
  const approvesGrant = motion.kind === 'FUNDING' && motion.outcome === 'PASSED';
  const readsGrants = approvesGrant && mayReadSome(ability, 'read', 'Grant', motion.collaborativeId);
  const { data } = useQuery(MotionLinksQuery, {
    variables: {
      collaborativeId: motion.collaborativeId,
      motionId: motion.id,
      meetingId: motion.meetingId,
      readsGrants,
    },
  });
  if (!data) return null;
  const grant = data.grants?.nodes[0] ?? null;
  const minutes = [...data.meeting.minutes].sort((a, b) => b.version - a.version)[0] ?? null;
  return (
    <Section id="related" title={t('governance.links.title')}>
      <Stack gap={4}>
        {readsGrants &&
          (grant ? (
            <Anchor component={Link} to={`${base}/funds/grants/${grant.id}`} data-testid="motion-grant">
              {t('governance.links.grant', { grant: grant.title })}
            </Anchor>
          ) : (
            <Text size="sm">{t('governance.links.noGrantYet')}</Text>
          ))}
        {minutes ? (
          <Anchor
            component={Link}
            to={`${base}/meetings/${motion.meetingId}#minutes`}
            data-testid="motion-minutes"
          >
            {t('governance.links.minutes', { meeting: data.meeting.title, version: minutes.version })}
          </Anchor>
        ) : (
          <Text size="sm">{t('governance.links.noMinutesYet', { meeting: data.meeting.title })}</Text>
        )}
      </Stack>
    </Section>
  );
}
