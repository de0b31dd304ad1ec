<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About qbmod</source>
        <translation>Sobre o qbmod</translation>
    </message>
    <message>
        <source>A moderation console for QuickBlox chat applications.</source>
        <translation>Um console de moderação para aplicativos de chat QuickBlox.</translation>
    </message>
    <message>
        <source>qbmod is free software under the Apache License 2.0. It uses Qt %1 under the GNU Lesser General Public License version 3, and QtKeychain under a BSD licence.</source>
        <translation>O qbmod é software livre sob a Apache License 2.0. Ele usa o Qt %1 sob a GNU Lesser General Public License versão 3, e o QtKeychain sob uma licença BSD.</translation>
    </message>
    <message>
        <source>qbmod: Apache License 2.0</source>
        <translation>qbmod: Apache License 2.0</translation>
    </message>
    <message>
        <source>Qt: GNU Lesser General Public License 3</source>
        <translation>Qt: GNU Lesser General Public License 3</translation>
    </message>
    <message>
        <source>Qt: GNU General Public License 3, which the LGPL extends</source>
        <translation>Qt: GNU General Public License 3, que a LGPL estende</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence</source>
        <translation>QtKeychain: licença BSD</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ActingUserDialog</name>
    <message>
        <source>Act as a user</source>
        <translation>Agir em nome de um usuário</translation>
    </message>
    <message>
        <source>Every request will be made on behalf of the chosen user (On-Behalf-Of) until you stop acting as them.</source>
        <translation>Todas as solicitações serão feitas em nome do usuário escolhido (On-Behalf-Of) até que você deixe de agir em nome dele.</translation>
    </message>
    <message>
        <source>User id, login, email or full name</source>
        <translation>ID do usuário, login, e-mail ou nome completo</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Pesquisar usuários</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Usuários correspondentes</translation>
    </message>
    <message>
        <source>Act as this user</source>
        <translation>Agir em nome deste usuário</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n usuário encontrado</numerusform>
            <numerusform>%n usuários encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Falha na pesquisa: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Acting on behalf of a user needs an API key; a session login always acts as its own user.</source>
        <translation>Agir em nome de um usuário requer uma API key; um login de sessão sempre age como o próprio usuário.</translation>
    </message>
    <message>
        <source>The session answer carried no token.</source>
        <translation>A resposta da sessão não continha nenhum token.</translation>
    </message>
    <message>
        <source>the answer was larger than %1, the most accepted</source>
        <translation>a resposta era maior que %1, o máximo aceito</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>nenhuma resposta completa em %n segundo</numerusform>
            <numerusform>nenhuma resposta completa em %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>Não foi possível acessar o servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>O servidor recusou as credenciais.</translation>
    </message>
    <message>
        <source>Not permitted.</source>
        <translation>Não permitido.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Não encontrado.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid.</source>
        <translation>A solicitação foi rejeitada como inválida.</translation>
    </message>
    <message>
        <source>Too many requests: the application&apos;s rate limit was exceeded.</source>
        <translation>Solicitações demais: o limite de taxa do aplicativo foi excedido.</translation>
    </message>
    <message>
        <source>The server reported an internal error (HTTP %1).</source>
        <translation>O servidor relatou um erro interno (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood.</source>
        <translation>O servidor enviou uma resposta que não pôde ser interpretada.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The endpoint redirected to %1; if you trust it, use it as the endpoint.</source>
        <translation>O endpoint redirecionou para %1; se você confia nesse endereço, use-o como endpoint.</translation>
    </message>
</context>
<context>
    <name>BulkDeleteEngine</name>
    <message numerus="yes">
        <source>%n request(s)/s</source>
        <translation>
            <numerusform>%n requisição/s</numerusform>
            <numerusform>%n requisições/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n min left</source>
        <translation>
            <numerusform>%1, cerca de %n min restante</numerusform>
            <numerusform>%1, cerca de %n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n s left</source>
        <translation>
            <numerusform>%1, cerca de %n s restante</numerusform>
            <numerusform>%1, cerca de %n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n não permitido</numerusform>
            <numerusform>%n não permitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n já não existia</numerusform>
            <numerusform>%n já não existiam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been deleted)</source>
        <translation>
            <numerusform>%n desconhecido (sem resposta; pode ter sido excluído)</numerusform>
            <numerusform>%n desconhecidos (sem resposta; podem ter sido excluídos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n não tentado</numerusform>
            <numerusform>%n não tentados</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Operator login with application credentials</source>
        <translation>Login de operador com as credenciais do aplicativo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Auth secret</source>
        <translation>Auth secret</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect to a QuickBlox application</source>
        <translation>Conectar a um aplicativo QuickBlox</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Endpoint da API</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>ID do aplicativo</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Auth key</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Login do operador</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>ID do aplicativo:</translation>
    </message>
    <message>
        <source>Auth key:</source>
        <translation>Auth key:</translation>
    </message>
    <message>
        <source>Auth secret:</source>
        <translation>Auth secret:</translation>
    </message>
    <message>
        <source>Operator login:</source>
        <translation>Login do operador:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Entrar com:</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in files. Leave a secret empty to keep the stored one.</source>
        <translation>Os segredos ficam no chaveiro do sistema, nunca em arquivos. Deixe um segredo vazio para manter o que está armazenado.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Experimentar o sandbox</translation>
    </message>
    <message>
        <source>Start a local stand-in for QuickBlox with demo data; no account needed.</source>
        <translation>Inicia um substituto local do QuickBlox com dados de demonstração; não é preciso ter conta.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>armazenado no chaveiro</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remover perfil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>Remover o perfil “%1” e seus segredos do chaveiro?</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Chaveiro indisponível</translation>
    </message>
    <message>
        <source>The system keychain could not store the %1 (%2). Keep it for this session only? It will be forgotten when qbmod quits, and nothing is written to disk.</source>
        <translation>O chaveiro do sistema não conseguiu armazenar “%1” (%2). Mantê-lo apenas nesta sessão? Ele será esquecido quando o qbmod for fechado, e nada será gravado no disco.</translation>
    </message>
    <message>
        <source>The %1 was not stored.</source>
        <translation>“%1” não foi armazenado.</translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation>Lendo os segredos do chaveiro…</translation>
    </message>
    <message>
        <source>Checking the connection to %1…</source>
        <translation>Verificando a conexão com %1…</translation>
    </message>
    <message>
        <source>Check the login, the password and the application credentials.</source>
        <translation>Verifique o login, a senha e as credenciais do aplicativo.</translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation>Verifique a API key.</translation>
    </message>
    <message>
        <source>Check the endpoint.</source>
        <translation>Verifique o endpoint.</translation>
    </message>
    <message>
        <source>The server answered with an error; try again later.</source>
        <translation>O servidor respondeu com um erro; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Not connected, nothing was saved: %1 %2</source>
        <translation>Não conectado, nada foi salvo: %1 %2</translation>
    </message>
    <message>
        <source>This field needs correcting</source>
        <translation>Este campo precisa ser corrigido</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de taxa</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> solicitações/s</translation>
    </message>
    <message>
        <source>Learn it from the server</source>
        <translation>Aprender com o servidor</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limite de taxa:</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Senha do banco de dados da equipe</translation>
    </message>
    <message>
        <source>Journal kept on</source>
        <translation>Local do registro</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>A team database</source>
        <translation>Um banco de dados da equipe</translation>
    </message>
    <message>
        <source>A team database (PostgreSQL) shares the journal with every moderator of the team.</source>
        <translation>Um banco de dados da equipe (PostgreSQL) compartilha o registro com todos os moderadores da equipe.</translation>
    </message>
    <message>
        <source>Team database host</source>
        <translation>Host do banco de dados da equipe</translation>
    </message>
    <message>
        <source>Team database port</source>
        <translation>Porta do banco de dados da equipe</translation>
    </message>
    <message>
        <source>Team database name</source>
        <translation>Nome do banco de dados da equipe</translation>
    </message>
    <message>
        <source>Team database user</source>
        <translation>Usuário do banco de dados da equipe</translation>
    </message>
    <message>
        <source>Team database TLS mode</source>
        <translation>Modo TLS do banco de dados da equipe</translation>
    </message>
    <message>
        <source>Check the certificate and the name (verify-full)</source>
        <translation>Verificar o certificado e o nome do host (verify-full)</translation>
    </message>
    <message>
        <source>Check the certificate only (verify-ca)</source>
        <translation>Verificar somente o certificado (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt without checks (require)</source>
        <translation>Criptografar sem verificações (require)</translation>
    </message>
    <message>
        <source>No TLS (disable)</source>
        <translation>Sem TLS (disable)</translation>
    </message>
    <message>
        <source>A database on another computer is reached only with verify-full.</source>
        <translation>Um banco de dados em outro computador só é acessado com verify-full.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Journal kept on:</source>
        <translation>Local do registro:</translation>
    </message>
    <message>
        <source>Type the team database&apos;s password.</source>
        <translation>Digite a senha do banco de dados da equipe.</translation>
    </message>
    <message>
        <source>The requests per second your QuickBlox plan allows. Deletes and listings are paced just under that rate. Without it, the rate is learned from the server&apos;s first &quot;too many requests&quot; answers.</source>
        <translation>As solicitações por segundo que seu plano do QuickBlox permite. Exclusões e listagens são feitas logo abaixo desse ritmo. Sem esse valor, o ritmo é aprendido com as primeiras respostas “solicitações demais” do servidor.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>O endpoint “%1” não é uma URL válida.</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>O endpoint não deve conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (a local sandbox); use https for &quot;%1&quot;.</source>
        <translation>O http sem criptografia só é permitido para este computador (um sandbox local); use https para “%1”.</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>O endpoint deve começar com https://.</translation>
    </message>
    <message>
        <source>An application id is required.</source>
        <translation>É necessário um ID de aplicativo.</translation>
    </message>
    <message>
        <source>An auth key is required.</source>
        <translation>É necessária uma Auth key.</translation>
    </message>
    <message>
        <source>An operator login is required.</source>
        <translation>É necessário um login de operador.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Não foi possível iniciar o sandbox: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Working offline: the team&apos;s protected users can be seen and changed only while the team database can be reached.</source>
        <translation>Trabalhando offline: os usuários protegidos da equipe só podem ser vistos e alterados enquanto o banco de dados da equipe estiver acessível.</translation>
    </message>
    <message>
        <source>The team database %1 is still being reached.</source>
        <translation>A conexão com o banco de dados da equipe %1 ainda está em andamento.</translation>
    </message>
</context>
<context>
    <name>CredentialsLoader</name>
    <message>
        <source>No %1 is stored for the profile &quot;%2&quot;.</source>
        <translation>Nada armazenado para o perfil “%2”: %1.</translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; could not be read. %3</source>
        <translation>Não foi possível ler “%1” do perfil “%2”. %3</translation>
    </message>
</context>
<context>
    <name>CtlApplication</name>
    <message>
        <source>Moderation tools for QuickBlox chat applications.</source>
        <translation>Ferramentas de moderação para aplicativos de chat QuickBlox.</translation>
    </message>
    <message>
        <source>Connect as the saved profile NAME; its secrets come from the system keychain.</source>
        <translation>Conectar com o perfil salvo NAME; os segredos dele vêm do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API endpoint (default https://api.quickblox.com).</source>
        <translation>Endpoint da API (padrão: https://api.quickblox.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Application id (session login).</source>
        <translation>ID do aplicativo (login de sessão).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Application auth key (session login).</source>
        <translation>Auth key do aplicativo (login de sessão).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Operator login (session login).</source>
        <translation>Login do operador (login de sessão).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation>Solicitações simultâneas em andamento (padrão: 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Segundos de espera por cada resposta (padrão: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Log each request to standard error (credentials are never logged).</source>
        <translation>Registrar cada solicitação na saída de erro padrão (as credenciais nunca são registradas).</translation>
    </message>
    <message>
        <source>Act as this user (API key only).</source>
        <translation>Agir em nome deste usuário (somente com API key).</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>USER_ID</translation>
    </message>
    <message>
        <source>Dialog types: 1 public, 2 group, 3 private; comma-separated.</source>
        <translation>Tipos de conversa: 1 pública, 2 grupo, 3 privada; separados por vírgulas.</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>Only dialogs whose name contains TEXT.</source>
        <translation>Somente conversas cujo nome contém TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Show at most N items.</source>
        <translation>Mostrar no máximo N itens.</translation>
    </message>
    <message>
        <source>Delete for every member (dialogs: owner only; messages: sender only); cannot be undone.</source>
        <translation>Excluir para todos os membros (conversas: somente o proprietário; mensagens: somente o remetente); não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Ids per delete request (default 50).</source>
        <translation>IDs por solicitação de exclusão (padrão: 50).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Não pedir confirmação.</translation>
    </message>
    <message>
        <source>Read ids from FILE, or from standard input with -.</source>
        <translation>Ler os IDs de FILE, ou da entrada padrão com -.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>User id, email, login or part of a full name.</source>
        <translation>ID do usuário, e-mail, login ou parte de um nome completo.</translation>
    </message>
    <message>
        <source>Only messages sent by this user.</source>
        <translation>Somente as mensagens enviadas por este usuário.</translation>
    </message>
    <message>
        <source>The user to remove from the dialogs.</source>
        <translation>O usuário a ser removido das conversas.</translation>
    </message>
    <message>
        <source>The dialog the messages belong to; the journal keeps it so that reconcile can check them.</source>
        <translation>A conversa à qual as mensagens pertencem; o registro a guarda para que a reconciliação possa verificá-las.</translation>
    </message>
    <message>
        <source>DIALOG_ID</source>
        <translation>DIALOG_ID</translation>
    </message>
    <message>
        <source>Why; kept in the journal. Required with --force and --on-behalf-of.</source>
        <translation>O motivo; fica guardado no registro. Obrigatório com --force e --on-behalf-of.</translation>
    </message>
    <message>
        <source>Users whose dialogs are not force-deleted and who are not acted for (default: QBMOD_PROTECTED_USERS).</source>
        <translation>Usuários cujas conversas não são excluídas para todos e em cujo nome não se age (padrão: QBMOD_PROTECTED_USERS).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Act on protected users anyway; the journal records it.</source>
        <translation>Agir mesmo assim sobre usuários protegidos; o registro anota isso.</translation>
    </message>
    <message>
        <source>Print the requests that would be sent and send nothing.</source>
        <translation>Imprimir as solicitações que seriam enviadas, sem enviar nada.</translation>
    </message>
    <message>
        <source>Do not keep the dialogs and their latest messages before a force delete.</source>
        <translation>Não guardar as conversas e suas mensagens mais recentes antes de excluir para todos.</translation>
    </message>
    <message>
        <source>Use the journal database at PATH.</source>
        <translation>Usar o banco de dados do registro em PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Export format: csv or json (default json).</source>
        <translation>Formato de exportação: csv ou json (padrão: json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Prune evidence collected more than DAYS days ago.</source>
        <translation>Limpar as evidências coletadas há mais de DAYS dias.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>qbmodctl: --%1 needs a whole number from %2 to %3.</source>
        <translation>qbmodctl: --%1 requer um número inteiro de %2 a %3.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 does not take --%2.</source>
        <translation>qbmodctl: %1 não aceita --%2.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>qbmodctl: no credentials. Set QBMOD_API_KEY, or give --app-id, --auth-key and --login with QBMOD_AUTH_SECRET and QBMOD_PASSWORD in the environment (missing: %1).</source>
        <translation>qbmodctl: nenhuma credencial. Defina QBMOD_API_KEY, ou informe --app-id, --auth-key e --login com QBMOD_AUTH_SECRET e QBMOD_PASSWORD no ambiente (faltando: %1).</translation>
    </message>
    <message>
        <source>qbmodctl: --app-id needs a positive whole number.</source>
        <translation>qbmodctl: --app-id requer um número inteiro positivo.</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot;: %2</source>
        <translation>qbmodctl: perfil “%1”: %2</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot;; no profiles are saved.</source>
        <translation>qbmodctl: não existe nenhum perfil chamado “%1”; não há perfis salvos.</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot; (saved: %2).</source>
        <translation>qbmodctl: não existe nenhum perfil chamado “%1” (salvos: %2).</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the secrets in the environment instead (QBMOD_API_KEY, or QBMOD_AUTH_SECRET and QBMOD_PASSWORD).</source>
        <translation>qbmodctl: o chaveiro do sistema está indisponível; informe os segredos no ambiente (QBMOD_API_KEY, ou QBMOD_AUTH_SECRET e QBMOD_PASSWORD).</translation>
    </message>
    <message>
        <source>Try &apos;qbmodctl --help&apos;.</source>
        <translation>Experimente “qbmodctl --help”.</translation>
    </message>
    <message>
        <source>qbmodctl: no command given.</source>
        <translation>qbmodctl: nenhum comando informado.</translation>
    </message>
    <message>
        <source>qbmodctl: unknown command &quot;%1&quot;.</source>
        <translation>qbmodctl: comando desconhecido “%1”.</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs a user id (a positive number).</source>
        <translation>qbmodctl: --on-behalf-of requer um ID de usuário (um número positivo).</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs an API key (QBMOD_API_KEY); a session login always acts as its own user.</source>
        <translation>qbmodctl: --on-behalf-of requer uma API key (QBMOD_API_KEY); um login de sessão sempre age como o próprio usuário.</translation>
    </message>
    <message>
        <source>qbmodctl: unexpected argument &quot;%1&quot;.</source>
        <translation>qbmodctl: argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>Seconds a whole answer may take, however slowly it trickles in (default 300).</source>
        <translation>Segundos que uma resposta inteira pode levar, por mais lentamente que chegue (padrão: 300).</translation>
    </message>
    <message>
        <source>Largest answer accepted, in MiB (default 64).</source>
        <translation>Tamanho máximo de resposta aceito, em MiB (padrão: 64).</translation>
    </message>
    <message>
        <source>Print JSON for scripts, as one document: built in memory, so for small lists; use --jsonl for --all.</source>
        <translation>Imprime JSON para scripts, como um único documento: montado na memória, portanto para listas pequenas; use --jsonl com --all.</translation>
    </message>
    <message>
        <source>Lists: print one JSON object per line as pages arrive, in memory bounded however long the list.</source>
        <translation>Listas: imprime um objeto JSON por linha à medida que as páginas chegam, com memória limitada independentemente do tamanho da lista.</translation>
    </message>
    <message>
        <source>Use the local index at PATH (default: the connected application&apos;s).</source>
        <translation>Usa o índice local em PATH (padrão: o do aplicativo conectado).</translation>
    </message>
    <message>
        <source>Read every dialog again and drop the ones the server no longer lists.</source>
        <translation>Lê novamente todas as conversas e descarta as que o servidor não lista mais.</translation>
    </message>
    <message>
        <source>Keep the latest N messages of each dialog (default 200).</source>
        <translation>Mantém as N mensagens mais recentes de cada conversa (padrão 200).</translation>
    </message>
    <message>
        <source>From this date on (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>A partir desta data (AAAA-MM-DD ou data e hora ISO, UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Before this date (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>Antes desta data (AAAA-MM-DD ou data e hora ISO, UTC).</translation>
    </message>
    <message>
        <source>Read again the messages of dialogs not read for DAYS days (default 30).</source>
        <translation>Lê novamente as mensagens das conversas não lidas há DAYS dias (padrão 30).</translation>
    </message>
    <message>
        <source>Only messages with a link.</source>
        <translation>Somente mensagens com um link.</translation>
    </message>
    <message>
        <source>Only messages with an attachment.</source>
        <translation>Somente mensagens com um anexo.</translation>
    </message>
    <message>
        <source>A campaign reaches at least N dialogs (default 5).</source>
        <translation>Uma campanha atinge pelo menos N conversas (padrão 5).</translation>
    </message>
    <message>
        <source>…within this time, e.g. 24h, 90m, 2d (default 24h).</source>
        <translation>…dentro deste prazo, p. ex. 24h, 90m, 2d (padrão 24h).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Requests per second, paced exactly (default: the profile&apos;s rate limit, or learned from the server&apos;s first 429s).</source>
        <translation>Solicitações por segundo, em ritmo exato (padrão: o limite de taxa do perfil, ou aprendido com as primeiras respostas 429 do servidor).</translation>
    </message>
    <message>
        <source>The campaign to act on, as &quot;campaigns&quot; lists it.</source>
        <translation>A campanha sobre a qual agir, como “campaigns” a lista.</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAIGN</translation>
    </message>
    <message>
        <source>Delete the dialogs that search or the campaign found, each checked with the server first.</source>
        <translation>Excluir as conversas que a pesquisa ou a campanha encontrou, cada uma verificada antes com o servidor.</translation>
    </message>
    <message>
        <source>Remove this user from the dialogs where search or the campaign found their messages, each checked with the server first.</source>
        <translation>Remover este usuário das conversas em que a pesquisa ou a campanha encontrou mensagens dele, cada uma verificada antes com o servidor.</translation>
    </message>
    <message>
        <source>Your name, recorded with each run (default: QBMOD_MODERATOR_NAME, or in a team database your database user).</source>
        <translation>Seu nome, anotado em cada execução (padrão: QBMOD_MODERATOR_NAME ou, em um banco de dados da equipe, seu usuário do banco de dados).</translation>
    </message>
    <message>
        <source>Only runs by WHO: a moderator&apos;s name, login or API key fingerprint.</source>
        <translation>Somente execuções feitas por WHO: o nome de um moderador, um login ou a impressão digital de uma API key.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot; keeps its journal in the team database %2, but its password is not in the keychain. Save it in the console, or give it in QBMOD_STORE_PASSWORD.</source>
        <translation>qbmodctl: o perfil “%1” mantém o registro no banco de dados da equipe %2, mas a senha dele não está no chaveiro. Salve-a no console ou informe-a em QBMOD_STORE_PASSWORD.</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the team database&apos;s password in QBMOD_STORE_PASSWORD instead.</source>
        <translation>qbmodctl: o chaveiro do sistema está indisponível; informe a senha do banco de dados da equipe em QBMOD_STORE_PASSWORD.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Save it in the console, or give it in the environment (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</source>
        <translation>qbmodctl: %1 Salve-o no console ou informe-o no ambiente (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</translation>
    </message>
    <message>
        <source>qbmodctl: give either --journal or --store, not both.</source>
        <translation>qbmodctl: informe --journal ou --store, não ambos.</translation>
    </message>
    <message>
        <source>Keep the journal and the Sweep index in the team database at URL, postgres://user@host:5432/qbmod?sslmode=verify-full; its password comes from QBMOD_STORE_PASSWORD, never from the URL.</source>
        <translation>Manter o registro e o índice da Varredura no banco de dados da equipe em URL, postgres://user@host:5432/qbmod?sslmode=verify-full; a senha dele vem de QBMOD_STORE_PASSWORD, nunca da URL.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs with no message in DAYS days.</source>
        <translation>Seleção salva: conversas sem mensagens há DAYS dias.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs owned by this user.</source>
        <translation>Seleção salva: conversas de propriedade deste usuário.</translation>
    </message>
    <message>
        <source>Saved selection: groups with no message, or only their owner left.</source>
        <translation>Seleção salva: grupos sem mensagens ou em que só resta o proprietário.</translation>
    </message>
    <message>
        <source>Saved selection: messages matching TEXT, with search&apos;s filters (--sender, --since, --until, --type, --has-link, --has-attachment).</source>
        <translation>Seleção salva: mensagens que correspondem a TEXT, com os filtros de search (--sender, --since, --until, --type, --has-link, --has-attachment).</translation>
    </message>
    <message>
        <source>When the team database cannot be reached, journal the run on this computer and upload it later (journal upload); its ids are not claimed meanwhile.</source>
        <translation>Quando o banco de dados da equipe não puder ser acessado, registrar a execução neste computador e enviá-la depois (journal upload); enquanto isso, os IDs dela não ficam reservados.</translation>
    </message>
    <message>
        <source>Write the journal file at PATH.</source>
        <translation>Gravar o arquivo de registro em PATH.</translation>
    </message>
    <message>
        <source>List every match (dialogs, users or messages), however many pages.</source>
        <translation>Listar todas as correspondências (conversas, usuários ou mensagens), independentemente do número de páginas.</translation>
    </message>
    <message>
        <source>Usage: qbmodctl [options] COMMAND

Commands:
  dialogs list [--type 1,2,3] [--name-contains TEXT] [--limit N | --all]
               [--on-behalf-of USER_ID] [--json | --jsonl]
  dialogs delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]
                 [--protected-users IDS] [--override-protection] [--dry-run]
                 [--no-evidence] [--batch-size N] [--yes] [--journal PATH]
                 [--json] (ID... | --from-file FILE | --from-file -)
  dialogs remove-member DIALOG_ID... --user USER_ID [--on-behalf-of USER_ID]
                 [--reason TEXT] [--protected-users IDS] [--override-protection]
                 [--dry-run] [--yes] [--journal PATH] [--json]
  journal list [--journal PATH] [--moderator WHO] [--json]
  journal show RUN_ID [--journal PATH] [--json]
  journal export [--format csv|json] [RUN_ID] [--journal PATH]
  journal reconcile [RUN_ID] [--journal PATH] [--json]
  journal prune --older-than DAYS [--journal PATH] [--json]
  journal upload [--store URL] [--json]
  journal move-to-team --store URL [--journal PATH] [--json]
  journal export-local --store URL --to PATH [--moderator WHO] [--json]
  messages delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]
                  [--protected-users IDS] [--override-protection] [--dry-run]
                  [--dialog DIALOG_ID] [--batch-size N] [--yes] [--journal PATH]
                  [--json] (ID... | --from-file FILE | --from-file -)
  messages list DIALOG_ID [--sender USER_ID] [--limit N | --all]
                [--on-behalf-of USER_ID] [--json | --jsonl]
  protected list [--store URL] [--json]
  protected add|remove USER_ID... [--reason TEXT] [--store URL]
  users list [--search TEXT] [--limit N | --all] [--json | --jsonl]
  users show USER_ID [--json]
  users dialogs USER_ID [--limit N | --all] [--json | --jsonl]
  index update [--full] [--depth N | --since DATE] [--retention DAYS]
               [--index PATH] [--json]
  index status [--index PATH] [--json]
  index forget [--index PATH]
  search TEXT [--sender ID] [--since DATE] [--until DATE]
              [--type public,group,private] [--has-link] [--has-attachment]
              [--limit N] [--index PATH] [--json | --jsonl]
  campaigns [--min-dialogs N] [--within 24h] [--since DATE] [--index PATH]
            [--json | --jsonl]
  selections list [--index PATH] [--json | --jsonl]
  selections save NAME (--inactive DAYS | --owner USER_ID | --empty-groups
                 | --phrase TEXT [search&apos;s filters] | --campaign CAMPAIGN
                 [--within 24h]) [--index PATH] [--json]
  selections run NAME [--index PATH] [--json | --jsonl]
  selections delete NAME [--index PATH] [--json]
  search … | campaigns … --campaign CAMPAIGN | selections run NAME, then to act
            on what was found:
            (--delete-dialogs [--force] | --remove-sender USER_ID)
            [--on-behalf-of USER_ID] [--reason TEXT] [--protected-users IDS]
            [--override-protection] [--no-evidence] [--dry-run] [--yes]
            [--journal PATH] [--json]

Credentials come from the environment, never from arguments:
  QBMOD_API_KEY       API key; when set, qbmodctl uses it (Authorization: ApiKey)
  QBMOD_AUTH_SECRET   application auth secret, with --app-id, --auth-key, --login
  QBMOD_PASSWORD      the operator&apos;s password
  QBMOD_PROTECTED_USERS  protected user ids, when --protected-users is not given
  QBMOD_STORE_PASSWORD   the team database&apos;s password, with --store URL
Wherever --journal PATH is taken, --store postgres://user@host:port/db keeps the
journal in a team database instead; runs record --moderator-name NAME. With
--offline a run goes ahead when the team database cannot be reached, journaled
on this computer until &quot;journal upload&quot;.
With --profile NAME the connection and secrets come from a saved profile and
the system keychain; options and these variables override them. A profile that
keeps its journal in a team database uses it unless --journal or --store is
given; its password comes from QBMOD_STORE_PASSWORD or the keychain.

Exit codes: 0 done; 1 some ids not permitted or failed; 2 usage or input error;
3 authentication failed; 4 endpoint unreachable.
</source>
        <translation>Uso: qbmodctl [options] COMMAND

Comandos:
  dialogs list [--type 1,2,3] [--name-contains TEXT] [--limit N | --all]
               [--on-behalf-of USER_ID] [--json | --jsonl]
  dialogs delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]
                 [--protected-users IDS] [--override-protection] [--dry-run]
                 [--no-evidence] [--batch-size N] [--yes] [--journal PATH]
                 [--json] (ID... | --from-file FILE | --from-file -)
  dialogs remove-member DIALOG_ID... --user USER_ID [--on-behalf-of USER_ID]
                 [--reason TEXT] [--protected-users IDS] [--override-protection]
                 [--dry-run] [--yes] [--journal PATH] [--json]
  journal list [--journal PATH] [--moderator WHO] [--json]
  journal show RUN_ID [--journal PATH] [--json]
  journal export [--format csv|json] [RUN_ID] [--journal PATH]
  journal reconcile [RUN_ID] [--journal PATH] [--json]
  journal prune --older-than DAYS [--journal PATH] [--json]
  journal upload [--store URL] [--json]
  journal move-to-team --store URL [--journal PATH] [--json]
  journal export-local --store URL --to PATH [--moderator WHO] [--json]
  messages delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]
                  [--protected-users IDS] [--override-protection] [--dry-run]
                  [--dialog DIALOG_ID] [--batch-size N] [--yes] [--journal PATH]
                  [--json] (ID... | --from-file FILE | --from-file -)
  messages list DIALOG_ID [--sender USER_ID] [--limit N | --all]
                [--on-behalf-of USER_ID] [--json | --jsonl]
  protected list [--store URL] [--json]
  protected add|remove USER_ID... [--reason TEXT] [--store URL]
  users list [--search TEXT] [--limit N | --all] [--json | --jsonl]
  users show USER_ID [--json]
  users dialogs USER_ID [--limit N | --all] [--json | --jsonl]
  index update [--full] [--depth N | --since DATE] [--retention DAYS]
               [--index PATH] [--json]
  index status [--index PATH] [--json]
  index forget [--index PATH]
  search TEXT [--sender ID] [--since DATE] [--until DATE]
              [--type public,group,private] [--has-link] [--has-attachment]
              [--limit N] [--index PATH] [--json | --jsonl]
  campaigns [--min-dialogs N] [--within 24h] [--since DATE] [--index PATH]
            [--json | --jsonl]
  selections list [--index PATH] [--json | --jsonl]
  selections save NAME (--inactive DAYS | --owner USER_ID | --empty-groups
                 | --phrase TEXT [search&apos;s filters] | --campaign CAMPAIGN
                 [--within 24h]) [--index PATH] [--json]
  selections run NAME [--index PATH] [--json | --jsonl]
  selections delete NAME [--index PATH] [--json]
  search … | campaigns … --campaign CAMPAIGN | selections run NAME, e então,
            para agir sobre o que foi encontrado:
            (--delete-dialogs [--force] | --remove-sender USER_ID)
            [--on-behalf-of USER_ID] [--reason TEXT] [--protected-users IDS]
            [--override-protection] [--no-evidence] [--dry-run] [--yes]
            [--journal PATH] [--json]

As credenciais vêm do ambiente, nunca dos argumentos:
  QBMOD_API_KEY       API key; quando definida, o qbmodctl a usa
                      (Authorization: ApiKey)
  QBMOD_AUTH_SECRET   auth secret do aplicativo, com --app-id, --auth-key,
                      --login
  QBMOD_PASSWORD      a senha do operador
  QBMOD_PROTECTED_USERS  ids de usuários protegidos, quando --protected-users
                      não é informado
  QBMOD_STORE_PASSWORD   a senha do banco de dados da equipe, com --store URL
Onde quer que --journal PATH seja aceito, --store postgres://user@host:port/db
mantém o registro em um banco de dados da equipe; as execuções anotam
--moderator-name NAME. Com --offline, uma execução prossegue quando o banco
de dados da equipe não pode ser acessado, registrada neste computador até
“journal upload”.
Com --profile NAME, a conexão e os segredos vêm de um perfil salvo e do
chaveiro do sistema; as opções e estas variáveis têm precedência. Um perfil
que mantém o registro em um banco de dados da equipe o usa, a menos que
--journal ou --store seja informado; a senha vem de QBMOD_STORE_PASSWORD ou
do chaveiro.

Códigos de saída: 0 concluído; 1 alguns ids não permitidos ou com falha;
2 erro de uso ou de entrada; 3 falha na autenticação; 4 endpoint inacessível.
</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>protected users: %1</source>
        <translation>usuários protegidos: %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) shown, nothing was sent.</source>
        <translation>
            <numerusform>Simulação: %n solicitação mostrada, nada foi enviado.</numerusform>
            <numerusform>Simulação: %n solicitações mostradas, nada foi enviado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlRunCommand</name>
    <message>
        <source>Give one with --reason.</source>
        <translation>Informe um com --reason.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n earlier run(s) have ids whose outcome is unknown; run &quot;qbmodctl journal reconcile&quot; to settle them.</source>
        <translation>
            <numerusform>qbmodctl: %n execução anterior tem ids com resultado desconhecido; execute &quot;qbmodctl journal reconcile&quot; para resolvê-los.</numerusform>
            <numerusform>qbmodctl: %n execuções anteriores têm ids com resultado desconhecido; execute &quot;qbmodctl journal reconcile&quot; para resolvê-los.</numerusform>
        </translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>Refusing to act without confirmation: pass --yes, or run on a terminal to be asked.</source>
        <translation>Recusando-se a agir sem confirmação: passe --yes, ou execute em um terminal para ser perguntado.</translation>
    </message>
    <message>
        <source>Recorded in the journal as run %1.</source>
        <translation>Anotado no registro como execução %1.</translation>
    </message>
    <message>
        <source>Working… %1 of %2</source>
        <translation>Processando… %1 de %2</translation>
    </message>
    <message>
        <source>--offline is for a team database (--store, or a profile that keeps its journal in one). Nothing was sent.</source>
        <translation>--offline é para um banco de dados da equipe (--store, ou um perfil que mantém o registro em um). Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n run(s) made offline are not in the team database yet; &quot;qbmodctl journal upload&quot; adds them.</source>
        <translation>
            <numerusform>qbmodctl: %n execução feita offline ainda não está no banco de dados da equipe; “qbmodctl journal upload” a adiciona.</numerusform>
            <numerusform>qbmodctl: %n execuções feitas offline ainda não estão no banco de dados da equipe; “qbmodctl journal upload” as adiciona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded offline as run %1 in %2; &quot;qbmodctl journal upload&quot; adds it to the team database once it can be reached. Until then its ids are not claimed.</source>
        <translation>Registrada offline como execução %1 em %2; “qbmodctl journal upload” a adiciona ao banco de dados da equipe assim que ele puder ser acessado. Até lá, os IDs dela não ficam reservados.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Give ids either as arguments or with --from-file, not both.</source>
        <translation>Informe os IDs como argumentos ou com --from-file, não das duas formas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID não é um ID de conversa (24 dígitos hexadecimais): %1. Nada foi enviado.</numerusform>
            <numerusform>%n IDs não são IDs de conversa (24 dígitos hexadecimais): %1. Nada foi enviado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not message ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID não é um ID de mensagem (24 dígitos hexadecimais): %1. Nada foi enviado.</numerusform>
            <numerusform>%n IDs não são IDs de mensagem (24 dígitos hexadecimais): %1. Nada foi enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>Nenhum ID de conversa informado.</translation>
    </message>
    <message>
        <source>No message ids given.</source>
        <translation>Nenhum ID de mensagem informado.</translation>
    </message>
    <message>
        <source>the signed-in account</source>
        <translation>a conta conectada</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Excluir %n conversa para todos, com todas as mensagens. Esta ação não pode ser desfeita.</numerusform>
            <numerusform>Excluir %n conversas para todos, com todas as mensagens. Esta ação não pode ser desfeita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone. This cannot be undone.</source>
        <translation>
            <numerusform>Excluir %n mensagem para todos. Esta ação não pode ser desfeita.</numerusform>
            <numerusform>Excluir %n mensagens para todos. Esta ação não pode ser desfeita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Digite %1 para confirmar: </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Remover %n conversa somente da lista de %1; os outros membros a mantêm.</numerusform>
            <numerusform>Remover %n conversas somente da lista de %1; os outros membros as mantêm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Excluir %n mensagem somente para %1; os outros membros a mantêm.</numerusform>
            <numerusform>Excluir %n mensagens somente para %1; os outros membros as mantêm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuar? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nada foi excluído.</translation>
    </message>
    <message>
        <source>--batch-size needs a whole number from 1 to 500.</source>
        <translation>--batch-size requer um número inteiro de 1 a 500.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits). Nothing was sent.</source>
        <translation>“%1” não é um ID de conversa (24 dígitos hexadecimais). Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are not in dialog %1 as the acting user sees it (already deleted, or in another dialog): %2. Nothing was deleted.</source>
        <translation>
            <numerusform>%n mensagem não está na conversa %1 como o usuário atuante a vê (já excluída, ou em outra conversa): %2. Nada foi excluído.</numerusform>
            <numerusform>%n mensagens não estão na conversa %1 como o usuário atuante a vê (já excluídas, ou em outra conversa): %2. Nada foi excluído.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>Com uma API key e sem --on-behalf-of, o QuickBlox exclui para todos os membros.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Profile: %1 (%2). Acting as: %3.</source>
        <translation>Perfil: %1 (%2). Em nome de: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these message(s) were not sent by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n destas mensagens não foi enviada pelo usuário atuante e retornará como não permitida.</numerusform>
            <numerusform>%n destas mensagens não foram enviadas pelo usuário atuante e retornarão como não permitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user, who may not remove others from them: they will come back as not permitted.</source>
        <translation>
            <numerusform>%n destas conversas não pertence ao usuário atuante, que não pode remover outras pessoas dela: retornará como não permitida.</numerusform>
            <numerusform>%n destas conversas não pertencem ao usuário atuante, que não pode remover outras pessoas delas: retornarão como não permitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n destas conversas não pertence ao usuário atuante e retornará como não permitida.</numerusform>
            <numerusform>%n destas conversas não pertencem ao usuário atuante e retornarão como não permitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The acting user (%1) is protected: this delete is sent on their behalf.</source>
        <translation>O usuário atuante (%1) está protegido: esta exclusão é enviada em nome dele.</translation>
    </message>
    <message>
        <source>%1 is protected.</source>
        <translation>%1 está protegido.</translation>
    </message>
    <message>
        <source>&amp;Override protection (recorded in the journal)</source>
        <translation>&amp;Ignorar a proteção (anotado no registro)</translation>
    </message>
    <message>
        <source>Show the re&amp;quests</source>
        <translation>Mostrar as &amp;solicitações</translation>
    </message>
    <message>
        <source>The requests this would send</source>
        <translation>As solicitações que isto enviaria</translation>
    </message>
    <message>
        <source>Each dialog is read first (GET); one where the user is not a member gets no update.</source>
        <translation>Cada conversa é lida primeiro (GET); aquela em que o usuário não é membro não é alterada.</translation>
    </message>
    <message>
        <source>Required: why, for the journal (e.g. spam wave reported on 12 May)</source>
        <translation>Obrigatório: o motivo, para o registro (por ex., onda de spam denunciada em 12 de maio)</translation>
    </message>
    <message>
        <source>Optional: why, for the journal</source>
        <translation>Opcional: o motivo, para o registro</translation>
    </message>
    <message>
        <source>Number of items, typed to confirm</source>
        <translation>Número de itens, digitado para confirmar</translation>
    </message>
    <message>
        <source>Dialogs to remove the user from</source>
        <translation>Conversas das quais o usuário será removido</translation>
    </message>
    <message>
        <source>Dialogs to delete</source>
        <translation>Conversas a excluir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>owner protected</source>
        <translation>proprietário protegido</translation>
    </message>
    <message>
        <source>not owner: will be refused</source>
        <translation>não é o proprietário: será recusado</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>não é membro</translation>
    </message>
    <message>
        <source>Messages to delete</source>
        <translation>Mensagens a excluir</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>not the sender: will be refused</source>
        <translation>não é o remetente: será recusada</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent by protected users would be deleted for everyone (marked in the Protected column).</source>
        <translation>
            <numerusform>%n mensagem enviada por usuários protegidos seria excluída para todos (marcada na coluna Protegido).</numerusform>
            <numerusform>%n mensagens enviadas por usuários protegidos seriam excluídas para todos (marcadas na coluna Protegido).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) owned by protected users would be deleted for everyone (marked in the Protected column). Protected owners: %1.</source>
        <translation>
            <numerusform>%n conversa de usuários protegidos seria excluída para todos (marcada na coluna Protegido). Proprietários protegidos: %1.</numerusform>
            <numerusform>%n conversas de usuários protegidos seriam excluídas para todos (marcadas na coluna Protegido). Proprietários protegidos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderator&apos;s reason</source>
        <translation>Motivo do moderador</translation>
    </message>
    <message>
        <source>&amp;Your reason:</source>
        <translation>Seu &amp;motivo:</translation>
    </message>
    <message>
        <source>Type the number of messages (%1) to &amp;confirm:</source>
        <translation>Digite o número de mensagens (%1) para &amp;confirmar:</translation>
    </message>
    <message>
        <source>Type the number of dialogs (%1) to &amp;confirm:</source>
        <translation>Digite o número de conversas (%1) para &amp;confirmar:</translation>
    </message>
    <message>
        <source>Press Down for recent reasons</source>
        <translation>Pressione Down para ver motivos recentes</translation>
    </message>
    <message>
        <source>Give a reason to continue.</source>
        <translation>Informe um motivo para continuar.</translation>
    </message>
    <message>
        <source>Type the number to continue.</source>
        <translation>Digite o número para continuar.</translation>
    </message>
    <message>
        <source>Check Override protection to continue.</source>
        <translation>Marque Ignorar a proteção para continuar.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegido</translation>
    </message>
    <message>
        <source>Found in the local index, which is not evidence: each item is checked with the server before anything is sent. What is already gone is reported as such; what cannot be checked is left alone. The journal keeps the query.</source>
        <translation>Encontrado no índice local, que não é evidência: cada item é verificado com o servidor antes que qualquer coisa seja enviada. O que já não existe é informado como tal; o que não pode ser verificado é deixado como está. O registro guarda a consulta.</translation>
    </message>
</context>
<context>
    <name>DeleteResultModel</name>
    <message>
        <source>Waiting</source>
        <comment>delete result not known yet</comment>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Resposta do servidor</translation>
    </message>
    <message>
        <source>remove %1 from the members of the dialogs</source>
        <translation>remover %1 dos membros das conversas</translation>
    </message>
    <message>
        <source>delete for everyone</source>
        <translation>excluir para todos</translation>
    </message>
    <message>
        <source>remove from one user&apos;s history</source>
        <translation>remover do histórico de um usuário</translation>
    </message>
    <message>
        <source>remove from one user&apos;s list</source>
        <translation>remover da lista de um usuário</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API key %1</translation>
    </message>
    <message>
        <source>Journal run</source>
        <translation>Execução no registro</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>Usuário atuante</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
</context>
<context>
    <name>DeleteRunDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Tentar novamente as falhas</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Copiar resultados</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Result for each message</source>
        <translation>Resultado de cada mensagem</translation>
    </message>
    <message>
        <source>Result for each dialog</source>
        <translation>Resultado de cada conversa</translation>
    </message>
    <message>
        <source>Removing… %1 of %2</source>
        <translation>Removendo… %1 de %2</translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Excluindo… %1 de %2</translation>
    </message>
    <message>
        <source>Saving evidence: each dialog and its latest messages…</source>
        <translation>Salvando evidências: cada conversa e suas mensagens mais recentes…</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Paused at %1 of %2. Batches already sent still finish; nothing new is sent.</source>
        <translation>Pausado em %1 de %2. Os lotes já enviados ainda terminam; nada novo é enviado.</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>A execução parou</translation>
    </message>
    <message>
        <source>Checking with the server what the local index found…</source>
        <translation>Verificando com o servidor o que o índice local encontrou…</translation>
    </message>
    <message>
        <source>qbmod results, %1.csv</source>
        <translation>resultados do qbmod, %1.csv</translation>
    </message>
    <message>
        <source>qbmod results of run %1, %2.csv</source>
        <translation>resultados do qbmod da execução %1, %2.csv</translation>
    </message>
</context>
<context>
    <name>DeletionPlan</name>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s)</source>
        <translation>
            <numerusform>Remover %1 de %n conversa</numerusform>
            <numerusform>Remover %1 de %n conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone</source>
        <translation>
            <numerusform>Excluir %n mensagem para todos</numerusform>
            <numerusform>Excluir %n mensagens para todos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone</source>
        <translation>
            <numerusform>Excluir %n conversa para todos</numerusform>
            <numerusform>Excluir %n conversas para todos</numerusform>
        </translation>
    </message>
    <message>
        <source>the API key (full rights)</source>
        <translation>a API key (todos os direitos)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuário %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message(s) from the history of %1</source>
        <translation>
            <numerusform>Remover %n mensagem do histórico de %1</numerusform>
            <numerusform>Remover %n mensagens do histórico de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1</source>
        <translation>
            <numerusform>Remover %n conversa da lista de %1</numerusform>
            <numerusform>Remover %n conversas da lista de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be removed from the members of %n dialog(s) and stop receiving their messages. The dialogs and their messages stay.</source>
        <translation>
            <numerusform>%1 será removido dos membros de %n conversa e deixará de receber suas mensagens. A conversa e suas mensagens permanecem.</numerusform>
            <numerusform>%1 será removido dos membros de %n conversas e deixará de receber suas mensagens. As conversas e suas mensagens permanecem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be deleted from every member&apos;s history. This cannot be undone.</source>
        <translation>
            <numerusform>%n mensagem será excluída do histórico de todos os membros. Isso não pode ser desfeito.</numerusform>
            <numerusform>%n mensagens serão excluídas do histórico de todos os membros. Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be removed from the history of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>%n mensagem será removida apenas do histórico de %1; os outros membros a mantêm.</numerusform>
            <numerusform>%n mensagens serão removidas apenas do histórico de %1; os outros membros as mantêm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be deleted for all members, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>%n conversa será excluída para todos os membros, com todas as mensagens. Isso não pode ser desfeito.</numerusform>
            <numerusform>%n conversas serão excluídas para todos os membros, com todas as mensagens. Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be removed from the list of %1 only; the other members keep them and their messages.</source>
        <translation>
            <numerusform>%n conversa será removida apenas da lista de %1; os outros membros a mantêm com suas mensagens.</numerusform>
            <numerusform>%n conversas serão removidas apenas da lista de %1; os outros membros as mantêm com suas mensagens.</numerusform>
        </translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>o usuário conectado</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>public</source>
        <translation>pública</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>DialogDetailPane</name>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>Mensagens mais recentes</translation>
    </message>
    <message>
        <source>No dialog selected</source>
        <translation>Nenhuma conversa selecionada</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Id: %1
Type: %2
Owner: %3
Created: %4
Last activity: %5</source>
        <translation>ID: %1
Tipo: %2
Proprietário: %3
Criada: %4
Última atividade: %5</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Carregando mensagens…</translation>
    </message>
    <message>
        <source>Everyone in the application (public dialog)</source>
        <translation>Todos no aplicativo (conversa pública)</translation>
    </message>
    <message>
        <source>– owner</source>
        <translation>– proprietário</translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation>Não foi possível carregar as mensagens: %1</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Nenhuma mensagem.</translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s), not downloaded)</source>
        <translation>
            <numerusform>(%n anexo, não baixado)</numerusform>
            <numerusform>(%n anexos, não baixados)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogTableModel</name>
    <message>
        <source>all</source>
        <comment>members of a public dialog</comment>
        <translation>todos</translation>
    </message>
    <message>
        <source>%1
Dialog id: %2</source>
        <translation>%1
ID da conversa: %2</translation>
    </message>
    <message>
        <source>User id %1</source>
        <translation>ID do usuário %1</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID do usuário %2)</translation>
    </message>
    <message>
        <source>Public dialog: every user of the application can join</source>
        <translation>Conversa pública: qualquer usuário do aplicativo pode entrar</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membros</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Última mensagem</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
</context>
<context>
    <name>DialogsListCommand</name>
    <message>
        <source>users dialogs takes exactly one user id (a positive number).</source>
        <translation>users dialogs aceita exatamente um ID de usuário (um número positivo).</translation>
    </message>
    <message>
        <source>--type takes 1 (public), 2 (group) or 3 (private), comma-separated; &quot;%1&quot; is none of them.</source>
        <translation>--type aceita 1 (pública), 2 (grupo) ou 3 (privada), separados por vírgulas; “%1” não é nenhum deles.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPRIETÁRIO</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBROS</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>ÚLTIMA ATIVIDADE</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) shown</source>
        <translation>
            <numerusform>%n conversa mostrada</numerusform>
            <numerusform>%n conversas mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n no total</numerusform>
            <numerusform>%n no total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsPage</name>
    <message>
        <source>Dialogs</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Dialog type</source>
        <translation>Tipo de conversa</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Nome contém</translation>
    </message>
    <message>
        <source>Name contains (asks the server)</source>
        <translation>Nome contém (consulta o servidor)</translation>
    </message>
    <message>
        <source>Active after</source>
        <translation>Ativa depois de</translation>
    </message>
    <message>
        <source>Last activity after</source>
        <translation>Última atividade depois de</translation>
    </message>
    <message>
        <source>Active before</source>
        <translation>Ativa antes de</translation>
    </message>
    <message>
        <source>Last activity before</source>
        <translation>Última atividade antes de</translation>
    </message>
    <message>
        <source>Search server</source>
        <translation>Pesquisar no servidor</translation>
    </message>
    <message>
        <source>Filter loaded dialogs (Ctrl+F)</source>
        <translation>Filtrar conversas carregadas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter loaded dialogs</source>
        <translation>Filtrar conversas carregadas</translation>
    </message>
    <message>
        <source>Dialogs could not be loaded: %1</source>
        <translation>Não foi possível carregar as conversas: %1</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded</source>
        <translation>%1 selecionadas de %2 carregadas</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>Editar &amp;perfil…</translation>
    </message>
    <message>
        <source>Not connected. Choose File › Connect… (Ctrl+Shift+O) to open a profile, or try the built-in sandbox from there.</source>
        <translation>Não conectado. Escolha Arquivo › Conectar… (Ctrl+Shift+O) para abrir um perfil, ou experimente dali o sandbox integrado.</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 dialogs: the console holds at most %3. Narrow the list with the filters above, or list them all with qbmodctl dialogs list --all --jsonl.</source>
        <translation>Carregadas as primeiras %1 de %2 conversas: o console comporta no máximo %3. Restrinja a lista com os filtros acima, ou liste todas com qbmodctl dialogs list --all --jsonl.</translation>
    </message>
    <message>
        <source>&amp;Review owner</source>
        <translation>&amp;Revisar proprietário</translation>
    </message>
    <message>
        <source>Act as &amp;owner</source>
        <translation>Agir como pr&amp;oprietário</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copiar id</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Mostrar no re&amp;gistro</translation>
    </message>
    <message>
        <source>Not connected: nothing to search. Connect first (File › Connect…, Ctrl+Shift+O).</source>
        <translation>Não conectado: nada para pesquisar. Conecte-se primeiro (Arquivo › Conectar…, Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded (%3 shown by the filter)</source>
        <translation>%1 selecionadas de %2 carregadas (%3 exibidas pelo filtro)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total (%4 shown by the filter)</source>
        <translation>%1 selecionadas de %2 carregadas, %3 no total (%4 exibidas pelo filtro)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total</source>
        <translation>%1 selecionadas de %2 carregadas, %3 no total</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n dialog(s)…</source>
        <translation>
            <numerusform>Ordenando %n conversa…</numerusform>
            <numerusform>Ordenando %n conversas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsRemoveMemberCommand</name>
    <message>
        <source>--user needs the id of the user to remove (a positive number).</source>
        <translation>--user requer o ID do usuário a ser removido (um número positivo).</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID não é um ID de conversa (24 dígitos hexadecimais): %1. Nada foi enviado.</numerusform>
            <numerusform>%n IDs não são IDs de conversa (24 dígitos hexadecimais): %1. Nada foi enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>Nenhum ID de conversa informado.</translation>
    </message>
    <message numerus="yes">
        <source>Remove user %1 from %n dialog(s)?</source>
        <translation>
            <numerusform>Remover o usuário %1 de %n conversa?</numerusform>
            <numerusform>Remover o usuário %1 de %n conversas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuar? [y/N] </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Ninguém foi removido.</translation>
    </message>
</context>
<context>
    <name>EvidenceCollector</name>
    <message>
        <source>Dialog not read: %1</source>
        <translation>Conversa não lida: %1</translation>
    </message>
    <message>
        <source>Messages not read: %1</source>
        <translation>Mensagens não lidas: %1</translation>
    </message>
</context>
<context>
    <name>IndexCommand</name>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation>Ainda não há índice; execute qbmodctl index update.</translation>
    </message>
    <message>
        <source>--depth needs a whole number from 1 to 100000.</source>
        <translation>--depth precisa de um número inteiro de 1 a 100000.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since precisa de uma data como 2025-05-01 ou 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--retention needs a number of days from 1 to 3650.</source>
        <translation>--retention precisa de um número de dias de 1 a 3650.</translation>
    </message>
    <message>
        <source>%1: %2 listed, %3 read, %4 to go</source>
        <translation>%1: %2 listadas, %3 lidas, %4 restantes</translation>
    </message>
    <message>
        <source>qbmodctl: the crawl stopped: %1 The next index update resumes where it stopped.</source>
        <translation>qbmodctl: a coleta parou: %1 A próxima atualização do índice continua de onde parou.</translation>
    </message>
    <message numerus="yes">
        <source>Index updated: %n dialog(s) listed</source>
        <translation>
            <numerusform>Índice atualizado: %n conversa listada</numerusform>
            <numerusform>Índice atualizado: %n conversas listadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read again</source>
        <translation>
            <numerusform>%n lida novamente</numerusform>
            <numerusform>%n lidas novamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored.</source>
        <translation>
            <numerusform>%n mensagem armazenada.</numerusform>
            <numerusform>%n mensagens armazenadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Índice: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s)</source>
        <translation>
            <numerusform>%n conversa</numerusform>
            <numerusform>%n conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuário</numerusform>
            <numerusform>%n usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB on disk</source>
        <translation>%1 MB em disco</translation>
    </message>
    <message>
        <source>Keeps every message since %1.</source>
        <translation>Mantém todas as mensagens desde %1.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps the latest %n message(s) of each dialog.</source>
        <translation>
            <numerusform>Mantém a mensagem mais recente de cada conversa.</numerusform>
            <numerusform>Mantém as %n mensagens mais recentes de cada conversa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages not read again for %n day(s) are dropped and read again.</source>
        <translation>
            <numerusform>Mensagens não lidas novamente há %n dia são descartadas e lidas novamente.</numerusform>
            <numerusform>Mensagens não lidas novamente há %n dias são descartadas e lidas novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last crawl finished %1.</source>
        <translation>A última coleta terminou %1.</translation>
    </message>
    <message numerus="yes">
        <source>A crawl stopped half-way (%n dialog(s) still to read); index update resumes it.</source>
        <translation>
            <numerusform>Uma coleta parou no meio (%n conversa ainda a ler); index update a retoma.</numerusform>
            <numerusform>Uma coleta parou no meio (%n conversas ainda a ler); index update a retoma.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index is a local copy for finding things, not evidence: what is acted on is checked with the server first.</source>
        <translation>O índice é uma cópia local para encontrar coisas, não evidências: aquilo sobre o que se age é verificado antes com o servidor.</translation>
    </message>
    <message>
        <source>There is no index to forget.</source>
        <translation>Não há índice para esquecer.</translation>
    </message>
    <message>
        <source>The index %1 is forgotten.</source>
        <translation>O índice %1 foi esquecido.</translation>
    </message>
    <message>
        <source>qbmodctl: the index in a team database needs the application: give --endpoint and its credentials, or --profile.</source>
        <translation>qbmodctl: o índice em um banco de dados da equipe precisa do aplicativo: informe --endpoint e as credenciais dele, ou --profile.</translation>
    </message>
    <message>
        <source>Index: %1 (shared with the team)</source>
        <translation>Índice: %1 (compartilhado com a equipe)</translation>
    </message>
