# The provider's texts in European Portuguese (mail); see main.ftl.
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
mail-greeting = Caro(a) { $first_name } { $last_name },
# The last line of every e-mail.
mail-signature = Mensagem enviada por { $brand }

## Registration: the link to create the password (account/registration.rs)

mail-registered-subject = O seu registo em { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-registered-body =
    O seu registo em { $brand } foi efetuado.
    O seu endereço de correio eletrónico é { $email }
    {""}
    Para criar a sua palavra-passe, siga esta ligação:
    {""}
    { $link }
    {""}
    Dispõe de um máximo de { $duration }, a contar do envio desta mensagem, para criar a sua palavra-passe, mas recomendamos que o faça de imediato, se possível. Após esse prazo, pode fazer um novo pedido através da mesma ligação: terá então de introduzir novamente o seu endereço de correio eletrónico e confirmar o pedido.
    {""}
    Se a ligação acima não funcionar, copie o endereço completo e cole-o na barra de endereço do seu navegador.
    {""}
    Em caso de problema, não responda a esta mensagem: consulte as informações de ajuda ou de contacto do sítio onde estava a tentar registar-se.

## Lost password: the link to choose a new one (account/registration.rs)

mail-reset-subject = A sua palavra-passe { $brand }
# $duration: how long the link works, in words ("1 hour", "30 minutes").
mail-reset-body =
    Foi pedida uma nova palavra-passe para a sua conta { $brand } { $email }.
    Para escolher uma nova palavra-passe, siga esta ligação:
    {""}
    { $link }
    {""}
    A ligação é válida durante { $duration } e só pode ser utilizada uma vez. Se não fez este pedido, ignore esta mensagem: a sua palavra-passe não foi alterada.

## A registration with an address that already has an account: its owner is told

mail-existing-subject = Tentativa de registo com o seu endereço de correio eletrónico
mail-existing-body =
    Alguém tentou registar-se em { $brand } com o seu endereço de correio eletrónico { $email }, que já tem uma conta.
    Se a tentativa foi sua e não se lembra da palavra-passe, pode escolher uma nova aqui:
    {""}
    { $link }
    {""}
    Se a tentativa não foi sua, ignore esta mensagem: nada foi alterado.

## Too many wrong passwords: signing in with a password is blocked for a while

mail-lockout-subject = { $brand }: demasiadas tentativas falhadas de início de sessão
# $until: the date and time the block ends ("6 December 2026, 08:34 UTC").
mail-lockout-body =
    Houve demasiadas tentativas falhadas de início de sessão com palavra-passe na sua conta { $brand } { $email }. Para proteger a sua conta, o início de sessão com palavra-passe está bloqueado até { $until }.
    {""}
    Se as tentativas foram suas e não se lembra da palavra-passe, escolha uma nova aqui; isso também põe termo ao bloqueio:
    {""}
    { $link }
    {""}
    Se não foram suas, alguém pode estar a tentar adivinhar a sua palavra-passe: escolha uma palavra-passe nova e longa através da mesma ligação e verifique a atividade da sua conta em «{ menu-my-account }».

## Something changed on the account: the notice, and one sentence for each kind of change

mail-changed-subject = { $brand }: a sua conta foi alterada
# Below the sentence that says what changed.
mail-changed-advice = Se não efetuou esta alteração, inicie sessão em { $brand }, remova o que não reconhecer em «{ menu-my-account }», altere a sua palavra-passe e contacte o serviço de assistência.
mail-change-password = A palavra-passe da sua conta { $brand } foi alterada.
# $number: a phone number ("+32470123456").
mail-change-phone-added = O número de telemóvel { $number } foi adicionado à sua conta { $brand }.
mail-change-phone-removed = O número de telemóvel { $number } foi removido da sua conta { $brand }.
# $name: the name the user gave the device, key or app ("My phone").
mail-change-device-added = O dispositivo móvel «{ $name }» foi adicionado à sua conta { $brand }.
mail-change-device-removed = O dispositivo móvel «{ $name }» foi removido da sua conta { $brand }.
mail-change-device-locked = O seu dispositivo móvel «{ $name }» foi bloqueado após demasiados códigos PIN errados. Para o voltar a utilizar, elimine-o e adicione-o novamente em «{ menu-my-account }».
mail-change-security-key-added = A chave de segurança «{ $name }» foi adicionada à sua conta { $brand }.
mail-change-security-key-removed = A chave de segurança «{ $name }» foi removida da sua conta { $brand }.
mail-change-authenticator-app-added = A aplicação de autenticação «{ $name }» foi adicionada à sua conta { $brand }.
mail-change-authenticator-app-removed = A aplicação de autenticação «{ $name }» foi removida da sua conta { $brand }.
# $count: how many were deleted, all kinds together.
mail-change-all-devices-deleted = { $count ->
    [one] Todos os dispositivos da sua conta { $brand } foram eliminados (1 dispositivo móvel, chave de segurança ou aplicação de autenticação).
   *[other] Todos os dispositivos da sua conta { $brand } foram eliminados ({ $count } dispositivos móveis, chaves de segurança e aplicações de autenticação).
}

## The account was deleted (sent after the deletion)

mail-deleted-subject = { $brand }: a sua conta foi eliminada
mail-deleted-body = A sua conta { $brand } foi eliminada a seu pedido.

## Recovery: removing every verification method when none can be used any more

mail-recovery-link-subject = { $brand }: confirme a remoção dos seus métodos de verificação
# $duration: how long the link works; $wait: how long after the confirmation the methods are
# removed; both in words ("30 minutes", "72 hours").
mail-recovery-link-body =
    Alguém iniciou sessão na sua conta { $brand } { $email } com a sua palavra-passe e pediu a remoção de todos os métodos de verificação da conta (dispositivos móveis, chaves de segurança, aplicações de autenticação e números de telemóvel), por já não ser possível utilizar nenhum deles.
    {""}
    Se o pedido foi seu, confirme-o através desta ligação (válida durante { $duration }):
    {""}
    { $link }
    {""}
    Os métodos serão removidos { $wait } após a sua confirmação; até lá, pode cancelar a remoção, e receberá uma notificação por correio eletrónico.
    {""}
    Se o pedido não foi seu, não siga a ligação e altere a sua palavra-passe: alguém a conhece.
mail-recovery-started-subject = { $brand }: os seus métodos de verificação vão ser removidos
# $when: the date and time of the removal ("6 December 2026, 08:34 UTC"). The last sentence
# names a page of My Account: use its title in your language.
mail-recovery-started-body =
    Todos os métodos de verificação da sua conta { $brand } { $email } (dispositivos móveis, chaves de segurança, aplicações de autenticação e números de telemóvel) serão removidos em { $when }, conforme pedido e confirmado a partir desta caixa de correio.
    {""}
    Se não fez este pedido, cancele-o agora através desta ligação e, em seguida, altere a sua palavra-passe:
    {""}
    { $link }
    {""}
    Também pode cancelá-lo em «{ menu-my-account } > Eliminar todos os meus dispositivos».
mail-recovery-cancelled-subject = { $brand }: a remoção dos seus métodos de verificação foi cancelada
mail-recovery-cancelled-body = A remoção dos métodos de verificação da sua conta { $brand } foi cancelada. Nada foi removido.
mail-recovery-done-subject = { $brand }: os seus métodos de verificação foram removidos
# $count: how many methods were removed.
mail-recovery-done-body = { $count ->
    [one] Conforme pedido, todos os métodos de verificação da sua conta { $brand } foram removidos (1 no total). Adicione o seu novo dispositivo móvel, chave de segurança ou número de telemóvel em «{ menu-my-account }».
   *[other] Conforme pedido, todos os métodos de verificação da sua conta { $brand } foram removidos ({ $count } no total). Adicione o seu novo dispositivo móvel, chave de segurança ou número de telemóvel em «{ menu-my-account }».
}

## An access request decided or revoked by the application's helpdesk (access/helpdesk.rs)

# $app: the name of the application ("CPMS").
mail-access-approved-subject = O seu acesso a { $app } foi aprovado
mail-access-denied-subject = O seu pedido de acesso a { $app } foi recusado
mail-access-revoked-subject = O seu acesso a { $app } foi revogado
# $profile: the code of the access profile ("HP"); $centre: the organisation the access is
# for (a hospital or a healthcare provider, with its town and country).
mail-access-approved = O seu pedido de acesso a { $app } (perfil de acesso { $profile }, organização { $centre }) foi aprovado pelo serviço de assistência de { $app }.
mail-access-denied = O seu pedido de acesso a { $app } (perfil de acesso { $profile }, organização { $centre }) foi recusado pelo serviço de assistência de { $app }.
mail-access-revoked = O acesso concedido na sequência do seu pedido de acesso a { $app } (perfil de acesso { $profile }, organização { $centre }) foi revogado pelo serviço de assistência de { $app }.
# $comment and $reason: the helpdesk's own words.
mail-access-comment = Comentário do serviço de assistência: { $comment }
mail-access-reason = Motivo: { $reason }
mail-access-sign-in = Já pode iniciar sessão em { $app } com a sua conta { $brand }.
# Followed by a line with the application's address.
mail-access-sign-in-at = Já pode iniciar sessão em { $app } com a sua conta { $brand }:
mail-access-again = Pode apresentar um novo pedido em { $link }
# $link: the page that lists the user's access requests.
mail-access-requests = Os seus pedidos: { $link }

## SMS

# The SMS with a sign-in or confirmation code. It must fit in two SMS segments (a test checks
# it), so keep it as short as this. Most accented letters outside the GSM alphabet (for
# example ą, č, ő, ț, and the Greek and Cyrillic alphabets) halve the room: then the whole SMS
# holds 134 characters, of which the service's name and the code take up to 45. $code looks
# like "ABCD-EFGH": keep a space or a full stop on each side of it. $minutes is a number.
sms-code = Código { $brand }: { $code }. Válido { $minutes } min. Não o partilhe com ninguém.

## Messages of the mobile app's API, shown by the app to its user (http/app_api.rs)

app-unknown-token = Este código QR não é reconhecido. Leia o código QR apresentado quando adiciona um dispositivo móvel em «{ menu-my-account }».
app-token-not-valid = Este código QR já foi utilizado, expirou ou foi anulado devido a códigos PIN errados. Adicione novamente o dispositivo em «{ menu-my-account }».
# $remaining: how many more tries are allowed (a number).
app-enrol-wrong-pin = { $remaining ->
    [one] O código PIN não é o que escolheu em «{ menu-my-account }». Resta 1 tentativa.
   *[other] O código PIN não é o que escolheu em «{ menu-my-account }». Restam { $remaining } tentativas.
}
app-unknown-device = Este dispositivo não está (ou já não está) registado.
app-bad-signature = Não foi possível verificar a assinatura do dispositivo.
# $seconds: a number.
app-stale = A assinatura do dispositivo tem mais de { $seconds } segundos (ou o relógio do dispositivo está errado).
app-replayed = Esta assinatura do dispositivo já foi utilizada.
app-device-locked = Este dispositivo está bloqueado após demasiados códigos PIN errados. Elimine-o e adicione-o novamente em «{ menu-my-account }».
app-not-pending = Este pedido expirou ou já obteve resposta.
# $remaining: how many more tries are allowed (a number).
app-wrong-pin = { $remaining ->
    [one] Código PIN errado. Resta 1 tentativa antes de o dispositivo ser bloqueado.
   *[other] Código PIN errado. Restam { $remaining } tentativas antes de o dispositivo ser bloqueado.
}
app-wrong-number = Este não é o número apresentado na página web. O pedido foi cancelado.
app-browser-on = { $browser } em { $system }
app-browser = { $browser }
app-push-title = Pedido de início de sessão de { $client }

## The development outbox page (templates/outbox.html, dev mode only)

outbox-title = Caixa de saída (desenvolvimento)
outbox-hint = Apenas em modo de desenvolvimento: todas as mensagens de correio eletrónico e SMS enviadas pelo fornecedor, das mais recentes para as mais antigas.
outbox-empty = A caixa de saída está vazia.
outbox-email = Correio eletrónico
outbox-sms = SMS
# $channel: outbox-email or outbox-sms; $to: an e-mail address or a phone number; $when: the
# date and time it was sent.
outbox-sent = { $channel } para { $to } em { $when }
