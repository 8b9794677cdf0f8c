import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  type SimpleGridProps,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import type { SetupQuery as SetupQueryData } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { Section } from '../../ui/Section';
import { EmptyState, ProblemAlert } from '../../ui/states';
import { FormDialog } from '../../ui/FormDialog';
import { AssignSeatMutation, CreateSeatMutation, SetupQuery, UpdateSeatMutation } from './operations';
import { SECTORS, seatFields, type SeatValues, seatRules } from './setup.form';

type Setup = SetupQueryData;
type Seat = Setup['collaborative']['seats'][number];
type Organization = Setup['collaborative']['organizations'][number];
export interface Person {
  id: string;
  displayName: string;
}

const FIELDS = ['name', 'sector', 'organizationId', 'voting'] as const;

/**
 * The leadership team's seats: who holds each and a way to change that, a way to edit the seat
 * itself (name, sector, organization, whether it votes), and a form to add a seat.
 */
export function SeatsSetup({
  collaborativeId,
  seats,
  organizations,
  people,
}: {
  collaborativeId: string;
  seats: readonly Seat[];
  organizations: readonly Organization[];
  people: readonly Person[];
}) {
  const t = useT();
  const [editing, setEditing] = useState<Seat | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Section id="setup-seats" title={t('admin.seats.title')}>
      {saved && (
        <Alert color="green" variant="light" role="status">
          {t('admin.seats.saved', { name: saved })}
        </Alert>
      )}
      {seats.length === 0 ? (
        <EmptyState>{t('admin.seats.empty')}</EmptyState>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {seats.map((seat) => (
            <Paper key={seat.id} withBorder p="sm" radius="md" component="li" data-testid="setup-seat">
              <Stack gap="xs">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text fw={600}>{seat.name}</Text>
                  <Group gap={6} wrap="wrap">
                    <Badge variant="outline" color="gray" tt="none">
                      {t(`sector.${seat.sector}`)}
                    </Badge>
                    {!seat.voting && (
                      <Badge variant="light" color="gray" tt="none">
                        {t('admin.seats.nonVoting')}
                      </Badge>
                    )}
                    {seat.vacant && (
                      <Badge variant="light" color="orange" tt="none">
                        {t('admin.seats.vacant')}
                      </Badge>
                    )}
                    <Can I="update" this={subject('Seat', { collaborativeId })}>
                      <Button
                        variant="default"
                        size="xs"
                        aria-label={t('admin.seats.editLabel', { name: seat.name })}
                        onClick={() => {
                          setSaved(null);
                          setEditing(seat);
                        }}
                      >
                        {t('admin.seats.edit')}
                      </Button>
                    </Can>
                  </Group>
                </Group>
                {seat.organization && <Text size="sm">{seat.organization.name}</Text>}
                <Can I="update" this={subject('Seat', { collaborativeId })}>
                  <AssignSeat seat={seat} people={people} collaborativeId={collaborativeId} />
                </Can>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      <Can I="create" this={subject('Seat', { collaborativeId })}>
        <AddSeat collaborativeId={collaborativeId} organizations={organizations} />
      </Can>
      {editing && (
        <EditSeatDialog
          collaborativeId={collaborativeId}
          seat={editing}
          organizations={organizations}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setSaved(name);
          }}
        />
      )}
    </Section>
  );
}

/** Choosing a seat's holder and alternate from the collaborative's members ('' leaves it empty). */
function AssignSeat({
  seat,
  people,
  collaborativeId,
}: {
  seat: Seat;
  people: readonly Person[];
  collaborativeId: string;
}) {
  const t = useT();
  const [assign, { loading }] = useMutation(AssignSeatMutation, {
    refetchQueries: [{ query: SetupQuery, variables: { id: collaborativeId } }],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { holderUserId: seat.holder?.id ?? '', alternateUserId: seat.alternate?.id ?? '' },
    validate: {
      alternateUserId: (value, values) =>
        value !== '' && value === values.holderUserId ? t('admin.seats.sameHolder') : null,
    },
  });
  const options = [
    { value: '', label: t('admin.seats.nobody') },
    ...people.map((person) => ({ value: person.id, label: person.displayName })),
  ];

  const { failure, saved, onSubmit } = useFormSending(
    form,
    ['holderUserId', 'alternateUserId'],
    async (values: { holderUserId: string; alternateUserId: string }) => {
      await assign({
        variables: {
          input: {
            seatId: seat.id,
            holderUserId: values.holderUserId || null,
            alternateUserId: values.alternateUserId || null,
          },
        },
      });
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        {failure !== null && <ProblemAlert error={failure} />}
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('admin.seats.assigned', { name: seat.name })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('admin.seats.holder')}
            aria-label={t('admin.seats.holderLabel', { name: seat.name })}
            data={options}
            key={form.key('holderUserId')}
            {...form.getInputProps('holderUserId')}
          />
          <NativeSelect
            label={t('admin.seats.alternate')}
            aria-label={t('admin.seats.alternateLabel', { name: seat.name })}
            data={options}
            key={form.key('alternateUserId')}
            {...form.getInputProps('alternateUserId')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="light" size="sm" loading={loading}>
            {t('admin.seats.assign')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AddSeat({
  collaborativeId,
  organizations,
}: {
  collaborativeId: string;
  organizations: readonly Organization[];
}) {
  const t = useT();
  const [create, { loading }] = useMutation(CreateSeatMutation, {
    refetchQueries: [{ query: SetupQuery, variables: { id: collaborativeId } }],
    awaitRefetchQueries: true,
  });
  const form = useSeatForm({ name: '', sector: '', organizationId: '', voting: true });

  const {
    failure,
    done: added,
    onSubmit,
  } = useFormSending(form, FIELDS, async (values: SeatValues) => {
    await create({ variables: { input: { collaborativeId, ...seatFields(values) } } });
    form.reset();
    return values.name.trim();
  });

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-label={t('admin.seats.add')}>
        <Stack gap="md">
          <Text fw={600}>{t('admin.seats.add')}</Text>
          {failure !== null && <ProblemAlert error={failure} />}
          {added && (
            <Alert color="green" variant="light" role="status">
              {t('admin.seats.added', { name: added })}
            </Alert>
          )}
          <SeatFields form={form} organizations={organizations} cols={{ base: 1, sm: 3 }} />
          <Group>
            <Button type="submit" loading={loading}>
              {t('admin.seats.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Name, sector, organization and vote: the same fields to add a seat and to edit one. */
function SeatFields({
  form,
  organizations,
  cols,
}: {
  form: UseFormReturnType<SeatValues>;
  organizations: readonly Organization[];
  cols: SimpleGridProps['cols'];
}) {
  const t = useT();
  return (
    <>
      <SimpleGrid cols={cols} spacing="md">
        <TextInput
          label={t('admin.seats.name')}
          required
          autoComplete="off"
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <NativeSelect
          label={t('admin.seats.sector')}
          required
          data={[
            { value: '', label: t('admin.seats.chooseSector') },
            ...SECTORS.map((sector) => ({ value: sector, label: t(`sector.${sector}`) })),
          ]}
          key={form.key('sector')}
          {...form.getInputProps('sector')}
        />
        <NativeSelect
          label={t('admin.seats.organization')}
          data={[
            { value: '', label: t('admin.seats.noOrganization') },
            ...organizations.map((organization) => ({
              value: organization.id,
              label: organization.name,
            })),
          ]}
          key={form.key('organizationId')}
          {...form.getInputProps('organizationId')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('admin.seats.voting')}
        key={form.key('voting')}
        {...form.getInputProps('voting', { type: 'checkbox' })}
      />
    </>
  );
}

function useSeatForm(initialValues: SeatValues) {
  const validate = useFormRules<SeatValues>(seatRules);
  return useForm<SeatValues>({ mode: 'uncontrolled', initialValues, validate, validateInputOnBlur: true });
}

/**
 * A seat's name, sector, organization and vote. Making a seat vote again is refused by the API when
 * its holder already holds another voting seat (one voting seat per person); the refusal is shown.
 */
function EditSeatDialog({
  collaborativeId,
  seat,
  organizations,
  onClose,
  onSaved,
}: {
  collaborativeId: string;
  seat: Seat;
  organizations: readonly Organization[];
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const t = useT();
  const [update, { loading }] = useMutation(UpdateSeatMutation, {
    refetchQueries: [{ query: SetupQuery, variables: { id: collaborativeId } }],
    awaitRefetchQueries: true,
  });
  const form = useSeatForm({
    name: seat.name,
    sector: seat.sector,
    organizationId: seat.organization?.id ?? '',
    voting: seat.voting,
  });

  return (
    <FormDialog
      title={t('admin.seats.editTitle', { name: seat.name })}
      submitLabel={t('admin.seats.save')}
      cancelLabel={t('admin.cancel')}
      loading={loading}
      form={form}
      fields={FIELDS}
      send={async (values) => {
        await update({ variables: { input: { id: seat.id, ...seatFields(values) } } });
        onSaved(values.name.trim());
      }}
      onClose={onClose}
    >
      <SeatFields form={form} organizations={organizations} cols={{ base: 1 }} />
    </FormDialog>
  );
}
