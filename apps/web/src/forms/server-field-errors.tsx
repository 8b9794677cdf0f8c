import type { FailureReason } from '@braid/contracts';
import type { UseFormReturnType } from '@mantine/form';
import type { Problem } from '../graphql/problem';
import { useT } from '../i18n/use-t';
import { useProblemMessage } from '../ui/states';

/** Reasons that only say "this input is not valid": beside the input, a short prompt says as much. */
const GENERAL = new Set<FailureReason | null>([null, 'INVALID_INPUT', 'UNREADABLE_TEXT', 'VALUE_MALFORMED']);

/** Beside a refused input: Braid's own sentence for the reason, never the API's English words. */
function FieldRefused({ problem }: { problem: Problem }) {
  const t = useT();
  const describe = useProblemMessage();
  return <>{GENERAL.has(problem.reason) ? t('reason.fieldRefused') : describe(problem)}</>;
}

/**
 * Marks the inputs the API refused (it names fields as the input type does) with the reason in
 * the reader's language. Fields the form does not show are covered by the alert above the form.
 */
export function showServerFieldErrors<Values extends object>(
  form: UseFormReturnType<Values>,
  problem: Problem,
  fields: readonly (keyof Values & string)[],
): void {
  for (const field of Object.keys(problem.fields)) {
    if ((fields as readonly string[]).includes(field))
      form.setFieldError(field, <FieldRefused problem={problem} />);
  }
}
