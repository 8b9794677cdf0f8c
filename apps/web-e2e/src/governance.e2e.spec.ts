import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { PHONE, screenshot, useBrowser } from './support/browser';
import { signIn } from './support/sign-in';

/** The demo's seat holders this story needs besides support/demo.ts's (apps/api/src/demo/demo-cast.ts). */
const SEAT_HOLDERS = {
  healthPlan: { email: 'healthplan@demo.braid.example', name: 'Priya Natarajan' },
  dignity: { email: 'dignity@demo.braid.example', name: 'Helen Park' },
  trcBoard: { email: 'trc-board@demo.braid.example', name: 'Samuel Reyes' },
} as const;

const SEATS = [
  'Health Plan of San Joaquin',
  'Kaiser Permanente',
  'Dignity Health',
  'County Public Health',
  'Stockton Unified School District',
  'Fathers and Families of San Joaquin',
  'Stockton Trauma Recovery Center',
  'Resident seat 1',
  'Resident seat 2',
] as const;

const WORKGROUP = 'Trauma-Informed Care';
const NEW_WORKGROUP = 'Housing Policy';
const MOTION = 'Fund the Stockton Trauma Recovery Center, year two';

/** A date `days` from today, as a date input takes it. */
function day(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

async function openSection(page: Page, key: 'meetings' | 'workgroups'): Promise<void> {
  await page.getByTestId(`nav-${key}`).click();
  await page.locator('h1').waitFor();
}

async function check(page: Page, name: string): Promise<void> {
  await expectNoSeriousViolations(page, name);
  await screenshot(page, name);
}

/**
 * The acceptance story (docs/DOMAIN-GUIDE.md), steps 3, 4 and 7, through the screens, each role signed in as
 * themself: the workgroup lead's action items and minuted meeting; the leadership team's meeting
 * with quorum, a funding vote with the recipient's board seat recused; a resident reading the decision.
 */
describe('governance: the acceptance story through the screens', () => {
  const { newPage } = useBrowser();
  let meetingUrl = '';
  let motionUrl = '';

  it(
    '3. the workgroup lead posts an action item, reports progress, and minutes a meeting',
    { timeout: 120_000 },
    async () => {
      const lead = await newPage();
      await signIn(lead, DEMO.lead.email);
      await openSection(lead, 'workgroups');
      await lead.getByRole('link', { name: WORKGROUP }).click();
      await lead.getByRole('heading', { level: 1, name: WORKGROUP }).waitFor();
      await lead.getByRole('heading', { name: 'Action items' }).waitFor();
      await lead.getByTestId('action-item').first().waitFor();

      // The form checks before sending.
      await lead.getByRole('button', { name: 'Post an action item' }).click();
      const form = lead.getByRole('form', { name: 'Post an action item' });
      await form.getByRole('button', { name: 'Post the item' }).click();
      await form.getByText('This is required.').waitFor();
      await form.getByText('Choose at least one.').waitFor();

      const title = 'Train 25 school counselors in trauma-informed care';
      await form.getByLabel(/^What needs doing/).fill(title);
      await form.getByLabel(/^Owner/).selectOption({ label: 'Ana López' });
      await form.getByLabel('Due date').fill(day(60));
      await form.getByRole('button', { name: 'Post the item' }).click();
      const item = lead.getByTestId('action-item').filter({ hasText: title });
      await item.waitFor();
      expect(await item.getByTestId('action-item-status').innerText()).toBe('Not started');

      await item.getByRole('button', { name: `Post progress on “${title}”` }).click();
      await item.getByLabel(/^What has happened/).fill('Training dates agreed with the district.');
      await item.getByLabel('Status').selectOption('IN_PROGRESS');
      await item.getByRole('button', { name: 'Post', exact: true }).click();
      await item.getByText('Training dates agreed with the district. (In progress)').waitFor();
      expect(await item.getByTestId('action-item-status').innerText()).toBe('In progress');
      await check(lead, 'governance-workgroup-lead');

      // A workgroup meeting, held and minuted.
      await lead.getByRole('button', { name: 'Schedule a meeting' }).click();
      const schedule = lead.getByRole('form', { name: 'Schedule a meeting' });
      await schedule.getByLabel(/^Title/).fill('Trauma-Informed Care workgroup, December');
      await schedule.getByLabel(/^Date and time/).fill(`${day(0)}T17:30`);
      await schedule.getByLabel('Place').fill('Fathers and Families of San Joaquin, 338 E Market St');
      await schedule.getByRole('button', { name: 'Schedule' }).click();
      await lead
        .getByRole('heading', { level: 1, name: 'Trauma-Informed Care workgroup, December' })
        .waitFor();
      await lead.getByRole('button', { name: 'Start the meeting' }).click();
      await lead.getByTestId('meeting-status').filter({ hasText: 'In progress' }).waitFor();
      await lead.getByLabel('Attendance of Marcus Bell').selectOption('PRESENT');
      await lead.getByLabel('Attendance of Helen Park').selectOption('REMOTE');
      await lead.getByLabel('Attendance of Ana López').selectOption('ABSENT');
      await lead.getByRole('button', { name: 'Record attendance' }).click();
      await lead.getByText('Attendance recorded.').waitFor();

      const minutes = lead.getByRole('region', { name: 'Minutes' });
      await minutes.getByRole('button', { name: 'Save the draft' }).click();
      await minutes.getByText('This is required.').waitFor();
      await minutes
        .getByLabel(/^Minutes/)
        .fill(
          'Counselor training scheduled for January. The referral map is posted in both emergency departments.',
        );
      await minutes.getByRole('button', { name: 'Save the draft' }).click();
      await minutes.getByTestId('minutes-status').filter({ hasText: 'Draft' }).waitFor();
      await minutes.getByRole('button', { name: 'Circulate' }).click();
      await minutes.getByTestId('minutes-status').filter({ hasText: 'Circulated' }).waitFor();
      await lead.getByRole('button', { name: 'Adjourn' }).click();
      await lead.getByTestId('meeting-status').filter({ hasText: 'Adjourned' }).waitFor();
      await check(lead, 'governance-workgroup-meeting');
    },
  );

  it(
    '3. the chair forms a workgroup with its lead and members chosen by name, then pauses it (on a phone)',
    { timeout: 90_000 },
    async () => {
      const chair = await newPage({ viewport: PHONE });
      await signIn(chair, DEMO.chair.email);
      await openSection(chair, 'workgroups');
      await chair.getByRole('button', { name: 'Form a workgroup' }).click();
      const form = chair.getByRole('form', { name: 'Form a workgroup' });
      await form.getByRole('button', { name: 'Form the workgroup' }).click();
      await form.getByText('This is required.').waitFor();

      await form.getByLabel(/^Name/).fill(NEW_WORKGROUP);
      await form
        .getByLabel(/^Purpose/)
        .fill('Keep families in their homes: eviction defense, and a seat at the county housing table.');
      // Chosen with the keyboard: a few letters of the name, Enter, then Tab on to the next field.
      for (const [chooser, name] of [
        [/^Leads/, 'Priya'],
        [/^Members/, 'Helen'],
      ] as const) {
        await form.getByRole('combobox', { name: chooser }).fill(name);
        await chair.keyboard.press('ArrowDown');
        await chair.keyboard.press('Enter');
        await chair.keyboard.press('Tab');
      }
      await form.getByRole('button', { name: 'Form the workgroup' }).click();

      await chair.getByRole('heading', { level: 1, name: NEW_WORKGROUP }).waitFor();
      await chair.getByText('The workgroup is formed.').waitFor();
      await chair.getByText(`Led by ${SEAT_HOLDERS.healthPlan.name}`).waitFor();
      await chair.getByText(`Members: ${SEAT_HOLDERS.dignity.name}`).waitFor();

      await chair.getByRole('button', { name: 'Edit the workgroup' }).click();
      const edit = chair.getByRole('form', { name: 'Edit the workgroup' });
      await edit.getByLabel('Status').selectOption('PAUSED');
      await check(chair, 'governance-workgroup-edit-phone');
      expect(
        await chair.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        'the workgroup form scrolls sideways at 360 px',
      ).toBe(true);
      await edit.getByRole('button', { name: 'Save' }).click();
      await chair.getByText('The workgroup’s changes are saved.').waitFor();
      await chair.getByText('Paused', { exact: true }).waitFor();
    },
  );

  it(
    '4. the chair runs a leadership meeting: quorum needs a resident seat; a funding motion is moved',
    { timeout: 120_000 },
    async () => {
      const chair = await newPage();
      await signIn(chair, DEMO.chair.email);
      await openSection(chair, 'meetings');
      await chair.getByRole('button', { name: 'Schedule a meeting' }).click();
      const schedule = chair.getByRole('form', { name: 'Schedule a meeting' });
      await schedule.getByLabel(/^Title/).fill('Leadership team, December');
      await schedule.getByLabel(/^Date and time/).fill(`${day(0)}T18:00`);
      await schedule.getByLabel('Place').fill('Boggs Tract Community Center, Stockton');
      await schedule.getByRole('button', { name: 'Schedule' }).click();
      await chair.getByRole('heading', { level: 1, name: 'Leadership team, December' }).waitFor();
      meetingUrl = chair.url();

      // The place changes before the meeting starts; the form checks before sending.
      await chair.getByRole('button', { name: 'Edit the meeting’s details' }).click();
      const details = chair.getByRole('form', { name: 'Edit the meeting’s details' });
      await details.getByLabel(/^Title/).fill('');
      await details.getByRole('button', { name: 'Save' }).click();
      await details.getByText('This is required.').waitFor();
      await details.getByLabel(/^Title/).fill('Leadership team, December');
      await details.getByLabel('Place').fill('Boggs Tract Community Center, 533 S Airport Way');
      await check(chair, 'governance-meeting-edit');
      await details.getByRole('button', { name: 'Save' }).click();
      await chair.getByText('The meeting’s details are saved.').waitFor();
      await chair.getByText('Boggs Tract Community Center, 533 S Airport Way').waitFor();
      await chair.getByRole('button', { name: 'Start the meeting' }).click();
      await chair.getByTestId('meeting-status').filter({ hasText: 'In progress' }).waitFor();

      // Five seats are a majority of nine, but no resident seat is here yet: no quorum.
      for (const seat of SEATS.slice(0, 5))
        await chair.getByLabel(`Attendance of ${seat}`).selectOption('PRESENT');
      await chair.getByRole('button', { name: 'Record attendance' }).click();
      await chair.getByText('Attendance recorded.').waitFor();
      const quorum = chair.getByTestId('quorum');
      await quorum.getByText('5 of 9 seats present; 5 needed.').waitFor();
      expect(await quorum.getByText('No quorum yet').count()).toBe(1);
      expect(await quorum.innerText()).toMatch(/Resident seats present: 0 .*Still missing\./);

      for (const seat of SEATS.slice(5, 8))
        await chair.getByLabel(`Attendance of ${seat}`).selectOption('PRESENT');
      await chair.getByLabel('Attendance of Resident seat 2').selectOption('ABSENT');
      await chair.getByRole('button', { name: 'Record attendance' }).click();
      await chair.getByText('Attendance recorded.').waitFor();
      await quorum.getByText('Quorum met').waitFor();
      expect(await quorum.innerText()).toMatch(
        /8 of 9 seats present; 5 needed\.[\s\S]*Resident seats present: 1/,
      );
      await check(chair, 'governance-meeting-quorum');

      // The funding motion, checked before it is sent.
      await chair.getByRole('button', { name: 'Move a motion' }).click();
      const motion = chair.getByRole('form', { name: 'Move a motion' });
      await motion.getByLabel('Kind of motion').selectOption('FUNDING');
      await motion.getByLabel(/^Title/).fill(MOTION);
      await motion.getByLabel(/^Amount/).fill('a lot');
      await motion.getByRole('button', { name: 'Move the motion' }).click();
      await motion.getByText('Enter an amount above zero, such as 300,000 or 75,000.50.').waitFor();
      await motion
        .getByLabel('Resolution')
        .fill(
          'Resolved, that the Wellness Fund grant $150,000 to the Stockton Trauma Recovery Center for a second year.',
        );
      await motion.getByLabel(/^Amount/).fill('150,000');
      await motion.getByLabel(/^Recipient/).selectOption({ label: 'Stockton Trauma Recovery Center' });
      await motion.getByLabel(/^Purpose/).fill('Trauma recovery services');
      await motion.getByLabel(/^Grant starts/).fill(day(400));
      await motion.getByLabel(/^Grant ends/).fill(day(764));
      await motion.getByLabel('Number of payments').fill('3');
      await motion.getByRole('button', { name: 'Move the motion' }).click();
      await chair.getByRole('heading', { level: 1, name: MOTION }).waitFor();
      motionUrl = chair.url();
      await chair.getByText('$150,000.00').waitFor();
      await chair.getByRole('button', { name: 'Open the vote' }).click();
      await chair.getByTestId('motion-status').filter({ hasText: 'Voting open' }).waitFor();
      await check(chair, 'governance-motion-open');
    },
  );

  it(
    '4. seats vote and change their vote, the counts update live, the recipient’s seat recuses, the chair closes',
    { timeout: 150_000 },
    async () => {
      expect(motionUrl).not.toBe('');
      // The chair keeps the motion on screen, as on the projector in the room.
      const projector = await newPage();
      await signIn(projector, DEMO.chair.email);
      await projector.goto(motionUrl);
      await projector.getByRole('heading', { level: 1, name: MOTION }).waitFor();
      await projector.getByTestId('count-yes').filter({ hasText: '0' }).waitFor();
      const myBallot = projector.getByRole('region', { name: 'For County Public Health' });
      await myBallot.getByRole('button', { name: 'Yes' }).click();
      await myBallot.getByText('Your vote is recorded: Yes.').waitFor();

      // The recipient's board member: recused when the motion opened, so no ballot to cast.
      const samuel = await newPage();
      await signIn(samuel, SEAT_HOLDERS.trcBoard.email);
      await samuel.goto(motionUrl);
      const recused = samuel.getByRole('region', { name: 'For Stockton Trauma Recovery Center' });
      await recused.getByText(/Your seat is recused from this motion/).waitFor();
      expect(await recused.getByRole('button', { name: 'Yes' }).count()).toBe(0);
      await check(samuel, 'governance-motion-recused');

      // A member votes no, then changes to yes; the chair's screen follows without reloading.
      const priya = await newPage();
      await signIn(priya, SEAT_HOLDERS.healthPlan.email);
      await priya.goto(motionUrl);
      const hers = priya.getByRole('region', { name: 'For Health Plan of San Joaquin' });
      await hers.getByRole('button', { name: 'No' }).click();
      await hers.getByText('Your vote is recorded: No.').waitFor();
      await projector.getByTestId('count-no').filter({ hasText: '1' }).waitFor();
      // Changed with the keyboard alone: focus the choice, press Enter.
      await hers.getByRole('button', { name: 'Yes' }).focus();
      await priya.keyboard.press('Enter');
      await hers.getByText('Your vote is changed to Yes.').waitFor();
      expect(await hers.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('true');
      await projector.getByTestId('count-yes').filter({ hasText: '2' }).waitFor();
      await projector.getByTestId('count-no').filter({ hasText: '0' }).waitFor();

      // The resident, in Spanish, from the votes waiting on her overview.
      const gloria = await newPage();
      await signIn(gloria, DEMO.resident.email);
      const agenda = gloria.getByRole('region', { name: 'Votaciones y reuniones' });
      // Her overview says which votes still need her: this one, not the one she already cast.
      const waiting = agenda.getByRole('listitem').filter({ hasText: MOTION });
      await waiting.getByText('Se necesita su voto').waitFor();
      await agenda
        .getByRole('listitem')
        .filter({ hasText: /trust builders/ })
        .getByText('Usted votó: A favor')
        .waitFor();
      await agenda.getByRole('link', { name: MOTION, exact: true }).click();
      const gloriaBallot = gloria.getByRole('region', { name: 'Por Resident seat 1' });
      await gloriaBallot.getByRole('button', { name: 'A favor' }).click();
      await gloriaBallot.getByText('Su voto quedó registrado: A favor.').waitFor();

      for (const person of [DEMO.lead, SEAT_HOLDERS.dignity]) {
        const voter = await newPage();
        await signIn(voter, person.email);
        await voter.goto(motionUrl);
        await voter.getByRole('region', { name: /^For / }).getByRole('button', { name: 'Yes' }).click();
        await voter.getByText('Your vote is recorded: Yes.').waitFor();
      }
      await projector.getByTestId('count-yes').filter({ hasText: '5' }).waitFor();
      await check(projector, 'governance-motion-live');

      // Closing asks first, with what will be counted: two seats present have not voted.
      await projector.getByRole('button', { name: `Close the vote and count: “${MOTION}”` }).click();
      const closing = projector.getByRole('dialog', { name: 'Close the vote and count?' });
      const figures = closing.getByTestId('closing-figures');
      await figures.waitFor();
      expect(await figures.innerText()).toMatch(/5 ballots cast by the 7 seats present\./);
      expect(await figures.innerText()).toMatch(/Quorum met: 7 seats present, \d+ needed\./);
      expect(await figures.innerText()).toMatch(/Threshold: /);
      await closing.getByText(/2 of the 7 seats present have not voted/).waitFor();
      await check(projector, 'governance-close-vote-dialog');
      await closing.getByRole('button', { name: 'Close and count' }).click();
      await projector.getByTestId('motion-outcome').filter({ hasText: 'Passed' }).waitFor();
      const tally = projector.getByTestId('tally');
      expect(await tally.innerText()).toMatch(/Quorum met: 7 seats present, \d+ needed\./);
      await check(projector, 'governance-motion-passed');
    },
  );

  it(
    '4. the chair moves approval of the last meeting’s circulated minutes; passing it approves them',
    { timeout: 90_000 },
    async () => {
      expect(meetingUrl).not.toBe('');
      const chair = await newPage();
      await signIn(chair, DEMO.chair.email);
      await chair.goto(meetingUrl);
      await chair.getByRole('button', { name: 'Move a motion' }).click();
      const motion = chair.getByRole('form', { name: 'Move a motion' });
      await motion.getByLabel('Kind of motion').selectOption('MINUTES_APPROVAL');
      await motion.getByLabel(/^Title/).fill('Approve the minutes of the previous meeting');
      await motion.getByRole('button', { name: 'Move the motion' }).click();
      await motion.getByText('Choose at least one.').waitFor();
      await motion.getByLabel(/^Minutes to approve/).selectOption({ index: 1 });
      await motion.getByRole('button', { name: 'Move the motion' }).click();
      await chair
        .getByRole('heading', { level: 1, name: 'Approve the minutes of the previous meeting' })
        .waitFor();
      await chair.getByTestId('minutes-status').filter({ hasText: 'Circulated' }).waitFor();
      await chair.getByRole('button', { name: 'Open the vote' }).click();
      const ballot = chair.getByRole('region', { name: 'For County Public Health' });
      await ballot.getByRole('button', { name: 'Yes' }).click();
      await ballot.getByText('Your vote is recorded: Yes.').waitFor();
      await chair.getByRole('button', { name: /^Close the vote and count/ }).click();
      await chair
        .getByRole('dialog', { name: 'Close the vote and count?' })
        .getByRole('button', { name: 'Close and count' })
        .click();
      await chair.getByTestId('motion-outcome').filter({ hasText: 'Passed' }).waitFor();

      await chair.getByRole('region', { name: 'Minutes voted on' }).getByRole('link').click();
      const minutes = chair.getByRole('region', { name: 'Minutes' });
      await minutes.getByTestId('minutes-status').filter({ hasText: 'Approved' }).waitFor();
      await minutes.getByRole('link', { name: 'The motion that approved them' }).waitFor();
      await minutes.getByRole('button', { name: 'Correct them (new version)' }).waitFor();
      await check(chair, 'governance-minutes-approved');
    },
  );

  it('7. a resident member sees the decision and how each seat voted', { timeout: 60_000 }, async () => {
    expect(motionUrl).not.toBe('');
    const gloria = await newPage();
    await signIn(gloria, DEMO.resident.email);
    await gloria.goto(meetingUrl);
    await gloria.getByRole('heading', { level: 1, name: 'Leadership team, December' }).waitFor();
    await gloria.getByRole('link', { name: MOTION }).click();
    await gloria.getByRole('heading', { level: 1, name: MOTION }).waitFor();
    await gloria.getByTestId('motion-outcome').filter({ hasText: 'Aprobada' }).waitFor();
    const votes = gloria.getByTestId('named-votes');
    expect(await votes.getByRole('row', { name: /Stockton Trauma Recovery Center/ }).innerText()).toMatch(
      /Se inhibió/,
    );
    expect(await votes.getByRole('row', { name: /Resident seat 1/ }).innerText()).toMatch(/A favor/);
    expect(await votes.getByRole('row', { name: /Health Plan of San Joaquin/ }).innerText()).toMatch(
      /A favor/,
    );
    expect(await votes.getByRole('row', { name: /Resident seat 2/ }).innerText()).toMatch(/Sin voto/);
    expect(await gloria.getByTestId('count-yes').innerText()).toBe('5');
    // Voting has closed: no ballot buttons, no conflict form.
    expect(await gloria.getByRole('button', { name: 'A favor' }).count()).toBe(0);
    await check(gloria, 'governance-decision-resident-es');
  });

  it(
    '8. the decisions page lists what was decided and when; a decision leads to its grant and back',
    { timeout: 90_000 },
    async () => {
      expect(motionUrl).not.toBe('');
      const chair = await newPage();
      await signIn(chair, DEMO.chair.email);
      await chair.goto(motionUrl);
      await chair.getByTestId('nav-decisions').click();
      await chair.getByRole('heading', { level: 1, name: 'Decisions' }).waitFor();
      await chair.getByLabel('Outcome').selectOption('PASSED');
      await chair.getByLabel('Kind').selectOption('FUNDING');
      const today = chair.getByRole('listitem').filter({ hasText: MOTION });
      await today.getByTestId('decision-tally').waitFor();
      expect(await today.innerText()).toMatch(/Decided /);
      await check(chair, 'governance-decisions');

      // Last month's grant, from the decision to the grant and back.
      const yearOne = 'Fund the Stockton Trauma Recovery Center, year one';
      await chair.getByRole('link', { name: yearOne }).click();
      await chair.getByRole('heading', { level: 1, name: yearOne }).waitFor();
      const related = chair.getByRole('region', { name: 'Related records' });
      await related.getByTestId('motion-minutes').waitFor();
      await related.getByTestId('motion-grant').click();
      await chair.getByTestId('grant-motion').click();
      await chair.getByRole('heading', { level: 1, name: yearOne }).waitFor();

      // A partner contact typing the ledger's address is told it is not for their role.
      const partner = await newPage();
      await signIn(partner, DEMO.partner.email);
      await partner.goto(new URL(motionUrl).pathname.replace(/\/motions\/.*$/, '/funds/ledger'));
      await partner.getByRole('heading', { level: 1, name: 'Not available to you' }).waitFor();
      await check(partner, 'not-available-partner-ledger');
    },
  );
});
