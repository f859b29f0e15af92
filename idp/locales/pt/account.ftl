# The provider's texts in European Portuguese (account); see main.ftl.
# { $brand } is the service's name as configured (for example "EU Login"); it is available
# in every message. Wherever { $wait } or { $when } appears, it is already a whole phrase in
# the reader's language: "1 hour 5 minutes", "6 December 2026, 08:34 UTC".

## Words several account pages share

account-first-name = Nome próprio
account-last-name = Apelido
account-email = Correio eletrónico
account-language = Língua
account-cancel = Cancelar
account-submit = Enviar
account-save = Guardar
account-delete = Eliminar
account-sign-in = Iniciar sessão
account-back = A minha conta
account-wait-title = Aguarde antes de pedir novamente
account-link-invalid-title = Esta ligação já não é válida
account-check-email-title = Consulte o seu correio eletrónico
# In the "Level" column of the sessions page (where the others say "basic", "medium" or
# "high", login-level-*): the session's verification level is no longer valid, it was
# proven too long ago.
account-level-expired = expirado
# In the "From" column of the sessions and activity pages, when the source address of a
# sign-in or an event is not known.
account-ip-unknown = desconhecida

## Home page (templates/home.html)

# $name is the user's name as they gave it ("Ada LOVELACE").
account-home-welcome = Boas-vindas, { $name }
account-home-signed-in = Tem sessão iniciada em { $brand } como { $email }.
# $level is one of login-level-basic, -medium, -high.
account-home-signed-in-level = Tem sessão iniciada em { $brand } como { $email } (nível de verificação: { $level }).
account-home-change-password-hint = (em «A minha conta», com a sua palavra-passe atual)
account-home-forgot-password = Esqueceu-se da palavra-passe?
account-home-sign-out = Terminar sessão
account-home-intro = Uma única conta para iniciar sessão em todas as aplicações ligadas a { $brand }.
account-home-register = Criar uma conta

## My Account (templates/account.html)

account-title = A minha conta
account-details-heading = Dados da minha conta
# After the account's e-mail address: the address is managed outside this service.
account-email-external = { $email } (externo)
account-level = Nível de verificação desta sessão
account-needs-second-factor = Algumas aplicações, como o CPMS, exigem um segundo método de verificação: adicione um número de telemóvel, um dispositivo móvel, uma chave de segurança ou uma aplicação de autenticação.
account-menu-change-password = Alterar a palavra-passe
account-menu-details = Alterar os meus dados pessoais
account-menu-delete = Eliminar a minha conta
account-menu-devices = Gerir os meus dispositivos móveis
account-menu-phones = Gerir os meus números de telemóvel
account-menu-security-keys = Gerir as minhas chaves de segurança
# After "Manage my security keys" when the account has at least one.
account-menu-security-keys-added = (adicionadas)
account-menu-authenticator-apps = Gerir as minhas aplicações de autenticação
account-menu-sessions = Ver as minhas sessões
account-menu-sessions-hint = Pode consultar as sessões abertas nas aplicações visitadas.
account-menu-delete-devices = Eliminar todos os meus dispositivos
account-menu-delete-devices-hint = Para um novo telemóvel: remove todos os dispositivos móveis, chaves de segurança e aplicações de autenticação.
account-menu-activity = Atividade
account-menu-activity-hint = Eventos de segurança recentes da sua conta.
account-notice-password = A sua palavra-passe foi alterada. As suas outras sessões foram terminadas.
account-notice-details = Os seus dados pessoais foram guardados.
account-notice-devices = Todos os seus dispositivos foram eliminados. Já pode adicionar o seu novo dispositivo.
account-notice-session = A sessão foi terminada.
account-notice-sent-again = A mensagem de correio eletrónico está novamente a caminho.
## E-mails the outbox gave up (templates/account.html)
account-undelivered-title = Algumas mensagens de correio eletrónico não lhe chegaram
# $email: the account's address.
account-undelivered = O servidor de correio de { $email } recusou estas mensagens, ou não foi possível entregá-las a tempo. Se a sua caixa de correio estava cheia ou o endereço mudou, corrija primeiro essa situação e, em seguida, volte a enviá-las.
# $subject: the e-mail's subject; $when: when it was given up.
account-undelivered-item = «{ $subject }», { $when }
account-undelivered-send-again = Enviar novamente
account-undelivered-gone = Esta mensagem não pode ser enviada novamente: já foi enviada ou não lhe pertence.

