import type { NotificationFigures } from '@braid/contracts';
import type { Bilingual } from './wording';

type Governance = Pick<
  NotificationFigures,
  | 'MOTION_OPENED'
  | 'MOTION_CLOSED'
  | 'ACTION_ITEM_ASSIGNED'
  | 'ACTION_ITEM_DUE_SOON'
  | 'ACTION_ITEM_OVERDUE'
  | 'ACTION_ITEMS_OVERDUE_FOR_LEAD'
  | 'MEETING_SCHEDULED'
  | 'MEETING_MOVED'
  | 'MEETING_CANCELLED'
  | 'MEETING_TOMORROW'
  | 'MINUTES_CIRCULATED'
>;

export const governanceTemplates: { [K in keyof Governance]: Bilingual<Governance[K]> } = {
  MOTION_OPENED: {
    en: (f) => ({
      headline: `Vote now: ${f.number !== null ? `motion ${f.number}, ` : ''}${f.motionTitle}`,
      paragraphs: [
        `The motion “${f.motionTitle}” is open for a vote${f.meetingTitle ? ` at ${f.meetingTitle}` : ''}.`,
        'Your seat has not voted yet. Your ballot can be changed until the motion closes.',
      ],
      action: 'Vote on the motion',
    }),
    es: (f) => ({
      headline: `Vote ahora: ${f.number !== null ? `moción ${f.number}, ` : ''}${f.motionTitle}`,
      paragraphs: [
        `La moción «${f.motionTitle}» está abierta a votación${f.meetingTitle ? ` en ${f.meetingTitle}` : ''}.`,
        'Su asiento aún no ha votado. Puede cambiar su voto hasta que se cierre la moción.',
      ],
      action: 'Votar la moción',
    }),
  },
  MOTION_CLOSED: {
    en: (f) => ({
      headline: `Motion ${f.outcome === 'PASSED' ? 'passed' : f.noQuorum ? 'failed, no quorum' : 'failed'}: ${f.motionTitle}`,
      paragraphs: [
        f.noQuorum
          ? `The vote on “${f.motionTitle}” has closed without a quorum: the motion failed without its votes being weighed.`
          : `The vote on “${f.motionTitle}” has closed: the motion ${f.outcome === 'PASSED' ? 'passed' : 'failed'}.`,
        `Yes ${f.yes}, no ${f.no}, abstained ${f.abstain}.`,
      ],
      action: 'See the decision',
    }),
    es: (f) => ({
      headline: `Moción ${f.outcome === 'PASSED' ? 'aprobada' : f.noQuorum ? 'no aprobada, sin quórum' : 'rechazada'}: ${f.motionTitle}`,
      paragraphs: [
        f.noQuorum
          ? `La votación de «${f.motionTitle}» se cerró sin quórum: la moción no fue aprobada y sus votos no se contaron.`
          : `La votación de «${f.motionTitle}» se cerró: la moción fue ${f.outcome === 'PASSED' ? 'aprobada' : 'rechazada'}.`,
        `Sí ${f.yes}, no ${f.no}, abstenciones ${f.abstain}.`,
      ],
      action: 'Ver la decisión',
    }),
  },
  ACTION_ITEM_ASSIGNED: {
    en: (f, x) => ({
      headline: `Assigned to you: ${f.title}`,
      paragraphs: [
        `You own the action item “${f.title}” of the ${f.workgroupName} workgroup${f.dueOn ? `, due ${x.date(f.dueOn)}` : ''}.`,
      ],
      action: 'Open the action item',
    }),
    es: (f, x) => ({
      headline: `Asignada a usted: ${f.title}`,
      paragraphs: [
        `Usted es responsable de la tarea «${f.title}» del grupo de trabajo ${f.workgroupName}${f.dueOn ? `, con vencimiento el ${x.date(f.dueOn)}` : ''}.`,
      ],
      action: 'Abrir la tarea',
    }),
  },
  ACTION_ITEM_DUE_SOON: {
    en: (f, x) => ({
      headline: `Due in ${x.days(f.daysLeft)}: ${f.title}`,
      paragraphs: [
        `The action item “${f.title}” (${f.workgroupName}) is due ${x.date(f.dueOn)}, in ${x.days(f.daysLeft)}.`,
      ],
      action: 'Update the action item',
    }),
    es: (f, x) => ({
      headline: `Vence en ${x.days(f.daysLeft)}: ${f.title}`,
      paragraphs: [
        `La tarea «${f.title}» (${f.workgroupName}) vence el ${x.date(f.dueOn)}, en ${x.days(f.daysLeft)}.`,
      ],
      action: 'Actualizar la tarea',
    }),
  },
  ACTION_ITEM_OVERDUE: {
    en: (f, x) => ({
      headline: `Overdue by ${x.days(f.daysLate)}: ${f.title}`,
      paragraphs: [
        `The action item “${f.title}” (${f.workgroupName}) was due ${x.date(f.dueOn)} and is ${x.days(f.daysLate)} late.`,
        'Mark it done, or record its progress and a new date.',
      ],
      action: 'Update the action item',
    }),
    es: (f, x) => ({
      headline: `Atrasada ${x.days(f.daysLate)}: ${f.title}`,
      paragraphs: [
        `La tarea «${f.title}» (${f.workgroupName}) vencía el ${x.date(f.dueOn)} y lleva ${x.days(f.daysLate)} de atraso.`,
        'Márquela como hecha, o anote su avance y una nueva fecha.',
      ],
      action: 'Actualizar la tarea',
    }),
  },
  ACTION_ITEMS_OVERDUE_FOR_LEAD: {
    en: (f, x) => ({
      headline: `Overdue in ${f.workgroupName}: ${f.title} (${f.ownerName})`,
      paragraphs: [
        `The action item “${f.title}” of ${f.ownerName} was due ${x.date(f.dueOn)} and is ${x.days(f.daysLate)} late.`,
        'As a lead of the workgroup, you may want to check in or give it a new date.',
      ],
      action: 'See the workgroup',
    }),
    es: (f, x) => ({
      headline: `Atrasada en ${f.workgroupName}: ${f.title} (${f.ownerName})`,
      paragraphs: [
        `La tarea «${f.title}» de ${f.ownerName} vencía el ${x.date(f.dueOn)} y lleva ${x.days(f.daysLate)} de atraso.`,
        'Como responsable del grupo de trabajo, quizá quiera hablar con esa persona o darle una nueva fecha.',
      ],
      action: 'Ver el grupo de trabajo',
    }),
  },
  MEETING_SCHEDULED: {
    en: (f, x) => ({
      headline: `Meeting scheduled: ${f.meetingTitle}, ${x.instant(f.startsAt)}`,
      paragraphs: [
        `${f.meetingTitle} meets ${x.instant(f.startsAt)}${f.location ? ` at ${f.location}` : ''}.`,
      ],
      action: 'See the meeting',
    }),
    es: (f, x) => ({
      headline: `Reunión programada: ${f.meetingTitle}, ${x.instant(f.startsAt)}`,
      paragraphs: [
        `${f.meetingTitle} se reúne el ${x.instant(f.startsAt)}${f.location ? ` en ${f.location}` : ''}.`,
      ],
      action: 'Ver la reunión',
    }),
  },
  MEETING_MOVED: {
    en: (f, x) => ({
      headline: `Meeting moved: ${f.meetingTitle}, now ${x.instant(f.startsAt)}`,
      paragraphs: [
        `${f.meetingTitle} has moved from ${x.instant(f.previousStartsAt)} to ${x.instant(f.startsAt)}${f.location ? `, at ${f.location}` : ''}.`,
      ],
      action: 'See the meeting',
    }),
    es: (f, x) => ({
      headline: `Reunión cambiada: ${f.meetingTitle}, ahora el ${x.instant(f.startsAt)}`,
      paragraphs: [
        `${f.meetingTitle} pasó del ${x.instant(f.previousStartsAt)} al ${x.instant(f.startsAt)}${f.location ? `, en ${f.location}` : ''}.`,
      ],
      action: 'Ver la reunión',
    }),
  },
  MEETING_CANCELLED: {
    en: (f, x) => ({
      headline: `Meeting cancelled: ${f.meetingTitle}`,
      paragraphs: [`${f.meetingTitle}, planned for ${x.instant(f.startsAt)}, is cancelled.`],
      action: 'See the meeting',
    }),
    es: (f, x) => ({
      headline: `Reunión cancelada: ${f.meetingTitle}`,
      paragraphs: [`${f.meetingTitle}, prevista para el ${x.instant(f.startsAt)}, se canceló.`],
      action: 'Ver la reunión',
    }),
  },
  MEETING_TOMORROW: {
    en: (f, x) => ({
      headline: `Tomorrow: ${f.meetingTitle}, ${x.instant(f.startsAt)}`,
      paragraphs: [
        `${f.meetingTitle} meets ${x.instant(f.startsAt)}${f.location ? ` at ${f.location}` : ''}.`,
        f.agenda.length ? `On the agenda: ${f.agenda.join('; ')}.` : 'No agenda has been posted yet.',
      ],
      action: 'See the meeting',
    }),
    es: (f, x) => ({
      headline: `Mañana: ${f.meetingTitle}, ${x.instant(f.startsAt)}`,
      paragraphs: [
        `${f.meetingTitle} se reúne el ${x.instant(f.startsAt)}${f.location ? ` en ${f.location}` : ''}.`,
        f.agenda.length
          ? `En el orden del día: ${f.agenda.join('; ')}.`
          : 'Aún no se ha publicado el orden del día.',
      ],
      action: 'Ver la reunión',
    }),
  },
  MINUTES_CIRCULATED: {
    en: (f, x) => ({
      headline: `Minutes to review: ${f.meetingTitle}`,
      paragraphs: [
        `The minutes of ${f.meetingTitle} (${x.instant(f.meetingStartsAt)}) are circulated for review before they are approved.`,
      ],
      action: 'Read the minutes',
    }),
    es: (f, x) => ({
      headline: `Actas para revisar: ${f.meetingTitle}`,
      paragraphs: [
        `Las actas de ${f.meetingTitle} (${x.instant(f.meetingStartsAt)}) circulan para su revisión antes de aprobarse.`,
      ],
      action: 'Leer las actas',
    }),
  },
};
