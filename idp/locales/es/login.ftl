# The provider's texts in Spanish (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Iniciar sesión
login-heading = Inicie sesión para continuar
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Le damos la bienvenida, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (¿no es usted?)
login-submit = Iniciar sesión
login-cancel = Cancelar y volver a la aplicación
login-choose-another = Elegir otro método de verificación
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = básico
login-level-medium = medio
login-level-high = alto

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Contraseña
login-method-sms = Móvil + SMS
login-method-app-pin = Código PIN de la aplicación móvil
login-method-app-qr = Código QR de la aplicación móvil
login-method-webauthn = Llave de seguridad o plataforma
login-method-totp = Aplicación de autenticación (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Para eliminar todos sus dispositivos, confirme su identidad iniciando sesión de nuevo.
login-reauth-devices = Para añadir o eliminar un dispositivo móvil, confirme su identidad iniciando sesión de nuevo.
login-reauth-phones = Para añadir o eliminar un número de teléfono móvil, confirme su identidad iniciando sesión de nuevo.
login-reauth-security-keys = Para añadir o eliminar una llave de seguridad, confirme su identidad iniciando sesión de nuevo.
login-reauth-authenticator-apps = Para añadir o eliminar una aplicación de autenticación, confirme su identidad iniciando sesión de nuevo.
login-reauth-delete-account = Para eliminar su cuenta, confirme su identidad iniciando sesión de nuevo.
login-reauth-sessions = Para cerrar una sesión, confirme su identidad iniciando sesión de nuevo.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Cualquier cambio en la forma de iniciar sesión requiere siempre un inicio de sesión reciente.

## The identifier page (login_identifier.html)

login-client-uses = { $client } utiliza { $brand } para identificarle.
login-email-label = Utilice su dirección de correo electrónico
login-email-required = Introduzca la dirección de correo electrónico de su cuenta de { $brand }.
login-remember = Recordarme en este dispositivo
login-next = Siguiente
login-create-account = Crear una cuenta

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } exige iniciar sesión con un segundo método de verificación (nivel «{ $level }»).
login-password-label = Contraseña
login-method-label = Elija su método de verificación
login-method-hint = Los números de teléfono móvil, los dispositivos móviles y las llaves de seguridad se añaden en Mi cuenta (menú del engranaje) después de iniciar sesión con su contraseña.
login-lost-password = ¿Ha olvidado su contraseña?
login-method-invalid = Elija uno de los métodos de verificación de la lista.
login-invalid-credentials = Dirección de correo electrónico o contraseña incorrectas
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = Se han producido demasiados intentos fallidos de inicio de sesión con esta dirección de correo electrónico. Para proteger la cuenta, el inicio de sesión con contraseña está bloqueado hasta el { $until } (dentro de { $wait }). Si ha olvidado su contraseña, elija una nueva mediante «¿Ha olvidado su contraseña?».
# $wait is a length of time ("5 minutes").
login-throttled = Se han producido demasiados intentos fallidos de inicio de sesión desde su red. Vuelva a intentarlo dentro de { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Método de verificación
login-password-accepted = Se ha aceptado su contraseña.
# $method is one of login-method-*.
login-method-not-added = Todavía no ha añadido este método de verificación ({ $method }) a su cuenta.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = El método { $method } no alcanza el nivel que exige esta aplicación ({ $level }).
login-no-usable-method = Su cuenta todavía no tiene ningún método de verificación que acepte esta aplicación.
login-not-added-yet = Métodos aún no añadidos a su cuenta:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: inicie sesión con su contraseña y añádalo después desde Mi cuenta (menú del engranaje).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } en Mi cuenta
# $method is one of login-method-*.
login-method-not-accepted = Esta aplicación no acepta el método { $method }.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Enviar un código de verificación por SMS al número
login-sms-send = Enviar el código
login-sms-sent = Se ha enviado un código de verificación por SMS a su teléfono móvil. Puede tardar hasta 8 minutos en llegar.
# $wait is a length of time ("1 minute").
login-sms-next-code = Si no recibe ningún código, podrá solicitar uno nuevo dentro de { $wait }.
login-sms-resend = Enviar un código nuevo
login-sms-off = Este servicio no ofrece el método Móvil + SMS.
login-sms-limited-title = Espere antes de solicitar un código nuevo
# $wait is a length of time ("1 minute").
login-sms-limited = Se ha enviado un SMS hace poco, o se han enviado demasiados. Podrá solicitar un código nuevo dentro de { $wait }.
login-sms-not-delivered = No se ha podido entregar a este número el SMS con su código. Envíe un código nuevo o elija otro método de verificación.
login-sms-choose-phone = Elija uno de sus números de teléfono móvil registrados.
login-sms-wrong = El código de verificación no es correcto. { $remaining ->
    [one] Le queda { $remaining } intento.
   *[other] Le quedan { $remaining } intentos.
}
login-sms-dead = Este código de verificación ya no es válido (ha caducado, se ha sustituido por otro o ha habido demasiados intentos fallidos). Envíe un código nuevo.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Aplicación de autenticación
login-totp-intro = Abra la aplicación de autenticación de su teléfono e introduzca el código de 6 dígitos que muestra para { $brand }.
login-totp-code-label = Introduzca el código de 6 dígitos
login-totp-wrong = El código no es correcto. Introduzca el código de 6 dígitos que muestra ahora su aplicación de autenticación. { $remaining ->
    [one] Le queda { $remaining } intento.
   *[other] Le quedan { $remaining } intentos.
}
login-totp-reused = Este código ya se ha utilizado. Espere a que su aplicación de autenticación muestre un código nuevo e introdúzcalo. { $remaining ->
    [one] Le queda { $remaining } intento.
   *[other] Le quedan { $remaining } intentos.
}
login-totp-stopped = Se han introducido demasiados códigos incorrectos. Por su seguridad, se ha interrumpido este inicio de sesión: vuelva a empezar desde la aplicación.
login-totp-paused-title = Demasiados códigos incorrectos
# $wait is a length of time ("50 minutes").
login-totp-paused = Se han introducido demasiados códigos incorrectos de una aplicación de autenticación en su cuenta. Podrá volver a utilizarla dentro de { $wait }; mientras tanto, elija otro método de verificación.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Cuando su navegador se lo pida, inserte y toque su llave de seguridad, o desbloquee su ordenador o su teléfono.
login-webauthn-start = Utilizar mi llave de seguridad
login-webauthn-off = Este servicio no admite llaves de seguridad.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Se ha enviado a sus dispositivos móviles una solicitud para iniciar sesión en { $client }. Abra la aplicación móvil de { $brand }, elija este número e introduzca su código PIN:
login-app-pin-waiting = Esperando su aprobación en su dispositivo móvil...
# A button shown only when the browser runs no script.
login-app-pin-continue = Ya lo he aprobado: continuar
login-app-pin-resend = Enviar una nueva solicitud
login-app-pin-approved = Aprobado en su dispositivo móvil. Iniciando sesión...
login-app-pin-denied = La solicitud se ha rechazado en su dispositivo móvil.
login-app-pin-wrong-number = El número elegido en su dispositivo móvil no era el que se muestra aquí. Se ha cancelado la solicitud.
login-app-pin-expired = La solicitud ha caducado. Envíe una nueva solicitud a su dispositivo móvil.
login-app-pin-limited-title = Demasiadas solicitudes
# $wait is a length of time ("1 minute").
login-app-pin-limited = Se han enviado demasiadas solicitudes de inicio de sesión a sus dispositivos móviles. Vuelva a intentarlo dentro de { $wait } o elija otro método de verificación.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Escanee este código QR con la aplicación móvil de { $brand } e introduzca su código PIN en la aplicación. Funciona aunque su teléfono no tenga conexión.
# The text alternative of the QR code image.
login-app-qr-alt = Código QR para escanear con la aplicación móvil de { $brand }
login-app-qr-paste = ¿No puede escanearlo? Pegue este texto en la aplicación:
login-app-qr-code-label = Código generado por su aplicación
login-app-qr-wrong = El código no es correcto. { $remaining ->
    [one] Le queda { $remaining } intento.
   *[other] Le quedan { $remaining } intentos.
}
login-app-qr-dead = Este código QR ya no es válido (ha caducado o se han introducido demasiados códigos incorrectos). Se muestra un nuevo código QR: escanéelo con su aplicación.
login-app-qr-locked-title = Dispositivo móvil bloqueado
login-app-qr-locked = Su dispositivo móvil se ha bloqueado tras demasiados códigos o códigos PIN incorrectos. Elimínelo y vuelva a añadirlo en Mi cuenta, o elija otro método de verificación.

