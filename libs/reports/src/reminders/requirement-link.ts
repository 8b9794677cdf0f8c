/** Where the web app shows a requirement and its report (apps/web/src/app/reports.routes.tsx). */
export function requirementLink(collaborativeId: string, requirementId: string): string {
  return `/collaboratives/${collaborativeId}/reports/${requirementId}`;
}
