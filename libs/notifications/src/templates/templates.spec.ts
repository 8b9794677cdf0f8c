import {
  AccountEmailFigures,
  AccountEmailKind,
  Language,
  NOTIFICATION_KINDS,
  NotificationFigures,
  NotificationKind,
} from '@braid/contracts';
import { composeDigest, composeEmail, escapeHtml, wordAccountEmail, wordNotification } from './index';

/** Figures for every kind: the type makes this list grow with the contracts. */
const SAMPLES: { [K in NotificationKind]: NotificationFigures[K] } = {
  MOTION_OPENED: {
    motionTitle: 'Fund the trauma recovery center',
    meetingTitle: 'Leadership team, March',
    number: 3,
  },
  MOTION_CLOSED: {
    motionTitle: 'Fund the trauma recovery center',
    outcome: 'PASSED',
    yes: 7,
    no: 1,
    abstain: 1,
  },
  ACTION_ITEMS_OVERDUE_FOR_LEAD: {
    title: 'Map clinic hours',
    workgroupName: 'Trauma-Informed Care',
    ownerName: 'Rosa Member',
    dueOn: '2025-04-30',
    daysLate: 2,
  },
  ACTION_ITEM_ASSIGNED: {
    title: 'Map clinic hours',
    workgroupName: 'Trauma-Informed Care',
    dueOn: '2025-04-30',
  },
  ACTION_ITEM_DUE_SOON: {
    title: 'Map clinic hours',
    workgroupName: 'Trauma-Informed Care',
    dueOn: '2025-04-30',
    daysLeft: 3,
  },
  ACTION_ITEM_OVERDUE: {
    title: 'Map clinic hours',
    workgroupName: 'Trauma-Informed Care',
    dueOn: '2025-04-30',
    daysLate: 1,
  },
  MEETING_SCHEDULED: {
    meetingTitle: 'Leadership team',
    startsAt: '2025-05-06T01:30:00Z',
    location: 'Library',
  },
  MEETING_MOVED: {
    meetingTitle: 'Leadership team',
    startsAt: '2025-05-07T01:30:00Z',
    previousStartsAt: '2025-05-06T01:30:00Z',
    location: null,
  },
  MEETING_CANCELLED: { meetingTitle: 'Leadership team', startsAt: '2025-05-06T01:30:00Z' },
  MEETING_TOMORROW: {
    meetingTitle: 'Leadership team',
    startsAt: '2025-05-06T01:30:00Z',
    location: 'Library',
    agenda: ['Budget', 'Housing'],
  },
  MINUTES_CIRCULATED: { meetingTitle: 'Leadership team', meetingStartsAt: '2025-05-06T01:30:00Z' },
  GRANT_AWARDED: { grantTitle: 'Trauma recovery', amountCents: '30000000', currency: 'USD' },
  TRANCHE_RELEASED: { grantTitle: 'Trauma recovery', amountCents: '10000000', currency: 'USD' },
  TRANCHE_HELD: {
    grantTitle: 'Trauma recovery',
    amountCents: '10000000',
    currency: 'USD',
    reason: 'Report for 2025-01-01 to 2025-03-31 is late (due 2025-04-15)',
    plannedOn: '2025-07-01',
    holds: [
      { hold: 'REPORT_LATE', periodStart: '2025-01-01', periodEnd: '2025-03-31', dueOn: '2025-04-15' },
      { hold: 'REPORT_CHANGES_REQUESTED', periodStart: '2024-10-01', periodEnd: '2024-12-31' },
    ],
  },
  REPORT_DUE_SOON: {
    grantTitle: 'Trauma recovery',
    periodStart: '2025-01-01',
    periodEnd: '2025-03-31',
    dueOn: '2025-04-15',
    daysLeft: 14,
  },
  REPORT_LATE: {
    grantTitle: 'Trauma recovery',
    dueOn: '2025-04-15',
    daysLate: 5,
    heldCents: '10000000',
    currency: 'USD',
  },
  REPORT_LATE_FOR_FUND: {
    grantTitle: 'Trauma recovery',
    organizationName: 'Recovery Center',
    dueOn: '2025-04-15',
    daysLate: 5,
  },
  REPORT_CHANGES_REQUESTED: {
    grantTitle: 'Trauma recovery',
    periodEnd: '2025-03-31',
    note: 'Add the Q1 metrics',
  },
  REPORT_ACCEPTED: { grantTitle: 'Trauma recovery', periodEnd: '2025-03-31' },
  PLEDGE_BEHIND: {
    contributorName: 'Health Plan of San Joaquin',
    streamName: 'Community reinvestment',
    expectedCents: '50000000',
    receivedCents: '25000000',
    currency: 'USD',
    asOf: '2025-06-30',
  },
  STREAM_ENDING: {
    streamName: 'Community reinvestment',
    endsOn: '2025-12-31',
    daysLeft: 30,
    uncommittedCents: '1234567',
    currency: 'USD',
  },
};

