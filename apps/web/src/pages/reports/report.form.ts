import { decimalStringToCents } from '@braid/contracts';

/** What the partner types, kept as text so nothing typed is lost or reformatted while typing. */
export interface ReportDraftForm {
  narrative: string;
  /** metric id → the count as typed */
  metricValues: Record<string, string>;
  spending: { budgetLine: string; amount: string }[];
}

export type ReportSectionName = 'NARRATIVE' | 'SPENDING' | 'METRICS' | 'ATTACHMENTS';

export type FieldProblem =
  | 'reports.form.error.wholeNumber'
  | 'reports.form.error.amount'
  | 'reports.form.error.budgetLine'
  | 'reports.form.error.required'
  | 'reports.form.error.spendingRequired';

/** A metric's count: a whole number, zero or more (the API refuses anything else). */
export function parseMetricValue(text: string): { value: number } | { problem: FieldProblem } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { problem: 'reports.form.error.wholeNumber' };
  const value = Number(trimmed);
  // GraphQL Int is 32-bit: a larger count would be refused, so say so here.
  if (value > 2_147_483_647) return { problem: 'reports.form.error.wholeNumber' };
  return { value };
}

/**
 * Dollars as typed ("1,234.5", "$850") into cents, by string arithmetic (contracts'
 * decimalStringToCents), never through a float; negative amounts are not spending.
 */
export function parseSpendingAmount(text: string): { cents: bigint } | { problem: FieldProblem } {
  try {
    const cents = decimalStringToCents(text.trim());
    if (cents < 0n) return { problem: 'reports.form.error.amount' };
    return { cents };
  } catch {
    return { problem: 'reports.form.error.amount' };
  }
}

export interface ReportProblems {
  narrative?: FieldProblem;
  metrics: Record<string, FieldProblem>;
  spending: Record<number, { budgetLine?: FieldProblem; amount?: FieldProblem }>;
  /** A required spending section with no line at all: said in the section, not only in the summary. */
  spendingMissing?: FieldProblem;
  attachments?: FieldProblem;
  sections: ReportSectionName[];
}

/**
 * Everything wrong with the report before it is sent: each field's problem, and the required
 * sections still empty (the API would refuse the submission for the same reasons).
 */
export function reportProblems(
  form: ReportDraftForm,
  requiredSections: readonly ReportSectionName[],
  metricIds: readonly string[],
  attachmentCount: number,
): ReportProblems {
  const problems: ReportProblems = { metrics: {}, spending: {}, sections: [] };
  const required = new Set(requiredSections);
  if (required.has('NARRATIVE') && form.narrative.trim() === '')
    problems.narrative = 'reports.form.error.required';
  for (const metricId of metricIds) {
    const text = form.metricValues[metricId] ?? '';
    if (text.trim() === '') {
      if (required.has('METRICS')) problems.metrics[metricId] = 'reports.form.error.required';
      continue;
    }
    const parsed = parseMetricValue(text);
    if ('problem' in parsed) problems.metrics[metricId] = parsed.problem;
  }
  form.spending.forEach((line, index) => {
    const lineProblems: { budgetLine?: FieldProblem; amount?: FieldProblem } = {};
    if (line.budgetLine.trim() === '') lineProblems.budgetLine = 'reports.form.error.budgetLine';
    const parsed = parseSpendingAmount(line.amount);
    if ('problem' in parsed) lineProblems.amount = parsed.problem;
    if (lineProblems.budgetLine || lineProblems.amount) problems.spending[index] = lineProblems;
  });
  if (required.has('SPENDING') && form.spending.length === 0) {
    problems.spendingMissing = 'reports.form.error.spendingRequired';
    problems.sections.push('SPENDING');
  }
  if (required.has('ATTACHMENTS') && attachmentCount === 0)
    problems.attachments = 'reports.form.error.required';
  if (problems.narrative) problems.sections.push('NARRATIVE');
  if (Object.keys(problems.metrics).length > 0) problems.sections.push('METRICS');
  if (Object.keys(problems.spending).length > 0 && !problems.sections.includes('SPENDING'))
    problems.sections.push('SPENDING');
  if (problems.attachments) problems.sections.push('ATTACHMENTS');
  return problems;
}

export function hasProblems(problems: ReportProblems): boolean {
  return problems.sections.length > 0;
}

/**
 * The parts of the draft that are valid enough to keep on the server: an autosave sends what can
 * be parsed and leaves half-typed values for the next save, so a typo never blocks saving the rest.
 */
export function draftPayload(form: ReportDraftForm, currency: string) {
  const metricValues = Object.entries(form.metricValues).flatMap(([metricId, text]) => {
    const parsed = parseMetricValue(text);
    return 'value' in parsed ? [{ metricId, value: parsed.value }] : [];
  });
  const spending = form.spending.flatMap((line) => {
    const parsed = parseSpendingAmount(line.amount);
    if (!('cents' in parsed) || line.budgetLine.trim() === '') return [];
    return [{ budgetLine: line.budgetLine.trim(), amount: { cents: parsed.cents.toString(), currency } }];
  });
  return { narrative: form.narrative, metricValues, spending };
}

/** Client-side check of an attachment, mirroring the API's (which checks the bytes, too). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
const ALLOWED_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'webp', 'xlsx', 'ods', 'xls', 'csv'];

export function attachmentProblem(file: {
  name: string;
  size: number;
}): 'reports.attach.error.type' | 'reports.attach.error.size' | 'reports.attach.error.empty' | null {
  const dot = file.name.lastIndexOf('.');
  const extension = dot >= 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  if (!ALLOWED_EXTENSIONS.includes(extension)) return 'reports.attach.error.type';
  if (file.size === 0) return 'reports.attach.error.empty';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'reports.attach.error.size';
  return null;
}
