import { BadInputError, ConflictError, FieldProblem } from '@braid/kernel';

export class ReportNotEditable extends ConflictError {
  constructor(status: string) {
    super(
      `This report was ${status.toLowerCase().replace('_', ' ')} and can no longer change; changes come as a new version.`,
      { reason: 'ReportNotEditable', status },
    );
  }
}

export class IllegalReportTransition extends ConflictError {
  constructor(from: string, to: string) {
    super(`A report that is ${from.toLowerCase()} cannot become ${to.toLowerCase()}.`, { from, to });
  }
}

export class NoNewVersion extends ConflictError {
  constructor(why: string) {
    super(`No new version can be started: ${why}.`, { reason: 'NoNewVersion' });
  }
}

/** Two tabs saving one draft: the older one must reload rather than overwrite the newer text. */
export class StaleDraft extends ConflictError {
  constructor(current: number) {
    super('This draft was saved elsewhere since you opened it; reload it to see the latest text.', {
      reason: 'StaleDraft',
      revision: current,
    });
  }
}

export class UnknownMetric extends BadInputError {
  constructor(index: number, metricId: string) {
    super('That metric is not one this grant reports on.', [
      { field: `metricValues.${index}.metricId`, messages: [`${metricId} is not a metric of this grant`] },
    ]);
  }
}

export class MetricListedTwice extends BadInputError {
  constructor(index: number) {
    super('Give each metric once.', [
      { field: `metricValues.${index}.metricId`, messages: ['listed twice'] },
    ]);
  }
}

export class CurrencyNotTheGrants extends BadInputError {
  constructor(index: number, currency: string) {
    super(`Spending is reported in the grant's currency, ${currency}.`, [
      { field: `spending.${index}.amount.currency`, messages: [`must be ${currency}`] },
    ]);
  }
}

export class ReportIncomplete extends BadInputError {
  constructor(problems: FieldProblem[]) {
    super(
      `The report is saved, but before it can be submitted: ${problems.map((p) => p.messages.join(', ')).join('; ')}.`,
      problems,
    );
  }
}

export class PeriodNotOver extends BadInputError {
  constructor(periodEnd: string) {
    super(`This report covers a period that ends on ${periodEnd}; it can be submitted from that day on.`, [
      { field: 'reportId', messages: [`the period ends on ${periodEnd}`] },
    ]);
  }
}

export class YearTargetsDoNotAddUp extends BadInputError {
  constructor() {
    super('The targets per year must add up to the target for the grant.', [
      { field: 'yearTargets', messages: ['must add up to the target'] },
    ]);
  }
}

export class MetricNameTaken extends ConflictError {
  constructor(name: string) {
    super(`A metric named "${name}" already exists in this collaborative.`, { field: 'name' });
  }
}

export class AttachmentRefused extends BadInputError {
  constructor(message: string) {
    super(message, [{ field: 'file', messages: [message] }]);
  }
}

export class CommentsOnlyWithChanges extends BadInputError {
  constructor() {
    super('Say what needs to change: requesting changes needs at least one comment.', [
      { field: 'comments', messages: ['at least one comment is needed to request changes'] },
    ]);
  }
}
