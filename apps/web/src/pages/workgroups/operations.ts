import { graphql } from '../../graphql/generated';

export const WorkgroupFieldsFragment = graphql(`
  fragment WorkgroupFields on Workgroup {
    id
    collaborativeId
    name
    purpose
    status
    members {
      userId
      lead
      user {
        id
        displayName
      }
    }
  }
`);

export const WorkgroupsQuery = graphql(`
  query Workgroups($collaborativeId: ID!) {
    workgroups(collaborativeId: $collaborativeId) {
      ...WorkgroupFields
    }
  }
`);

export const WorkgroupQuery = graphql(`
  query Workgroup($id: ID!) {
    workgroup(id: $id) {
      ...WorkgroupFields
    }
  }
`);

export const CreateWorkgroupMutation = graphql(`
  mutation CreateWorkgroup($input: CreateWorkgroupInput!) {
    createWorkgroup(input: $input) {
      ...WorkgroupFields
    }
  }
`);

export const UpdateWorkgroupMutation = graphql(`
  mutation UpdateWorkgroup($input: UpdateWorkgroupInput!) {
    updateWorkgroup(input: $input) {
      ...WorkgroupFields
    }
  }
`);

export const ActionItemFieldsFragment = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    collaborativeId
    workgroupId
    title
    status
    dueOn
    ownerUserId
    owner {
      id
      displayName
    }
    updatedAt
    updates {
      id
      note
      statusFrom
      statusTo
      authorUserId
      createdAt
    }
  }
`);

export const ActionItemsQuery = graphql(`
  query ActionItems($workgroupId: ID!, $first: Int!, $after: String) {
    actionItems(workgroupId: $workgroupId, first: $first, after: $after) {
      nodes {
        ...ActionItemFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CreateActionItemMutation = graphql(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const PostActionUpdateMutation = graphql(`
  mutation PostActionUpdate($input: PostActionUpdateInput!) {
    postActionUpdate(input: $input) {
      id
      note
      statusFrom
      statusTo
      authorUserId
      createdAt
    }
  }
`);
