import { en } from '../../i18n/messages/en';
import { reportStateNote } from './report-state';

const say = (status: Parameters<typeof reportStateNote>[0], mayRevise: boolean) =>
  en[reportStateNote(status, mayRevise)];

describe("a sent report's note", () => {
  it('never says "can no longer be changed" above a Revise and resubmit button', () => {
    expect(say('CHANGES_REQUESTED', true)).toMatch(/^Changes were requested\. Revise and resubmit/);
    expect(say('CHANGES_REQUESTED', true)).not.toMatch(/no longer/);
    expect(say('CHANGES_REQUESTED', false)).not.toMatch(/no longer/);
  });

  it('says a report under review waits and an accepted one is final', () => {
    expect(say('SUBMITTED', false)).toMatch(/waiting for review/);
    expect(say('RESUBMITTED', false)).toMatch(/waiting for review/);
    expect(say('ACCEPTED', false)).toMatch(/can no longer be changed/);
  });
});
