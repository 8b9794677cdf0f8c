import type { errorsEn } from './errors.en';

export const errorsEs: Record<keyof typeof errorsEn, string> = {
  'reason.INVALID_INPUT': 'Hay que corregir parte de lo que ingresó.',
  'reason.INVALID_ID': 'Ese enlace o esa referencia no es válida.',
  'reason.INVALID_CURSOR': 'Esa página de la lista ya no es válida. Vuelva a la primera página.',
  'reason.UNREADABLE_TEXT': 'Parte del texto tiene caracteres que no se pueden guardar. Vuelva a escribirlo.',
  'reason.REQUEST_TOO_LARGE': 'Lo que envió es demasiado grande.',
  'reason.REQUEST_NOT_JSON': 'Braid no pudo leer lo que se envió. Recargue la página e inténtelo de nuevo.',
  'reason.GRAPHQL_PARSE_FAILED': 'Braid no pudo leer la solicitud. Recargue la página e inténtelo de nuevo.',
  'reason.GRAPHQL_VALIDATION_FAILED': 'Esta página pidió a Braid algo que no ofrece. Recargue la página.',
  'reason.BAD_REQUEST': 'Braid no pudo leer la solicitud. Recargue la página e inténtelo de nuevo.',
  'reason.PERSISTED_QUERY_NOT_FOUND':
    'Braid no pudo leer la solicitud. Recargue la página e inténtelo de nuevo.',
  'reason.PERSISTED_QUERY_NOT_SUPPORTED':
    'Braid no pudo leer la solicitud. Recargue la página e inténtelo de nuevo.',
  'reason.OPERATION_RESOLUTION_FAILURE':
    'Braid no pudo leer la solicitud. Recargue la página e inténtelo de nuevo.',
  'reason.QUERY_TOO_DEEP':
    'Esta solicitud pide demasiado a la vez ({depth} niveles; el límite es {maxDepth}).',
  'reason.TOO_MANY_TOKENS':
    'Esta solicitud es demasiado larga. Vuelva a cargar la página e inténtelo de nuevo.',
  'reason.TOO_MANY_ALIASES': 'Esta solicitud se repite demasiadas veces (el límite es {maxAliases}).',
  'reason.TOO_MANY_ROOT_FIELDS':
    'Esta solicitud pide demasiadas cosas a la vez ({rootFields}; el límite es {maxRootFields}).',
  'reason.INVALID_VARIABLES':
    'Algunos valores enviados no tienen la forma esperada. Vuelva a cargar la página.',
  'reason.FOREIGN_ORIGIN': 'Esto llegó desde otro sitio, así que Braid lo rechazó. Use la página de Braid.',
  'reason.QUERY_TOO_COSTLY': 'Esta solicitud pide demasiado a la vez. Pida menos registros.',
  'reason.SIGN_IN_REQUIRED': 'Inicie sesión para hacer esto.',
  'reason.NOT_ALLOWED': 'No tiene permiso para hacer esto.',
  'reason.RECORD_NOT_FOUND': 'No se encontró, o no tiene acceso.',
  'reason.RECORD_EXISTS': 'Eso ya existe.',
  'reason.UNKNOWN_REFERENCE': 'Eso se refiere a algo que ya no existe. Recargue la página.',
  'reason.RECORD_RULE_BROKEN': 'Ese cambio rompería una de las reglas del registro.',
  'reason.CHANGED_CONCURRENTLY': 'Otra persona cambió esto al mismo tiempo. Inténtelo de nuevo.',
  'reason.VALUE_MALFORMED': 'Un valor no tiene la forma esperada.',
  'reason.INTERNAL_FAULT': 'Algo falló de nuestro lado. Inténtelo de nuevo en un momento.',
  'reason.DATABASE_CONNECTION_LOST':
    'Braid perdió por un momento la conexión con la base de datos. Inténtelo de nuevo; si estaba guardando, compruebe antes si se guardó.',
  'reason.SESSION_ENDED': 'Su sesión terminó. Inicie sesión de nuevo para seguir esto.',
  'reason.ACCESS_ENDED': 'Ya no tiene acceso a esto, así que sus actualizaciones en vivo se detuvieron.',
  'reason.LIVE_CHECK_FAILED':
    'Las actualizaciones en vivo se detuvieron porque Braid no pudo comprobar su acceso. Vuelva a cargar la página.',
  'reason.SUBSCRIPTIONS_PER_CONNECTION':
    'Hay demasiadas vistas en vivo abiertas en esta ventana (el límite es {limit}). Cierre algunas y vuelva a cargar.',
  'reason.SUBSCRIPTIONS_PER_PERSON':
    'Hay demasiadas vistas en vivo abiertas con su cuenta (el límite es {limit}). Cierre algunas ventanas y vuelva a cargar.',

  'reason.INVALID_CREDENTIALS': 'Ese correo y esa contraseña no corresponden a ninguna cuenta.',
  'reason.SIGN_IN_RATE_LIMITED':
    'Demasiados intentos fallidos. Espere {minutes, plural, one {# minuto} other {# minutos}} e inténtelo de nuevo.',
  'reason.PASSWORD_CHANGE_RATE_LIMITED':
    'Demasiadas contraseñas actuales incorrectas. Espere {minutes, plural, one {# minuto} other {# minutos}} e inténtelo de nuevo.',
  'reason.WRONG_CURRENT_PASSWORD': 'Su contraseña actual no es correcta.',
  'reason.EMAIL_TAKEN': 'Ya existe una cuenta con ese correo.',
  'reason.RESET_LINK_INVALID':
    'Este enlace para restablecer la contraseña ya no sirve: ya se usó, se envió uno más reciente o venció. Pida uno nuevo.',
  'reason.PASSWORD_RESET_RATE_LIMITED':
    'Demasiadas solicitudes para restablecer la contraseña. Espere {minutes, plural, one {# minuto} other {# minutos}} e inténtelo de nuevo.',

  'reason.SLUG_TAKEN': 'El nombre corto «{slug}» ya lo usa otra colaborativa.',
  'reason.ORGANIZATION_NAME_TAKEN': 'Ya existe una organización llamada «{name}» en esta colaborativa.',
  'reason.SEAT_NAME_TAKEN': 'Ya existe un puesto llamado «{name}» en esta colaborativa.',
  'reason.NOT_A_MEMBER': 'Esa persona no es miembro activo de esta colaborativa.',
  'reason.UNKNOWN_TIME_ZONE':
    '«{timeZone}» no es una zona horaria que Braid conozca. Use un nombre como America/Los_Angeles.',
  'reason.ALREADY_HOLDS_VOTING_SEAT':
    'Esa persona ya ocupa el puesto con voto «{seatName}»; cada persona ocupa como máximo un puesto con voto.',
  'reason.HOLDER_CANNOT_BE_ALTERNATE': 'El suplente debe ser una persona distinta del titular.',
  'reason.TERM_OUT_OF_ORDER': 'El mandato no puede terminar antes de empezar.',
  'reason.LAST_ADMINISTRATOR':
    'Una colaborativa necesita al menos un administrador: nombre a otro antes de quitar a este.',
  'reason.ALREADY_MEMBER': 'Esa persona ya es miembro de esta colaborativa.',
  'reason.INVITATION_NOT_USABLE':
    'Esta invitación ya no se puede usar: {status, select, ACCEPTED {ya fue aceptada} REVOKED {fue retirada} EXPIRED {venció} other {está cerrada}}.',
  'reason.INVITATION_FOR_SOMEONE_ELSE':
    'Esta invitación se envió a un correo distinto del de la cuenta con la que inició sesión.',
  'reason.ACCOUNT_EXISTS_SIGN_IN':
    'Ya tiene una cuenta: inicie sesión y vuelva a abrir el enlace de la invitación.',
  'reason.PASSWORD_REQUIRED': 'Elija una contraseña para su cuenta nueva.',

  'reason.STREAM_RESTRICTED':
    '{rule, select, PURPOSE {La fuente de fondos «{streamName}» solo puede financiar {allowedPurposes}, no «{purpose}».} WORKGROUP {La fuente de fondos «{streamName}» solo puede financiar el trabajo de sus grupos de trabajo indicados.} DATES {La fuente de fondos «{streamName}» debe gastarse entre el {startsOn} y el {endsOn}, y la subvención va del {periodStart} al {periodEnd}.} other {La fuente de fondos «{streamName}» no puede financiar esta subvención.}}',
  'reason.INSUFFICIENT_FUNDS':
    '{what, select, CASH {No se ha recibido suficiente efectivo para esto:} other {No queda suficiente dinero sin comprometer para esto:}} {streams}. Faltan {shortfall}.',
  'reason.PLEDGE_EXCEEDS_AWARD':
    'Las promesas a «{streamName}» superarían su asignación: solo {open} aún no está prometido.',
  'reason.OVER_RECEIPT': 'Eso es más que lo prometido: solo se esperan todavía {outstanding}.',
  'reason.CURRENCY_MISMATCH': 'Esta fuente lleva sus cuentas en {expected}; no se puede mezclar {given}.',
  'reason.AMOUNTS_DO_NOT_ADD_UP': 'Las asignaciones deben sumar el monto de la subvención.',
  'reason.DATES_OUT_OF_ORDER':
    '{rule, select, GRANT_PERIOD {El periodo de la subvención no puede terminar antes de empezar.} STREAM_PERIOD {La fuente no puede terminar antes de empezar.} TRANCHE_OUTSIDE_PERIOD {Cada desembolso debe planificarse dentro del periodo de la subvención.} other {Las fechas están en desorden.}}',
  'reason.UNRESTRICTED_STREAM_WITH_RESTRICTIONS':
    'Una fuente sin restricciones no puede indicar propósitos ni grupos de trabajo permitidos; márquela como restringida.',
  'reason.FUNDING_STREAM_NAME_TAKEN': 'Ya existe una fuente de fondos llamada «{name}» en esta colaborativa.',
  'reason.ILLEGAL_TRANSITION':
    '{subject, select, tranche {Este desembolso} contribution {Esta promesa} report {Este informe} motion {Esta moción} meeting {Esta reunión} minutes {Esta versión del acta} other {Este registro}} no admite ese cambio en su estado actual.{rule, select, REVERSE_RELEASE_FIRST { Primero revierta su liberación en el libro contable y luego cancélelo.} RECORD_NEW_PLEDGE { Registre una promesa nueva en su lugar.} other {}}',
  'reason.IDEMPOTENCY_KEY_REUSED':
    'Esta liberación ya se envió para otro desembolso. Cierre el diálogo y vuelva a liberar.',
  'reason.DISBURSEMENT_ON_HOLD': 'Este desembolso está retenido: {holds}.',
  'reason.GRANT_EXISTS_FOR_MOTION':
    'Ya existe una subvención para esa moción: una moción aprueba exactamente una subvención.',
  'reason.NOT_REVERSIBLE':
    'Este asiento no se puede revertir: {rule, select, IS_A_REVERSAL {es en sí una reversión} ALREADY_REVERSED {ya fue revertido} NOT_A_RECEIPT_OR_RELEASE {solo se revierten cobros y liberaciones de desembolsos; dé de baja una promesa o cancele un desembolso en su lugar} PLEDGE_WRITTEN_OFF {su promesa se dio de baja después, y el cobro sigue siendo parte del registro} TRANCHE_PAID {el desembolso ya se pagó a la organización socia} TRANCHE_NOT_RELEASED {el desembolso ya no está liberado} other {no es un cobro ni una liberación}}.',
  'reason.WRITE_OFF_UNCOVERS_COMMITMENTS':
    'Dar de baja {writeOff} dejaría subvenciones de «{streamName}» sin las promesas con las que se comprometieron: solo {uncommitted} está sin comprometer.',
  'reason.AMOUNT_NOT_POSITIVE': 'Un monto debe ser mayor que cero.',
  'reason.AMOUNT_TOO_LARGE': 'Un monto puede ser como máximo {max}.',
  'reason.STREAM_LISTED_TWICE': 'Indique cada fuente de fondos una sola vez, con toda su asignación.',
  'reason.NOT_AN_APPROVING_MOTION':
    'Una subvención necesita una moción de financiamiento aprobada de esta colaborativa: {rule, select, NO_SUCH_MOTION {no se encontró esa moción} NOT_A_PASSED_FUNDING_MOTION {esa moción no es una moción de financiamiento aprobada} OTHER_ORGANIZATION {esa moción financia a otra organización} MORE_THAN_APPROVED {la subvención supera el monto que aprobó la moción} other {esa moción no la aprueba}}.',

  'reason.NOT_A_WORKGROUP_MEMBER': 'Una tarea pertenece a un miembro de su grupo de trabajo.',
  'reason.ONLY_LEADS_REASSIGN':
    'Solo quien coordina el grupo de trabajo puede cambiar el título, la persona o la fecha de una tarea.',
  'reason.WORKGROUP_NAME_TAKEN': 'Ya existe un grupo de trabajo llamado «{name}» en esta colaborativa.',
  'reason.MEETING_NOT_IN_PROGRESS': 'La reunión no está en curso.',
  'reason.MEETING_CLOSED_FOR_CHANGES': 'La reunión terminó: su agenda y su asistencia ya no pueden cambiar.',
  'reason.MOTIONS_STILL_OPEN':
    '{openMotions, plural, one {Queda # moción abierta} other {Quedan # mociones abiertas}}: ciérrelas o retírelas antes de levantar la sesión.',
  'reason.ATTENDANCE_NOT_APPLICABLE':
    '{rule, select, PER_SEAT {En una reunión del equipo directivo, la asistencia se registra por puesto.} PER_PERSON {En una reunión de grupo de trabajo, la asistencia se registra por persona.} ALTERNATES_FOR_SEATS {Los suplentes solo ocupan puestos, en reuniones del equipo directivo.} SEAT_VACANT {El puesto «{seatName}» está vacante.} NO_ALTERNATE {El puesto «{seatName}» no tiene suplente.} other {Esa asistencia no corresponde a esta reunión.}}',
  'reason.AGENDA_MOTION_ELSEWHERE':
    'Un punto de la agenda solo puede enlazar una moción de la misma reunión.',
  'reason.MEETING_NOT_HELD': 'El acta se redacta una vez que la reunión ha empezado.',
  'reason.MINUTES_APPROVED':
    'Esta acta está aprobada y ya no puede cambiar; corríjala con una versión nueva.',
  'reason.MINUTES_UNDER_VOTE':
    'Hay abierta una moción para aprobar esta acta; no puede cambiar mientras se vota.',
  'reason.MINUTES_ALREADY_EXIST': 'Esta reunión ya tiene acta; edítela o corrija la versión aprobada.',
  'reason.MINUTES_CORRECTION_EXISTS': 'Esta acta ya tiene una corrección; trabaje sobre esa versión.',
  'reason.ONLY_APPROVED_MINUTES_CORRECTED':
    'Solo las actas aprobadas se corrigen con una versión nueva; edite el borrador directamente.',
  'reason.MINUTES_NOT_APPROVABLE':
    '{rule, select, KIND_MISMATCH {Una moción para aprobar un acta, y solo esa, indica el acta que aprueba.} OTHER_COLLABORATIVE {Esa acta pertenece a otra colaborativa.} NOT_CIRCULATED {El acta se circula antes de abrir una moción para aprobarla.} SAME_MEETING {El acta se aprueba en una reunión posterior a la que registra.} other {Esa acta no se puede aprobar aquí.}}',
  'reason.NOT_A_LEADERSHIP_MEETING':
    'Las mociones se presentan en reuniones del equipo directivo, no en reuniones de grupo de trabajo.',
  'reason.FUNDING_PROPOSAL_INVALID':
    '{rule, select, KIND_MISMATCH {Una moción de financiamiento, y solo esa, indica lo que otorgaría.} AMOUNT_NOT_POSITIVE {Una moción de financiamiento otorga más que nada.} PERIOD_OUT_OF_ORDER {El periodo de la subvención no puede terminar antes de empezar.} STREAM_LISTED_TWICE {Indique cada fuente de fondos una sola vez.} ALLOCATIONS_DO_NOT_ADD_UP {Las asignaciones deben sumar el monto.} TRANCHES_DO_NOT_ADD_UP {Los desembolsos deben sumar el monto.} TRANCHE_OUTSIDE_PERIOD {Cada desembolso cae dentro del periodo de la subvención.} TRANCHES_OUT_OF_ORDER {Los desembolsos van en orden de fecha, uno por fecha.} other {Hay que corregir el plan de financiamiento.}}',
  'reason.FUNDING_PLAN_UNFUNDABLE': 'El fondo no podría cumplir este plan tal como está: {problems}',
  'reason.FUNDING_PLAN_NO_LONGER_HOLDS':
    '{when, select, OPEN {El fondo ya no podría cumplir esta moción: {problems} Modifíquela antes de la votación.} other {El fondo ya no podría cumplir esta moción: {problems} La votación sigue abierta; retire la moción o ciérrela cuando el dinero esté disponible.}}',
  'reason.MOTION_NOT_OPEN': 'Solo se puede votar mientras la moción está abierta.',
  'reason.SEAT_CONFLICTED':
    'El puesto «{seatName}» tiene un conflicto de interés en esta moción ({conflict}) y debe abstenerse.',
  'reason.ALTERNATE_NOT_SEATED':
    'Usted es suplente de «{seatName}», y su titular no está registrado como ausente con el suplente sentado en esta reunión.',
  'reason.SEAT_NOT_PRESENT':
    'El puesto «{seatName}» no está registrado como presente en esta reunión; solo votan los puestos presentes.',
  'reason.NOT_A_VOTING_SEAT':
    '{named, select, yes {El puesto «{seatName}» no tiene voto.} other {No ocupa ningún puesto con voto que pueda votar esta moción.}}',
  'reason.SECRET_BALLOT_RECEIPT_REQUIRED':
    'Este puesto ya votó en una moción secreta. Ingrese el comprobante de voto que recibió para cambiar o retirar ese voto: Braid no guarda qué opción fue la suya.',
  'reason.SECRET_BALLOT_RECEIPT_INVALID':
    'Ese comprobante de voto no es el vigente de este puesto para esta moción.',
  'reason.ALREADY_CONFLICTED': 'Ya hay un conflicto de interés registrado para este puesto en esta moción.',

  'reason.REPORT_NOT_EDITABLE':
    'Este informe ya se envió y no puede cambiar; los cambios llegan como una versión nueva.',
  'reason.NO_NEW_VERSION':
    'No se puede empezar una versión nueva: {rule, select, ACCEPTED {este informe fue aceptado} other {este informe espera revisión}}.',
  'reason.STALE_DRAFT':
    'Este borrador se guardó en otro lugar desde que lo abrió. Recárguelo para ver el texto más reciente.',
  'reason.UNKNOWN_METRIC': 'Ese indicador no es uno de los que informa esta subvención.',
  'reason.METRIC_LISTED_TWICE': 'Indique cada indicador una sola vez.',
  'reason.CURRENCY_NOT_THE_GRANTS': 'El gasto se informa en la moneda de la subvención, {currency}.',
  'reason.REPORT_INCOMPLETE':
    'El informe está guardado, pero faltan partes obligatorias antes de poder enviarlo.',
  'reason.PERIOD_NOT_OVER':
    'Este informe cubre un periodo que termina el {periodEnd}; se puede enviar desde ese día.',
  'reason.YEAR_TARGETS_DO_NOT_ADD_UP': 'Las metas por año deben sumar la meta de la subvención.',
  'reason.METRIC_NAME_TAKEN': 'Ya existe un indicador llamado «{name}» en esta colaborativa.',
  'reason.ATTACHMENT_REFUSED':
    '{rule, select, NO_FILE {Elija un archivo para adjuntar.} TOO_LARGE {Este archivo pesa {size}; los adjuntos pueden pesar como máximo {max}.} FILE_TYPE {Este tipo de archivo no se puede adjuntar. Adjunte un PDF, una imagen, una hoja de cálculo o un documento.} TOO_MANY {Un informe puede tener como máximo {maxAttachments} adjuntos.} other {Este archivo no se puede adjuntar.}}',
  'reason.COMMENTS_ONLY_WITH_CHANGES':
    'Diga qué debe cambiar: pedir cambios requiere al menos un comentario.',
  'reason.DUE_BEFORE_PERIOD_ENDS':
    'Un informe no puede vencer antes de que termine el periodo que cubre ({periodEnd}).',

  'hold.REPORT_LATE':
    'el informe del {periodStart} al {periodEnd}, con vencimiento el {dueOn}, no se ha enviado',
  'hold.REPORT_CHANGES_REQUESTED':
    'el informe del {periodStart} al {periodEnd} tiene cambios pedidos que no se han reenviado',
  'reason.fieldRefused': 'Revise este valor.',
};
