import { describe, expect, it } from 'vitest';
import {
  attachmentProblem,
  draftPayload,
  parseMetricValue,
  parseSpendingAmount,
  reportProblems,
} from './report.form';

describe('metric values', () => {
  it('accepts whole counts of zero or more', () => {
    expect(parseMetricValue('0')).toEqual({ value: 0 });
    expect(parseMetricValue(' 42 ')).toEqual({ value: 42 });
  });
  it('refuses negative, decimal and non-numeric counts', () => {
    for (const text of ['-1', '2.5', 'ten', '', '1e3', '99999999999']) {
      expect(parseMetricValue(text)).toEqual({ problem: 'reports.form.error.wholeNumber' });
    }
  });
});

describe('spending amounts', () => {
  it('turns dollars into exact cents', () => {
    expect(parseSpendingAmount('1,234.5')).toEqual({ cents: 123450n });
    expect(parseSpendingAmount('$850,000')).toEqual({ cents: 85000000n });
    // 0.1 + 0.2 style float residue would show here.
    expect(parseSpendingAmount('0.29')).toEqual({ cents: 29n });
    expect(parseSpendingAmount('90071992547409.93')).toEqual({ cents: 9007199254740993n });
  });
  it('refuses negative amounts, more than two decimals and words', () => {
    // "12,50" is a decimal comma, which the form says to write as 12.50, not $1,250.00.
    for (const text of ['-5', '1.005', 'abc', '', '12,50']) {
      expect(parseSpendingAmount(text)).toEqual({ problem: 'reports.form.error.amount' });
    }
  });
});

describe('a report before it is submitted', () => {
  const sections = ['NARRATIVE', 'SPENDING', 'METRICS'] as const;
  it('names every empty required section and every bad field', () => {
    const problems = reportProblems(
      {
        narrative: ' ',
        metricValues: { m1: '12', m2: '-3' },
        spending: [{ budgetLine: '', amount: '10.001' }],
      },
      sections,
      ['m1', 'm2', 'm3'],
      0,
    );
    expect(problems.narrative).toBe('reports.form.error.required');
    expect(problems.metrics).toEqual({
      m2: 'reports.form.error.wholeNumber',
      m3: 'reports.form.error.required',
    });
    expect(problems.spending[0]).toEqual({
      budgetLine: 'reports.form.error.budgetLine',
      amount: 'reports.form.error.amount',
    });
    expect(problems.sections.sort()).toEqual(['METRICS', 'NARRATIVE', 'SPENDING']);
  });
  it('gives every section the summary names a message of its own, in that section', () => {
    const problems = reportProblems(
      { narrative: '', metricValues: {}, spending: [] },
      [...sections, 'ATTACHMENTS'],
      ['m1'],
      0,
    );
    expect(problems.sections.sort()).toEqual(['ATTACHMENTS', 'METRICS', 'NARRATIVE', 'SPENDING']);
    // "Spending" in the summary with nothing beside the section was the bug: no line, no field to mark.
    expect(problems.spendingMissing).toBe('reports.form.error.spendingRequired');
    expect(problems.narrative).toBe('reports.form.error.required');
    expect(problems.metrics['m1']).toBe('reports.form.error.required');
    expect(problems.attachments).toBe('reports.form.error.required');
  });
  it('lets a complete report through, and asks for a file only when attachments are required', () => {
    const form = {
      narrative: 'We served 40 survivors.',
      metricValues: { m1: '40' },
      spending: [{ budgetLine: 'Staff', amount: '1,000' }],
    };
    expect(reportProblems(form, sections, ['m1'], 0).sections).toEqual([]);
    expect(reportProblems(form, [...sections, 'ATTACHMENTS'], ['m1'], 0).sections).toEqual(['ATTACHMENTS']);
    expect(reportProblems(form, [...sections, 'ATTACHMENTS'], ['m1'], 1).sections).toEqual([]);
  });
  it('autosaves only what can be parsed, money as cents strings', () => {
    expect(
      draftPayload(
        {
          narrative: 'Half',
          metricValues: { m1: '4', m2: '4.' },
          spending: [
            { budgetLine: 'Rent', amount: '12.30' },
            { budgetLine: 'X', amount: '1.2.3' },
          ],
        },
        'USD',
      ),
    ).toEqual({
      narrative: 'Half',
      metricValues: [{ metricId: 'm1', value: 4 }],
      spending: [{ budgetLine: 'Rent', amount: { cents: '1230', currency: 'USD' } }],
    });
  });
});

describe('attachments', () => {
  it('accepts the kinds the API accepts, up to 10 MB', () => {
    expect(attachmentProblem({ name: 'Sign-in sheets.PDF', size: 2048 })).toBeNull();
    expect(attachmentProblem({ name: 'budget.xlsx', size: 10 * 1024 * 1024 })).toBeNull();
  });
  it('refuses other kinds, empty and too large files', () => {
    expect(attachmentProblem({ name: 'run.exe', size: 10 })).toBe('reports.attach.error.type');
    expect(attachmentProblem({ name: 'notes', size: 10 })).toBe('reports.attach.error.type');
    expect(attachmentProblem({ name: 'a.pdf', size: 0 })).toBe('reports.attach.error.empty');
    expect(attachmentProblem({ name: 'a.pdf', size: 10 * 1024 * 1024 + 1 })).toBe(
      'reports.attach.error.size',
    );
  });
});
