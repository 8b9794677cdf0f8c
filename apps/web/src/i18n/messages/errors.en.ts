/**
 * What Braid says when the API refuses something: one sentence per failure reason
 * (`FailureReason` in @braid/contracts), written from the reason's figures. Money and dates come
 * in already formatted for the reader's language; lists (streams, purposes) come as one joined text.
 * A test fails when a reason has no sentence here or in errors.es.ts.
 */
export const errorsEn = {
  'reason.INVALID_INPUT': 'Some of what you entered needs fixing.',
  'reason.INVALID_ID': 'That link or reference is not valid.',
  'reason.INVALID_CURSOR': 'That page of the list is no longer valid. Go back to the first page.',
  'reason.UNREADABLE_TEXT': 'Some of the text contains characters that cannot be stored. Retype it.',
  'reason.REQUEST_TOO_LARGE': 'What you sent is too large.',
  'reason.REQUEST_NOT_JSON': 'Braid could not read what was sent. Reload the page and try again.',
  'reason.GRAPHQL_PARSE_FAILED': 'Braid could not read the request. Reload the page and try again.',
  'reason.GRAPHQL_VALIDATION_FAILED':
    'This page asked Braid for something it does not offer. Reload the page.',
  'reason.BAD_REQUEST': 'Braid could not read the request. Reload the page and try again.',
  'reason.PERSISTED_QUERY_NOT_FOUND': 'Braid could not read the request. Reload the page and try again.',
  'reason.PERSISTED_QUERY_NOT_SUPPORTED': 'Braid could not read the request. Reload the page and try again.',
  'reason.OPERATION_RESOLUTION_FAILURE': 'Braid could not read the request. Reload the page and try again.',
  'reason.QUERY_TOO_DEEP':
    'This request asks for too much at once ({depth} levels; the limit is {maxDepth}).',
  'reason.TOO_MANY_TOKENS': 'This request is too long. Reload the page and try again.',
  'reason.TOO_MANY_ALIASES': 'This request repeats itself too often (the limit is {maxAliases}).',
  'reason.TOO_MANY_ROOT_FIELDS':
    'This request asks for too many things at once ({rootFields}; the limit is {maxRootFields}).',
  'reason.INVALID_VARIABLES': 'Some of the values sent are not in the expected form. Reload the page.',
  'reason.FOREIGN_ORIGIN': 'This came from another site, so Braid refused it. Use Braid’s own page.',
  'reason.QUERY_TOO_COSTLY': 'This request asks for too much at once. Ask for fewer records.',
  'reason.SIGN_IN_REQUIRED': 'Please sign in to do this.',
  'reason.NOT_ALLOWED': 'You are not allowed to do this.',
  'reason.RECORD_NOT_FOUND': 'This could not be found, or you do not have access to it.',
  'reason.RECORD_EXISTS': 'That already exists.',
  'reason.UNKNOWN_REFERENCE': 'That refers to something that does not exist any more. Reload the page.',
  'reason.RECORD_RULE_BROKEN': 'That change would break one of the record’s rules.',
  'reason.CHANGED_CONCURRENTLY': 'Someone else changed this at the same moment. Try again.',
  'reason.VALUE_MALFORMED': 'A value is not in the expected form.',
  'reason.INTERNAL_FAULT': 'Something went wrong on our side. Try again in a moment.',
  'reason.DATABASE_CONNECTION_LOST':
    'Braid lost its connection to the database for a moment. Try again; if you were saving, check first whether it was saved.',
  'reason.SESSION_ENDED': 'Your session has ended. Sign in again to keep following this.',
  'reason.ACCESS_ENDED': 'You no longer have access to this, so its live updates have stopped.',
  'reason.LIVE_CHECK_FAILED':
    'Live updates stopped because Braid could not check your access. Reload the page.',
  'reason.SUBSCRIPTIONS_PER_CONNECTION':
    'Too many live views are open in this window (the limit is {limit}). Close some and reload.',
  'reason.SUBSCRIPTIONS_PER_PERSON':
    'Too many live views are open for your account (the limit is {limit}). Close some windows and reload.',

  'reason.INVALID_CREDENTIALS': 'That email and password do not match an account.',
  'reason.SIGN_IN_RATE_LIMITED':
    'Too many failed sign-ins. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'reason.PASSWORD_CHANGE_RATE_LIMITED':
    'Too many wrong current passwords. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'reason.WRONG_CURRENT_PASSWORD': 'Your current password is not right.',
  'reason.EMAIL_TAKEN': 'An account with that email already exists.',
  'reason.RESET_LINK_INVALID':
    'This password-reset link no longer works: it was used already, a newer one was sent, or it expired. Ask for a new one.',
  'reason.PASSWORD_RESET_RATE_LIMITED':
    'Too many password-reset requests. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.',

  'reason.SLUG_TAKEN': 'The short name “{slug}” is already used by another collaborative.',
  'reason.ORGANIZATION_NAME_TAKEN': 'An organization named “{name}” already exists in this collaborative.',
  'reason.SEAT_NAME_TAKEN': 'A seat named “{name}” already exists in this collaborative.',
  'reason.NOT_A_MEMBER': 'That person is not an active member of this collaborative.',
  'reason.UNKNOWN_TIME_ZONE':
    '“{timeZone}” is not a time zone Braid knows. Use a name such as America/Los_Angeles.',
  'reason.ALREADY_HOLDS_VOTING_SEAT':
    'That person already holds the voting seat “{seatName}”; a person holds at most one voting seat.',
  'reason.HOLDER_CANNOT_BE_ALTERNATE': 'The alternate must be a different person from the holder.',
  'reason.TERM_OUT_OF_ORDER': 'The term cannot end before it starts.',
  'reason.LAST_ADMINISTRATOR':
    'A collaborative needs at least one administrator: appoint another before removing this one.',
  'reason.ALREADY_MEMBER': 'That person is already a member of this collaborative.',
  'reason.INVITATION_NOT_USABLE':
    'This invitation can no longer be used: {status, select, ACCEPTED {it was accepted already} REVOKED {it was withdrawn} EXPIRED {it has expired} other {it is closed}}.',
  'reason.INVITATION_FOR_SOMEONE_ELSE':
    'This invitation was sent to a different email address than the account you are signed in with.',
  'reason.ACCOUNT_EXISTS_SIGN_IN':
    'You already have an account: sign in, then open the invitation link again.',
  'reason.PASSWORD_REQUIRED': 'Choose a password for your new account.',

  'reason.STREAM_RESTRICTED':
    '{rule, select, PURPOSE {The funding stream “{streamName}” may only fund {allowedPurposes}, not “{purpose}”.} WORKGROUP {The funding stream “{streamName}” may only fund the work of its listed workgroups.} DATES {The funding stream “{streamName}” must be spent between {startsOn} and {endsOn}, and the grant runs {periodStart} to {periodEnd}.} other {The funding stream “{streamName}” cannot fund this grant.}}',
  'reason.INSUFFICIENT_FUNDS':
    '{what, select, CASH {Not enough cash has been received for this:} other {Not enough money is left uncommitted for this:}} {streams}. The shortfall is {shortfall}.',
  'reason.PLEDGE_EXCEEDS_AWARD':
    'Pledges to “{streamName}” would exceed its award: only {open} of it is not yet pledged.',
  'reason.OVER_RECEIPT': 'That is more than the pledge: only {outstanding} is still expected.',
  'reason.CURRENCY_MISMATCH': 'This stream keeps its books in {expected}; {given} cannot be mixed in.',
  'reason.AMOUNTS_DO_NOT_ADD_UP': 'The allocations must add up to the grant amount.',
  'reason.DATES_OUT_OF_ORDER':
    '{rule, select, GRANT_PERIOD {The grant period cannot end before it starts.} STREAM_PERIOD {The stream cannot end before it starts.} TRANCHE_OUTSIDE_PERIOD {Every tranche must be planned within the grant period.} other {The dates are out of order.}}',
  'reason.UNRESTRICTED_STREAM_WITH_RESTRICTIONS':
    'An unrestricted stream cannot list allowed purposes or workgroups; mark it restricted.',
  'reason.FUNDING_STREAM_NAME_TAKEN': 'A funding stream named “{name}” already exists in this collaborative.',
  'reason.ILLEGAL_TRANSITION':
    'This {subject, select, tranche {tranche} contribution {pledge} report {report} motion {motion} meeting {meeting} minutes {version of the minutes} other {record}} cannot make that change in its current state.{rule, select, REVERSE_RELEASE_FIRST { Reverse its release in the ledger first, then cancel it.} RECORD_NEW_PLEDGE { Record a new pledge instead.} other {}}',
  'reason.IDEMPOTENCY_KEY_REUSED':
    'This release was already sent for a different tranche. Close the dialog and release again.',
  'reason.DISBURSEMENT_ON_HOLD': 'This tranche is on hold: {holds}.',
  'reason.GRANT_EXISTS_FOR_MOTION':
    'A grant already exists for that motion: a motion approves exactly one grant.',
  'reason.NOT_REVERSIBLE':
    'This ledger entry cannot be reversed: {rule, select, IS_A_REVERSAL {it is itself a reversal} ALREADY_REVERSED {it has already been reversed} NOT_A_RECEIPT_OR_RELEASE {only receipts and tranche releases are reversed; write off a pledge or cancel a tranche instead} PLEDGE_WRITTEN_OFF {its pledge was written off since, and the receipt stays part of the record} TRANCHE_PAID {the tranche has been paid to the partner} TRANCHE_NOT_RELEASED {the tranche is no longer released} other {it is not a receipt or a release}}.',
  'reason.WRITE_OFF_UNCOVERS_COMMITMENTS':
    'Writing off {writeOff} would leave grants from “{streamName}” without the pledges they were committed against: only {uncommitted} is uncommitted.',
  'reason.AMOUNT_NOT_POSITIVE': 'An amount must be more than zero.',
  'reason.AMOUNT_TOO_LARGE': 'An amount can be at most {max}.',
  'reason.STREAM_LISTED_TWICE': 'List each funding stream once, with its whole allocation.',
  'reason.NOT_AN_APPROVING_MOTION':
    'A grant needs a passed funding motion of this collaborative: {rule, select, NO_SUCH_MOTION {that motion was not found} NOT_A_PASSED_FUNDING_MOTION {that motion is not a passed funding motion} OTHER_ORGANIZATION {that motion funds another organization} MORE_THAN_APPROVED {the grant is larger than the amount the motion approved} other {that motion does not approve it}}.',

  'reason.NOT_A_WORKGROUP_MEMBER': 'An action item is owned by a member of its workgroup.',
  'reason.ONLY_LEADS_REASSIGN':
    'Only the workgroup’s lead can retitle, reassign or reschedule an action item.',
  'reason.WORKGROUP_NAME_TAKEN': 'A workgroup named “{name}” already exists in this collaborative.',
  'reason.MEETING_NOT_IN_PROGRESS': 'The meeting is not in progress.',
  'reason.MEETING_CLOSED_FOR_CHANGES': 'The meeting is over: its agenda and attendance can no longer change.',
  'reason.MOTIONS_STILL_OPEN':
    '{openMotions, plural, one {# motion is} other {# motions are}} still open: close or withdraw them before adjourning.',
  'reason.ATTENDANCE_NOT_APPLICABLE':
    '{rule, select, PER_SEAT {At a leadership team meeting, attendance is recorded per seat.} PER_PERSON {At a workgroup meeting, attendance is recorded per person.} ALTERNATES_FOR_SEATS {Alternates sit only for seats, at leadership team meetings.} SEAT_VACANT {The seat “{seatName}” is vacant.} NO_ALTERNATE {The seat “{seatName}” has no alternate.} other {That attendance does not apply to this meeting.}}',
  'reason.AGENDA_MOTION_ELSEWHERE': 'An agenda item can only link a motion of the same meeting.',
  'reason.MEETING_NOT_HELD': 'Minutes are drafted once the meeting has started.',
  'reason.MINUTES_APPROVED':
    'These minutes are approved and can no longer change; correct them with a new version.',
  'reason.MINUTES_UNDER_VOTE':
    'A motion to approve these minutes is open; they cannot change while they are voted on.',
  'reason.MINUTES_ALREADY_EXIST':
    'This meeting already has minutes; edit them, or correct the approved version.',
  'reason.MINUTES_CORRECTION_EXISTS': 'These minutes already have a correction; work on that version.',
  'reason.ONLY_APPROVED_MINUTES_CORRECTED':
    'Only approved minutes are corrected with a new version; edit a draft directly.',
  'reason.MINUTES_NOT_APPROVABLE':
    '{rule, select, KIND_MISMATCH {A motion to approve minutes, and only such a motion, names the minutes it approves.} OTHER_COLLABORATIVE {Those minutes belong to another collaborative.} NOT_CIRCULATED {Minutes are circulated before a motion to approve them is opened.} SAME_MEETING {Minutes are approved at a later meeting than the one they record.} other {Those minutes cannot be approved here.}}',
  'reason.NOT_A_LEADERSHIP_MEETING': 'Motions are moved at leadership team meetings, not workgroup meetings.',
  'reason.FUNDING_PROPOSAL_INVALID':
    '{rule, select, KIND_MISMATCH {A funding motion, and only a funding motion, says what it would grant.} AMOUNT_NOT_POSITIVE {A funding motion grants more than nothing.} PERIOD_OUT_OF_ORDER {The grant period cannot end before it starts.} STREAM_LISTED_TWICE {Name each funding stream once.} ALLOCATIONS_DO_NOT_ADD_UP {The allocations must add up to the amount.} TRANCHES_DO_NOT_ADD_UP {The tranches must add up to the amount.} TRANCHE_OUTSIDE_PERIOD {Each tranche falls within the grant period.} TRANCHES_OUT_OF_ORDER {Tranches are listed in date order, one per date.} other {The funding plan needs fixing.}}',
  'reason.FUNDING_PLAN_UNFUNDABLE': 'The fund could not honour this plan as it stands: {problems}',
  'reason.FUNDING_PLAN_NO_LONGER_HOLDS':
    '{when, select, OPEN {The fund could no longer honour this motion: {problems} Amend it before the vote.} other {The fund could no longer honour this motion: {problems} The vote stays open; withdraw the motion or close it once the money is there.}}',
  'reason.MOTION_NOT_OPEN': 'Ballots can only be cast while the motion is open.',
  'reason.SEAT_CONFLICTED':
    'The seat “{seatName}” is conflicted on this motion ({conflict}) and must recuse.',
  'reason.ALTERNATE_NOT_SEATED':
    'You are the alternate for “{seatName}”, and its holder is not recorded absent with the alternate sitting at this meeting.',
  'reason.SEAT_NOT_PRESENT':
    'The seat “{seatName}” is not recorded present at this meeting; only seats present vote.',
  'reason.NOT_A_VOTING_SEAT':
    '{named, select, yes {The seat “{seatName}” does not vote.} other {You hold no voting seat that can vote on this motion.}}',
  'reason.SECRET_BALLOT_RECEIPT_REQUIRED':
    'This seat has already voted on a secret motion. Enter the ballot receipt you were given to change or withdraw that ballot: Braid keeps no record of which choice was yours.',
  'reason.SECRET_BALLOT_RECEIPT_INVALID':
    'That ballot receipt is not this seat’s current receipt for this motion.',
  'reason.ALREADY_CONFLICTED': 'A conflict is already recorded for this seat on this motion.',

  'reason.REPORT_NOT_EDITABLE':
    'This report was sent and can no longer change; changes come as a new version.',
  'reason.NO_NEW_VERSION':
    'No new version can be started: {rule, select, ACCEPTED {this report was accepted} other {this report is waiting for review}}.',
  'reason.STALE_DRAFT':
    'This draft was saved elsewhere since you opened it. Reload it to see the latest text.',
  'reason.UNKNOWN_METRIC': 'That metric is not one this grant reports on.',
  'reason.METRIC_LISTED_TWICE': 'Give each metric once.',
  'reason.CURRENCY_NOT_THE_GRANTS': 'Spending is reported in the grant’s currency, {currency}.',
  'reason.REPORT_INCOMPLETE':
    'The report is saved, but some required parts are missing before it can be submitted.',
  'reason.PERIOD_NOT_OVER':
    'This report covers a period that ends on {periodEnd}; it can be submitted from that day on.',
  'reason.YEAR_TARGETS_DO_NOT_ADD_UP': 'The targets per year must add up to the target for the grant.',
  'reason.METRIC_NAME_TAKEN': 'A metric named “{name}” already exists in this collaborative.',
  'reason.ATTACHMENT_REFUSED':
    '{rule, select, NO_FILE {Choose a file to attach.} TOO_LARGE {This file is {size}; attachments may be at most {max}.} FILE_TYPE {This kind of file cannot be attached. Attach a PDF, an image, a spreadsheet or a document.} TOO_MANY {A report may have at most {maxAttachments} attachments.} other {This file cannot be attached.}}',
  'reason.COMMENTS_ONLY_WITH_CHANGES':
    'Say what needs to change: requesting changes needs at least one comment.',
  'reason.DUE_BEFORE_PERIOD_ENDS': 'A report cannot be due before the period it covers ends ({periodEnd}).',

  'hold.REPORT_LATE': 'the report for {periodStart} to {periodEnd}, due {dueOn}, has not been submitted',
  'hold.REPORT_CHANGES_REQUESTED':
    'the report for {periodStart} to {periodEnd} has changes requested that have not been resubmitted',
  'reason.fieldRefused': 'Check this value.',
} as const;
