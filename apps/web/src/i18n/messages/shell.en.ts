import { errorsEn } from './errors.en';

/**
 * English strings of the shell (layout, navigation, states, forms, problems) and words shown by pages of more than one area.
 * An area catalogue: see i18n/catalogues.ts for which one a new string goes to.
 */
export const shellEn = {
  ...errorsEn,
  'account.menu': 'My account',

  'admin.nav.setup': 'Set up',
  'admin.new.link': 'Start a new collaborative',

  'app.name': 'Braid',

  'calendar.addToCalendar': 'Add to calendar',
  'calendar.addToCalendarHint': 'Downloads this meeting as a calendar file (.ics).',

  'collaborative.notFound': 'This collaborative could not be found, or you are not a member of it.',

  'confirm.close': 'Close',

  'error.BAD_USER_INPUT': 'Some of what you entered needs fixing.',
  'error.CONFLICT': 'This cannot be done as things stand.',
  'error.FORBIDDEN': 'You are not allowed to do this.',
  'error.INTERNAL_SERVER_ERROR': 'Something went wrong on our side. Try again in a moment.',
  'error.NETWORK': 'Braid could not be reached. Check your connection and try again.',
  'error.NOT_FOUND': 'This could not be found, or you do not have access to it.',
  'error.TOO_MANY_REQUESTS':
    'Too many attempts. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'error.UNAUTHENTICATED': 'Please sign in to do this.',

  'form.chooseOne': 'Choose at least one.',
  'form.emailInvalid': 'Enter an email address such as name@example.org.',
  'form.emailRequired': 'Enter an email address.',
  'form.maxLength': 'Use at most {max} characters.',
  'form.minLength': 'Use at least {min} characters.',
  'form.passwordsDiffer': 'The two passwords are not the same.',
  'form.required': 'This is required.',
  'form.showPassword': 'Show or hide the password',

  'funds.figure.available': 'Available to commit',
  'funds.figure.availableHint': 'Pledged and not yet awarded: what new grants can use.',
  'funds.figure.awarded': 'Awarded',
  'funds.figure.cashOnHand': 'Cash on hand',
  'funds.figure.cashOnHandHint': 'Received and not yet disbursed: what releases can draw on.',
  'funds.figure.committed': 'Committed',
  'funds.figure.committedHint': 'Awarded to grants, including what was paid out.',
  'funds.figure.disbursed': 'Disbursed',
  'funds.figure.disbursedHint': 'Released to funded partners.',
  'funds.figure.pledged': 'Pledged',
  'funds.figure.pledgedHint': 'Promised by funders, net of write-offs.',
  'funds.figure.received': 'Received',
  'funds.figure.receivedHint': 'Money that has arrived from funders.',
  'funds.figure.remaining': 'Still to release',
  'funds.grant.period': 'Period',
  'funds.grant.periodRange': '{start} to {end}',
  'funds.grant.title': 'Grant',
  'funds.grants.loadMore': 'Load more grants',
  'funds.grants.loading': 'Loading the grants…',
  'funds.grants.table': 'Grants with what was awarded, disbursed and is still to release',
  'funds.kind.COUNTY': 'County',
  'funds.kind.FEDERAL': 'Federal',
  'funds.kind.FOUNDATION': 'Foundation',
  'funds.kind.HEALTH_PLAN': 'Health plan',
  'funds.kind.HOSPITAL_COMMUNITY_BENEFIT': 'Hospital community benefit',
  'funds.kind.OTHER': 'Other',
  'funds.kind.STATE': 'State',
  'funds.myGrants.empty': 'Your organization has no grants from the Wellness Fund yet.',
  'funds.myGrants.explain': 'The grants {organization} receives from the Wellness Fund.',
  'funds.myGrants.title': 'My grants',
  'funds.nav.audit': 'Audit log',
  'funds.nav.budget': 'Budget',
  'funds.nav.contributions': 'Contributions',
  'funds.nav.grants': 'Grants',
  'funds.nav.ledger': 'Ledger',
  'funds.nav.myGrants': 'My grants',

  'governance.links.grantMotion': 'The motion that approved this grant',
  'governance.agenda.noUpcomingMeetings': 'No meetings are scheduled.',
  'governance.choice.ABSTAIN': 'Abstain',
  'governance.choice.NO': 'No',
  'governance.choice.RECUSED': 'Recused',
  'governance.choice.YES': 'Yes',
  'governance.fundingCheck.CURRENCY_MISMATCH':
    'The funding stream “{stream}” keeps its money in another currency.',
  'governance.fundingCheck.INSUFFICIENT_UNCOMMITTED':
    'The funding stream “{stream}” has {available} not yet committed; this motion asks it for {requested}.',
  'governance.fundingCheck.STREAM_NOT_FOUND':
    'A funding stream this motion names does not exist in this collaborative.',
  'governance.fundingCheck.STREAM_RESTRICTED':
    'The funding stream “{stream}” may not pay for this purpose, workgroup or period.',
  'governance.fundingCheck.holds':
    'The fund can make this grant as planned today. Braid checks again when the vote opens and closes.',
  'governance.fundingCheck.notMadeInsufficient':
    'When the grant was to be made, its funding streams no longer had enough money left uncommitted.',
  'governance.fundingCheck.notMadeOther': 'The fund refused the grant when it was to be made.',
  'governance.fundingCheck.notMadeTitle': 'This motion passed, but the fund could not make its grant',
  'governance.fundingCheck.notMadeWhen':
    'Recorded {date}. The fund administrator can enter the grant, citing this motion, once the money is there; the audit trail keeps the fund’s reason.',
  'governance.fundingCheck.problemsHint':
    'The vote cannot open, nor pass, until this is resolved: amend the plan in a new motion, or wait until the money is there.',
  'governance.fundingCheck.problemsTitle': 'The fund could not make this grant as it stands',
  'governance.meetingStatus.ADJOURNED': 'Adjourned',
  'governance.meetingStatus.CANCELLED': 'Cancelled',
  'governance.meetingStatus.IN_PROGRESS': 'In progress',
  'governance.meetingStatus.SCHEDULED': 'Scheduled',
  'governance.motion.atMeeting': '{meeting} on {date}',
  'governance.motionKind.FUNDING': 'Funding',
  'governance.motionKind.GENERAL': 'General motion',
  'governance.motionKind.MINUTES_APPROVAL': 'Approval of minutes',
  'governance.motionStatus.CLOSED': 'Closed',
  'governance.motionStatus.DRAFT': 'Not open yet',
  'governance.motionStatus.OPEN': 'Voting open',
  'governance.motionStatus.WITHDRAWN': 'Withdrawn',
  'governance.nav.decisions': 'Decisions',
  'governance.nav.meetings': 'Meetings',
  'governance.nav.workgroups': 'Workgroups',
  'governance.outcome.FAILED': 'Failed',
  'governance.outcome.NO_QUORUM': 'No quorum',
  'governance.outcome.PASSED': 'Passed',
  'governance.vote.state.can-vote': 'You can vote.',
  'governance.vote.state.closed': 'The vote is closed.',
  'governance.vote.state.not-open': 'The vote has not been opened yet.',
  'governance.vote.state.not-seated':
    'Your seat is not recorded present at this meeting; ask the chair to record your attendance to vote.',
  'governance.vote.state.receipt-missing':
    'Your secret ballot is cast. This browser does not have its receipt, so it cannot be changed here.',
  'governance.vote.state.recused': 'Your seat is recused from this motion.',

  'layout.chooseCollaborative': 'Choose a collaborative',
  'layout.collaborative': 'Collaborative',
  'layout.language': 'Language',
  'layout.languageNotSaved': 'Your language could not be saved to your profile. Try again.',
  'layout.overview': 'Overview',
  'layout.sections': 'Sections',
  'layout.signOut': 'Sign out',
  'layout.signOutFailed': 'Signing out did not work. Try again.',
  'layout.skipToContent': 'Skip to main content',
  'layout.userMenu': '{name}: account menu',

  'myWork.nav': 'My work',
  'myWork.navCount':
    '{count, plural, =0 {nothing needs you} one {# thing needs you} other {# things need you}}',

  'notAvailable.ask': 'If your work needs it, ask an administrator of the collaborative.',
  'notAvailable.body': 'This page is for other roles in the collaborative, so it is not open to you.',
  'notAvailable.overview': 'Back to the overview',
  'notAvailable.title': 'Not available to you',

  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to your collaborative',
  'notFound.title': 'Page not found',

  'notifications.bell': '{count, plural, =0 {Notifications} other {Notifications, # unread}}',
  'notifications.preferences.digestTime':
    'The daily digest is sent around 7:00 in your collaborative’s time zone.',
  'notifications.preferences.title': 'How you hear about things',
  'notifications.preferencesLink': 'Choose how you hear about things',

  'organizationKind.FUNDED_PARTNER': 'Funded partner',
  'organizationKind.FUNDER': 'Funder',
  'organizationKind.MEMBER_ORGANIZATION': 'Member organization',

  'reports.nav.outcomes': 'Outcomes',
  'reports.nav.reports': 'Reports',
  'reports.outcomes.actual': 'Achieved',
  'reports.outcomes.chart': 'Target and achieved per result (the table below has the same figures)',
  'reports.outcomes.empty': 'No outcomes yet: they appear once reports are accepted.',
  'reports.outcomes.metric': 'Result',
  'reports.outcomes.noTarget': 'No target',
  'reports.outcomes.percent': '% achieved',
  'reports.outcomes.table': 'Outcomes table',
  'reports.outcomes.target': 'Target',
  'reports.outcomes.unit': 'Unit: {unit}',
  'reports.requirementStatus.ACCEPTED': 'Accepted',
  'reports.requirementStatus.CHANGES_REQUESTED': 'Changes requested',
  'reports.requirementStatus.DUE': 'Due',
  'reports.requirementStatus.LATE': 'Late',
  'reports.requirementStatus.UNDER_REVIEW': 'Under review',
  'reports.requirementStatus.UPCOMING': 'Upcoming',
  'reports.section.ATTACHMENTS': 'Files',
  'reports.section.METRICS': 'Results',
  'reports.section.NARRATIVE': 'What happened',
  'reports.section.SPENDING': 'Spending',

  'role.ADMIN': 'Administrator',
  'role.CHAIR': 'Chair',
  'role.FUND_ADMINISTRATOR': 'Fund administrator',
  'role.MEMBER': 'Member',
  'role.OBSERVER': 'Observer',
  'role.PARTNER_CONTACT': 'Partner contact',
  'role.WORKGROUP_LEAD': 'Workgroup lead',

  'seats.termRange': '{start} to {end}',

  'sector.COMMUNITY_ORG': 'Community organization',
  'sector.EDUCATION': 'Education',
  'sector.GOVERNMENT': 'Government',
  'sector.HEALTH_PLAN': 'Health plan',
  'sector.HEALTH_SYSTEM': 'Health system',
  'sector.RESIDENT': 'Resident',

  'signIn.title': 'Sign in',

  'state.closeNotice': 'Close this message',
  'state.loading': 'Loading…',
  'state.retry': 'Try again',
} as const;
