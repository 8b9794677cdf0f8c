import { useForm } from '@mantine/form';
import { act, renderHook } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useFormSending, useSending } from './use-form-sending';

interface Values {
  name: string;
  email: string;
}

/** The API's refusal of `email`, as Apollo hands it to a mutation's caller. */
const refusal = () =>
  new CombinedGraphQLErrors({
    errors: [
      {
        message: 'Input is not valid',
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_INPUT',
          fields: [{ field: 'email', messages: ['email must be an email'] }],
        },
      },
    ],
  });

function renderSending(send: (values: Values) => Promise<string | void>, rules = true) {
  return renderHook(() => {
    const form = useForm<Values>({
      mode: 'uncontrolled',
      initialValues: { name: 'Ana', email: 'ana@example.org' },
      validate: { name: (name) => (rules && name.trim() === '' ? 'Name needed' : null) },
    });
    return { form, sending: useFormSending(form, ['email'], send) };
  });
}

describe('useFormSending', () => {
  it('sends the values once the rules pass and keeps what send resolved to as done', async () => {
    const send = vi.fn(async (values: Values) => `Saved ${values.name}`);
    const { result } = renderSending(send);
    await act(async () => result.current.sending.onSubmit());
    expect(send).toHaveBeenCalledWith({ name: 'Ana', email: 'ana@example.org' });
    expect(result.current.sending.done).toBe('Saved Ana');
    expect(result.current.sending.saved).toBe(true);
    expect(result.current.sending.failure).toBeNull();
  });

  it('sends nothing while a rule fails', async () => {
    const send = vi.fn(async () => undefined);
    const { result } = renderSending(send);
    act(() => result.current.form.setFieldValue('name', ' '));
    await act(async () => result.current.sending.onSubmit());
    expect(send).not.toHaveBeenCalled();
    expect(result.current.form.errors['name']).toBe('Name needed');
    expect(result.current.sending.saved).toBe(false);
  });

  it('keeps a refusal for the alert and marks the refused fields the form shows', async () => {
    const error = refusal();
    const { result } = renderSending(() => Promise.reject(error));
    await act(async () => result.current.sending.onSubmit());
    expect(result.current.sending.failure).toBe(error);
    expect(result.current.sending.done).toBeNull();
    expect(result.current.sending.saved).toBe(false);
    expect(result.current.form.errors['email']).toBeTruthy();
    expect(result.current.form.errors['name']).toBeUndefined();
  });

  it('forgets the last refusal when sent again, and both outcomes on clear', async () => {
    let fail = true;
    const { result } = renderSending(async () => {
      if (fail) throw refusal();
      return 'Saved';
    });
    await act(async () => result.current.sending.onSubmit());
    expect(result.current.sending.failure).not.toBeNull();
    fail = false;
    await act(async () => result.current.sending.onSubmit());
    expect(result.current.sending.failure).toBeNull();
    expect(result.current.sending.done).toBe('Saved');
    act(() => result.current.sending.clear());
    expect(result.current.sending.done).toBeNull();
    expect(result.current.sending.saved).toBe(false);
  });
});

describe('useSending', () => {
  it('counts a send that resolves to nothing as saved, and says when it is under way', async () => {
    let finish: () => void = () => undefined;
    const { result } = renderHook(() => useSending(() => new Promise<void>((resolve) => (finish = resolve))));
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run();
    });
    expect(result.current.sending).toBe(true);
    await act(async () => {
      finish();
      await running;
    });
    expect(result.current.sending).toBe(false);
    expect(result.current.saved).toBe(true);
    expect(result.current.done).toBeNull();
  });
});
