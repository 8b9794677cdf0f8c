import { graphql } from '../../graphql/generated';

export const TallyFieldsFragment = graphql(`
  fragment TallyFields on Tally {
    motionId
    yes
    no
    abstain
    ballotsCast
    filledSeats
    quorumMet
    quorumRequired
    yesRequired
    threshold
    thresholdBase
    outcome
    recusedSeatIds
    presentSeatIds
    computedAt
    sectorQuorum {
      sector
      minimumPresent
      present
      met
    }
  }
`);

/** A motion as a voter and the chair see it: the proposal, who voted what (named), who recused, the result. */
export const MotionQuery = graphql(`
  query Motion($id: ID!) {
    motion(id: $id) {
      id
      collaborativeId
      meetingId
      title
      text
      kind
      status
      outcome
      secret
      openedAt
      closedAt
      movedByUserId
      minutesId
      meeting {
        id
        title
        scheduledAt
        status
        attendance {
          id
          seatId
          userId
          status
        }
      }
      funding {
        motionId
        amount {
          cents
          currency
        }
        recipientOrganizationId
        purpose
        periodStart
        periodEnd
        tranches {
          cents
          plannedOn
        }
        allocations {
          fundingStreamId
        }
        grantStatus
        grantProblemReason
        grantRefusedAt
        problems {
          reason
          fundingStreamId
          streamName
          requestedCents
          availableCents
        }
      }
      runningCounts {
        yes
        no
        abstain
      }
      ballots {
        id
        seatId
        choice
        secret
        castAt
        updatedAt
        castByAlternate
      }
      conflicts {
        id
        seatId
        reason
        source
        declaredAt
      }
      tally {
        ...TallyFields
      }
    }
  }
`);

/** The seats and organizations a motion page names (voters, the recipient). */
export const MotionSeatsQuery = graphql(`
  query MotionSeats($collaborativeId: ID!) {
    collaborative(id: $collaborativeId) {
      id
      seats {
        id
        name
        sector
        voting
        vacant
        holderUserId
        alternateUserId
        organizationId
      }
      organizations {
        id
        name
      }
    }
  }
`);

export const MotionUpdatedSubscription = graphql(`
  subscription MotionUpdated($motionId: ID!) {
    motionUpdated(motionId: $motionId) {
      motionId
      status
      outcome
      secret
      ballotsCast
      recusedSeats
      at
      counts {
        yes
        no
        abstain
      }
    }
  }
`);

export const CastBallotMutation = graphql(`
  mutation CastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      changed
      receipt
      ballot {
        id
        seatId
        choice
        secret
        castAt
        updatedAt
        castByAlternate
      }
    }
  }
`);

export const DeclareConflictMutation = graphql(`
  mutation DeclareConflict($input: DeclareConflictInput!) {
    declareConflict(input: $input) {
      id
      seatId
      reason
      source
      declaredAt
    }
  }
`);

export const OpenMotionMutation = graphql(`
  mutation OpenMotion($id: ID!) {
    openMotion(id: $id) {
      id
      status
      openedAt
    }
  }
`);

export const CloseMotionMutation = graphql(`
  mutation CloseMotion($id: ID!) {
    closeMotion(id: $id) {
      id
      status
      outcome
      closedAt
      tally {
        ...TallyFields
      }
    }
  }
`);

export const WithdrawMotionMutation = graphql(`
  mutation WithdrawMotion($id: ID!) {
    withdrawMotion(id: $id) {
      id
      status
    }
  }
`);

/** The minutes a MINUTES_APPROVAL motion approves, and where they stand. */
export const MotionMinutesQuery = graphql(`
  query MotionMinutes($id: ID!) {
    minutes(id: $id) {
      id
      version
      status
      meeting {
        id
        title
        scheduledAt
      }
    }
  }
`);

/**
 * What closing the vote now would count, read afresh when the chair asks to close: the ballots
 * against the seats present, the quorum and the threshold, computed by the API's own tally.
 */
export const MotionClosingPreviewQuery = graphql(`
  query MotionClosingPreview($id: ID!) {
    motion(id: $id) {
      id
      status
      closingPreview {
        ballotsCast
        presentSeats
        presentWithoutBallot
        filledSeats
        recusedSeats
        quorumRequired
        quorumMet
        threshold
        thresholdBase
        yesRequired
      }
    }
  }
`);

/** Where a motion leads: the grant it approved (for those who read grants) and its meeting's minutes. */
export const MotionLinksQuery = graphql(`
  query MotionLinks($collaborativeId: ID!, $motionId: ID!, $meetingId: ID!, $readsGrants: Boolean!) {
    grants(collaborativeId: $collaborativeId, approvingMotionId: $motionId, first: 1)
      @include(if: $readsGrants) {
      nodes {
        id
        title
      }
    }
    meeting(id: $meetingId) {
      id
      title
      minutes {
        id
        version
        status
      }
    }
  }
`);