</context>
<context>
    <name>ItemOutcome</name>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Não é membro</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Já não existe</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Não permitido</translation>
    </message>
    <message>
        <source>Failed: nothing changed</source>
        <translation>Falhou: nada mudou</translation>
    </message>
    <message>
        <source>Unknown: it may have taken effect</source>
        <translation>Desconhecido: pode ter surtido efeito</translation>
    </message>
    <message>
        <source>Not attempted: nothing was sent</source>
        <translation>Não tentado: nada foi enviado</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Journal error: %1</source>
        <translation>Erro do registro: %1</translation>
    </message>
    <message>
        <source>The file %1 is not a journal database.</source>
        <translation>O arquivo %1 não é um banco de dados de registro.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of qbmod (schema %2).</source>
        <translation>O registro %1 foi gravado por uma versão mais recente do qbmod (esquema %2).</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuário %1</translation>
    </message>
    <message>
        <source>user %1: %2</source>
        <translation>usuário %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 has no qbmod tables of schema %2 yet, and this role cannot create them: open it once as its owner. (%3)</source>
        <translation>O banco de dados da equipe %1 ainda não tem as tabelas do qbmod (esquema %2), e este papel não pode criá-las: abra-o uma vez como proprietário. (%3)</translation>
    </message>
    <message>
        <source>held by %1 in live run %2</source>
        <translation>reservado por %1 na execução em andamento %2</translation>
    </message>
    <message>
        <source>already sent by %1 in run %2</source>
        <translation>já enviado por %1 na execução %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the protected users from %1: %2</source>
        <translation>Não é possível ler os usuários protegidos de %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 is not open.</source>
        <translation>O banco de dados da equipe %1 não está aberto.</translation>
    </message>
    <message>
        <source>made offline</source>
        <translation>feita offline</translation>
    </message>
    <message>
        <source>from a local journal</source>
        <translation>de um registro local</translation>
    </message>
    <message>
        <source>from the team database</source>
        <translation>do banco de dados da equipe</translation>
    </message>
    <message>
        <source>Journal error: run %1 cannot be read: %2</source>
        <translation>Erro do registro: não é possível ler a execução %1: %2</translation>
    </message>
    <message>
        <source>Journal error: run %1 has no origin key.</source>
        <translation>Erro do registro: a execução %1 não tem chave de origem.</translation>
    </message>
    <message>
        <source>The team&apos;s protected users have never been read from %1 on this computer, so nothing runs offline. Reach the team database once first.</source>
        <translation>Os usuários protegidos da equipe nunca foram lidos de %1 neste computador, portanto nada é executado offline. Acesse o banco de dados da equipe uma vez primeiro.</translation>
    </message>
    <message>
        <source>Journal error: the copy of run %1 is not there.</source>
        <translation>Erro do registro: a cópia da execução %1 não foi encontrada.</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>journal %1 needs a run id.</source>
        <translation>journal %1 requer um ID de execução.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>“%1” não é um ID de execução.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Ainda não há registro em %1.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>O registro não contém a execução %1.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format é csv ou json.</translation>
    </message>
    <message>
        <source>journal prune needs --older-than DAYS (a whole number of days).</source>
        <translation>journal prune requer --older-than DAYS (um número inteiro de dias).</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pruned the evidence of %n dialog(s).</source>
        <translation>
            <numerusform>As evidências de %n conversa foram limpas.</numerusform>
            <numerusform>As evidências de %n conversas foram limpas.</numerusform>
        </translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>EXECUÇÃO</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>INÍCIO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>COMO</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>IN DOUBT</source>
        <translation>PENDENTES</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuário %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>chave %1</translation>
    </message>
    <message>
        <source>The journal holds no runs.</source>
        <translation>O registro não contém nenhuma execução.</translation>
    </message>
    <message>
        <source>Run %1 (%2), started %3</source>
        <translation>Execução %1 (%2), iniciada em %3</translation>
    </message>
    <message>
        <source>Endpoint: %1  Profile: %2</source>
        <translation>Endpoint: %1  Perfil: %2</translation>
    </message>
    <message>
        <source>Operator: %1  Acting user: %2</source>
        <translation>Operador: %1  Usuário atuante: %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API key %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Mode: %1 %2  Reason: %3</source>
        <translation>Modo: %1 %2  Motivo: %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>SETTLED BY</source>
        <translation>RESOLVIDO POR</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERRO</translation>
    </message>
    <message numerus="yes">
        <source>Evidence kept for %n dialog(s); see journal export.</source>
        <translation>
            <numerusform>Evidências guardadas de %n conversa; consulte journal export.</numerusform>
            <numerusform>Evidências guardadas de %n conversas; consulte journal export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protection was overridden for %n id(s).</source>
        <translation>
            <numerusform>A proteção foi ignorada para %n id.</numerusform>
            <numerusform>A proteção foi ignorada para %n ids.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected in the local index by: %1</source>
        <translation>Selecionado no índice local por: %1</translation>
    </message>
    <message>
        <source>Paused %1 (%2).</source>
        <translation>Pausada em %1 (%2).</translation>
    </message>
    <message>
        <source>Resumed %1 (%2).</source>
        <translation>Retomada em %1 (%2).</translation>
    </message>
    <message>
        <source>%1 %2 (%3).</source>
        <translation>%1 %2 (%3).</translation>
    </message>
    <message>
        <source>DIALOG NAME</source>
        <translation>NOME DA CONVERSA</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <source>MADE</source>
        <translation>ORIGEM</translation>
    </message>
