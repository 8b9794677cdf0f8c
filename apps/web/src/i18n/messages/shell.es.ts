import { errorsEs } from './errors.es';
import type { shellEn } from './shell.en';

/** Spanish strings of the shell (layout, navigation, states, forms, problems) and words shown by pages of more than one area: exactly the ids of shell.en.ts (the typecheck fails otherwise). */
export const shellEs: Record<keyof typeof shellEn, string> = {
  ...errorsEs,
  'account.menu': 'Mi cuenta',

  'admin.nav.setup': 'Configuración',
  'admin.new.link': 'Iniciar una nueva colaborativa',

  'app.name': 'Braid',

  'calendar.addToCalendar': 'Añadir al calendario',
  'calendar.addToCalendarHint': 'Descarga esta reunión como archivo de calendario (.ics).',

  'collaborative.notFound': 'No se encontró esta colaborativa, o usted no es miembro.',

  'confirm.close': 'Cerrar',

  'error.BAD_USER_INPUT': 'Hay que corregir algo de lo que escribió.',
  'error.CONFLICT': 'Esto no se puede hacer en este momento.',
  'error.FORBIDDEN': 'No tiene permiso para hacer esto.',
  'error.INTERNAL_SERVER_ERROR': 'Algo salió mal de nuestro lado. Inténtelo de nuevo en un momento.',
  'error.NETWORK': 'No se pudo conectar con Braid. Revise su conexión e inténtelo de nuevo.',
  'error.NOT_FOUND': 'No se encontró, o no tiene acceso.',
  'error.TOO_MANY_REQUESTS':
    'Demasiados intentos. Espere {minutes, plural, one {# minuto} other {# minutos}} e inténtelo de nuevo.',
  'error.UNAUTHENTICATED': 'Inicie sesión para hacer esto.',

  'form.chooseOne': 'Elija al menos uno.',
  'form.emailInvalid': 'Escriba un correo electrónico como nombre@ejemplo.org.',
  'form.emailRequired': 'Escriba un correo electrónico.',
  'form.maxLength': 'Use como máximo {max} caracteres.',
  'form.minLength': 'Use al menos {min} caracteres.',
  'form.passwordsDiffer': 'Las dos contraseñas no son iguales.',
  'form.required': 'Este dato es obligatorio.',
  'form.showPassword': 'Mostrar u ocultar la contraseña',

  'funds.figure.available': 'Disponible para asignar',
  'funds.figure.availableHint': 'Prometido y aún no otorgado: lo que pueden usar nuevas subvenciones.',
  'funds.figure.awarded': 'Otorgado',
  'funds.figure.cashOnHand': 'Efectivo disponible',
  'funds.figure.cashOnHandHint': 'Recibido y aún no desembolsado: lo que pueden usar los desembolsos.',
  'funds.figure.committed': 'Asignado',
  'funds.figure.committedHint': 'Otorgado a subvenciones, incluido lo ya pagado.',
  'funds.figure.disbursed': 'Desembolsado',
  'funds.figure.disbursedHint': 'Entregado a las organizaciones financiadas.',
  'funds.figure.pledged': 'Prometido',
  'funds.figure.pledgedHint': 'Prometido por los financiadores, menos lo cancelado.',
  'funds.figure.received': 'Recibido',
  'funds.figure.receivedHint': 'Dinero que ya llegó de los financiadores.',
  'funds.figure.remaining': 'Por desembolsar',
  'funds.grant.period': 'Periodo',
  'funds.grant.periodRange': 'Del {start} al {end}',
  'funds.grant.title': 'Subvención',
  'funds.grants.loadMore': 'Cargar más subvenciones',
  'funds.grants.loading': 'Cargando las subvenciones…',
  'funds.grants.table': 'Subvenciones con lo otorgado, lo desembolsado y lo pendiente',
  'funds.kind.COUNTY': 'Condado',
  'funds.kind.FEDERAL': 'Gobierno federal',
  'funds.kind.FOUNDATION': 'Fundación',
  'funds.kind.HEALTH_PLAN': 'Plan de salud',
  'funds.kind.HOSPITAL_COMMUNITY_BENEFIT': 'Beneficio comunitario hospitalario',
  'funds.kind.OTHER': 'Otra',
  'funds.kind.STATE': 'Estado',
  'funds.myGrants.empty': 'Su organización todavía no tiene subvenciones del Fondo de Bienestar.',
  'funds.myGrants.explain': 'Las subvenciones que {organization} recibe del Fondo de Bienestar.',
  'funds.myGrants.title': 'Mis subvenciones',
  'funds.nav.audit': 'Registro de auditoría',
  'funds.nav.budget': 'Presupuesto',
  'funds.nav.contributions': 'Contribuciones',
  'funds.nav.grants': 'Subvenciones',
  'funds.nav.ledger': 'Libro mayor',
  'funds.nav.myGrants': 'Mis subvenciones',

  'governance.links.grantMotion': 'La moción que aprobó esta subvención',
  'governance.agenda.noUpcomingMeetings': 'No hay reuniones programadas.',
  'governance.choice.ABSTAIN': 'Abstención',
  'governance.choice.NO': 'En contra',
  'governance.choice.RECUSED': 'Se inhibió',
  'governance.choice.YES': 'A favor',
  'governance.fundingCheck.CURRENCY_MISMATCH':
    'La fuente de financiamiento “{stream}” lleva su dinero en otra moneda.',
  'governance.fundingCheck.INSUFFICIENT_UNCOMMITTED':
    'La fuente de financiamiento “{stream}” tiene {available} sin comprometer; esta moción le pide {requested}.',
  'governance.fundingCheck.STREAM_NOT_FOUND':
    'Una de las fuentes de financiamiento que nombra esta moción no existe en esta colaborativa.',
  'governance.fundingCheck.STREAM_RESTRICTED':
    'La fuente de financiamiento “{stream}” no puede pagar este propósito, grupo de trabajo o período.',
  'governance.fundingCheck.holds':
    'Hoy el fondo puede otorgar esta subvención tal como está planeada. Braid lo vuelve a comprobar al abrir y al cerrar la votación.',
  'governance.fundingCheck.notMadeInsufficient':
    'Al momento de otorgar la subvención, sus fuentes de financiamiento ya no tenían suficiente dinero sin comprometer.',
  'governance.fundingCheck.notMadeOther': 'El fondo rechazó la subvención al momento de otorgarla.',
  'governance.fundingCheck.notMadeTitle':
    'Esta moción se aprobó, pero el fondo no pudo otorgar su subvención',
  'governance.fundingCheck.notMadeWhen':
    'Registrado el {date}. La persona que administra el fondo puede registrar la subvención, citando esta moción, cuando el dinero esté disponible; el registro de auditoría guarda el motivo del fondo.',
  'governance.fundingCheck.problemsHint':
    'La votación no puede abrirse ni aprobarse hasta resolverlo: corrija el plan en una nueva moción o espere a que el dinero esté disponible.',
  'governance.fundingCheck.problemsTitle': 'El fondo no podría otorgar esta subvención tal como está',
  'governance.meetingStatus.ADJOURNED': 'Levantada',
  'governance.meetingStatus.CANCELLED': 'Cancelada',
  'governance.meetingStatus.IN_PROGRESS': 'En curso',
  'governance.meetingStatus.SCHEDULED': 'Programada',
  'governance.motion.atMeeting': '{meeting}, el {date}',
  'governance.motionKind.FUNDING': 'Financiamiento',
  'governance.motionKind.GENERAL': 'Moción general',
  'governance.motionKind.MINUTES_APPROVAL': 'Aprobación del acta',
  'governance.motionStatus.CLOSED': 'Cerrada',
  'governance.motionStatus.DRAFT': 'Aún no abierta',
  'governance.motionStatus.OPEN': 'Votación abierta',
  'governance.motionStatus.WITHDRAWN': 'Retirada',
  'governance.nav.decisions': 'Decisiones',
  'governance.nav.meetings': 'Reuniones',
  'governance.nav.workgroups': 'Grupos de trabajo',
  'governance.outcome.FAILED': 'Rechazada',
  'governance.outcome.NO_QUORUM': 'Sin quórum',
  'governance.outcome.PASSED': 'Aprobada',
  'governance.vote.state.can-vote': 'Puede votar.',
  'governance.vote.state.closed': 'La votación está cerrada.',
  'governance.vote.state.not-open': 'La votación aún no se ha abierto.',
  'governance.vote.state.not-seated':
    'Su puesto no figura como presente en esta reunión; pida a la presidencia que registre su asistencia para votar.',
  'governance.vote.state.receipt-missing':
    'Su voto secreto está emitido. Este navegador no tiene su comprobante, así que no puede cambiarlo aquí.',
  'governance.vote.state.recused': 'Su puesto se inhibió de esta moción.',

  'layout.chooseCollaborative': 'Elija una colaborativa',
  'layout.collaborative': 'Colaborativa',
  'layout.language': 'Idioma',
  'layout.languageNotSaved': 'No se pudo guardar el idioma en su perfil. Inténtelo de nuevo.',
  'layout.overview': 'Resumen',
  'layout.sections': 'Secciones',
  'layout.signOut': 'Cerrar sesión',
  'layout.signOutFailed': 'No se pudo cerrar la sesión. Inténtelo de nuevo.',
  'layout.skipToContent': 'Saltar al contenido principal',
  'layout.userMenu': '{name}: menú de la cuenta',

  'myWork.nav': 'Mi trabajo',
  'myWork.navCount':
    '{count, plural, =0 {nada le necesita} one {# cosa le necesita} other {# cosas le necesitan}}',

  'notAvailable.ask': 'Si su trabajo la necesita, pídalo a una persona administradora de la colaborativa.',
  'notAvailable.body':
    'Esta página es para otros roles de la colaborativa, por eso no está abierta para usted.',
  'notAvailable.overview': 'Volver al resumen',
  'notAvailable.title': 'No disponible para usted',

  'notFound.body': 'No hay ninguna página en esta dirección.',
  'notFound.home': 'Ir a su colaborativa',
  'notFound.title': 'Página no encontrada',

  'notifications.bell': '{count, plural, =0 {Avisos} other {Avisos, # sin leer}}',
  'notifications.preferences.digestTime':
    'El resumen diario se envía hacia las 7:00 en la zona horaria de su colaborativa.',
  'notifications.preferences.title': 'Cómo recibe los avisos',
  'notifications.preferencesLink': 'Elegir cómo recibe los avisos',

  'organizationKind.FUNDED_PARTNER': 'Socio financiado',
  'organizationKind.FUNDER': 'Financiador',
  'organizationKind.MEMBER_ORGANIZATION': 'Organización miembro',

  'reports.nav.outcomes': 'Resultados',
  'reports.nav.reports': 'Informes',
  'reports.outcomes.actual': 'Logrado',
  'reports.outcomes.chart': 'Meta y logro por resultado (la tabla de abajo tiene las mismas cifras)',
  'reports.outcomes.empty': 'Todavía no hay resultados: aparecen cuando se aceptan los informes.',
  'reports.outcomes.metric': 'Resultado',
  'reports.outcomes.noTarget': 'Sin meta',
  'reports.outcomes.percent': '% logrado',
  'reports.outcomes.table': 'Tabla de resultados',
  'reports.outcomes.target': 'Meta',
  'reports.outcomes.unit': 'Unidad: {unit}',
  'reports.requirementStatus.ACCEPTED': 'Aceptado',
  'reports.requirementStatus.CHANGES_REQUESTED': 'Se pidieron cambios',
  'reports.requirementStatus.DUE': 'Por entregar',
  'reports.requirementStatus.LATE': 'Atrasado',
  'reports.requirementStatus.UNDER_REVIEW': 'En revisión',
  'reports.requirementStatus.UPCOMING': 'Próximo',
  'reports.section.ATTACHMENTS': 'Archivos',
  'reports.section.METRICS': 'Resultados',
  'reports.section.NARRATIVE': 'Lo que pasó',
  'reports.section.SPENDING': 'Gastos',

  'role.ADMIN': 'Administrador',
  'role.CHAIR': 'Presidencia',
  'role.FUND_ADMINISTRATOR': 'Administración del fondo',
  'role.MEMBER': 'Miembro',
  'role.OBSERVER': 'Observador',
  'role.PARTNER_CONTACT': 'Contacto de socio',
  'role.WORKGROUP_LEAD': 'Líder de grupo de trabajo',

  'seats.termRange': 'del {start} al {end}',

  'sector.COMMUNITY_ORG': 'Organización comunitaria',
  'sector.EDUCATION': 'Educación',
  'sector.GOVERNMENT': 'Gobierno',
  'sector.HEALTH_PLAN': 'Plan de salud',
  'sector.HEALTH_SYSTEM': 'Sistema de salud',
  'sector.RESIDENT': 'Residente',

  'signIn.title': 'Iniciar sesión',

  'state.closeNotice': 'Cerrar este mensaje',
  'state.loading': 'Cargando…',
  'state.retry': 'Intentar de nuevo',
};
