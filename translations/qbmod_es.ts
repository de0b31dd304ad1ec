<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About qbmod</source>
        <translation>Acerca de qbmod</translation>
    </message>
    <message>
        <source>A moderation console for QuickBlox chat applications.</source>
        <translation>Una consola de moderación para aplicaciones de chat de QuickBlox.</translation>
    </message>
    <message>
        <source>qbmod is free software under the Apache License 2.0. It uses Qt %1 under the GNU Lesser General Public License version 3, and QtKeychain under a BSD licence.</source>
        <translation>qbmod es software libre bajo la Apache License 2.0. Usa Qt %1 bajo la GNU Lesser General Public License versión 3, y QtKeychain bajo una licencia BSD.</translation>
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
        <translation>Qt: GNU General Public License 3, que la LGPL amplía</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence</source>
        <translation>QtKeychain: licencia BSD</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ActingUserDialog</name>
    <message>
        <source>Act as a user</source>
        <translation>Actuar en nombre de un usuario</translation>
    </message>
    <message>
        <source>Every request will be made on behalf of the chosen user (On-Behalf-Of) until you stop acting as them.</source>
        <translation>Todas las solicitudes se harán en nombre del usuario elegido (On-Behalf-Of) hasta que deje de actuar en su nombre.</translation>
    </message>
    <message>
        <source>User id, login, email or full name</source>
        <translation>ID de usuario, login, correo electrónico o nombre completo</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Usuarios coincidentes</translation>
    </message>
    <message>
        <source>Act as this user</source>
        <translation>Actuar en nombre de este usuario</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n usuario encontrado</numerusform>
            <numerusform>%n usuarios encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Acting on behalf of a user needs an API key; a session login always acts as its own user.</source>
        <translation>Para actuar en nombre de un usuario se necesita una API key; un inicio de sesión siempre actúa como su propio usuario.</translation>
    </message>
    <message>
        <source>The session answer carried no token.</source>
        <translation>La respuesta de la sesión no contenía ningún token.</translation>
    </message>
    <message>
        <source>the answer was larger than %1, the most accepted</source>
        <translation>la respuesta superaba %1, el máximo aceptado</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>ninguna respuesta completa en %n segundo</numerusform>
            <numerusform>ninguna respuesta completa en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>No se pudo contactar con el servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>El servidor rechazó las credenciales.</translation>
    </message>
    <message>
        <source>Not permitted.</source>
        <translation>No permitido.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid.</source>
        <translation>La solicitud se rechazó por no ser válida.</translation>
    </message>
    <message>
        <source>Too many requests: the application&apos;s rate limit was exceeded.</source>
        <translation>Demasiadas solicitudes: se superó el límite de frecuencia de la aplicación.</translation>
    </message>
    <message>
        <source>The server reported an internal error (HTTP %1).</source>
        <translation>El servidor informó de un error interno (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood.</source>
        <translation>El servidor envió una respuesta que no se pudo interpretar.</translation>
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
        <translation>El endpoint redirigió a %1; si confía en esa dirección, úsela como endpoint.</translation>
    </message>
</context>
<context>
    <name>BulkDeleteEngine</name>
    <message numerus="yes">
        <source>%n request(s)/s</source>
        <translation>
            <numerusform>%n solicitud/s</numerusform>
            <numerusform>%n solicitudes/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n min left</source>
        <translation>
            <numerusform>%1, queda %n min aproximadamente</numerusform>
            <numerusform>%1, quedan %n min aproximadamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n s left</source>
        <translation>
            <numerusform>%1, queda %n s aproximadamente</numerusform>
            <numerusform>%1, quedan %n s aproximadamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n no permitido</numerusform>
            <numerusform>%n no permitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n ya no existía</numerusform>
            <numerusform>%n ya no existían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been deleted)</source>
        <translation>
            <numerusform>%n desconocido (sin respuesta; puede que se haya eliminado)</numerusform>
            <numerusform>%n desconocidos (sin respuesta; puede que se hayan eliminado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n no intentado</numerusform>
            <numerusform>%n no intentados</numerusform>
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
        <translation>Inicio de sesión de operador con las credenciales de la aplicación</translation>
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
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect to a QuickBlox application</source>
        <translation>Conectar con una aplicación de QuickBlox</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Endpoint de la API</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>ID de la aplicación</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Auth key</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Login de operador</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>ID de la aplicación:</translation>
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
        <translation>Login de operador:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in files. Leave a secret empty to keep the stored one.</source>
        <translation>Los secretos se guardan en el llavero del sistema, nunca en archivos. Deje un secreto vacío para conservar el guardado.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Probar el sandbox</translation>
    </message>
    <message>
        <source>Start a local stand-in for QuickBlox with demo data; no account needed.</source>
        <translation>Inicia un sustituto local de QuickBlox con datos de demostración; no se necesita cuenta.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>guardado en el llavero</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>¿Quitar el perfil «%1» y sus secretos del llavero?</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>The system keychain could not store the %1 (%2). Keep it for this session only? It will be forgotten when qbmod quits, and nothing is written to disk.</source>
        <translation>El llavero del sistema no pudo guardar «%1» (%2). ¿Conservarlo solo durante esta sesión? Se olvidará al salir de qbmod y no se escribirá nada en el disco.</translation>
    </message>
    <message>
        <source>The %1 was not stored.</source>
        <translation>No se guardó «%1».</translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation>Leyendo los secretos del llavero…</translation>
    </message>
    <message>
        <source>Checking the connection to %1…</source>
        <translation>Comprobando la conexión con %1…</translation>
    </message>
    <message>
        <source>Check the login, the password and the application credentials.</source>
        <translation>Compruebe el login, la contraseña y las credenciales de la aplicación.</translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation>Compruebe la API key.</translation>
    </message>
    <message>
        <source>Check the endpoint.</source>
        <translation>Compruebe el endpoint.</translation>
    </message>
    <message>
        <source>The server answered with an error; try again later.</source>
        <translation>El servidor respondió con un error; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Not connected, nothing was saved: %1 %2</source>
        <translation>Sin conexión, no se guardó nada: %1 %2</translation>
    </message>
    <message>
        <source>This field needs correcting</source>
        <translation>Este campo debe corregirse</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> solicitudes/s</translation>
    </message>
    <message>
        <source>Learn it from the server</source>
        <translation>Deducirlo del servidor</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Límite de frecuencia:</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Contraseña de la base de datos del equipo</translation>
    </message>
    <message>
        <source>Journal kept on</source>
        <translation>Registro guardado en</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>A team database</source>
        <translation>Una base de datos del equipo</translation>
    </message>
    <message>
        <source>A team database (PostgreSQL) shares the journal with every moderator of the team.</source>
        <translation>Una base de datos del equipo (PostgreSQL) comparte el registro con todos los moderadores del equipo.</translation>
    </message>
    <message>
        <source>Team database host</source>
        <translation>Host de la base de datos del equipo</translation>
    </message>
    <message>
        <source>Team database port</source>
        <translation>Puerto de la base de datos del equipo</translation>
    </message>
    <message>
        <source>Team database name</source>
        <translation>Nombre de la base de datos del equipo</translation>
    </message>
    <message>
        <source>Team database user</source>
        <translation>Usuario de la base de datos del equipo</translation>
    </message>
    <message>
        <source>Team database TLS mode</source>
        <translation>Modo TLS de la base de datos del equipo</translation>
    </message>
    <message>
        <source>Check the certificate and the name (verify-full)</source>
        <translation>Comprobar el certificado y el nombre (verify-full)</translation>
    </message>
    <message>
        <source>Check the certificate only (verify-ca)</source>
        <translation>Comprobar solo el certificado (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt without checks (require)</source>
        <translation>Cifrar sin comprobaciones (require)</translation>
    </message>
    <message>
        <source>No TLS (disable)</source>
        <translation>Sin TLS (disable)</translation>
    </message>
    <message>
        <source>A database on another computer is reached only with verify-full.</source>
        <translation>A una base de datos de otro ordenador solo se accede con verify-full.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Journal kept on:</source>
        <translation>Registro guardado en:</translation>
    </message>
    <message>
        <source>Type the team database&apos;s password.</source>
        <translation>Escriba la contraseña de la base de datos del equipo.</translation>
    </message>
    <message>
        <source>The requests per second your QuickBlox plan allows. Deletes and listings are paced just under that rate. Without it, the rate is learned from the server&apos;s first &quot;too many requests&quot; answers.</source>
        <translation>Las solicitudes por segundo que permite su plan de QuickBlox. Las eliminaciones y los listados se envían justo por debajo de ese ritmo. Sin este valor, el ritmo se deduce de las primeras respuestas «too many requests» del servidor.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>El endpoint «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>El endpoint no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (a local sandbox); use https for &quot;%1&quot;.</source>
        <translation>El http sin cifrar solo se permite hacia este equipo (un sandbox local); use https para «%1».</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>El endpoint debe empezar por https://.</translation>
    </message>
    <message>
        <source>An application id is required.</source>
        <translation>Se necesita un ID de aplicación.</translation>
    </message>
    <message>
        <source>An auth key is required.</source>
        <translation>Se necesita una Auth key.</translation>
    </message>
    <message>
        <source>An operator login is required.</source>
        <translation>Se necesita un login de operador.</translation>
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
        <translation>No se pudo iniciar el sandbox: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Working offline: the team&apos;s protected users can be seen and changed only while the team database can be reached.</source>
        <translation>Trabajo sin conexión: los usuarios protegidos del equipo solo se pueden ver y cambiar mientras la base de datos del equipo esté accesible.</translation>
    </message>
    <message>
        <source>The team database %1 is still being reached.</source>
        <translation>Todavía se está conectando con la base de datos del equipo %1.</translation>
    </message>
</context>
<context>
    <name>CredentialsLoader</name>
    <message>
        <source>No %1 is stored for the profile &quot;%2&quot;.</source>
        <translation>El perfil «%2» no tiene guardado: %1.</translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; could not be read. %3</source>
        <translation>No se pudo leer «%1» del perfil «%2». %3</translation>
    </message>
</context>
<context>
    <name>CtlApplication</name>
    <message>
        <source>Moderation tools for QuickBlox chat applications.</source>
        <translation>Herramientas de moderación para aplicaciones de chat de QuickBlox.</translation>
    </message>
    <message>
        <source>Connect as the saved profile NAME; its secrets come from the system keychain.</source>
        <translation>Conectar con el perfil guardado NAME; sus secretos se obtienen del llavero del sistema.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API endpoint (default https://api.quickblox.com).</source>
        <translation>Endpoint de la API (predeterminado: https://api.quickblox.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Application id (session login).</source>
        <translation>ID de la aplicación (inicio de sesión).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Application auth key (session login).</source>
        <translation>Auth key de la aplicación (inicio de sesión).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Operator login (session login).</source>
        <translation>Login de operador (inicio de sesión).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation>Solicitudes simultáneas en curso (predeterminado: 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Segundos de espera para cada respuesta (predeterminado: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Log each request to standard error (credentials are never logged).</source>
        <translation>Registrar cada solicitud en la salida de error estándar (las credenciales nunca se registran).</translation>
    </message>
    <message>
        <source>Act as this user (API key only).</source>
        <translation>Actuar en nombre de este usuario (solo con API key).</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>USER_ID</translation>
    </message>
    <message>
        <source>Dialog types: 1 public, 2 group, 3 private; comma-separated.</source>
        <translation>Tipos de conversación: 1 pública, 2 grupo, 3 privada; separados por comas.</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>Only dialogs whose name contains TEXT.</source>
        <translation>Solo conversaciones cuyo nombre contenga TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Show at most N items.</source>
        <translation>Mostrar como máximo N elementos.</translation>
    </message>
    <message>
        <source>Delete for every member (dialogs: owner only; messages: sender only); cannot be undone.</source>
        <translation>Eliminar para todos los miembros (conversaciones: solo el propietario; mensajes: solo el remitente); no se puede deshacer.</translation>
    </message>
    <message>
        <source>Ids per delete request (default 50).</source>
        <translation>ID por solicitud de eliminación (predeterminado: 50).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>No pedir confirmación.</translation>
    </message>
    <message>
        <source>Read ids from FILE, or from standard input with -.</source>
        <translation>Leer los ID de FILE, o de la entrada estándar con -.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>User id, email, login or part of a full name.</source>
        <translation>ID de usuario, correo electrónico, login o parte de un nombre completo.</translation>
    </message>
    <message>
        <source>Only messages sent by this user.</source>
        <translation>Solo los mensajes enviados por este usuario.</translation>
    </message>
    <message>
        <source>The user to remove from the dialogs.</source>
        <translation>El usuario que se quitará de las conversaciones.</translation>
    </message>
    <message>
        <source>The dialog the messages belong to; the journal keeps it so that reconcile can check them.</source>
        <translation>La conversación a la que pertenecen los mensajes; el registro la conserva para que la conciliación pueda comprobarlos.</translation>
    </message>
    <message>
        <source>DIALOG_ID</source>
        <translation>DIALOG_ID</translation>
    </message>
    <message>
        <source>Why; kept in the journal. Required with --force and --on-behalf-of.</source>
        <translation>El motivo; se guarda en el registro. Obligatorio con --force y --on-behalf-of.</translation>
    </message>
    <message>
        <source>Users whose dialogs are not force-deleted and who are not acted for (default: QBMOD_PROTECTED_USERS).</source>
        <translation>Usuarios cuyas conversaciones no se eliminan para todos y en cuyo nombre no se actúa (predeterminado: QBMOD_PROTECTED_USERS).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Act on protected users anyway; the journal records it.</source>
        <translation>Actuar igualmente sobre usuarios protegidos; el registro lo hace constar.</translation>
    </message>
    <message>
        <source>Print the requests that would be sent and send nothing.</source>
        <translation>Mostrar las solicitudes que se enviarían sin enviar nada.</translation>
    </message>
    <message>
        <source>Do not keep the dialogs and their latest messages before a force delete.</source>
        <translation>No guardar las conversaciones ni sus últimos mensajes antes de eliminar para todos.</translation>
    </message>
    <message>
        <source>Use the journal database at PATH.</source>
        <translation>Usar la base de datos de registro en PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Export format: csv or json (default json).</source>
        <translation>Formato de exportación: csv o json (predeterminado: json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Prune evidence collected more than DAYS days ago.</source>
        <translation>Depurar las pruebas recopiladas hace más de DAYS días.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>qbmodctl: --%1 needs a whole number from %2 to %3.</source>
        <translation>qbmodctl: --%1 necesita un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 does not take --%2.</source>
        <translation>qbmodctl: %1 no admite --%2.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>qbmodctl: no credentials. Set QBMOD_API_KEY, or give --app-id, --auth-key and --login with QBMOD_AUTH_SECRET and QBMOD_PASSWORD in the environment (missing: %1).</source>
        <translation>qbmodctl: no hay credenciales. Defina QBMOD_API_KEY, o indique --app-id, --auth-key y --login con QBMOD_AUTH_SECRET y QBMOD_PASSWORD en el entorno (falta: %1).</translation>
    </message>
    <message>
        <source>qbmodctl: --app-id needs a positive whole number.</source>
        <translation>qbmodctl: --app-id necesita un número entero positivo.</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot;: %2</source>
        <translation>qbmodctl: perfil «%1»: %2</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot;; no profiles are saved.</source>
        <translation>qbmodctl: no existe ningún perfil llamado «%1»; no hay perfiles guardados.</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot; (saved: %2).</source>
        <translation>qbmodctl: no existe ningún perfil llamado «%1» (guardados: %2).</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the secrets in the environment instead (QBMOD_API_KEY, or QBMOD_AUTH_SECRET and QBMOD_PASSWORD).</source>
        <translation>qbmodctl: el llavero del sistema no está disponible; indique los secretos en el entorno (QBMOD_API_KEY, o QBMOD_AUTH_SECRET y QBMOD_PASSWORD).</translation>
    </message>
    <message>
        <source>Try &apos;qbmodctl --help&apos;.</source>
        <translation>Pruebe «qbmodctl --help».</translation>
    </message>
    <message>
        <source>qbmodctl: no command given.</source>
        <translation>qbmodctl: no se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>qbmodctl: unknown command &quot;%1&quot;.</source>
        <translation>qbmodctl: orden desconocida «%1».</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs a user id (a positive number).</source>
        <translation>qbmodctl: --on-behalf-of necesita un ID de usuario (un número positivo).</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs an API key (QBMOD_API_KEY); a session login always acts as its own user.</source>
        <translation>qbmodctl: --on-behalf-of necesita una API key (QBMOD_API_KEY); un inicio de sesión siempre actúa como su propio usuario.</translation>
    </message>
    <message>
        <source>qbmodctl: unexpected argument &quot;%1&quot;.</source>
        <translation>qbmodctl: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Seconds a whole answer may take, however slowly it trickles in (default 300).</source>
        <translation>Segundos que puede tardar una respuesta completa, por lentamente que llegue (predeterminado: 300).</translation>
    </message>
    <message>
        <source>Largest answer accepted, in MiB (default 64).</source>
        <translation>Tamaño máximo de respuesta aceptado, en MiB (predeterminado: 64).</translation>
    </message>
    <message>
        <source>Print JSON for scripts, as one document: built in memory, so for small lists; use --jsonl for --all.</source>
        <translation>Imprime JSON para scripts, como un solo documento: se construye en memoria, así que para listas pequeñas; use --jsonl con --all.</translation>
    </message>
    <message>
        <source>Lists: print one JSON object per line as pages arrive, in memory bounded however long the list.</source>
        <translation>Listas: imprime un objeto JSON por línea a medida que llegan las páginas, con memoria acotada sea cual sea la longitud de la lista.</translation>
    </message>
    <message>
        <source>Use the local index at PATH (default: the connected application&apos;s).</source>
        <translation>Usa el índice local en PATH (por defecto: el de la aplicación conectada).</translation>
    </message>
    <message>
        <source>Read every dialog again and drop the ones the server no longer lists.</source>
        <translation>Vuelve a leer todas las conversaciones y descarta las que el servidor ya no lista.</translation>
    </message>
    <message>
        <source>Keep the latest N messages of each dialog (default 200).</source>
        <translation>Conserva los últimos N mensajes de cada conversación (por defecto 200).</translation>
    </message>
    <message>
        <source>From this date on (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>Desde esta fecha (AAAA-MM-DD o fecha y hora ISO, UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Before this date (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>Antes de esta fecha (AAAA-MM-DD o fecha y hora ISO, UTC).</translation>
    </message>
    <message>
        <source>Read again the messages of dialogs not read for DAYS days (default 30).</source>
        <translation>Vuelve a leer los mensajes de las conversaciones no leídas en DAYS días (por defecto 30).</translation>
    </message>
    <message>
        <source>Only messages with a link.</source>
        <translation>Solo mensajes con un enlace.</translation>
    </message>
    <message>
        <source>Only messages with an attachment.</source>
        <translation>Solo mensajes con un adjunto.</translation>
    </message>
    <message>
        <source>A campaign reaches at least N dialogs (default 5).</source>
        <translation>Una campaña alcanza al menos N conversaciones (por defecto 5).</translation>
    </message>
    <message>
        <source>…within this time, e.g. 24h, 90m, 2d (default 24h).</source>
        <translation>…dentro de este plazo, p. ej. 24h, 90m, 2d (por defecto 24h).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Requests per second, paced exactly (default: the profile&apos;s rate limit, or learned from the server&apos;s first 429s).</source>
        <translation>Solicitudes por segundo, a ritmo exacto (predeterminado: el límite de frecuencia del perfil, o deducido de las primeras respuestas 429 del servidor).</translation>
    </message>
    <message>
        <source>The campaign to act on, as &quot;campaigns&quot; lists it.</source>
        <translation>La campaña sobre la que actuar, tal como la lista «campaigns».</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAIGN</translation>
    </message>
    <message>
        <source>Delete the dialogs that search or the campaign found, each checked with the server first.</source>
        <translation>Eliminar las conversaciones que encontró la búsqueda o la campaña, cada una comprobada antes con el servidor.</translation>
    </message>
    <message>
        <source>Remove this user from the dialogs where search or the campaign found their messages, each checked with the server first.</source>
        <translation>Quitar a este usuario de las conversaciones en las que la búsqueda o la campaña encontró sus mensajes, cada una comprobada antes con el servidor.</translation>
    </message>
    <message>
        <source>Your name, recorded with each run (default: QBMOD_MODERATOR_NAME, or in a team database your database user).</source>
        <translation>Su nombre, anotado con cada ejecución (predeterminado: QBMOD_MODERATOR_NAME o, en una base de datos del equipo, su usuario de la base de datos).</translation>
    </message>
    <message>
        <source>Only runs by WHO: a moderator&apos;s name, login or API key fingerprint.</source>
        <translation>Solo las ejecuciones de WHO: nombre, login o huella de la API key de un moderador.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot; keeps its journal in the team database %2, but its password is not in the keychain. Save it in the console, or give it in QBMOD_STORE_PASSWORD.</source>
        <translation>qbmodctl: el perfil «%1» guarda su registro en la base de datos del equipo %2, pero su contraseña no está en el llavero. Guárdela en la consola o indíquela en QBMOD_STORE_PASSWORD.</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the team database&apos;s password in QBMOD_STORE_PASSWORD instead.</source>
        <translation>qbmodctl: el llavero del sistema no está disponible; indique la contraseña de la base de datos del equipo en QBMOD_STORE_PASSWORD.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Save it in the console, or give it in the environment (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</source>
        <translation>qbmodctl: %1 Guárdelo en la consola o indíquelo en el entorno (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</translation>
    </message>
    <message>
        <source>qbmodctl: give either --journal or --store, not both.</source>
        <translation>qbmodctl: indique --journal o --store, no ambos.</translation>
    </message>
    <message>
        <source>Keep the journal and the Sweep index in the team database at URL, postgres://user@host:5432/qbmod?sslmode=verify-full; its password comes from QBMOD_STORE_PASSWORD, never from the URL.</source>
        <translation>Guardar el registro y el índice del barrido en la base de datos del equipo en URL, postgres://user@host:5432/qbmod?sslmode=verify-full; su contraseña se obtiene de QBMOD_STORE_PASSWORD, nunca de la URL.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs with no message in DAYS days.</source>
        <translation>Selección guardada: conversaciones sin mensajes en DAYS días.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs owned by this user.</source>
        <translation>Selección guardada: conversaciones propiedad de este usuario.</translation>
    </message>
    <message>
        <source>Saved selection: groups with no message, or only their owner left.</source>
        <translation>Selección guardada: grupos sin mensajes o en los que solo queda su propietario.</translation>
    </message>
    <message>
        <source>Saved selection: messages matching TEXT, with search&apos;s filters (--sender, --since, --until, --type, --has-link, --has-attachment).</source>
        <translation>Selección guardada: mensajes que coinciden con TEXT, con los filtros de la búsqueda (--sender, --since, --until, --type, --has-link, --has-attachment).</translation>
    </message>
    <message>
        <source>When the team database cannot be reached, journal the run on this computer and upload it later (journal upload); its ids are not claimed meanwhile.</source>
        <translation>Si no se puede acceder a la base de datos del equipo, anotar la ejecución en este ordenador y subirla más tarde (journal upload); mientras tanto, sus ID no quedan reservados.</translation>
    </message>
    <message>
        <source>Write the journal file at PATH.</source>
        <translation>Escribir el archivo de registro en PATH.</translation>
    </message>
    <message>
        <source>List every match (dialogs, users or messages), however many pages.</source>
        <translation>Listar todas las coincidencias (conversaciones, usuarios o mensajes), sin importar cuántas páginas haya.</translation>
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
        <translation>Uso: qbmodctl [opciones] COMMAND

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
  search … | campaigns … --campaign CAMPAIGN | selections run NAME, y luego,
            para actuar sobre lo encontrado:
            (--delete-dialogs [--force] | --remove-sender USER_ID)
            [--on-behalf-of USER_ID] [--reason TEXT] [--protected-users IDS]
            [--override-protection] [--no-evidence] [--dry-run] [--yes]
            [--journal PATH] [--json]

Las credenciales se obtienen del entorno, nunca de los argumentos:
  QBMOD_API_KEY       API key; si está definida, qbmodctl la usa (Authorization: ApiKey)
  QBMOD_AUTH_SECRET   auth secret de la aplicación, con --app-id, --auth-key, --login
  QBMOD_PASSWORD      la contraseña del operador
  QBMOD_PROTECTED_USERS  ids de usuarios protegidos, si no se indica --protected-users
  QBMOD_STORE_PASSWORD   la contraseña de la base de datos del equipo, con --store URL
Dondequiera que se acepte --journal PATH, --store postgres://user@host:port/db guarda
el registro en una base de datos del equipo; las ejecuciones anotan --moderator-name NAME.
Con --offline, una ejecución se realiza aunque no se pueda acceder a la base de datos
del equipo, y se anota en este ordenador hasta «journal upload».
Con --profile NAME, la conexión y los secretos se obtienen de un perfil guardado y
del llavero del sistema; las opciones y estas variables tienen prioridad. Un perfil que
guarda su registro en una base de datos del equipo la usa salvo que se indique --journal
o --store; su contraseña se obtiene de QBMOD_STORE_PASSWORD o del llavero.

Códigos de salida: 0 hecho; 1 algunos ids no permitidos o fallidos; 2 error de uso o
de entrada; 3 error de autenticación; 4 endpoint inaccesible.
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
        <translation>usuarios protegidos: %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) shown, nothing was sent.</source>
        <translation>
            <numerusform>Simulación: se muestra %n solicitud, no se envió nada.</numerusform>
            <numerusform>Simulación: se muestran %n solicitudes, no se envió nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlRunCommand</name>
    <message>
        <source>Give one with --reason.</source>
        <translation>Indique uno con --reason.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n earlier run(s) have ids whose outcome is unknown; run &quot;qbmodctl journal reconcile&quot; to settle them.</source>
        <translation>
            <numerusform>qbmodctl: %n ejecución anterior tiene ids con resultado desconocido; ejecute &quot;qbmodctl journal reconcile&quot; para resolverlos.</numerusform>
            <numerusform>qbmodctl: %n ejecuciones anteriores tienen ids con resultado desconocido; ejecute &quot;qbmodctl journal reconcile&quot; para resolverlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>Refusing to act without confirmation: pass --yes, or run on a terminal to be asked.</source>
        <translation>No se actúa sin confirmación: indique --yes, o ejecute en un terminal para que se le pregunte.</translation>
    </message>
    <message>
        <source>Recorded in the journal as run %1.</source>
        <translation>Anotado en el registro como ejecución %1.</translation>
    </message>
    <message>
        <source>Working… %1 of %2</source>
        <translation>Procesando… %1 de %2</translation>
    </message>
    <message>
        <source>--offline is for a team database (--store, or a profile that keeps its journal in one). Nothing was sent.</source>
        <translation>--offline es para una base de datos del equipo (--store, o un perfil que guarde en ella su registro). No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n run(s) made offline are not in the team database yet; &quot;qbmodctl journal upload&quot; adds them.</source>
        <translation>
            <numerusform>qbmodctl: %n ejecución hecha sin conexión aún no está en la base de datos del equipo; «qbmodctl journal upload» la añade.</numerusform>
            <numerusform>qbmodctl: %n ejecuciones hechas sin conexión aún no están en la base de datos del equipo; «qbmodctl journal upload» las añade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded offline as run %1 in %2; &quot;qbmodctl journal upload&quot; adds it to the team database once it can be reached. Until then its ids are not claimed.</source>
        <translation>Anotada sin conexión como ejecución %1 en %2; «qbmodctl journal upload» la añade a la base de datos del equipo en cuanto se pueda acceder a ella. Hasta entonces, sus ID no quedan reservados.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Give ids either as arguments or with --from-file, not both.</source>
        <translation>Indique los ID como argumentos o con --from-file, no de ambas formas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID no es un ID de conversación (24 dígitos hexadecimales): %1. No se envió nada.</numerusform>
            <numerusform>%n ID no son ID de conversación (24 dígitos hexadecimales): %1. No se envió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not message ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID no es un ID de mensaje (24 dígitos hexadecimales): %1. No se envió nada.</numerusform>
            <numerusform>%n ID no son ID de mensaje (24 dígitos hexadecimales): %1. No se envió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>No se indicó ningún ID de conversación.</translation>
    </message>
    <message>
        <source>No message ids given.</source>
        <translation>No se indicó ningún ID de mensaje.</translation>
    </message>
    <message>
        <source>the signed-in account</source>
        <translation>la cuenta con la sesión iniciada</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Eliminar %n conversación para todos, con todos sus mensajes. Esta acción no se puede deshacer.</numerusform>
            <numerusform>Eliminar %n conversaciones para todos, con todos sus mensajes. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone. This cannot be undone.</source>
        <translation>
            <numerusform>Eliminar %n mensaje para todos. Esta acción no se puede deshacer.</numerusform>
            <numerusform>Eliminar %n mensajes para todos. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Escriba %1 para confirmar: </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Quitar %n conversación solo de la lista de %1; los demás miembros la conservan.</numerusform>
            <numerusform>Quitar %n conversaciones solo de la lista de %1; los demás miembros las conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Eliminar %n mensaje solo para %1; los demás miembros lo conservan.</numerusform>
            <numerusform>Eliminar %n mensajes solo para %1; los demás miembros los conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>¿Continuar? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>--batch-size needs a whole number from 1 to 500.</source>
        <translation>--batch-size necesita un número entero de 1 a 500.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits). Nothing was sent.</source>
        <translation>«%1» no es un ID de conversación (24 dígitos hexadecimales). No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are not in dialog %1 as the acting user sees it (already deleted, or in another dialog): %2. Nothing was deleted.</source>
        <translation>
            <numerusform>%n mensaje no está en la conversación %1 tal como la ve el usuario actuante (ya eliminado, o en otra conversación): %2. No se eliminó nada.</numerusform>
            <numerusform>%n mensajes no están en la conversación %1 tal como la ve el usuario actuante (ya eliminados, o en otra conversación): %2. No se eliminó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>Con una API key y sin --on-behalf-of, QuickBlox elimina para todos los miembros.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Profile: %1 (%2). Acting as: %3.</source>
        <translation>Perfil: %1 (%2). En nombre de: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these message(s) were not sent by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n de estos mensajes no lo envió el usuario actuante y se devolverá como no permitido.</numerusform>
            <numerusform>%n de estos mensajes no los envió el usuario actuante y se devolverán como no permitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user, who may not remove others from them: they will come back as not permitted.</source>
        <translation>
            <numerusform>%n de estas conversaciones no pertenece al usuario actuante, que no puede quitar a otros de ella: se devolverá como no permitida.</numerusform>
            <numerusform>%n de estas conversaciones no pertenecen al usuario actuante, que no puede quitar a otros de ellas: se devolverán como no permitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n de estas conversaciones no pertenece al usuario actuante y se devolverá como no permitida.</numerusform>
            <numerusform>%n de estas conversaciones no pertenecen al usuario actuante y se devolverán como no permitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The acting user (%1) is protected: this delete is sent on their behalf.</source>
        <translation>El usuario actuante (%1) está protegido: esta eliminación se envía en su nombre.</translation>
    </message>
    <message>
        <source>%1 is protected.</source>
        <translation>%1 está protegido.</translation>
    </message>
    <message>
        <source>&amp;Override protection (recorded in the journal)</source>
        <translation>&amp;Anular la protección (se hace constar en el registro)</translation>
    </message>
    <message>
        <source>Show the re&amp;quests</source>
        <translation>Mostrar las &amp;solicitudes</translation>
    </message>
    <message>
        <source>The requests this would send</source>
        <translation>Las solicitudes que esto enviaría</translation>
    </message>
    <message>
        <source>Each dialog is read first (GET); one where the user is not a member gets no update.</source>
        <translation>Cada conversación se lee primero (GET); las que no tienen al usuario como miembro no se modifican.</translation>
    </message>
    <message>
        <source>Required: why, for the journal (e.g. spam wave reported on 12 May)</source>
        <translation>Obligatorio: el motivo, para el registro (p. ej., oleada de spam denunciada el 12 de mayo)</translation>
    </message>
    <message>
        <source>Optional: why, for the journal</source>
        <translation>Opcional: el motivo, para el registro</translation>
    </message>
    <message>
        <source>Number of items, typed to confirm</source>
        <translation>Número de elementos, escrito para confirmar</translation>
    </message>
    <message>
        <source>Dialogs to remove the user from</source>
        <translation>Conversaciones de las que se quitará al usuario</translation>
    </message>
    <message>
        <source>Dialogs to delete</source>
        <translation>Conversaciones que se eliminarán</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>owner protected</source>
        <translation>propietario protegido</translation>
    </message>
    <message>
        <source>not owner: will be refused</source>
        <translation>no es el propietario: se rechazará</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>no es miembro</translation>
    </message>
    <message>
        <source>Messages to delete</source>
        <translation>Mensajes que se eliminarán</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>not the sender: will be refused</source>
        <translation>no es el remitente: se rechazará</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent by protected users would be deleted for everyone (marked in the Protected column).</source>
        <translation>
            <numerusform>%n mensaje enviado por usuarios protegidos se eliminaría para todos (marcado en la columna Protegido).</numerusform>
            <numerusform>%n mensajes enviados por usuarios protegidos se eliminarían para todos (marcados en la columna Protegido).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) owned by protected users would be deleted for everyone (marked in the Protected column). Protected owners: %1.</source>
        <translation>
            <numerusform>%n conversación de usuarios protegidos se eliminaría para todos (marcada en la columna Protegido). Propietarios protegidos: %1.</numerusform>
            <numerusform>%n conversaciones de usuarios protegidos se eliminarían para todos (marcadas en la columna Protegido). Propietarios protegidos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderator&apos;s reason</source>
        <translation>Motivo del moderador</translation>
    </message>
    <message>
        <source>&amp;Your reason:</source>
        <translation>Su &amp;motivo:</translation>
    </message>
    <message>
        <source>Type the number of messages (%1) to &amp;confirm:</source>
        <translation>Escriba el número de mensajes (%1) para &amp;confirmar:</translation>
    </message>
    <message>
        <source>Type the number of dialogs (%1) to &amp;confirm:</source>
        <translation>Escriba el número de conversaciones (%1) para &amp;confirmar:</translation>
    </message>
    <message>
        <source>Press Down for recent reasons</source>
        <translation>Pulse Down para ver motivos recientes</translation>
    </message>
    <message>
        <source>Give a reason to continue.</source>
        <translation>Indique un motivo para continuar.</translation>
    </message>
    <message>
        <source>Type the number to continue.</source>
        <translation>Escriba el número para continuar.</translation>
    </message>
    <message>
        <source>Check Override protection to continue.</source>
        <translation>Marque Anular la protección para continuar.</translation>
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
        <translation>Encontrado en el índice local, que no es una prueba: cada elemento se comprueba con el servidor antes de enviar nada. Lo que ya no existe se indica como tal; lo que no se puede comprobar no se toca. El registro guarda la consulta.</translation>
    </message>
</context>
<context>
    <name>DeleteResultModel</name>
    <message>
        <source>Waiting</source>
        <comment>delete result not known yet</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Conversación</translation>
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
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>remove %1 from the members of the dialogs</source>
        <translation>quitar a %1 de los miembros de las conversaciones</translation>
    </message>
    <message>
        <source>delete for everyone</source>
        <translation>eliminar para todos</translation>
    </message>
    <message>
        <source>remove from one user&apos;s history</source>
        <translation>quitar del historial de un usuario</translation>
    </message>
    <message>
        <source>remove from one user&apos;s list</source>
        <translation>quitar de la lista de un usuario</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API key %1</translation>
    </message>
    <message>
        <source>Journal run</source>
        <translation>Ejecución del registro</translation>
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
        <translation>Usuario actuante</translation>
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
        <translation>Aplicación</translation>
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
        <translation>Reintentar los fallidos</translation>
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
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Result for each message</source>
        <translation>Resultado de cada mensaje</translation>
    </message>
    <message>
        <source>Result for each dialog</source>
        <translation>Resultado de cada conversación</translation>
    </message>
    <message>
        <source>Removing… %1 of %2</source>
        <translation>Quitando… %1 de %2</translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Eliminando… %1 de %2</translation>
    </message>
    <message>
        <source>Saving evidence: each dialog and its latest messages…</source>
        <translation>Guardando pruebas: cada conversación y sus últimos mensajes…</translation>
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
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Paused at %1 of %2. Batches already sent still finish; nothing new is sent.</source>
        <translation>En pausa en %1 de %2. Los lotes ya enviados terminan; no se envía nada nuevo.</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>La ejecución se detuvo</translation>
    </message>
    <message>
        <source>Checking with the server what the local index found…</source>
        <translation>Comprobando con el servidor lo que encontró el índice local…</translation>
    </message>
    <message>
        <source>qbmod results, %1.csv</source>
        <translation>resultados de qbmod, %1.csv</translation>
    </message>
    <message>
        <source>qbmod results of run %1, %2.csv</source>
        <translation>resultados de qbmod de la ejecución %1, %2.csv</translation>
    </message>
</context>
<context>
    <name>DeletionPlan</name>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s)</source>
        <translation>
            <numerusform>Quitar a %1 de %n conversación</numerusform>
            <numerusform>Quitar a %1 de %n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone</source>
        <translation>
            <numerusform>Eliminar %n mensaje para todos</numerusform>
            <numerusform>Eliminar %n mensajes para todos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone</source>
        <translation>
            <numerusform>Eliminar %n conversación para todos</numerusform>
            <numerusform>Eliminar %n conversaciones para todos</numerusform>
        </translation>
    </message>
    <message>
        <source>the API key (full rights)</source>
        <translation>la API key (todos los permisos)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message(s) from the history of %1</source>
        <translation>
            <numerusform>Quitar %n mensaje del historial de %1</numerusform>
            <numerusform>Quitar %n mensajes del historial de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1</source>
        <translation>
            <numerusform>Quitar %n conversación de la lista de %1</numerusform>
            <numerusform>Quitar %n conversaciones de la lista de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be removed from the members of %n dialog(s) and stop receiving their messages. The dialogs and their messages stay.</source>
        <translation>
            <numerusform>%1 dejará de ser miembro de %n conversación y de recibir sus mensajes. La conversación y sus mensajes se conservan.</numerusform>
            <numerusform>%1 dejará de ser miembro de %n conversaciones y de recibir sus mensajes. Las conversaciones y sus mensajes se conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be deleted from every member&apos;s history. This cannot be undone.</source>
        <translation>
            <numerusform>%n mensaje se eliminará del historial de todos los miembros. No se puede deshacer.</numerusform>
            <numerusform>%n mensajes se eliminarán del historial de todos los miembros. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be removed from the history of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>%n mensaje se quitará solo del historial de %1; los demás miembros lo conservan.</numerusform>
            <numerusform>%n mensajes se quitarán solo del historial de %1; los demás miembros los conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be deleted for all members, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>%n conversación se eliminará para todos los miembros, con todos sus mensajes. No se puede deshacer.</numerusform>
            <numerusform>%n conversaciones se eliminarán para todos los miembros, con todos sus mensajes. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be removed from the list of %1 only; the other members keep them and their messages.</source>
        <translation>
            <numerusform>%n conversación se quitará solo de la lista de %1; los demás miembros la conservan con sus mensajes.</numerusform>
            <numerusform>%n conversaciones se quitarán solo de la lista de %1; los demás miembros las conservan con sus mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>el usuario con la sesión iniciada</translation>
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
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>DialogDetailPane</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>Últimos mensajes</translation>
    </message>
    <message>
        <source>No dialog selected</source>
        <translation>Ninguna conversación seleccionada</translation>
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
Propietario: %3
Creada: %4
Última actividad: %5</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Cargando mensajes…</translation>
    </message>
    <message>
        <source>Everyone in the application (public dialog)</source>
        <translation>Todos en la aplicación (conversación pública)</translation>
    </message>
    <message>
        <source>– owner</source>
        <translation>– propietario</translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation>No se pudieron cargar los mensajes: %1</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>No hay mensajes.</translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s), not downloaded)</source>
        <translation>
            <numerusform>(%n adjunto, no descargado)</numerusform>
            <numerusform>(%n adjuntos, no descargados)</numerusform>
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
ID de conversación: %2</translation>
    </message>
    <message>
        <source>User id %1</source>
        <translation>ID de usuario %1</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID de usuario %2)</translation>
    </message>
    <message>
        <source>Public dialog: every user of the application can join</source>
        <translation>Conversación pública: cualquier usuario de la aplicación puede unirse</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>DialogsListCommand</name>
    <message>
        <source>users dialogs takes exactly one user id (a positive number).</source>
        <translation>users dialogs admite exactamente un ID de usuario (un número positivo).</translation>
    </message>
    <message>
        <source>--type takes 1 (public), 2 (group) or 3 (private), comma-separated; &quot;%1&quot; is none of them.</source>
        <translation>--type admite 1 (pública), 2 (grupo) o 3 (privada), separados por comas; «%1» no es ninguno de ellos.</translation>
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPIETARIO</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MIEMBROS</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>ÚLTIMA ACTIVIDAD</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) shown</source>
        <translation>
            <numerusform>%n conversación mostrada</numerusform>
            <numerusform>%n conversaciones mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n en total</numerusform>
            <numerusform>%n en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsPage</name>
    <message>
        <source>Dialogs</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Dialog type</source>
        <translation>Tipo de conversación</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
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
        <translation>El nombre contiene</translation>
    </message>
    <message>
        <source>Name contains (asks the server)</source>
        <translation>El nombre contiene (consulta al servidor)</translation>
    </message>
    <message>
        <source>Active after</source>
        <translation>Activa después de</translation>
    </message>
    <message>
        <source>Last activity after</source>
        <translation>Última actividad después de</translation>
    </message>
    <message>
        <source>Active before</source>
        <translation>Activa antes de</translation>
    </message>
    <message>
        <source>Last activity before</source>
        <translation>Última actividad antes de</translation>
    </message>
    <message>
        <source>Search server</source>
        <translation>Buscar en el servidor</translation>
    </message>
    <message>
        <source>Filter loaded dialogs (Ctrl+F)</source>
        <translation>Filtrar conversaciones cargadas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter loaded dialogs</source>
        <translation>Filtrar conversaciones cargadas</translation>
    </message>
    <message>
        <source>Dialogs could not be loaded: %1</source>
        <translation>No se pudieron cargar las conversaciones: %1</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded</source>
        <translation>%1 seleccionadas de %2 cargadas</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>Editar &amp;perfil…</translation>
    </message>
    <message>
        <source>Not connected. Choose File › Connect… (Ctrl+Shift+O) to open a profile, or try the built-in sandbox from there.</source>
        <translation>Sin conexión. Elija Archivo › Conectar… (Ctrl+Shift+O) para abrir un perfil, o pruebe desde ahí el sandbox integrado.</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 dialogs: the console holds at most %3. Narrow the list with the filters above, or list them all with qbmodctl dialogs list --all --jsonl.</source>
        <translation>Se cargaron las primeras %1 de %2 conversaciones: la consola admite como máximo %3. Acote la lista con los filtros de arriba, o lístelas todas con qbmodctl dialogs list --all --jsonl.</translation>
    </message>
    <message>
        <source>&amp;Review owner</source>
        <translation>Re&amp;visar propietario</translation>
    </message>
    <message>
        <source>Act as &amp;owner</source>
        <translation>Actuar como pr&amp;opietario</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copiar id</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Mostrar en el &amp;registro</translation>
    </message>
    <message>
        <source>Not connected: nothing to search. Connect first (File › Connect…, Ctrl+Shift+O).</source>
        <translation>Sin conexión: no hay nada que buscar. Conéctese primero (Archivo › Conectar…, Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded (%3 shown by the filter)</source>
        <translation>%1 seleccionadas de %2 cargadas (%3 mostradas por el filtro)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total (%4 shown by the filter)</source>
        <translation>%1 seleccionadas de %2 cargadas, %3 en total (%4 mostradas por el filtro)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total</source>
        <translation>%1 seleccionadas de %2 cargadas, %3 en total</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n dialog(s)…</source>
        <translation>
            <numerusform>Ordenando %n conversación…</numerusform>
            <numerusform>Ordenando %n conversaciones…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsRemoveMemberCommand</name>
    <message>
        <source>--user needs the id of the user to remove (a positive number).</source>
        <translation>--user necesita el ID del usuario que se quitará (un número positivo).</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID no es un ID de conversación (24 dígitos hexadecimales): %1. No se envió nada.</numerusform>
            <numerusform>%n ID no son ID de conversación (24 dígitos hexadecimales): %1. No se envió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>No se indicó ningún ID de conversación.</translation>
    </message>
    <message numerus="yes">
        <source>Remove user %1 from %n dialog(s)?</source>
        <translation>
            <numerusform>¿Quitar al usuario %1 de %n conversación?</numerusform>
            <numerusform>¿Quitar al usuario %1 de %n conversaciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>¿Continuar? [y/N] </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>No se quitó a nadie.</translation>
    </message>
</context>
<context>
    <name>EvidenceCollector</name>
    <message>
        <source>Dialog not read: %1</source>
        <translation>Conversación no leída: %1</translation>
    </message>
    <message>
        <source>Messages not read: %1</source>
        <translation>Mensajes no leídos: %1</translation>
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
        <translation>Todavía no hay índice; ejecute qbmodctl index update.</translation>
    </message>
    <message>
        <source>--depth needs a whole number from 1 to 100000.</source>
        <translation>--depth necesita un número entero de 1 a 100000.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since necesita una fecha como 2025-05-01 o 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--retention needs a number of days from 1 to 3650.</source>
        <translation>--retention necesita un número de días de 1 a 3650.</translation>
    </message>
    <message>
        <source>%1: %2 listed, %3 read, %4 to go</source>
        <translation>%1: %2 listadas, %3 leídas, %4 pendientes</translation>
    </message>
    <message>
        <source>qbmodctl: the crawl stopped: %1 The next index update resumes where it stopped.</source>
        <translation>qbmodctl: la recopilación se detuvo: %1 La próxima actualización del índice continuará donde se detuvo.</translation>
    </message>
    <message numerus="yes">
        <source>Index updated: %n dialog(s) listed</source>
        <translation>
            <numerusform>Índice actualizado: %n conversación listada</numerusform>
            <numerusform>Índice actualizado: %n conversaciones listadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read again</source>
        <translation>
            <numerusform>%n releída</numerusform>
            <numerusform>%n releídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored.</source>
        <translation>
            <numerusform>%n mensaje almacenado.</numerusform>
            <numerusform>%n mensajes almacenados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Índice: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB on disk</source>
        <translation>%1 MB en disco</translation>
    </message>
    <message>
        <source>Keeps every message since %1.</source>
        <translation>Conserva todos los mensajes desde %1.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps the latest %n message(s) of each dialog.</source>
        <translation>
            <numerusform>Conserva el último mensaje de cada conversación.</numerusform>
            <numerusform>Conserva los últimos %n mensajes de cada conversación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages not read again for %n day(s) are dropped and read again.</source>
        <translation>
            <numerusform>Los mensajes no releídos en %n día se descartan y se vuelven a leer.</numerusform>
            <numerusform>Los mensajes no releídos en %n días se descartan y se vuelven a leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last crawl finished %1.</source>
        <translation>La última recopilación terminó %1.</translation>
    </message>
    <message numerus="yes">
        <source>A crawl stopped half-way (%n dialog(s) still to read); index update resumes it.</source>
        <translation>
            <numerusform>Una recopilación se detuvo a medias (queda %n conversación por leer); index update la reanuda.</numerusform>
            <numerusform>Una recopilación se detuvo a medias (quedan %n conversaciones por leer); index update la reanuda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index is a local copy for finding things, not evidence: what is acted on is checked with the server first.</source>
        <translation>El índice es una copia local para encontrar cosas, no pruebas: lo que se modifica se comprueba antes con el servidor.</translation>
    </message>
    <message>
        <source>There is no index to forget.</source>
        <translation>No hay ningún índice que olvidar.</translation>
    </message>
    <message>
        <source>The index %1 is forgotten.</source>
        <translation>Se ha olvidado el índice %1.</translation>
    </message>
    <message>
        <source>qbmodctl: the index in a team database needs the application: give --endpoint and its credentials, or --profile.</source>
        <translation>qbmodctl: el índice en una base de datos del equipo necesita la aplicación: indique --endpoint y sus credenciales, o --profile.</translation>
    </message>
    <message>
        <source>Index: %1 (shared with the team)</source>
        <translation>Índice: %1 (compartido con el equipo)</translation>
    </message>
</context>
<context>
    <name>ItemOutcome</name>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>No es miembro</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Ya no existe</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Failed: nothing changed</source>
        <translation>Error: no cambió nada</translation>
    </message>
    <message>
        <source>Unknown: it may have taken effect</source>
        <translation>Desconocido: puede haber surtido efecto</translation>
    </message>
    <message>
        <source>Not attempted: nothing was sent</source>
        <translation>No intentado: no se envió nada</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Journal error: %1</source>
        <translation>Error del registro: %1</translation>
    </message>
    <message>
        <source>The file %1 is not a journal database.</source>
        <translation>El archivo %1 no es una base de datos de registro.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of qbmod (schema %2).</source>
        <translation>El registro %1 lo escribió una versión más reciente de qbmod (esquema %2).</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>user %1: %2</source>
        <translation>usuario %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 has no qbmod tables of schema %2 yet, and this role cannot create them: open it once as its owner. (%3)</source>
        <translation>La base de datos del equipo %1 aún no tiene tablas de qbmod del esquema %2, y este rol no puede crearlas: ábrala una vez como su propietario. (%3)</translation>
    </message>
    <message>
        <source>held by %1 in live run %2</source>
        <translation>reservado por %1 en la ejecución activa %2</translation>
    </message>
    <message>
        <source>already sent by %1 in run %2</source>
        <translation>ya enviado por %1 en la ejecución %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the protected users from %1: %2</source>
        <translation>No se pueden leer los usuarios protegidos de %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 is not open.</source>
        <translation>La base de datos del equipo %1 no está abierta.</translation>
    </message>
    <message>
        <source>made offline</source>
        <translation>hecha sin conexión</translation>
    </message>
    <message>
        <source>from a local journal</source>
        <translation>desde un registro local</translation>
    </message>
    <message>
        <source>from the team database</source>
        <translation>desde la base de datos del equipo</translation>
    </message>
    <message>
        <source>Journal error: run %1 cannot be read: %2</source>
        <translation>Error del registro: no se puede leer la ejecución %1: %2</translation>
    </message>
    <message>
        <source>Journal error: run %1 has no origin key.</source>
        <translation>Error del registro: la ejecución %1 no tiene clave de origen.</translation>
    </message>
    <message>
        <source>The team&apos;s protected users have never been read from %1 on this computer, so nothing runs offline. Reach the team database once first.</source>
        <translation>Los usuarios protegidos del equipo nunca se han leído de %1 en este ordenador, así que no se ejecuta nada sin conexión. Acceda primero una vez a la base de datos del equipo.</translation>
    </message>
    <message>
        <source>Journal error: the copy of run %1 is not there.</source>
        <translation>Error del registro: no se encuentra la copia de la ejecución %1.</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>journal %1 needs a run id.</source>
        <translation>journal %1 necesita un ID de ejecución.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>«%1» no es un ID de ejecución.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Todavía no hay ningún registro en %1.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>El registro no contiene la ejecución %1.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format es csv o json.</translation>
    </message>
    <message>
        <source>journal prune needs --older-than DAYS (a whole number of days).</source>
        <translation>journal prune necesita --older-than DAYS (un número entero de días).</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pruned the evidence of %n dialog(s).</source>
        <translation>
            <numerusform>Se depuraron las pruebas de %n conversación.</numerusform>
            <numerusform>Se depuraron las pruebas de %n conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>EJECUCIÓN</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
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
        <translation>ID</translation>
    </message>
    <message>
        <source>IN DOUBT</source>
        <translation>EN DUDA</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>The journal holds no runs.</source>
        <translation>El registro no contiene ninguna ejecución.</translation>
    </message>
    <message>
        <source>Run %1 (%2), started %3</source>
        <translation>Ejecución %1 (%2), iniciada el %3</translation>
    </message>
    <message>
        <source>Endpoint: %1  Profile: %2</source>
        <translation>Endpoint: %1  Perfil: %2</translation>
    </message>
    <message>
        <source>Operator: %1  Acting user: %2</source>
        <translation>Operador: %1  Usuario actuante: %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API key %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>RESUELTO POR</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message numerus="yes">
        <source>Evidence kept for %n dialog(s); see journal export.</source>
        <translation>
            <numerusform>Pruebas guardadas de %n conversación; consulte journal export.</numerusform>
            <numerusform>Pruebas guardadas de %n conversaciones; consulte journal export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protection was overridden for %n id(s).</source>
        <translation>
            <numerusform>Se anuló la protección de %n ID.</numerusform>
            <numerusform>Se anuló la protección de %n ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected in the local index by: %1</source>
        <translation>Seleccionado en el índice local mediante: %1</translation>
    </message>
    <message>
        <source>Paused %1 (%2).</source>
        <translation>Pausada el %1 (%2).</translation>
    </message>
    <message>
        <source>Resumed %1 (%2).</source>
        <translation>Reanudada el %1 (%2).</translation>
    </message>
    <message>
        <source>%1 %2 (%3).</source>
        <translation>%1 %2 (%3).</translation>
    </message>
    <message>
        <source>DIALOG NAME</source>
        <translation>NOMBRE DE CONVERSACIÓN</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <source>MADE</source>
        <translation>ORIGEN</translation>
    </message>
</context>
<context>
    <name>JournalCopier</name>
    <message>
        <source>Run %1 was not copied: %2</source>
        <translation>La ejecución %1 no se copió: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs.</source>
        <translation>Detenido tras %1 de %2 ejecuciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) copied.</source>
        <translation>
            <numerusform>%n ejecución copiada.</numerusform>
            <numerusform>%n ejecuciones copiadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were already there.</source>
        <translation>
            <numerusform>%n ejecución ya estaba allí.</numerusform>
            <numerusform>%n ejecuciones ya estaban allí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running, each copied once it ends.</source>
        <translation>
            <numerusform>%n ejecución sigue en curso; se copiará cuando termine.</numerusform>
            <numerusform>%n ejecuciones siguen en curso; cada una se copiará cuando termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later settlement(s) added to runs already there.</source>
        <translation>
            <numerusform>%n resolución posterior añadida a ejecuciones que ya estaban allí.</numerusform>
            <numerusform>%n resoluciones posteriores añadidas a ejecuciones que ya estaban allí.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settlements of run %1 were not copied: %2</source>
        <translation>Las resoluciones de la ejecución %1 no se copiaron: %2</translation>
    </message>
</context>
<context>
    <name>JournalReconcileCommand</name>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>«%1» no es un ID de ejecución.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Todavía no hay ningún registro en %1.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>El registro no contiene la ejecución %1.</translation>
    </message>
    <message>
        <source>qbmodctl: skipped %1</source>
        <translation>qbmodctl: omitido: %1</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>No hay nada que conciliar.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n id(s): %1 gone, %2 still present, %3 without a clear answer.</source>
        <translation>
            <numerusform>Se comprobó %n ID: %1 ya no existen, %2 siguen presentes, %3 sin respuesta clara.</numerusform>
            <numerusform>Se comprobaron %n ID: %1 ya no existen, %2 siguen presentes, %3 sin respuesta clara.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTransferCommand</name>
    <message>
        <source>journal %1 needs a team database: give --store URL, or a profile that keeps its journal in one.</source>
        <translation>journal %1 necesita una base de datos del equipo: indique --store URL o un perfil que guarde en ella su registro.</translation>
    </message>
    <message>
        <source>journal export-local needs --to PATH, the journal file to write.</source>
        <translation>journal export-local necesita --to PATH, el archivo de registro que se escribirá.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>No hay ningún registro en %1.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Run the same command again to copy the rest; nothing is copied twice.</source>
        <translation>qbmodctl: %1 Vuelva a ejecutar el mismo comando para copiar el resto; nada se copia dos veces.</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Subiendo ejecuciones sin conexión: %1 de %2</translation>
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
        <translation>Ejecución</translation>
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
        <translation>Acción</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>Usuario actuante</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>En la conversación</translation>
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
        <translation>Error</translation>
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
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Moderation journal</source>
        <translation>Registro de moderación</translation>
    </message>
    <message>
        <source>Runs since</source>
        <translation>Ejecuciones desde</translation>
    </message>
    <message>
        <source>Acting user id</source>
        <translation>ID del usuario actuante</translation>
    </message>
    <message>
        <source>Dialog id</source>
        <translation>ID de conversación</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Gone (checked later)</source>
        <translation>Ya no existe (comprobado después)</translation>
    </message>
    <message>
        <source>Still present (checked later)</source>
        <translation>Sigue presente (comprobado después)</translation>
    </message>
    <message>
        <source>Still a member (checked later)</source>
        <translation>Sigue siendo miembro (comprobado después)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Ids of the run</source>
        <translation>ID de la ejecución</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Evidence kept before a delete for everyone appears here.</source>
        <translation>Aquí aparecen las pruebas guardadas antes de una eliminación para todos.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(sin perfil)</translation>
    </message>
    <message>
        <source>removed a user from dialogs</source>
        <translation>quitó a un usuario de conversaciones</translation>
    </message>
    <message>
        <source>messages, for everyone</source>
        <translation>mensajes, para todos</translation>
    </message>
    <message>
        <source>messages, from one history</source>
        <translation>mensajes, de un historial</translation>
    </message>
    <message>
        <source>dialogs, for everyone</source>
        <translation>conversaciones, para todos</translation>
    </message>
    <message>
        <source>dialogs, from one list</source>
        <translation>conversaciones, de una lista</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Ninguna ejecución seleccionada.</translation>
    </message>
    <message>
        <source>Run %1 on %2 (%3), %4. Reason: %5</source>
        <translation>Ejecución %1 en %2 (%3), %4. Motivo: %5</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>no se indicó</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Dialog &quot;%1&quot; (owner %2), kept %3</source>
        <translation>Conversación «%1» (propietario %2), guardada el %3</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Incompleto: %1</translation>
    </message>
    <message>
        <source>No evidence was kept for this dialog.</source>
        <translation>No se guardaron pruebas de esta conversación.</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Exportar registro</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON with evidence (*.json)</source>
        <translation>CSV (*.csv);;JSON con pruebas (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>removed %1 from dialogs</source>
        <translation>quitó a %1 de conversaciones</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>enviado, aún sin respuesta</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>operator login</source>
        <translation>login del operador</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>en curso o interrumpida</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message numerus="yes">
        <source>qbmod journal, %n run(s), %1.csv</source>
        <translation>
            <numerusform>registro de qbmod, %n ejecución, %1.csv</numerusform>
            <numerusform>registro de qbmod, %n ejecuciones, %1.csv</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialog name</source>
        <translation>Nombre de la conversación</translation>
    </message>
    <message>
        <source>%1, chosen in the local index (%2)</source>
        <translation>%1, elegido en el índice local (%2)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>All moderators</source>
        <translation>Todos los moderadores</translation>
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
        <translation>El llavero del sistema no está disponible: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>ListingOptions</name>
    <message>
        <source>--json and --jsonl cannot be used together.</source>
        <translation>--json y --jsonl no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation>--limit y --all no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit necesita un número entero mayor o igual que 1.</translation>
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
        <translation>Progreso de la carga</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n cargado</numerusform>
            <numerusform>%n cargados</numerusform>
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
        <translation>Comprobarlas ahora</translation>
    </message>
    <message>
        <source>qbmod</source>
        <translation>qbmod</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Stop acting as this user</source>
        <translation>Dejar de actuar en nombre de este usuario</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Cargar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>&amp;Detener la carga</translation>
    </message>
    <message>
        <source>&amp;Filter loaded dialogs</source>
        <translation>&amp;Filtrar conversaciones cargadas</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Delete for acting user</source>
        <translation>&amp;Eliminar para el usuario actuante</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the acting user&apos;s list only (Del)</source>
        <translation>Quitar las conversaciones seleccionadas solo de la lista del usuario actuante (Del)</translation>
    </message>
    <message>
        <source>Delete for &amp;everyone…</source>
        <translation>Eliminar para t&amp;odos…</translation>
    </message>
    <message>
        <source>Delete the selected dialogs for all members; cannot be undone (Shift+Del)</source>
        <translation>Eliminar las conversaciones seleccionadas para todos los miembros; no se puede deshacer (Shift+Del)</translation>
    </message>
    <message>
        <source>Act as &amp;user…</source>
        <translation>Actuar como &amp;usuario…</translation>
    </message>
    <message>
        <source>S&amp;top acting as user</source>
        <translation>&amp;Dejar de actuar como usuario</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Review users</source>
        <translation>&amp;Revisar usuarios</translation>
    </message>
    <message>
        <source>Moderation &amp;journal…</source>
        <translation>&amp;Registro de moderación…</translation>
    </message>
    <message>
        <source>&amp;About qbmod</source>
        <translation>&amp;Acerca de qbmod</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dialogs</source>
        <translation>&amp;Conversaciones</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>U&amp;suarios</translation>
    </message>
    <message>
        <source>&amp;Acting user</source>
        <translation>Usuario ac&amp;tuante</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>A delete is running</source>
        <translation>Hay una eliminación en curso</translation>
    </message>
    <message>
        <source>Wait for the running delete to finish, or cancel it, before connecting elsewhere.</source>
        <translation>Espere a que termine la eliminación en curso, o cancélela, antes de conectarse a otro sitio.</translation>
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
        <translation>Elija un usuario actuante</translation>
    </message>
    <message>
        <source>Journal unavailable</source>
        <translation>Registro no disponible</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1</source>
        <translation>No se pudo abrir el registro de moderación, así que no se puede eliminar nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier delete run(s) have dialogs whose fate is unknown (the program stopped, or an answer was lost). Check them on the server to settle the journal.</source>
        <translation>
            <numerusform>%n ejecución de eliminación anterior tiene conversaciones de destino desconocido (el programa se detuvo o se perdió una respuesta). Compruébelas en el servidor para resolver el registro.</numerusform>
            <numerusform>%n ejecuciones de eliminación anteriores tienen conversaciones de destino desconocido (el programa se detuvo o se perdió una respuesta). Compruébelas en el servidor para resolver el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Checked %1: %2 gone, %3 still present.</source>
        <translation>Comprobados %1: %2 ya no existen, %3 siguen presentes.</translation>
    </message>
    <message numerus="yes">
        <source>%n got no clear answer.</source>
        <translation>
            <numerusform>%n no obtuvo una respuesta clara.</numerusform>
            <numerusform>%n no obtuvieron una respuesta clara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old evidence could not be pruned: %1</source>
        <translation>No se pudieron depurar las pruebas antiguas: %1</translation>
    </message>
    <message>
        <source>A delete is still running. Cancel it and quit? Dialogs already sent may still be deleted.</source>
        <translation>Todavía hay una eliminación en curso. ¿Cancelarla y salir? Las conversaciones ya enviadas podrían eliminarse de todos modos.</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Dialogs page</source>
        <translation>Página de &amp;conversaciones</translation>
    </message>
    <message>
        <source>&amp;Users page</source>
        <translation>Página de &amp;usuarios</translation>
    </message>
    <message>
        <source>S&amp;weep: search messages, find campaigns</source>
        <translation>&amp;Barrido: buscar mensajes, encontrar campañas</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf.</source>
        <translation>Actuando como %1. Todas las acciones se realizan en su nombre.</translation>
    </message>
    <message>
        <source>With an API key and no acting user, QuickBlox removes dialogs for every member. Choose a user to act as (Acting user › Act as user…, Ctrl+U) to remove dialogs from that user&apos;s list only, or use Delete for everyone (Shift+Del).</source>
        <translation>Con una API key y sin usuario actuante, QuickBlox elimina las conversaciones para todos los miembros. Elija un usuario en cuyo nombre actuar (Usuario actuante › Actuar en nombre de un usuario…, Ctrl+U) para quitar las conversaciones solo de la lista de ese usuario, o use Eliminar para todos (Shift+Del).</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf. This user is protected: deleting on their behalf needs an explicit override.</source>
        <translation>Actuando como %1. Todas las acciones se realizan en su nombre. Este usuario está protegido: eliminar en su nombre requiere anular la protección de forma explícita.</translation>
    </message>
    <message>
        <source>Protected users unknown</source>
        <translation>Usuarios protegidos desconocidos</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing can be deleted: %1</source>
        <translation>No se pueden leer los usuarios protegidos, así que no se puede eliminar nada: %1</translation>
    </message>
    <message>
        <source>Protected users not saved</source>
        <translation>Usuarios protegidos no guardados</translation>
    </message>
    <message>
        <source>The team&apos;s protected users could not be changed: %1</source>
        <translation>No se pudieron cambiar los usuarios protegidos del equipo: %1</translation>
    </message>
    <message>
        <source>Work &amp;offline when the team database cannot be reached</source>
        <translation>Trabajar sin &amp;conexión si no se puede acceder a la base de datos del equipo</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1 To go ahead without the team database, choose Journal › Work offline.</source>
        <translation>No se pudo abrir el registro de moderación, así que no se puede eliminar nada: %1 Para continuar sin la base de datos del equipo, elija Registro › Trabajar sin conexión.</translation>
    </message>
    <message>
        <source>Offline runs not uploaded</source>
        <translation>Ejecuciones sin conexión no subidas</translation>
    </message>
    <message>
        <source>Some runs made offline could not be uploaded to the team database; they stay on this computer and are uploaded the next time the profile is opened. %1</source>
        <translation>Algunas ejecuciones hechas sin conexión no se pudieron subir a la base de datos del equipo; se quedan en este ordenador y se subirán la próxima vez que se abra el perfil. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline uploaded to the team database.</source>
        <translation>
            <numerusform>%n ejecución hecha sin conexión subida a la base de datos del equipo.</numerusform>
            <numerusform>%n ejecuciones hechas sin conexión subidas a la base de datos del equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Team database progress</source>
        <translation>Progreso de la base de datos del equipo</translation>
    </message>
    <message>
        <source>Journal not ready</source>
        <translation>Registro aún no listo</translation>
    </message>
    <message>
        <source>The team database is still being reached, so nothing can be deleted yet. Try again once the journal is ready, or cancel.</source>
        <translation>Todavía se está conectando con la base de datos del equipo, así que aún no se puede eliminar nada. Vuelva a intentarlo cuando el registro esté listo, o cancele.</translation>
    </message>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation>Conectando con la base de datos del equipo %1…</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Subiendo ejecuciones sin conexión: %1 de %2</translation>
    </message>
    <message>
        <source>Stopping after the run being uploaded…</source>
        <translation>Deteniendo tras la ejecución que se está subiendo…</translation>
    </message>
    <message numerus="yes">
        <source>Upload cancelled: %n run(s) made offline uploaded.</source>
        <translation>
            <numerusform>Subida cancelada: %n ejecución hecha sin conexión subida.</numerusform>
            <numerusform>Subida cancelada: %n ejecuciones hechas sin conexión subidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline wait on this computer; they are uploaded the next time the team database is reached.</source>
        <translation>
            <numerusform>%n ejecución hecha sin conexión espera en este ordenador; se subirá la próxima vez que se acceda a la base de datos del equipo.</numerusform>
            <numerusform>%n ejecuciones hechas sin conexión esperan en este ordenador; se subirán la próxima vez que se acceda a la base de datos del equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload them now</source>
        <translation>Subir ahora</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: working offline.</source>
        <translation>Se canceló la conexión con la base de datos del equipo: trabajando sin conexión.</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: nothing can be deleted until it is reached.</source>
        <translation>Se canceló la conexión con la base de datos del equipo: no se puede eliminar nada hasta acceder a ella.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>%1 Working offline: runs are journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see them, and their ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>%1 Trabajando sin conexión: las ejecuciones se anotan en este ordenador y se suben a la base de datos del equipo cuando se pueda volver a acceder a ella. Hasta entonces, el equipo no puede verlas y sus ID no quedan reservados: un compañero podría actuar sobre los mismos ID al mismo tiempo.</translation>
    </message>
</context>
<context>
    <name>MemberRemovalEngine</name>
    <message numerus="yes">
        <source>%n not a member</source>
        <translation>
            <numerusform>%n no es miembro</numerusform>
            <numerusform>%n no son miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n no permitido</numerusform>
            <numerusform>%n no permitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n no encontrado</numerusform>
            <numerusform>%n no encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been removed)</source>
        <translation>
            <numerusform>%n desconocido (sin respuesta; puede que se haya quitado)</numerusform>
            <numerusform>%n desconocidos (sin respuesta; puede que se hayan quitado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n no intentado</numerusform>
            <numerusform>%n no intentados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %1 of %n dialog(s).</source>
        <translation>
            <numerusform>Quitado de %1 de %n conversación.</numerusform>
            <numerusform>Quitado de %1 de %n conversaciones.</numerusform>
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
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
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
        <translation>Solo los &amp;mensajes de este usuario</translation>
    </message>
    <message>
        <source>Load more messages</source>
        <translation>Cargar más mensajes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Mensaje seleccionado</translation>
    </message>
    <message>
        <source>Could not load messages: %1</source>
        <translation>No se pudieron cargar los mensajes: %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>De %1, %2</translation>
    </message>
    <message>
        <source>Attachments (not downloaded): %1</source>
        <translation>Adjuntos (no descargados): %1</translation>
    </message>
    <message>
        <source>Choose a dialog to read its messages.</source>
        <translation>Elija una conversación para leer sus mensajes.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Cargando mensajes…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) loaded</source>
        <translation>
            <numerusform>%n mensaje cargado</numerusform>
            <numerusform>%n mensajes cargados</numerusform>
        </translation>
    </message>
    <message>
        <source>Load all messages</source>
        <translation>Cargar todos los mensajes</translation>
    </message>
    <message>
        <source>Loaded the first %1 messages: the console holds at most %2. List them all with qbmodctl messages list --all --jsonl.</source>
        <translation>Se cargaron los primeros %1 mensajes: la consola admite como máximo %2. Lístelos todos con qbmodctl messages list --all --jsonl.</translation>
    </message>
</context>
<context>
    <name>MessagesListCommand</name>
    <message>
        <source>messages list takes exactly one dialog id.</source>
        <translation>messages list admite exactamente un ID de conversación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits).</source>
        <translation>«%1» no es un ID de conversación (24 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender necesita un ID de usuario (un número positivo).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVIADO</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>REMITENTE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>ATTACHMENTS</source>
        <translation>ADJUNTOS</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n mensaje.</numerusform>
            <numerusform>%n mensajes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationGuard</name>
    <message>
        <source>&quot;%1&quot; is not a user id (a positive number).</source>
        <translation>«%1» no es un ID de usuario (un número positivo).</translation>
    </message>
    <message>
        <source>Deleting for everyone needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Eliminar para todos requiere un motivo (--reason TEXT); se guarda en el registro.</translation>
    </message>
    <message>
        <source>Acting for user %1 needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Actuar en nombre del usuario %1 requiere un motivo (--reason TEXT); se guarda en el registro.</translation>
    </message>
    <message>
        <source>User %1 is protected: nothing is done on their behalf without --override-protection.</source>
        <translation>El usuario %1 está protegido: no se hace nada en su nombre sin --override-protection.</translation>
    </message>
</context>
<context>
    <name>ModerationRun</name>
    <message>
        <source>There is nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>A reason is required: with an API key and no acting user this deletes for everyone.</source>
        <translation>Se requiere un motivo: con una API key y sin usuario actuante, esto elimina para todos.</translation>
    </message>
    <message>
        <source>A reason is required for this action.</source>
        <translation>Esta acción requiere un motivo.</translation>
    </message>
    <message>
        <source>User %1 is protected: acting for them needs the protection overridden.</source>
        <translation>El usuario %1 está protegido: actuar en su nombre requiere anular la protección.</translation>
    </message>
    <message>
        <source>User %1 is protected: removing them needs the protection overridden.</source>
        <translation>El usuario %1 está protegido: quitarlo requiere anular la protección.</translation>
    </message>
    <message>
        <source>No journal is open, so nothing is sent.</source>
        <translation>No hay ningún registro abierto, así que no se envía nada.</translation>
    </message>
    <message>
        <source>owned by protected user %1</source>
        <translation>propiedad del usuario protegido %1</translation>
    </message>
    <message>
        <source>its owner could not be read for the protection check (%1)</source>
        <translation>no se pudo leer su propietario para comprobar la protección (%1)</translation>
    </message>
    <message>
        <source>its evidence could not be saved (%1)</source>
        <translation>no se pudieron guardar sus pruebas (%1)</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Cancelado antes de enviar nada.</translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing was sent: %1</source>
        <translation>No se pudo escribir el registro, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>The evidence could not be written to the journal, so nothing was sent: %1</source>
        <translation>No se pudieron escribir las pruebas en el registro, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>The journal could not record what was about to be sent (%1), so the run stopped: nothing more was sent, and what had not been sent is marked not attempted.</source>
        <translation>El registro no pudo anotar lo que se iba a enviar (%1), así que la ejecución se detuvo: no se envió nada más y lo no enviado se marca como no intentado.</translation>
    </message>
    <message>
        <source>The journal could not record the server&apos;s answers (%1), so the run stopped. Ids already sent stay in doubt in the journal until reconciled.</source>
        <translation>El registro no pudo anotar las respuestas del servidor (%1), así que la ejecución se detuvo. Los ids ya enviados quedan en duda en el registro hasta que se concilien.</translation>
    </message>
    <message>
        <source>The journal could not record the end of the run (%1); it will show as interrupted until reconciled.</source>
        <translation>El registro no pudo anotar el final de la ejecución (%1); aparecerá como interrumpida hasta que se concilie.</translation>
    </message>
    <message>
        <source>not a member any more when checked before the run</source>
        <translation>ya no era miembro al comprobarlo antes de la ejecución</translation>
    </message>
    <message>
        <source>already gone when checked before the run</source>
        <translation>ya no existía al comprobarlo antes de la ejecución</translation>
    </message>
    <message>
        <source>could not be checked with the server before the run (%1)</source>
        <translation>no se pudo comprobar con el servidor antes de la ejecución (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidos</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing is done: %1</source>
        <translation>No se pueden leer los usuarios protegidos, así que no se hace nada: %1</translation>
    </message>
</context>
<context>
    <name>ModerationSettingsDialog</name>
    <message>
        <source>&amp;Keep evidence before deleting for everyone</source>
        <translation>&amp;Guardar pruebas antes de eliminar para todos</translation>
    </message>
    <message>
        <source>Require a reason to delete for &amp;everyone</source>
        <translation>Exigir un motivo para eliminar para t&amp;odos</translation>
    </message>
    <message>
        <source>Require a reason to act on &amp;behalf of a user</source>
        <translation>Exigir un motivo para actuar en &amp;nombre de un usuario</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Each dialog and its latest messages are saved in the journal before it is deleted for everyone.</source>
        <translation>Cada conversación y sus últimos mensajes se guardan en el registro antes de eliminarla para todos.</translation>
    </message>
    <message>
        <source>&amp;Delete evidence older than N days (0 = keep):</source>
        <translation>&amp;Eliminar las pruebas de más de N días (0 = conservar):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Protected users</source>
        <translation>Usuarios protegidos</translation>
    </message>
    <message>
        <source>Their dialogs are not deleted for everyone and nothing is deleted on their behalf unless you override the protection, which the journal records.</source>
        <translation>Sus conversaciones no se eliminan para todos y no se elimina nada en su nombre, salvo que usted anule la protección, lo que queda anotado en el registro.</translation>
    </message>
    <message>
        <source>Protected user ids</source>
        <translation>ID de usuarios protegidos</translation>
    </message>
    <message>
        <source>User ids, separated by commas</source>
        <translation>ID de usuario, separados por comas</translation>
    </message>
    <message>
        <source>User &amp;ids:</source>
        <translation>&amp;ID de usuario:</translation>
    </message>
    <message>
        <source>Protected users: %1 Nothing was saved.</source>
        <translation>Usuarios protegidos: %1 No se guardó nada.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language of the console:</source>
        <translation>Idioma de la &amp;consola:</translation>
    </message>
    <message>
        <source>Takes effect when qbmod starts again.</source>
        <translation>Se aplica la próxima vez que se inicie qbmod.</translation>
    </message>
    <message>
        <source>&amp;Why (kept with the change):</source>
        <translation>&amp;Motivo (se guarda con el cambio):</translation>
    </message>
    <message>
        <source>The team&apos;s protected users cannot be read from %1, so nothing can be deleted until they can: %2</source>
        <translation>No se pueden leer los usuarios protegidos del equipo de %1, así que no se puede eliminar nada hasta que se puedan leer: %2</translation>
    </message>
    <message>
        <source>Shared by the whole team in %1: every moderator&apos;s console and qbmodctl use this list. Each change is recorded there with your database user, and a removal too.</source>
        <translation>Compartida por todo el equipo en %1: la consola de cada moderador y qbmodctl usan esta lista. Cada cambio se anota allí con su usuario de la base de datos, también cuando se quita a alguien.</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>Trabajando sin conexión: esta ejecución se anota en este ordenador y se sube a la base de datos del equipo cuando se pueda volver a acceder a ella. Hasta entonces, el equipo no puede verla y sus ID no quedan reservados: un compañero podría actuar sobre los mismos ID al mismo tiempo.</translation>
    </message>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time. Protected users as read from the team database at %1.</source>
        <translation>Trabajando sin conexión: esta ejecución se anota en este ordenador y se sube a la base de datos del equipo cuando se pueda volver a acceder a ella. Hasta entonces, el equipo no puede verla y sus ID no quedan reservados: un compañero podría actuar sobre los mismos ID al mismo tiempo. Usuarios protegidos tal como se leyeron de la base de datos del equipo el %1.</translation>
    </message>
    <message>
        <source>Protected users as read from the team database at %1.</source>
        <translation>Usuarios protegidos tal como se leyeron de la base de datos del equipo el %1.</translation>
    </message>
</context>
<context>
    <name>PostgresIndexEngine</name>
    <message>
        <source>Cannot take this application&apos;s index in the team database: %1</source>
        <translation>No se puede bloquear el índice de esta aplicación en la base de datos del equipo: %1</translation>
    </message>
    <message>
        <source>Another update of this application&apos;s index is under way in the team database.</source>
        <translation>Ya hay otra actualización del índice de esta aplicación en curso en la base de datos del equipo.</translation>
    </message>
</context>
<context>
    <name>PostgresStoreEngine</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).</source>
        <translation>El controlador de PostgreSQL para Qt no está instalado (libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: %2</source>
        <translation>No se puede acceder a la base de datos del equipo %1: %2</translation>
    </message>
    <message>
        <source>Cannot mark the run as live in the team database: %1</source>
        <translation>No se puede marcar la ejecución como activa en la base de datos del equipo: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Preproducción</translation>
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
        <translation>El ID de perfil «%1» no es válido.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>No se pudo escribir la configuración en %1.</translation>
    </message>
    <message>
        <source>The rate limit must be from 0 (learn it from the server) to %1 requests per second.</source>
        <translation>El límite de frecuencia debe estar entre 0 (deducirlo del servidor) y %1 solicitudes por segundo.</translation>
    </message>
</context>
<context>
    <name>ProtectedCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se cambió nada.</translation>
    </message>
    <message>
        <source>protected %1 needs one or more user ids.</source>
        <translation>protected %1 necesita uno o más ID de usuario.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
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
            <numerusform>%n usuario protegido para todo el equipo; %1 ya lo estaban.</numerusform>
            <numerusform>%n usuarios protegidos para todo el equipo; %1 ya lo estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) no longer protected for the team; %1 were not protected.</source>
        <translation>
            <numerusform>%n usuario ya no está protegido para el equipo; %1 no estaban protegidos.</numerusform>
            <numerusform>%n usuarios ya no están protegidos para el equipo; %1 no estaban protegidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console&apos;s settings cannot be opened. Nothing was changed.</source>
        <translation>No se puede abrir la configuración de la consola. No se cambió nada.</translation>
    </message>
    <message>
        <source>The console&apos;s settings could not be written. Nothing was changed.</source>
        <translation>No se pudo escribir la configuración de la consola. No se cambió nada.</translation>
    </message>
    <message>
        <source>Protected users on this computer: %1</source>
        <translation>Usuarios protegidos en este ordenador: %1</translation>
    </message>
    <message>
        <source>No user is protected on this computer.</source>
        <translation>Ningún usuario está protegido en este equipo.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>run %1 was made against %2; connect there to check it</source>
        <translation>la ejecución %1 se realizó contra %2; conéctese allí para comprobarla</translation>
    </message>
    <message>
        <source>run %1 removed a user whom the journal does not name (it was written by an older version); reconcile cannot check it</source>
        <translation>la ejecución %1 quitó a un usuario que el registro no indica (lo escribió una versión anterior); la conciliación no puede comprobarla</translation>
    </message>
    <message>
        <source>run %1 acted for user %2; checking it needs an API key</source>
        <translation>la ejecución %1 actuó en nombre del usuario %2; para comprobarla se necesita una API key</translation>
    </message>
    <message>
        <source>run %1 was made by the operator %2; sign in as %2 to check it</source>
        <translation>la ejecución %1 la realizó el operador %2; inicie sesión como %2 para comprobarla</translation>
    </message>
    <message>
        <source>run %1 was made with an API key; checking it needs one</source>
        <translation>la ejecución %1 se realizó con una API key; para comprobarla se necesita una</translation>
    </message>
    <message numerus="yes">
        <source>run %1 has %n message(s) journalled without their dialog, which reconcile cannot look up</source>
        <translation>
            <numerusform>la ejecución %1 tiene %n mensaje registrado sin su conversación, que la conciliación no puede consultar</numerusform>
            <numerusform>la ejecución %1 tiene %n mensajes registrados sin su conversación, que la conciliación no puede consultar</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1 is still being executed (process %2 on %3); it is left alone</source>
        <translation>la ejecución %1 sigue en curso (proceso %2 en %3); no se toca</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Eliminada para todos: %1 de %n conversación.</numerusform>
            <numerusform>Eliminadas para todos: %1 de %n conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the history of %2.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Quitado del historial de %2: %1 de %n mensaje.</numerusform>
            <numerusform>Quitados del historial de %2: %1 de %n mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Eliminada para todos: %1 de %n conversación.</numerusform>
            <numerusform>Eliminadas para todos: %1 de %n conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the list of %2.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Quitada de la lista de %2: %1 de %n conversación.</numerusform>
            <numerusform>Quitadas de la lista de %2: %1 de %n conversaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 debe ser un número entero de %2 a %3, no «%4».</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>--%1 debe ser un número de 0 a 1, no «%2».</translation>
    </message>
    <message>
        <source>A local stand-in for the QuickBlox REST API with a generated demo community. Prints the connection information as one line of JSON, then serves until interrupted.</source>
        <translation>Un sustituto local de la API REST de QuickBlox con una comunidad de demostración generada. Muestra la información de conexión como una línea de JSON y luego atiende solicitudes hasta que se interrumpe.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Puerto de escucha; 0 elige uno libre.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default %1).</source>
        <translation>Dirección de escucha (predeterminada: %1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Number of demo dialogs (default %1).</source>
        <translation>Número de conversaciones de demostración (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Seed of the demo community and of the faults (default %1).</source>
        <translation>Semilla de la comunidad de demostración y de los fallos simulados (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Delay added to every answer, in milliseconds.</source>
        <translation>Retardo añadido a cada respuesta, en milisegundos.</translation>
    </message>
    <message>
        <source>Answer 429 above N requests per second; 0 turns it off.</source>
        <translation>Responder 429 por encima de N solicitudes por segundo; 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Send Retry-After with 429 answers (none by default).</source>
        <translation>Enviar Retry-After con las respuestas 429 (ninguno de forma predeterminada).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Share of requests answered 500 without being applied.</source>
        <translation>Proporción de solicitudes respondidas con 500 sin aplicarse.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Share of requests applied but whose answer is lost (connection closed).</source>
        <translation>Proporción de solicitudes aplicadas cuya respuesta se pierde (conexión cerrada).</translation>
    </message>
    <message>
        <source>Seconds a session lives after its last use (default %1).</source>
        <translation>Segundos que dura una sesión después de su último uso (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--bind must be an IP address, not &quot;%1&quot;.</source>
        <translation>--bind debe ser una dirección IP, no «%1».</translation>
    </message>
    <message>
        <source>Derive the application keys and passwords from the seed, the same every start, instead of fresh random ones. For tests only.</source>
        <translation>Derivar las claves y contraseñas de la aplicación de la semilla, iguales en cada inicio, en lugar de generar otras aleatorias. Solo para pruebas.</translation>
    </message>
    <message>
        <source>qbmod-sandbox: WARNING: listening on %1, which other computers can reach. Anyone who reaches it can sign in with the credentials below and read or delete its data. Use --bind 127.0.0.1 unless you mean it.</source>
        <translation>qbmod-sandbox: ADVERTENCIA: escuchando en %1, accesible desde otros equipos. Cualquiera que llegue a esa dirección puede iniciar sesión con las credenciales siguientes y leer o eliminar los datos del sandbox. Use --bind 127.0.0.1 salvo que sea intencionado.</translation>
    </message>
    <message>
        <source>Share of requests applied and then answered with --after-act-status, as a gateway that timed out.</source>
        <translation>Proporción de solicitudes aplicadas y luego respondidas con --after-act-status, como una pasarela que agotó el tiempo de espera.</translation>
    </message>
    <message>
        <source>The status for --after-act-rate (default %1).</source>
        <translation>El estado para --after-act-rate (por defecto %1).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Delay each answer by a seeded random 0 to MS more, so that answers come back in an order the seed decides.</source>
        <translation>Retrasa cada respuesta de 0 a MS más, al azar con semilla, para que las respuestas lleguen en un orden que decide la semilla.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Messages in every dialog that has any (default: a mix of 1 to 40).</source>
        <translation>Mensajes en cada conversación que tenga alguno (por defecto: una mezcla de 1 a 40).</translation>
    </message>
    <message>
        <source>Spam waves: a few accounts post one link into many groups within hours (default %1).</source>
        <translation>Oleadas de spam: unas pocas cuentas publican un enlace en muchos grupos en pocas horas (por defecto %1).</translation>
    </message>
    <message>
        <source>Users in the community, moderators included (default: 303).</source>
        <translation>Usuarios de la comunidad, moderadores incluidos (predeterminado: 303).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>El sandbox ya está en ejecución.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on port %1.</source>
        <translation>No se puede servir HTTP en el puerto %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Indique --json o --jsonl, no ambos.</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender necesita un id de usuario (un número positivo).</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--%1 necesita una fecha como 2025-05-01 o 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--type takes public, group, private (or 1, 2, 3), comma-separated; not &quot;%1&quot;.</source>
        <translation>--type admite public, group, private (o 1, 2, 3), separados por comas; no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit necesita un número entero mayor o igual que 1.</translation>
    </message>
    <message>
        <source>search needs a text, or a filter such as --sender or --has-link.</source>
        <translation>search necesita un texto, o un filtro como --sender o --has-link.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVIADO</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>CONVERSACIÓN</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>REMITENTE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>ID DE MENSAJE</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n mensaje.</numerusform>
            <numerusform>%n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>ID DE CONVERSACIÓN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MIEMBROS</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>%n nombre de conversación coincide.</numerusform>
            <numerusform>%n nombres de conversación coinciden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match.</source>
        <translation>
            <numerusform>%n nombre de usuario coincide.</numerusform>
            <numerusform>%n nombres de usuario coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the local index, not the server: what is acted on is checked there first.</source>
        <translation>Del índice local, no del servidor: lo que se modifica se comprueba antes allí.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--min-dialogs needs a whole number of at least 2.</source>
        <translation>--min-dialogs necesita un número entero mayor o igual que 2.</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within necesita una duración como 24h, 90m o 2d.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since necesita una fecha como 2025-05-01 o 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>CONVERSACIONES</translation>
    </message>
    <message>
        <source>SENDERS</source>
        <translation>REMITENTES</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>VISTO PRIMERO</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>VISTO ÚLTIMO</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n campaña.</numerusform>
            <numerusform>%n campañas.</numerusform>
        </translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAIGN</translation>
    </message>
    <message>
        <source>Act on one with --campaign CAMPAIGN and --delete-dialogs or --remove-sender USER_ID.</source>
        <translation>Actúe sobre una con --campaign CAMPAIGN y --delete-dialogs o --remove-sender USER_ID.</translation>
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
        <translation>contraseña</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>team database password</source>
        <translation>contraseña de la base de datos del equipo</translation>
    </message>
</context>
<context>
    <name>SelectionsCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Indique --json o --jsonl, no ambos.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>selections %1 needs the name of one selection.</source>
        <translation>selections %1 necesita el nombre de una selección.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation>Todavía no hay índice; ejecute qbmodctl index update.</translation>
    </message>
    <message>
        <source>No saved selection &quot;%1&quot; in the index; &quot;qbmodctl selections list&quot; lists them.</source>
        <translation>No hay ninguna selección guardada «%1» en el índice; «qbmodctl selections list» las lista.</translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>Selección «%1» (%2): ahora hay %n conversación en el índice.</numerusform>
            <numerusform>Selección «%1» (%2): ahora hay %n conversaciones en el índice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n message(s) in the index now.</source>
        <translation>
            <numerusform>Selección «%1» (%2): ahora hay %n mensaje en el índice.</numerusform>
            <numerusform>Selección «%1» (%2): ahora hay %n mensajes en el índice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Están en %n conversación.</numerusform>
            <numerusform>Están en %n conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>CLASE</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>CONVERSACIONES</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAJES</translation>
    </message>
    <message>
        <source>SELECTS</source>
        <translation>CRITERIO</translation>
    </message>
    <message numerus="yes">
        <source>%n saved selection(s), counted in the index now.</source>
        <translation>
            <numerusform>%n selección guardada, contada en el índice actual.</numerusform>
            <numerusform>%n selecciones guardadas, contadas en el índice actual.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Una selección necesita un nombre.</translation>
    </message>
    <message>
        <source>selections save needs exactly one of --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (with its filters) or --campaign CAMPAIGN.</source>
        <translation>selections save necesita exactamente una de estas opciones: --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (con sus filtros) o --campaign CAMPAIGN.</translation>
    </message>
    <message>
        <source>--within is for --campaign.</source>
        <translation>--within solo se aplica a --campaign.</translation>
    </message>
    <message>
        <source>--inactive needs a number of days from 1 to 3650.</source>
        <translation>--inactive necesita un número de días de 1 a 3650.</translation>
    </message>
    <message>
        <source>--owner needs a user id (a positive number).</source>
        <translation>--owner necesita un id de usuario (un número positivo).</translation>
    </message>
    <message>
        <source>--campaign needs a campaign as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>--campaign necesita una campaña tal como la lista «qbmodctl campaigns».</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within necesita una duración como 24h, 90m o 2d.</translation>
    </message>
    <message>
        <source>No campaign %1 in the index; &quot;qbmodctl campaigns&quot; lists them. Nothing was saved.</source>
        <translation>No hay ninguna campaña %1 en el índice; «qbmodctl campaigns» las lista. No se guardó nada.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>Replaced the saved selection &quot;%1&quot;.</source>
        <translation>Se reemplazó la selección guardada «%1».</translation>
    </message>
    <message>
        <source>Saved the selection &quot;%1&quot;.</source>
        <translation>Se guardó la selección «%1».</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVIADO</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>CONVERSACIÓN</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>REMITENTE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>ID DE MENSAJE</translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>ID DE CONVERSACIÓN</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPIETARIO</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MIEMBROS</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>ÚLTIMO MENSAJE</translation>
    </message>
    <message>
        <source>Act on it with selections run %1 and --delete-dialogs or --remove-sender USER_ID; each item is checked with the server first.</source>
        <translation>Actúe sobre ella con selections run %1 y --delete-dialogs o --remove-sender USER_ID; cada elemento se comprueba antes con el servidor.</translation>
    </message>
    <message>
        <source>qbmodctl: the selection could not be deleted from the index.</source>
        <translation>qbmodctl: no se pudo eliminar la selección del índice.</translation>
    </message>
    <message>
        <source>Deleted the saved selection &quot;%1&quot;; the index and the server are unchanged.</source>
        <translation>Se eliminó la selección guardada «%1»; el índice y el servidor no cambian.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>En una tabla</translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation>Moverse entre filas</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Up, Down, Page Up, Page Down, Home, End</translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation>Añadir a la selección o quitar de ella</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Ampliar la selección</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Shift+Up, Shift+Down</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>Salir de la tabla</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Context menu: review owner, act as owner, copy id, show in journal</source>
        <translation>Menú contextual: revisar propietario, actuar como propietario, copiar id, mostrar en el registro</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Shift+F10</translation>
    </message>
    <message>
        <source>In the delete confirmation</source>
        <translation>En la confirmación de eliminación</translation>
    </message>
    <message>
        <source>Next field: reason, count, override, the action</source>
        <translation>Campo siguiente: motivo, número, anulación, la acción</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Act, once everything required is filled in</source>
        <translation>Actuar, una vez rellenado todo lo necesario</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Recent reasons</source>
        <translation>Motivos recientes</translation>
    </message>
    <message>
        <source>Down, in the reason</source>
        <translation>Down, en el motivo</translation>
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
        <translation>El controlador SQLite de Qt no está instalado, así que no hay índice local.</translation>
    </message>
    <message>
        <source>SQLite could not open a database: %1</source>
        <translation>SQLite no pudo abrir una base de datos: %1</translation>
    </message>
    <message>
        <source>The SQLite that Qt uses here was built without full-text search (FTS5), so the local index and search are not available: %1</source>
        <translation>El SQLite que Qt usa aquí se compiló sin búsqueda de texto completo (FTS5), así que el índice local y la búsqueda no están disponibles: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create the index %1: %2</source>
        <translation>No se puede crear el índice %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the index %1: %2</source>
        <translation>No se puede abrir el índice %1: %2</translation>
    </message>
    <message>
        <source>Index error: %1</source>
        <translation>Error del índice: %1</translation>
    </message>
    <message>
        <source>Another update of this index is under way (%1).</source>
        <translation>Ya hay otra actualización de este índice en curso (%1).</translation>
    </message>
</context>
<context>
    <name>SqliteStoreEngine</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1.</source>
        <translation>No se puede crear el registro %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>El controlador de SQLite para Qt no está instalado.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>No se puede abrir el registro %1: %2</translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation>Error del registro: %1</translation>
    </message>
    <message>
        <source>Cannot mark the run as live: the lock file %1 cannot be written.</source>
        <translation>No se puede marcar la ejecución como activa: no se puede escribir el archivo de bloqueo %1.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store must be a URL like postgres://user@host:5432/qbmod.</source>
        <translation>El almacenamiento debe ser una URL como postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>The store URL must not hold a password: give it in QBMOD_STORE_PASSWORD or the profile&apos;s keychain entry.</source>
        <translation>La URL de almacenamiento no debe contener una contraseña: indíquela en QBMOD_STORE_PASSWORD o en la entrada del llavero del perfil.</translation>
    </message>
    <message>
        <source>The store URL has an unknown setting: %1=%2.</source>
        <translation>La URL de almacenamiento tiene un ajuste desconocido: %1=%2.</translation>
    </message>
    <message>
        <source>The store URL needs a user, a host and a database: postgres://user@host:5432/qbmod.</source>
        <translation>La URL de almacenamiento necesita un usuario, un host y una base de datos: postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>No journal file is set.</source>
        <translation>No se ha definido ningún archivo de registro.</translation>
    </message>
    <message>
        <source>A team database needs a host, a database and a user.</source>
        <translation>Una base de datos del equipo necesita un host, una base de datos y un usuario.</translation>
    </message>
    <message>
        <source>The team database&apos;s port must be between 1 and 65535.</source>
        <translation>El puerto de la base de datos del equipo debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Unknown TLS mode %1.</source>
        <translation>Modo TLS desconocido: %1.</translation>
    </message>
    <message>
        <source>The team database %1 is not on this computer: it is reached only with TLS that checks its certificate and name (sslmode=verify-full).</source>
        <translation>La base de datos del equipo %1 no está en este ordenador: solo se accede a ella con TLS que compruebe su certificado y su nombre (sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>SweepActCommand</name>
    <message>
        <source>--remove-sender needs the id of the user to remove (a positive number).</source>
        <translation>--remove-sender necesita el ID del usuario que se quitará (un número positivo).</translation>
    </message>
    <message>
        <source>Give either --delete-dialogs or --remove-sender, not both.</source>
        <translation>Indique --delete-dialogs o --remove-sender, no ambos.</translation>
    </message>
    <message>
        <source>--force is for --delete-dialogs.</source>
        <translation>--force solo se aplica a --delete-dialogs.</translation>
    </message>
    <message>
        <source>Acting on campaigns needs one: --campaign CAMPAIGN, as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>Para actuar sobre campañas hay que indicar una: --campaign CAMPAIGN, tal como la lista «qbmodctl campaigns».</translation>
    </message>
    <message>
        <source>No campaign %1 with these options in the index. Nothing was sent.</source>
        <translation>No hay ninguna campaña %1 con estas opciones en el índice. No se envió nada.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Found in the local index; each is checked with the server first.</source>
        <translation>Encontrado en el índice local; cada elemento se comprueba antes con el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s).</source>
        <translation>
            <numerusform>Quitar a %1 de %n conversación.</numerusform>
            <numerusform>Quitar a %1 de %n conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>¿Continuar? [y/N] </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the acting user&apos;s list only; the other members keep them.</source>
        <translation>
            <numerusform>Quitar %n conversación solo de la lista del usuario actuante; los demás miembros la conservan.</numerusform>
            <numerusform>Quitar %n conversaciones solo de la lista del usuario actuante; los demás miembros las conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Eliminar %n conversación para todos, con todos sus mensajes. Esta acción no se puede deshacer.</numerusform>
            <numerusform>Eliminar %n conversaciones para todos, con todos sus mensajes. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>Con una API key y sin --on-behalf-of, QuickBlox elimina para todos los miembros.</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Escriba %1 para confirmar: </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>No se quitó a nadie.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>selections run needs the name of one selection.</source>
        <translation>selections run necesita el nombre de una selección.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update. Nothing was sent.</source>
        <translation>Todavía no hay índice; ejecute qbmodctl index update. No se envió nada.</translation>
    </message>
</context>
<context>
    <name>SweepCrawler</name>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Listing dialogs</source>
        <translation>Listando conversaciones</translation>
    </message>
    <message>
        <source>Reading messages</source>
        <translation>Leyendo mensajes</translation>
    </message>
    <message>
        <source>Looking up users</source>
        <translation>Consultando usuarios</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
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
        <translation>Error del índice</translation>
    </message>
    <message>
        <source>The index %1 was written by a newer qbmod (schema %2); forget it or use that version.</source>
        <translation>El índice %1 lo escribió una versión más reciente de qbmod (esquema %2); olvídelo o use esa versión.</translation>
    </message>
    <message>
        <source>Messages per dialog must be from 1 to 100000.</source>
        <translation>Los mensajes por conversación deben estar entre 1 y 100000.</translation>
    </message>
    <message>
        <source>The retention must be from 1 to 3650 days.</source>
        <translation>La retención debe estar entre 1 y 3650 días.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>No se puede eliminar %1</translation>
    </message>
    <message>
        <source>the file stays</source>
        <translation>el archivo se conserva</translation>
    </message>
    <message>
        <source>The index in a team database needs to know its application.</source>
        <translation>El índice en una base de datos del equipo necesita conocer su aplicación.</translation>
    </message>
    <message>
        <source>%1 is not an index</source>
        <translation>%1 no es un índice</translation>
    </message>
    <message>
        <source>The team database %1 has no Sweep index of schema %2 yet, and this role cannot create it: open it once as its owner. (%3)</source>
        <translation>La base de datos del equipo %1 aún no tiene un índice del barrido del esquema %2, y este rol no puede crearlo: ábrala una vez como su propietario. (%3)</translation>
    </message>
    <message>
        <source>The index is not open.</source>
        <translation>El índice no está abierto.</translation>
    </message>
</context>
<context>
    <name>SweepPage</name>
    <message>
        <source>&amp;Update index</source>
        <translation>&amp;Actualizar índice</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Forget this app&apos;s index…</source>
        <translation>&amp;Olvidar el índice de esta aplicación…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Has a link</source>
        <translation>Tiene un enlace</translation>
    </message>
    <message>
        <source>Has an attachment</source>
        <translation>Tiene un adjunto</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Find &amp;campaigns</source>
        <translation>Encontrar &amp;campañas</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Save &amp;as selection…</source>
        <translation>Guardar como &amp;selección…</translation>
    </message>
    <message>
        <source>&amp;New selection</source>
        <translation>&amp;Nueva selección</translation>
    </message>
    <message>
        <source>Show its &amp;messages</source>
        <translation>Mostrar sus &amp;mensajes</translation>
    </message>
    <message>
        <source>Open &amp;dialog</source>
        <translation>Abrir con&amp;versación</translation>
    </message>
    <message>
        <source>Review s&amp;ender</source>
        <translation>Revisar remi&amp;tente</translation>
    </message>
    <message>
        <source>Index update progress</source>
        <translation>Progreso de la actualización del índice</translation>
    </message>
    <message>
        <source>Phrase in messages, dialog or user names; end with * for a prefix</source>
        <translation>Frase en mensajes, nombres de conversación o de usuario; termine con * para un prefijo</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Id del remitente</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
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
        <translation>en al menos </translation>
    </message>
    <message>
        <source> dialogs</source>
        <translation> conversaciones</translation>
    </message>
    <message>
        <source>within </source>
        <translation>en </translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Same text</source>
        <translation>Mismo texto</translation>
    </message>
    <message>
        <source>Saved selections:</source>
        <translation>Selecciones guardadas:</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Resultados del barrido</translation>
    </message>
    <message>
        <source>Results come from the local index, not from the server: anything acted on is checked with the server first.</source>
        <translation>Los resultados proceden del índice local, no del servidor: todo lo que se modifica se comprueba antes con el servidor.</translation>
    </message>
    <message>
        <source>Forget this app&apos;s index</source>
        <translation>Olvidar el índice de esta aplicación</translation>
    </message>
    <message>
        <source>Delete the local index of this application? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>¿Eliminar el índice local de esta aplicación? Las búsquedas necesitarán después una nueva recopilación; no cambia nada en el servidor.</translation>
    </message>
    <message>
        <source>Save as selection</source>
        <translation>Guardar como selección</translation>
    </message>
    <message>
        <source>Name of the selection:</source>
        <translation>Nombre de la selección:</translation>
    </message>
    <message>
        <source>The update stopped: %1 The next update resumes where it stopped.</source>
        <translation>La actualización se detuvo: %1 La próxima actualización continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>Stopped; the next update resumes where it stopped.</source>
        <translation>Detenida; la próxima actualización continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>Connect to an application to index it.</source>
        <translation>Conéctese a una aplicación para indexarla.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Actualizado %1.</translation>
    </message>
    <message>
        <source>Not built yet: Update index reads the application once.</source>
        <translation>Aún no creado: Actualizar índice lee la aplicación una vez.</translation>
    </message>
    <message>
        <source>An update stopped half-way; the next one resumes it.</source>
        <translation>Una actualización se detuvo a medias; la próxima la reanuda.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>The sender is a user id (a positive number).</source>
        <translation>El remitente es un id de usuario (un número positivo).</translation>
    </message>
    <message>
        <source>Type a phrase, or choose a filter.</source>
        <translation>Escriba una frase o elija un filtro.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s); double-click one to see its messages.</source>
        <translation>
            <numerusform>%n campaña; haga doble clic en ella para ver sus mensajes.</numerusform>
            <numerusform>%n campañas; haga doble clic en una para ver sus mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Remitentes</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto primero</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto último</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Dialogs with no message in N days…</source>
        <translation>Conversaciones sin mensajes en N días…</translation>
    </message>
    <message>
        <source>Dialogs owned by a user…</source>
        <translation>Conversaciones propiedad de un usuario…</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Grupos vacíos</translation>
    </message>
    <message>
        <source>New selection</source>
        <translation>Nueva selección</translation>
    </message>
    <message>
        <source>No message in how many days?</source>
        <translation>¿Sin mensajes en cuántos días?</translation>
    </message>
    <message>
        <source>Owner&apos;s user id:</source>
        <translation>Id de usuario del propietario:</translation>
    </message>
    <message>
        <source>De&amp;lete dialogs…</source>
        <translation>E&amp;liminar conversaciones…</translation>
    </message>
    <message>
        <source>Remo&amp;ve sender…</source>
        <translation>&amp;Quitar remitente…</translation>
    </message>
    <message>
        <source>Delete for everyone the dialogs these results are in</source>
        <translation>Eliminar para todos las conversaciones en las que están estos resultados</translation>
    </message>
    <message>
        <source>Remove the chosen message&apos;s sender from the dialogs where these results are theirs</source>
        <translation>Quitar al remitente del mensaje elegido de las conversaciones en las que estos resultados son suyos</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Elija primero una campaña.</translation>
    </message>
    <message>
        <source>Choose a message of the sender to remove.</source>
        <translation>Elija un mensaje del remitente que se quitará.</translation>
    </message>
    <message>
        <source>Delete this application&apos;s index and its saved selections from the team database, for the whole team? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>¿Eliminar el índice de esta aplicación y sus selecciones guardadas de la base de datos del equipo, para todo el equipo? Las búsquedas necesitarán después una nueva recopilación; no cambia nada en el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dialog(s)</source>
        <translation>
            <numerusform>%1 de %n conversación</numerusform>
            <numerusform>%1 de %n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) listed so far.</source>
        <translation>
            <numerusform>%1: %n conversación listada hasta ahora.</numerusform>
            <numerusform>%1: %n conversaciones listadas hasta ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The messages of %n dialog(s) are read.</source>
        <translation>
            <numerusform>Se han leído los mensajes de %n conversación.</numerusform>
            <numerusform>Se han leído los mensajes de %n conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message numerus="yes">
        <source>The index holds %n dialog(s).</source>
        <translation>
            <numerusform>El índice contiene %n conversación.</numerusform>
            <numerusform>El índice contiene %n conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n message(s) of theirs.</source>
        <translation>
            <numerusform>Guarda %n mensaje de estas conversaciones.</numerusform>
            <numerusform>Guarda %n mensajes de estas conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It knows %n user(s) by name.</source>
        <translation>
            <numerusform>Conoce el nombre de %n usuario.</numerusform>
            <numerusform>Conoce el nombre de %n usuarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n mensaje encontrado.</numerusform>
            <numerusform>%n mensajes encontrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>%n nombre de conversación coincide.</numerusform>
            <numerusform>%n nombres de conversación coinciden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match: %1.</source>
        <translation>
            <numerusform>%n nombre de usuario coincide: %1.</numerusform>
            <numerusform>%n nombres de usuario coinciden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign&apos;s %n message(s).</source>
        <translation>
            <numerusform>La campaña tiene %n mensaje.</numerusform>
            <numerusform>La campaña tiene %n mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Están en %n conversación.</numerusform>
            <numerusform>Están en %n conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) sent them.</source>
        <translation>
            <numerusform>Los envió %n remitente.</numerusform>
            <numerusform>Los enviaron %n remitentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>%1: ahora hay %n conversación en el índice.</numerusform>
            <numerusform>%1: ahora hay %n conversaciones en el índice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) in the index now.</source>
        <translation>
            <numerusform>%1: ahora hay %n mensaje en el índice.</numerusform>
            <numerusform>%1: ahora hay %n mensajes en el índice.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s index opens once the team database is reached.</source>
        <translation>El índice del equipo se abre en cuanto se accede a la base de datos del equipo.</translation>
    </message>
</context>
<context>
    <name>SweepPlan</name>
    <message>
        <source>Choose whose messages: a sender to remove.</source>
        <translation>Elija de quién son los mensajes: un remitente que quitar.</translation>
    </message>
    <message>
        <source>This selection finds dialogs, not messages: it has no senders.</source>
        <translation>Esta selección encuentra conversaciones, no mensajes: no tiene remitentes.</translation>
    </message>
    <message>
        <source>User %1 sent none of the messages this selection found.</source>
        <translation>El usuario %1 no envió ninguno de los mensajes que encontró esta selección.</translation>
    </message>
    <message>
        <source>The selection finds nothing to act on.</source>
        <translation>La selección no encuentra nada sobre lo que actuar.</translation>
    </message>
</context>
<context>
    <name>SweepSearch</name>
    <message numerus="yes">
        <source>Dialogs with no message in %n day(s)</source>
        <translation>
            <numerusform>Conversaciones sin mensajes en %n día</numerusform>
            <numerusform>Conversaciones sin mensajes en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialogs owned by user %1</source>
        <translation>Conversaciones propiedad del usuario %1</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Grupos vacíos</translation>
    </message>
    <message>
        <source>Messages matching &quot;%1&quot;</source>
        <translation>Mensajes que coinciden con &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Messages of a campaign</source>
        <translation>Mensajes de una campaña</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no words to search for.</source>
        <translation>&quot;%1&quot; no tiene palabras que buscar.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Una selección necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>TeamJournalOpener</name>
    <message>
        <source>Reaching the team database %1 was cancelled.</source>
        <translation>Se canceló el acceso a la base de datos del equipo %1.</translation>
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
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation>Última solicitud:</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Ningún usuario seleccionado</translation>
    </message>
</context>
<context>
    <name>UserFinder</name>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>Para buscar por nombre se necesitan al menos 3 caracteres.</translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message>
        <source>&quot;%1&quot; is not a user id: ids are whole numbers.</source>
        <translation>«%1» no es un ID de usuario: los ID son números enteros.</translation>
    </message>
    <message>
        <source>Type one or more user ids.</source>
        <translation>Escriba uno o más ID de usuario.</translation>
    </message>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>Para buscar por nombre se necesitan al menos 3 caracteres.</translation>
    </message>
    <message>
        <source>Type what to search for.</source>
        <translation>Escriba lo que desea buscar.</translation>
    </message>
    <message>
        <source>Type ids, a login, a name or an email. To list everyone, choose &quot;All users&quot;.</source>
        <translation>Escriba ids, un login, un nombre o un correo electrónico. Para listar a todos, elija &quot;Todos los usuarios&quot;.</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>todos los usuarios</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>login starts with</source>
        <translation>login empieza por</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
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
        <translation>Buscar usuarios por</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Ids, a login, part of a full name, an email or a tag</source>
        <translation>ID, un login, parte de un nombre completo, un correo electrónico o una etiqueta</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation>Cargar más usuarios</translation>
    </message>
    <message>
        <source>The user&apos;s dialogs</source>
        <translation>Conversaciones del usuario</translation>
    </message>
    <message>
        <source>Load more dialogs</source>
        <translation>Cargar más conversaciones</translation>
    </message>
    <message>
        <source>&amp;Remove from selected groups…</source>
        <translation>&amp;Quitar de los grupos seleccionados…</translation>
    </message>
    <message>
        <source>Take the user out of the selected group dialogs (the dialogs and their messages stay)</source>
        <translation>Sacar al usuario de las conversaciones de grupo seleccionadas (las conversaciones y sus mensajes se mantienen)</translation>
    </message>
    <message>
        <source>Remove from &amp;their list…</source>
        <translation>Quitar de &amp;su lista…</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the user&apos;s own list, on their behalf; other members keep them</source>
        <translation>Quitar las conversaciones seleccionadas de la lista propia del usuario, en su nombre; los demás miembros las conservan</translation>
    </message>
    <message>
        <source>Delete all dialogs they &amp;own…</source>
        <translation>Eliminar todas las conversaciones de su &amp;propiedad…</translation>
    </message>
    <message>
        <source>Delete for everyone every dialog this user owns; cannot be undone</source>
        <translation>Eliminar para todos cada conversación de la que este usuario es propietario; no se puede deshacer</translation>
    </message>
    <message>
        <source>Delete selected messages for &amp;everyone…</source>
        <translation>Eliminar los mensajes seleccionados para t&amp;odos…</translation>
    </message>
    <message>
        <source>Remove from their histor&amp;y…</source>
        <translation>Quitar de su &amp;historial…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the user&apos;s own history, on their behalf; others keep them</source>
        <translation>Quitar los mensajes seleccionados del historial propio del usuario, en su nombre; los demás los conservan</translation>
    </message>
    <message>
        <source>Could not search users: %1</source>
        <translation>No se pudieron buscar usuarios: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Not every dialog of %1 could be loaded, so nothing was offered for deletion. Try again.</source>
        <translation>No se pudieron cargar todas las conversaciones de %1, así que no se propuso nada para eliminar. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not load the user&apos;s dialogs: %1</source>
        <translation>No se pudieron cargar las conversaciones del usuario: %1</translation>
    </message>
    <message>
        <source>Search for a user, or list all users.</source>
        <translation>Busque un usuario o liste todos los usuarios.</translation>
    </message>
    <message>
        <source>Choose a user to see their dialogs.</source>
        <translation>Elija un usuario para ver sus conversaciones.</translation>
    </message>
    <message>
        <source>Dialogs you share with %1: %2 of %3 loaded</source>
        <translation>Conversaciones que comparte con %1: %2 de %3 cargadas</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Detener la carga</translation>
    </message>
    <message>
        <source>Needs a connection with an API key, which can act on behalf of users.</source>
        <translation>Requiere una conexión con una API key, que puede actuar en nombre de los usuarios.</translation>
    </message>
    <message>
        <source>Remove from groups</source>
        <translation>Quitar de los grupos</translation>
    </message>
    <message>
        <source>None of the selected dialogs is a group. Public dialogs have no member list, and nobody can be removed from a private one.</source>
        <translation>Ninguna de las conversaciones seleccionadas es un grupo. Las conversaciones públicas no tienen lista de miembros, y de una privada no se puede quitar a nadie.</translation>
    </message>
    <message>
        <source>Delete dialogs they own</source>
        <translation>Eliminar las conversaciones de su propiedad</translation>
    </message>
    <message>
        <source>%1 owns none of these dialogs.</source>
        <translation>%1 no es propietario de ninguna de estas conversaciones.</translation>
    </message>
    <message>
        <source>&amp;Act as this user</source>
        <translation>&amp;Actuar en nombre de este usuario</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copiar id</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Mostrar en el &amp;registro</translation>
    </message>
    <message>
        <source>Detect from text</source>
        <translation>Detectar a partir del texto</translation>
    </message>
    <message>
        <source>Login starts with</source>
        <translation>Login empieza por</translation>
    </message>
    <message>
        <source>Loading the dialogs of %1…</source>
        <translation>Cargando las conversaciones de %1…</translation>
    </message>
    <message>
        <source>Dialogs of %1: %2 of %3 loaded</source>
        <translation>Conversaciones de %1: %2 de %3 cargadas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s). Searched by: %2</source>
        <translation>
            <numerusform>%1 de %n usuario. Búsqueda por: %2</numerusform>
            <numerusform>%1 de %n usuarios. Búsqueda por: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching… Search by: %1</source>
        <translation>Buscando… Búsqueda por: %1</translation>
    </message>
    <message>
        <source>Load all users</source>
        <translation>Cargar todos los usuarios</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 users: the console holds at most %3. List them all with qbmodctl users list --all --jsonl.</source>
        <translation>Se cargaron los primeros %1 de %2 usuarios: la consola admite como máximo %3. Lístelos todos con qbmodctl users list --all --jsonl.</translation>
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
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Última solicitud</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegido</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
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
        <translation>NOMBRE COMPLETO</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO ELECTRÓNICO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>LAST REQUEST</source>
        <translation>ÚLTIMA SOLICITUD</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown</source>
        <translation>
            <numerusform>%n usuario mostrado</numerusform>
            <numerusform>%n usuarios mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n en total</numerusform>
            <numerusform>%n en total</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1; with --all or --jsonl, any number of at least 1.</source>
        <translation>--limit necesita un número entero de 1 a %1; con --all o --jsonl, cualquier número entero mayor o igual que 1.</translation>
    </message>
</context>
<context>
    <name>UsersShowCommand</name>
    <message>
        <source>users show takes exactly one user id (a positive number).</source>
        <translation>users show admite exactamente un ID de usuario (un número positivo).</translation>
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
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Última solicitud</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moderation console for QuickBlox chat applications.</source>
        <translation>Consola de moderación para aplicaciones de chat de QuickBlox.</translation>
    </message>
    <message>
        <source>Start a local sandbox with demo data and connect to it; no account needed.</source>
        <translation>Iniciar un sandbox local con datos de demostración y conectarse a él; no se necesita cuenta.</translation>
    </message>
    <message>
        <source>Number of dialogs in the sandbox (default 2000).</source>
        <translation>Número de conversaciones del sandbox (predeterminado: 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--sandbox-dialogs needs a number from 1 to 200000.</source>
        <translation>--sandbox-dialogs necesita un número de 1 a 200000.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox: %1</translation>
    </message>
</context>
</TS>