</context>
<context>
    <name>JournalCopier</name>
    <message>
        <source>Run %1 was not copied: %2</source>
        <translation>A execução %1 não foi copiada: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs.</source>
        <translation>Interrompido após %1 de %2 execuções.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) copied.</source>
        <translation>
            <numerusform>%n execução copiada.</numerusform>
            <numerusform>%n execuções copiadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were already there.</source>
        <translation>
            <numerusform>%n execução já estava lá.</numerusform>
            <numerusform>%n execuções já estavam lá.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running, each copied once it ends.</source>
        <translation>
            <numerusform>%n execução ainda em andamento, copiada assim que terminar.</numerusform>
            <numerusform>%n execuções ainda em andamento, cada uma copiada assim que terminar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later settlement(s) added to runs already there.</source>
        <translation>
            <numerusform>%n resolução posterior adicionada a execuções que já estavam lá.</numerusform>
            <numerusform>%n resoluções posteriores adicionadas a execuções que já estavam lá.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settlements of run %1 were not copied: %2</source>
        <translation>As resoluções da execução %1 não foram copiadas: %2</translation>
    </message>
</context>
<context>
    <name>JournalReconcileCommand</name>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>“%1” não é um ID de execução.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Ainda não há registro em %1.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>O registro não contém a execução %1.</translation>
    </message>
    <message>
        <source>qbmodctl: skipped %1</source>
        <translation>qbmodctl: ignorado: %1</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>Nada a reconciliar.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n id(s): %1 gone, %2 still present, %3 without a clear answer.</source>
        <translation>
            <numerusform>%n ID verificado: %1 não existem mais, %2 ainda presentes, %3 sem resposta clara.</numerusform>
            <numerusform>%n IDs verificados: %1 não existem mais, %2 ainda presentes, %3 sem resposta clara.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTransferCommand</name>
    <message>
        <source>journal %1 needs a team database: give --store URL, or a profile that keeps its journal in one.</source>
        <translation>journal %1 requer um banco de dados da equipe: informe --store URL ou um perfil que mantém o registro em um.</translation>
    </message>
    <message>
        <source>journal export-local needs --to PATH, the journal file to write.</source>
        <translation>journal export-local requer --to PATH, o arquivo de registro a gravar.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Não há registro em %1.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Run the same command again to copy the rest; nothing is copied twice.</source>
        <translation>qbmodctl: %1 Execute o mesmo comando novamente para copiar o restante; nada é copiado duas vezes.</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Enviando execuções offline: %1 de %2</translation>
    </message>
