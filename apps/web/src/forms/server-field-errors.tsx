import type { UseFormReturnType } from '@mantine/form';
import type { Problem } from '../graphql/problem';
import { ServerText } from '../ui/states';

/**
 * Puts the API's BAD_USER_INPUT messages beside the inputs they are about (the API names fields as
 * the input type does). Fields the form does not show stay in the alert above the form.
 */
export function showServerFieldErrors<Values extends object>(
  form: UseFormReturnType<Values>,
  problem: Problem,
  fields: readonly (keyof Values & string)[],
): void {
  for (const [field, messages] of Object.entries(problem.fields)) {
    if ((fields as readonly string[]).includes(field))
      form.setFieldError(field, <ServerText>{messages.join(' ')}</ServerText>);
  }
}
