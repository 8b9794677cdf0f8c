import { collaborativeEs } from './collaborative.es';
import { myWorkEs } from './my-work.es';
import type { overviewEn } from './overview.en';

/** Spanish strings of the home page and a collaborative's overview (people, seats, agenda, balances, my work): exactly the ids of overview.en.ts (the typecheck fails otherwise). */
export const overviewEs: Record<keyof typeof overviewEn, string> = {
  ...collaborativeEs,
  ...myWorkEs,
  'collaborative.yourOrganization': 'por {organization}',
  'collaborative.yourRoles': 'Sus funciones:',

  'funds.balances.empty': 'El Fondo de Bienestar todavía no tiene fuentes de financiamiento.',
  'funds.balances.loading': 'Cargando los saldos del fondo…',
  'funds.balances.seeBudget': 'Ver el presupuesto por fuente y subvención',
  'funds.balances.title': 'Fondo de Bienestar',

  'governance.agenda.allMeetings': 'Todas las reuniones',
  'governance.agenda.change': 'cambiar',
  'governance.agenda.changeNamed': 'Cambiar su voto sobre «{motion}»',
  'governance.agenda.noOpenMotions': 'No hay mociones abiertas a votación.',
  'governance.agenda.openMotions': 'Abiertas a votación',
  'governance.agenda.title': 'Votaciones y reuniones',
  'governance.agenda.upcomingMeetings': 'Próximas reuniones',
  'governance.agenda.voteNeeded': 'Se necesita su voto',
  'governance.agenda.voteNow': 'Votar',
  'governance.agenda.voteNowNamed': 'Votar sobre «{motion}»',
  'governance.agenda.youVoted': 'Usted votó: {choice}',
  'governance.agenda.youVotedSecret': 'Usted votó (voto secreto)',

  'home.noCollaborative':
    'Todavía no es miembro de ninguna colaborativa. Pida un enlace de invitación al administrador de su colaborativa.',
  'home.title': 'Sus colaborativas',

  'invitations.dates': 'Enviada el {sent}; vence el {expires}',
  'invitations.empty': 'No hay invitaciones esperando respuesta.',
  'invitations.title': 'Invitaciones pendientes',

  'invite.copied': 'Copiado',
  'invite.copy': 'Copiar enlace',
  'invite.email': 'Correo electrónico',
  'invite.explain':
    'Braid envía el enlace de invitación por correo a la persona, en el idioma que usted elija. Después de invitar, también puede copiar el enlace y enviarlo usted mismo.',
  'invite.issuedExplain':
    'Braid envió este enlace por correo a {email}. Se muestra solo ahora, por si quiere enviarlo usted mismo: Braid no guarda una copia. Funciona una vez, durante 14 días.',
  'invite.issuedTitle': 'Se creó la invitación para {name}',
  'invite.language': 'Idioma del correo de invitación',
  'invite.link': 'Enlace de invitación',
  'invite.name': 'Nombre',
  'invite.noOrganization': 'Ninguna',
  'invite.organization': 'Organización',
  'invite.organizationHint': 'Para un contacto de socio: la organización donde trabaja.',
  'invite.roles': 'Funciones',
  'invite.submit': 'Invitar',
  'invite.title': 'Invitar a un miembro',

  'members.empty': 'Todavía no hay miembros.',
  'members.loadMore': 'Mostrar más miembros',
  'members.loading': 'Cargando miembros…',
  'members.name': 'Nombre',
  'members.organization': 'Organización',
  'members.roles': 'Funciones',
  'members.shown': '{count, plural, one {Se muestra # miembro} other {Se muestran # miembros}}',
  'members.title': 'Miembros',

  'organizations.empty': 'Todavía no hay organizaciones.',
  'organizations.title': 'Organizaciones',

  'seats.alternate': 'Suplente',
  'seats.empty': 'Todavía no se han creado puestos.',
  'seats.holder': 'Ocupado por',
  'seats.nobody': 'Nadie todavía',
  'seats.nonVoting': 'Sin voto',
  'seats.organization': 'Organización',
  'seats.summary':
    '{seats, plural, one {# puesto} other {# puestos}}, {vacant, plural, =0 {todos ocupados} one {# vacante} other {# vacantes}}',
  'seats.term': 'Período',
  'seats.title': 'Equipo de liderazgo',
  'seats.vacant': 'Vacante',
};
