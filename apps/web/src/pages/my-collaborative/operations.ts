import { graphql } from '../../graphql/generated';

/** The collaborative as a member sees it: who governs it, and the signed-in person's place in it. */
export const CollaborativeOverviewQuery = graphql(`
  query CollaborativeOverview($id: ID!) {
    collaborative(id: $id) {
      id
      name
      region
      description
      myMembership {
        id
        roles
        organization {
          id
          name
        }
      }
      seats {
        id
        name
        sector
        voting
        vacant
        termStart
        termEnd
        holder {
          id
          displayName
        }
        alternate {
          id
          displayName
        }
        organization {
          id
          name
        }
      }
      organizations {
        id
        name
        sector
        kinds
        website
      }
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($collaborativeId: ID!, $first: Int!, $after: String) {
    memberships(collaborativeId: $collaborativeId, first: $first, after: $after) {
      nodes {
        id
        roles
        createdAt
        email
        user {
          id
          displayName
        }
        organization {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** What an administrator sees of an invitation (never its token, which the API does not keep). */
export const PendingInvitationFragment = graphql(`
  fragment PendingInvitation on Invitation {
    id
    email
    displayName
    roles
    status
    createdAt
    expiresAt
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations($collaborativeId: ID!) {
    invitations(collaborativeId: $collaborativeId) {
      ...PendingInvitation
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      invitation {
        ...PendingInvitation
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...PendingInvitation
    }
  }
`);

/** The member as the list shows it: the answer updates the cached row in place. */
export const UpdateMembershipMutation = graphql(`
  mutation UpdateMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      id
      roles
      organization {
        id
        name
      }
    }
  }
`);

export const RevokeMembershipMutation = graphql(`
  mutation RevokeMembership($id: ID!) {
    revokeMembership(id: $id) {
      id
      status
    }
  }
`);
