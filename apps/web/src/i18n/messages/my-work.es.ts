import type { myWorkEn } from './my-work.en';

/** Spanish strings of My work: exactly the ids of my-work.en.ts (the typecheck fails otherwise). */
export const myWorkEs: Record<keyof typeof myWorkEn, string> = {
  'myWork.title': 'Mi trabajo',
  'myWork.intro': 'Lo que le necesita, en todas sus colaborativas.',
  'myWork.nothing': 'Nada le necesita.',
  'myWork.more': '{count, plural, one {y # más} other {y # más}}',

  'myWork.votesOwed': 'Votos pendientes',
  'myWork.voteNeeded': 'Se necesita su voto',
  'myWork.forSeat': 'por {seat}',
  'myWork.forSeatAsAlternate': 'por {seat}, como suplente',

  'myWork.votesCast': 'Votos emitidos',
  'myWork.youVoted': 'Usted votó: {choice}',
  'myWork.youVotedSecret': 'Usted votó (voto secreto)',
  'myWork.change': 'cambiar',
  'myWork.changeOn': 'Cambiar su voto sobre «{title}»',

  'myWork.actionItems': 'Sus tareas',
  'myWork.overdue': 'Vencida: debía entregarse el {date}',
  'myWork.dueToday': 'Vence hoy',
  'myWork.dueOn': 'Vence el {date}',
  'myWork.noDueDate': 'Sin fecha límite',

  'myWork.reportsOwed': 'Informes que debe su organización',
  'myWork.reportDue': 'Vence el {date}',
  'myWork.reportLate': 'Atrasado {days, plural, one {# día} other {# días}}: vencía el {date}',
  'myWork.reportChanges': 'Se pidieron cambios: revíselo y vuelva a enviarlo',

  'myWork.minutes': 'Actas por revisar',
  'myWork.minutesOf': 'Actas de {meeting}',

  'myWork.meetings': 'Sus próximas reuniones',

  'myWork.collaboratives': 'Sus colaborativas',
};
