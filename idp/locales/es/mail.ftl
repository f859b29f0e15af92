# The provider's texts in Spanish (mail); see main.ftl.
#
# The e-mails and SMS the provider sends, in the language of the account they are about
# (mail/messages.rs), the messages of the mobile app's API that the app shows its user
# (http/app_api.rs), and the development outbox page (templates/outbox.html).
#
# In the e-mails: $brand is the name of the service ("EU Login"), $email the e-mail address of
# the account, $link a web address. Keep every { $link } alone on its line, as here: mail
# programs make it a link. A line holding only {""} is a blank line between two paragraphs
# (the HTML part of the mail makes each paragraph a block): keep them where they are.

## Every e-mail

# The first line of every e-mail, followed by a blank line. $first_name and $last_name are the
# recipient's names (the last name is sometimes written in capitals); put them in the order
# your language uses in a formal letter.
mail-greeting = Estimado/a { $first_name } { $last_name }:
# The last line of every e-mail.
mail-signature = Mensaje enviado por { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = Su registro en { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-registered-body =
    Se ha completado su registro en { $brand }.
    Su dirección de correo electrónico es { $email }
    {""}
    Para crear su contraseña, siga este enlace:
    {""}
    { $link }
    {""}
    Dispone de un máximo de { $duration }, a partir del momento en que se envió este mensaje, para crear su contraseña, aunque le recomendamos que lo haga de inmediato si es posible. Transcurrido ese plazo, podrá presentar una nueva solicitud siguiendo el mismo enlace: deberá volver a introducir su dirección de correo electrónico y confirmar su solicitud.
    {""}
    Si el enlace anterior no funciona, copie la dirección completa y péguela en la barra de direcciones de su navegador.
    {""}
    Si tiene algún problema, no responda a este mensaje: consulte la información de ayuda o de contacto del sitio en el que intentaba registrarse.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = Su contraseña de { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-reset-body =
    Se ha solicitado una nueva contraseña para su cuenta de { $brand } { $email }.
    Para elegir una nueva contraseña, siga este enlace:
    {""}
    { $link }
    {""}
    El enlace es válido durante { $duration } y solo puede utilizarse una vez. Si no lo ha solicitado usted, ignore este mensaje: su contraseña no se ha modificado.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Intento de registro con su dirección de correo electrónico
mail-existing-body =
    Alguien ha intentado registrarse en { $brand } con su dirección de correo electrónico { $email }, que ya tiene una cuenta.
    Si ha sido usted y no recuerda su contraseña, puede elegir una nueva aquí:
    {""}
    { $link }
    {""}
    Si no ha sido usted, ignore este mensaje: no se ha modificado nada.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: demasiados intentos fallidos de inicio de sesión
# $until: the date and time the block ends ("6 December 2026, 08:34 UTC").
mail-lockout-body =
    Se han producido demasiados intentos fallidos de iniciar sesión con contraseña en su cuenta de { $brand } { $email }. Para proteger su cuenta, el inicio de sesión con contraseña está bloqueado hasta el { $until }.
    {""}
    Si ha sido usted y no recuerda su contraseña, elija una nueva aquí; así también se levantará el bloqueo:
    {""}
    { $link }
    {""}
    Si no ha sido usted, es posible que alguien esté intentando adivinar su contraseña: elija una contraseña nueva y larga en ese mismo enlace y compruebe la actividad de su cuenta en { menu-my-account }.

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: se ha modificado su cuenta
# Below the sentence that says what changed.
mail-changed-advice = Si no ha sido usted, inicie sesión en { $brand }, elimine lo que no reconozca en { menu-my-account }, cambie su contraseña y póngase en contacto con el servicio de asistencia.
mail-change-password = Se ha cambiado la contraseña de su cuenta de { $brand }.
# $number: a phone number ("+32470123456").
mail-change-phone-added = Se ha añadido el número de teléfono móvil { $number } a su cuenta de { $brand }.
mail-change-phone-removed = Se ha eliminado el número de teléfono móvil { $number } de su cuenta de { $brand }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = Se ha añadido el dispositivo móvil «{ $name }» a su cuenta de { $brand }.
mail-change-device-removed = Se ha eliminado el dispositivo móvil «{ $name }» de su cuenta de { $brand }.
mail-change-device-locked = Su dispositivo móvil «{ $name }» se ha bloqueado tras demasiados códigos PIN incorrectos. Para volver a utilizarlo, elimínelo y añádalo de nuevo en { menu-my-account }.
mail-change-security-key-added = Se ha añadido la llave de seguridad «{ $name }» a su cuenta de { $brand }.
mail-change-security-key-removed = Se ha eliminado la llave de seguridad «{ $name }» de su cuenta de { $brand }.
mail-change-authenticator-app-added = Se ha añadido la aplicación de autenticación «{ $name }» a su cuenta de { $brand }.
mail-change-authenticator-app-removed = Se ha eliminado la aplicación de autenticación «{ $name }» de su cuenta de { $brand }.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Se han eliminado todos los dispositivos de su cuenta de { $brand } (1 dispositivo móvil, llave de seguridad o aplicación de autenticación).
   *[other] Se han eliminado todos los dispositivos de su cuenta de { $brand } ({ $count } dispositivos móviles, llaves de seguridad y aplicaciones de autenticación).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: se ha eliminado su cuenta
mail-deleted-body = Se ha eliminado su cuenta de { $brand }, tal como solicitó.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: confirme la eliminación de sus métodos de verificación
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minutes", "72 hours").
mail-recovery-link-body =
    Alguien ha iniciado sesión en su cuenta de { $brand } { $email } con su contraseña y ha solicitado eliminar todos los métodos de verificación de la cuenta (dispositivos móviles, llaves de seguridad, aplicaciones de autenticación y números de teléfono móvil), porque ya no se puede utilizar ninguno de ellos.
    {""}
    Si ha sido usted, confirme la solicitud con este enlace (válido durante { $duration }):
    {""}
    { $link }
    {""}
    Los métodos se eliminarán { $wait } después de su confirmación; hasta entonces podrá cancelar la eliminación, y se le informará por correo electrónico.
    {""}
    Si no ha sido usted, no siga el enlace y cambie su contraseña: alguien la conoce.
mail-recovery-started-subject = { $brand }: se eliminarán sus métodos de verificación
# $when: the date and time of the removal ("6 December 2026, 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Todos los métodos de verificación de su cuenta de { $brand } { $email } (dispositivos móviles, llaves de seguridad, aplicaciones de autenticación y números de teléfono móvil) se eliminarán el { $when }, tal como se ha solicitado y confirmado desde este buzón de correo.
    {""}
    Si no lo ha solicitado usted, cancele ahora la eliminación con este enlace y, a continuación, cambie su contraseña:
    {""}
    { $link }
    {""}
    También puede cancelarla en { menu-my-account } > Eliminar todos mis dispositivos.
mail-recovery-cancelled-subject = { $brand }: se ha cancelado la eliminación de sus métodos de verificación
mail-recovery-cancelled-body = Se ha cancelado la eliminación de los métodos de verificación de su cuenta de { $brand }. No se ha eliminado nada.
mail-recovery-done-subject = { $brand }: se han eliminado sus métodos de verificación
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Tal como se solicitó, se han eliminado todos los métodos de verificación de su cuenta de { $brand } (1 en total). Añada su nuevo dispositivo móvil, llave de seguridad o número de teléfono en { menu-my-account }.
   *[other] Tal como se solicitó, se han eliminado todos los métodos de verificación de su cuenta de { $brand } ({ $count } en total). Añada su nuevo dispositivo móvil, llave de seguridad o número de teléfono en { menu-my-account }.
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = Se ha aprobado su acceso a { $app }
mail-access-denied-subject = Se ha denegado su solicitud de acceso a { $app }
mail-access-revoked-subject = Se ha revocado su acceso a { $app }
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = El servicio de asistencia de { $app } ha aprobado su solicitud de acceso a { $app } (perfil de acceso { $profile }, organización { $centre }).
mail-access-denied = El servicio de asistencia de { $app } ha denegado su solicitud de acceso a { $app } (perfil de acceso { $profile }, organización { $centre }).
mail-access-revoked = El servicio de asistencia de { $app } ha revocado el acceso que se le concedió a raíz de su solicitud de acceso a { $app } (perfil de acceso { $profile }, organización { $centre }).
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Comentario del servicio de asistencia: { $comment }
mail-access-reason = Motivo: { $reason }
mail-access-sign-in = Ya puede iniciar sesión en { $app } con su cuenta de { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Ya puede iniciar sesión en { $app } con su cuenta de { $brand }:
mail-access-again = Puede presentar una nueva solicitud en { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Sus solicitudes: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Most accented letters outside the GSM alphabet (for
# example ą, č, ő, ț, and the Greek and Cyrillic alphabets) halve the room: then the whole SMS
# holds 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = Código de { $brand }: { $code }. Válido { $minutes } min. No lo comparta con nadie.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = No se reconoce este código QR. Escanee el código QR que aparece al añadir un dispositivo móvil en { menu-my-account }.
app-token-not-valid = Este código QR ya se ha utilizado, ha caducado o se ha anulado por códigos PIN incorrectos. Vuelva a añadir el dispositivo en { menu-my-account }.
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] El código PIN no es el que eligió en { menu-my-account }. Le queda 1 intento.
   *[other] El código PIN no es el que eligió en { menu-my-account }. Le quedan { $remaining } intentos.
}
app-unknown-device = Este dispositivo no está registrado (o ya no lo está).
app-bad-signature = No se ha podido verificar la firma del dispositivo.
# $seconds: a number.
app-stale = La firma del dispositivo tiene más de { $seconds } segundos de antigüedad (o el reloj del dispositivo no está en hora).
app-replayed = Esta firma del dispositivo ya se ha utilizado.
app-device-locked = Este dispositivo está bloqueado tras demasiados códigos PIN incorrectos. Elimínelo y vuelva a añadirlo en { menu-my-account }.
app-not-pending = Esta solicitud ha caducado o ya se ha respondido.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Código PIN incorrecto. Le queda 1 intento antes de que se bloquee el dispositivo.
   *[other] Código PIN incorrecto. Le quedan { $remaining } intentos antes de que se bloquee el dispositivo.
}
app-wrong-number = Este no es el número que aparece en la página web. Se ha cancelado la solicitud.
app-browser-on = { $browser } en { $system }
app-browser = { $browser }
app-push-title = Solicitud de inicio de sesión de { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Bandeja de salida (desarrollo)
outbox-hint = Solo en modo de desarrollo: todos los correos electrónicos y SMS enviados por el proveedor, del más reciente al más antiguo.
outbox-empty = La bandeja de salida está vacía.
outbox-email = Correo electrónico
outbox-sms = SMS
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } a { $to } el { $when }