const ACCOUNT_SAMPLES: { [K in AccountEmailKind]: AccountEmailFigures[K] } = {
  INVITATION: {
    collaborativeName: 'Healing South Stockton',
    invitedByName: 'Ana Chair',
    expiresAt: '2025-05-06T01:30:00Z',
  },
  PASSWORD_RESET: { expiresMinutes: 30 },
};

const LANGUAGES = [Language.EN, Language.ES];
const BROKEN = /undefined|NaN|\[object|null/;

describe('the words of every message', () => {
  for (const kind of NOTIFICATION_KINDS) {
    for (const language of LANGUAGES) {
      it(`words ${kind} in ${language} with every figure`, () => {
        const wording = wordNotification(kind, SAMPLES[kind], language, 'America/Los_Angeles');
        const email = composeEmail(wording, 'https://braid.example/x', {
          collaborativeName: 'Healing South Stockton',
          unsubscribe: { url: 'https://braid.example/api/unsubscribe/t', what: 'votes' },
          language,
        });
        for (const part of [email.subject, email.text, email.html]) expect(part).not.toMatch(BROKEN);
        expect(email.subject.length).toBeGreaterThan(5);
        expect(email.text).toContain('https://braid.example/x');
      });
    }
  }

  for (const kind of Object.keys(ACCOUNT_SAMPLES) as AccountEmailKind[]) {
    for (const language of LANGUAGES) {
      it(`words the account email ${kind} in ${language}`, () => {
        const wording = wordAccountEmail(kind, ACCOUNT_SAMPLES[kind], language);
        const email = composeEmail(wording, 'https://braid.example/accept', {
          collaborativeName: null,
          unsubscribe: null,
          language,
        });
        for (const part of [email.subject, email.text, email.html]) expect(part).not.toMatch(BROKEN);
      });
    }
  }

  it('says what is at stake when a report is late, with the money held', () => {
    const en = wordNotification('REPORT_LATE', SAMPLES.REPORT_LATE, Language.EN, 'America/Los_Angeles');
    expect(en.paragraphs[0]).toBe(
      'The report of the Trauma recovery grant is 5 days late (it was due April 15, 2025); $100,000.00 is held until it is accepted.',
    );
    const es = wordNotification('REPORT_LATE', SAMPLES.REPORT_LATE, Language.ES, 'America/Los_Angeles');
    expect(es.paragraphs[0]).toContain('100,000.00');
    expect(es.paragraphs[0]).toContain('5 días de atraso');
  });

  it('says why a tranche is held in the reader’s language, from the hold’s figures', () => {
    const en = wordNotification('TRANCHE_HELD', SAMPLES.TRANCHE_HELD, Language.EN, 'America/Los_Angeles');
    expect(en.paragraphs[0]).toBe(
      'A tranche of $100,000.00 of the Trauma recovery grant, planned for July 1, 2025, is held: the report for January 1, 2025 – March 31, 2025, due April 15, 2025, has not been submitted and the report for October 1, 2024 – December 31, 2024 has changes requested.',
    );
    const es = wordNotification('TRANCHE_HELD', SAMPLES.TRANCHE_HELD, Language.ES, 'America/Los_Angeles');
    expect(es.paragraphs[0]).toContain('previsto para el 1 de julio de 2025');
    expect(es.paragraphs[0]).toContain('que vencía el 15 de abril de 2025, no se ha enviado');
    expect(es.paragraphs[0]).toContain('tiene cambios solicitados');
    // The API's English reason is for logs: it never reaches a Spanish reader.
    expect(es.paragraphs.join(' ')).not.toContain(SAMPLES.TRANCHE_HELD.reason);
    expect(en.paragraphs.join(' ')).not.toContain(SAMPLES.TRANCHE_HELD.reason);
  });

  it('says a motion failed for want of a quorum, not just that it failed', () => {
    const figures = {
      ...SAMPLES.MOTION_CLOSED,
      outcome: 'FAILED' as const,
      noQuorum: true,
      yes: 2,
      no: 0,
      abstain: 0,
    };
    const en = wordNotification('MOTION_CLOSED', figures, Language.EN, 'UTC');
    expect(en.headline).toBe('Motion failed, no quorum: Fund the trauma recovery center');
    expect(en.paragraphs[0]).toContain('without a quorum');
    const es = wordNotification('MOTION_CLOSED', figures, Language.ES, 'UTC');
    expect(es.headline).toBe('Moción no aprobada, sin quórum: Fund the trauma recovery center');
    const failed = wordNotification('MOTION_CLOSED', { ...figures, noQuorum: false }, Language.EN, 'UTC');
    expect(failed.headline).toBe('Motion failed: Fund the trauma recovery center');
  });

  it('says amounts beyond a float exactly', () => {
    const wording = wordNotification(
      'GRANT_AWARDED',
      { grantTitle: 'Big', amountCents: '900719925474099312', currency: 'USD' },
      Language.EN,
      'UTC',
    );
    expect(wording.headline).toContain('$9,007,199,254,740,993.12');
  });

  it('gives a meeting time where the collaborative meets', () => {
    const wording = wordNotification(
      'MEETING_CANCELLED',
      SAMPLES.MEETING_CANCELLED,
      Language.EN,
      'America/Los_Angeles',
    );
    // 01:30 UTC on May 6 is the evening of May 5 in Stockton.
    expect(wording.paragraphs[0]).toContain('Monday, May 5, 2025');
    expect(wording.paragraphs[0]).toContain('6:30');
  });

  it('escapes every figure in the HTML part', () => {
    const wording = wordNotification(
      'MOTION_OPENED',
      { motionTitle: '<img src=x onerror=alert(1)>', meetingTitle: null, number: null },
      Language.EN,
      'UTC',
    );
    const email = composeEmail(wording, 'https://braid.example/m?a=1&b=2', {
      collaborativeName: 'A & B',
      unsubscribe: null,
      language: Language.EN,
    });
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(email.html).toContain('https://braid.example/m?a=1&amp;b=2');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });

  it('lists each notification of a digest with its link', () => {
    const sections = (['MINUTES_CIRCULATED', 'PLEDGE_BEHIND'] as const).map((kind) => ({
      wording: wordNotification(kind, SAMPLES[kind] as never, Language.ES, 'America/Los_Angeles'),
      url: `https://braid.example/${kind}`,
    }));
    const digest = composeDigest(sections, '5 de mayo de 2025', {
      collaborativeName: 'Healing South Stockton',
      unsubscribe: null,
      language: Language.ES,
    });
    expect(digest.subject).toBe('Healing South Stockton: resumen del 5 de mayo de 2025 (2)');
    expect(digest.text).toContain('https://braid.example/MINUTES_CIRCULATED');
    expect(digest.html).toContain('Actas para revisar');
  });
});