## Modify my personal data (templates/account_details.html, account/profile.rs)

account-details-title = Alterar os meus dados pessoais
account-first-name-missing = Introduza o seu nome próprio.
account-last-name-missing = Introduza o seu apelido.
account-first-name-too-long = O nome próprio não pode ter mais de 100 caracteres comuns.
account-last-name-too-long = O apelido não pode ter mais de 100 caracteres comuns.
account-language-invalid = Escolha uma língua da lista.

## Change password (templates/account_password.html)

account-password-title = Alterar a palavra-passe
account-password-wait = Por motivos de segurança, tem de aguardar antes de poder alterar novamente a sua palavra-passe (tempo restante: { $wait }). Em caso de urgência, contacte o serviço de assistência.
account-password-rules = A sua nova palavra-passe tem de cumprir as seguintes regras:
account-password-current = Palavra-passe atual
account-password-new = Nova palavra-passe
account-password-confirm = Confirme a nova palavra-passe
account-password-too-long = A palavra-passe é demasiado longa.
account-password-wrong-current = A sua palavra-passe atual não está correta.
account-password-too-soon = Por motivos de segurança, tem de aguardar antes de alterar novamente a sua palavra-passe (tempo restante: { $wait }). Em caso de urgência, contacte o serviço de assistência.
account-password-mismatch = As duas novas palavras-passe não coincidem.

## Delete my account (templates/account_delete.html)

account-delete-title = Eliminar a minha conta
account-delete-warning = A sua conta { $brand }, bem como os respetivos números de telemóvel, dispositivos e chaves de segurança, serão eliminados, e todas as aplicações em que tem sessão iniciada serão informadas. Esta ação é irreversível.
account-delete-confirm = Pretendo eliminar a minha conta { $brand }
account-delete-unconfirmed = Assinale a caixa para confirmar que pretende eliminar a sua conta.
account-deleted-title = A sua conta foi eliminada
account-deleted = A sua conta { $brand } e tudo o que lhe estava associado foram eliminados.

## Delete all my devices (templates/account_delete_devices.html)

account-delete-devices-title = Eliminar todos os meus dispositivos
account-delete-devices-pending = Todos os métodos de verificação da sua conta serão removidos em { $when }, conforme pediu por correio eletrónico.
account-delete-devices-none = A sua conta não tem nenhum dispositivo móvel, chave de segurança ou aplicação de autenticação. Adicione um em «A minha conta».
account-delete-devices-now = Utilize esta opção quando tiver um novo telemóvel: todos os dispositivos móveis, chaves de segurança e aplicações de autenticação da sua conta são removidos. Em seguida, adicione o seu novo dispositivo em «Gerir os meus dispositivos móveis». Os seus números de telemóvel são mantidos.
account-delete-devices-why = Para proteger a sua conta, a palavra-passe, por si só, não permite remover os seus métodos de verificação: caso contrário, quem a descobrisse poderia adicionar os seus próprios métodos.
account-delete-devices-can-use = Ainda consigo utilizar um deles
account-delete-devices-can-use-text = Inicie sessão novamente com o seu antigo telemóvel, chave de segurança ou aplicação de autenticação e, em seguida, elimine-os todos de uma só vez.
account-delete-devices-reauth = Iniciar sessão com um método de verificação
account-delete-devices-cannot-use = Não consigo utilizar nenhum deles
# $wait is the waiting period of a recovery ("24 hours").
account-delete-devices-recovery = Enviaremos uma ligação para o seu endereço de correio eletrónico. Depois de confirmar através dessa ligação, todos os métodos de verificação da sua conta (dispositivos móveis, chaves de segurança, aplicações de autenticação e números de telemóvel) serão removidos { $wait } mais tarde. Receberá de imediato uma notificação por correio eletrónico e poderá cancelar a remoção até lá.
account-delete-devices-send-link = Enviar-me a ligação

