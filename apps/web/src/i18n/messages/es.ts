import { adminEs } from './admin.es';
import { collaborativeEs } from './collaborative.es';
import { accountEs } from './account.es';
import { calendarEs } from './calendar.es';
import { passwordResetEs } from './password-reset.es';
import type { Messages } from './index';
import { governanceEs } from './governance.es';
import { fundsEs } from './funds.es';
import { reportsEs } from './reports.es';
import { publicEs } from './public.es';
import { errorsEs } from './errors.es';
import { auditEs } from './audit.es';
import { ledgerMemoEs } from './ledger-memo.es';
import { myWorkEs } from './my-work.es';
import { notificationsEs } from './notifications.es';

/**
 * Spanish (as spoken in California). Typed as the English catalogue's ids: a missing or extra id
 * fails the typecheck. Written for residents first: "usted", plain words.
 */
export const es: Messages = {
  'app.name': 'Braid',

  'layout.skipToContent': 'Saltar al contenido principal',
  'layout.language': 'Idioma',
  'layout.languageNotSaved': 'No se pudo guardar el idioma en su perfil. Inténtelo de nuevo.',
  'layout.collaborative': 'Colaborativa',
  'layout.chooseCollaborative': 'Elija una colaborativa',
  'layout.userMenu': '{name}: menú de la cuenta',
  'layout.signOut': 'Cerrar sesión',
  'layout.signOutFailed': 'No se pudo cerrar la sesión. Inténtelo de nuevo.',
  'layout.sections': 'Secciones',
  'layout.overview': 'Resumen',

  'state.loading': 'Cargando…',
  'state.retry': 'Intentar de nuevo',
  'state.closeNotice': 'Cerrar este mensaje',

  'error.BAD_USER_INPUT': 'Hay que corregir algo de lo que escribió.',
  'error.UNAUTHENTICATED': 'Inicie sesión para hacer esto.',
  'error.FORBIDDEN': 'No tiene permiso para hacer esto.',
  'error.NOT_FOUND': 'No se encontró, o no tiene acceso.',
  'error.CONFLICT': 'Esto no se puede hacer en este momento.',
  'error.TOO_MANY_REQUESTS':
    'Demasiados intentos. Espere {minutes, plural, one {# minuto} other {# minutos}} e inténtelo de nuevo.',
  'error.INTERNAL_SERVER_ERROR': 'Algo salió mal de nuestro lado. Inténtelo de nuevo en un momento.',
  'error.NETWORK': 'No se pudo conectar con Braid. Revise su conexión e inténtelo de nuevo.',

  'form.required': 'Este dato es obligatorio.',
  'form.emailRequired': 'Escriba un correo electrónico.',
  'form.emailInvalid': 'Escriba un correo electrónico como nombre@ejemplo.org.',
  'form.minLength': 'Use al menos {min} caracteres.',
  'form.maxLength': 'Use como máximo {max} caracteres.',
  'form.chooseOne': 'Elija al menos uno.',
  'form.passwordsDiffer': 'Las dos contraseñas no son iguales.',
  'form.showPassword': 'Mostrar u ocultar la contraseña',

  'signIn.title': 'Iniciar sesión',
  'signIn.toContinue': 'Inicie sesión para continuar.',
  'signIn.email': 'Correo electrónico',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Iniciar sesión',
  'signIn.wrongCredentials': 'Ese correo y esa contraseña no corresponden a ninguna cuenta.',
  'signIn.tooMany':
    'Demasiados intentos fallidos. Espere {minutes, plural, one {# minuto} other {# minutos}} e inténtelo de nuevo.',
  'signIn.noAccount':
    '¿Aún no tiene cuenta? Las cuentas de Braid empiezan con una invitación del administrador de su colaborativa.',

  'home.title': 'Sus colaborativas',
  'home.noCollaborative':
    'Todavía no es miembro de ninguna colaborativa. Pida un enlace de invitación al administrador de su colaborativa.',

  'notAvailable.title': 'No disponible para usted',
  'notAvailable.body':
    'Esta página es para otros roles de la colaborativa, por eso no está abierta para usted.',
  'notAvailable.ask': 'Si su trabajo la necesita, pídalo a una persona administradora de la colaborativa.',
  'notAvailable.overview': 'Volver al resumen',
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No hay ninguna página en esta dirección.',
  'notFound.home': 'Ir a su colaborativa',

  'collaborative.notFound': 'No se encontró esta colaborativa, o usted no es miembro.',
  'collaborative.yourRoles': 'Sus funciones:',
  'collaborative.yourOrganization': 'por {organization}',

  'seats.title': 'Equipo de liderazgo',
  'seats.summary':
    '{seats, plural, one {# puesto} other {# puestos}}, {vacant, plural, =0 {todos ocupados} one {# vacante} other {# vacantes}}',
  'seats.empty': 'Todavía no se han creado puestos.',
  'seats.vacant': 'Vacante',
  'seats.nonVoting': 'Sin voto',
  'seats.holder': 'Ocupado por',
  'seats.nobody': 'Nadie todavía',
  'seats.alternate': 'Suplente',
  'seats.organization': 'Organización',
  'seats.term': 'Período',
  'seats.termRange': 'del {start} al {end}',

  'members.title': 'Miembros',
  'members.loading': 'Cargando miembros…',
  'members.empty': 'Todavía no hay miembros.',
  'members.name': 'Nombre',
  'members.roles': 'Funciones',
  'members.organization': 'Organización',
  'members.shown': '{count, plural, one {Se muestra # miembro} other {Se muestran # miembros}}',
  'members.loadMore': 'Mostrar más miembros',

  'organizations.title': 'Organizaciones',
  'organizations.empty': 'Todavía no hay organizaciones.',

  'invite.title': 'Invitar a un miembro',
  'invite.explain':
    'Braid no envía correos. Después de invitar, copie el enlace de invitación y envíeselo usted mismo a la persona.',
  'invite.name': 'Nombre',
  'invite.email': 'Correo electrónico',
  'invite.roles': 'Funciones',
  'invite.organization': 'Organización',
  'invite.organizationHint': 'Para un contacto de socio: la organización donde trabaja.',
  'invite.noOrganization': 'Ninguna',
  'invite.submit': 'Invitar',
  'invite.issuedTitle': 'Se creó la invitación para {name}',
  'invite.issuedExplain':
    'Envíe este enlace a {email}. Solo se muestra ahora: Braid no guarda ninguna copia. Sirve una vez, durante 14 días.',
  'invite.link': 'Enlace de invitación',
  'invite.copy': 'Copiar enlace',
  'invite.copied': 'Copiado',

  'invitations.title': 'Invitaciones pendientes',
  'invitations.empty': 'No hay invitaciones esperando respuesta.',
  'invitations.dates': 'Enviada el {sent}; vence el {expires}',

  'accept.title': 'Unirse a una colaborativa',
  'accept.invitedTo': '{name}, le invitan a unirse a {collaborative}.',
  'accept.forEmail': 'Esta invitación es para {email}.',
  'accept.expires': 'Puede aceptarla hasta el {date}.',
  'accept.invalidLink': 'Este enlace de invitación no es válido. Revise que lo copió completo.',
  'accept.status.ACCEPTED': 'Esta invitación ya fue aceptada.',
  'accept.status.EXPIRED': 'Esta invitación venció.',
  'accept.status.REVOKED': 'Esta invitación fue retirada.',
  'accept.status.PENDING': 'Esta invitación espera respuesta.',
  'accept.askAgain': 'Si todavía necesita unirse, pida una nueva invitación al administrador.',
  'accept.otherAccount': 'Inició sesión con otra cuenta',
  'accept.otherAccountExplain':
    'Esta invitación es para {email}, pero inició sesión como {me}. Cierre la sesión y vuelva a abrir el enlace.',
  'accept.haveAccount':
    '¿Ya tiene una cuenta de Braid con este correo? Inicie sesión y volverá aquí para aceptar.',
  'accept.signInFirst': 'Iniciar sesión para aceptar',
  'accept.join': 'Unirme',
  'accept.newAccount': 'Cree su cuenta',
  'accept.accountExistsNow':
    'Ya existe una cuenta con este correo. Inicie sesión y vuelva a abrir el enlace.',
  'accept.name': 'Su nombre',
  'accept.email': 'Correo electrónico',
  'accept.password': 'Elija una contraseña',
  'accept.passwordHint': 'Al menos 10 caracteres.',
  'accept.confirmPassword': 'Escriba la contraseña otra vez',
  'accept.language': 'Idioma de Braid',
  'accept.createAndJoin': 'Crear cuenta y unirme',

  'role.ADMIN': 'Administrador',
  'role.CHAIR': 'Presidencia',
  'role.FUND_ADMINISTRATOR': 'Administración del fondo',
  'role.MEMBER': 'Miembro',
  'role.OBSERVER': 'Observador',
  'role.PARTNER_CONTACT': 'Contacto de socio',
  'role.WORKGROUP_LEAD': 'Líder de grupo de trabajo',

  'sector.COMMUNITY_ORG': 'Organización comunitaria',
  'sector.EDUCATION': 'Educación',
  'sector.GOVERNMENT': 'Gobierno',
  'sector.HEALTH_PLAN': 'Plan de salud',
  'sector.HEALTH_SYSTEM': 'Sistema de salud',
  'sector.RESIDENT': 'Residente',

  'organizationKind.FUNDED_PARTNER': 'Socio financiado',
  'organizationKind.FUNDER': 'Financiador',
  'organizationKind.MEMBER_ORGANIZATION': 'Organización miembro',

  ...governanceEs,
  ...collaborativeEs,
  ...accountEs,
  ...calendarEs,
  ...passwordResetEs,
  ...adminEs,
  ...fundsEs,
  ...reportsEs,
  ...publicEs,
  ...errorsEs,
  ...auditEs,
  ...ledgerMemoEs,
  ...myWorkEs,
  ...notificationsEs,
};
