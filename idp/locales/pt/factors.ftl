# The provider's texts in European Portuguese (factors); see main.ftl.
# The second factors a user adds and manages in My Account: mobile phone numbers (text
# messages), mobile app devices, security keys and authenticator apps.

## Words shared by the pages of this file

factors-cancel = Cancelar
factors-add = Adicionar
# Column header of a list of second factors: its name.
factors-name = Nome
# Column header: the date a second factor was added.
factors-added = Data de registo
# Column header: the date a second factor was last used to sign in.
factors-last-used = Última utilização
# In the column "Last used", for a second factor never used to sign in yet.
factors-never = nunca
# Column header, read only by screen readers, of the column with the delete buttons.
factors-action = Ação

## The code fields shared by several pages (templates/fields.html)

factors-sms-code-label = Código de verificação recebido por SMS
# The code has 8 characters shown as two groups of 4, with a hyphen; X stands for a letter or digit.
factors-sms-code-hint = 8 letras e dígitos, por exemplo XXXX-XXXX
# Placeholder in the code field: the shape of the code (X stands for a letter or digit).
factors-sms-code-placeholder = XXXX-XXXX

## Manage my mobile phone numbers (templates/phones.html)

factors-phones-title = Gerir os meus números de telemóvel
factors-phones-number = Número de telemóvel
factors-phones-delete = Eliminar um número de telemóvel
factors-phones-none = Não existe nenhum número de telemóvel registado na sua conta.
factors-phones-add = Adicionar um número de telemóvel
factors-phones-hint = As SMS dependem de acordos entre operadores móveis e podem nem sempre chegar; a aplicação móvel { $brand } ou uma chave de segurança são mais fiáveis.
# $number is the phone number in international format, e.g. +32470123456.
factors-phones-added = O seu número de telemóvel { $number } foi adicionado com êxito.
factors-phones-deleted = O número de telemóvel foi eliminado.
factors-phones-unknown = Número de telemóvel desconhecido.

## Add a mobile phone number (templates/phone_add.html)

factors-phone-add-title = Adicionar um número de telemóvel
# $example is a Belgian mobile number written in international format, e.g. +32 470 12 34 56.
factors-phone-add-hint = Formato internacional, incluindo o indicativo do país; por exemplo, para a Bélgica: { $example }
# $number is the phone number in international format, e.g. +32470123456.
factors-phone-already-registered = O número de telemóvel { $number } já está registado na sua conta.

## Why a typed phone number is refused (authn/sms.rs); $example is a Belgian mobile number
## in international format, e.g. +32 470 12 34 56

factors-phone-missing = Introduza o seu número de telemóvel em formato internacional, incluindo o indicativo do país; por exemplo, para a Bélgica: { $example }
factors-phone-no-plus = O número tem de começar pelo sinal de mais e pelo indicativo do país; por exemplo, para a Bélgica: { $example }
factors-phone-not-digits = Um número de telefone só contém dígitos após o sinal de mais (são permitidos espaços); por exemplo: { $example }
factors-phone-invalid = Este não é um número de telefone internacional válido. Exemplo para a Bélgica: { $example }
factors-phone-not-in-plan = Este não é um número de telefone internacional válido (indicativo de país desconhecido ou número que não existe no plano de numeração desse país). Exemplo para a Bélgica: { $example }
factors-phone-not-mobile = Este número não é um número de telemóvel, pelo que não pode receber SMS. Introduza um número de telemóvel; por exemplo, para a Bélgica: { $example }

## Confirm a new mobile phone number with the code it received (templates/phone_finalise.html)

# The title of the browser tab.
factors-phone-finalise-title = Código de verificação
factors-phone-finalise-heading = Código de verificação enviado por SMS para adicionar um número de telemóvel
factors-phone-finalise-intro = Introduza o código de verificação que foi enviado por SMS para o seu telemóvel.
factors-phone-finalise-delay = A mensagem pode demorar até 8 minutos a chegar ao seu telemóvel.
# $wait is a length of time, e.g. "5 minutes" or "1 hour 5 minutes".
factors-phone-finalise-resend = Se não receber nenhum código, pode pedir um novo dentro de { $wait }, adicionando novamente o número.
factors-phone-finalise-number = Número de telemóvel
factors-phone-finalise-submit = Concluir
factors-phone-code-dead = Este código de verificação já não é válido (expirou, foi substituído por um mais recente ou houve demasiadas tentativas erradas). Adicione novamente o número para receber um novo código.
# $remaining is the number of tries left before the code stops working.
factors-phone-code-wrong = O código de verificação não está correto. { $remaining ->
    [one] Resta { $remaining } tentativa.
   *[other] Restam { $remaining } tentativas.
}