</context>
<context>
    <name>JournalViewerDialog</name>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>Usuário atuante</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Não resolvidos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>In dialog</source>
        <translation>Na conversa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Moderation journal</source>
        <translation>Registro de moderação</translation>
    </message>
    <message>
        <source>Runs since</source>
        <translation>Execuções desde</translation>
    </message>
    <message>
        <source>Acting user id</source>
        <translation>ID do usuário atuante</translation>
    </message>
    <message>
        <source>Dialog id</source>
        <translation>ID da conversa</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Qualquer resultado</translation>
    </message>
    <message>
        <source>Gone (checked later)</source>
        <translation>Não existe mais (verificado depois)</translation>
    </message>
    <message>
        <source>Still present (checked later)</source>
        <translation>Ainda presente (verificado depois)</translation>
    </message>
    <message>
        <source>Still a member (checked later)</source>
        <translation>Ainda é membro (verificado depois)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Ids of the run</source>
        <translation>IDs da execução</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Evidence kept before a delete for everyone appears here.</source>
        <translation>As evidências guardadas antes de uma exclusão para todos aparecem aqui.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos os perfis</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(sem perfil)</translation>
    </message>
    <message>
        <source>removed a user from dialogs</source>
        <translation>removeu um usuário de conversas</translation>
    </message>
    <message>
        <source>messages, for everyone</source>
        <translation>mensagens, para todos</translation>
    </message>
    <message>
        <source>messages, from one history</source>
        <translation>mensagens, de um histórico</translation>
    </message>
    <message>
        <source>dialogs, for everyone</source>
        <translation>conversas, para todos</translation>
    </message>
    <message>
        <source>dialogs, from one list</source>
        <translation>conversas, de uma lista</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Nenhuma execução selecionada.</translation>
    </message>
    <message>
        <source>Run %1 on %2 (%3), %4. Reason: %5</source>
        <translation>Execução %1 em %2 (%3), %4. Motivo: %5</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nenhum informado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Dialog &quot;%1&quot; (owner %2), kept %3</source>
        <translation>Conversa “%1” (proprietário %2), guardada em %3</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Incompleto: %1</translation>
    </message>
    <message>
        <source>No evidence was kept for this dialog.</source>
        <translation>Nenhuma evidência foi guardada para esta conversa.</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Exportar registro</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON with evidence (*.json)</source>
        <translation>CSV (*.csv);;JSON com evidências (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>removed %1 from dialogs</source>
        <translation>removeu %1 de conversas</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>enviado, ainda sem resposta</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>operator login</source>
        <translation>login do operador</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>em andamento ou interrompida</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message numerus="yes">
        <source>qbmod journal, %n run(s), %1.csv</source>
        <translation>
            <numerusform>registro do qbmod, %n execução, %1.csv</numerusform>
            <numerusform>registro do qbmod, %n execuções, %1.csv</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialog name</source>
        <translation>Nome da conversa</translation>
    </message>
    <message>
        <source>%1, chosen in the local index (%2)</source>
        <translation>%1, escolhidas no índice local (%2)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>All moderators</source>
        <translation>Todos os moderadores</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation>O chaveiro do sistema está indisponível: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>O chaveiro do sistema relatou um erro: %1</translation>
    </message>
</context>
<context>
    <name>ListingOptions</name>
    <message>
        <source>--json and --jsonl cannot be used together.</source>
        <translation>--json e --jsonl não podem ser usados juntos.</translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation>--limit e --all não podem ser usados juntos.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit precisa de um número inteiro de pelo menos 1.</translation>
    </message>
</context>
<context>
    <name>LoadAllBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progresso do carregamento</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n carregado</numerusform>
            <numerusform>%n carregados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check them now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>qbmod</source>
        <translation>qbmod</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Stop acting as this user</source>
        <translation>Parar de agir em nome deste usuário</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progresso do carregamento</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Carregar &amp;tudo</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>&amp;Parar de carregar</translation>
    </message>
    <message>
        <source>&amp;Filter loaded dialogs</source>
        <translation>&amp;Filtrar conversas carregadas</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>&amp;Delete for acting user</source>
        <translation>&amp;Excluir para o usuário atuante</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the acting user&apos;s list only (Del)</source>
        <translation>Remover as conversas selecionadas somente da lista do usuário atuante (Del)</translation>
    </message>
    <message>
        <source>Delete for &amp;everyone…</source>
        <translation>Excluir para t&amp;odos…</translation>
    </message>
    <message>
        <source>Delete the selected dialogs for all members; cannot be undone (Shift+Del)</source>
        <translation>Excluir as conversas selecionadas para todos os membros; não pode ser desfeito (Shift+Del)</translation>
    </message>
    <message>
        <source>Act as &amp;user…</source>
        <translation>Agir como &amp;usuário…</translation>
    </message>
    <message>
        <source>S&amp;top acting as user</source>
        <translation>&amp;Parar de agir como usuário</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Co&amp;nfigurações…</translation>
    </message>
    <message>
        <source>&amp;Review users</source>
        <translation>&amp;Revisar usuários</translation>
    </message>
    <message>
        <source>Moderation &amp;journal…</source>
        <translation>&amp;Registro de moderação…</translation>
    </message>
    <message>
        <source>&amp;About qbmod</source>
        <translation>&amp;Sobre o qbmod</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Dialogs</source>
        <translation>&amp;Conversas</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuários</translation>
    </message>
    <message>
        <source>&amp;Acting user</source>
        <translation>Usuário a&amp;tuante</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>A delete is running</source>
        <translation>Há uma exclusão em andamento</translation>
    </message>
    <message>
        <source>Wait for the running delete to finish, or cancel it, before connecting elsewhere.</source>
        <translation>Aguarde a exclusão em andamento terminar, ou cancele-a, antes de se conectar a outro lugar.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>qbmod – %1 (%2)</source>
        <translation>qbmod – %1 (%2)</translation>
    </message>
    <message>
        <source>Choose an acting user</source>
        <translation>Escolha um usuário atuante</translation>
    </message>
    <message>
        <source>Journal unavailable</source>
        <translation>Registro indisponível</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1</source>
        <translation>Não foi possível abrir o registro de moderação, portanto nada pode ser excluído: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier delete run(s) have dialogs whose fate is unknown (the program stopped, or an answer was lost). Check them on the server to settle the journal.</source>
        <translation>
            <numerusform>%n execução de exclusão anterior tem conversas com destino desconhecido (o programa parou ou uma resposta se perdeu). Verifique-as no servidor para resolver o registro.</numerusform>
            <numerusform>%n execuções de exclusão anteriores têm conversas com destino desconhecido (o programa parou ou uma resposta se perdeu). Verifique-as no servidor para resolver o registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Checked %1: %2 gone, %3 still present.</source>
        <translation>%1 verificados: %2 não existem mais, %3 ainda presentes.</translation>
    </message>
    <message numerus="yes">
        <source>%n got no clear answer.</source>
        <translation>
            <numerusform>%n não obteve resposta clara.</numerusform>
            <numerusform>%n não obtiveram resposta clara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old evidence could not be pruned: %1</source>
        <translation>Não foi possível limpar as evidências antigas: %1</translation>
    </message>
    <message>
        <source>A delete is still running. Cancel it and quit? Dialogs already sent may still be deleted.</source>
        <translation>Ainda há uma exclusão em andamento. Cancelá-la e sair? As conversas já enviadas ainda podem ser excluídas.</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Varredura</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Dialogs page</source>
        <translation>Página de &amp;conversas</translation>
    </message>
    <message>
        <source>&amp;Users page</source>
        <translation>Página de &amp;usuários</translation>
    </message>
    <message>
        <source>S&amp;weep: search messages, find campaigns</source>
        <translation>&amp;Varredura: pesquisar mensagens, encontrar campanhas</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf.</source>
        <translation>Agindo como %1. Toda ação é realizada em nome dele.</translation>
    </message>
    <message>
        <source>With an API key and no acting user, QuickBlox removes dialogs for every member. Choose a user to act as (Acting user › Act as user…, Ctrl+U) to remove dialogs from that user&apos;s list only, or use Delete for everyone (Shift+Del).</source>
        <translation>Com uma API key e sem usuário atuante, o QuickBlox remove as conversas para todos os membros. Escolha um usuário em nome de quem agir (Usuário atuante › Agir em nome de um usuário…, Ctrl+U) para remover as conversas apenas da lista desse usuário, ou use Excluir para todos (Shift+Del).</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf. This user is protected: deleting on their behalf needs an explicit override.</source>
        <translation>Agindo como %1. Toda ação é realizada em nome dele. Este usuário está protegido: excluir em nome dele requer ignorar a proteção explicitamente.</translation>
    </message>
    <message>
        <source>Protected users unknown</source>
        <translation>Usuários protegidos desconhecidos</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing can be deleted: %1</source>
        <translation>Não é possível ler os usuários protegidos, portanto nada pode ser excluído: %1</translation>
    </message>
    <message>
        <source>Protected users not saved</source>
        <translation>Usuários protegidos não salvos</translation>
    </message>
    <message>
        <source>The team&apos;s protected users could not be changed: %1</source>
        <translation>Não foi possível alterar os usuários protegidos da equipe: %1</translation>
    </message>
    <message>
        <source>Work &amp;offline when the team database cannot be reached</source>
        <translation>Trabalhar &amp;offline quando o banco de dados da equipe não puder ser acessado</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1 To go ahead without the team database, choose Journal › Work offline.</source>
        <translation>Não foi possível abrir o registro de moderação, portanto nada pode ser excluído: %1 Para continuar sem o banco de dados da equipe, escolha Registro › Trabalhar offline.</translation>
    </message>
    <message>
        <source>Offline runs not uploaded</source>
        <translation>Execuções offline não enviadas</translation>
    </message>
    <message>
        <source>Some runs made offline could not be uploaded to the team database; they stay on this computer and are uploaded the next time the profile is opened. %1</source>
        <translation>Algumas execuções feitas offline não puderam ser enviadas ao banco de dados da equipe; elas ficam neste computador e serão enviadas na próxima vez que o perfil for aberto. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline uploaded to the team database.</source>
        <translation>
            <numerusform>%n execução feita offline enviada ao banco de dados da equipe.</numerusform>
            <numerusform>%n execuções feitas offline enviadas ao banco de dados da equipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Team database progress</source>
        <translation>Progresso do banco de dados da equipe</translation>
    </message>
    <message>
        <source>Journal not ready</source>
        <translation>Registro não está pronto</translation>
    </message>
    <message>
        <source>The team database is still being reached, so nothing can be deleted yet. Try again once the journal is ready, or cancel.</source>
        <translation>A conexão com o banco de dados da equipe ainda está em andamento, portanto nada pode ser excluído ainda. Tente novamente quando o registro estiver pronto, ou cancele.</translation>
    </message>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation>Conectando ao banco de dados da equipe %1…</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Enviando execuções offline: %1 de %2</translation>
    </message>
    <message>
        <source>Stopping after the run being uploaded…</source>
        <translation>Parando após enviar a execução atual…</translation>
    </message>
    <message numerus="yes">
        <source>Upload cancelled: %n run(s) made offline uploaded.</source>
        <translation>
            <numerusform>Envio cancelado: %n execução feita offline enviada.</numerusform>
            <numerusform>Envio cancelado: %n execuções feitas offline enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline wait on this computer; they are uploaded the next time the team database is reached.</source>
        <translation>
            <numerusform>%n execução feita offline aguarda neste computador; ela será enviada na próxima vez que o banco de dados da equipe for acessado.</numerusform>
            <numerusform>%n execuções feitas offline aguardam neste computador; elas serão enviadas na próxima vez que o banco de dados da equipe for acessado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload them now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: working offline.</source>
        <translation>A conexão com o banco de dados da equipe foi cancelada: trabalhando offline.</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: nothing can be deleted until it is reached.</source>
        <translation>A conexão com o banco de dados da equipe foi cancelada: nada pode ser excluído até que ele seja acessado.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Conectar novamente</translation>
    </message>
    <message>
        <source>%1 Working offline: runs are journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see them, and their ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>%1 Trabalhando offline: as execuções são registradas neste computador e enviadas ao banco de dados da equipe quando ele puder ser acessado novamente. Até lá, a equipe não consegue vê-las e os IDs delas não ficam reservados: um colega pode agir sobre os mesmos IDs ao mesmo tempo.</translation>
    </message>
</context>
<context>
    <name>MemberRemovalEngine</name>
    <message numerus="yes">
        <source>%n not a member</source>
        <translation>
            <numerusform>%n não é membro</numerusform>
            <numerusform>%n não são membros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n não permitido</numerusform>
            <numerusform>%n não permitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n não encontrado</numerusform>
            <numerusform>%n não encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been removed)</source>
        <translation>
            <numerusform>%n desconhecido (sem resposta; pode ter sido removido)</numerusform>
            <numerusform>%n desconhecidos (sem resposta; podem ter sido removidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n não tentado</numerusform>
            <numerusform>%n não tentados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %1 of %n dialog(s).</source>
        <translation>
            <numerusform>Removido de %1 de %n conversa.</numerusform>
            <numerusform>Removido de %1 de %n conversas.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>User %1</source>
        <translation>Usuário %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <source>Only this user&apos;s &amp;messages</source>
        <translation>Somente as &amp;mensagens deste usuário</translation>
    </message>
    <message>
        <source>Load more messages</source>
        <translation>Carregar mais mensagens</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Mensagem selecionada</translation>
    </message>
    <message>
        <source>Could not load messages: %1</source>
        <translation>Não foi possível carregar as mensagens: %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>De %1, %2</translation>
    </message>
    <message>
        <source>Attachments (not downloaded): %1</source>
        <translation>Anexos (não baixados): %1</translation>
    </message>
    <message>
        <source>Choose a dialog to read its messages.</source>
        <translation>Escolha uma conversa para ler as mensagens.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Carregando mensagens…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) loaded</source>
        <translation>
            <numerusform>%n mensagem carregada</numerusform>
            <numerusform>%n mensagens carregadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Load all messages</source>
        <translation>Carregar todas as mensagens</translation>
    </message>
    <message>
        <source>Loaded the first %1 messages: the console holds at most %2. List them all with qbmodctl messages list --all --jsonl.</source>
        <translation>Carregadas as primeiras %1 mensagens: o console comporta no máximo %2. Liste todas com qbmodctl messages list --all --jsonl.</translation>
    </message>
