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

/** Which restriction a grant breaks, with its figures (the STREAM_RESTRICTED failure's `rule`). */
export type RestrictionBroken =
  | { rule: 'PURPOSE'; allowedPurposes: string[]; purpose: string }
  | { rule: 'WORKGROUP' }
  | { rule: 'DATES'; startsOn: string; endsOn: string; periodStart: string; periodEnd: string };

/**
 * Which restriction of a restricted stream a grant breaks, or null when it may fund it. Each
 * restriction the stream declares must hold: a listed purpose, a listed workgroup, and the grant
 * period inside the stream's period (restricted money must be spent within the award's term). An
 * unrestricted stream funds any purpose at any time.
 */
export function restrictionBroken(stream: StreamRestrictions, grant: GrantTerms): RestrictionBroken | null {
  if (!stream.restricted) return null;
  if (stream.allowedPurposes.length > 0) {
    const allowed = stream.allowedPurposes.map(normalise);
    if (!allowed.includes(normalise(grant.purpose))) {
      return { rule: 'PURPOSE', allowedPurposes: [...stream.allowedPurposes], purpose: grant.purpose };
    }
  }
  if (
    stream.allowedWorkgroupIds.length > 0 &&
    (!grant.workgroupId || !stream.allowedWorkgroupIds.includes(grant.workgroupId))
  ) {
    return { rule: 'WORKGROUP' };
  }
  if (grant.periodStart < stream.startsOn || grant.periodEnd > stream.endsOn) {
    return {
      rule: 'DATES',
      startsOn: stream.startsOn,
      endsOn: stream.endsOn,
      periodStart: grant.periodStart,
      periodEnd: grant.periodEnd,
    };
  }
  return null;
}

/** The broken restriction in English words, for the API's message. */
export function describeRestriction(broken: RestrictionBroken): string {
  switch (broken.rule) {
    case 'PURPOSE':
      return `it may only fund ${broken.allowedPurposes.map((purpose) => `"${purpose}"`).join(', ')}, not "${broken.purpose}"`;
    case 'WORKGROUP':
      return 'it may only fund the work of its listed workgroups';
    case 'DATES':
      return `its money must be spent between ${broken.startsOn} and ${broken.endsOn}, and the grant runs ${broken.periodStart} to ${broken.periodEnd}`;
  }
}

/** Why a restricted stream may not fund a grant, in English, or null when it may. */
export function restrictionViolation(stream: StreamRestrictions, grant: GrantTerms): string | null {
  const broken = restrictionBroken(stream, grant);
  return broken ? describeRestriction(broken) : null;
}