## Refusals of any sign-in step

login-expired-title = Esta página de inicio de sesión ha caducado
login-expired = Las páginas de inicio de sesión son válidas durante un tiempo limitado y solo una vez. Si estaba iniciando sesión en una aplicación, vuelva a ella e inicie sesión de nuevo; si no, empiece desde la página de inicio.
login-form-incomplete = El formulario no se ha cumplimentado por completo. Vuelva atrás e inténtelo de nuevo.
login-request-invalid = La solicitud enviada por la aplicación no es válida, por lo que no puede tramitarse. Vuelva a la aplicación e inténtelo de nuevo.
login-already-completed = Este inicio de sesión ya se ha completado.
login-redirect-invalid = La URI de redirección registrada no es válida.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = Se requiere un método de verificación más seguro
# $level is one of login-level-*.
login-step-up-needed = { $client } exige iniciar sesión con el nivel «{ $level }» (contraseña y un segundo método de verificación, como un teléfono móvil o una llave de seguridad). Su cuenta todavía no tiene ningún método de este tipo.
login-step-up-hint = Añada un número de teléfono móvil, un dispositivo móvil o una llave de seguridad en Mi cuenta y vuelva después aquí.
login-step-up-account = Ir a Mi cuenta para añadir un método de verificación
login-return-to-app = Volver a la aplicación

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Regreso a la aplicación
login-form-post-noscript = JavaScript está desactivado: pulse el botón para continuar.
login-continue = Continuar

