# The provider's texts in European Portuguese (login); see main.ftl.
# The sign-in pages (identifier, password, second factor), sign-out, the page that returns
# to an application, and the password rules.
# { $brand } is the name of the service (for example "EU Login"); { $client } is the name
# of the application the user signs in to. Both are names: never translate them.

## Shared by the sign-in pages

# The browser tab's title of the first sign-in pages ("Sign in - EU Login").
login-title = Iniciar sessão
login-heading = Inicie sessão para continuar
# Above each sign-in step once the e-mail address is known; $email is the address.
login-welcome = Boas-vindas, { $email }
# A link beside login-welcome that goes back to the e-mail address field.
login-not-you = (não é a sua conta?)
login-submit = Iniciar sessão
login-cancel = Cancelar e regressar à aplicação
login-choose-another = Escolher outro método de verificação
# The level of assurance an application requires, as shown in login-client-requires-factor
# and login-method-below-level.
login-level-basic = básico
login-level-medium = médio
login-level-high = elevado

## The names of the verification methods (the list on the password page, page titles)

login-method-password = Palavra-passe
login-method-sms = Telemóvel + SMS
login-method-app-pin = Código PIN da aplicação móvel
login-method-app-qr = Código QR da aplicação móvel
login-method-webauthn = Chave de segurança ou plataforma
login-method-totp = Aplicação de autenticação (TOTP)

## Re-authentication before a change in My Account (above the sign-in form)

login-reauth-delete-devices = Para eliminar todos os seus dispositivos, confirme a sua identidade iniciando sessão novamente.
login-reauth-devices = Para adicionar ou remover um dispositivo móvel, confirme a sua identidade iniciando sessão novamente.
login-reauth-phones = Para adicionar ou remover um número de telemóvel, confirme a sua identidade iniciando sessão novamente.
login-reauth-security-keys = Para adicionar ou remover uma chave de segurança, confirme a sua identidade iniciando sessão novamente.
login-reauth-authenticator-apps = Para adicionar ou remover uma aplicação de autenticação, confirme a sua identidade iniciando sessão novamente.
login-reauth-delete-account = Para eliminar a sua conta, confirme a sua identidade iniciando sessão novamente.
login-reauth-sessions = Para terminar uma sessão, confirme a sua identidade iniciando sessão novamente.
# Follows one of the login-reauth-* sentences.
login-reauth-why = Qualquer alteração à forma como inicia sessão exige sempre um início de sessão recente.

## The identifier page (login_identifier.html)

login-client-uses = { $client } utiliza { $brand } para proceder à sua identificação.
login-email-label = Utilize o seu endereço de correio eletrónico
login-email-required = Introduza o endereço de correio eletrónico da sua conta { $brand }.
login-remember = Lembrar-me neste dispositivo
login-next = Seguinte
login-create-account = Criar uma conta

## The password page (login_password.html)

# $level is one of login-level-*.
login-client-requires-factor = { $client } exige um início de sessão com um segundo método de verificação (nível «{ $level }»).
login-password-label = Palavra-passe
login-method-label = Escolha o seu método de verificação
login-method-hint = Os números de telemóvel, os dispositivos móveis e as chaves de segurança são adicionados em «A minha conta» (menu da roda dentada) depois de iniciar sessão com a sua palavra-passe.
login-lost-password = Esqueceu-se da palavra-passe?
login-method-invalid = Escolha um dos métodos de verificação da lista.
login-invalid-credentials = Endereço de correio eletrónico ou palavra-passe inválidos
# $until is a date and time ("6 December 2026, 08:34 UTC"), $wait a length of time
# ("1 hour 5 minutes"). "Lost your password?" is the link login-lost-password.
login-locked = Houve demasiadas tentativas falhadas de início de sessão com este endereço de correio eletrónico. Para proteger a conta, o início de sessão com palavra-passe está bloqueado até { $until } (dentro de { $wait }). Se se esqueceu da palavra-passe, escolha uma nova através de «Esqueceu-se da palavra-passe?».
# $wait is a length of time ("5 minutes").
login-throttled = Houve demasiadas tentativas falhadas de início de sessão a partir da sua rede. Tente novamente dentro de { $wait }.