</context>
<context>
    <name>MessagesListCommand</name>
    <message>
        <source>messages list takes exactly one dialog id.</source>
        <translation>messages list aceita exatamente um ID de conversa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits).</source>
        <translation>“%1” não é um ID de conversa (24 dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender requer um ID de usuário (um número positivo).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVIADA</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>REMETENTE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>ATTACHMENTS</source>
        <translation>ANEXOS</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n mensagem.</numerusform>
            <numerusform>%n mensagens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationGuard</name>
    <message>
        <source>&quot;%1&quot; is not a user id (a positive number).</source>
        <translation>“%1” não é um ID de usuário (um número positivo).</translation>
    </message>
    <message>
        <source>Deleting for everyone needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Excluir para todos requer um motivo (--reason TEXT); ele fica guardado no registro.</translation>
    </message>
    <message>
        <source>Acting for user %1 needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Agir em nome do usuário %1 requer um motivo (--reason TEXT); ele fica guardado no registro.</translation>
    </message>
    <message>
        <source>User %1 is protected: nothing is done on their behalf without --override-protection.</source>
        <translation>O usuário %1 está protegido: nada é feito em nome dele sem --override-protection.</translation>
    </message>
</context>
<context>
    <name>ModerationRun</name>
    <message>
        <source>There is nothing to do.</source>
        <translation>Não há nada a fazer.</translation>
    </message>
    <message>
        <source>A reason is required: with an API key and no acting user this deletes for everyone.</source>
        <translation>Um motivo é obrigatório: com uma API key e sem usuário atuante, isto exclui para todos.</translation>
    </message>
    <message>
        <source>A reason is required for this action.</source>
        <translation>Um motivo é obrigatório para esta ação.</translation>
    </message>
    <message>
        <source>User %1 is protected: acting for them needs the protection overridden.</source>
        <translation>O usuário %1 é protegido: agir em nome dele exige ignorar a proteção.</translation>
    </message>
    <message>
        <source>User %1 is protected: removing them needs the protection overridden.</source>
        <translation>O usuário %1 é protegido: removê-lo exige ignorar a proteção.</translation>
    </message>
    <message>
        <source>No journal is open, so nothing is sent.</source>
        <translation>Nenhum registro está aberto, portanto nada é enviado.</translation>
    </message>
    <message>
        <source>owned by protected user %1</source>
        <translation>pertence ao usuário protegido %1</translation>
    </message>
    <message>
        <source>its owner could not be read for the protection check (%1)</source>
        <translation>não foi possível ler o proprietário para a verificação de proteção (%1)</translation>
    </message>
    <message>
        <source>its evidence could not be saved (%1)</source>
        <translation>não foi possível salvar as evidências (%1)</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Cancelado antes de qualquer envio.</translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing was sent: %1</source>
        <translation>Não foi possível gravar o registro, portanto nada foi enviado: %1</translation>
    </message>
    <message>
        <source>The evidence could not be written to the journal, so nothing was sent: %1</source>
        <translation>Não foi possível gravar as evidências no registro, portanto nada foi enviado: %1</translation>
    </message>
    <message>
        <source>The journal could not record what was about to be sent (%1), so the run stopped: nothing more was sent, and what had not been sent is marked not attempted.</source>
        <translation>O registro não conseguiu anotar o que estava prestes a ser enviado (%1), então a execução parou: nada mais foi enviado, e o que não havia sido enviado está marcado como não tentado.</translation>
    </message>
    <message>
        <source>The journal could not record the server&apos;s answers (%1), so the run stopped. Ids already sent stay in doubt in the journal until reconciled.</source>
        <translation>O registro não conseguiu anotar as respostas do servidor (%1), então a execução parou. Os ids já enviados ficam em dúvida no registro até serem conciliados.</translation>
    </message>
    <message>
        <source>The journal could not record the end of the run (%1); it will show as interrupted until reconciled.</source>
        <translation>O registro não conseguiu anotar o fim da execução (%1); ela aparecerá como interrompida até ser conciliada.</translation>
    </message>
    <message>
        <source>not a member any more when checked before the run</source>
        <translation>já não era membro (verificado antes da execução)</translation>
    </message>
    <message>
        <source>already gone when checked before the run</source>
        <translation>já não existia (verificado antes da execução)</translation>
    </message>
    <message>
        <source>could not be checked with the server before the run (%1)</source>
        <translation>não pôde ser verificado com o servidor antes da execução (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidos</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing is done: %1</source>
        <translation>Não é possível ler os usuários protegidos, portanto nada é feito: %1</translation>
    </message>
</context>
<context>
    <name>ModerationSettingsDialog</name>
    <message>
        <source>&amp;Keep evidence before deleting for everyone</source>
        <translation>&amp;Guardar evidências antes de excluir para todos</translation>
    </message>
    <message>
        <source>Require a reason to delete for &amp;everyone</source>
        <translation>Exigir um motivo para excluir para t&amp;odos</translation>
    </message>
    <message>
        <source>Require a reason to act on &amp;behalf of a user</source>
        <translation>Exigir um motivo para agir em &amp;nome de um usuário</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Each dialog and its latest messages are saved in the journal before it is deleted for everyone.</source>
        <translation>Cada conversa e suas mensagens mais recentes são guardadas no registro antes de ela ser excluída para todos.</translation>
    </message>
    <message>
        <source>&amp;Delete evidence older than N days (0 = keep):</source>
        <translation>&amp;Excluir evidências com mais de N dias (0 = manter):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Protected users</source>
        <translation>Usuários protegidos</translation>
    </message>
    <message>
        <source>Their dialogs are not deleted for everyone and nothing is deleted on their behalf unless you override the protection, which the journal records.</source>
        <translation>As conversas deles não são excluídas para todos e nada é excluído em nome deles, a menos que você ignore a proteção, o que fica anotado no registro.</translation>
    </message>
    <message>
        <source>Protected user ids</source>
        <translation>IDs dos usuários protegidos</translation>
    </message>
    <message>
        <source>User ids, separated by commas</source>
        <translation>IDs de usuário, separados por vírgulas</translation>
    </message>
    <message>
        <source>User &amp;ids:</source>
        <translation>&amp;IDs de usuário:</translation>
    </message>
    <message>
        <source>Protected users: %1 Nothing was saved.</source>
        <translation>Usuários protegidos: %1 Nada foi salvo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>&amp;Language of the console:</source>
        <translation>Idioma do &amp;console:</translation>
    </message>
    <message>
        <source>Takes effect when qbmod starts again.</source>
        <translation>Entra em vigor quando o qbmod for iniciado novamente.</translation>
    </message>
    <message>
        <source>&amp;Why (kept with the change):</source>
        <translation>&amp;Motivo (guardado com a alteração):</translation>
    </message>
    <message>
        <source>The team&apos;s protected users cannot be read from %1, so nothing can be deleted until they can: %2</source>
        <translation>Não é possível ler os usuários protegidos da equipe de %1, portanto nada pode ser excluído até que seja possível: %2</translation>
    </message>
    <message>
        <source>Shared by the whole team in %1: every moderator&apos;s console and qbmodctl use this list. Each change is recorded there with your database user, and a removal too.</source>
        <translation>Compartilhada por toda a equipe em %1: o console de cada moderador e o qbmodctl usam esta lista. Cada alteração é anotada lá com seu usuário do banco de dados, inclusive uma remoção.</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>Trabalhando offline: esta execução é registrada neste computador e enviada ao banco de dados da equipe quando ele puder ser acessado novamente. Até lá, a equipe não consegue vê-la e os IDs dela não ficam reservados: um colega pode agir sobre os mesmos IDs ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time. Protected users as read from the team database at %1.</source>
        <translation>Trabalhando offline: esta execução é registrada neste computador e enviada ao banco de dados da equipe quando ele puder ser acessado novamente. Até lá, a equipe não consegue vê-la e os IDs dela não ficam reservados: um colega pode agir sobre os mesmos IDs ao mesmo tempo. Usuários protegidos conforme lidos do banco de dados da equipe em %1.</translation>
    </message>
    <message>
        <source>Protected users as read from the team database at %1.</source>
        <translation>Usuários protegidos conforme lidos do banco de dados da equipe em %1.</translation>
    </message>
</context>
<context>
    <name>PostgresIndexEngine</name>
    <message>
        <source>Cannot take this application&apos;s index in the team database: %1</source>
        <translation>Não é possível obter acesso exclusivo ao índice deste aplicativo no banco de dados da equipe: %1</translation>
    </message>
    <message>
        <source>Another update of this application&apos;s index is under way in the team database.</source>
        <translation>Outra atualização do índice deste aplicativo já está em andamento no banco de dados da equipe.</translation>
    </message>
</context>
<context>
    <name>PostgresStoreEngine</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).</source>
        <translation>O driver PostgreSQL do Qt não está instalado (libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: %2</source>
        <translation>Não é possível acessar o banco de dados da equipe %1: %2</translation>
    </message>
    <message>
        <source>Cannot mark the run as live in the team database: %1</source>
        <translation>Não é possível marcar a execução como em andamento no banco de dados da equipe: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Homologação</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation>O ID de perfil “%1” não é válido.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Um perfil precisa de um nome.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Já existe um perfil chamado “%1”.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Não foi possível gravar as configurações em %1.</translation>
    </message>
    <message>
        <source>The rate limit must be from 0 (learn it from the server) to %1 requests per second.</source>
        <translation>O limite de taxa deve estar entre 0 (aprender com o servidor) e %1 solicitações por segundo.</translation>
    </message>
</context>
<context>
    <name>ProtectedCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nada foi alterado.</translation>
    </message>
    <message>
        <source>protected %1 needs one or more user ids.</source>
        <translation>protected %1 precisa de um ou mais IDs de usuário.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUÁRIO</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DESDE</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>MOTIVO</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) protected for the whole team; %1 already were.</source>
        <translation>
            <numerusform>%n usuário protegido para toda a equipe; %1 já estavam protegidos.</numerusform>
            <numerusform>%n usuários protegidos para toda a equipe; %1 já estavam protegidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) no longer protected for the team; %1 were not protected.</source>
        <translation>
            <numerusform>%n usuário deixou de ser protegido para a equipe; %1 não estavam protegidos.</numerusform>
            <numerusform>%n usuários deixaram de ser protegidos para a equipe; %1 não estavam protegidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console&apos;s settings cannot be opened. Nothing was changed.</source>
        <translation>Não é possível abrir as configurações do console. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The console&apos;s settings could not be written. Nothing was changed.</source>
        <translation>Não foi possível gravar as configurações do console. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Protected users on this computer: %1</source>
        <translation>Usuários protegidos neste computador: %1</translation>
    </message>
    <message>
        <source>No user is protected on this computer.</source>
        <translation>Nenhum usuário está protegido neste computador.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>run %1 was made against %2; connect there to check it</source>
        <translation>a execução %1 foi feita em %2; conecte-se a ele para verificá-la</translation>
    </message>
    <message>
        <source>run %1 removed a user whom the journal does not name (it was written by an older version); reconcile cannot check it</source>
        <translation>a execução %1 removeu um usuário que o registro não identifica (ele foi gravado por uma versão anterior); a reconciliação não consegue verificá-la</translation>
    </message>
    <message>
        <source>run %1 acted for user %2; checking it needs an API key</source>
        <translation>a execução %1 agiu em nome do usuário %2; verificá-la requer uma API key</translation>
    </message>
    <message>
        <source>run %1 was made by the operator %2; sign in as %2 to check it</source>
        <translation>a execução %1 foi feita pelo operador %2; entre como %2 para verificá-la</translation>
    </message>
    <message>
        <source>run %1 was made with an API key; checking it needs one</source>
        <translation>a execução %1 foi feita com uma API key; verificá-la requer uma</translation>
    </message>
    <message numerus="yes">
        <source>run %1 has %n message(s) journalled without their dialog, which reconcile cannot look up</source>
        <translation>
            <numerusform>a execução %1 tem %n mensagem registrada sem a conversa, que a reconciliação não consegue consultar</numerusform>
            <numerusform>a execução %1 tem %n mensagens registradas sem a conversa, que a reconciliação não consegue consultar</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1 is still being executed (process %2 on %3); it is left alone</source>
        <translation>a execução %1 ainda está em andamento (processo %2 em %3); ela não é tocada</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Excluídas para todos: %1 de %n conversa.</numerusform>
            <numerusform>Excluídas para todos: %1 de %n conversas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the history of %2.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Removidas do histórico de %2: %1 de %n mensagem.</numerusform>
            <numerusform>Removidas do histórico de %2: %1 de %n mensagens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Excluídas para todos: %1 de %n conversa.</numerusform>
            <numerusform>Excluídas para todos: %1 de %n conversas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the list of %2.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Removidas da lista de %2: %1 de %n conversa.</numerusform>
            <numerusform>Removidas da lista de %2: %1 de %n conversas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 deve ser um número inteiro de %2 a %3, não “%4”.</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>--%1 deve ser um número de 0 a 1, não “%2”.</translation>
    </message>
    <message>
        <source>A local stand-in for the QuickBlox REST API with a generated demo community. Prints the connection information as one line of JSON, then serves until interrupted.</source>
        <translation>Um substituto local da API REST do QuickBlox com uma comunidade de demonstração gerada. Imprime as informações de conexão como uma linha de JSON e depois atende até ser interrompido.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Porta de escuta; 0 escolhe uma livre.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default %1).</source>
        <translation>Endereço de escuta (padrão: %1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Number of demo dialogs (default %1).</source>
        <translation>Número de conversas de demonstração (padrão: %1).</translation>
    </message>
    <message>
        <source>Seed of the demo community and of the faults (default %1).</source>
        <translation>Semente da comunidade de demonstração e das falhas simuladas (padrão: %1).</translation>
    </message>
    <message>
        <source>Delay added to every answer, in milliseconds.</source>
        <translation>Atraso adicionado a cada resposta, em milissegundos.</translation>
    </message>
    <message>
        <source>Answer 429 above N requests per second; 0 turns it off.</source>
        <translation>Responder 429 acima de N solicitações por segundo; 0 desativa.</translation>
    </message>
    <message>
        <source>Send Retry-After with 429 answers (none by default).</source>
        <translation>Enviar Retry-After com as respostas 429 (nenhum por padrão).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Share of requests answered 500 without being applied.</source>
        <translation>Proporção de solicitações respondidas com 500 sem serem aplicadas.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Share of requests applied but whose answer is lost (connection closed).</source>
        <translation>Proporção de solicitações aplicadas cuja resposta se perde (conexão fechada).</translation>
    </message>
    <message>
        <source>Seconds a session lives after its last use (default %1).</source>
        <translation>Segundos que uma sessão dura após o último uso (padrão: %1).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>--bind must be an IP address, not &quot;%1&quot;.</source>
        <translation>--bind deve ser um endereço IP, não “%1”.</translation>
    </message>
    <message>
        <source>Derive the application keys and passwords from the seed, the same every start, instead of fresh random ones. For tests only.</source>
        <translation>Derivar as chaves e senhas do aplicativo da semente, iguais a cada início, em vez de novas aleatórias. Somente para testes.</translation>
    </message>
    <message>
        <source>qbmod-sandbox: WARNING: listening on %1, which other computers can reach. Anyone who reaches it can sign in with the credentials below and read or delete its data. Use --bind 127.0.0.1 unless you mean it.</source>
        <translation>qbmod-sandbox: AVISO: escutando em %1, que outros computadores podem acessar. Qualquer pessoa que o acesse pode entrar com as credenciais abaixo e ler ou excluir os dados do sandbox. Use --bind 127.0.0.1, a menos que seja intencional.</translation>
    </message>
    <message>
        <source>Share of requests applied and then answered with --after-act-status, as a gateway that timed out.</source>
        <translation>Proporção de requisições aplicadas e depois respondidas com --after-act-status, como um gateway que expirou.</translation>
    </message>
    <message>
        <source>The status for --after-act-rate (default %1).</source>
        <translation>O status para --after-act-rate (padrão %1).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Delay each answer by a seeded random 0 to MS more, so that answers come back in an order the seed decides.</source>
        <translation>Atrasa cada resposta em mais 0 a MS, aleatoriamente com semente, para que as respostas voltem em uma ordem decidida pela semente.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Messages in every dialog that has any (default: a mix of 1 to 40).</source>
        <translation>Mensagens em cada conversa que tiver alguma (padrão: uma mistura de 1 a 40).</translation>
    </message>
    <message>
        <source>Spam waves: a few accounts post one link into many groups within hours (default %1).</source>
        <translation>Ondas de spam: algumas contas publicam um link em muitos grupos em poucas horas (padrão %1).</translation>
    </message>
    <message>
        <source>Users in the community, moderators included (default: 303).</source>
        <translation>Usuários da comunidade, moderadores incluídos (padrão: 303).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>O sandbox já está em execução.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Não é possível escutar em %1, porta %2: %3</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on port %1.</source>
        <translation>Não é possível servir HTTP na porta %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Informe --json ou --jsonl, não ambos.</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender precisa de um id de usuário (um número positivo).</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--%1 precisa de uma data como 2025-05-01 ou 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--type takes public, group, private (or 1, 2, 3), comma-separated; not &quot;%1&quot;.</source>
        <translation>--type aceita public, group, private (ou 1, 2, 3), separados por vírgulas; não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit precisa de um número inteiro de pelo menos 1.</translation>
    </message>
    <message>
        <source>search needs a text, or a filter such as --sender or --has-link.</source>
        <translation>search precisa de um texto, ou de um filtro como --sender ou --has-link.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVIADA</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>CONVERSA</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>REMETENTE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>ID DA MENSAGEM</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n mensagem.</numerusform>
            <numerusform>%n mensagens.</numerusform>
        </translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>ID DA CONVERSA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBROS</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>%n nome de conversa corresponde.</numerusform>
            <numerusform>%n nomes de conversa correspondem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match.</source>
        <translation>
            <numerusform>%n nome de usuário corresponde.</numerusform>
            <numerusform>%n nomes de usuário correspondem.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the local index, not the server: what is acted on is checked there first.</source>
        <translation>Do índice local, não do servidor: aquilo sobre o que se age é verificado lá antes.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--min-dialogs needs a whole number of at least 2.</source>
        <translation>--min-dialogs precisa de um número inteiro de pelo menos 2.</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within precisa de uma duração como 24h, 90m ou 2d.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since precisa de uma data como 2025-05-01 ou 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>CONVERSAS</translation>
    </message>
    <message>
        <source>SENDERS</source>
        <translation>REMETENTES</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>VISTO PRIMEIRO</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>VISTO POR ÚLTIMO</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n campanha.</numerusform>
            <numerusform>%n campanhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPANHA</translation>
    </message>
    <message>
        <source>Act on one with --campaign CAMPAIGN and --delete-dialogs or --remove-sender USER_ID.</source>
        <translation>Aja sobre uma delas com --campaign CAMPAIGN e --delete-dialogs ou --remove-sender USER_ID.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>auth secret</source>
        <translation>auth secret</translation>
    </message>
    <message>
        <source>password</source>
        <translation>senha</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>team database password</source>
        <translation>senha do banco de dados da equipe</translation>
    </message>
</context>
<context>
    <name>SelectionsCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Informe --json ou --jsonl, não ambos.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>selections %1 needs the name of one selection.</source>
        <translation>selections %1 precisa do nome de uma seleção.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation>Ainda não há índice; execute qbmodctl index update.</translation>
    </message>
    <message>
        <source>No saved selection &quot;%1&quot; in the index; &quot;qbmodctl selections list&quot; lists them.</source>
        <translation>Não há seleção salva “%1” no índice; “qbmodctl selections list” as lista.</translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>Seleção “%1” (%2): %n conversa no índice agora.</numerusform>
            <numerusform>Seleção “%1” (%2): %n conversas no índice agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n message(s) in the index now.</source>
        <translation>
            <numerusform>Seleção “%1” (%2): %n mensagem no índice agora.</numerusform>
            <numerusform>Seleção “%1” (%2): %n mensagens no índice agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Estão em %n conversa.</numerusform>
            <numerusform>Estão em %n conversas.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>CONVERSAS</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAGENS</translation>
    </message>
    <message>
        <source>SELECTS</source>
        <translation>SELECIONA</translation>
    </message>
    <message numerus="yes">
        <source>%n saved selection(s), counted in the index now.</source>
        <translation>
            <numerusform>%n seleção salva, contada agora no índice.</numerusform>
            <numerusform>%n seleções salvas, contadas agora no índice.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Uma seleção precisa de um nome.</translation>
    </message>
    <message>
        <source>selections save needs exactly one of --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (with its filters) or --campaign CAMPAIGN.</source>
        <translation>selections save precisa de exatamente uma destas opções: --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (com seus filtros) ou --campaign CAMPAIGN.</translation>
    </message>
    <message>
        <source>--within is for --campaign.</source>
        <translation>--within é para --campaign.</translation>
    </message>
    <message>
        <source>--inactive needs a number of days from 1 to 3650.</source>
        <translation>--inactive precisa de um número de dias de 1 a 3650.</translation>
    </message>
    <message>
        <source>--owner needs a user id (a positive number).</source>
        <translation>--owner precisa de um id de usuário (um número positivo).</translation>
    </message>
    <message>
        <source>--campaign needs a campaign as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>--campaign precisa de uma campanha como “qbmodctl campaigns” a lista.</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within precisa de uma duração como 24h, 90m ou 2d.</translation>
    </message>
    <message>
        <source>No campaign %1 in the index; &quot;qbmodctl campaigns&quot; lists them. Nothing was saved.</source>
        <translation>Não há campanha %1 no índice; “qbmodctl campaigns” as lista. Nada foi salvo.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>Replaced the saved selection &quot;%1&quot;.</source>
        <translation>A seleção salva “%1” foi substituída.</translation>
    </message>
    <message>
        <source>Saved the selection &quot;%1&quot;.</source>
        <translation>A seleção “%1” foi salva.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVIADA</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>CONVERSA</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>REMETENTE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>ID DA MENSAGEM</translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>ID DA CONVERSA</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPRIETÁRIO</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBROS</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>ÚLTIMA MENSAGEM</translation>
    </message>
    <message>
        <source>Act on it with selections run %1 and --delete-dialogs or --remove-sender USER_ID; each item is checked with the server first.</source>
        <translation>Aja sobre ela com selections run %1 e --delete-dialogs ou --remove-sender USER_ID; cada item é verificado antes com o servidor.</translation>
    </message>
    <message>
        <source>qbmodctl: the selection could not be deleted from the index.</source>
        <translation>qbmodctl: não foi possível excluir a seleção do índice.</translation>
    </message>
    <message>
        <source>Deleted the saved selection &quot;%1&quot;; the index and the server are unchanged.</source>
        <translation>A seleção salva “%1” foi excluída; o índice e o servidor não foram alterados.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>Em uma tabela</translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation>Mover entre linhas</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Up, Down, Page Up, Page Down, Home, End</translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation>Adicionar à seleção ou retirar dela</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Estender a seleção</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Shift+Up, Shift+Down</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>Sair da tabela</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Context menu: review owner, act as owner, copy id, show in journal</source>
        <translation>Menu de contexto: revisar proprietário, agir como proprietário, copiar id, mostrar no registro</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Shift+F10</translation>
    </message>
    <message>
        <source>In the delete confirmation</source>
        <translation>Na confirmação de exclusão</translation>
    </message>
    <message>
        <source>Next field: reason, count, override, the action</source>
        <translation>Próximo campo: motivo, número, ignorar proteção, a ação</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Act, once everything required is filled in</source>
        <translation>Agir, depois de preencher tudo o que é obrigatório</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Recent reasons</source>
        <translation>Motivos recentes</translation>
    </message>
    <message>
        <source>Down, in the reason</source>
        <translation>Down, no motivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>SqliteIndexEngine</name>
    <message>
        <source>The SQLite driver for Qt is not installed, so there is no local index.</source>
        <translation>O driver SQLite do Qt não está instalado, portanto não há índice local.</translation>
    </message>
    <message>
        <source>SQLite could not open a database: %1</source>
        <translation>O SQLite não conseguiu abrir um banco de dados: %1</translation>
    </message>
    <message>
        <source>The SQLite that Qt uses here was built without full-text search (FTS5), so the local index and search are not available: %1</source>
        <translation>O SQLite que o Qt usa aqui foi compilado sem pesquisa de texto completo (FTS5), portanto o índice local e a pesquisa não estão disponíveis: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot create the index %1: %2</source>
        <translation>Não é possível criar o índice %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the index %1: %2</source>
        <translation>Não é possível abrir o índice %1: %2</translation>
    </message>
    <message>
        <source>Index error: %1</source>
        <translation>Erro do índice: %1</translation>
    </message>
    <message>
        <source>Another update of this index is under way (%1).</source>
        <translation>Outra atualização deste índice já está em andamento (%1).</translation>
    </message>
</context>
<context>
    <name>SqliteStoreEngine</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1.</source>
        <translation>Não é possível criar o registro %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>O driver SQLite do Qt não está instalado.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Não é possível abrir o registro %1: %2</translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation>Erro do registro: %1</translation>
    </message>
    <message>
        <source>Cannot mark the run as live: the lock file %1 cannot be written.</source>
        <translation>Não é possível marcar a execução como em andamento: o arquivo de bloqueio %1 não pode ser gravado.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store must be a URL like postgres://user@host:5432/qbmod.</source>
        <translation>O local de armazenamento deve ser uma URL como postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>The store URL must not hold a password: give it in QBMOD_STORE_PASSWORD or the profile&apos;s keychain entry.</source>
        <translation>A URL de armazenamento não pode conter uma senha: informe-a em QBMOD_STORE_PASSWORD ou na entrada do perfil no chaveiro.</translation>
    </message>
    <message>
        <source>The store URL has an unknown setting: %1=%2.</source>
        <translation>A URL de armazenamento tem uma configuração desconhecida: %1=%2.</translation>
    </message>
    <message>
        <source>The store URL needs a user, a host and a database: postgres://user@host:5432/qbmod.</source>
        <translation>A URL de armazenamento precisa de um usuário, um host e um banco de dados: postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>No journal file is set.</source>
        <translation>Nenhum arquivo de registro foi definido.</translation>
    </message>
    <message>
        <source>A team database needs a host, a database and a user.</source>
        <translation>Um banco de dados da equipe precisa de um host, um banco de dados e um usuário.</translation>
    </message>
    <message>
        <source>The team database&apos;s port must be between 1 and 65535.</source>
        <translation>A porta do banco de dados da equipe deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>Unknown TLS mode %1.</source>
        <translation>Modo TLS %1 desconhecido.</translation>
    </message>
    <message>
        <source>The team database %1 is not on this computer: it is reached only with TLS that checks its certificate and name (sslmode=verify-full).</source>
        <translation>O banco de dados da equipe %1 não está neste computador: ele só é acessado com TLS que verifica o certificado e o nome do host (sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>SweepActCommand</name>
    <message>
        <source>--remove-sender needs the id of the user to remove (a positive number).</source>
        <translation>--remove-sender requer o id do usuário a remover (um número positivo).</translation>
    </message>
    <message>
        <source>Give either --delete-dialogs or --remove-sender, not both.</source>
        <translation>Informe --delete-dialogs ou --remove-sender, não ambos.</translation>
    </message>
    <message>
        <source>--force is for --delete-dialogs.</source>
        <translation>--force é para --delete-dialogs.</translation>
    </message>
    <message>
        <source>Acting on campaigns needs one: --campaign CAMPAIGN, as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>Agir sobre campanhas requer uma: --campaign CAMPAIGN, como “qbmodctl campaigns” a lista.</translation>
    </message>
    <message>
        <source>No campaign %1 with these options in the index. Nothing was sent.</source>
        <translation>Não há campanha %1 com estas opções no índice. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <source>Found in the local index; each is checked with the server first.</source>
        <translation>Encontrados no índice local; cada um é verificado antes com o servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s).</source>
        <translation>
            <numerusform>Remover %1 de %n conversa.</numerusform>
            <numerusform>Remover %1 de %n conversas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuar? [y/N] </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the acting user&apos;s list only; the other members keep them.</source>
        <translation>
            <numerusform>Remover %n conversa somente da lista do usuário atuante; os outros membros a mantêm.</numerusform>
            <numerusform>Remover %n conversas somente da lista do usuário atuante; os outros membros as mantêm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Excluir %n conversa para todos, com todas as mensagens. Esta ação não pode ser desfeita.</numerusform>
            <numerusform>Excluir %n conversas para todos, com todas as mensagens. Esta ação não pode ser desfeita.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>Com uma API key e sem --on-behalf-of, o QuickBlox exclui para todos os membros.</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Digite %1 para confirmar: </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Ninguém foi removido.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nada foi excluído.</translation>
    </message>
    <message>
        <source>selections run needs the name of one selection.</source>
        <translation>selections run precisa do nome de uma seleção.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update. Nothing was sent.</source>
        <translation>Ainda não há índice; execute qbmodctl index update. Nada foi enviado.</translation>
    </message>
</context>
<context>
    <name>SweepCrawler</name>
    <message>
        <source>Idle</source>
        <translation>Ocioso</translation>
    </message>
    <message>
        <source>Listing dialogs</source>
        <translation>Listando conversas</translation>
    </message>
    <message>
        <source>Reading messages</source>
        <translation>Lendo mensagens</translation>
    </message>
    <message>
        <source>Looking up users</source>
        <translation>Consultando usuários</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>SweepIndex</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Index error</source>
        <translation>Erro do índice</translation>
    </message>
    <message>
        <source>The index %1 was written by a newer qbmod (schema %2); forget it or use that version.</source>
        <translation>O índice %1 foi gravado por uma versão mais recente do qbmod (esquema %2); esqueça-o ou use essa versão.</translation>
    </message>
    <message>
        <source>Messages per dialog must be from 1 to 100000.</source>
        <translation>As mensagens por conversa devem estar entre 1 e 100000.</translation>
    </message>
    <message>
        <source>The retention must be from 1 to 3650 days.</source>
        <translation>A retenção deve estar entre 1 e 3650 dias.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Não é possível excluir %1</translation>
    </message>
    <message>
        <source>the file stays</source>
        <translation>o arquivo permanece</translation>
    </message>
    <message>
        <source>The index in a team database needs to know its application.</source>
        <translation>O índice em um banco de dados da equipe precisa saber a qual aplicativo pertence.</translation>
    </message>
    <message>
        <source>%1 is not an index</source>
        <translation>%1 não é um índice</translation>
    </message>
    <message>
        <source>The team database %1 has no Sweep index of schema %2 yet, and this role cannot create it: open it once as its owner. (%3)</source>
        <translation>O banco de dados da equipe %1 ainda não tem o índice da Varredura (esquema %2), e este papel não pode criá-lo: abra-o uma vez como proprietário. (%3)</translation>
    </message>
    <message>
        <source>The index is not open.</source>
        <translation>O índice não está aberto.</translation>
    </message>
</context>
<context>
    <name>SweepPage</name>
    <message>
        <source>&amp;Update index</source>
        <translation>&amp;Atualizar índice</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Interromper</translation>
    </message>
    <message>
        <source>&amp;Forget this app&apos;s index…</source>
        <translation>&amp;Esquecer o índice deste aplicativo…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Has a link</source>
        <translation>Tem um link</translation>
    </message>
    <message>
        <source>Has an attachment</source>
        <translation>Tem um anexo</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Pe&amp;squisar</translation>
    </message>
    <message>
        <source>Find &amp;campaigns</source>
        <translation>Encontrar &amp;campanhas</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>Save &amp;as selection…</source>
        <translation>Salvar como se&amp;leção…</translation>
    </message>
    <message>
        <source>&amp;New selection</source>
        <translation>&amp;Nova seleção</translation>
    </message>
    <message>
        <source>Show its &amp;messages</source>
        <translation>Mostrar suas &amp;mensagens</translation>
    </message>
    <message>
        <source>Open &amp;dialog</source>
        <translation>Abrir con&amp;versa</translation>
    </message>
    <message>
        <source>Review s&amp;ender</source>
        <translation>Revisar reme&amp;tente</translation>
    </message>
    <message>
        <source>Index update progress</source>
        <translation>Progresso da atualização do índice</translation>
    </message>
    <message>
        <source>Phrase in messages, dialog or user names; end with * for a prefix</source>
        <translation>Frase em mensagens, nomes de conversa ou de usuário; termine com * para um prefixo</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto da pesquisa</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Id do remetente</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>in at least </source>
        <translation>em pelo menos </translation>
    </message>
    <message>
        <source> dialogs</source>
        <translation> conversas</translation>
    </message>
    <message>
        <source>within </source>
        <translation>em </translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Same text</source>
        <translation>Mesmo texto</translation>
    </message>
    <message>
        <source>Saved selections:</source>
        <translation>Seleções salvas:</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Resultados da varredura</translation>
    </message>
    <message>
        <source>Results come from the local index, not from the server: anything acted on is checked with the server first.</source>
        <translation>Os resultados vêm do índice local, não do servidor: tudo sobre o que se age é verificado antes com o servidor.</translation>
    </message>
    <message>
        <source>Forget this app&apos;s index</source>
        <translation>Esquecer o índice deste aplicativo</translation>
    </message>
    <message>
        <source>Delete the local index of this application? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>Excluir o índice local deste aplicativo? As pesquisas precisarão depois de uma nova coleta; nada muda no servidor.</translation>
    </message>
    <message>
        <source>Save as selection</source>
        <translation>Salvar como seleção</translation>
    </message>
    <message>
        <source>Name of the selection:</source>
        <translation>Nome da seleção:</translation>
    </message>
    <message>
        <source>The update stopped: %1 The next update resumes where it stopped.</source>
        <translation>A atualização parou: %1 A próxima atualização continua de onde parou.</translation>
    </message>
    <message>
        <source>Stopped; the next update resumes where it stopped.</source>
        <translation>Parada; a próxima atualização continua de onde parou.</translation>
    </message>
    <message>
        <source>Connect to an application to index it.</source>
        <translation>Conecte-se a um aplicativo para indexá-lo.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Atualizado %1.</translation>
    </message>
    <message>
        <source>Not built yet: Update index reads the application once.</source>
        <translation>Ainda não criado: Atualizar índice lê o aplicativo uma vez.</translation>
    </message>
    <message>
        <source>An update stopped half-way; the next one resumes it.</source>
        <translation>Uma atualização parou no meio; a próxima a retoma.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>The sender is a user id (a positive number).</source>
        <translation>O remetente é um id de usuário (um número positivo).</translation>
    </message>
    <message>
        <source>Type a phrase, or choose a filter.</source>
        <translation>Digite uma frase ou escolha um filtro.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s); double-click one to see its messages.</source>
        <translation>
            <numerusform>%n campanha; clique duas vezes nela para ver suas mensagens.</numerusform>
            <numerusform>%n campanhas; clique duas vezes em uma para ver suas mensagens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Última mensagem</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Remetentes</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto primeiro</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Dialogs with no message in N days…</source>
        <translation>Conversas sem mensagens há N dias…</translation>
    </message>
    <message>
        <source>Dialogs owned by a user…</source>
        <translation>Conversas de propriedade de um usuário…</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Grupos vazios</translation>
    </message>
    <message>
        <source>New selection</source>
        <translation>Nova seleção</translation>
    </message>
    <message>
        <source>No message in how many days?</source>
        <translation>Sem mensagens há quantos dias?</translation>
    </message>
    <message>
        <source>Owner&apos;s user id:</source>
        <translation>Id de usuário do proprietário:</translation>
    </message>
    <message>
        <source>De&amp;lete dialogs…</source>
        <translation>Excl&amp;uir conversas…</translation>
    </message>
    <message>
        <source>Remo&amp;ve sender…</source>
        <translation>Rem&amp;over remetente…</translation>
    </message>
    <message>
        <source>Delete for everyone the dialogs these results are in</source>
        <translation>Excluir para todos as conversas em que estão estes resultados</translation>
    </message>
    <message>
        <source>Remove the chosen message&apos;s sender from the dialogs where these results are theirs</source>
        <translation>Remover o remetente da mensagem escolhida das conversas em que estes resultados são dele</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Escolha uma campanha primeiro.</translation>
    </message>
    <message>
        <source>Choose a message of the sender to remove.</source>
        <translation>Escolha uma mensagem do remetente a remover.</translation>
    </message>
    <message>
        <source>Delete this application&apos;s index and its saved selections from the team database, for the whole team? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>Excluir o índice deste aplicativo e suas seleções salvas do banco de dados da equipe, para toda a equipe? As pesquisas precisarão depois de uma nova coleta; nada muda no servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dialog(s)</source>
        <translation>
            <numerusform>%1 de %n conversa</numerusform>
            <numerusform>%1 de %n conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) listed so far.</source>
        <translation>
            <numerusform>%1: %n conversa listada até agora.</numerusform>
            <numerusform>%1: %n conversas listadas até agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The messages of %n dialog(s) are read.</source>
        <translation>
            <numerusform>As mensagens de %n conversa foram lidas.</numerusform>
            <numerusform>As mensagens de %n conversas foram lidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausado.</translation>
    </message>
    <message numerus="yes">
        <source>The index holds %n dialog(s).</source>
        <translation>
            <numerusform>O índice contém %n conversa.</numerusform>
            <numerusform>O índice contém %n conversas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n message(s) of theirs.</source>
        <translation>
            <numerusform>Mantém %n mensagem dessas conversas.</numerusform>
            <numerusform>Mantém %n mensagens dessas conversas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It knows %n user(s) by name.</source>
        <translation>
            <numerusform>Conhece o nome de %n usuário.</numerusform>
            <numerusform>Conhece os nomes de %n usuários.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n mensagem encontrada.</numerusform>
            <numerusform>%n mensagens encontradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>%n nome de conversa corresponde.</numerusform>
            <numerusform>%n nomes de conversa correspondem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match: %1.</source>
        <translation>
            <numerusform>%n nome de usuário corresponde: %1.</numerusform>
            <numerusform>%n nomes de usuário correspondem: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign&apos;s %n message(s).</source>
        <translation>
            <numerusform>A campanha tem %n mensagem.</numerusform>
            <numerusform>A campanha tem %n mensagens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Estão em %n conversa.</numerusform>
            <numerusform>Estão em %n conversas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) sent them.</source>
        <translation>
            <numerusform>%n remetente as enviou.</numerusform>
            <numerusform>%n remetentes as enviaram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>%1: %n conversa no índice agora.</numerusform>
            <numerusform>%1: %n conversas no índice agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) in the index now.</source>
        <translation>
            <numerusform>%1: %n mensagem no índice agora.</numerusform>
            <numerusform>%1: %n mensagens no índice agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s index opens once the team database is reached.</source>
        <translation>O índice da equipe é aberto assim que o banco de dados da equipe puder ser acessado.</translation>
    </message>