## Removing all verification methods by e-mail (templates/account_recovery.html)

account-recovery-title = Remover todos os métodos de verificação
# $minutes: how long the link can be used.
account-recovery-sent = Foi enviada uma ligação para { $email }. É válida durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
account-recovery-sent-next = Abra a ligação para confirmar. Os seus métodos de verificação serão removidos { $wait } após a sua confirmação e poderá cancelar a remoção até lá.
account-recovery-confirm-text = Todos os dispositivos móveis, chaves de segurança, aplicações de autenticação e números de telemóvel da conta { $brand } { $email } serão removidos { $wait } após a sua confirmação. Receberá uma notificação por correio eletrónico, com uma ligação para cancelar a remoção.
account-recovery-confirm = Confirmar
account-recovery-started-title = Remoção confirmada
account-recovery-started = Todos os métodos de verificação da sua conta serão removidos em { $when }.
account-recovery-started-next = Foi-lhe enviada uma mensagem de correio eletrónico com uma ligação para cancelar a remoção. Depois dessa data, inicie sessão com a sua palavra-passe e adicione o seu novo dispositivo em «A minha conta».
account-recovery-cancel-title = Cancelar a remoção dos seus métodos de verificação
account-recovery-due = Está prevista a remoção de todos os métodos de verificação da sua conta em { $when }.
account-recovery-cancel = Cancelar a remoção
account-recovery-cancel-hint = Se não fez este pedido, altere também a sua palavra-passe: alguém a conhece.
account-recovery-cancelled-title = Remoção cancelada
account-recovery-cancelled = Nada foi removido. Os seus métodos de verificação mantêm-se inalterados.
account-recovery-nothing-title = Nada a cancelar
account-recovery-nothing = Não havia nenhuma remoção pendente dos seus métodos de verificação.
account-recovery-invalid = A ligação que seguiu expirou, já foi utilizada ou foi substituída por uma mais recente.
account-recovery-start-again = Recomeçar a partir de «Eliminar todos os meus dispositivos»
account-recovery-paced = Foi enviada há pouco tempo uma mensagem de correio eletrónico com uma ligação. Pode pedir uma nova dentro de { $wait }.

## My sessions (templates/account_sessions.html)

account-sessions-page-title = Ver as minhas sessões
account-sessions-title = As minhas sessões
account-sessions-started = Início
account-sessions-last-seen = Última atividade
account-sessions-level = Nível
account-sessions-from = Origem
# The heading of the column of buttons, read by screen readers only.
account-sessions-action = Ação
account-sessions-current = Esta sessão
account-sessions-end = Terminar esta sessão
account-sessions-not-yours = Esta sessão não lhe pertence ou já terminou.

## Activity (templates/account_activity.html, account/activity.rs)

