# CPMS, the demo relying party: its texts in European Portuguese, translated from the English reference catalogue. Every other
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

site-name = Sistema de gestão clínica de doentes
skip-to-content = Saltar para o conteúdo principal
sign-out = Terminar sessão
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Língua
language-title = Escolha a sua língua
tab-home = Início
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = Páginas da ERN
nav-preferences = Preferências
nav-panels = Painéis
footer-networks = ERN eUROGEN · Redes Europeias de Referência · Parte utilizadora de demonstração
footer-ecl = Criado com a Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licença (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Iniciar sessão novamente
link-home = Ir para a página inicial do CPMS

## The landing page (templates/index.html)

index-title = Boas-vindas
index-heading = Boas-vindas ao CPMS
index-lead = O sistema de gestão clínica de doentes das Redes Europeias de Referência.
index-requirement = O início de sessão exige { $provider } com autenticação de dois fatores (palavra-passe e o seu telemóvel, a ECAS Mobile App ou uma chave de segurança).
index-sign-in = Iniciar sessão com { $provider }

## Home (templates/home.html)

home-title = Início
# $name is the signed-in person's name.
home-welcome = Boas-vindas, { $name }
home-role = Função profissional
home-area = Área temática
home-access = Os seus acessos
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Centro
home-col-country = País
home-col-profile = Perfil
# In a cell of that table when the grant does not say.
home-not-stated = não indicado
home-ern-hint = As suas preferências e painéis encontram-se no separador ERN.
home-ern-link = Abrir o separador ERN

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = A sua função profissional
ern-area = A sua área temática
ern-change = Pode alterá-las nas suas preferências.
ern-preferences-link = Alterar as suas preferências
ern-panels-link = Abrir os painéis

## Preferences (templates/preferences.html)

preferences-title = Preferências
preferences-first-heading = Boas-vindas ao CPMS: as suas preferências
preferences-first-intro = Este é o seu primeiro início de sessão. Indique-nos a sua função profissional (apresentada junto ao seu nome nos painéis) e a área temática da eUROGEN para a qual pediu acesso.
preferences-role-label = Função profissional
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Apresentada junto ao seu nome nos painéis, por exemplo «Urologista pediátrico» (no máximo { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}).
preferences-area-legend = Área temática
preferences-submit = Atualizar as preferências
preferences-expired = O formulário expirou. Envie-o novamente.
preferences-role-missing = Indique a sua função profissional.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = A função profissional pode ter no máximo { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}.
preferences-role-control = A função profissional não pode conter caracteres de controlo.
preferences-area-unknown = Escolha uma das áreas temáticas da lista.

## Panels (templates/panels.html)

panels-title = Painéis
panels-no-members = Ainda não há membros.

## Without access: how to request it (templates/access_request.html)

access-title = Pedir acesso
access-heading = Ainda não tem acesso ao CPMS
access-no-access = A sua conta { $provider } não tem nenhum acesso aprovado ao CPMS. Peça-o no sistema de autorização, da seguinte forma.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Abrir o sistema de autorização
# "Request access": the provider's button (access-request-button).
access-step-start = No sistema de autorização (onde não é exigida a autenticação de dois fatores), clique em «Pedir acesso».
access-step-1 = Passo 1: selecione a aplicação «CPMS» e avance para o passo 2.
# “Open”: the provider's button (access-open).
access-step-2 = Passo 2: clique em «Abrir» junto à sua ERN (por exemplo, eUROGEN), depois em «Abrir» junto ao país do seu centro, e selecione o seu centro. Não assinale apenas o botão redondo junto à ERN: isso seleciona a rede sem o seu centro e o pedido será recusado.
access-step-3 = Passo 3: selecione o perfil de acesso «HP» (profissional de saúde).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Passo 4: verifique o resumo (aplicação CPMS, o seu centro, perfil HP), acrescente um comentário, se necessário, e clique em «Enviar o pedido de acesso».
access-after-approval = Quando o serviço de assistência do CPMS tiver aprovado o seu pedido, receberá uma mensagem de correio eletrónico; em seguida, inicie sessão novamente.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Autenticação de dois fatores obrigatória
acr-required = O CPMS exige autenticação de dois fatores (nível médio).
acr-password-only = Iniciou sessão apenas com a sua palavra-passe.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = Iniciou sessão apenas com a sua palavra-passe (nível { $level }).
acr-how = Inicie sessão novamente com a sua palavra-passe e um segundo fator: um código enviado por SMS para o seu telemóvel, a ECAS Mobile App (código PIN ou código QR) ou uma chave de segurança. Se ainda não tiver nenhum, configure primeiro um em { $provider }.

## Signing out (templates/logout.html)

logout-title = Terminar sessão
logout-question = Terminar a sessão no CPMS e em { $provider }?
logout-submit = Terminar sessão
logout-stay = Manter a sessão iniciada
signout-refused-title = Fim de sessão recusado
signout-refused = O formulário expirou. Tente novamente.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Início de sessão expirado
signin-expired-elsewhere = Este início de sessão expirou ou foi iniciado noutro navegador. Inicie sessão novamente.
signin-expired-used = Este início de sessão expirou ou já foi concluído. Inicie sessão novamente.
signin-refused-title = Início de sessão recusado
signin-refused-state = A resposta de { $provider } não corresponde a este início de sessão. Inicie sessão novamente.
signin-refused-issuer = A resposta veio de um fornecedor de identidade inesperado. Inicie sessão novamente.
signin-refused-no-code = A resposta de { $provider } não contém nenhum código de autorização. Inicie sessão novamente.
signin-cancelled-title = Início de sessão cancelado
signin-cancelled = Cancelou o início de sessão, pelo que não tem sessão iniciada no CPMS. Inicie sessão novamente quando pretender.
signin-incomplete-title = Início de sessão não concluído
signin-second-factor = O CPMS exige autenticação de dois fatores (nível médio). Configure um segundo fator (telemóvel, ECAS Mobile App ou chave de segurança) em { $provider } e, em seguida, inicie sessão novamente.
signin-incomplete = { $provider } não conseguiu concluir o início de sessão. Inicie sessão novamente.
signin-unverified-title = Não foi possível verificar o início de sessão
signin-unverified = O CPMS não conseguiu verificar a resposta de { $provider }. Inicie sessão novamente.

## Error pages (http/errors.rs)

error-not-found-title = Página não encontrada
error-not-found = Não existe nenhuma página neste endereço. Se o escreveu, verifique-o; caso contrário, recomece a partir da página inicial do CPMS.
error-method-title = Este endereço não aceita este tipo de pedido
error-method = A página existe, mas não para o que o seu navegador enviou. Vá para a página inicial do CPMS e continue a partir daí.
error-server-title = Ocorreu um erro
error-server = Tente novamente mais tarde.
