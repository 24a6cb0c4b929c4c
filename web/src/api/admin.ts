/** GraphQL documents of an administrator's home: users, territories and recent imports. */
import { graphql } from "./generated/gql.ts";

export const ADMIN_OVERVIEW = graphql(`
  query AdminOverview($userFilter: String!, $userIdFilter: ID!, $limit: Int!) {
    users(where: { OR: [{ name: { contains: $userFilter } }, { id: { contains: $userIdFilter } }] }, limit: $limit, sort: [{ name: ASC }]) {
      id name email role covers { id } manages { id }
    }
    usersConnection { totalCount }
    territories(limit: 500, sort: [{ region: ASC }, { id: ASC }]) { id name region repsConnection { totalCount } }
    importJobs(limit: 10) { id kind fileName status phase rowsDone rowsTotal rejected actor startedAt finishedAt }
  }
`);