## Manage my mobile devices (templates/device_list.html)

factors-devices-title = Gerir os meus dispositivos móveis
factors-devices-name = Nome do dispositivo
factors-devices-status = Estado
factors-devices-locked = Bloqueado (demasiados códigos PIN errados): elimine-o e adicione-o novamente
factors-devices-active = Ativo
factors-devices-delete = Eliminar um dispositivo móvel
factors-devices-none = Não existe nenhum dispositivo móvel registado na sua conta.
factors-devices-add = Adicionar um dispositivo móvel
factors-devices-hint = Instale a aplicação móvel { $brand } no seu telemóvel ou tablet e, em seguida, adicione-o aqui lendo o código QR com a aplicação.
factors-devices-deleted = O dispositivo móvel foi eliminado.
factors-devices-unknown = Dispositivo móvel desconhecido.

## Add a mobile device: its name and PIN code (templates/device_add.html)

factors-device-add-title = Adicionar um dispositivo móvel
factors-device-add-intro = Indique um nome para identificar o seu dispositivo móvel e um código PIN para o utilizar.
factors-device-add-name = Nome do seu dispositivo
factors-device-add-pin = O seu código PIN de 4 dígitos
factors-device-add-pin-hint = Evite códigos PIN fáceis como 0000, 1111 ou 1234: são recusados.
factors-device-add-pin-confirm = Confirme o seu código PIN
factors-device-add-submit = Enviar
# $max is the longest name allowed, in characters (50).
factors-device-name-invalid = Indique para o seu dispositivo móvel um nome com 1 a { $max } caracteres.
factors-pin-not-four-digits = O seu código PIN tem de ter exatamente 4 dígitos.
factors-pin-mismatch = Os dois códigos PIN não coincidem.
factors-pin-too-easy = Este código PIN é demasiado fácil de adivinhar (como 0000, 1234 ou 1111). Escolha outro.

## Add a mobile device: the QR code the app scans (templates/device_enrol.html)

# $name is the name the user gave the device, e.g. "My phone".
factors-device-enrol-instructions = Abra a aplicação móvel { $brand } no dispositivo «{ $name }», escolha adicionar esta conta e leia este código QR. Em seguida, a aplicação pede o código PIN que acabou de escolher.
factors-device-enrol-qr-alt = Código QR a ler com a aplicação móvel { $brand }
factors-device-enrol-paste = Não consegue ler o código? Cole este texto na aplicação:
factors-device-enrol-validity = { $minutes ->
    [one] O código QR é válido durante { $minutes } minuto e só pode ser utilizado uma vez.
   *[other] O código QR é válido durante { $minutes } minutos e só pode ser utilizado uma vez.
}
factors-device-enrol-waiting = A aguardar o seu dispositivo móvel...
# Shown on the waiting page once the app has added the device.
factors-device-enrolled = Foi adicionado um dispositivo
factors-device-enrol-expired = O código QR expirou. Adicione novamente o dispositivo.

## Manage my security keys (templates/security_keys.html)

factors-keys-title = Gerir as minhas chaves de segurança
# Column header: the verification level a security key reaches (basic, medium or high).
factors-keys-level = Nível
factors-keys-delete = Eliminar uma chave de segurança
factors-keys-none = Não existe nenhuma chave de segurança registada na sua conta.
# A platform authenticator is the one built into a computer or phone (fingerprint, face, screen lock).
factors-keys-add = Adicionar uma chave de segurança ou um autenticador de plataforma
factors-keys-hint = Uma chave de segurança (por exemplo, uma chave USB ou NFC) ou o autenticador integrado no seu computador ou telemóvel (impressão digital, reconhecimento facial ou bloqueio de ecrã). Com um PIN ou uma impressão digital numa chave que guarda o seu segredo no próprio dispositivo, atinge o nível de verificação mais elevado.
# $name is the name the user gave the key, e.g. "YubiKey 5 NFC".
factors-keys-added = A sua chave de segurança «{ $name }» foi adicionada com êxito.
factors-keys-deleted = A chave de segurança foi eliminada.
factors-keys-unknown = Chave de segurança desconhecida.

## Add a security key (templates/security_key_add.html)