account-activity-title = Atividade
account-activity-intro = Os eventos de segurança mais recentes da sua conta.
account-activity-when = Data
account-activity-what = Evento
account-activity-from = Origem
account-activity-details = Pormenores
account-event-signin-success = Início de sessão bem-sucedido
account-event-signin-failure = Início de sessão falhado
account-event-signed-out = Fim de sessão
account-event-account-registered = Conta criada
account-event-account-locked = Início de sessão com palavra-passe bloqueado após demasiadas tentativas falhadas
account-event-password-set = Palavra-passe definida ou alterada
account-event-factor-added = Método de verificação adicionado
account-event-factor-removed = Método de verificação removido
account-event-sms-sent = SMS enviada
account-event-device-locked = Dispositivo móvel bloqueado (PIN errados)
account-event-push-denied = Pedido de início de sessão recusado num dispositivo móvel
account-event-push-wrong-number = Número errado escolhido num dispositivo móvel
account-event-token-revoked = Acesso revogado por uma aplicação
account-event-code-replayed = Um código de início de sessão foi utilizado duas vezes: o acesso que concedia foi revogado
account-event-refresh-reused = Um token de acesso antigo foi reutilizado: o acesso a que pertencia foi revogado
account-event-recovery-link-sent = Remoção de todos os métodos de verificação pedida (ligação enviada por correio eletrónico)
account-event-recovery-started = Remoção de todos os métodos de verificação confirmada (período de espera)
account-event-recovery-cancelled = Remoção de todos os métodos de verificação cancelada
account-event-access-requested = Acesso pedido
account-event-access-approved = Pedido de acesso aprovado
account-event-access-denied = Pedido de acesso recusado
account-event-access-revoked = Acesso revogado
account-event-message-undelivered = Mensagem de correio eletrónico ou SMS não entregue
# A value stored with an event, shown as it is: an application's name, a reason written by
# the helpdesk, or the internal name of an event this version has no words for.
account-activity-data = { $value }
# The details of an event are short phrases joined by commas, for example:
# "with Mobile + SMS, level medium, for CPMS" or "security key "YubiKey", level high".
account-activity-factor-phone = número de telemóvel
account-activity-factor-mobile-device = dispositivo móvel
account-activity-factor-security-key = chave de segurança
account-activity-factor-authenticator-app = aplicação de autenticação
account-activity-factor-count = { $count ->
    [one] { $count } método de verificação
   *[other] { $count } métodos de verificação
}
# $factor is one of the account-activity-factor-* phrases; $name the name its owner gave it.
account-activity-factor-named = { $factor } «{ $name }»
# $factor is "mobile phone number"; $phone the number, partly hidden (+32******456).
account-activity-factor-phone-number = { $factor } { $phone }
account-activity-name = «{ $name }»
# $method is the verification method used (one of login-method-*).
account-activity-method = com { $method }
# $level is one of login-level-basic, -medium, -high.
account-activity-level = nível { $level }
# $client is the name of the application signed in to.
account-activity-client = para { $client }
account-activity-via-my-account = em «A minha conta»
account-activity-via-set-password = com a ligação da mensagem de registo
account-activity-via-reset = com uma ligação «Esqueceu-se da palavra-passe?»
account-activity-via-recovery = após uma recuperação da conta
account-activity-purpose-sms-enrol = para confirmar um novo número
account-activity-purpose-sms-login = para iniciar sessão
# $phone is a mobile phone number, partly hidden (+32******456).
account-activity-to = para { $phone }
account-activity-pin-failures = após { $count ->
    [one] { $count } código PIN errado
   *[other] { $count } códigos PIN errados
}
account-activity-until = até { $when }
account-activity-on = em { $when }
# $profile is the code of an access profile of an application (CPMS_USER).
account-activity-profile = perfil de acesso { $profile }
# $name is the name of the helpdesk member who decided.
account-activity-by = por { $name }
account-activity-by-helpdesk = pelo serviço de assistência
# $reason is one of the account-activity-reason-* phrases, or a reason written by the helpdesk.
account-activity-reason = motivo: { $reason }
account-activity-reason-wrong-password = palavra-passe errada
account-activity-reason-no-password = nenhuma palavra-passe definida
account-activity-reason-unknown-account = conta desconhecida
account-activity-reason-locked = bloqueio ativo
account-activity-reason-wrong-code = código errado
account-activity-reason-code-reused = código reutilizado
account-activity-reason-too-many-codes = demasiados códigos
account-activity-reason-too-many-codes-hour = demasiados códigos na última hora
account-activity-reason-device-locked = dispositivo bloqueado
account-activity-reason-expired = pedido expirado
account-activity-reason-not-verified = resposta não verificada
account-activity-reason-already-registered = já registado
account-activity-token-access = token de acesso
account-activity-token-refresh = token de atualização
account-activity-grant-revoked = autorização revogada
account-activity-family-revoked = família de tokens revogada

