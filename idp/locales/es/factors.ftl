# The provider's texts in Spanish (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Cancelar
factors-add = Añadir
# Column header of a list of second factors: its name.
factors-name = Nombre
# Column header: the date a second factor was added.
factors-added = Fecha de alta
# Column header: the date a second factor was last used to sign in.
factors-last-used = Último uso
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = nunca
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Acción

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Código de verificación recibido por SMS
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 letras y cifras, por ejemplo XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Gestionar mis números de teléfono móvil
factors-phones-number = Número de teléfono móvil
factors-phones-delete = Eliminar un número de teléfono móvil
factors-phones-none = No hay ningún número de teléfono móvil registrado en su cuenta.
factors-phones-add = Añadir un número de teléfono móvil
factors-phones-hint = Los SMS dependen de acuerdos entre operadores de telefonía móvil y no siempre llegan; la aplicación móvil de { $brand } o una llave de seguridad son más fiables.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = Su número de teléfono móvil { $number } se ha añadido correctamente.
factors-phones-deleted = Se ha eliminado el número de teléfono móvil.
factors-phones-unknown = Número de teléfono móvil desconocido.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Añadir un número de teléfono móvil
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Formato internacional con el prefijo del país; por ejemplo, para Bélgica: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = El número de teléfono móvil { $number } ya está registrado en su cuenta.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Introduzca su número de teléfono móvil en formato internacional, con el prefijo del país; por ejemplo, para Bélgica: { $example }
factors-phone-no-plus = El número debe empezar por el signo más y el prefijo del país; por ejemplo, para Bélgica: { $example }
factors-phone-not-digits = Un número de teléfono solo contiene cifras después del signo más (se admiten espacios); por ejemplo: { $example }
factors-phone-invalid = No es un número de teléfono internacional válido. Ejemplo para Bélgica: { $example }
factors-phone-not-in-plan = No es un número de teléfono internacional válido (prefijo de país desconocido o número que no existe en el plan de numeración de ese país). Ejemplo para Bélgica: { $example }
factors-phone-not-mobile = Este número no es un número de teléfono móvil, por lo que no puede recibir SMS. Introduzca un número de móvil; por ejemplo, para Bélgica: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Código de verificación
factors-phone-finalise-heading = Código de verificación enviado por SMS para añadir un número de teléfono móvil
factors-phone-finalise-intro = Introduzca el código de verificación que se ha enviado por SMS a su teléfono móvil.
factors-phone-finalise-delay = El mensaje puede tardar hasta 8 minutos en llegar a su teléfono móvil.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = Si no recibe ningún código, podrá solicitar uno nuevo dentro de { $wait } volviendo a añadir el número.
factors-phone-finalise-number = Número de teléfono móvil
factors-phone-finalise-submit = Finalizar
factors-phone-code-dead = Este código de verificación ya no es válido (ha caducado, se ha sustituido por otro más reciente o ha habido demasiados intentos fallidos). Vuelva a añadir el número para recibir un código nuevo.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = El código de verificación no es correcto. { $remaining ->
    [one] Le queda { $remaining } intento.
   *[other] Le quedan { $remaining } intentos.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Gestionar mis dispositivos móviles
factors-devices-name = Nombre del dispositivo
factors-devices-status = Estado
factors-devices-locked = Bloqueado (demasiados códigos PIN incorrectos): elimínelo y vuelva a añadirlo
factors-devices-active = Activo
factors-devices-delete = Eliminar un dispositivo móvil
factors-devices-none = No hay ningún dispositivo móvil registrado en su cuenta.
factors-devices-add = Añadir un dispositivo móvil
factors-devices-hint = Instale la aplicación móvil de { $brand } en su teléfono o tableta y, a continuación, añada el dispositivo aquí escaneando el código QR con la aplicación.
factors-devices-deleted = Se ha eliminado el dispositivo móvil.
factors-devices-unknown = Dispositivo móvil desconocido.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Añadir un dispositivo móvil
factors-device-add-intro = Indique un nombre para identificar su dispositivo móvil y un código PIN para utilizarlo.
factors-device-add-name = Nombre de su dispositivo
factors-device-add-pin = Su código PIN de 4 dígitos
factors-device-add-pin-hint = Evite códigos PIN fáciles como 0000, 1111 o 1234: se rechazan.
factors-device-add-pin-confirm = Confirme su código PIN
factors-device-add-submit = Enviar
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Indique para su dispositivo móvil un nombre de 1 a { $max } caracteres.
factors-pin-not-four-digits = Su código PIN debe tener exactamente 4 dígitos.
factors-pin-mismatch = Los dos códigos PIN no coinciden.
factors-pin-too-easy = Este código PIN es demasiado fácil de adivinar (como 0000, 1234 o 1111). Elija otro.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Abra la aplicación móvil de { $brand } en { $name }, elija añadir esta cuenta y escanee este código QR. A continuación, la aplicación le pedirá el código PIN que acaba de elegir.
factors-device-enrol-qr-alt = Código QR para escanear con la aplicación móvil de { $brand }
factors-device-enrol-paste = ¿No puede escanearlo? Pegue este texto en la aplicación:
factors-device-enrol-validity = { $minutes ->
    [one] El código QR es válido durante { $minutes } minuto y solo puede utilizarse una vez.
   *[other] El código QR es válido durante { $minutes } minutos y solo puede utilizarse una vez.
}
factors-device-enrol-waiting = Esperando a su dispositivo móvil...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Se ha añadido un dispositivo
factors-device-enrol-expired = El código QR ha caducado. Vuelva a añadir el dispositivo.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Gestionar mis llaves de seguridad
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Nivel
factors-keys-delete = Eliminar una llave de seguridad
factors-keys-none = No hay ninguna llave de seguridad registrada en su cuenta.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Añadir una llave de seguridad o un autenticador de plataforma
factors-keys-hint = Una llave de seguridad (por ejemplo, una llave USB o NFC) o el autenticador integrado en su ordenador o teléfono (huella dactilar, reconocimiento facial o bloqueo de pantalla). Con un PIN o una huella dactilar en una llave que guarda su secreto en el propio dispositivo, se alcanza el nivel de verificación más alto.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = Su llave de seguridad «{ $name }» se ha añadido correctamente.
factors-keys-deleted = Se ha eliminado la llave de seguridad.
factors-keys-unknown = Llave de seguridad desconocida.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Añadir una llave de seguridad
factors-key-add-heading = Añadir una llave de seguridad o un autenticador de plataforma
factors-key-add-intro = Asigne un nombre a su llave de seguridad y siga las instrucciones de su navegador: inserte y toque la llave, o desbloquee su ordenador o su teléfono.
factors-key-add-name = Nombre de la llave de seguridad
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Asigne a la llave de seguridad un nombre de 1 a { $max } caracteres.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Esta solicitud ha caducado o ya se ha utilizado. Inténtelo de nuevo.
factors-webauthn-not-verified = No se ha podido verificar su llave de seguridad o autenticador de plataforma. Inténtelo de nuevo o elija otro método de verificación.
factors-webauthn-already-registered = Esta llave de seguridad ya está registrada.
factors-webauthn-unsupported = Este navegador no admite llaves de seguridad. Utilice otro método de verificación.
factors-webauthn-follow = Siga las instrucciones de su navegador y toque o desbloquee su llave de seguridad.
factors-webauthn-no-answer = Su llave de seguridad no ha respondido. Inténtelo de nuevo o elija otro método de verificación.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Gestionar mis aplicaciones de autenticación
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Una aplicación de autenticación en su teléfono (por ejemplo, FreeOTP, Google Authenticator, Microsoft Authenticator o Aegis) muestra un nuevo código de 6 dígitos cada 30 segundos. Puede utilizarla como método de verificación al iniciar sesión.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Eliminar
factors-totp-none = No hay ninguna aplicación de autenticación registrada en su cuenta.
factors-totp-add = Añadir una aplicación de autenticación
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = Su aplicación de autenticación «{ $name }» se ha añadido correctamente. Ya puede utilizarla para iniciar sesión.
factors-totp-deleted = Se ha eliminado la aplicación de autenticación.
factors-totp-unknown = Aplicación de autenticación desconocida.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Añadir una aplicación de autenticación
factors-totp-add-intro = Indique un nombre para identificar esta aplicación de autenticación, por ejemplo el nombre de su teléfono.
factors-totp-add-name = Nombre de la aplicación de autenticación
factors-totp-add-next = Siguiente
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Indique para su aplicación de autenticación un nombre de 1 a { $max } caracteres.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Abra la aplicación de autenticación de su teléfono, añada una cuenta y escanee este código QR. Es válido durante { $minutes } minuto.
   *[other] Abra la aplicación de autenticación de su teléfono, añada una cuenta y escanee este código QR. Es válido durante { $minutes } minutos.
}
factors-totp-enrol-qr-alt = Código QR para escanear con su aplicación de autenticación
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = ¿No puede escanearlo? Introduzca manualmente esta clave en la aplicación (basada en el tiempo, 6 dígitos, cada 30 segundos), con la cuenta { $account } de { $issuer }:
factors-totp-enrol-uri = Mostrar el enlace del código QR
factors-totp-code-label = Introduzca el código de 6 dígitos
factors-totp-confirm = Confirmar
factors-totp-enrol-gone = Esta aplicación de autenticación ya no está pendiente de confirmación (ha caducado, ya se ha confirmado o ha recibido demasiados códigos incorrectos). Vuelva a añadirla.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = El código no es correcto. Compruebe que la hora de su teléfono es correcta e introduzca el código que muestra ahora su aplicación. { $remaining ->
    [one] Le queda { $remaining } intento.
   *[other] Le quedan { $remaining } intentos.
}
