import { graphql } from '../../graphql/generated';

export const PublishedCollaborativesQuery = graphql(`
  query PublishedCollaboratives {
    publishedCollaboratives {
      id
      name
      slug
      region
    }
  }
`);

/** The public read model: nothing in it names a person (libs/transparency). */
export const TransparencyQuery = graphql(`
  query Transparency($slug: String!) {
    transparency(slug: $slug) {
      collaborative {
        name
        slug
        region
        description
      }
      totals {
        currency
        pledged {
          ...MoneyFields
        }
        received {
          ...MoneyFields
        }
        committed {
          ...MoneyFields
        }
        disbursed {
          ...MoneyFields
        }
        cashOnHand {
          ...MoneyFields
        }
      }
      receivedByStreamKind {
        kind
        streamCount
        pledged {
          ...MoneyFields
        }
        received {
          ...MoneyFields
        }
      }
      grantsByPurpose {
        purpose
        grantCount
        committed {
          ...MoneyFields
        }
        disbursed {
          ...MoneyFields
        }
      }
      grantsByRecipient {
        organizationName
        grantCount
        committed {
          ...MoneyFields
        }
        disbursed {
          ...MoneyFields
        }
      }
      decisions {
        motionId
        title
        kind
        decidedAt
        outcome
        secret
        yes
        no
        abstain
        recused
        votes {
          seatName
          sector
          choice
        }
      }
    }
  }
`);

/** Outcomes reported by funded partners, summed per metric: no organization, grant or report. */
export const PublicOutcomesQuery = graphql(`
  query PublicOutcomes($slug: String!) {
    publicOutcomes(collaborativeSlug: $slug) {
      name
      unit
      target
      actual
      percentAchieved
      grantCount
    }
  }
`);
