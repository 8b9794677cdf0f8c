import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useT } from '../../i18n/use-t';
import type { MeetingDetailsValues } from './schedule-meeting.form';

/** Title, time, place and link of a meeting, as scheduled and as changed later. */
export function MeetingDetailsFields<Values extends MeetingDetailsValues>({
  form,
}: {
  form: UseFormReturnType<Values>;
}) {
  const t = useT();
  // Mantine types field paths per form; these four exist on every form that extends the details.
  const field = (name: keyof MeetingDetailsValues & string) => ({
    ...form.getInputProps(name as never),
    key: form.key(name as never),
  });
  const { key: titleKey, ...title } = field('title');
  const { key: whenKey, ...when } = field('scheduledAt');
  const { key: locationKey, ...location } = field('location');
  const { key: linkKey, ...link } = field('remoteLink');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput label={t('governance.meetings.titleField')} required key={titleKey} {...title} />
      <TextInput
        type="datetime-local"
        label={t('governance.meetings.when')}
        required
        key={whenKey}
        {...when}
      />
      <TextInput label={t('governance.meetings.location')} key={locationKey} {...location} />
      <TextInput type="url" label={t('governance.meetings.remoteLink')} key={linkKey} {...link} />
    </SimpleGrid>
  );
}