## Choosing the second verification method (login_second_factor.html)

login-second-factor-title = Método de verificação
login-password-accepted = A sua palavra-passe foi aceite.
# $method is one of login-method-*.
login-method-not-added = Ainda não adicionou este método de verificação ({ $method }) à sua conta.
# $method is one of login-method-*, $level one of login-level-*.
login-method-below-level = O método { $method } não atinge o nível exigido por esta aplicação ({ $level }).
login-no-usable-method = A sua conta ainda não tem nenhum método de verificação aceite por esta aplicação.
login-not-added-yet = Ainda não adicionados à sua conta:
# One line per method the user has not added; followed by the link login-method-missing-link.
login-method-missing = { $method }: inicie sessão com a sua palavra-passe e, em seguida, adicione-o em «A minha conta» (menu da roda dentada).
# A link to the page of My Account where the method is added.
login-method-missing-link = { $method } em «A minha conta»
# $method is one of login-method-*.
login-method-not-accepted = Esta aplicação não aceita o método { $method }.

## Mobile + SMS (login_sms.html)

login-sms-send-to = Enviar um código de verificação por SMS para o número
login-sms-send = Enviar o código
login-sms-sent = Foi enviado um código de verificação por SMS para o seu telemóvel. Pode demorar até 8 minutos a chegar.
# $wait is a length of time ("1 minute").
login-sms-next-code = Se não receber nenhum código, pode pedir um novo dentro de { $wait }.
login-sms-resend = Enviar um novo código
login-sms-off = Este serviço não disponibiliza o método Telemóvel + SMS.
login-sms-limited-title = Aguarde antes de pedir um novo código
# $wait is a length of time ("1 minute").
login-sms-limited = Foi enviada uma SMS há pouco tempo, ou foram enviadas demasiadas. Pode pedir um novo código dentro de { $wait }.
login-sms-not-delivered = Não foi possível entregar neste número a SMS com o seu código. Envie um novo código ou escolha outro método de verificação.
login-sms-choose-phone = Escolha um dos seus números de telemóvel registados.
login-sms-wrong = O código de verificação não está correto. { $remaining ->
    [one] Resta { $remaining } tentativa.
   *[other] Restam { $remaining } tentativas.
}
login-sms-dead = Este código de verificação já não é válido (expirou, foi substituído ou houve demasiadas tentativas erradas). Envie um novo código.

## Authenticator app (login_totp.html)

# The browser tab's title of the authenticator app page.
login-totp-title = Aplicação de autenticação
login-totp-intro = Abra a aplicação de autenticação no seu telemóvel e introduza o código de 6 dígitos que esta apresenta para { $brand }.
login-totp-code-label = Introduza o código de 6 dígitos
login-totp-wrong = O código não está correto. Introduza o código de 6 dígitos que a sua aplicação de autenticação apresenta neste momento. { $remaining ->
    [one] Resta { $remaining } tentativa.
   *[other] Restam { $remaining } tentativas.
}
login-totp-reused = Este código já foi utilizado. Aguarde até que a sua aplicação de autenticação apresente um novo código e introduza-o. { $remaining ->
    [one] Resta { $remaining } tentativa.
   *[other] Restam { $remaining } tentativas.
}
login-totp-stopped = Foram introduzidos demasiados códigos errados. Por motivos de segurança, este início de sessão foi interrompido: recomece a partir da aplicação.
login-totp-paused-title = Demasiados códigos errados
# $wait is a length of time ("50 minutes").
login-totp-paused = Foram introduzidos demasiados códigos errados de uma aplicação de autenticação para a sua conta. Pode voltar a utilizá-la dentro de { $wait }; entretanto, escolha outro método de verificação.

## Security key or platform (login_webauthn.html)