## Signing out (logout.html)

login-logout-title = Cerrar sesión
# $email is the address of the signed-in account.
login-logout-question-as = ¿Desea cerrar la sesión de { $brand } iniciada como { $email }?
login-logout-question = ¿Desea cerrar la sesión de { $brand }?
login-logout-apps = También se cerrará su sesión en las aplicaciones que haya utilizado durante esta sesión.
login-logout-submit = Cerrar sesión
login-signed-out-title = Ha cerrado la sesión
login-signed-out = Ha cerrado la sesión de { $brand }.
login-sign-in-again = Volver a iniciar sesión
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = El id_token_hint no es un token de ID emitido por este proveedor.
login-logout-client-mismatch = El client_id no coincide con el id_token_hint.
login-logout-uri-unregistered = La post_logout_redirect_uri no está registrada para esta aplicación.
login-logout-uri-invalid = La post_logout_redirect_uri no es válida.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Al menos { $min } caracteres (hasta { $max }); unas cuantas palabras sin relación entre sí forman una buena contraseña
login-policy-rule-any = Se admiten espacios y cualquier carácter; no es obligatorio combinar distintos tipos de caracteres
login-policy-rule-common = No debe ser una contraseña de uso frecuente ni filtrada, ni fácil de adivinar (sin palabras repetidas, filas del teclado ni secuencias)
login-policy-rule-personal = No debe contener su nombre ni su dirección de correo electrónico
# $length and $min are numbers of characters.
login-policy-too-short = La contraseña es demasiado corta: { $length ->
    [one] { $length } carácter
   *[other] { $length } caracteres
}; se necesitan al menos { $min }.
# $max is a number of characters.
login-policy-too-long = La contraseña es demasiado larga: como máximo { $max } caracteres.
login-policy-personal = La contraseña no debe contener su nombre ni su dirección de correo electrónico.
login-policy-common = Esta contraseña es demasiado común: figura en listas de contraseñas filtradas.
login-policy-guessable = Esta contraseña es demasiado fácil de adivinar. Pruebe con unas cuantas palabras sin relación entre sí, como una frase corta que solo usted escribiría.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Esta contraseña es demasiado fácil de adivinar: { $reason } Pruebe con unas cuantas palabras sin relación entre sí, como una frase corta que solo usted escribiría.
login-policy-why-keyboard-rows = las filas seguidas de teclas son fáciles de adivinar.
login-policy-why-keyboard-patterns = los patrones cortos de teclado son fáciles de adivinar.
login-policy-why-repeats = las repeticiones como «aaa» son fáciles de adivinar.
login-policy-why-repeated-words = las repeticiones como «abcabcabc» son solo un poco más difíciles de adivinar que «abc».
login-policy-why-top-10 = es una de las 10 contraseñas más comunes.
login-policy-why-top-100 = es una de las 100 contraseñas más comunes.
login-policy-why-common = es una contraseña muy común.
login-policy-why-similar = se parece a una contraseña de uso frecuente.
login-policy-why-sequences = las secuencias como abc o 6543 son fáciles de adivinar.
login-policy-why-years = los años recientes son fáciles de adivinar.
login-policy-why-word = una palabra sola es fácil de adivinar.
login-policy-why-dates = las fechas suelen ser fáciles de adivinar.
login-policy-why-names = los nombres y apellidos por sí solos son fáciles de adivinar.
login-policy-why-common-names = los nombres y apellidos comunes son fáciles de adivinar.