</context>
<context>
    <name>SweepPlan</name>
    <message>
        <source>Choose whose messages: a sender to remove.</source>
        <translation>Escolha de quem são as mensagens: um remetente a remover.</translation>
    </message>
    <message>
        <source>This selection finds dialogs, not messages: it has no senders.</source>
        <translation>Esta seleção encontra conversas, não mensagens: não tem remetentes.</translation>
    </message>
    <message>
        <source>User %1 sent none of the messages this selection found.</source>
        <translation>O usuário %1 não enviou nenhuma das mensagens que esta seleção encontrou.</translation>
    </message>
    <message>
        <source>The selection finds nothing to act on.</source>
        <translation>A seleção não encontra nada sobre o que agir.</translation>
    </message>
</context>
<context>
    <name>SweepSearch</name>
    <message numerus="yes">
        <source>Dialogs with no message in %n day(s)</source>
        <translation>
            <numerusform>Conversas sem mensagens há %n dia</numerusform>
            <numerusform>Conversas sem mensagens há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialogs owned by user %1</source>
        <translation>Conversas de propriedade do usuário %1</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Grupos vazios</translation>
    </message>
    <message>
        <source>Messages matching &quot;%1&quot;</source>
        <translation>Mensagens que correspondem a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Messages of a campaign</source>
        <translation>Mensagens de uma campanha</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no words to search for.</source>
        <translation>&quot;%1&quot; não tem palavras para pesquisar.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Uma seleção precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>TeamJournalOpener</name>
    <message>
        <source>Reaching the team database %1 was cancelled.</source>
        <translation>O acesso ao banco de dados da equipe %1 foi cancelado.</translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nome completo:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado:</translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation>Última solicitação:</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Nenhum usuário selecionado</translation>
    </message>
