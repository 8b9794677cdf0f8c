import { graphql } from '../../graphql/generated';

/** Everything an administrator sets up: the collaborative, its organizations, seats, members and voting rules. */
export const SetupQuery = graphql(`
  query Setup($id: ID!) {
    collaborative(id: $id) {
      id
      name
      publicTransparency
      timeZone
      organizations {
        id
        name
        sector
        kinds
        website
      }
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
        organization {
          id
          name
        }
      }
    }
    votingRules(collaborativeId: $id) {
      collaborativeId
      quorumRule
      threshold
      thresholdAboveSpendingLimit
      abstentionsCountTowardBase
      requiredSectors {
        sector
        minimumPresent
      }
      spendingLimit {
        cents
        currency
      }
    }
    memberships(collaborativeId: $id, first: 200) {
      nodes {
        id
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      name
      sector
      kinds
      website
    }
  }
`);

export const CreateSeatMutation = graphql(`
  mutation CreateSeat($input: CreateSeatInput!) {
    createSeat(input: $input) {
      id
      name
    }
  }
`);

export const UpdateSeatMutation = graphql(`
  mutation UpdateSeat($input: UpdateSeatInput!) {
    updateSeat(input: $input) {
      id
      name
      sector
      voting
      organization {
        id
        name
      }
    }
  }
`);

export const AssignSeatMutation = graphql(`
  mutation AssignSeat($input: AssignSeatInput!) {
    assignSeat(input: $input) {
      id
      holderUserId
      alternateUserId
    }
  }
`);

export const UpdateVotingRulesMutation = graphql(`
  mutation UpdateVotingRules($input: UpdateVotingRulesInput!) {
    updateVotingRules(input: $input) {
      collaborativeId
      quorumRule
      threshold
      thresholdAboveSpendingLimit
      abstentionsCountTowardBase
      requiredSectors {
        sector
        minimumPresent
      }
      spendingLimit {
        cents
        currency
      }
    }
  }
`);

export const PublishTransparencyMutation = graphql(`
  mutation PublishTransparency($input: UpdateCollaborativeInput!) {
    updateCollaborative(input: $input) {
      id
      publicTransparency
    }
  }
`);

export const CreateCollaborativeMutation = graphql(`
  mutation CreateCollaborative($input: CreateCollaborativeInput!) {
    createCollaborative(input: $input) {
      id
      name
    }
  }
`);
