import { BadInputError, ConflictError, FieldProblem } from '@braid/kernel';

export class ReportNotEditable extends ConflictError<'REPORT_NOT_EDITABLE'> {
  constructor(status: string) {
    super(
      'REPORT_NOT_EDITABLE',
      `This report was ${status.toLowerCase().replace('_', ' ')} and can no longer change; changes come as a new version.`,
      { status },
    );
  }
}

export class NoNewVersion extends ConflictError<'NO_NEW_VERSION'> {
  constructor(rule: 'ACCEPTED' | 'UNDER_REVIEW') {
    super(
      'NO_NEW_VERSION',
      `No new version can be started: ${rule === 'ACCEPTED' ? 'this report was accepted' : 'this report is waiting for review'}.`,
      { rule },
    );
  }
}

/** Two tabs saving one draft: the older one must reload rather than overwrite the newer text. */
export class StaleDraft extends ConflictError<'STALE_DRAFT'> {
  constructor(current: number) {
    super(
      'STALE_DRAFT',
      'This draft was saved elsewhere since you opened it; reload it to see the latest text.',
      {
        revision: current,
      },
    );
  }
}

export class UnknownMetric extends BadInputError<'UNKNOWN_METRIC'> {
  constructor(index: number, metricId: string) {
    super(
      'UNKNOWN_METRIC',
      'That metric is not one this grant reports on.',
      [{ field: `metricValues.${index}.metricId`, messages: [`${metricId} is not a metric of this grant`] }],
      { metricId },
    );
  }
}

export class MetricListedTwice extends BadInputError<'METRIC_LISTED_TWICE'> {
  constructor(index: number) {
    super('METRIC_LISTED_TWICE', 'Give each metric once.', [
      { field: `metricValues.${index}.metricId`, messages: ['listed twice'] },
    ]);
  }
}

export class CurrencyNotTheGrants extends BadInputError<'CURRENCY_NOT_THE_GRANTS'> {
  constructor(index: number, currency: string) {
    super(
      'CURRENCY_NOT_THE_GRANTS',
      `Spending is reported in the grant's currency, ${currency}.`,
      [{ field: `spending.${index}.amount.currency`, messages: [`must be ${currency}`] }],
      { currency },
    );
  }
}

export class ReportIncomplete extends BadInputError<'REPORT_INCOMPLETE'> {
  constructor(problems: FieldProblem[]) {
    super(
      'REPORT_INCOMPLETE',
      `The report is saved, but before it can be submitted: ${problems.map((p) => p.messages.join(', ')).join('; ')}.`,
      problems,
    );
  }
}

export class PeriodNotOver extends BadInputError<'PERIOD_NOT_OVER'> {
  constructor(periodEnd: string) {
    super(
      'PERIOD_NOT_OVER',
      `This report covers a period that ends on ${periodEnd}; it can be submitted from that day on.`,
      [{ field: 'reportId', messages: [`the period ends on ${periodEnd}`] }],
      { periodEnd },
    );
  }
}

export class YearTargetsDoNotAddUp extends BadInputError<'YEAR_TARGETS_DO_NOT_ADD_UP'> {
  constructor() {
    super('YEAR_TARGETS_DO_NOT_ADD_UP', 'The targets per year must add up to the target for the grant.', [
      { field: 'yearTargets', messages: ['must add up to the target'] },
    ]);
  }
}

export class MetricNameTaken extends ConflictError<'METRIC_NAME_TAKEN'> {
  constructor(name: string) {
    super('METRIC_NAME_TAKEN', `A metric named "${name}" already exists in this collaborative.`, { name });
    this.extensions['field'] = 'name';
  }
}

export class AttachmentRefused extends BadInputError<'ATTACHMENT_REFUSED'> {
  private constructor(
    message: string,
    figures: ConstructorParameters<typeof BadInputError<'ATTACHMENT_REFUSED'>>[3],
  ) {
    super('ATTACHMENT_REFUSED', message, [{ field: 'file', messages: [message] }], figures);
  }

  static noFile(): AttachmentRefused {
    return new AttachmentRefused('Choose a file to attach (the "file" field).', { rule: 'NO_FILE' });
  }

  static tooLarge(sizeBytes: number, maxBytes: number): AttachmentRefused {
    return new AttachmentRefused(
      `The file is ${sizeBytes} bytes; attachments may be at most ${maxBytes} bytes (${Math.floor(maxBytes / 1024 / 1024)} MB).`,
      { rule: 'TOO_LARGE', sizeBytes, maxBytes },
    );
  }

  static fileType(accepted: string): AttachmentRefused {
    return new AttachmentRefused(`This kind of file cannot be attached. Accepted: ${accepted}.`, {
      rule: 'FILE_TYPE',
    });
  }

  static tooMany(maxAttachments: number): AttachmentRefused {
    return new AttachmentRefused(`A report may have at most ${maxAttachments} attachments.`, {
      rule: 'TOO_MANY',
      maxAttachments,
    });
  }
}

export class CommentsOnlyWithChanges extends BadInputError<'COMMENTS_ONLY_WITH_CHANGES'> {
  constructor() {
    super(
      'COMMENTS_ONLY_WITH_CHANGES',
      'Say what needs to change: requesting changes needs at least one comment.',
      [{ field: 'comments', messages: ['at least one comment is needed to request changes'] }],
    );
  }
}

export class DueBeforePeriodEnds extends BadInputError<'DUE_BEFORE_PERIOD_ENDS'> {
  constructor(periodEnd: string) {
    super(
      'DUE_BEFORE_PERIOD_ENDS',
      `A report cannot be due before the period it covers ends (${periodEnd}).`,
      [{ field: 'dueOn', messages: [`must be after ${periodEnd}`] }],
      { periodEnd },
    );
  }
}
