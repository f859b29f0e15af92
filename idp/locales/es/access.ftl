# The provider's texts in Spanish (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Sistema de autorización
access-application = Aplicación
access-organisation = Organización
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Perfil de acceso
access-comments = Comentarios
access-reason = Motivo
# Table heading: when the request was sent.
access-submitted = Fecha de envío
access-status = Estado

## Statuses of an access request

access-status-pending = Pendiente
access-status-approved = Aprobada
access-status-denied = Denegada
access-status-revoked = Revocada
access-status-unknown = Desconocida

## My access requests (templates/access_home.html)

access-request-button = Solicitar acceso
access-helpdesk-queue = Bandeja del servicio de asistencia
access-my-requests = Mis solicitudes de acceso
# The quoted words are the name of the button access-request-button.
access-none-yet = Todavía no tiene ninguna solicitud de acceso. Haga clic en «{ access-request-button }» para solicitar acceso a una aplicación.
access-request-submitted = Se ha enviado su solicitud. El servicio de asistencia de la aplicación la examinará y usted recibirá un correo electrónico con la decisión.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Solicitar acceso: paso { $step }
access-request-heading = Nueva solicitud de acceso a una aplicación
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Paso { $n }: { $label }
access-step-application = Seleccionar la aplicación
access-step-organisation = Seleccionar la organización
access-step-profile = Seleccionar el perfil de acceso
access-step-recap = Resumen y envío
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = Paso { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Abrir
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Haga clic en «{ access-open }» junto a su ERN, después en «{ access-open }» junto al país de su centro, y marque el botón redondo junto a su centro. No basta con seleccionar solo una ERN o un país: una solicitud sin centro se denegaría.
# Caption of the table that sums the request up before it is sent.
access-summary = Resumen
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Perfil de acceso
access-submit = Enviar la solicitud de acceso

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Servicio de asistencia
access-helpdesk-heading = Servicio de asistencia: solicitudes de acceso
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Aplicaciones: { $applications }
access-pending-heading = Solicitudes pendientes
access-requester = Solicitante
access-decision = Decisión
access-deny-reason-label = Motivo (obligatorio para denegar)
access-approve = Aprobar
access-deny = Denegar
access-no-pending = No hay solicitudes pendientes.
access-granted-heading = Accesos concedidos
access-user = Usuario
# Table heading: when the access was approved.
access-approved-on = Fecha de aprobación
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Acción
access-revoke = Revocar
access-none-granted = Todavía no se ha concedido ningún acceso.
access-done-approved = Se ha aprobado la solicitud; se ha informado al solicitante por correo electrónico.
access-done-denied = Se ha denegado la solicitud; se ha informado al solicitante por correo electrónico.
access-done-revoked = Se ha revocado el acceso; se ha informado al solicitante por correo electrónico.

## Refusals: error pages and messages beside the form

access-forbidden-title = Acceso denegado
access-conflict-title = Operación no posible
access-unknown-step = Paso desconocido del formulario de solicitud.
access-choose-decision = Elija «{ access-approve }» o «{ access-deny }».
access-select-application = Seleccione una aplicación en el campo «{ access-application }».
access-unknown-application = Aplicación desconocida.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Aplicación desconocida: «{ $application }».
access-select-profile = Seleccione su perfil de acceso.
access-unknown-profile = Este perfil de acceso no existe para la aplicación seleccionada.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Ya tiene una solicitud pendiente para { $application } como { $profile } en { $centre }.
access-already-approved = Ya tiene una solicitud aprobada para { $application } como { $profile } en { $centre }.
access-select-centre = Seleccione su centro: haga clic en «{ access-open }» junto a su ERN y después junto al país de su centro, y marque el botón redondo junto a su centro.
access-unknown-organisation = La organización seleccionada no existe. Seleccione su centro en la lista.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Solo ha seleccionado { $ern }. Haga clic en «{ access-open }» junto a { $ern } y después junto al país de su centro, y seleccione su centro: una solicitud sin centro se denegaría.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Solo ha seleccionado { $country } en { $ern }. Haga clic en «{ access-open }» junto a { $country } y seleccione su centro: una solicitud sin centro se denegaría.
# $max: the most characters allowed (2000).
access-comment-too-long = El comentario es demasiado largo: como máximo { $max } caracteres.
access-reason-too-long = El motivo es demasiado largo: como máximo { $max } caracteres.
access-comment-not-allowed = El comentario contiene caracteres no permitidos.
access-reason-not-allowed = El motivo contiene caracteres no permitidos.
access-helpdesk-only = Esta página está reservada al servicio de asistencia de una aplicación.
access-not-helpdesk-of = Usted no forma parte del servicio de asistencia de esta aplicación.
access-not-own-request = No puede resolver su propia solicitud de acceso: debe hacerlo otro miembro del servicio de asistencia.
access-unknown-request = Solicitud de acceso desconocida.
access-reason-required = Indique el motivo de la denegación: el solicitante lo recibirá por correo electrónico.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Esta solicitud ya se ha resuelto (estado: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Solo puede revocarse un acceso aprobado; esta solicitud sigue pendiente.
    [denied] Solo puede revocarse un acceso aprobado; esta solicitud se denegó.
    [revoked] Solo puede revocarse un acceso aprobado; este acceso ya está revocado.
   *[other] Solo puede revocarse un acceso aprobado.
}
