# The provider's texts in European Portuguese, translated from the English reference catalogue. Every other language has exactly
# these ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

# A link for keyboard users, shown when it has the focus: it jumps over the header.
skip-to-content = Saltar para o conteúdo principal
account-menu = Menu da conta
menu-my-account = A minha conta
menu-change-password = Alterar a palavra-passe
menu-logout = Terminar sessão
language-label = Língua
language-change = Mudar de língua
language-title = Escolha a sua língua

## Error pages (http/errors.rs)

link-home = Página inicial
error-invalid-request = Pedido inválido
error-csrf-title = Formulário inválido
error-csrf = O formulário expirou ou não foi enviado a partir deste sítio. Volte atrás e tente novamente.
error-not-found-title = Página não encontrada
error-not-found = Não existe nenhuma página neste endereço. O endereço pode ter sido mal escrito ou a página pode ter mudado de endereço.
error-method-title = Este endereço não aceita este tipo de pedido
error-method = Abra a página a partir de uma ligação ou da barra de endereço, ou volte ao formulário de onde veio e envie-o novamente.
error-server-title = Ocorreu um erro
error-server = Ocorreu um erro do nosso lado. Tente novamente dentro de momentos.
error-unavailable-title = Temporariamente indisponível
error-unavailable = O serviço não pode responder neste momento. Tente novamente dentro de momentos.

## Dates and lengths of time (i18n::when, i18n::duration)

# A moment: $day and $year are numbers, $month the name of the month as written in a date
# (month-1 … month-12), $time "08:34". Times are in UTC.
date-time = { $day } de { $month } de { $year }, { $time } UTC
date-unknown = data desconhecida
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
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
} e { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
error-no-client-id = O pedido não contém nenhum client_id: a aplicação que o encaminhou para aqui está mal configurada.
error-unknown-client = Aplicação desconhecida: o client_id deste pedido não está registado aqui.
error-redirect-unregistered = O redirect_uri deste pedido não está registado para esta aplicação, pelo que não é possível reencaminhá-lo para a mesma.
error-no-redirect-uri = O pedido não contém nenhum redirect_uri.
error-cross-origin-title = Pedido recusado
# $issuer is the address of the service, e.g. https://login.example.org
error-cross-origin = Este formulário não foi enviado a partir das páginas de { $brand }, pelo que não foi executado. Abra { $brand } em { $issuer } e tente novamente.
error-nul = O pedido contém um carácter NUL, que nenhum parâmetro pode conter.
error-too-large-title = Pedido demasiado grande
error-uri-too-long = O URI do pedido é demasiado longo.
error-body-too-large = O corpo do pedido é demasiado grande.
error-redirect-target = O destino do reencaminhamento não é válido.
# A web address on a line of its own (in an e-mail).
link-alone = { $link }

form-errors-title = Existe um problema
