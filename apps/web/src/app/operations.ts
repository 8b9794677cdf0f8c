import { graphql } from '../graphql/generated';

/** The collaboratives the signed-in person belongs to: the header's switcher and the home page. */
export const MyCollaborativesQuery = graphql(`
  query MyCollaboratives {
    myCollaboratives {
      id
      name
    }
  }
`);