# The title of the browser tab.
factors-key-add-title = Adicionar uma chave de segurança
factors-key-add-heading = Adicionar uma chave de segurança ou um autenticador de plataforma
factors-key-add-intro = Dê um nome à sua chave de segurança e siga as instruções do seu navegador: insira e toque na chave, ou desbloqueie o seu computador ou telemóvel.
factors-key-add-name = Nome da chave de segurança
# $max is the longest name allowed, in characters (50).
factors-key-name-invalid = Dê à chave de segurança um nome com 1 a { $max } caracteres.

## What the browser's security key dialogue led to (authn/webauthn.rs, assets/webauthn.js)

factors-webauthn-expired = Este pedido expirou ou já foi utilizado. Tente novamente.
factors-webauthn-not-verified = Não foi possível verificar a sua chave de segurança ou o seu autenticador de plataforma. Tente novamente ou escolha outro método de verificação.
factors-webauthn-already-registered = Esta chave de segurança já está registada.
factors-webauthn-unsupported = Este navegador não suporta chaves de segurança. Utilize outro método de verificação.
factors-webauthn-follow = Siga as instruções do seu navegador e toque na sua chave de segurança ou desbloqueie-a.
factors-webauthn-no-answer = A sua chave de segurança não respondeu. Tente novamente ou escolha outro método de verificação.

## Manage my authenticator apps (templates/totp_list.html)

factors-totp-title = Gerir as minhas aplicações de autenticação
# FreeOTP, Google Authenticator, Microsoft Authenticator and Aegis are names of apps: keep them.
factors-totp-intro = Uma aplicação de autenticação no seu telemóvel (por exemplo, FreeOTP, Google Authenticator, Microsoft Authenticator ou Aegis) apresenta um novo código de 6 dígitos a cada 30 segundos. Pode utilizá-la como método de verificação quando inicia sessão.
# The button that deletes one authenticator app of the list.
factors-totp-delete = Eliminar
factors-totp-none = Não existe nenhuma aplicação de autenticação registada na sua conta.
factors-totp-add = Adicionar uma aplicação de autenticação
# $name is the name the user gave the app, e.g. "Pixel 8".
factors-totp-added = A sua aplicação de autenticação «{ $name }» foi adicionada com êxito. Já a pode utilizar para iniciar sessão.
factors-totp-deleted = A aplicação de autenticação foi eliminada.
factors-totp-unknown = Aplicação de autenticação desconhecida.

## Add an authenticator app: its name (templates/totp_add.html)

factors-totp-add-title = Adicionar uma aplicação de autenticação
factors-totp-add-intro = Indique um nome para identificar esta aplicação de autenticação, por exemplo o nome do seu telemóvel.
factors-totp-add-name = Nome da aplicação de autenticação
factors-totp-add-next = Seguinte
# $max is the longest name allowed, in characters (50).
factors-totp-name-invalid = Indique para a sua aplicação de autenticação um nome com 1 a { $max } caracteres.

## Add an authenticator app: the QR code and the first code (templates/totp_enrol.html)

factors-totp-enrol-scan = { $minutes ->
    [one] Abra a aplicação de autenticação no seu telemóvel, adicione uma conta e leia este código QR. É válido durante { $minutes } minuto.
   *[other] Abra a aplicação de autenticação no seu telemóvel, adicione uma conta e leia este código QR. É válido durante { $minutes } minutos.
}
factors-totp-enrol-qr-alt = Código QR a ler com a sua aplicação de autenticação
# $account is the user's e-mail address, $issuer the name of the service as the app shows it.
factors-totp-enrol-manual = Não consegue ler o código? Introduza manualmente esta chave na aplicação (baseada no tempo, 6 dígitos, a cada 30 segundos), com a conta { $account } de { $issuer }:
factors-totp-enrol-uri = Mostrar a ligação subjacente ao código QR
factors-totp-code-label = Introduza o código de 6 dígitos
factors-totp-confirm = Confirmar
factors-totp-enrol-gone = Esta aplicação de autenticação já não aguarda confirmação (expirou, já foi confirmada ou recebeu demasiados códigos errados). Adicione-a novamente.
# $remaining is the number of codes that may still be tried.
factors-totp-code-wrong = O código não está correto. Verifique se a hora do seu telemóvel está certa e introduza o código que a sua aplicação apresenta neste momento. { $remaining ->
    [one] Resta { $remaining } tentativa.
   *[other] Restam { $remaining } tentativas.
}
