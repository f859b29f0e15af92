# The provider's texts in Spanish, translated from the English reference catalogue. Every other language has exactly
# these ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Ir al contenido principal
account-menu = Menú de la cuenta
menu-my-account = Mi cuenta
menu-change-password = Cambiar la contraseña
menu-logout = Cerrar sesión
language-label = Idioma
language-change = Cambiar de idioma
language-title = Elija su idioma

## Error pages (http/errors.rs)

link-home = Página de inicio
error-invalid-request = Solicitud no válida
error-csrf-title = Formulario no válido
error-csrf = El formulario ha caducado o no se ha enviado desde este sitio. Vuelva atrás e inténtelo de nuevo.
error-not-found-title = Página no encontrada
error-not-found = No hay ninguna página en esta dirección. Es posible que la dirección se haya escrito mal o que la página se haya trasladado.
error-method-title = Esta dirección no admite este tipo de solicitud
error-method = Abra la página desde un enlace o desde la barra de direcciones, o vuelva al formulario del que procede y envíelo de nuevo.
error-server-title = Se ha producido un error
error-server = Se ha producido un error por nuestra parte. Vuelva a intentarlo dentro de unos instantes.
error-unavailable-title = No disponible temporalmente
error-unavailable = El servicio no puede responder en este momento. Vuelva a intentarlo dentro de unos instantes.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
date-time = { $day } de { $month } de { $year }, { $time } UTC
date-unknown = fecha desconocida
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
duration-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
duration-hours-minutes = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} y { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
error-no-client-id = La solicitud no contiene ningún client_id: la aplicación que le ha remitido aquí no está bien configurada.
error-unknown-client = Aplicación desconocida: el client_id de esta solicitud no está registrado aquí.
error-redirect-unregistered = La redirect_uri de esta solicitud no está registrada para esta aplicación, por lo que no se le puede redirigir a ella.
error-no-redirect-uri = La solicitud no contiene ninguna redirect_uri.
error-cross-origin-title = Solicitud rechazada
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Este formulario no se ha enviado desde las páginas de { $brand }, por lo que no se ha tramitado. Abra { $brand } en { $issuer } e inténtelo de nuevo.
error-nul = La solicitud contiene un carácter NUL, que no puede figurar en ningún parámetro.
error-too-large-title = Solicitud demasiado grande
error-uri-too-long = La URI de la solicitud es demasiado larga.
error-body-too-large = El cuerpo de la solicitud es demasiado grande.
error-redirect-target = El destino de la redirección no es válido.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Hay un problema
