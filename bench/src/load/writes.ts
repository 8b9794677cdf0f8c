import { Actor, Fixture } from './fixture';

export const CAST_BALLOT = `mutation CastBallot($input: CastBallotInput!) {
  castBallot(input: $input) { changed ballot { id choice } }
}`;

export const RELEASE = `mutation ReleaseTranche($input: ReleaseDisbursementInput!) {
  releaseDisbursement(input: $input) { id status }
}`;

const CHOICES = ['YES', 'NO', 'ABSTAIN'];

/** A seat holder seated at the meeting votes (or changes their vote) on one of its open motions. */
export function nextBallot(fixture: Fixture, random: () => number) {
  const voter = fixture.voters[Math.floor(random() * fixture.voters.length)];
  const motionId = voter.openMotionIds[Math.floor(random() * voter.openMotionIds.length)];
  return {
    cookie: voter.actor.cookie,
    query: CAST_BALLOT,
    variables: { input: { motionId, choice: CHOICES[Math.floor(random() * CHOICES.length)] } },
  };
}

/**
 * Scheduled tranches to release, each once, by its collaborative's fund administrator.
 * `interleaved`: consecutive releases in different collaboratives (no shared account, so no lock
 * waits); otherwise consecutive releases hit the same collaborative's streams and queue on their
 * cash accounts, as concurrent releases of one fund do.
 */
export function releaseQueue(fixture: Fixture, count: number, interleaved: boolean, runId: string) {
  const admins = new Map<string, Actor>(fixture.fundAdministrators.map((a) => [a.collaborativeId, a]));
  const byTenant = new Map<string, Fixture['scheduledTranches']>();
  for (const tranche of fixture.scheduledTranches) {
    if (!admins.has(tranche.collaborativeId)) continue;
    byTenant.set(tranche.collaborativeId, [...(byTenant.get(tranche.collaborativeId) ?? []), tranche]);
  }
  const lists = [...byTenant.values()];
  const order: Fixture['scheduledTranches'] = [];
  if (interleaved) {
    for (let i = 0; order.length < count && lists.some((l) => i < l.length); i++)
      for (const list of lists) if (i < list.length && order.length < count) order.push(list[i]);
  } else {
    for (const list of lists) order.push(...list.slice(0, count - order.length));
  }
  if (order.length < count)
    throw new Error(`Only ${order.length} scheduled tranches left; reseed the data set`);
  // Whatever is taken here is gone from the fixture: the next run releases others.
  const taken = new Set(order.map((t) => t.id));
  fixture.scheduledTranches = fixture.scheduledTranches.filter((t) => !taken.has(t.id));
  let next = 0;
  return {
    size: order.length,
    next: () => {
      const tranche = order[next++ % order.length];
      return {
        cookie: (admins.get(tranche.collaborativeId) as Actor).cookie,
        query: RELEASE,
        variables: { input: { disbursementId: tranche.id, idempotencyKey: `bench-${runId}-${tranche.id}` } },
      };
    },
  };
}

export const SUBMIT_REPORT = `mutation SubmitReport($input: SubmitGrantReportInput!) {
  submitGrantReport(input: $input) { id status }
}`;

/** Drafts to submit, each once, by a partner contact of the report's organization. */
export function submissionQueue(fixture: Fixture, count: number) {
  const partners = new Map<string, Actor>(fixture.partners.map((a) => [a.organizationId as string, a]));
  const order = fixture.draftReports.slice(0, count);
  if (order.length < count) throw new Error(`Only ${order.length} draft reports left; reseed the data set`);
  fixture.draftReports = fixture.draftReports.slice(count);
  let next = 0;
  return {
    size: order.length,
    next: () => {
      const draft = order[next++ % order.length];
      return {
        cookie: (partners.get(draft.organizationId) as Actor).cookie,
        query: SUBMIT_REPORT,
        variables: { input: { reportId: draft.id } },
      };
    },
  };
}
