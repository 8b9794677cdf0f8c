import { graphql } from '../../graphql/generated';

export const MeetingSummaryFragment = graphql(`
  fragment MeetingSummary on Meeting {
    id
    collaborativeId
    workgroupId
    title
    scheduledAt
    status
    location
    remoteLink
  }
`);

export const MeetingsQuery = graphql(`
  query Meetings($collaborativeId: ID!, $workgroupId: ID, $first: Int!, $after: String) {
    meetings(collaborativeId: $collaborativeId, workgroupId: $workgroupId, first: $first, after: $after) {
      nodes {
        ...MeetingSummary
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const MinutesFieldsFragment = graphql(`
  fragment MinutesFields on Minutes {
    id
    meetingId
    version
    status
    body
    circulatedAt
    approvedAt
    approvedByMotionId
    previousVersionId
    updatedAt
  }
`);

/** A meeting as the chair runs it: attendance, quorum, agenda, motions and minutes. */
export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingSummary
      startedAt
      endedAt
      noteTakerUserId
      agenda {
        id
        position
        title
        notes
        motionId
      }
      attendance {
        id
        seatId
        userId
        status
      }
      quorum {
        met
        required
        presentSeats
        filledSeats
        sectors {
          sector
          minimumPresent
          present
          met
        }
      }
      motions {
        id
        title
        kind
        status
        outcome
        secret
        movedByUserId
        minutesId
      }
      minutes {
        ...MinutesFields
      }
    }
  }
`);

/** Who can attend: the leadership team's seats, or a workgroup's members. */
export const MeetingRosterQuery = graphql(`
  query MeetingRoster($collaborativeId: ID!) {
    collaborative(id: $collaborativeId) {
      id
      seats {
        id
        name
        sector
        voting
        vacant
        holder {
          id
          displayName
        }
        alternate {
          id
          displayName
        }
        organizationId
      }
      organizations {
        id
        name
        kinds
      }
    }
  }
`);

export const WorkgroupRosterQuery = graphql(`
  query WorkgroupRoster($id: ID!) {
    workgroup(id: $id) {
      ...WorkgroupFields
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      ...MeetingSummary
    }
  }
`);

export const StartMeetingMutation = graphql(`
  mutation StartMeeting($id: ID!) {
    startMeeting(id: $id) {
      id
      status
      startedAt
    }
  }
`);

export const AdjournMeetingMutation = graphql(`
  mutation AdjournMeeting($id: ID!) {
    adjournMeeting(id: $id) {
      id
      status
      endedAt
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!) {
    cancelMeeting(id: $id) {
      id
      status
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      seatId
      userId
      status
    }
  }
`);

export const SetAgendaMutation = graphql(`
  mutation SetAgenda($input: SetAgendaInput!) {
    setAgenda(input: $input) {
      id
      position
      title
      notes
      motionId
    }
  }
`);

export const CreateMotionMutation = graphql(`
  mutation CreateMotion($input: CreateMotionInput!) {
    createMotion(input: $input) {
      id
      title
      kind
      status
    }
  }
`);

export const DraftMinutesMutation = graphql(`
  mutation DraftMinutes($input: DraftMinutesInput!) {
    draftMinutes(input: $input) {
      ...MinutesFields
    }
  }
`);

export const UpdateMinutesMutation = graphql(`
  mutation UpdateMinutes($input: UpdateMinutesInput!) {
    updateMinutes(input: $input) {
      ...MinutesFields
    }
  }
`);

export const CirculateMinutesMutation = graphql(`
  mutation CirculateMinutes($id: ID!) {
    circulateMinutes(id: $id) {
      ...MinutesFields
    }
  }
`);

export const CorrectMinutesMutation = graphql(`
  mutation CorrectMinutes($input: CorrectMinutesInput!) {
    correctMinutes(input: $input) {
      ...MinutesFields
    }
  }
`);

/** Minutes of earlier meetings waiting for approval, offered when moving a MINUTES_APPROVAL motion. */
export const CirculatedMinutesQuery = graphql(`
  query CirculatedMinutes($collaborativeId: ID!) {
    meetings(collaborativeId: $collaborativeId, first: 50) {
      nodes {
        id
        title
        scheduledAt
        workgroupId
        minutes {
          id
          version
          status
        }
      }
    }
  }
`);

export const WorkgroupNamesQuery = graphql(`
  query WorkgroupNames($collaborativeId: ID!) {
    workgroups(collaborativeId: $collaborativeId) {
      id
      name
      status
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      ...MeetingSummary
      noteTakerUserId
    }
  }
`);
