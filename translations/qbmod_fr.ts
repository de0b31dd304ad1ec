<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About qbmod</source>
        <translation>À propos de qbmod</translation>
    </message>
    <message>
        <source>A moderation console for QuickBlox chat applications.</source>
        <translation>Une console de modération pour les applications de chat QuickBlox.</translation>
    </message>
    <message>
        <source>qbmod is free software under the Apache License 2.0. It uses Qt %1 under the GNU Lesser General Public License version 3, and QtKeychain under a BSD licence.</source>
        <translation>qbmod est un logiciel libre distribué sous l&apos;Apache License 2.0. Il utilise Qt %1 sous la GNU Lesser General Public License version 3, et QtKeychain sous une licence BSD.</translation>
    </message>
    <message>
        <source>qbmod: Apache License 2.0</source>
        <translation>qbmod : Apache License 2.0</translation>
    </message>
    <message>
        <source>Qt: GNU Lesser General Public License 3</source>
        <translation>Qt : GNU Lesser General Public License 3</translation>
    </message>
    <message>
        <source>Qt: GNU General Public License 3, which the LGPL extends</source>
        <translation>Qt : GNU General Public License 3, que la LGPL complète</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence</source>
        <translation>QtKeychain : licence BSD</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ActingUserDialog</name>
    <message>
        <source>Act as a user</source>
        <translation>Agir au nom d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Every request will be made on behalf of the chosen user (On-Behalf-Of) until you stop acting as them.</source>
        <translation>Chaque requête sera faite au nom de l&apos;utilisateur choisi (On-Behalf-Of) jusqu&apos;à ce que vous cessiez d&apos;agir en son nom.</translation>
    </message>
    <message>
        <source>User id, login, email or full name</source>
        <translation>ID d&apos;utilisateur, identifiant, adresse e-mail ou nom complet</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Utilisateurs correspondants</translation>
    </message>
    <message>
        <source>Act as this user</source>
        <translation>Agir au nom de cet utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n utilisateur trouvé</numerusform>
            <numerusform>%n utilisateurs trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Acting on behalf of a user needs an API key; a session login always acts as its own user.</source>
        <translation>Agir au nom d&apos;un utilisateur nécessite une API key&#xa0;; une connexion par session agit toujours en tant que son propre utilisateur.</translation>
    </message>
    <message>
        <source>The session answer carried no token.</source>
        <translation>La réponse de session ne contenait aucun jeton.</translation>
    </message>
    <message>
        <source>the answer was larger than %1, the most accepted</source>
        <translation>la réponse dépassait %1, le maximum accepté</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse complète en %n seconde</numerusform>
            <numerusform>aucune réponse complète en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>Impossible de joindre le serveur.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>Le serveur a refusé les identifiants.</translation>
    </message>
    <message>
        <source>Not permitted.</source>
        <translation>Non autorisé.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid.</source>
        <translation>La requête a été rejetée comme non valide.</translation>
    </message>
    <message>
        <source>Too many requests: the application&apos;s rate limit was exceeded.</source>
        <translation>Trop de requêtes&#xa0;: la limite de débit de l&apos;application a été dépassée.</translation>
    </message>
    <message>
        <source>The server reported an internal error (HTTP %1).</source>
        <translation>Le serveur a signalé une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood.</source>
        <translation>Le serveur a envoyé une réponse incompréhensible.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The endpoint redirected to %1; if you trust it, use it as the endpoint.</source>
        <translation>Le point de terminaison a redirigé vers %1 ; si vous faites confiance à cette adresse, utilisez-la comme point de terminaison.</translation>
    </message>
