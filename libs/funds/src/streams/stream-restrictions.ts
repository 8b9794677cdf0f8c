/** What a stream's restrictions look at (the FundingStream columns of the same names). */
export interface StreamRestrictions {
  restricted: boolean;
  allowedPurposes: readonly string[];
  allowedWorkgroupIds: readonly string[];
  startsOn: string;
  endsOn: string;
}

/** What a grant offers to be checked against them. */
export interface GrantTerms {
  purpose: string;
  workgroupId: string | null;
  periodStart: string;
  periodEnd: string;
}

const normalise = (purpose: string) => purpose.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Why a restricted stream may not fund a grant, or null when it may. Each restriction the stream
 * declares must hold: a listed purpose, a listed workgroup, and the grant period inside the
 * stream's period (restricted money must be spent within the award's term). An unrestricted
 * stream funds any purpose at any time.
 */
export function restrictionViolation(stream: StreamRestrictions, grant: GrantTerms): string | null {
  if (!stream.restricted) return null;
  if (stream.allowedPurposes.length > 0) {
    const allowed = stream.allowedPurposes.map(normalise);
    if (!allowed.includes(normalise(grant.purpose))) {
      return `it may only fund ${stream.allowedPurposes.map((purpose) => `"${purpose}"`).join(', ')}, not "${grant.purpose}"`;
    }
  }
  if (
    stream.allowedWorkgroupIds.length > 0 &&
    (!grant.workgroupId || !stream.allowedWorkgroupIds.includes(grant.workgroupId))
  ) {
    return 'it may only fund the work of its listed workgroups';
  }
  if (grant.periodStart < stream.startsOn || grant.periodEnd > stream.endsOn) {
    return `its money must be spent between ${stream.startsOn} and ${stream.endsOn}, and the grant runs ${grant.periodStart} to ${grant.periodEnd}`;
  }
  return null;
}