login-webauthn-intro = Quando o seu navegador o pedir, insira e toque na sua chave de segurança, ou desbloqueie o seu computador ou telemóvel.
login-webauthn-start = Utilizar a minha chave de segurança
login-webauthn-off = Não é possível utilizar chaves de segurança com este serviço.

## Mobile app PIN code (login_app_pin.html)

login-app-pin-intro = Foi enviado para os seus dispositivos móveis um pedido de início de sessão em { $client }. Abra a aplicação móvel { $brand }, escolha este número e introduza o seu código PIN:
login-app-pin-waiting = A aguardar a sua aprovação no dispositivo móvel...
# A button shown only when the browser runs no script.
login-app-pin-continue = Já aprovei: continuar
login-app-pin-resend = Enviar um novo pedido
login-app-pin-approved = Aprovado no seu dispositivo móvel. A iniciar sessão...
login-app-pin-denied = O pedido foi recusado no seu dispositivo móvel.
login-app-pin-wrong-number = O número escolhido no seu dispositivo móvel não era o apresentado aqui. O pedido foi cancelado.
login-app-pin-expired = O pedido expirou. Envie um novo pedido para o seu dispositivo móvel.
login-app-pin-limited-title = Demasiados pedidos
# $wait is a length of time ("1 minute").
login-app-pin-limited = Foram enviados demasiados pedidos de início de sessão para os seus dispositivos móveis. Tente novamente dentro de { $wait } ou escolha outro método de verificação.

## Mobile app QR code (login_app_qr.html)

login-app-qr-intro = Leia este código QR com a aplicação móvel { $brand } e introduza o seu código PIN na aplicação. Funciona mesmo sem rede no seu telemóvel.
# The text alternative of the QR code image.
login-app-qr-alt = Código QR a ler com a aplicação móvel { $brand }
login-app-qr-paste = Não consegue ler o código? Cole este texto na aplicação:
login-app-qr-code-label = Código gerado pela sua aplicação
login-app-qr-wrong = O código não está correto. { $remaining ->
    [one] Resta { $remaining } tentativa.
   *[other] Restam { $remaining } tentativas.
}
login-app-qr-dead = Este código QR já não é válido (expirou ou foram introduzidos demasiados códigos errados). É apresentado um novo código QR: leia-o com a sua aplicação.
login-app-qr-locked-title = Dispositivo móvel bloqueado
login-app-qr-locked = O seu dispositivo móvel foi bloqueado após demasiados códigos ou códigos PIN errados. Elimine-o e adicione-o novamente em «A minha conta», ou escolha outro método de verificação.

## Refusals of any sign-in step

login-expired-title = Esta página de início de sessão expirou
login-expired = As páginas de início de sessão são válidas durante um período limitado e uma única vez. Se estava a iniciar sessão numa aplicação, volte a essa aplicação e inicie sessão novamente; caso contrário, comece a partir da página inicial.
login-form-incomplete = O formulário não foi totalmente preenchido. Volte atrás e tente novamente.
login-request-invalid = O pedido enviado pela aplicação não é válido, pelo que não pode ser executado. Volte à aplicação e tente novamente.
login-already-completed = Este início de sessão já foi concluído.
login-redirect-invalid = O URI de redirecionamento registado não é válido.

## A stronger verification method is required (an application needs a higher level)

login-step-up-title = É necessário um método de verificação mais forte
# $level is one of login-level-*.
login-step-up-needed = { $client } exige um início de sessão de nível «{ $level }» (palavra-passe e um segundo método de verificação, como um telemóvel ou uma chave de segurança). A sua conta ainda não tem nenhum método deste tipo.
login-step-up-hint = Adicione um número de telemóvel, um dispositivo móvel ou uma chave de segurança em «A minha conta» e depois volte aqui.
login-step-up-account = Ir para «A minha conta» para adicionar um método de verificação
login-return-to-app = Regressar à aplicação

## Returning to the application (form_post.html, when the browser runs no script)

login-form-post-title = Regresso à aplicação
login-form-post-noscript = O JavaScript está desativado: prima o botão para continuar.
login-continue = Continuar