</context>
<context>
    <name>BulkDeleteEngine</name>
    <message numerus="yes">
        <source>%n request(s)/s</source>
        <translation>
            <numerusform>%n requête/s</numerusform>
            <numerusform>%n requêtes/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n min left</source>
        <translation>
            <numerusform>%1, environ %n min restante</numerusform>
            <numerusform>%1, environ %n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n s left</source>
        <translation>
            <numerusform>%1, environ %n s restante</numerusform>
            <numerusform>%1, environ %n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n non autorisé</numerusform>
            <numerusform>%n non autorisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n n&apos;existait déjà plus</numerusform>
            <numerusform>%n n&apos;existaient déjà plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been deleted)</source>
        <translation>
            <numerusform>%n inconnu (pas de réponse&#xa0;; peut-être supprimé)</numerusform>
            <numerusform>%n inconnus (pas de réponse&#xa0;; peut-être supprimés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n non tenté</numerusform>
            <numerusform>%n non tentés</numerusform>
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
        <translation>Connexion d&apos;opérateur avec les identifiants de l&apos;application</translation>
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
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connect to a QuickBlox application</source>
        <translation>Se connecter à une application QuickBlox</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Point de terminaison de l&apos;API</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>ID de l&apos;application</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Auth key</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Identifiant de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>ID de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Auth key:</source>
        <translation>Auth key&#xa0;:</translation>
    </message>
    <message>
        <source>Auth secret:</source>
        <translation>Auth secret&#xa0;:</translation>
    </message>
    <message>
        <source>Operator login:</source>
        <translation>Identifiant de l&apos;opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API key&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in files. Leave a secret empty to keep the stored one.</source>
        <translation>Les secrets sont conservés dans le trousseau du système, jamais dans des fichiers. Laissez un secret vide pour conserver celui qui est enregistré.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Essayer le sandbox</translation>
    </message>
    <message>
        <source>Start a local stand-in for QuickBlox with demo data; no account needed.</source>
        <translation>Démarre un substitut local de QuickBlox avec des données de démonstration&#xa0;; aucun compte requis.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et ses secrets du trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>The system keychain could not store the %1 (%2). Keep it for this session only? It will be forgotten when qbmod quits, and nothing is written to disk.</source>
        <translation>Le trousseau du système n&apos;a pas pu enregistrer «&#xa0;%1&#xa0;» (%2). Le conserver pour cette session uniquement&#xa0;? Il sera oublié à la fermeture de qbmod, et rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>The %1 was not stored.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation>Lecture des secrets dans le trousseau…</translation>
    </message>
    <message>
        <source>Checking the connection to %1…</source>
        <translation>Vérification de la connexion à %1…</translation>
    </message>
    <message>
        <source>Check the login, the password and the application credentials.</source>
        <translation>Vérifiez l&apos;identifiant, le mot de passe et les identifiants de l&apos;application.</translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation>Vérifiez l&apos;API key.</translation>
    </message>
    <message>
        <source>Check the endpoint.</source>
        <translation>Vérifiez l&apos;endpoint.</translation>
    </message>
    <message>
        <source>The server answered with an error; try again later.</source>
        <translation>Le serveur a répondu par une erreur&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Not connected, nothing was saved: %1 %2</source>
        <translation>Non connecté, rien n&apos;a été enregistré&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>This field needs correcting</source>
        <translation>Ce champ doit être corrigé</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requêtes/s</translation>
    </message>
    <message>
        <source>Learn it from the server</source>
        <translation>Déduire du serveur</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Mot de passe de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Journal kept on</source>
        <translation>Journal conservé sur</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>A team database</source>
        <translation>Une base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>A team database (PostgreSQL) shares the journal with every moderator of the team.</source>
        <translation>Une base de données d&apos;équipe (PostgreSQL) partage le journal avec tous les modérateurs de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Team database host</source>
        <translation>Hôte de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Team database port</source>
        <translation>Port de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Team database name</source>
        <translation>Nom de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Team database user</source>
        <translation>Utilisateur de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Team database TLS mode</source>
        <translation>Mode TLS de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Check the certificate and the name (verify-full)</source>
        <translation>Vérifier le certificat et le nom (verify-full)</translation>
    </message>
    <message>
        <source>Check the certificate only (verify-ca)</source>
        <translation>Vérifier le certificat uniquement (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt without checks (require)</source>
        <translation>Chiffrer sans vérification (require)</translation>
    </message>
    <message>
        <source>No TLS (disable)</source>
        <translation>Sans TLS (disable)</translation>
    </message>
    <message>
        <source>A database on another computer is reached only with verify-full.</source>
        <translation>Une base de données située sur un autre ordinateur n&apos;est accessible qu&apos;avec verify-full.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS&#xa0;:</translation>
    </message>
    <message>
        <source>Journal kept on:</source>
        <translation>Journal conservé sur&#xa0;:</translation>
    </message>
    <message>
        <source>Type the team database&apos;s password.</source>
        <translation>Saisissez le mot de passe de la base de données d&apos;équipe.</translation>
    </message>
    <message>
        <source>The requests per second your QuickBlox plan allows. Deletes and listings are paced just under that rate. Without it, the rate is learned from the server&apos;s first &quot;too many requests&quot; answers.</source>
        <translation>Le nombre de requêtes par seconde que permet votre offre QuickBlox. Les suppressions et les listages sont cadencés juste en dessous de ce débit. Sans cette valeur, le débit est déduit des premières réponses «&#xa0;too many requests&#xa0;» du serveur.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>Le point de terminaison «&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>Le point de terminaison ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (a local sandbox); use https for &quot;%1&quot;.</source>
        <translation>Le http non chiffré n&apos;est autorisé que vers cet ordinateur (un sandbox local)&#xa0;; utilisez https pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>Le point de terminaison doit commencer par https://.</translation>
    </message>
    <message>
        <source>An application id is required.</source>
        <translation>Un ID d&apos;application est requis.</translation>
    </message>
    <message>
        <source>An auth key is required.</source>
        <translation>Une Auth key est requise.</translation>
    </message>
    <message>
        <source>An operator login is required.</source>
        <translation>Un identifiant d&apos;opérateur est requis.</translation>
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
        <translation>Le sandbox n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Working offline: the team&apos;s protected users can be seen and changed only while the team database can be reached.</source>
        <translation>Travail hors ligne&#xa0;: les utilisateurs protégés de l&apos;équipe ne peuvent être consultés et modifiés que lorsque la base de données d&apos;équipe est joignable.</translation>
    </message>
    <message>
        <source>The team database %1 is still being reached.</source>
        <translation>La connexion à la base de données d&apos;équipe %1 est toujours en cours.</translation>
    </message>
</context>
<context>
    <name>CredentialsLoader</name>
    <message>
        <source>No %1 is stored for the profile &quot;%2&quot;.</source>
        <translation>Rien n&apos;est enregistré pour le profil «&#xa0;%2&#xa0;»&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; could not be read. %3</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» du profil «&#xa0;%2&#xa0;». %3</translation>
    </message>
</context>
<context>
    <name>CtlApplication</name>
    <message>
        <source>Moderation tools for QuickBlox chat applications.</source>
        <translation>Outils de modération pour les applications de chat QuickBlox.</translation>
    </message>
    <message>
        <source>Connect as the saved profile NAME; its secrets come from the system keychain.</source>
        <translation>Se connecter avec le profil enregistré NAME&#xa0;; ses secrets proviennent du trousseau du système.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API endpoint (default https://api.quickblox.com).</source>
        <translation>Point de terminaison de l&apos;API (par défaut&#xa0;: https://api.quickblox.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Application id (session login).</source>
        <translation>ID de l&apos;application (connexion par session).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Application auth key (session login).</source>
        <translation>Auth key de l&apos;application (connexion par session).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Operator login (session login).</source>
        <translation>Identifiant de l&apos;opérateur (connexion par session).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation>Requêtes simultanées en cours (par défaut&#xa0;: 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Secondes d&apos;attente pour chaque réponse (par défaut&#xa0;: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Log each request to standard error (credentials are never logged).</source>
        <translation>Journaliser chaque requête sur la sortie d&apos;erreur standard (les identifiants ne sont jamais journalisés).</translation>
    </message>
    <message>
        <source>Act as this user (API key only).</source>
        <translation>Agir au nom de cet utilisateur (API key uniquement).</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>USER_ID</translation>
    </message>
    <message>
        <source>Dialog types: 1 public, 2 group, 3 private; comma-separated.</source>
        <translation>Types de conversation&#xa0;: 1 publique, 2 groupe, 3 privée&#xa0;; séparés par des virgules.</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>Only dialogs whose name contains TEXT.</source>
        <translation>Uniquement les conversations dont le nom contient TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Show at most N items.</source>
        <translation>Afficher au plus N éléments.</translation>
    </message>
    <message>
        <source>Delete for every member (dialogs: owner only; messages: sender only); cannot be undone.</source>
        <translation>Supprimer pour tous les membres (conversations&#xa0;: propriétaire uniquement&#xa0;; messages&#xa0;: expéditeur uniquement)&#xa0;; irréversible.</translation>
    </message>
    <message>
        <source>Ids per delete request (default 50).</source>
        <translation>ID par requête de suppression (par défaut&#xa0;: 50).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Read ids from FILE, or from standard input with -.</source>
        <translation>Lire les ID depuis FILE, ou depuis l&apos;entrée standard avec -.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>User id, email, login or part of a full name.</source>
        <translation>ID d&apos;utilisateur, adresse e-mail, identifiant ou partie d&apos;un nom complet.</translation>
    </message>
    <message>
        <source>Only messages sent by this user.</source>
        <translation>Uniquement les messages envoyés par cet utilisateur.</translation>
    </message>
    <message>
        <source>The user to remove from the dialogs.</source>
        <translation>L&apos;utilisateur à retirer des conversations.</translation>
    </message>
    <message>
        <source>The dialog the messages belong to; the journal keeps it so that reconcile can check them.</source>
        <translation>La conversation à laquelle appartiennent les messages&#xa0;; le journal la conserve afin que le rapprochement puisse les vérifier.</translation>
    </message>
    <message>
        <source>DIALOG_ID</source>
        <translation>DIALOG_ID</translation>
    </message>
    <message>
        <source>Why; kept in the journal. Required with --force and --on-behalf-of.</source>
        <translation>Le motif&#xa0;; conservé dans le journal. Obligatoire avec --force et --on-behalf-of.</translation>
    </message>
    <message>
        <source>Users whose dialogs are not force-deleted and who are not acted for (default: QBMOD_PROTECTED_USERS).</source>
        <translation>Utilisateurs dont les conversations ne sont pas supprimées pour tout le monde et au nom desquels on n&apos;agit pas (par défaut&#xa0;: QBMOD_PROTECTED_USERS).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Act on protected users anyway; the journal records it.</source>
        <translation>Agir malgré tout sur des utilisateurs protégés&#xa0;; le journal le consigne.</translation>
    </message>
    <message>
        <source>Print the requests that would be sent and send nothing.</source>
        <translation>Afficher les requêtes qui seraient envoyées, sans rien envoyer.</translation>
    </message>
    <message>
        <source>Do not keep the dialogs and their latest messages before a force delete.</source>
        <translation>Ne pas conserver les conversations et leurs derniers messages avant une suppression pour tout le monde.</translation>
    </message>
    <message>
        <source>Use the journal database at PATH.</source>
        <translation>Utiliser la base de données du journal située à PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Export format: csv or json (default json).</source>
        <translation>Format d&apos;export&#xa0;: csv ou json (par défaut&#xa0;: json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Prune evidence collected more than DAYS days ago.</source>
        <translation>Purger les preuves recueillies il y a plus de DAYS jours.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>qbmodctl: --%1 needs a whole number from %2 to %3.</source>
        <translation>qbmodctl&#xa0;: --%1 nécessite un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 does not take --%2.</source>
        <translation>qbmodctl&#xa0;: %1 n&apos;accepte pas --%2.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl&#xa0;: %1</translation>
    </message>
    <message>
        <source>qbmodctl: no credentials. Set QBMOD_API_KEY, or give --app-id, --auth-key and --login with QBMOD_AUTH_SECRET and QBMOD_PASSWORD in the environment (missing: %1).</source>
        <translation>qbmodctl&#xa0;: aucun identifiant. Définissez QBMOD_API_KEY, ou indiquez --app-id, --auth-key et --login avec QBMOD_AUTH_SECRET et QBMOD_PASSWORD dans l&apos;environnement (manquant&#xa0;: %1).</translation>
    </message>
    <message>
        <source>qbmodctl: --app-id needs a positive whole number.</source>
        <translation>qbmodctl&#xa0;: --app-id nécessite un nombre entier positif.</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot;: %2</source>
        <translation>qbmodctl&#xa0;: profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot;; no profiles are saved.</source>
        <translation>qbmodctl&#xa0;: aucun profil nommé «&#xa0;%1&#xa0;»&#xa0;; aucun profil n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot; (saved: %2).</source>
        <translation>qbmodctl&#xa0;: aucun profil nommé «&#xa0;%1&#xa0;» (enregistrés&#xa0;: %2).</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the secrets in the environment instead (QBMOD_API_KEY, or QBMOD_AUTH_SECRET and QBMOD_PASSWORD).</source>
        <translation>qbmodctl&#xa0;: le trousseau du système est indisponible&#xa0;; indiquez plutôt les secrets dans l&apos;environnement (QBMOD_API_KEY, ou QBMOD_AUTH_SECRET et QBMOD_PASSWORD).</translation>
    </message>
    <message>
        <source>Try &apos;qbmodctl --help&apos;.</source>
        <translation>Essayez «&#xa0;qbmodctl --help&#xa0;».</translation>
    </message>
    <message>
        <source>qbmodctl: no command given.</source>
        <translation>qbmodctl&#xa0;: aucune commande indiquée.</translation>
    </message>
    <message>
        <source>qbmodctl: unknown command &quot;%1&quot;.</source>
        <translation>qbmodctl&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs a user id (a positive number).</source>
        <translation>qbmodctl&#xa0;: --on-behalf-of nécessite un ID d&apos;utilisateur (un nombre positif).</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs an API key (QBMOD_API_KEY); a session login always acts as its own user.</source>
        <translation>qbmodctl&#xa0;: --on-behalf-of nécessite une API key (QBMOD_API_KEY)&#xa0;; une connexion par session agit toujours en tant que son propre utilisateur.</translation>
    </message>
    <message>
        <source>qbmodctl: unexpected argument &quot;%1&quot;.</source>
        <translation>qbmodctl&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Seconds a whole answer may take, however slowly it trickles in (default 300).</source>
        <translation>Secondes que peut prendre une réponse complète, aussi lentement qu&apos;elle arrive (par défaut : 300).</translation>
    </message>
    <message>
        <source>Largest answer accepted, in MiB (default 64).</source>
        <translation>Taille maximale acceptée d&apos;une réponse, en MiB (par défaut : 64).</translation>
    </message>
    <message>
        <source>Print JSON for scripts, as one document: built in memory, so for small lists; use --jsonl for --all.</source>
        <translation>Affiche du JSON pour les scripts, en un seul document&#xa0;: construit en mémoire, donc pour de petites listes&#xa0;; utilisez --jsonl avec --all.</translation>
    </message>
    <message>
        <source>Lists: print one JSON object per line as pages arrive, in memory bounded however long the list.</source>
        <translation>Listes&#xa0;: affiche un objet JSON par ligne à l&apos;arrivée des pages, avec une mémoire bornée quelle que soit la longueur de la liste.</translation>
    </message>
    <message>
        <source>Use the local index at PATH (default: the connected application&apos;s).</source>
        <translation>Utilise l&apos;index local situé à PATH (par défaut&#xa0;: celui de l&apos;application connectée).</translation>
    </message>
    <message>
        <source>Read every dialog again and drop the ones the server no longer lists.</source>
        <translation>Relit toutes les conversations et écarte celles que le serveur ne liste plus.</translation>
    </message>
    <message>
        <source>Keep the latest N messages of each dialog (default 200).</source>
        <translation>Conserve les N derniers messages de chaque conversation (200 par défaut).</translation>
    </message>
    <message>
        <source>From this date on (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>À partir de cette date (AAAA-MM-JJ ou date et heure ISO, UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Before this date (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>Avant cette date (AAAA-MM-JJ ou date et heure ISO, UTC).</translation>
    </message>
    <message>
        <source>Read again the messages of dialogs not read for DAYS days (default 30).</source>
        <translation>Relit les messages des conversations non lues depuis DAYS jours (30 par défaut).</translation>
    </message>
    <message>
        <source>Only messages with a link.</source>
        <translation>Uniquement les messages contenant un lien.</translation>
    </message>
    <message>
        <source>Only messages with an attachment.</source>
        <translation>Uniquement les messages avec une pièce jointe.</translation>
    </message>
    <message>
        <source>A campaign reaches at least N dialogs (default 5).</source>
        <translation>Une campagne touche au moins N conversations (5 par défaut).</translation>
    </message>
    <message>
        <source>…within this time, e.g. 24h, 90m, 2d (default 24h).</source>
        <translation>…dans ce délai, p. ex. 24h, 90m, 2d (24h par défaut).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Requests per second, paced exactly (default: the profile&apos;s rate limit, or learned from the server&apos;s first 429s).</source>
        <translation>Requêtes par seconde, cadencées exactement (par défaut&#xa0;: la limite de débit du profil, ou déduite des premières réponses 429 du serveur).</translation>
    </message>
    <message>
        <source>The campaign to act on, as &quot;campaigns&quot; lists it.</source>
        <translation>La campagne sur laquelle agir, telle que «&#xa0;campaigns&#xa0;» la liste.</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAIGN</translation>
    </message>
    <message>
        <source>Delete the dialogs that search or the campaign found, each checked with the server first.</source>
        <translation>Supprimer les conversations trouvées par la recherche ou la campagne, chacune vérifiée d&apos;abord auprès du serveur.</translation>
    </message>
    <message>
        <source>Remove this user from the dialogs where search or the campaign found their messages, each checked with the server first.</source>
        <translation>Retirer cet utilisateur des conversations où la recherche ou la campagne a trouvé ses messages, chacune vérifiée d&apos;abord auprès du serveur.</translation>
    </message>
    <message>
        <source>Your name, recorded with each run (default: QBMOD_MODERATOR_NAME, or in a team database your database user).</source>
        <translation>Votre nom, consigné avec chaque exécution (par défaut&#xa0;: QBMOD_MODERATOR_NAME, ou dans une base de données d&apos;équipe votre utilisateur de la base).</translation>
    </message>
    <message>
        <source>Only runs by WHO: a moderator&apos;s name, login or API key fingerprint.</source>
        <translation>Uniquement les exécutions de WHO&#xa0;: nom, identifiant ou empreinte de l&apos;API key d&apos;un modérateur.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot; keeps its journal in the team database %2, but its password is not in the keychain. Save it in the console, or give it in QBMOD_STORE_PASSWORD.</source>
        <translation>qbmodctl&#xa0;: le profil «&#xa0;%1&#xa0;» conserve son journal dans la base de données d&apos;équipe %2, mais son mot de passe n&apos;est pas dans le trousseau. Enregistrez-le dans la console, ou indiquez-le dans QBMOD_STORE_PASSWORD.</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the team database&apos;s password in QBMOD_STORE_PASSWORD instead.</source>
        <translation>qbmodctl&#xa0;: le trousseau du système est indisponible&#xa0;; indiquez plutôt le mot de passe de la base de données d&apos;équipe dans QBMOD_STORE_PASSWORD.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Save it in the console, or give it in the environment (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</source>
        <translation>qbmodctl&#xa0;: %1 Enregistrez-le dans la console, ou indiquez-le dans l&apos;environnement (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</translation>
    </message>
    <message>
        <source>qbmodctl: give either --journal or --store, not both.</source>
        <translation>qbmodctl&#xa0;: indiquez soit --journal, soit --store, pas les deux.</translation>
    </message>
    <message>
        <source>Keep the journal and the Sweep index in the team database at URL, postgres://user@host:5432/qbmod?sslmode=verify-full; its password comes from QBMOD_STORE_PASSWORD, never from the URL.</source>
        <translation>Conserver le journal et l&apos;index de balayage dans la base de données d&apos;équipe située à URL, postgres://user@host:5432/qbmod?sslmode=verify-full&#xa0;; son mot de passe provient de QBMOD_STORE_PASSWORD, jamais de l&apos;URL.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs with no message in DAYS days.</source>
        <translation>Sélection enregistrée&#xa0;: conversations sans message depuis DAYS jours.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs owned by this user.</source>
        <translation>Sélection enregistrée&#xa0;: conversations appartenant à cet utilisateur.</translation>
    </message>
    <message>
        <source>Saved selection: groups with no message, or only their owner left.</source>
        <translation>Sélection enregistrée&#xa0;: groupes sans message, ou dont seul le propriétaire reste.</translation>
    </message>
    <message>
        <source>Saved selection: messages matching TEXT, with search&apos;s filters (--sender, --since, --until, --type, --has-link, --has-attachment).</source>
        <translation>Sélection enregistrée&#xa0;: messages correspondant à TEXT, avec les filtres de la recherche (--sender, --since, --until, --type, --has-link, --has-attachment).</translation>
    </message>
    <message>
        <source>When the team database cannot be reached, journal the run on this computer and upload it later (journal upload); its ids are not claimed meanwhile.</source>
        <translation>Si la base de données d&apos;équipe est injoignable, consigner l&apos;exécution dans un journal sur cet ordinateur et l&apos;envoyer plus tard (journal upload)&#xa0;; ses ID ne sont pas réservés entre-temps.</translation>
    </message>
    <message>
        <source>Write the journal file at PATH.</source>
        <translation>Écrire le fichier journal à l&apos;emplacement PATH.</translation>
    </message>
    <message>
        <source>List every match (dialogs, users or messages), however many pages.</source>
        <translation>Lister toutes les correspondances (conversations, utilisateurs ou messages), quel que soit le nombre de pages.</translation>
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
        <translation>Utilisation&#xa0;: qbmodctl [options] COMMAND

Commandes&#xa0;:
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
  search … | campaigns … --campaign CAMPAIGN | selections run NAME, puis, pour
            agir sur ce qui a été trouvé&#xa0;:
            (--delete-dialogs [--force] | --remove-sender USER_ID)
            [--on-behalf-of USER_ID] [--reason TEXT] [--protected-users IDS]
            [--override-protection] [--no-evidence] [--dry-run] [--yes]
            [--journal PATH] [--json]

Les identifiants proviennent de l&apos;environnement, jamais des arguments&#xa0;:
  QBMOD_API_KEY       API key&#xa0;; si elle est définie, qbmodctl l&apos;utilise (Authorization: ApiKey)
  QBMOD_AUTH_SECRET   auth secret de l&apos;application, avec --app-id, --auth-key, --login
  QBMOD_PASSWORD      le mot de passe de l&apos;opérateur
  QBMOD_PROTECTED_USERS  ID des utilisateurs protégés, si --protected-users est absent
  QBMOD_STORE_PASSWORD   le mot de passe de la base de données d&apos;équipe, avec --store URL
Partout où --journal PATH est accepté, --store postgres://user@host:port/db conserve
plutôt le journal dans une base de données d&apos;équipe&#xa0;; les exécutions consignent
--moderator-name NAME. Avec --offline, une exécution a lieu même si la base de
données d&apos;équipe est injoignable, consignée sur cet ordinateur jusqu&apos;à
«&#xa0;journal upload&#xa0;».
Avec --profile NAME, la connexion et les secrets proviennent d&apos;un profil enregistré et
du trousseau du système&#xa0;; les options et ces variables les remplacent. Un profil qui
conserve son journal dans une base de données d&apos;équipe l&apos;utilise, sauf si --journal ou
--store est indiqué&#xa0;; son mot de passe provient de QBMOD_STORE_PASSWORD ou du trousseau.

Codes de sortie&#xa0;: 0 terminé&#xa0;; 1 certains ID non autorisés ou en échec&#xa0;; 2 erreur
d&apos;utilisation ou de saisie&#xa0;; 3 échec de l&apos;authentification&#xa0;; 4 point de terminaison
injoignable.
</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl&#xa0;: %1</translation>
    </message>
    <message>
        <source>protected users: %1</source>
        <translation>utilisateurs protégés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) shown, nothing was sent.</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n requête affichée, rien n&apos;a été envoyé.</numerusform>
            <numerusform>Simulation&#xa0;: %n requêtes affichées, rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlRunCommand</name>
    <message>
        <source>Give one with --reason.</source>
        <translation>Indiquez-en un avec --reason.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n earlier run(s) have ids whose outcome is unknown; run &quot;qbmodctl journal reconcile&quot; to settle them.</source>
        <translation>
            <numerusform>qbmodctl&#xa0;: %n exécution antérieure a des ids dont le résultat est inconnu&#xa0;; lancez «&#xa0;qbmodctl journal reconcile&#xa0;» pour les régler.</numerusform>
            <numerusform>qbmodctl&#xa0;: %n exécutions antérieures ont des ids dont le résultat est inconnu&#xa0;; lancez «&#xa0;qbmodctl journal reconcile&#xa0;» pour les régler.</numerusform>
        </translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refusing to act without confirmation: pass --yes, or run on a terminal to be asked.</source>
        <translation>Refus d&apos;agir sans confirmation&#xa0;: passez --yes, ou lancez la commande dans un terminal pour être interrogé.</translation>
    </message>
    <message>
        <source>Recorded in the journal as run %1.</source>
        <translation>Consigné dans le journal comme exécution %1.</translation>
    </message>
    <message>
        <source>Working… %1 of %2</source>
        <translation>Traitement… %1 sur %2</translation>
    </message>
    <message>
        <source>--offline is for a team database (--store, or a profile that keeps its journal in one). Nothing was sent.</source>
        <translation>--offline s&apos;applique à une base de données d&apos;équipe (--store, ou un profil qui y conserve son journal). Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n run(s) made offline are not in the team database yet; &quot;qbmodctl journal upload&quot; adds them.</source>
        <translation>
            <numerusform>qbmodctl&#xa0;: %n exécution effectuée hors ligne n&apos;est pas encore dans la base de données d&apos;équipe&#xa0;; «&#xa0;qbmodctl journal upload&#xa0;» l&apos;y ajoute.</numerusform>
            <numerusform>qbmodctl&#xa0;: %n exécutions effectuées hors ligne ne sont pas encore dans la base de données d&apos;équipe&#xa0;; «&#xa0;qbmodctl journal upload&#xa0;» les y ajoute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded offline as run %1 in %2; &quot;qbmodctl journal upload&quot; adds it to the team database once it can be reached. Until then its ids are not claimed.</source>
        <translation>Consignée hors ligne comme exécution %1 dans %2&#xa0;; «&#xa0;qbmodctl journal upload&#xa0;» l&apos;ajoute à la base de données d&apos;équipe dès qu&apos;elle est joignable. D&apos;ici là, ses ID ne sont pas réservés.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Give ids either as arguments or with --from-file, not both.</source>
        <translation>Indiquez les ID soit en arguments, soit avec --from-file, pas les deux.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID n&apos;est pas un ID de conversation (24 chiffres hexadécimaux)&#xa0;: %1. Rien n&apos;a été envoyé.</numerusform>
            <numerusform>%n ID ne sont pas des ID de conversation (24 chiffres hexadécimaux)&#xa0;: %1. Rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not message ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID n&apos;est pas un ID de message (24 chiffres hexadécimaux)&#xa0;: %1. Rien n&apos;a été envoyé.</numerusform>
            <numerusform>%n ID ne sont pas des ID de message (24 chiffres hexadécimaux)&#xa0;: %1. Rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>Aucun ID de conversation indiqué.</translation>
    </message>
    <message>
        <source>No message ids given.</source>
        <translation>Aucun ID de message indiqué.</translation>
    </message>
    <message>
        <source>the signed-in account</source>
        <translation>le compte connecté</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n conversation pour tout le monde, avec tous ses messages. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n conversations pour tout le monde, avec tous leurs messages. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n message pour tout le monde. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n messages pour tout le monde. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Tapez %1 pour confirmer&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Retirer %n conversation de la liste de %1 uniquement&#xa0;; les autres membres la conservent.</numerusform>
            <numerusform>Retirer %n conversations de la liste de %1 uniquement&#xa0;; les autres membres les conservent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Supprimer %n message pour %1 uniquement&#xa0;; les autres membres le conservent.</numerusform>
            <numerusform>Supprimer %n messages pour %1 uniquement&#xa0;; les autres membres les conservent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuer&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>--batch-size needs a whole number from 1 to 500.</source>
        <translation>--batch-size nécessite un nombre entier de 1 à 500.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits). Nothing was sent.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de conversation (24 chiffres hexadécimaux). Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are not in dialog %1 as the acting user sees it (already deleted, or in another dialog): %2. Nothing was deleted.</source>
        <translation>
            <numerusform>%n message n&apos;est pas dans la conversation %1 telle que la voit l&apos;utilisateur agissant (déjà supprimé, ou dans une autre conversation)&#xa0;: %2. Rien n&apos;a été supprimé.</numerusform>
            <numerusform>%n messages ne sont pas dans la conversation %1 telle que la voit l&apos;utilisateur agissant (déjà supprimés, ou dans une autre conversation)&#xa0;: %2. Rien n&apos;a été supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>Avec une API key et sans --on-behalf-of, QuickBlox supprime pour tous les membres.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Profile: %1 (%2). Acting as: %3.</source>
        <translation>Profil&#xa0;: %1 (%2). Au nom de&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these message(s) were not sent by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n de ces messages n&apos;a pas été envoyé par l&apos;utilisateur agissant et sera signalé comme non autorisé.</numerusform>
            <numerusform>%n de ces messages n&apos;ont pas été envoyés par l&apos;utilisateur agissant et seront signalés comme non autorisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user, who may not remove others from them: they will come back as not permitted.</source>
        <translation>
            <numerusform>%n de ces conversations n&apos;appartient pas à l&apos;utilisateur agissant, qui ne peut pas en retirer d&apos;autres membres&#xa0;: elle sera signalée comme non autorisée.</numerusform>
            <numerusform>%n de ces conversations n&apos;appartiennent pas à l&apos;utilisateur agissant, qui ne peut pas en retirer d&apos;autres membres&#xa0;: elles seront signalées comme non autorisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n de ces conversations n&apos;appartient pas à l&apos;utilisateur agissant et sera signalée comme non autorisée.</numerusform>
            <numerusform>%n de ces conversations n&apos;appartiennent pas à l&apos;utilisateur agissant et seront signalées comme non autorisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The acting user (%1) is protected: this delete is sent on their behalf.</source>
        <translation>L&apos;utilisateur agissant (%1) est protégé&#xa0;: cette suppression est envoyée en son nom.</translation>
    </message>
    <message>
        <source>%1 is protected.</source>
        <translation>%1 est protégé.</translation>
    </message>
    <message>
        <source>&amp;Override protection (recorded in the journal)</source>
        <translation>&amp;Outrepasser la protection (consigné dans le journal)</translation>
    </message>
    <message>
        <source>Show the re&amp;quests</source>
        <translation>Afficher les re&amp;quêtes</translation>
    </message>
    <message>
        <source>The requests this would send</source>
        <translation>Les requêtes que cela enverrait</translation>
    </message>
    <message>
        <source>Each dialog is read first (GET); one where the user is not a member gets no update.</source>
        <translation>Chaque conversation est d&apos;abord lue (GET)&#xa0;; celle dont l&apos;utilisateur n&apos;est pas membre n&apos;est pas modifiée.</translation>
    </message>
    <message>
        <source>Required: why, for the journal (e.g. spam wave reported on 12 May)</source>
        <translation>Obligatoire&#xa0;: le motif, pour le journal (p. ex. vague de spam signalée le 12 mai)</translation>
    </message>
    <message>
        <source>Optional: why, for the journal</source>
        <translation>Facultatif&#xa0;: le motif, pour le journal</translation>
    </message>
    <message>
        <source>Number of items, typed to confirm</source>
        <translation>Nombre d&apos;éléments, tapé pour confirmer</translation>
    </message>
    <message>
        <source>Dialogs to remove the user from</source>
        <translation>Conversations dont l&apos;utilisateur sera retiré</translation>
    </message>
    <message>
        <source>Dialogs to delete</source>
        <translation>Conversations à supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>owner protected</source>
        <translation>propriétaire protégé</translation>
    </message>
    <message>
        <source>not owner: will be refused</source>
        <translation>non propriétaire&#xa0;: refus attendu</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>non membre</translation>
    </message>
    <message>
        <source>Messages to delete</source>
        <translation>Messages à supprimer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>not the sender: will be refused</source>
        <translation>non expéditeur&#xa0;: refus attendu</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent by protected users would be deleted for everyone (marked in the Protected column).</source>
        <translation>
            <numerusform>%n message envoyé par des utilisateurs protégés serait supprimé pour tout le monde (signalé dans la colonne Protégé).</numerusform>
            <numerusform>%n messages envoyés par des utilisateurs protégés seraient supprimés pour tout le monde (signalés dans la colonne Protégé).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) owned by protected users would be deleted for everyone (marked in the Protected column). Protected owners: %1.</source>
        <translation>
            <numerusform>%n conversation appartenant à des utilisateurs protégés serait supprimée pour tout le monde (signalée dans la colonne Protégé). Propriétaires protégés&#xa0;: %1.</numerusform>
            <numerusform>%n conversations appartenant à des utilisateurs protégés seraient supprimées pour tout le monde (signalées dans la colonne Protégé). Propriétaires protégés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderator&apos;s reason</source>
        <translation>Motif du modérateur</translation>
    </message>
    <message>
        <source>&amp;Your reason:</source>
        <translation>&amp;Votre motif&#xa0;:</translation>
    </message>
    <message>
        <source>Type the number of messages (%1) to &amp;confirm:</source>
        <translation>Saisissez le nombre de messages (%1) pour &amp;confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type the number of dialogs (%1) to &amp;confirm:</source>
        <translation>Saisissez le nombre de conversations (%1) pour &amp;confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Press Down for recent reasons</source>
        <translation>Appuyez sur Down pour les motifs récents</translation>
    </message>
    <message>
        <source>Give a reason to continue.</source>
        <translation>Indiquez un motif pour continuer.</translation>
    </message>
    <message>
        <source>Type the number to continue.</source>
        <translation>Saisissez le nombre pour continuer.</translation>
    </message>
    <message>
        <source>Check Override protection to continue.</source>
        <translation>Cochez Outrepasser la protection pour continuer.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Found in the local index, which is not evidence: each item is checked with the server before anything is sent. What is already gone is reported as such; what cannot be checked is left alone. The journal keeps the query.</source>
        <translation>Trouvé dans l&apos;index local, qui ne constitue pas une preuve&#xa0;: chaque élément est vérifié auprès du serveur avant tout envoi. Ce qui a déjà disparu est signalé comme tel&#xa0;; ce qui ne peut pas être vérifié n&apos;est pas touché. Le journal conserve la recherche.</translation>
    </message>
</context>
<context>
    <name>DeleteResultModel</name>
    <message>
        <source>Waiting</source>
        <comment>delete result not known yet</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>remove %1 from the members of the dialogs</source>
        <translation>retirer %1 des membres des conversations</translation>
    </message>
    <message>
        <source>delete for everyone</source>
        <translation>supprimer pour tout le monde</translation>
    </message>
    <message>
        <source>remove from one user&apos;s history</source>
        <translation>retirer de l&apos;historique d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>remove from one user&apos;s list</source>
        <translation>retirer de la liste d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API key %1</translation>
    </message>
    <message>
        <source>Journal run</source>
        <translation>Exécution du journal</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>Utilisateur agissant</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
</context>
<context>
    <name>DeleteRunDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Copier les résultats</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result for each message</source>
        <translation>Résultat pour chaque message</translation>
    </message>
    <message>
        <source>Result for each dialog</source>
        <translation>Résultat pour chaque conversation</translation>
    </message>
    <message>
        <source>Removing… %1 of %2</source>
        <translation>Retrait… %1 sur %2</translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Suppression… %1 sur %2</translation>
    </message>
    <message>
        <source>Saving evidence: each dialog and its latest messages…</source>
        <translation>Conservation des preuves&#xa0;: chaque conversation et ses derniers messages…</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Annulé. %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Paused at %1 of %2. Batches already sent still finish; nothing new is sent.</source>
        <translation>Suspendu à %1 sur %2. Les lots déjà envoyés se terminent&#xa0;; rien de nouveau n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>L&apos;exécution s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Checking with the server what the local index found…</source>
        <translation>Vérification auprès du serveur de ce que l&apos;index local a trouvé…</translation>
    </message>
    <message>
        <source>qbmod results, %1.csv</source>
        <translation>résultats qbmod, %1.csv</translation>
    </message>
    <message>
        <source>qbmod results of run %1, %2.csv</source>
        <translation>résultats qbmod de l&apos;exécution %1, %2.csv</translation>
    </message>
</context>
<context>
    <name>DeletionPlan</name>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s)</source>
        <translation>
            <numerusform>Retirer %1 de %n conversation</numerusform>
            <numerusform>Retirer %1 de %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone</source>
        <translation>
            <numerusform>Supprimer %n message pour tout le monde</numerusform>
            <numerusform>Supprimer %n messages pour tout le monde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone</source>
        <translation>
            <numerusform>Supprimer %n conversation pour tout le monde</numerusform>
            <numerusform>Supprimer %n conversations pour tout le monde</numerusform>
        </translation>
    </message>
    <message>
        <source>the API key (full rights)</source>
        <translation>l&apos;API key (tous les droits)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message(s) from the history of %1</source>
        <translation>
            <numerusform>Retirer %n message de l&apos;historique de %1</numerusform>
            <numerusform>Retirer %n messages de l&apos;historique de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1</source>
        <translation>
            <numerusform>Retirer %n conversation de la liste de %1</numerusform>
            <numerusform>Retirer %n conversations de la liste de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be removed from the members of %n dialog(s) and stop receiving their messages. The dialogs and their messages stay.</source>
        <translation>
            <numerusform>%1 sera retiré des membres de %n conversation et cessera d&apos;en recevoir les messages. La conversation et ses messages sont conservés.</numerusform>
            <numerusform>%1 sera retiré des membres de %n conversations et cessera d&apos;en recevoir les messages. Les conversations et leurs messages sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be deleted from every member&apos;s history. This cannot be undone.</source>
        <translation>
            <numerusform>%n message sera supprimé de l&apos;historique de tous les membres. Cette action est irréversible.</numerusform>
            <numerusform>%n messages seront supprimés de l&apos;historique de tous les membres. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be removed from the history of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>%n message sera retiré de l&apos;historique de %1 uniquement&#xa0;; les autres membres le conservent.</numerusform>
            <numerusform>%n messages seront retirés de l&apos;historique de %1 uniquement&#xa0;; les autres membres les conservent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be deleted for all members, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>%n conversation sera supprimée pour tous les membres, avec tous ses messages. Cette action est irréversible.</numerusform>
            <numerusform>%n conversations seront supprimées pour tous les membres, avec tous leurs messages. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be removed from the list of %1 only; the other members keep them and their messages.</source>
        <translation>
            <numerusform>%n conversation sera retirée de la liste de %1 uniquement&#xa0;; les autres membres la conservent avec ses messages.</numerusform>
            <numerusform>%n conversations seront retirées de la liste de %1 uniquement&#xa0;; les autres membres les conservent avec leurs messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>l&apos;utilisateur connecté</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>DialogDetailPane</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>Derniers messages</translation>
    </message>
    <message>
        <source>No dialog selected</source>
        <translation>Aucune conversation sélectionnée</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Id: %1
Type: %2
Owner: %3
Created: %4
Last activity: %5</source>
        <translation>ID&#xa0;: %1
Type&#xa0;: %2
Propriétaire&#xa0;: %3
Créée&#xa0;: %4
Dernière activité&#xa0;: %5</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Chargement des messages…</translation>
    </message>
    <message>
        <source>Everyone in the application (public dialog)</source>
        <translation>Tout le monde dans l&apos;application (conversation publique)</translation>
    </message>
    <message>
        <source>– owner</source>
        <translation>– propriétaire</translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation>Les messages n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s), not downloaded)</source>
        <translation>
            <numerusform>(%n pièce jointe, non téléchargée)</numerusform>
            <numerusform>(%n pièces jointes, non téléchargées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogTableModel</name>
    <message>
        <source>all</source>
        <comment>members of a public dialog</comment>
        <translation>tous</translation>
    </message>
    <message>
        <source>%1
Dialog id: %2</source>
        <translation>%1
ID de conversation&#xa0;: %2</translation>
    </message>
    <message>
        <source>User id %1</source>
        <translation>ID d&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID d&apos;utilisateur %2)</translation>
    </message>
    <message>
        <source>Public dialog: every user of the application can join</source>
        <translation>Conversation publique&#xa0;: tout utilisateur de l&apos;application peut la rejoindre</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
</context>
<context>
    <name>DialogsListCommand</name>
    <message>
        <source>users dialogs takes exactly one user id (a positive number).</source>
        <translation>users dialogs accepte exactement un ID d&apos;utilisateur (un nombre positif).</translation>
    </message>
    <message>
        <source>--type takes 1 (public), 2 (group) or 3 (private), comma-separated; &quot;%1&quot; is none of them.</source>
        <translation>--type accepte 1 (publique), 2 (groupe) ou 3 (privée), séparés par des virgules&#xa0;; «&#xa0;%1&#xa0;» n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPRIÉTAIRE</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBRES</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>DERNIÈRE ACTIVITÉ</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) shown</source>
        <translation>
            <numerusform>%n conversation affichée</numerusform>
            <numerusform>%n conversations affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n au total</numerusform>
            <numerusform>%n au total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsPage</name>
    <message>
        <source>Dialogs</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Dialog type</source>
        <translation>Type de conversation</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Le nom contient</translation>
    </message>
    <message>
        <source>Name contains (asks the server)</source>
        <translation>Le nom contient (interroge le serveur)</translation>
    </message>
    <message>
        <source>Active after</source>
        <translation>Active après</translation>
    </message>
    <message>
        <source>Last activity after</source>
        <translation>Dernière activité après</translation>
    </message>
    <message>
        <source>Active before</source>
        <translation>Active avant</translation>
    </message>
    <message>
        <source>Last activity before</source>
        <translation>Dernière activité avant</translation>
    </message>
    <message>
        <source>Search server</source>
        <translation>Rechercher sur le serveur</translation>
    </message>
    <message>
        <source>Filter loaded dialogs (Ctrl+F)</source>
        <translation>Filtrer les conversations chargées (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter loaded dialogs</source>
        <translation>Filtrer les conversations chargées</translation>
    </message>
    <message>
        <source>Dialogs could not be loaded: %1</source>
        <translation>Les conversations n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded</source>
        <translation>%1 sélectionnées sur %2 chargées</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>Modifier le &amp;profil…</translation>
    </message>
    <message>
        <source>Not connected. Choose File › Connect… (Ctrl+Shift+O) to open a profile, or try the built-in sandbox from there.</source>
        <translation>Non connecté. Choisissez Fichier › Se connecter… (Ctrl+Shift+O) pour ouvrir un profil, ou essayez-y la sandbox intégrée.</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 dialogs: the console holds at most %3. Narrow the list with the filters above, or list them all with qbmodctl dialogs list --all --jsonl.</source>
        <translation>Les %1 premières conversations sur %2 ont été chargées&#xa0;: la console en contient au plus %3. Affinez la liste avec les filtres ci-dessus, ou listez-les toutes avec qbmodctl dialogs list --all --jsonl.</translation>
    </message>
    <message>
        <source>&amp;Review owner</source>
        <translation>E&amp;xaminer le propriétaire</translation>
    </message>
    <message>
        <source>Act as &amp;owner</source>
        <translation>Agir en tant que pr&amp;opriétaire</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copier l&apos;id</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Afficher dans le &amp;journal</translation>
    </message>
    <message>
        <source>Not connected: nothing to search. Connect first (File › Connect…, Ctrl+Shift+O).</source>
        <translation>Non connecté&#xa0;: rien à rechercher. Connectez-vous d&apos;abord (Fichier › Se connecter…, Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded (%3 shown by the filter)</source>
        <translation>%1 sélectionnées sur %2 chargées (%3 affichées par le filtre)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total (%4 shown by the filter)</source>
        <translation>%1 sélectionnées sur %2 chargées, %3 au total (%4 affichées par le filtre)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total</source>
        <translation>%1 sélectionnées sur %2 chargées, %3 au total</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n dialog(s)…</source>
        <translation>
            <numerusform>Tri de %n conversation…</numerusform>
            <numerusform>Tri de %n conversations…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsRemoveMemberCommand</name>
    <message>
        <source>--user needs the id of the user to remove (a positive number).</source>
        <translation>--user nécessite l&apos;ID de l&apos;utilisateur à retirer (un nombre positif).</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID n&apos;est pas un ID de conversation (24 chiffres hexadécimaux)&#xa0;: %1. Rien n&apos;a été envoyé.</numerusform>
            <numerusform>%n ID ne sont pas des ID de conversation (24 chiffres hexadécimaux)&#xa0;: %1. Rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>Aucun ID de conversation indiqué.</translation>
    </message>
    <message numerus="yes">
        <source>Remove user %1 from %n dialog(s)?</source>
        <translation>
            <numerusform>Retirer l&apos;utilisateur %1 de %n conversation&#xa0;?</numerusform>
            <numerusform>Retirer l&apos;utilisateur %1 de %n conversations&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuer&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Personne n&apos;a été retiré.</translation>
    </message>
</context>
<context>
    <name>EvidenceCollector</name>
    <message>
        <source>Dialog not read: %1</source>
        <translation>Conversation non lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Messages not read: %1</source>
        <translation>Messages non lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IndexCommand</name>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl&#xa0;: %1</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation>Pas encore d&apos;index&#xa0;; lancez qbmodctl index update.</translation>
    </message>
    <message>
        <source>--depth needs a whole number from 1 to 100000.</source>
        <translation>--depth attend un nombre entier de 1 à 100000.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since attend une date comme 2025-05-01 ou 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--retention needs a number of days from 1 to 3650.</source>
        <translation>--retention attend un nombre de jours de 1 à 3650.</translation>
    </message>
    <message>
        <source>%1: %2 listed, %3 read, %4 to go</source>
        <translation>%1&#xa0;: %2 listées, %3 lues, %4 restantes</translation>
    </message>
    <message>
        <source>qbmodctl: the crawl stopped: %1 The next index update resumes where it stopped.</source>
        <translation>qbmodctl&#xa0;: la collecte s&apos;est arrêtée&#xa0;: %1 La prochaine mise à jour de l&apos;index reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>Index updated: %n dialog(s) listed</source>
        <translation>
            <numerusform>Index mis à jour&#xa0;: %n conversation listée</numerusform>
            <numerusform>Index mis à jour&#xa0;: %n conversations listées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read again</source>
        <translation>
            <numerusform>%n relue</numerusform>
            <numerusform>%n relues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored.</source>
        <translation>
            <numerusform>%n message stocké.</numerusform>
            <numerusform>%n messages stockés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Index&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB on disk</source>
        <translation>%1 Mo sur le disque</translation>
    </message>
    <message>
        <source>Keeps every message since %1.</source>
        <translation>Conserve tous les messages depuis %1.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps the latest %n message(s) of each dialog.</source>
        <translation>
            <numerusform>Conserve le dernier message de chaque conversation.</numerusform>
            <numerusform>Conserve les %n derniers messages de chaque conversation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages not read again for %n day(s) are dropped and read again.</source>
        <translation>
            <numerusform>Les messages non relus depuis %n jour sont écartés et relus.</numerusform>
            <numerusform>Les messages non relus depuis %n jours sont écartés et relus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last crawl finished %1.</source>
        <translation>Dernière collecte terminée %1.</translation>
    </message>
    <message numerus="yes">
        <source>A crawl stopped half-way (%n dialog(s) still to read); index update resumes it.</source>
        <translation>
            <numerusform>Une collecte s&apos;est arrêtée en cours de route (%n conversation encore à lire)&#xa0;; index update la reprend.</numerusform>
            <numerusform>Une collecte s&apos;est arrêtée en cours de route (%n conversations encore à lire)&#xa0;; index update la reprend.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index is a local copy for finding things, not evidence: what is acted on is checked with the server first.</source>
        <translation>L&apos;index est une copie locale pour retrouver des éléments, pas des preuves&#xa0;: ce sur quoi on agit est d&apos;abord vérifié auprès du serveur.</translation>
    </message>
    <message>
        <source>There is no index to forget.</source>
        <translation>Il n&apos;y a aucun index à oublier.</translation>
    </message>
    <message>
        <source>The index %1 is forgotten.</source>
        <translation>L&apos;index %1 est oublié.</translation>
    </message>
    <message>
        <source>qbmodctl: the index in a team database needs the application: give --endpoint and its credentials, or --profile.</source>
        <translation>qbmodctl&#xa0;: l&apos;index dans une base de données d&apos;équipe a besoin de l&apos;application&#xa0;: indiquez --endpoint et ses identifiants, ou --profile.</translation>
    </message>
    <message>
        <source>Index: %1 (shared with the team)</source>
        <translation>Index&#xa0;: %1 (partagé avec l&apos;équipe)</translation>
    </message>
</context>
<context>
    <name>ItemOutcome</name>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Pas membre</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Déjà disparu</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Failed: nothing changed</source>
        <translation>Échec&#xa0;: rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Unknown: it may have taken effect</source>
        <translation>Inconnu&#xa0;: l&apos;action a peut-être pris effet</translation>
    </message>
    <message>
        <source>Not attempted: nothing was sent</source>
        <translation>Non tenté&#xa0;: rien n&apos;a été envoyé</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Journal error: %1</source>
        <translation>Erreur du journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file %1 is not a journal database.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données de journal.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of qbmod (schema %2).</source>
        <translation>Le journal %1 a été écrit par une version plus récente de qbmod (schéma %2).</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>user %1: %2</source>
        <translation>utilisateur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The team database %1 has no qbmod tables of schema %2 yet, and this role cannot create them: open it once as its owner. (%3)</source>
        <translation>La base de données d&apos;équipe %1 n&apos;a pas encore de tables qbmod du schéma %2, et ce rôle ne peut pas les créer&#xa0;: ouvrez-la une fois en tant que son propriétaire. (%3)</translation>
    </message>
    <message>
        <source>held by %1 in live run %2</source>
        <translation>réservé par %1 dans l&apos;exécution active %2</translation>
    </message>
    <message>
        <source>already sent by %1 in run %2</source>
        <translation>déjà envoyé par %1 dans l&apos;exécution %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the protected users from %1: %2</source>
        <translation>Impossible de lire les utilisateurs protégés depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The team database %1 is not open.</source>
        <translation>La base de données d&apos;équipe %1 n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>made offline</source>
        <translation>effectuée hors ligne</translation>
    </message>
    <message>
        <source>from a local journal</source>
        <translation>depuis un journal local</translation>
    </message>
    <message>
        <source>from the team database</source>
        <translation>depuis la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Journal error: run %1 cannot be read: %2</source>
        <translation>Erreur du journal&#xa0;: l&apos;exécution %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Journal error: run %1 has no origin key.</source>
        <translation>Erreur du journal&#xa0;: l&apos;exécution %1 n&apos;a pas de clé d&apos;origine.</translation>
    </message>
    <message>
        <source>The team&apos;s protected users have never been read from %1 on this computer, so nothing runs offline. Reach the team database once first.</source>
        <translation>Les utilisateurs protégés de l&apos;équipe n&apos;ont jamais été lus depuis %1 sur cet ordinateur, donc rien ne s&apos;exécute hors ligne. Connectez-vous d&apos;abord une fois à la base de données d&apos;équipe.</translation>
    </message>
    <message>
        <source>Journal error: the copy of run %1 is not there.</source>
        <translation>Erreur du journal&#xa0;: la copie de l&apos;exécution %1 est introuvable.</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>journal %1 needs a run id.</source>
        <translation>journal %1 nécessite un ID d&apos;exécution.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;exécution.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Il n&apos;y a pas encore de journal à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>Le journal ne contient pas d&apos;exécution %1.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format vaut csv ou json.</translation>
    </message>
    <message>
        <source>journal prune needs --older-than DAYS (a whole number of days).</source>
        <translation>journal prune nécessite --older-than DAYS (un nombre entier de jours).</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pruned the evidence of %n dialog(s).</source>
        <translation>
            <numerusform>Preuves de %n conversation purgées.</numerusform>
            <numerusform>Preuves de %n conversations purgées.</numerusform>
        </translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>EXÉCUTION</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>EN TANT QUE</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IN DOUBT</source>
        <translation>INCERTAINS</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>The journal holds no runs.</source>
        <translation>Le journal ne contient aucune exécution.</translation>
    </message>
    <message>
        <source>Run %1 (%2), started %3</source>
        <translation>Exécution %1 (%2), démarrée le %3</translation>
    </message>
    <message>
        <source>Endpoint: %1  Profile: %2</source>
        <translation>Point de terminaison&#xa0;: %1  Profil&#xa0;: %2</translation>
    </message>
    <message>
        <source>Operator: %1  Acting user: %2</source>
        <translation>Opérateur&#xa0;: %1  Utilisateur agissant&#xa0;: %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API key %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Mode: %1 %2  Reason: %3</source>
        <translation>Mode&#xa0;: %1 %2  Motif&#xa0;: %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>SETTLED BY</source>
        <translation>RÉGLÉ PAR</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message numerus="yes">
        <source>Evidence kept for %n dialog(s); see journal export.</source>
        <translation>
            <numerusform>Preuves conservées pour %n conversation&#xa0;; voir journal export.</numerusform>
            <numerusform>Preuves conservées pour %n conversations&#xa0;; voir journal export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protection was overridden for %n id(s).</source>
        <translation>
            <numerusform>La protection a été outrepassée pour %n ID.</numerusform>
            <numerusform>La protection a été outrepassée pour %n ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected in the local index by: %1</source>
        <translation>Sélectionné dans l&apos;index local par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paused %1 (%2).</source>
        <translation>Suspendue le %1 (%2).</translation>
    </message>
    <message>
        <source>Resumed %1 (%2).</source>
        <translation>Reprise le %1 (%2).</translation>
    </message>
    <message>
        <source>%1 %2 (%3).</source>
        <translation>%1 %2 (%3).</translation>
    </message>
    <message>
        <source>DIALOG NAME</source>
        <translation>NOM DE LA CONVERSATION</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>MADE</source>
        <translation>ORIGINE</translation>
    </message>
</context>
<context>
    <name>JournalCopier</name>
    <message>
        <source>Run %1 was not copied: %2</source>
        <translation>L&apos;exécution %1 n&apos;a pas été copiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs.</source>
        <translation>Arrêté après %1 exécutions sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) copied.</source>
        <translation>
            <numerusform>%n exécution copiée.</numerusform>
            <numerusform>%n exécutions copiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were already there.</source>
        <translation>
            <numerusform>%n exécution était déjà présente.</numerusform>
            <numerusform>%n exécutions étaient déjà présentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running, each copied once it ends.</source>
        <translation>
            <numerusform>%n exécution encore en cours, copiée dès qu&apos;elle se termine.</numerusform>
            <numerusform>%n exécutions encore en cours, chacune copiée dès qu&apos;elle se termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later settlement(s) added to runs already there.</source>
        <translation>
            <numerusform>%n règlement ultérieur ajouté aux exécutions déjà présentes.</numerusform>
            <numerusform>%n règlements ultérieurs ajoutés aux exécutions déjà présentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settlements of run %1 were not copied: %2</source>
        <translation>Les règlements de l&apos;exécution %1 n&apos;ont pas été copiés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JournalReconcileCommand</name>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;exécution.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Il n&apos;y a pas encore de journal à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>Le journal ne contient pas d&apos;exécution %1.</translation>
    </message>
    <message>
        <source>qbmodctl: skipped %1</source>
        <translation>qbmodctl&#xa0;: ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>Rien à rapprocher.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n id(s): %1 gone, %2 still present, %3 without a clear answer.</source>
        <translation>
            <numerusform>%n ID vérifié&#xa0;: %1 disparus, %2 toujours présents, %3 sans réponse claire.</numerusform>
            <numerusform>%n ID vérifiés&#xa0;: %1 disparus, %2 toujours présents, %3 sans réponse claire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTransferCommand</name>
    <message>
        <source>journal %1 needs a team database: give --store URL, or a profile that keeps its journal in one.</source>
        <translation>journal %1 nécessite une base de données d&apos;équipe&#xa0;: indiquez --store URL, ou un profil qui y conserve son journal.</translation>
    </message>
    <message>
        <source>journal export-local needs --to PATH, the journal file to write.</source>
        <translation>journal export-local nécessite --to PATH, le fichier journal à écrire.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Il n&apos;y a pas de journal à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Run the same command again to copy the rest; nothing is copied twice.</source>
        <translation>qbmodctl&#xa0;: %1 Relancez la même commande pour copier le reste&#xa0;; rien n&apos;est copié deux fois.</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Envoi des exécutions hors ligne&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>JournalViewerDialog</name>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>Utilisateur agissant</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Non réglés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>In dialog</source>
        <translation>Dans la conversation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Moderation journal</source>
        <translation>Journal de modération</translation>
    </message>
    <message>
        <source>Runs since</source>
        <translation>Exécutions depuis</translation>
    </message>
    <message>
        <source>Acting user id</source>
        <translation>ID de l&apos;utilisateur agissant</translation>
    </message>
    <message>
        <source>Dialog id</source>
        <translation>ID de conversation</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Gone (checked later)</source>
        <translation>Disparu (vérifié ultérieurement)</translation>
    </message>
    <message>
        <source>Still present (checked later)</source>
        <translation>Toujours présent (vérifié ultérieurement)</translation>
    </message>
    <message>
        <source>Still a member (checked later)</source>
        <translation>Toujours membre (vérifié ultérieurement)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Ids of the run</source>
        <translation>ID de l&apos;exécution</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Evidence kept before a delete for everyone appears here.</source>
        <translation>Les preuves conservées avant une suppression pour tout le monde apparaissent ici.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(aucun profil)</translation>
    </message>
    <message>
        <source>removed a user from dialogs</source>
        <translation>a retiré un utilisateur de conversations</translation>
    </message>
    <message>
        <source>messages, for everyone</source>
        <translation>messages, pour tout le monde</translation>
    </message>
    <message>
        <source>messages, from one history</source>
        <translation>messages, d&apos;un historique</translation>
    </message>
    <message>
        <source>dialogs, for everyone</source>
        <translation>conversations, pour tout le monde</translation>
    </message>
    <message>
        <source>dialogs, from one list</source>
        <translation>conversations, d&apos;une liste</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Aucune exécution sélectionnée.</translation>
    </message>
    <message>
        <source>Run %1 on %2 (%3), %4. Reason: %5</source>
        <translation>Exécution %1 sur %2 (%3), %4. Motif&#xa0;: %5</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Dialog &quot;%1&quot; (owner %2), kept %3</source>
        <translation>Conversation «&#xa0;%1&#xa0;» (propriétaire %2), conservée le %3</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Incomplet&#xa0;: %1</translation>
    </message>
    <message>
        <source>No evidence was kept for this dialog.</source>
        <translation>Aucune preuve n&apos;a été conservée pour cette conversation.</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON with evidence (*.json)</source>
        <translation>CSV (*.csv);;JSON avec les preuves (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>removed %1 from dialogs</source>
        <translation>a retiré %1 de conversations</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>envoyé, pas encore de réponse</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>réglé</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>operator login</source>
        <translation>identifiant de l&apos;opérateur</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>en cours ou interrompue</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message numerus="yes">
        <source>qbmod journal, %n run(s), %1.csv</source>
        <translation>
            <numerusform>journal qbmod, %n exécution, %1.csv</numerusform>
            <numerusform>journal qbmod, %n exécutions, %1.csv</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialog name</source>
        <translation>Nom de la conversation</translation>
    </message>
    <message>
        <source>%1, chosen in the local index (%2)</source>
        <translation>%1, choisi dans l&apos;index local (%2)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>All moderators</source>
        <translation>Tous les modérateurs</translation>
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
        <translation>Le trousseau du système est indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ListingOptions</name>
    <message>
        <source>--json and --jsonl cannot be used together.</source>
        <translation>--json et --jsonl ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation>--limit et --all ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit attend un nombre entier d&apos;au moins 1.</translation>
    </message>
</context>
<context>
    <name>LoadAllBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n chargé</numerusform>
            <numerusform>%n chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check them now</source>
        <translation>Les vérifier maintenant</translation>
    </message>
    <message>
        <source>qbmod</source>
        <translation>qbmod</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Stop acting as this user</source>
        <translation>Cesser d&apos;agir au nom de cet utilisateur</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>&amp;Tout charger</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>&amp;Arrêter le chargement</translation>
    </message>
    <message>
        <source>&amp;Filter loaded dialogs</source>
        <translation>&amp;Filtrer les conversations chargées</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Delete for acting user</source>
        <translation>&amp;Supprimer pour l&apos;utilisateur agissant</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the acting user&apos;s list only (Del)</source>
        <translation>Retirer les conversations sélectionnées de la liste de l&apos;utilisateur agissant uniquement (Del)</translation>
    </message>
    <message>
        <source>Delete for &amp;everyone…</source>
        <translation>Supprimer pour t&amp;out le monde…</translation>
    </message>
    <message>
        <source>Delete the selected dialogs for all members; cannot be undone (Shift+Del)</source>
        <translation>Supprimer les conversations sélectionnées pour tous les membres&#xa0;; irréversible (Shift+Del)</translation>
    </message>
    <message>
        <source>Act as &amp;user…</source>
        <translation>Agir en tant qu&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <source>S&amp;top acting as user</source>
        <translation>&amp;Cesser d&apos;agir en tant qu&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Review users</source>
        <translation>&amp;Examiner les utilisateurs</translation>
    </message>
    <message>
        <source>Moderation &amp;journal…</source>
        <translation>&amp;Journal de modération…</translation>
    </message>
    <message>
        <source>&amp;About qbmod</source>
        <translation>À &amp;propos de qbmod</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Dialogs</source>
        <translation>&amp;Conversations</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Acting user</source>
        <translation>Utilisateur a&amp;gissant</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>A delete is running</source>
        <translation>Une suppression est en cours</translation>
    </message>
    <message>
        <source>Wait for the running delete to finish, or cancel it, before connecting elsewhere.</source>
        <translation>Attendez la fin de la suppression en cours, ou annulez-la, avant de vous connecter ailleurs.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>Choisissez un utilisateur agissant</translation>
    </message>
    <message>
        <source>Journal unavailable</source>
        <translation>Journal indisponible</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1</source>
        <translation>Le journal de modération n&apos;a pas pu être ouvert, donc rien ne peut être supprimé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier delete run(s) have dialogs whose fate is unknown (the program stopped, or an answer was lost). Check them on the server to settle the journal.</source>
        <translation>
            <numerusform>%n exécution de suppression précédente comporte des conversations au sort inconnu (le programme s&apos;est arrêté, ou une réponse a été perdue). Vérifiez-les sur le serveur pour régler le journal.</numerusform>
            <numerusform>%n exécutions de suppression précédentes comportent des conversations au sort inconnu (le programme s&apos;est arrêté, ou une réponse a été perdue). Vérifiez-les sur le serveur pour régler le journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checked %1: %2 gone, %3 still present.</source>
        <translation>%1 vérifiés&#xa0;: %2 disparus, %3 toujours présents.</translation>
    </message>
    <message numerus="yes">
        <source>%n got no clear answer.</source>
        <translation>
            <numerusform>%n n&apos;a pas obtenu de réponse claire.</numerusform>
            <numerusform>%n n&apos;ont pas obtenu de réponse claire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old evidence could not be pruned: %1</source>
        <translation>Les anciennes preuves n&apos;ont pas pu être purgées&#xa0;: %1</translation>
    </message>
    <message>
        <source>A delete is still running. Cancel it and quit? Dialogs already sent may still be deleted.</source>
        <translation>Une suppression est toujours en cours. L&apos;annuler et quitter&#xa0;? Les conversations déjà envoyées peuvent tout de même être supprimées.</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Dialogs page</source>
        <translation>Page des &amp;conversations</translation>
    </message>
    <message>
        <source>&amp;Users page</source>
        <translation>Page des &amp;utilisateurs</translation>
    </message>
    <message>
        <source>S&amp;weep: search messages, find campaigns</source>
        <translation>&amp;Balayage&#xa0;: rechercher des messages, trouver des campagnes</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf.</source>
        <translation>Vous agissez en tant que %1. Chaque action est effectuée en son nom.</translation>
    </message>
    <message>
        <source>With an API key and no acting user, QuickBlox removes dialogs for every member. Choose a user to act as (Acting user › Act as user…, Ctrl+U) to remove dialogs from that user&apos;s list only, or use Delete for everyone (Shift+Del).</source>
        <translation>Avec une API key et sans utilisateur agissant, QuickBlox supprime les conversations pour tous les membres. Choisissez un utilisateur au nom duquel agir (Utilisateur agissant › Agir au nom d&apos;un utilisateur…, Ctrl+U) pour retirer les conversations de la liste de cet utilisateur uniquement, ou utilisez Supprimer pour tout le monde (Shift+Del).</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf. This user is protected: deleting on their behalf needs an explicit override.</source>
        <translation>Vous agissez en tant que %1. Chaque action est effectuée en son nom. Cet utilisateur est protégé&#xa0;: supprimer en son nom nécessite d&apos;outrepasser explicitement la protection.</translation>
    </message>
    <message>
        <source>Protected users unknown</source>
        <translation>Utilisateurs protégés inconnus</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing can be deleted: %1</source>
        <translation>Les utilisateurs protégés ne peuvent pas être lus, donc rien ne peut être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Protected users not saved</source>
        <translation>Utilisateurs protégés non enregistrés</translation>
    </message>
    <message>
        <source>The team&apos;s protected users could not be changed: %1</source>
        <translation>Les utilisateurs protégés de l&apos;équipe n&apos;ont pas pu être modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Work &amp;offline when the team database cannot be reached</source>
        <translation>Travailler &amp;hors ligne si la base de données d&apos;équipe est injoignable</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1 To go ahead without the team database, choose Journal › Work offline.</source>
        <translation>Le journal de modération n&apos;a pas pu être ouvert, donc rien ne peut être supprimé&#xa0;: %1 Pour continuer sans la base de données d&apos;équipe, choisissez Journal › Travailler hors ligne.</translation>
    </message>
    <message>
        <source>Offline runs not uploaded</source>
        <translation>Exécutions hors ligne non envoyées</translation>
    </message>
    <message>
        <source>Some runs made offline could not be uploaded to the team database; they stay on this computer and are uploaded the next time the profile is opened. %1</source>
        <translation>Certaines exécutions effectuées hors ligne n&apos;ont pas pu être envoyées à la base de données d&apos;équipe&#xa0;; elles restent sur cet ordinateur et seront envoyées à la prochaine ouverture du profil. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline uploaded to the team database.</source>
        <translation>
            <numerusform>%n exécution effectuée hors ligne envoyée à la base de données d&apos;équipe.</numerusform>
            <numerusform>%n exécutions effectuées hors ligne envoyées à la base de données d&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Team database progress</source>
        <translation>Progression de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Journal not ready</source>
        <translation>Journal pas encore prêt</translation>
    </message>
    <message>
        <source>The team database is still being reached, so nothing can be deleted yet. Try again once the journal is ready, or cancel.</source>
        <translation>La connexion à la base de données d&apos;équipe est toujours en cours, donc rien ne peut encore être supprimé. Réessayez une fois le journal prêt, ou annulez.</translation>
    </message>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation>Connexion à la base de données d&apos;équipe %1…</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Envoi des exécutions hors ligne&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Stopping after the run being uploaded…</source>
        <translation>Arrêt après l&apos;exécution en cours d&apos;envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Upload cancelled: %n run(s) made offline uploaded.</source>
        <translation>
            <numerusform>Envoi annulé&#xa0;: %n exécution effectuée hors ligne envoyée.</numerusform>
            <numerusform>Envoi annulé&#xa0;: %n exécutions effectuées hors ligne envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline wait on this computer; they are uploaded the next time the team database is reached.</source>
        <translation>
            <numerusform>%n exécution effectuée hors ligne attend sur cet ordinateur&#xa0;; elle sera envoyée la prochaine fois que la base de données d&apos;équipe sera joignable.</numerusform>
            <numerusform>%n exécutions effectuées hors ligne attendent sur cet ordinateur&#xa0;; elles seront envoyées la prochaine fois que la base de données d&apos;équipe sera joignable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload them now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: working offline.</source>
        <translation>Connexion à la base de données d&apos;équipe annulée&#xa0;: travail hors ligne.</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: nothing can be deleted until it is reached.</source>
        <translation>Connexion à la base de données d&apos;équipe annulée&#xa0;: rien ne peut être supprimé tant qu&apos;elle n&apos;est pas joignable.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>%1 Working offline: runs are journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see them, and their ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>%1 Travail hors ligne&#xa0;: les exécutions sont consignées sur cet ordinateur et envoyées à la base de données d&apos;équipe dès qu&apos;elle est de nouveau joignable. D&apos;ici là, l&apos;équipe ne peut pas les voir et leurs ID ne sont pas réservés&#xa0;: un collègue peut agir sur les mêmes ID au même moment.</translation>
    </message>
</context>
<context>
    <name>MemberRemovalEngine</name>
    <message numerus="yes">
        <source>%n not a member</source>
        <translation>
            <numerusform>%n non membre</numerusform>
            <numerusform>%n non membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n non autorisé</numerusform>
            <numerusform>%n non autorisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n introuvable</numerusform>
            <numerusform>%n introuvables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been removed)</source>
        <translation>
            <numerusform>%n inconnu (pas de réponse&#xa0;; peut-être retiré)</numerusform>
            <numerusform>%n inconnus (pas de réponse&#xa0;; peut-être retirés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n non tenté</numerusform>
            <numerusform>%n non tentés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %1 of %n dialog(s).</source>
        <translation>
            <numerusform>Retiré de %1 conversation sur %n.</numerusform>
            <numerusform>Retiré de %1 conversations sur %n.</numerusform>
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
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
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
        <translation>Uniquement les &amp;messages de cet utilisateur</translation>
    </message>
    <message>
        <source>Load more messages</source>
        <translation>Charger plus de messages</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Message sélectionné</translation>
    </message>
    <message>
        <source>Could not load messages: %1</source>
        <translation>Impossible de charger les messages&#xa0;: %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>De %1, %2</translation>
    </message>
    <message>
        <source>Attachments (not downloaded): %1</source>
        <translation>Pièces jointes (non téléchargées)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a dialog to read its messages.</source>
        <translation>Choisissez une conversation pour en lire les messages.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Chargement des messages…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) loaded</source>
        <translation>
            <numerusform>%n message chargé</numerusform>
            <numerusform>%n messages chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>Load all messages</source>
        <translation>Charger tous les messages</translation>
    </message>
    <message>
        <source>Loaded the first %1 messages: the console holds at most %2. List them all with qbmodctl messages list --all --jsonl.</source>
        <translation>Les %1 premiers messages ont été chargés&#xa0;: la console en contient au plus %2. Listez-les tous avec qbmodctl messages list --all --jsonl.</translation>
    </message>
</context>
<context>
    <name>MessagesListCommand</name>
    <message>
        <source>messages list takes exactly one dialog id.</source>
        <translation>messages list accepte exactement un ID de conversation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de conversation (24 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender nécessite un ID d&apos;utilisateur (un nombre positif).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVOYÉ</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>EXPÉDITEUR</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>ATTACHMENTS</source>
        <translation>PIÈCES JOINTES</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationGuard</name>
    <message>
        <source>&quot;%1&quot; is not a user id (a positive number).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;utilisateur (un nombre positif).</translation>
    </message>
    <message>
        <source>Deleting for everyone needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>La suppression pour tout le monde nécessite un motif (--reason TEXT)&#xa0;; il est conservé dans le journal.</translation>
    </message>
    <message>
        <source>Acting for user %1 needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Agir au nom de l&apos;utilisateur %1 nécessite un motif (--reason TEXT)&#xa0;; il est conservé dans le journal.</translation>
    </message>
    <message>
        <source>User %1 is protected: nothing is done on their behalf without --override-protection.</source>
        <translation>L&apos;utilisateur %1 est protégé&#xa0;: rien n&apos;est fait en son nom sans --override-protection.</translation>
    </message>
</context>
<context>
    <name>ModerationRun</name>
    <message>
        <source>There is nothing to do.</source>
        <translation>Il n&apos;y a rien à faire.</translation>
    </message>
    <message>
        <source>A reason is required: with an API key and no acting user this deletes for everyone.</source>
        <translation>Un motif est requis&#xa0;: avec une API key et sans utilisateur agissant, ceci supprime pour tout le monde.</translation>
    </message>
    <message>
        <source>A reason is required for this action.</source>
        <translation>Un motif est requis pour cette action.</translation>
    </message>
    <message>
        <source>User %1 is protected: acting for them needs the protection overridden.</source>
        <translation>L&apos;utilisateur %1 est protégé&#xa0;: agir en son nom nécessite d&apos;outrepasser la protection.</translation>
    </message>
    <message>
        <source>User %1 is protected: removing them needs the protection overridden.</source>
        <translation>L&apos;utilisateur %1 est protégé&#xa0;: le retirer nécessite d&apos;outrepasser la protection.</translation>
    </message>
    <message>
        <source>No journal is open, so nothing is sent.</source>
        <translation>Aucun journal n&apos;est ouvert, donc rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>owned by protected user %1</source>
        <translation>appartient à l&apos;utilisateur protégé %1</translation>
    </message>
    <message>
        <source>its owner could not be read for the protection check (%1)</source>
        <translation>son propriétaire n&apos;a pas pu être lu pour la vérification de protection (%1)</translation>
    </message>
    <message>
        <source>its evidence could not be saved (%1)</source>
        <translation>ses preuves n&apos;ont pas pu être enregistrées (%1)</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing was sent: %1</source>
        <translation>Le journal n&apos;a pas pu être écrit, donc rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The evidence could not be written to the journal, so nothing was sent: %1</source>
        <translation>Les preuves n&apos;ont pas pu être écrites dans le journal, donc rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal could not record what was about to be sent (%1), so the run stopped: nothing more was sent, and what had not been sent is marked not attempted.</source>
        <translation>Le journal n&apos;a pas pu consigner ce qui allait être envoyé (%1), donc l&apos;exécution s&apos;est arrêtée&#xa0;: rien d&apos;autre n&apos;a été envoyé, et ce qui ne l&apos;avait pas été est marqué non tenté.</translation>
    </message>
    <message>
        <source>The journal could not record the server&apos;s answers (%1), so the run stopped. Ids already sent stay in doubt in the journal until reconciled.</source>
        <translation>Le journal n&apos;a pas pu consigner les réponses du serveur (%1), donc l&apos;exécution s&apos;est arrêtée. Les ids déjà envoyés restent incertains dans le journal jusqu&apos;au rapprochement.</translation>
    </message>
    <message>
        <source>The journal could not record the end of the run (%1); it will show as interrupted until reconciled.</source>
        <translation>Le journal n&apos;a pas pu consigner la fin de l&apos;exécution (%1)&#xa0;; elle apparaîtra comme interrompue jusqu&apos;au rapprochement.</translation>
    </message>
    <message>
        <source>not a member any more when checked before the run</source>
        <translation>n&apos;était plus membre lors de la vérification avant l&apos;exécution</translation>
    </message>
    <message>
        <source>already gone when checked before the run</source>
        <translation>avait déjà disparu lors de la vérification avant l&apos;exécution</translation>
    </message>
    <message>
        <source>could not be checked with the server before the run (%1)</source>
        <translation>n&apos;a pas pu être vérifié auprès du serveur avant l&apos;exécution (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 répondus</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing is done: %1</source>
        <translation>Les utilisateurs protégés ne peuvent pas être lus, donc rien n&apos;est fait&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ModerationSettingsDialog</name>
    <message>
        <source>&amp;Keep evidence before deleting for everyone</source>
        <translation>&amp;Conserver des preuves avant de supprimer pour tout le monde</translation>
    </message>
    <message>
        <source>Require a reason to delete for &amp;everyone</source>
        <translation>Exiger un motif pour supprimer pour &amp;tout le monde</translation>
    </message>
    <message>
        <source>Require a reason to act on &amp;behalf of a user</source>
        <translation>Exiger un motif pour agir au &amp;nom d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Each dialog and its latest messages are saved in the journal before it is deleted for everyone.</source>
        <translation>Chaque conversation et ses derniers messages sont conservés dans le journal avant sa suppression pour tout le monde.</translation>
    </message>
    <message>
        <source>&amp;Delete evidence older than N days (0 = keep):</source>
        <translation>&amp;Supprimer les preuves de plus de N jours (0 = conserver)&#xa0;:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Protected users</source>
        <translation>Utilisateurs protégés</translation>
    </message>
    <message>
        <source>Their dialogs are not deleted for everyone and nothing is deleted on their behalf unless you override the protection, which the journal records.</source>
        <translation>Leurs conversations ne sont pas supprimées pour tout le monde et rien n&apos;est supprimé en leur nom, sauf si vous outrepassez la protection, ce que le journal consigne.</translation>
    </message>
    <message>
        <source>Protected user ids</source>
        <translation>ID des utilisateurs protégés</translation>
    </message>
    <message>
        <source>User ids, separated by commas</source>
        <translation>ID d&apos;utilisateur, séparés par des virgules</translation>
    </message>
    <message>
        <source>User &amp;ids:</source>
        <translation>&amp;ID d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Protected users: %1 Nothing was saved.</source>
        <translation>Utilisateurs protégés&#xa0;: %1 Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language of the console:</source>
        <translation>&amp;Langue de la console :</translation>
    </message>
    <message>
        <source>Takes effect when qbmod starts again.</source>
        <translation>Prend effet au prochain démarrage de qbmod.</translation>
    </message>
    <message>
        <source>&amp;Why (kept with the change):</source>
        <translation>&amp;Motif (consigné avec la modification)&#xa0;:</translation>
    </message>
    <message>
        <source>The team&apos;s protected users cannot be read from %1, so nothing can be deleted until they can: %2</source>
        <translation>Les utilisateurs protégés de l&apos;équipe ne peuvent pas être lus depuis %1, donc rien ne peut être supprimé tant qu&apos;ils ne peuvent pas l&apos;être&#xa0;: %2</translation>
    </message>
    <message>
        <source>Shared by the whole team in %1: every moderator&apos;s console and qbmodctl use this list. Each change is recorded there with your database user, and a removal too.</source>
        <translation>Partagée par toute l&apos;équipe dans %1&#xa0;: la console de chaque modérateur et qbmodctl utilisent cette liste. Chaque modification, y compris un retrait, y est consignée avec votre utilisateur de la base.</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>Travail hors ligne&#xa0;: cette exécution est consignée sur cet ordinateur et envoyée à la base de données d&apos;équipe dès qu&apos;elle est de nouveau joignable. D&apos;ici là, l&apos;équipe ne peut pas la voir et ses ID ne sont pas réservés&#xa0;: un collègue peut agir sur les mêmes ID au même moment.</translation>
    </message>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time. Protected users as read from the team database at %1.</source>
        <translation>Travail hors ligne&#xa0;: cette exécution est consignée sur cet ordinateur et envoyée à la base de données d&apos;équipe dès qu&apos;elle est de nouveau joignable. D&apos;ici là, l&apos;équipe ne peut pas la voir et ses ID ne sont pas réservés&#xa0;: un collègue peut agir sur les mêmes ID au même moment. Utilisateurs protégés tels que lus depuis la base de données d&apos;équipe le %1.</translation>
    </message>
    <message>
        <source>Protected users as read from the team database at %1.</source>
        <translation>Utilisateurs protégés tels que lus depuis la base de données d&apos;équipe le %1.</translation>
    </message>
</context>
<context>
    <name>PostgresIndexEngine</name>
    <message>
        <source>Cannot take this application&apos;s index in the team database: %1</source>
        <translation>Impossible de verrouiller l&apos;index de cette application dans la base de données d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another update of this application&apos;s index is under way in the team database.</source>
        <translation>Une autre mise à jour de l&apos;index de cette application est déjà en cours dans la base de données d&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>PostgresStoreEngine</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL pour Qt n&apos;est pas installé (libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: %2</source>
        <translation>Impossible de joindre la base de données d&apos;équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot mark the run as live in the team database: %1</source>
        <translation>Impossible de marquer l&apos;exécution comme active dans la base de données d&apos;équipe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
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
        <translation>L&apos;ID de profil «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Les paramètres n&apos;ont pas pu être écrits dans %1.</translation>
    </message>
    <message>
        <source>The rate limit must be from 0 (learn it from the server) to %1 requests per second.</source>
        <translation>La limite de débit doit être comprise entre 0 (déduite du serveur) et %1 requêtes par seconde.</translation>
    </message>
</context>
<context>
    <name>ProtectedCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>protected %1 needs one or more user ids.</source>
        <translation>protected %1 nécessite un ou plusieurs ID d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DEPUIS</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>MOTIF</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) protected for the whole team; %1 already were.</source>
        <translation>
            <numerusform>%n utilisateur protégé pour toute l&apos;équipe&#xa0;; %1 l&apos;étaient déjà.</numerusform>
            <numerusform>%n utilisateurs protégés pour toute l&apos;équipe&#xa0;; %1 l&apos;étaient déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) no longer protected for the team; %1 were not protected.</source>
        <translation>
            <numerusform>%n utilisateur n&apos;est plus protégé pour l&apos;équipe&#xa0;; %1 n&apos;étaient pas protégés.</numerusform>
            <numerusform>%n utilisateurs ne sont plus protégés pour l&apos;équipe&#xa0;; %1 n&apos;étaient pas protégés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console&apos;s settings cannot be opened. Nothing was changed.</source>
        <translation>Les paramètres de la console ne peuvent pas être ouverts. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The console&apos;s settings could not be written. Nothing was changed.</source>
        <translation>Les paramètres de la console n&apos;ont pas pu être écrits. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Protected users on this computer: %1</source>
        <translation>Utilisateurs protégés sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No user is protected on this computer.</source>
        <translation>Aucun utilisateur n&apos;est protégé sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>run %1 was made against %2; connect there to check it</source>
        <translation>l&apos;exécution %1 a été effectuée sur %2&#xa0;; connectez-vous-y pour la vérifier</translation>
    </message>
    <message>
        <source>run %1 removed a user whom the journal does not name (it was written by an older version); reconcile cannot check it</source>
        <translation>l&apos;exécution %1 a retiré un utilisateur que le journal ne nomme pas (il a été écrit par une version antérieure)&#xa0;; le rapprochement ne peut pas la vérifier</translation>
    </message>
    <message>
        <source>run %1 acted for user %2; checking it needs an API key</source>
        <translation>l&apos;exécution %1 a agi au nom de l&apos;utilisateur %2&#xa0;; sa vérification nécessite une API key</translation>
    </message>
    <message>
        <source>run %1 was made by the operator %2; sign in as %2 to check it</source>
        <translation>l&apos;exécution %1 a été effectuée par l&apos;opérateur %2&#xa0;; connectez-vous en tant que %2 pour la vérifier</translation>
    </message>
    <message>
        <source>run %1 was made with an API key; checking it needs one</source>
        <translation>l&apos;exécution %1 a été effectuée avec une API key&#xa0;; sa vérification en nécessite une</translation>
    </message>
    <message numerus="yes">
        <source>run %1 has %n message(s) journalled without their dialog, which reconcile cannot look up</source>
        <translation>
            <numerusform>l&apos;exécution %1 a %n message journalisé sans sa conversation, que le rapprochement ne peut pas consulter</numerusform>
            <numerusform>l&apos;exécution %1 a %n messages journalisés sans leur conversation, que le rapprochement ne peut pas consulter</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1 is still being executed (process %2 on %3); it is left alone</source>
        <translation>l&apos;exécution %1 est toujours en cours (processus %2 sur %3)&#xa0;; elle est laissée telle quelle</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Supprimée pour tout le monde&#xa0;: %1 sur %n conversation.</numerusform>
            <numerusform>Supprimées pour tout le monde&#xa0;: %1 sur %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the history of %2.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Retiré de l&apos;historique de %2&#xa0;: %1 sur %n message.</numerusform>
            <numerusform>Retirés de l&apos;historique de %2&#xa0;: %1 sur %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Supprimée pour tout le monde&#xa0;: %1 sur %n conversation.</numerusform>
            <numerusform>Supprimées pour tout le monde&#xa0;: %1 sur %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the list of %2.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Retirée de la liste de %2&#xa0;: %1 sur %n conversation.</numerusform>
            <numerusform>Retirées de la liste de %2&#xa0;: %1 sur %n conversations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 doit être un nombre entier de %2 à %3, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>--%1 doit être un nombre de 0 à 1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A local stand-in for the QuickBlox REST API with a generated demo community. Prints the connection information as one line of JSON, then serves until interrupted.</source>
        <translation>Un substitut local de l&apos;API REST de QuickBlox avec une communauté de démonstration générée. Affiche les informations de connexion sur une ligne de JSON, puis sert les requêtes jusqu&apos;à interruption.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port d&apos;écoute&#xa0;; 0 en choisit un libre.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default %1).</source>
        <translation>Adresse d&apos;écoute (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Number of demo dialogs (default %1).</source>
        <translation>Nombre de conversations de démonstration (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Seed of the demo community and of the faults (default %1).</source>
        <translation>Graine de la communauté de démonstration et des pannes simulées (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Delay added to every answer, in milliseconds.</source>
        <translation>Délai ajouté à chaque réponse, en millisecondes.</translation>
    </message>
    <message>
        <source>Answer 429 above N requests per second; 0 turns it off.</source>
        <translation>Répondre 429 au-delà de N requêtes par seconde&#xa0;; 0 le désactive.</translation>
    </message>
    <message>
        <source>Send Retry-After with 429 answers (none by default).</source>
        <translation>Envoyer Retry-After avec les réponses 429 (aucun par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Share of requests answered 500 without being applied.</source>
        <translation>Proportion de requêtes répondues par 500 sans être appliquées.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Share of requests applied but whose answer is lost (connection closed).</source>
        <translation>Proportion de requêtes appliquées dont la réponse est perdue (connexion fermée).</translation>
    </message>
    <message>
        <source>Seconds a session lives after its last use (default %1).</source>
        <translation>Durée de vie d&apos;une session, en secondes, après sa dernière utilisation (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--bind must be an IP address, not &quot;%1&quot;.</source>
        <translation>--bind doit être une adresse IP, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Derive the application keys and passwords from the seed, the same every start, instead of fresh random ones. For tests only.</source>
        <translation>Dériver les clés et mots de passe de l&apos;application de la graine, identiques à chaque démarrage, au lieu d&apos;en générer de nouveaux au hasard. Pour les tests uniquement.</translation>
    </message>
    <message>
        <source>qbmod-sandbox: WARNING: listening on %1, which other computers can reach. Anyone who reaches it can sign in with the credentials below and read or delete its data. Use --bind 127.0.0.1 unless you mean it.</source>
        <translation>qbmod-sandbox : AVERTISSEMENT : écoute sur %1, accessible depuis d&apos;autres ordinateurs. Quiconque y accède peut se connecter avec les identifiants ci-dessous et lire ou supprimer les données du sandbox. Utilisez --bind 127.0.0.1, sauf si c&apos;est voulu.</translation>
    </message>
    <message>
        <source>Share of requests applied and then answered with --after-act-status, as a gateway that timed out.</source>
        <translation>Part des requêtes appliquées puis répondues avec --after-act-status, comme une passerelle ayant expiré.</translation>
    </message>
    <message>
        <source>The status for --after-act-rate (default %1).</source>
        <translation>Le statut pour --after-act-rate (%1 par défaut).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Delay each answer by a seeded random 0 to MS more, so that answers come back in an order the seed decides.</source>
        <translation>Retarde chaque réponse d&apos;un délai aléatoire amorcé de 0 à MS supplémentaires, afin que les réponses reviennent dans un ordre décidé par l&apos;amorce.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Messages in every dialog that has any (default: a mix of 1 to 40).</source>
        <translation>Messages dans chaque conversation qui en contient (par défaut&#xa0;: un mélange de 1 à 40).</translation>
    </message>
    <message>
        <source>Spam waves: a few accounts post one link into many groups within hours (default %1).</source>
        <translation>Vagues de spam&#xa0;: quelques comptes publient un même lien dans de nombreux groupes en quelques heures (%1 par défaut).</translation>
    </message>
    <message>
        <source>Users in the community, moderators included (default: 303).</source>
        <translation>Utilisateurs de la communauté, modérateurs compris (par défaut&#xa0;: 303).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Le sandbox est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on port %1.</source>
        <translation>Impossible de servir HTTP sur le port %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Indiquez soit --json, soit --jsonl.</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender attend un id d&apos;utilisateur (un nombre positif).</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--%1 attend une date comme 2025-05-01 ou 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--type takes public, group, private (or 1, 2, 3), comma-separated; not &quot;%1&quot;.</source>
        <translation>--type accepte public, group, private (ou 1, 2, 3), séparés par des virgules&#xa0;; pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit attend un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>search needs a text, or a filter such as --sender or --has-link.</source>
        <translation>search attend un texte, ou un filtre comme --sender ou --has-link.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVOYÉ</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>CONVERSATION</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>EXPÉDITEUR</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>ID DU MESSAGE</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>ID DE LA CONVERSATION</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBRES</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>%n nom de conversation correspond.</numerusform>
            <numerusform>%n noms de conversation correspondent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match.</source>
        <translation>
            <numerusform>%n nom d&apos;utilisateur correspond.</numerusform>
            <numerusform>%n noms d&apos;utilisateur correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the local index, not the server: what is acted on is checked there first.</source>
        <translation>Issu de l&apos;index local, pas du serveur&#xa0;: ce sur quoi on agit y est d&apos;abord vérifié.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--min-dialogs needs a whole number of at least 2.</source>
        <translation>--min-dialogs attend un nombre entier d&apos;au moins 2.</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within attend une durée comme 24h, 90m ou 2d.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since attend une date comme 2025-05-01 ou 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>CONVERSATIONS</translation>
    </message>
    <message>
        <source>SENDERS</source>
        <translation>EXPÉDITEURS</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>PREMIÈRE APPARITION</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>DERNIÈRE APPARITION</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n campagne.</numerusform>
            <numerusform>%n campagnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAIGN</translation>
    </message>
    <message>
        <source>Act on one with --campaign CAMPAIGN and --delete-dialogs or --remove-sender USER_ID.</source>
        <translation>Agissez sur l&apos;une d&apos;elles avec --campaign CAMPAIGN et --delete-dialogs ou --remove-sender USER_ID.</translation>
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
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>team database password</source>
        <translation>mot de passe de la base de données d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>SelectionsCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Indiquez soit --json, soit --jsonl.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>selections %1 needs the name of one selection.</source>
        <translation>selections %1 attend le nom d&apos;une sélection.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation>Pas encore d&apos;index&#xa0;; lancez qbmodctl index update.</translation>
    </message>
    <message>
        <source>No saved selection &quot;%1&quot; in the index; &quot;qbmodctl selections list&quot; lists them.</source>
        <translation>Aucune sélection enregistrée «&#xa0;%1&#xa0;» dans l&apos;index&#xa0;; «&#xa0;qbmodctl selections list&#xa0;» les liste.</translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>Sélection «&#xa0;%1&#xa0;» (%2)&#xa0;: %n conversation dans l&apos;index actuellement.</numerusform>
            <numerusform>Sélection «&#xa0;%1&#xa0;» (%2)&#xa0;: %n conversations dans l&apos;index actuellement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n message(s) in the index now.</source>
        <translation>
            <numerusform>Sélection «&#xa0;%1&#xa0;» (%2)&#xa0;: %n message dans l&apos;index actuellement.</numerusform>
            <numerusform>Sélection «&#xa0;%1&#xa0;» (%2)&#xa0;: %n messages dans l&apos;index actuellement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Ils se trouvent dans %n conversation.</numerusform>
            <numerusform>Ils se trouvent dans %n conversations.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>GENRE</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>CONVERSATIONS</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MESSAGES</translation>
    </message>
    <message>
        <source>SELECTS</source>
        <translation>CRITÈRE</translation>
    </message>
    <message numerus="yes">
        <source>%n saved selection(s), counted in the index now.</source>
        <translation>
            <numerusform>%n sélection enregistrée, comptée dans l&apos;index actuel.</numerusform>
            <numerusform>%n sélections enregistrées, comptées dans l&apos;index actuel.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Une sélection doit avoir un nom.</translation>
    </message>
    <message>
        <source>selections save needs exactly one of --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (with its filters) or --campaign CAMPAIGN.</source>
        <translation>selections save attend exactement une option parmi --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (avec ses filtres) ou --campaign CAMPAIGN.</translation>
    </message>
    <message>
        <source>--within is for --campaign.</source>
        <translation>--within ne s&apos;applique qu&apos;à --campaign.</translation>
    </message>
    <message>
        <source>--inactive needs a number of days from 1 to 3650.</source>
        <translation>--inactive attend un nombre de jours de 1 à 3650.</translation>
    </message>
    <message>
        <source>--owner needs a user id (a positive number).</source>
        <translation>--owner attend un id d&apos;utilisateur (un nombre positif).</translation>
    </message>
    <message>
        <source>--campaign needs a campaign as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>--campaign attend une campagne telle que «&#xa0;qbmodctl campaigns&#xa0;» la liste.</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within attend une durée comme 24h, 90m ou 2d.</translation>
    </message>
    <message>
        <source>No campaign %1 in the index; &quot;qbmodctl campaigns&quot; lists them. Nothing was saved.</source>
        <translation>Aucune campagne %1 dans l&apos;index&#xa0;; «&#xa0;qbmodctl campaigns&#xa0;» les liste. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replaced the saved selection &quot;%1&quot;.</source>
        <translation>La sélection enregistrée «&#xa0;%1&#xa0;» a été remplacée.</translation>
    </message>
    <message>
        <source>Saved the selection &quot;%1&quot;.</source>
        <translation>La sélection «&#xa0;%1&#xa0;» a été enregistrée.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVOYÉ</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>CONVERSATION</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>EXPÉDITEUR</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>ID DU MESSAGE</translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>ID DE LA CONVERSATION</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPRIÉTAIRE</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBRES</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>DERNIER MESSAGE</translation>
    </message>
    <message>
        <source>Act on it with selections run %1 and --delete-dialogs or --remove-sender USER_ID; each item is checked with the server first.</source>
        <translation>Agissez dessus avec selections run %1 et --delete-dialogs ou --remove-sender USER_ID&#xa0;; chaque élément est d&apos;abord vérifié auprès du serveur.</translation>
    </message>
    <message>
        <source>qbmodctl: the selection could not be deleted from the index.</source>
        <translation>qbmodctl&#xa0;: la sélection n&apos;a pas pu être supprimée de l&apos;index.</translation>
    </message>
    <message>
        <source>Deleted the saved selection &quot;%1&quot;; the index and the server are unchanged.</source>
        <translation>La sélection enregistrée «&#xa0;%1&#xa0;» a été supprimée&#xa0;; l&apos;index et le serveur sont inchangés.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>Dans un tableau</translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation>Se déplacer entre les lignes</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Up, Down, Page Up, Page Down, Home, End</translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation>Ajouter à la sélection ou en retirer</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Étendre la sélection</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Shift+Up, Shift+Down</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>Quitter le tableau</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Context menu: review owner, act as owner, copy id, show in journal</source>
        <translation>Menu contextuel&#xa0;: examiner le propriétaire, agir en tant que propriétaire, copier l&apos;id, afficher dans le journal</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Shift+F10</translation>
    </message>
    <message>
        <source>In the delete confirmation</source>
        <translation>Dans la confirmation de suppression</translation>
    </message>
    <message>
        <source>Next field: reason, count, override, the action</source>
        <translation>Champ suivant&#xa0;: motif, nombre, outrepasser, l&apos;action</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Act, once everything required is filled in</source>
        <translation>Agir, une fois tous les champs requis remplis</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Recent reasons</source>
        <translation>Motifs récents</translation>
    </message>
    <message>
        <source>Down, in the reason</source>
        <translation>Down, dans le motif</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Le pilote SQLite de Qt n&apos;est pas installé, il n&apos;y a donc pas d&apos;index local.</translation>
    </message>
    <message>
        <source>SQLite could not open a database: %1</source>
        <translation>SQLite n&apos;a pas pu ouvrir une base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The SQLite that Qt uses here was built without full-text search (FTS5), so the local index and search are not available: %1</source>
        <translation>Le SQLite utilisé ici par Qt a été compilé sans recherche plein texte (FTS5), l&apos;index local et la recherche ne sont donc pas disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create the index %1: %2</source>
        <translation>Impossible de créer l&apos;index %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the index %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;index %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Index error: %1</source>
        <translation>Erreur d&apos;index&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another update of this index is under way (%1).</source>
        <translation>Une autre mise à jour de cet index est déjà en cours (%1).</translation>
    </message>
</context>
<context>
    <name>SqliteStoreEngine</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1.</source>
        <translation>Impossible de créer le journal %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Le pilote SQLite pour Qt n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Impossible d&apos;ouvrir le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation>Erreur du journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot mark the run as live: the lock file %1 cannot be written.</source>
        <translation>Impossible de marquer l&apos;exécution comme active&#xa0;: le fichier de verrou %1 ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store must be a URL like postgres://user@host:5432/qbmod.</source>
        <translation>Le stockage doit être une URL comme postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>The store URL must not hold a password: give it in QBMOD_STORE_PASSWORD or the profile&apos;s keychain entry.</source>
        <translation>L&apos;URL de stockage ne doit pas contenir de mot de passe&#xa0;: indiquez-le dans QBMOD_STORE_PASSWORD ou dans l&apos;entrée du trousseau du profil.</translation>
    </message>
    <message>
        <source>The store URL has an unknown setting: %1=%2.</source>
        <translation>L&apos;URL de stockage contient un paramètre inconnu&#xa0;: %1=%2.</translation>
    </message>
    <message>
        <source>The store URL needs a user, a host and a database: postgres://user@host:5432/qbmod.</source>
        <translation>L&apos;URL de stockage doit comporter un utilisateur, un hôte et une base de données&#xa0;: postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>No journal file is set.</source>
        <translation>Aucun fichier de journal n&apos;est défini.</translation>
    </message>
    <message>
        <source>A team database needs a host, a database and a user.</source>
        <translation>Une base de données d&apos;équipe doit avoir un hôte, une base de données et un utilisateur.</translation>
    </message>
    <message>
        <source>The team database&apos;s port must be between 1 and 65535.</source>
        <translation>Le port de la base de données d&apos;équipe doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Unknown TLS mode %1.</source>
        <translation>Mode TLS inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The team database %1 is not on this computer: it is reached only with TLS that checks its certificate and name (sslmode=verify-full).</source>
        <translation>La base de données d&apos;équipe %1 n&apos;est pas sur cet ordinateur&#xa0;: elle n&apos;est accessible qu&apos;avec un TLS qui vérifie son certificat et son nom (sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>SweepActCommand</name>
    <message>
        <source>--remove-sender needs the id of the user to remove (a positive number).</source>
        <translation>--remove-sender nécessite l&apos;ID de l&apos;utilisateur à retirer (un nombre positif).</translation>
    </message>
    <message>
        <source>Give either --delete-dialogs or --remove-sender, not both.</source>
        <translation>Indiquez soit --delete-dialogs, soit --remove-sender, pas les deux.</translation>
    </message>
    <message>
        <source>--force is for --delete-dialogs.</source>
        <translation>--force ne s&apos;applique qu&apos;à --delete-dialogs.</translation>
    </message>
    <message>
        <source>Acting on campaigns needs one: --campaign CAMPAIGN, as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>Agir sur des campagnes nécessite d&apos;en indiquer une&#xa0;: --campaign CAMPAIGN, telle que «&#xa0;qbmodctl campaigns&#xa0;» la liste.</translation>
    </message>
    <message>
        <source>No campaign %1 with these options in the index. Nothing was sent.</source>
        <translation>Aucune campagne %1 avec ces options dans l&apos;index. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Found in the local index; each is checked with the server first.</source>
        <translation>Trouvé dans l&apos;index local&#xa0;; chaque élément est d&apos;abord vérifié auprès du serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s).</source>
        <translation>
            <numerusform>Retirer %1 de %n conversation.</numerusform>
            <numerusform>Retirer %1 de %n conversations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuer&#xa0;? [y/N] </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the acting user&apos;s list only; the other members keep them.</source>
        <translation>
            <numerusform>Retirer %n conversation de la liste de l&apos;utilisateur agissant uniquement&#xa0;; les autres membres la conservent.</numerusform>
            <numerusform>Retirer %n conversations de la liste de l&apos;utilisateur agissant uniquement&#xa0;; les autres membres les conservent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n conversation pour tout le monde, avec tous ses messages. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n conversations pour tout le monde, avec tous leurs messages. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>Avec une API key et sans --on-behalf-of, QuickBlox supprime pour tous les membres.</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Tapez %1 pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Personne n&apos;a été retiré.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>selections run needs the name of one selection.</source>
        <translation>selections run attend le nom d&apos;une sélection.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update. Nothing was sent.</source>
        <translation>Pas encore d&apos;index&#xa0;; lancez qbmodctl index update. Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>SweepCrawler</name>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Listing dialogs</source>
        <translation>Liste des conversations</translation>
    </message>
    <message>
        <source>Reading messages</source>
        <translation>Lecture des messages</translation>
    </message>
    <message>
        <source>Looking up users</source>
        <translation>Recherche des utilisateurs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>SweepIndex</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Index error</source>
        <translation>Erreur d&apos;index</translation>
    </message>
    <message>
        <source>The index %1 was written by a newer qbmod (schema %2); forget it or use that version.</source>
        <translation>L&apos;index %1 a été écrit par une version plus récente de qbmod (schéma %2)&#xa0;; oubliez-le ou utilisez cette version.</translation>
    </message>
    <message>
        <source>Messages per dialog must be from 1 to 100000.</source>
        <translation>Le nombre de messages par conversation doit être compris entre 1 et 100000.</translation>
    </message>
    <message>
        <source>The retention must be from 1 to 3650 days.</source>
        <translation>La rétention doit être comprise entre 1 et 3650 jours.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>the file stays</source>
        <translation>le fichier est conservé</translation>
    </message>
    <message>
        <source>The index in a team database needs to know its application.</source>
        <translation>L&apos;index dans une base de données d&apos;équipe doit connaître son application.</translation>
    </message>
    <message>
        <source>%1 is not an index</source>
        <translation>%1 n&apos;est pas un index</translation>
    </message>
    <message>
        <source>The team database %1 has no Sweep index of schema %2 yet, and this role cannot create it: open it once as its owner. (%3)</source>
        <translation>La base de données d&apos;équipe %1 n&apos;a pas encore d&apos;index de balayage du schéma %2, et ce rôle ne peut pas le créer&#xa0;: ouvrez-la une fois en tant que son propriétaire. (%3)</translation>
    </message>
    <message>
        <source>The index is not open.</source>
        <translation>L&apos;index n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>SweepPage</name>
    <message>
        <source>&amp;Update index</source>
        <translation>&amp;Mettre à jour l&apos;index</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Forget this app&apos;s index…</source>
        <translation>&amp;Oublier l&apos;index de cette application…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Has a link</source>
        <translation>Contient un lien</translation>
    </message>
    <message>
        <source>Has an attachment</source>
        <translation>Contient une pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find &amp;campaigns</source>
        <translation>Trouver des &amp;campagnes</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Save &amp;as selection…</source>
        <translation>Enregistrer comme sé&amp;lection…</translation>
    </message>
    <message>
        <source>&amp;New selection</source>
        <translation>&amp;Nouvelle sélection</translation>
    </message>
    <message>
        <source>Show its &amp;messages</source>
        <translation>Afficher ses m&amp;essages</translation>
    </message>
    <message>
        <source>Open &amp;dialog</source>
        <translation>Ouvrir la con&amp;versation</translation>
    </message>
    <message>
        <source>Review s&amp;ender</source>
        <translation>Examiner l&apos;expé&amp;diteur</translation>
    </message>
    <message>
        <source>Index update progress</source>
        <translation>Progression de la mise à jour de l&apos;index</translation>
    </message>
    <message>
        <source>Phrase in messages, dialog or user names; end with * for a prefix</source>
        <translation>Expression dans les messages, les noms de conversation ou d&apos;utilisateur&#xa0;; terminez par * pour un préfixe</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Id de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>in at least </source>
        <translation>dans au moins </translation>
    </message>
    <message>
        <source> dialogs</source>
        <translation> conversations</translation>
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
        <translation>Même texte</translation>
    </message>
    <message>
        <source>Saved selections:</source>
        <translation>Sélections enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Résultats du balayage</translation>
    </message>
    <message>
        <source>Results come from the local index, not from the server: anything acted on is checked with the server first.</source>
        <translation>Les résultats proviennent de l&apos;index local, pas du serveur&#xa0;: tout ce sur quoi on agit est d&apos;abord vérifié auprès du serveur.</translation>
    </message>
    <message>
        <source>Forget this app&apos;s index</source>
        <translation>Oublier l&apos;index de cette application</translation>
    </message>
    <message>
        <source>Delete the local index of this application? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>Supprimer l&apos;index local de cette application&#xa0;? Les recherches nécessiteront ensuite une nouvelle collecte&#xa0;; rien ne change sur le serveur.</translation>
    </message>
    <message>
        <source>Save as selection</source>
        <translation>Enregistrer comme sélection</translation>
    </message>
    <message>
        <source>Name of the selection:</source>
        <translation>Nom de la sélection&#xa0;:</translation>
    </message>
    <message>
        <source>The update stopped: %1 The next update resumes where it stopped.</source>
        <translation>La mise à jour s&apos;est arrêtée&#xa0;: %1 La prochaine mise à jour reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Stopped; the next update resumes where it stopped.</source>
        <translation>Arrêtée&#xa0;; la prochaine mise à jour reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Connect to an application to index it.</source>
        <translation>Connectez-vous à une application pour l&apos;indexer.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Mis à jour %1.</translation>
    </message>
    <message>
        <source>Not built yet: Update index reads the application once.</source>
        <translation>Pas encore construit&#xa0;: Mettre à jour l&apos;index lit l&apos;application une fois.</translation>
    </message>
    <message>
        <source>An update stopped half-way; the next one resumes it.</source>
        <translation>Une mise à jour s&apos;est arrêtée en cours de route&#xa0;; la prochaine la reprend.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>The sender is a user id (a positive number).</source>
        <translation>L&apos;expéditeur est un id d&apos;utilisateur (un nombre positif).</translation>
    </message>
    <message>
        <source>Type a phrase, or choose a filter.</source>
        <translation>Saisissez une expression ou choisissez un filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s); double-click one to see its messages.</source>
        <translation>
            <numerusform>%n campagne&#xa0;; double-cliquez dessus pour voir ses messages.</numerusform>
            <numerusform>%n campagnes&#xa0;; double-cliquez sur l&apos;une d&apos;elles pour voir ses messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première apparition</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière apparition</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Dialogs with no message in N days…</source>
        <translation>Conversations sans message depuis N jours…</translation>
    </message>
    <message>
        <source>Dialogs owned by a user…</source>
        <translation>Conversations appartenant à un utilisateur…</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Groupes vides</translation>
    </message>
    <message>
        <source>New selection</source>
        <translation>Nouvelle sélection</translation>
    </message>
    <message>
        <source>No message in how many days?</source>
        <translation>Sans message depuis combien de jours&#xa0;?</translation>
    </message>
    <message>
        <source>Owner&apos;s user id:</source>
        <translation>Id d&apos;utilisateur du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;lete dialogs…</source>
        <translation>S&amp;upprimer les conversations…</translation>
    </message>
    <message>
        <source>Remo&amp;ve sender…</source>
        <translation>Ret&amp;irer l&apos;expéditeur…</translation>
    </message>
    <message>
        <source>Delete for everyone the dialogs these results are in</source>
        <translation>Supprimer pour tout le monde les conversations contenant ces résultats</translation>
    </message>
    <message>
        <source>Remove the chosen message&apos;s sender from the dialogs where these results are theirs</source>
        <translation>Retirer l&apos;expéditeur du message choisi des conversations où ces résultats sont les siens</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Choisissez d&apos;abord une campagne.</translation>
    </message>
    <message>
        <source>Choose a message of the sender to remove.</source>
        <translation>Choisissez un message de l&apos;expéditeur à retirer.</translation>
    </message>
    <message>
        <source>Delete this application&apos;s index and its saved selections from the team database, for the whole team? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>Supprimer l&apos;index de cette application et ses sélections enregistrées de la base de données d&apos;équipe, pour toute l&apos;équipe&#xa0;? Les recherches nécessiteront ensuite une nouvelle collecte&#xa0;; rien ne change sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dialog(s)</source>
        <translation>
            <numerusform>%1 sur %n conversation</numerusform>
            <numerusform>%1 sur %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) listed so far.</source>
        <translation>
            <numerusform>%1&#xa0;: %n conversation listée jusqu&apos;ici.</numerusform>
            <numerusform>%1&#xa0;: %n conversations listées jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The messages of %n dialog(s) are read.</source>
        <translation>
            <numerusform>Les messages de %n conversation sont lus.</numerusform>
            <numerusform>Les messages de %n conversations sont lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Suspendu.</translation>
    </message>
    <message numerus="yes">
        <source>The index holds %n dialog(s).</source>
        <translation>
            <numerusform>L&apos;index contient %n conversation.</numerusform>
            <numerusform>L&apos;index contient %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n message(s) of theirs.</source>
        <translation>
            <numerusform>Il conserve %n message de ces conversations.</numerusform>
            <numerusform>Il conserve %n messages de ces conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It knows %n user(s) by name.</source>
        <translation>
            <numerusform>Il connaît le nom de %n utilisateur.</numerusform>
            <numerusform>Il connaît le nom de %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n message trouvé.</numerusform>
            <numerusform>%n messages trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>%n nom de conversation correspond.</numerusform>
            <numerusform>%n noms de conversation correspondent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match: %1.</source>
        <translation>
            <numerusform>%n nom d&apos;utilisateur correspond&#xa0;: %1.</numerusform>
            <numerusform>%n noms d&apos;utilisateur correspondent&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign&apos;s %n message(s).</source>
        <translation>
            <numerusform>La campagne compte %n message.</numerusform>
            <numerusform>La campagne compte %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Ils se trouvent dans %n conversation.</numerusform>
            <numerusform>Ils se trouvent dans %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) sent them.</source>
        <translation>
            <numerusform>%n expéditeur les a envoyés.</numerusform>
            <numerusform>%n expéditeurs les ont envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>%1&#xa0;: %n conversation dans l&apos;index actuellement.</numerusform>
            <numerusform>%1&#xa0;: %n conversations dans l&apos;index actuellement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) in the index now.</source>
        <translation>
            <numerusform>%1&#xa0;: %n message dans l&apos;index actuellement.</numerusform>
            <numerusform>%1&#xa0;: %n messages dans l&apos;index actuellement.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s index opens once the team database is reached.</source>
        <translation>L&apos;index de l&apos;équipe s&apos;ouvre dès que la base de données d&apos;équipe est joignable.</translation>
    </message>
</context>
<context>
    <name>SweepPlan</name>
    <message>
        <source>Choose whose messages: a sender to remove.</source>
        <translation>Choisissez de qui sont les messages&#xa0;: un expéditeur à retirer.</translation>
    </message>
    <message>
        <source>This selection finds dialogs, not messages: it has no senders.</source>
        <translation>Cette sélection trouve des conversations, pas des messages&#xa0;: elle n&apos;a pas d&apos;expéditeurs.</translation>
    </message>
    <message>
        <source>User %1 sent none of the messages this selection found.</source>
        <translation>L&apos;utilisateur %1 n&apos;a envoyé aucun des messages trouvés par cette sélection.</translation>
    </message>
    <message>
        <source>The selection finds nothing to act on.</source>
        <translation>La sélection ne trouve rien sur quoi agir.</translation>
    </message>
</context>
<context>
    <name>SweepSearch</name>
    <message numerus="yes">
        <source>Dialogs with no message in %n day(s)</source>
        <translation>
            <numerusform>Conversations sans message depuis %n jour</numerusform>
            <numerusform>Conversations sans message depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialogs owned by user %1</source>
        <translation>Conversations appartenant à l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Groupes vides</translation>
    </message>
    <message>
        <source>Messages matching &quot;%1&quot;</source>
        <translation>Messages correspondant à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Messages of a campaign</source>
        <translation>Messages d&apos;une campagne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no words to search for.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun mot à rechercher.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Une sélection doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>TeamJournalOpener</name>
    <message>
        <source>Reaching the team database %1 was cancelled.</source>
        <translation>La connexion à la base de données d&apos;équipe %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>Id:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation>Dernière requête&#xa0;:</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Aucun utilisateur sélectionné</translation>
    </message>
</context>
<context>
    <name>UserFinder</name>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>La recherche par nom nécessite au moins 3 caractères.</translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message>
        <source>&quot;%1&quot; is not a user id: ids are whole numbers.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;utilisateur&#xa0;: les ID sont des nombres entiers.</translation>
    </message>
    <message>
        <source>Type one or more user ids.</source>
        <translation>Tapez un ou plusieurs ID d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>La recherche par nom nécessite au moins 3 caractères.</translation>
    </message>
    <message>
        <source>Type what to search for.</source>
        <translation>Tapez ce que vous cherchez.</translation>
    </message>
    <message>
        <source>Type ids, a login, a name or an email. To list everyone, choose &quot;All users&quot;.</source>
        <translation>Saisissez des ids, un identifiant, un nom ou un e-mail. Pour lister tout le monde, choisissez «&#xa0;Tous les utilisateurs&#xa0;».</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>tous les utilisateurs</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>login starts with</source>
        <translation>identifiant commençant par</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
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
        <translation>Rechercher des utilisateurs par</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Ids, a login, part of a full name, an email or a tag</source>
        <translation>ID, un identifiant, une partie d&apos;un nom complet, une adresse e-mail ou une étiquette</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation>Charger plus d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>The user&apos;s dialogs</source>
        <translation>Conversations de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Load more dialogs</source>
        <translation>Charger plus de conversations</translation>
    </message>
    <message>
        <source>&amp;Remove from selected groups…</source>
        <translation>&amp;Retirer des groupes sélectionnés…</translation>
    </message>
    <message>
        <source>Take the user out of the selected group dialogs (the dialogs and their messages stay)</source>
        <translation>Retirer l&apos;utilisateur des conversations de groupe sélectionnées (les conversations et leurs messages sont conservés)</translation>
    </message>
    <message>
        <source>Remove from &amp;their list…</source>
        <translation>Retirer de &amp;sa liste…</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the user&apos;s own list, on their behalf; other members keep them</source>
        <translation>Retirer les conversations sélectionnées de la liste de l&apos;utilisateur, en son nom&#xa0;; les autres membres les conservent</translation>
    </message>
    <message>
        <source>Delete all dialogs they &amp;own…</source>
        <translation>Supprimer toutes les conversations dont il est &amp;propriétaire…</translation>
    </message>
    <message>
        <source>Delete for everyone every dialog this user owns; cannot be undone</source>
        <translation>Supprimer pour tout le monde chaque conversation dont cet utilisateur est propriétaire&#xa0;; irréversible</translation>
    </message>
    <message>
        <source>Delete selected messages for &amp;everyone…</source>
        <translation>Supprimer les messages sélectionnés pour &amp;tout le monde…</translation>
    </message>
    <message>
        <source>Remove from their histor&amp;y…</source>
        <translation>Retirer de son &amp;historique…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the user&apos;s own history, on their behalf; others keep them</source>
        <translation>Retirer les messages sélectionnés de l&apos;historique de l&apos;utilisateur, en son nom&#xa0;; les autres les conservent</translation>
    </message>
    <message>
        <source>Could not search users: %1</source>
        <translation>Impossible de rechercher des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Not every dialog of %1 could be loaded, so nothing was offered for deletion. Try again.</source>
        <translation>Toutes les conversations de %1 n&apos;ont pas pu être chargées, donc rien n&apos;a été proposé à la suppression. Réessayez.</translation>
    </message>
    <message>
        <source>Could not load the user&apos;s dialogs: %1</source>
        <translation>Impossible de charger les conversations de l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search for a user, or list all users.</source>
        <translation>Recherchez un utilisateur, ou listez tous les utilisateurs.</translation>
    </message>
    <message>
        <source>Choose a user to see their dialogs.</source>
        <translation>Choisissez un utilisateur pour voir ses conversations.</translation>
    </message>
    <message>
        <source>Dialogs you share with %1: %2 of %3 loaded</source>
        <translation>Conversations que vous partagez avec %1&#xa0;: %2 chargées sur %3</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Arrêter le chargement</translation>
    </message>
    <message>
        <source>Needs a connection with an API key, which can act on behalf of users.</source>
        <translation>Nécessite une connexion avec une API key, qui peut agir au nom des utilisateurs.</translation>
    </message>
    <message>
        <source>Remove from groups</source>
        <translation>Retirer des groupes</translation>
    </message>
    <message>
        <source>None of the selected dialogs is a group. Public dialogs have no member list, and nobody can be removed from a private one.</source>
        <translation>Aucune des conversations sélectionnées n&apos;est un groupe. Les conversations publiques n&apos;ont pas de liste de membres, et personne ne peut être retiré d&apos;une conversation privée.</translation>
    </message>
    <message>
        <source>Delete dialogs they own</source>
        <translation>Supprimer les conversations dont il est propriétaire</translation>
    </message>
    <message>
        <source>%1 owns none of these dialogs.</source>
        <translation>%1 n&apos;est propriétaire d&apos;aucune de ces conversations.</translation>
    </message>
    <message>
        <source>&amp;Act as this user</source>
        <translation>&amp;Agir au nom de cet utilisateur</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>Cop&amp;ier l&apos;id</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Afficher dans le &amp;journal</translation>
    </message>
    <message>
        <source>Detect from text</source>
        <translation>Détecter d&apos;après le texte</translation>
    </message>
    <message>
        <source>Login starts with</source>
        <translation>Identifiant commençant par</translation>
    </message>
    <message>
        <source>Loading the dialogs of %1…</source>
        <translation>Chargement des conversations de %1…</translation>
    </message>
    <message>
        <source>Dialogs of %1: %2 of %3 loaded</source>
        <translation>Conversations de %1&#xa0;: %2 sur %3 chargées</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s). Searched by: %2</source>
        <translation>
            <numerusform>%1 sur %n utilisateur. Recherche par&#xa0;: %2</numerusform>
            <numerusform>%1 sur %n utilisateurs. Recherche par&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching… Search by: %1</source>
        <translation>Recherche… Recherche par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Load all users</source>
        <translation>Charger tous les utilisateurs</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 users: the console holds at most %3. List them all with qbmodctl users list --all --jsonl.</source>
        <translation>Les %1 premiers utilisateurs sur %2 ont été chargés&#xa0;: la console en contient au plus %3. Listez-les tous avec qbmodctl users list --all --jsonl.</translation>
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
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Dernière requête</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
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
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>NOM COMPLET</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>LAST REQUEST</source>
        <translation>DERNIÈRE REQUÊTE</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown</source>
        <translation>
            <numerusform>%n utilisateur affiché</numerusform>
            <numerusform>%n utilisateurs affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n au total</numerusform>
            <numerusform>%n au total</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1; with --all or --jsonl, any number of at least 1.</source>
        <translation>--limit nécessite un nombre entier de 1 à %1&#xa0;; avec --all ou --jsonl, tout nombre entier d&apos;au moins 1.</translation>
    </message>
</context>
<context>
    <name>UsersShowCommand</name>
    <message>
        <source>users show takes exactly one user id (a positive number).</source>
        <translation>users show accepte exactement un ID d&apos;utilisateur (un nombre positif).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Dernière requête</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moderation console for QuickBlox chat applications.</source>
        <translation>Console de modération pour les applications de chat QuickBlox.</translation>
    </message>
    <message>
        <source>Start a local sandbox with demo data and connect to it; no account needed.</source>
        <translation>Démarrer un sandbox local avec des données de démonstration et s&apos;y connecter&#xa0;; aucun compte requis.</translation>
    </message>
    <message>
        <source>Number of dialogs in the sandbox (default 2000).</source>
        <translation>Nombre de conversations dans le sandbox (par défaut&#xa0;: 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--sandbox-dialogs needs a number from 1 to 200000.</source>
        <translation>--sandbox-dialogs nécessite un nombre de 1 à 200000.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le sandbox n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
</TS>
