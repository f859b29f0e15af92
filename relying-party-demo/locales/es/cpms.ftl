# CPMS, the demo relying party: its texts in Spanish, translated from the English reference catalogue. Every other
# language has exactly these ids, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.
# Labels of the provider's pages (in quotation marks below) should be written as the
# provider's pages show them in your language: the provider's catalogue has them
# (idp/locales/<code>/access.ftl).

## The page frame (templates/base.html)

site-name = Sistema de gestión clínica de pacientes
skip-to-content = Ir al contenido principal
sign-out = Cerrar sesión
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Idioma
language-title = Elija su idioma
tab-home = Inicio
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Páginas de la ERN
nav-preferences = Preferencias
nav-panels = Paneles
footer-networks = ERN eUROGEN · Redes Europeas de Referencia · Parte usuaria de demostración
footer-ecl = Creado con la Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licencia (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Volver a iniciar sesión
link-home = Ir a la página de inicio de CPMS

## The landing page (templates/index.html)

index-title = Bienvenida
index-heading = Le damos la bienvenida a CPMS
index-lead = El sistema de gestión clínica de pacientes de las Redes Europeas de Referencia.
index-requirement = Para iniciar sesión se necesita { $provider } con autenticación de doble factor (contraseña y su teléfono móvil, la ECAS Mobile App o una llave de seguridad).
index-sign-in = Iniciar sesión con { $provider }

## Home (templates/home.html)

home-title = Inicio
# $name is the signed-in person's name.
home-welcome = Le damos la bienvenida, { $name }
home-role = Función profesional
home-area = Área temática
home-access = Sus accesos
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Centro
home-col-country = País
home-col-profile = Perfil
# In a cell of that table when the grant does not say.
home-not-stated = no indicado
home-ern-hint = Sus preferencias y paneles se encuentran en la pestaña ERN.
home-ern-link = Abrir la pestaña ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Su función profesional
ern-area = Su área temática
ern-change = Puede modificarlas en sus preferencias.
ern-preferences-link = Modificar sus preferencias
ern-panels-link = Abrir los paneles

## Preferences (templates/preferences.html)

preferences-title = Preferencias
preferences-first-heading = Le damos la bienvenida a CPMS: sus preferencias
preferences-first-intro = Es la primera vez que inicia sesión. Indíquenos su función profesional (se muestra junto a su nombre en los paneles) y el área temática de eUROGEN para la que solicitó acceso.
preferences-role-label = Función profesional
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Se muestra junto a su nombre en los paneles, por ejemplo «Urólogo pediátrico» (como máximo { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}).
preferences-area-legend = Área temática
preferences-submit = Actualizar las preferencias
preferences-expired = El formulario ha caducado. Envíelo de nuevo.
preferences-role-missing = Indique su función profesional.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = La función profesional puede tener como máximo { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}.
preferences-role-control = La función profesional no puede contener caracteres de control.
preferences-area-unknown = Elija una de las áreas temáticas de la lista.

## Panels (templates/panels.html)

panels-title = Paneles
panels-no-members = Todavía no hay miembros.

## Without access: how to request it (templates/access_request.html)

access-title = Solicitar acceso
access-heading = Todavía no tiene acceso a CPMS
access-no-access = Su cuenta de { $provider } no tiene ningún acceso aprobado a CPMS. Solicítelo en el sistema de autorización de la siguiente manera.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Abrir el sistema de autorización
# "Request access": the provider's button (access-request-button).
access-step-start = En el sistema de autorización (allí no se exige la autenticación de doble factor), haga clic en «Solicitar acceso».
access-step-1 = Paso 1: seleccione la aplicación «CPMS» y pase al paso 2.
# “Open”: the provider's button (access-open).
access-step-2 = Paso 2: haga clic en «Abrir» junto a su ERN (por ejemplo, eUROGEN) y después en «Abrir» junto al país de su centro, y seleccione su centro. No marque solo el botón redondo junto a la ERN: así se selecciona la red sin su centro y la solicitud se denegará.
access-step-3 = Paso 3: seleccione el perfil de acceso «HP» (profesional sanitario).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Paso 4: compruebe el resumen (aplicación CPMS, su centro, perfil HP), añada un comentario si es necesario y haga clic en «Enviar la solicitud de acceso».
access-after-approval = Cuando el servicio de asistencia de CPMS haya aprobado su solicitud, recibirá un correo electrónico; a continuación, vuelva a iniciar sesión.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Se requiere autenticación de doble factor
acr-required = CPMS exige autenticación de doble factor (nivel medio).
acr-password-only = Ha iniciado sesión solo con su contraseña.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Ha iniciado sesión solo con su contraseña (nivel { $level }).
acr-how = Vuelva a iniciar sesión con su contraseña y un segundo factor: un código enviado por SMS a su teléfono móvil, la ECAS Mobile App (código PIN o código QR) o una llave de seguridad. Si todavía no tiene ninguno, configure uno antes en { $provider }.

## Signing out (templates/logout.html)

logout-title = Cerrar sesión
logout-question = ¿Desea cerrar la sesión de CPMS y de { $provider }?
logout-submit = Cerrar sesión
logout-stay = Mantener la sesión iniciada
signout-refused-title = Cierre de sesión rechazado
signout-refused = El formulario ha caducado. Inténtelo de nuevo.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Inicio de sesión caducado
signin-expired-elsewhere = Este inicio de sesión ha caducado o se inició en otro navegador. Vuelva a iniciar sesión.
signin-expired-used = Este inicio de sesión ha caducado o ya se ha completado. Vuelva a iniciar sesión.
signin-refused-title = Inicio de sesión rechazado
signin-refused-state = La respuesta de { $provider } no corresponde a este inicio de sesión. Vuelva a iniciar sesión.
signin-refused-issuer = La respuesta procede de un proveedor de identidad inesperado. Vuelva a iniciar sesión.
signin-refused-no-code = La respuesta de { $provider } no contiene ningún código de autorización. Vuelva a iniciar sesión.
signin-cancelled-title = Inicio de sesión cancelado
signin-cancelled = Ha cancelado el inicio de sesión, por lo que no ha iniciado sesión en CPMS. Vuelva a iniciar sesión cuando lo desee.
signin-incomplete-title = Inicio de sesión no completado
signin-second-factor = CPMS exige autenticación de doble factor (nivel medio). Configure un segundo factor (teléfono móvil, ECAS Mobile App o llave de seguridad) en { $provider } y vuelva a iniciar sesión.
signin-incomplete = { $provider } no ha podido completar el inicio de sesión. Vuelva a iniciar sesión.
signin-unverified-title = No se ha podido verificar el inicio de sesión
signin-unverified = CPMS no ha podido verificar la respuesta de { $provider }. Vuelva a iniciar sesión.

## Error pages (http/errors.rs)

error-not-found-title = Página no encontrada
error-not-found = No hay ninguna página en esta dirección. Si la ha escrito usted, compruébela; si no, vuelva a empezar desde la página de inicio de CPMS.
error-method-title = Esta dirección no admite este tipo de solicitud
error-method = La página existe, pero no para lo que ha enviado su navegador. Vaya a la página de inicio de CPMS y continúe desde allí.
error-server-title = Se ha producido un error
error-server = Vuelva a intentarlo más tarde.
