# The provider's texts in Spanish (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hour 5 minutes", "6 December 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Nombre
account-last-name = Apellidos
account-email = Correo electrónico
account-language = Idioma
account-cancel = Cancelar
account-submit = Enviar
account-save = Guardar
account-delete = Eliminar
account-sign-in = Iniciar sesión
account-back = Mi cuenta
account-wait-title = Espere antes de volver a solicitarlo
account-link-invalid-title = Este enlace ya no es válido
account-check-email-title = Consulte su correo electrónico
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = caducado
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = desconocido

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Le damos la bienvenida, { $name }
account-home-signed-in = Ha iniciado sesión en { $brand } como { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Ha iniciado sesión en { $brand } como { $email } (nivel de verificación: { $level }).
account-home-change-password-hint = (en Mi cuenta, con su contraseña actual)
account-home-forgot-password = ¿Ha olvidado su contraseña?
account-home-sign-out = Cerrar sesión
account-home-intro = Una única cuenta para iniciar sesión en todas las aplicaciones conectadas a { $brand }.
account-home-register = Crear una cuenta

## My Account (templates/account.html)

account-title = Mi cuenta
account-details-heading = Datos de mi cuenta
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (externa)
account-level = Nivel de verificación de esta sesión
account-needs-second-factor = Algunas aplicaciones, como CPMS, exigen un segundo método de verificación: añada un número de teléfono móvil, un dispositivo móvil, una llave de seguridad o una aplicación de autenticación.
account-menu-change-password = Cambiar la contraseña
account-menu-details = Modificar mis datos personales
account-menu-delete = Eliminar mi cuenta
account-menu-devices = Gestionar mis dispositivos móviles
account-menu-phones = Gestionar mis números de teléfono móvil
account-menu-security-keys = Gestionar mis llaves de seguridad
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (añadidas)
account-menu-authenticator-apps = Gestionar mis aplicaciones de autenticación
account-menu-sessions = Mostrar mis sesiones
account-menu-sessions-hint = Puede consultar las sesiones abiertas en las aplicaciones visitadas.
account-menu-delete-devices = Eliminar todos mis dispositivos
account-menu-delete-devices-hint = Para un teléfono nuevo: elimina todos los dispositivos móviles, llaves de seguridad y aplicaciones de autenticación.
account-menu-activity = Actividad
account-menu-activity-hint = Eventos de seguridad recientes de su cuenta.
account-notice-password = Se ha cambiado su contraseña. Se han cerrado sus demás sesiones.
account-notice-details = Se han guardado sus datos personales.
account-notice-devices = Se han eliminado todos sus dispositivos. Ya puede añadir su nuevo dispositivo.
account-notice-session = Se ha cerrado la sesión.
account-notice-sent-again = El correo electrónico está de nuevo en camino.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Algunos correos electrónicos no le han llegado
# $email: the account's address.
account-undelivered = El servidor de correo de { $email } ha rechazado estos correos electrónicos, o no se han podido entregar a tiempo. Si su buzón estaba lleno o la dirección ha cambiado, corríjalo primero y, a continuación, vuelva a enviarlos.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = «{ $subject }», { $when }
account-undelivered-send-again = Volver a enviar
account-undelivered-gone = Este correo electrónico no se puede volver a enviar: ya se ha enviado o no es suyo.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Modificar mis datos personales
account-first-name-missing = Introduzca su nombre.
account-last-name-missing = Introduzca sus apellidos.
account-first-name-too-long = El nombre no puede superar los 100 caracteres normales.
account-last-name-too-long = Los apellidos no pueden superar los 100 caracteres normales.
account-language-invalid = Elija un idioma de la lista.

## Change password (templates/account_password.html)

account-password-title = Cambiar la contraseña
account-password-wait = Por motivos de seguridad, debe esperar antes de volver a cambiar su contraseña (tiempo restante: { $wait }). En caso de urgencia, póngase en contacto con el servicio de asistencia.
account-password-rules = Su nueva contraseña debe cumplir estas reglas:
account-password-current = Contraseña actual
account-password-new = Nueva contraseña
account-password-confirm = Confirme la nueva contraseña
account-password-too-long = La contraseña es demasiado larga.
account-password-wrong-current = Su contraseña actual no es correcta.
account-password-too-soon = Por motivos de seguridad, debe esperar antes de volver a cambiar su contraseña (tiempo restante: { $wait }). En caso de urgencia, póngase en contacto con el servicio de asistencia.
account-password-mismatch = Las dos nuevas contraseñas no coinciden.

## Delete my account (templates/account_delete.html)

account-delete-title = Eliminar mi cuenta
account-delete-warning = Se eliminarán su cuenta de { $brand } y sus números de teléfono, dispositivos y llaves de seguridad, y se informará a todas las aplicaciones en las que haya iniciado sesión. Esta acción no se puede deshacer.
account-delete-confirm = Deseo eliminar mi cuenta de { $brand }
account-delete-unconfirmed = Marque la casilla para confirmar que desea eliminar su cuenta.
account-deleted-title = Se ha eliminado su cuenta
account-deleted = Se han eliminado su cuenta de { $brand } y todo lo vinculado a ella.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Eliminar todos mis dispositivos
account-delete-devices-pending = Todos los métodos de verificación de su cuenta se eliminarán el { $when }, tal como solicitó por correo electrónico.
account-delete-devices-none = Su cuenta no tiene ningún dispositivo móvil, llave de seguridad ni aplicación de autenticación. Añada uno desde Mi cuenta.
account-delete-devices-now = Utilice esta opción cuando tenga un teléfono nuevo: se eliminarán todos los dispositivos móviles, llaves de seguridad y aplicaciones de autenticación de su cuenta. Después, añada su nuevo dispositivo desde «Gestionar mis dispositivos móviles». Sus números de teléfono móvil se conservan.
account-delete-devices-why = Para proteger su cuenta, la contraseña por sí sola no permite eliminar sus métodos de verificación: de lo contrario, cualquiera que la conociera podría añadir los suyos.
account-delete-devices-can-use = Todavía puedo utilizar alguno de ellos
account-delete-devices-can-use-text = Vuelva a iniciar sesión con su antiguo teléfono, llave de seguridad o aplicación de autenticación y elimínelos todos a la vez.
account-delete-devices-reauth = Iniciar sesión con un método de verificación
account-delete-devices-cannot-use = No puedo utilizar ninguno de ellos
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = Le enviaremos un enlace a su dirección de correo electrónico. Una vez que confirme con él, todos los métodos de verificación de su cuenta (dispositivos móviles, llaves de seguridad, aplicaciones de autenticación y números de teléfono móvil) se eliminarán { $wait } después. Se le informará de inmediato por correo electrónico y podrá cancelar la eliminación hasta entonces.
account-delete-devices-send-link = Enviarme el enlace

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Eliminar todos los métodos de verificación
# $minutes: how long the link can be used.
account-recovery-sent = Se ha enviado un enlace a { $email }. Es válido durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
account-recovery-sent-next = Abra el enlace para confirmar. Sus métodos de verificación se eliminarán { $wait } después de su confirmación y podrá cancelar la eliminación hasta entonces.
account-recovery-confirm-text = Todos los dispositivos móviles, llaves de seguridad, aplicaciones de autenticación y números de teléfono móvil de la cuenta de { $brand } { $email } se eliminarán { $wait } después de su confirmación. Se le informará por correo electrónico, con un enlace para cancelar la eliminación.
account-recovery-confirm = Confirmar
account-recovery-started-title = Eliminación confirmada
account-recovery-started = Todos los métodos de verificación de su cuenta se eliminarán el { $when }.
account-recovery-started-next = Se le ha enviado un correo electrónico con un enlace para cancelar la eliminación. Transcurrido ese plazo, inicie sesión con su contraseña y añada su nuevo dispositivo en Mi cuenta.
account-recovery-cancel-title = Cancelar la eliminación de sus métodos de verificación
account-recovery-due = Está previsto que todos los métodos de verificación de su cuenta se eliminen el { $when }.
account-recovery-cancel = Cancelar la eliminación
account-recovery-cancel-hint = Si no lo ha solicitado usted, cambie también su contraseña: alguien la conoce.
account-recovery-cancelled-title = Eliminación cancelada
account-recovery-cancelled = No se ha eliminado nada. Sus métodos de verificación se mantienen tal como estaban.
account-recovery-nothing-title = Nada que cancelar
account-recovery-nothing = No había ninguna eliminación de sus métodos de verificación pendiente.
account-recovery-invalid = El enlace que ha seguido ha caducado, ya se ha utilizado o se ha sustituido por otro más reciente.
account-recovery-start-again = Volver a empezar desde «Eliminar todos mis dispositivos»
account-recovery-paced = Hace poco se ha enviado un correo electrónico con un enlace. Podrá solicitar uno nuevo dentro de { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Mostrar mis sesiones
account-sessions-title = Mis sesiones
account-sessions-started = Inicio
account-sessions-last-seen = Última actividad
account-sessions-level = Nivel
account-sessions-from = Origen
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Acción
account-sessions-current = Esta sesión
account-sessions-end = Cerrar esta sesión
account-sessions-not-yours = Esta sesión no es suya o ya se ha cerrado.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Actividad
account-activity-intro = Los eventos de seguridad más recientes de su cuenta.
account-activity-when = Fecha
account-activity-what = Evento
account-activity-from = Origen
account-activity-details = Detalles
account-event-signin-success = Inicio de sesión correcto
account-event-signin-failure = Inicio de sesión fallido
account-event-signed-out = Cierre de sesión
account-event-account-registered = Cuenta creada
account-event-account-locked = Inicio de sesión con contraseña bloqueado tras demasiados intentos fallidos
account-event-password-set = Contraseña establecida o cambiada
account-event-factor-added = Método de verificación añadido
account-event-factor-removed = Método de verificación eliminado
account-event-sms-sent = SMS enviado
account-event-device-locked = Dispositivo móvil bloqueado (PIN incorrectos)
account-event-push-denied = Solicitud de inicio de sesión rechazada en un dispositivo móvil
account-event-push-wrong-number = Número incorrecto elegido en un dispositivo móvil
account-event-token-revoked = Acceso revocado por una aplicación
account-event-code-replayed = Se ha utilizado dos veces un código de inicio de sesión: se ha revocado el acceso que concedía
account-event-refresh-reused = Se ha reutilizado un token de acceso antiguo: se ha revocado el acceso al que pertenecía
account-event-recovery-link-sent = Eliminación de todos los métodos de verificación solicitada (enlace enviado por correo electrónico)
account-event-recovery-started = Eliminación de todos los métodos de verificación confirmada (plazo de espera)
account-event-recovery-cancelled = Eliminación de todos los métodos de verificación cancelada
account-event-access-requested = Acceso solicitado
account-event-access-approved = Solicitud de acceso aprobada
account-event-access-denied = Solicitud de acceso denegada
account-event-access-revoked = Acceso revocado
account-event-message-undelivered = Correo electrónico o SMS no entregado
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "with Mobile + SMS, level medium, for CPMS" or "security key "YubiKey", level high".
account-activity-factor-phone = número de teléfono móvil
account-activity-factor-mobile-device = dispositivo móvil
account-activity-factor-security-key = llave de seguridad
account-activity-factor-authenticator-app = aplicación de autenticación
account-activity-factor-count = { $count ->
    [one] { $count } método de verificación
   *[other] { $count } métodos de verificación
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } «{ $name }»
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = «{ $name }»
# $method is the verification method used (one of login-method-*).
account-activity-method = con { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = nivel { $level }
# $client is the name of the application signed in to.
account-activity-client = para { $client }
account-activity-via-my-account = en Mi cuenta
account-activity-via-set-password = con el enlace del correo electrónico de registro
account-activity-via-reset = con un enlace de «¿Ha olvidado su contraseña?»
account-activity-via-recovery = tras una recuperación de la cuenta
account-activity-purpose-sms-enrol = para confirmar un número nuevo
account-activity-purpose-sms-login = para iniciar sesión
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = al { $phone }
account-activity-pin-failures = tras { $count ->
    [one] { $count } código PIN incorrecto
   *[other] { $count } códigos PIN incorrectos
}
account-activity-until = hasta el { $when }
account-activity-on = el { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = perfil de acceso { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = por { $name }
account-activity-by-helpdesk = por el servicio de asistencia
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = motivo: { $reason }
account-activity-reason-wrong-password = contraseña incorrecta
account-activity-reason-no-password = sin contraseña establecida
account-activity-reason-unknown-account = cuenta desconocida
account-activity-reason-locked = bloqueo activo
account-activity-reason-wrong-code = código incorrecto
account-activity-reason-code-reused = código reutilizado
account-activity-reason-too-many-codes = demasiados códigos
account-activity-reason-too-many-codes-hour = demasiados códigos en la última hora
account-activity-reason-device-locked = dispositivo bloqueado
account-activity-reason-expired = solicitud caducada
account-activity-reason-not-verified = respuesta no verificada
account-activity-reason-already-registered = ya registrado
account-activity-token-access = token de acceso
account-activity-token-refresh = token de actualización
account-activity-grant-revoked = autorización revocada
account-activity-family-revoked = familia de tokens revocada

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Crear una cuenta
account-register-intro = Se recomienda utilizar su dirección de correo electrónico institucional. Recibirá un correo electrónico con un enlace para crear su contraseña.
account-register-email-confirm = Confirme el correo electrónico
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Idioma de los correos electrónicos
account-register-submit = Crear una cuenta
account-register-sign-in = ¿Ya tiene una cuenta? Inicie sesión
account-register-thanks = Gracias por registrarse.
# $minutes: how long the link can be used.
account-register-sent = Un correo electrónico con un enlace para crear su contraseña está en camino a { $email }. El enlace es válido durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}. Puede tardar unos minutos en llegar; compruebe también su carpeta de correo no deseado.
account-register-first-name-invalid = Su nombre es demasiado largo o contiene caracteres no permitidos.
account-register-last-name-invalid = Sus apellidos son demasiado largos o contienen caracteres no permitidos.
account-register-email-invalid = Introduzca una dirección de correo electrónico válida, por ejemplo nombre@hospital.eu.
account-register-email-mismatch = Las dos direcciones de correo electrónico no coinciden.
account-register-throttled = Hace poco se ha enviado un correo electrónico a esta dirección, o se han solicitado demasiados desde su red. Podrá volver a solicitarlo dentro de { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Cree su contraseña
# $email is the address of the account whose password is being created.
account-set-password-account = Cuenta: { $email }
account-set-password-rules = Su contraseña debe cumplir estas reglas:
account-set-password-new = Nueva contraseña
account-set-password-confirm = Confirme la nueva contraseña
account-set-password-mismatch = Las dos contraseñas no coinciden.
account-set-password-done-title = Se ha establecido su contraseña
account-set-password-done = Se ha guardado su contraseña. Ya puede iniciar sesión con su dirección de correo electrónico y esta contraseña.
account-password-recent-title = Ha cambiado su contraseña recientemente
account-password-recent = Por motivos de seguridad, debe esperar antes de volver a cambiar su contraseña. Podrá cambiarla de nuevo dentro de { $wait }.
account-password-urgent = En caso de urgencia, póngase en contacto con el servicio de asistencia.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = ¿Ha olvidado su contraseña?
# $minutes: how long a link can be used.
account-forgot-expired = El enlace que ha seguido ha caducado o ya se ha utilizado. Los enlaces son válidos durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} y solo pueden utilizarse una vez.
account-forgot-again = Vuelva a introducir su dirección de correo electrónico para recibir un nuevo enlace.
account-forgot-intro = Introduzca la dirección de correo electrónico de su cuenta de { $brand }. Le enviaremos un enlace para elegir una nueva contraseña, válido durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
account-forgot-submit = Enviarme un enlace
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Si existe una cuenta de { $brand } asociada a { $email }, recibirá en breve un correo electrónico con un enlace para elegir una contraseña. El enlace es válido durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}. Si no lo recibe, podrá solicitar uno nuevo dentro de { $wait }.