</context>
<context>
    <name>UserFinder</name>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>A pesquisa por nome requer pelo menos 3 caracteres.</translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message>
        <source>&quot;%1&quot; is not a user id: ids are whole numbers.</source>
        <translation>“%1” não é um ID de usuário: IDs são números inteiros.</translation>
    </message>
    <message>
        <source>Type one or more user ids.</source>
        <translation>Digite um ou mais IDs de usuário.</translation>
    </message>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>A pesquisa por nome requer pelo menos 3 caracteres.</translation>
    </message>
    <message>
        <source>Type what to search for.</source>
        <translation>Digite o que deseja pesquisar.</translation>
    </message>
    <message>
        <source>Type ids, a login, a name or an email. To list everyone, choose &quot;All users&quot;.</source>
        <translation>Digite ids, um login, um nome ou um e-mail. Para listar todos, escolha &quot;Todos os usuários&quot;.</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>todos os usuários</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nome completo</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>login starts with</source>
        <translation>login começa com</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>UserReviewPanel</name>
    <message>
        <source>Search users by</source>
        <translation>Pesquisar usuários por</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos os usuários</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto da pesquisa</translation>
    </message>
    <message>
        <source>Ids, a login, part of a full name, an email or a tag</source>
        <translation>IDs, um login, parte de um nome completo, um e-mail ou uma tag</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation>Carregar mais usuários</translation>
    </message>
    <message>
        <source>The user&apos;s dialogs</source>
        <translation>Conversas do usuário</translation>
    </message>
    <message>
        <source>Load more dialogs</source>
        <translation>Carregar mais conversas</translation>
    </message>
    <message>
        <source>&amp;Remove from selected groups…</source>
        <translation>&amp;Remover dos grupos selecionados…</translation>
    </message>
    <message>
        <source>Take the user out of the selected group dialogs (the dialogs and their messages stay)</source>
        <translation>Tirar o usuário das conversas em grupo selecionadas (as conversas e suas mensagens são mantidas)</translation>
    </message>
    <message>
        <source>Remove from &amp;their list…</source>
        <translation>Remover da &amp;lista dele…</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the user&apos;s own list, on their behalf; other members keep them</source>
        <translation>Remover as conversas selecionadas da lista do próprio usuário, em nome dele; os outros membros as mantêm</translation>
    </message>
    <message>
        <source>Delete all dialogs they &amp;own…</source>
        <translation>Excluir &amp;todas as conversas de propriedade dele…</translation>
    </message>
    <message>
        <source>Delete for everyone every dialog this user owns; cannot be undone</source>
        <translation>Excluir para todos cada conversa da qual este usuário é proprietário; não pode ser desfeito</translation>
    </message>
    <message>
        <source>Delete selected messages for &amp;everyone…</source>
        <translation>Excluir as mensagens selecionadas para t&amp;odos…</translation>
    </message>
    <message>
        <source>Remove from their histor&amp;y…</source>
        <translation>Remover do &amp;histórico dele…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the user&apos;s own history, on their behalf; others keep them</source>
        <translation>Remover as mensagens selecionadas do histórico do próprio usuário, em nome dele; os outros as mantêm</translation>
    </message>
    <message>
        <source>Could not search users: %1</source>
        <translation>Não foi possível pesquisar usuários: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>Not every dialog of %1 could be loaded, so nothing was offered for deletion. Try again.</source>
        <translation>Nem todas as conversas de %1 puderam ser carregadas, portanto nada foi oferecido para exclusão. Tente novamente.</translation>
    </message>
    <message>
        <source>Could not load the user&apos;s dialogs: %1</source>
        <translation>Não foi possível carregar as conversas do usuário: %1</translation>
    </message>
    <message>
        <source>Search for a user, or list all users.</source>
        <translation>Pesquise um usuário ou liste todos os usuários.</translation>
    </message>
    <message>
        <source>Choose a user to see their dialogs.</source>
        <translation>Escolha um usuário para ver as conversas dele.</translation>
    </message>
    <message>
        <source>Dialogs you share with %1: %2 of %3 loaded</source>
        <translation>Conversas que você compartilha com %1: %2 de %3 carregadas</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Parar de carregar</translation>
    </message>
    <message>
        <source>Needs a connection with an API key, which can act on behalf of users.</source>
        <translation>Requer uma conexão com uma API key, que pode agir em nome dos usuários.</translation>
    </message>
    <message>
        <source>Remove from groups</source>
        <translation>Remover dos grupos</translation>
    </message>
    <message>
        <source>None of the selected dialogs is a group. Public dialogs have no member list, and nobody can be removed from a private one.</source>
        <translation>Nenhuma das conversas selecionadas é um grupo. Conversas públicas não têm lista de membros, e ninguém pode ser removido de uma conversa privada.</translation>
    </message>
    <message>
        <source>Delete dialogs they own</source>
        <translation>Excluir as conversas de propriedade dele</translation>
    </message>
    <message>
        <source>%1 owns none of these dialogs.</source>
        <translation>%1 não é proprietário de nenhuma destas conversas.</translation>
    </message>
    <message>
        <source>&amp;Act as this user</source>
        <translation>&amp;Agir em nome deste usuário</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copiar id</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Mostrar no re&amp;gistro</translation>
    </message>
    <message>
        <source>Detect from text</source>
        <translation>Detectar a partir do texto</translation>
    </message>
    <message>
        <source>Login starts with</source>
        <translation>Login começa com</translation>
    </message>
    <message>
        <source>Loading the dialogs of %1…</source>
        <translation>Carregando as conversas de %1…</translation>
    </message>
    <message>
        <source>Dialogs of %1: %2 of %3 loaded</source>
        <translation>Conversas de %1: %2 de %3 carregadas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s). Searched by: %2</source>
        <translation>
            <numerusform>%1 de %n usuário. Critério de pesquisa: %2</numerusform>
            <numerusform>%1 de %n usuários. Critério de pesquisa: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching… Search by: %1</source>
        <translation>Pesquisando… Critério de pesquisa: %1</translation>
    </message>
    <message>
        <source>Load all users</source>
        <translation>Carregar todos os usuários</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 users: the console holds at most %3. List them all with qbmodctl users list --all --jsonl.</source>
        <translation>Carregados os primeiros %1 de %2 usuários: o console comporta no máximo %3. Liste todos com qbmodctl users list --all --jsonl.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Última solicitação</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Selos</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegido</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>UsersListCommand</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>NOME COMPLETO</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRIADO</translation>
    </message>
    <message>
        <source>LAST REQUEST</source>
        <translation>ÚLTIMA SOLICITAÇÃO</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown</source>
        <translation>
            <numerusform>%n usuário mostrado</numerusform>
            <numerusform>%n usuários mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n no total</numerusform>
            <numerusform>%n no total</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1; with --all or --jsonl, any number of at least 1.</source>
        <translation>--limit requer um número inteiro de 1 a %1; com --all ou --jsonl, qualquer número inteiro de pelo menos 1.</translation>
    </message>
</context>
<context>
    <name>UsersShowCommand</name>
    <message>
        <source>users show takes exactly one user id (a positive number).</source>
        <translation>users show aceita exatamente um ID de usuário (um número positivo).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Última solicitação</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moderation console for QuickBlox chat applications.</source>
        <translation>Console de moderação para aplicativos de chat QuickBlox.</translation>
    </message>
    <message>
        <source>Start a local sandbox with demo data and connect to it; no account needed.</source>
        <translation>Iniciar um sandbox local com dados de demonstração e conectar-se a ele; não é preciso ter conta.</translation>
    </message>
    <message>
        <source>Number of dialogs in the sandbox (default 2000).</source>
        <translation>Número de conversas no sandbox (padrão: 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--sandbox-dialogs needs a number from 1 to 200000.</source>
        <translation>--sandbox-dialogs requer um número de 1 a 200000.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Não foi possível iniciar o sandbox: %1</translation>
    </message>
</context>
</TS>