## Create an account (templates/register.html, account/registration.rs)

account-register-title = Criar uma conta
account-register-intro = Recomenda-se a utilização do seu endereço de correio eletrónico institucional. Receberá uma mensagem de correio eletrónico com uma ligação para criar a sua palavra-passe.
account-register-email-confirm = Confirme o endereço de correio eletrónico
# The account's language: the language of its e-mails, and of its pages unless another is chosen.
account-register-language = Língua das mensagens de correio eletrónico
account-register-submit = Criar uma conta
account-register-sign-in = Já tem uma conta? Inicie sessão
account-register-thanks = Obrigado pelo seu registo.
# $minutes: how long the link can be used.
account-register-sent = Está a caminho de { $email } uma mensagem de correio eletrónico com uma ligação para criar a sua palavra-passe. A ligação é válida durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}. A mensagem pode demorar alguns minutos a chegar; verifique também a pasta de correio não solicitado.
account-register-first-name-invalid = O seu nome próprio é demasiado longo ou contém caracteres não permitidos.
account-register-last-name-invalid = O seu apelido é demasiado longo ou contém caracteres não permitidos.
account-register-email-invalid = Introduza um endereço de correio eletrónico válido, por exemplo nome@hospital.eu.
account-register-email-mismatch = Os dois endereços de correio eletrónico não coincidem.
account-register-throttled = Foi enviada há pouco tempo uma mensagem para este endereço, ou foram pedidas demasiadas a partir da sua rede. Pode pedir novamente dentro de { $wait }.

## Create your password (templates/set_password.html, account/links.rs)

account-set-password-title = Crie a sua palavra-passe
# $email is the address of the account whose password is being created.
account-set-password-account = Conta: { $email }
account-set-password-rules = A sua palavra-passe tem de cumprir as seguintes regras:
account-set-password-new = Nova palavra-passe
account-set-password-confirm = Confirme a nova palavra-passe
account-set-password-mismatch = As duas palavras-passe não coincidem.
account-set-password-done-title = A sua palavra-passe foi definida
account-set-password-done = A sua palavra-passe foi guardada. Já pode iniciar sessão com o seu endereço de correio eletrónico e esta palavra-passe.
account-password-recent-title = Alterou a sua palavra-passe recentemente
account-password-recent = Por motivos de segurança, tem de aguardar antes de alterar novamente a sua palavra-passe. Pode alterá-la novamente dentro de { $wait }.
account-password-urgent = Em caso de urgência, contacte o serviço de assistência.

## Lost your password? (templates/forgot_password.html)

account-forgot-title = Esqueceu-se da palavra-passe?
# $minutes: how long a link can be used.
account-forgot-expired = A ligação que seguiu expirou ou já foi utilizada. As ligações são válidas durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} e só podem ser utilizadas uma vez.
account-forgot-again = Introduza novamente o seu endereço de correio eletrónico para receber uma nova ligação.
account-forgot-intro = Introduza o endereço de correio eletrónico da sua conta { $brand }. Enviar-lhe-emos uma ligação para escolher uma nova palavra-passe, válida durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
account-forgot-submit = Enviar-me uma ligação
# $email is the address typed; $wait how long before another link can be asked for.
account-forgot-sent = Se existir uma conta { $brand } para { $email }, ser-lhe-á enviada uma mensagem de correio eletrónico com uma ligação para escolher uma palavra-passe. A ligação é válida durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}. Se a mensagem não chegar, pode pedir uma nova ligação dentro de { $wait }.
