# The provider's texts in European Portuguese (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Sistema de autorização
access-application = Aplicação
access-organisation = Organização
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Perfil de acesso
access-comments = Comentários
access-reason = Motivo
# Table heading: when the request was sent.
access-submitted = Data de envio
access-status = Estado

## Statuses of an access request

access-status-pending = Pendente
access-status-approved = Aprovado
access-status-denied = Recusado
access-status-revoked = Revogado
access-status-unknown = Desconhecido

## My access requests (templates/access_home.html)

access-request-button = Pedir acesso
access-helpdesk-queue = Fila do serviço de assistência
access-my-requests = Os meus pedidos de acesso
# The quoted words are the name of the button access-request-button.
access-none-yet = Ainda não tem pedidos de acesso. Clique em «{ access-request-button }» para pedir acesso a uma aplicação.
access-request-submitted = O seu pedido foi enviado. O serviço de assistência da aplicação irá analisá-lo; receberá uma mensagem de correio eletrónico com a decisão.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Pedir acesso: passo { $step }
access-request-heading = Novo pedido de acesso a uma aplicação
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Passo { $n }: { $label }
access-step-application = Selecionar a aplicação
access-step-organisation = Selecionar a organização
access-step-profile = Selecionar o perfil de acesso
access-step-recap = Resumo e envio
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = Passo { $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Abrir
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Clique em «{ access-open }» junto à sua ERN, depois em «{ access-open }» junto ao país do seu centro e assinale o botão redondo junto ao seu centro. Não basta selecionar apenas uma ERN ou um país: um pedido sem centro seria recusado.
# Caption of the table that sums the request up before it is sent.
access-summary = Resumo
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Perfil de acesso
access-submit = Enviar o pedido de acesso

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Serviço de assistência
access-helpdesk-heading = Serviço de assistência: pedidos de acesso
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Aplicações: { $applications }
access-pending-heading = Pedidos pendentes
access-requester = Requerente
access-decision = Decisão
access-deny-reason-label = Motivo (obrigatório para recusar)
access-approve = Aprovar
access-deny = Recusar
access-no-pending = Não há pedidos pendentes.
access-granted-heading = Acessos concedidos
access-user = Utilizador
# Table heading: when the access was approved.
access-approved-on = Data de aprovação
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Ação
access-revoke = Revogar
access-none-granted = Ainda não foi concedido nenhum acesso.
access-done-approved = O pedido foi aprovado; o requerente foi informado por correio eletrónico.
access-done-denied = O pedido foi recusado; o requerente foi informado por correio eletrónico.
access-done-revoked = O acesso foi revogado; o requerente foi informado por correio eletrónico.

## Refusals: error pages and messages beside the form

access-forbidden-title = Acesso negado
access-conflict-title = Operação impossível
access-unknown-step = Passo desconhecido do formulário de pedido.
access-choose-decision = Escolha «{ access-approve }» ou «{ access-deny }».
access-select-application = Selecione uma aplicação no campo «{ access-application }».
access-unknown-application = Aplicação desconhecida.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Aplicação desconhecida: «{ $application }».
access-select-profile = Selecione o seu perfil de acesso.
access-unknown-profile = Este perfil de acesso não existe para a aplicação selecionada.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = Já tem um pedido pendente para { $application } como { $profile } em { $centre }.
access-already-approved = Já tem um pedido aprovado para { $application } como { $profile } em { $centre }.
access-select-centre = Selecione o seu centro: clique em «{ access-open }» junto à sua ERN e, depois, junto ao país do seu centro, e assinale o botão redondo junto ao seu centro.
access-unknown-organisation = A organização selecionada não existe. Selecione o seu centro na lista.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = Selecionou apenas { $ern }. Clique em «{ access-open }» junto a { $ern } e, depois, junto ao país do seu centro, e selecione o seu centro: um pedido sem centro seria recusado.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = Selecionou apenas { $country } em { $ern }. Clique em «{ access-open }» junto a { $country } e selecione o seu centro: um pedido sem centro seria recusado.
# $max: the most characters allowed (2000).
access-comment-too-long = O comentário é demasiado longo: no máximo { $max } caracteres.
access-reason-too-long = O motivo é demasiado longo: no máximo { $max } caracteres.
access-comment-not-allowed = O comentário contém caracteres não permitidos.
access-reason-not-allowed = O motivo contém caracteres não permitidos.
access-helpdesk-only = Esta página destina-se ao serviço de assistência de uma aplicação.
access-not-helpdesk-of = Não pertence ao serviço de assistência desta aplicação.
access-not-own-request = Não pode decidir sobre o seu próprio pedido de acesso: tem de ser outro membro do serviço de assistência a fazê-lo.
access-unknown-request = Pedido de acesso desconhecido.
access-reason-required = Indique o motivo da recusa: o requerente recebe-o por correio eletrónico.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = Já foi tomada uma decisão sobre este pedido (estado: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Só é possível revogar um acesso aprovado; este pedido ainda está pendente.
    [denied] Só é possível revogar um acesso aprovado; este pedido foi recusado.
    [revoked] Só é possível revogar um acesso aprovado; este acesso já foi revogado.
   *[other] Só é possível revogar um acesso aprovado.
}
