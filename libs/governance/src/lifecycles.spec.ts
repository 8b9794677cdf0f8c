import { ActionItemStatus, MeetingStatus, MinutesStatus, MotionStatus } from '@braid/contracts';
import { IllegalTransitionError } from '@braid/kernel';
import { ACTION_ITEM_LIFECYCLE } from './workgroups/action-item.lifecycle';
import { MEETING_LIFECYCLE } from './meetings/meeting.lifecycle';
import { MINUTES_LIFECYCLE } from './minutes/minutes.lifecycle';
import { MOTION_LIFECYCLE } from './motions/motion.lifecycle';

describe('Governance lifecycles', () => {
  it('takes a motion from draft to open to closed, or withdraws it, and nothing else', () => {
    expect(MOTION_LIFECYCLE.assert(MotionStatus.DRAFT, MotionStatus.OPEN)).toBe(MotionStatus.OPEN);
    expect(MOTION_LIFECYCLE.can(MotionStatus.OPEN, MotionStatus.CLOSED)).toBe(true);
    expect(MOTION_LIFECYCLE.can(MotionStatus.OPEN, MotionStatus.WITHDRAWN)).toBe(true);
    expect(MOTION_LIFECYCLE.can(MotionStatus.DRAFT, MotionStatus.CLOSED)).toBe(false);
    expect(() => MOTION_LIFECYCLE.assert(MotionStatus.CLOSED, MotionStatus.OPEN)).toThrow(
      IllegalTransitionError,
    );
    expect(() => MOTION_LIFECYCLE.assert(MotionStatus.WITHDRAWN, MotionStatus.OPEN)).toThrow(
      /cannot go from WITHDRAWN to OPEN/,
    );
  });

  it('approves minutes only once circulated, and never moves them after approval', () => {
    expect(MINUTES_LIFECYCLE.can(MinutesStatus.DRAFT, MinutesStatus.CIRCULATED)).toBe(true);
    expect(MINUTES_LIFECYCLE.can(MinutesStatus.DRAFT, MinutesStatus.APPROVED)).toBe(false);
    expect(MINUTES_LIFECYCLE.can(MinutesStatus.CIRCULATED, MinutesStatus.APPROVED)).toBe(true);
    for (const to of Object.values(MinutesStatus))
      expect(MINUTES_LIFECYCLE.can(MinutesStatus.APPROVED, to)).toBe(false);
  });

  it('runs a meeting from scheduled to adjourned, or cancels it before it starts', () => {
    expect(MEETING_LIFECYCLE.can(MeetingStatus.SCHEDULED, MeetingStatus.IN_PROGRESS)).toBe(true);
    expect(MEETING_LIFECYCLE.can(MeetingStatus.IN_PROGRESS, MeetingStatus.ADJOURNED)).toBe(true);
    expect(MEETING_LIFECYCLE.can(MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED)).toBe(true);
    expect(MEETING_LIFECYCLE.can(MeetingStatus.IN_PROGRESS, MeetingStatus.CANCELLED)).toBe(false);
    expect(MEETING_LIFECYCLE.can(MeetingStatus.ADJOURNED, MeetingStatus.IN_PROGRESS)).toBe(false);
  });

  it('lets an action item be reopened but not skip back from done to open', () => {
    expect(ACTION_ITEM_LIFECYCLE.can(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS)).toBe(true);
    expect(ACTION_ITEM_LIFECYCLE.can(ActionItemStatus.BLOCKED, ActionItemStatus.IN_PROGRESS)).toBe(true);
    expect(ACTION_ITEM_LIFECYCLE.can(ActionItemStatus.DONE, ActionItemStatus.IN_PROGRESS)).toBe(true);
    expect(ACTION_ITEM_LIFECYCLE.can(ActionItemStatus.DONE, ActionItemStatus.OPEN)).toBe(false);
  });
});