## Signing out (logout.html)

login-logout-title = Terminar sessão
# $email is the address of the signed-in account.
login-logout-question-as = Pretende terminar a sessão de { $brand } iniciada como { $email }?
login-logout-question = Pretende terminar a sessão de { $brand }?
login-logout-apps = A sua sessão será também terminada nas aplicações que utilizou durante esta sessão.
login-logout-submit = Terminar sessão
login-signed-out-title = Sessão terminada
login-signed-out = A sua sessão de { $brand } foi terminada.
login-sign-in-again = Iniciar sessão novamente
# id_token_hint, client_id and post_logout_redirect_uri are names of protocol parameters:
# keep them as they are.
login-logout-bad-hint = O id_token_hint não é um token de ID emitido por este fornecedor.
login-logout-client-mismatch = O client_id não corresponde ao id_token_hint.
login-logout-uri-unregistered = O post_logout_redirect_uri não está registado para esta aplicação.
login-logout-uri-invalid = O post_logout_redirect_uri não é válido.

## The password rules (set-password, registration and My Account pages)

# $min and $max are numbers of characters.
login-policy-rule-length = Pelo menos { $min } caracteres (até { $max }); algumas palavras sem relação entre si formam uma boa palavra-passe
login-policy-rule-any = São permitidos espaços e quaisquer caracteres; não é obrigatório combinar diferentes tipos de caracteres
login-policy-rule-common = Não pode ser uma palavra-passe de uso comum ou divulgada numa fuga de dados, nem fácil de adivinhar (sem palavras repetidas, filas do teclado ou sequências)
login-policy-rule-personal = Não pode conter o seu nome nem o seu endereço de correio eletrónico
# $length and $min are numbers of characters.
login-policy-too-short = A palavra-passe é demasiado curta: { $length ->
    [one] { $length } carácter
   *[other] { $length } caracteres
}; são necessários pelo menos { $min }.
# $max is a number of characters.
login-policy-too-long = A palavra-passe é demasiado longa: no máximo { $max } caracteres.
login-policy-personal = A palavra-passe não pode conter o seu nome nem o seu endereço de correio eletrónico.
login-policy-common = Esta palavra-passe é demasiado comum: consta de listas de palavras-passe divulgadas em fugas de dados.
login-policy-guessable = Esta palavra-passe é demasiado fácil de adivinhar. Experimente algumas palavras sem relação entre si, como uma frase curta que mais ninguém escreveria.
# $reason is one of login-policy-why-*: why it is easy to guess.
login-policy-guessable-because = Esta palavra-passe é demasiado fácil de adivinhar: { $reason } Experimente algumas palavras sem relação entre si, como uma frase curta que mais ninguém escreveria.
login-policy-why-keyboard-rows = as filas seguidas de teclas são fáceis de adivinhar.
login-policy-why-keyboard-patterns = os padrões curtos de teclado são fáceis de adivinhar.
login-policy-why-repeats = as repetições como «aaa» são fáceis de adivinhar.
login-policy-why-repeated-words = as repetições como «abcabcabc» são apenas um pouco mais difíceis de adivinhar do que «abc».
login-policy-why-top-10 = é uma das 10 palavras-passe mais comuns.
login-policy-why-top-100 = é uma das 100 palavras-passe mais comuns.
login-policy-why-common = é uma palavra-passe muito comum.
login-policy-why-similar = é semelhante a uma palavra-passe de uso comum.
login-policy-why-sequences = as sequências como abc ou 6543 são fáceis de adivinhar.
login-policy-why-years = os anos recentes são fáceis de adivinhar.
login-policy-why-word = uma palavra isolada é fácil de adivinhar.
login-policy-why-dates = as datas são frequentemente fáceis de adivinhar.
login-policy-why-names = os nomes e apelidos isolados são fáceis de adivinhar.
login-policy-why-common-names = os nomes e apelidos comuns são fáceis de adivinhar.
