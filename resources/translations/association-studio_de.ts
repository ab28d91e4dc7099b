<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../src/api/ApiError.cpp" line="+21"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Check your network connection, proxy and certificates, then try again.</source>
        <translation>Prüfen Sie Netzwerkverbindung, Proxy und Zertifikate und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HubSpot did not answer in time. Try again, or raise the timeout in the connection settings.</source>
        <translation>HubSpot hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the token or sign in again.</source>
        <translation>Prüfen Sie das Token oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal&apos;s daily API limit is used up; it resets at midnight in the portal&apos;s time zone.</source>
        <translation>Das tägliche API-Kontingent des Portals ist aufgebraucht; es wird um Mitternacht in der Zeitzone des Portals zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HubSpot&apos;s rate limit was reached. Wait a few seconds and try again.</source>
        <translation>Das Ratenlimit von HubSpot wurde erreicht. Warten Sie einige Sekunden und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending is paused after repeated failures. Use &quot;Try now&quot; to resume.</source>
        <translation>Nach wiederholten Fehlern ist das Senden pausiert. Mit „Jetzt versuchen“ geht es weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HubSpot&apos;s answer could not be read. Try again; if it persists, report it with the correlation id.</source>
        <translation>Die Antwort von HubSpot konnte nicht gelesen werden. Versuchen Sie es erneut; tritt das weiter auf, melden Sie es mit der Korrelations-ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It may have been changed or deleted elsewhere; refresh and try again.</source>
        <translation>Es wurde möglicherweise anderswo geändert oder gelöscht; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HubSpot had a problem. Try again in a moment.</source>
        <translation>Bei HubSpot ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Correct the input and try again.</source>
        <translation>Korrigieren Sie die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed. Look at what the portal holds now, then decide again.</source>
        <translation>Es wurde nichts geändert. Sehen Sie sich an, was das Portal jetzt enthält, und entscheiden Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 failed: </source>
        <translation>%1 fehlgeschlagen: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not reach HubSpot.</source>
        <translation>HubSpot war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer within the timeout.</source>
        <translation>keine Antwort innerhalb des Zeitlimits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HubSpot answered with HTTP %1.</source>
        <translation>HubSpot hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown error.</source>
        <translation>unbekannter Fehler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(HTTP %1%2)</source>
        <translation>(HTTP %1%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correlation id: %1.</source>
        <translation>Korrelations-ID: %1.</translation>
    </message>
</context>
<context>
    <name>ApiVersion</name>
    <message>
        <location filename="../../src/api/ApiVersion.cpp" line="+18"/>
        <source>v4 (/crm/v4/associations)</source>
        <translation>v4 (/crm/v4/associations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>v4 (/crm/associations/v4)</source>
        <translation>v4 (/crm/associations/v4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2026-03</source>
        <translation>2026-03</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2026-09</source>
        <translation>2026-09</translation>
    </message>
</context>
<context>
    <name>AssociationCategory</name>
    <message>
        <location filename="../../src/core/AssociationCategory.cpp" line="+43"/>
        <source>HubSpot-defined</source>
        <translation>Von HubSpot definiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-defined</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrator-defined</source>
        <translation>Von Integrator definiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
</context>
<context>
    <name>AssociationLabel</name>
    <message>
        <location filename="../../src/core/AssociationLabel.cpp" line="+10"/>
        <source>Unlabeled</source>
        <translation>Ohne Label</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <location filename="../../src/api/Authenticator.cpp" line="+103"/>
        <source>Refreshing the OAuth access token</source>
        <translation>OAuth-Zugriffstoken wird erneuert</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The token endpoint&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort des Token-Endpunkts konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>HubSpot refused the refresh token.</source>
        <translation>HubSpot hat das Refresh-Token abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with HubSpot again.</source>
        <translation>Melden Sie sich erneut bei HubSpot an.</translation>
    </message>
</context>
<context>
    <name>BaseUrlPolicy</name>
    <message>
        <location filename="../../src/api/BaseUrlPolicy.cpp" line="+12"/>
        <source>Enter an address starting with https:// and a host name, for example https://api.hubapi.com.</source>
        <translation>Geben Sie eine Adresse ein, die mit https:// und einem Hostnamen beginnt, zum Beispiel https://api.hubapi.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must not contain a user name or password (user:password@). Remove them: credentials belong in the sign-in fields, never in an address.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten (benutzer:passwort@). Entfernen Sie sie: Zugangsdaten gehören in die Anmeldefelder, niemals in eine Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http:// would send your credentials unencrypted. Use https://; http:// is accepted only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Mit einfachem http:// würden Ihre Zugangsdaten unverschlüsselt gesendet. Verwenden Sie https://; http:// wird nur für diesen Computer akzeptiert (localhost, 127.0.0.1, ::1).</translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <location filename="../../src/cli/BatchReport.cpp" line="+26"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>TYPE ID</source>
        <translation>TYP-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not changed: %1</source>
        <translation>nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assocctl: typeId %1: %2</source>
        <translation>assocctl: typeId %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>assocctl: %1 of %2 items failed.</source>
        <translation>assocctl: %1 von %2 Einträgen sind fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>BulkLimitDialog</name>
    <message>
        <location filename="../../ui/BulkLimitDialog.ui" line="+21"/>
        <source>Association Limits</source>
        <translation>Zuordnungslimits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limits of the selected labels</source>
        <translation>Limits der ausgewählten Labels</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Selected labels, their limits and outcomes</source>
        <translation>Ausgewählte Labels, ihre Limits und Ergebnisse</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>At &amp;most</source>
        <translation>&amp;Höchstens</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maximum number of records for each selected label</source>
        <translation>Höchstzahl der Datensätze für jedes ausgewählte Label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From 1 to 10,000 records.</source>
        <translation>1 bis 10.000 Datensätze.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>records for each label</source>
        <translation>Datensätze je Label</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problem with the limit</source>
        <translation>Problem mit dem Limit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records affected</source>
        <translation>Betroffene Datensätze</translation>
    </message>
</context>
<context>
    <name>ChangeCheck</name>
    <message>
        <location filename="../../src/core/ChangeCheck.cpp" line="+91"/>
        <source>exists as typeId %1</source>
        <translation>existiert als typeId %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a label %1 exists already, its other direction reads %2</source>
        <translation>eine Bezeichnung %1 existiert bereits, ihre Gegenrichtung lautet %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>typeId %1 is no longer a label of this pair</source>
        <translation>typeId %1 ist keine Bezeichnung dieses Paars mehr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>already reads %1</source>
        <translation>lautet bereits %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <location line="+66"/>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+23"/>
        <source>the other direction now reads %1</source>
        <translation>die Gegenrichtung lautet jetzt %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>already deleted</source>
        <translation>bereits gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typeId %1 is not a user-defined label; it cannot be deleted</source>
        <translation>typeId %1 ist keine benutzerdefinierte Bezeichnung; sie kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its limit is now %1</source>
        <translation>ihr Limit ist jetzt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the other direction&apos;s limit is now %1</source>
        <translation>das Limit der Gegenrichtung ist jetzt %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+24"/>
        <source>no limit set</source>
        <translation>kein Limit festgelegt</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the label %1 is not on this pair (it was not created)</source>
        <translation>die Bezeichnung %1 ist für dieses Paar nicht vorhanden (sie wurde nicht erstellt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typeId %1 is no longer on this pair</source>
        <translation>typeId %1 ist für dieses Paar nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>typeId %1 now reads %2</source>
        <translation>typeId %1 lautet jetzt %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already %1</source>
        <translation>bereits %1</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <location filename="../../src/api/ChangeWriter.cpp" line="+24"/>
        <source>would be created</source>
        <translation>würde erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would be renamed from %1</source>
        <translation>würde umbenannt (bisher %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would be deleted</source>
        <translation>würde gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would change from %1 to %2</source>
        <translation>würde von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>would remove the limit of %1</source>
        <translation>würde das Limit von %1 entfernen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>changed since the plan was made: %1</source>
        <translation>wurde seit der Erstellung des Plans geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed since the change being undone: %1</source>
        <translation>wurde seit der rückgängig zu machenden Änderung geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed while it was being read: %1</source>
        <translation>wurde geändert, während es gelesen wurde: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed since it was shown: %1</source>
        <translation>wurde geändert, seit es angezeigt wurde: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cancelled before it was sent</source>
        <translation>vor dem Senden abgebrochen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The portal %1; nothing was written.</source>
        <translation>Das Portal %1; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>created typeId %1</source>
        <translation>typeId %1 erstellt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>renamed from %1</source>
        <translation>umbenannt (bisher %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>HubSpot accepted the deletion, but the label is still there.</source>
        <translation>HubSpot hat das Löschen akzeptiert, aber die Bezeichnung ist noch vorhanden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted typeId %1</source>
        <translation>typeId %1 gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted typeId %1 / %2</source>
        <translation>typeId %1 / %2 gelöscht</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>limit %1 → %2</source>
        <translation>Limit %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed the limit of %1</source>
        <translation>Limit von %1 entfernt</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <location filename="../../src/cli/CommandCatalog.cpp" line="+46"/>
        <source>Association types of FROM → TO with category, label and limit.</source>
        <translation>Zuordnungstypen von FROM → TO mit Kategorie, Label und Limit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a single label, or a paired one with --inverse-label; prints each direction&apos;s typeId. --name defaults to one made from the labels.</source>
        <translation>Ein einzelnes Label anlegen oder mit --inverse-label ein gepaartes; gibt die typeId jeder Richtung aus. --name wird standardmäßig aus den Labels gebildet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename a user-defined label (and its other direction with --inverse-label).</source>
        <translation>Ein benutzerdefiniertes Label umbenennen (und mit --inverse-label auch seine Gegenrichtung).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete user-defined labels of FROM → TO.</source>
        <translation>Benutzerdefinierte Labels von FROM → TO löschen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every configured limit of the portal, or those of FROM → TO.</source>
        <translation>Alle festgelegten Limits des Portals oder die von FROM → TO.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let one FROM record have at most N TO records of type ID (1-10000); with --max, every ID given gets that limit, one after another. The category defaults to the type&apos;s category on the pair.</source>
        <translation>Einem FROM-Datensatz höchstens N TO-Datensätze des Typs ID erlauben (1–10000); mit --max erhält jede angegebene ID dieses Limit, eine nach der anderen. Die Kategorie ist standardmäßig die des Typs auf dem Paar.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Apply a plan from diff to the portal it was made for, skipping what is already in place; --dry-run only shows what would be done. A change whose label or limit changed since the plan was made is not applied (exit 5). A plan with deletions also needs --allow-deletes; a plan that names no portal needs --for-portal.</source>
        <translation>Einen Plan aus diff auf das Portal anwenden, für das er erstellt wurde, und überspringen, was bereits vorhanden ist; --dry-run zeigt nur, was getan würde. Eine Änderung, deren Label oder Limit sich seit der Erstellung des Plans geändert hat, wird nicht angewendet (Exit-Status 5). Ein Plan mit Löschungen erfordert außerdem --allow-deletes; ein Plan, der kein Portal nennt, erfordert --for-portal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Labels used per pair against the portal&apos;s maximum; with --objects only the pairs of those types.</source>
        <translation>Verwendete Labels je Paar im Vergleich zum Maximum des Portals; mit --objects nur die Paare dieser Typen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scopes a private app needs for assocctl, for looking only or for changing labels and limits too, and where to set them in HubSpot. Needs no portal.</source>
        <translation>Die Bereiche (Scopes), die eine private App für assocctl braucht, nur zum Ansehen oder auch zum Ändern von Labels und Limits, und wo sie in HubSpot festgelegt werden. Braucht kein Portal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The completion script for SHELL (bash, zsh or fish) on stdout; the packages install them.</source>
        <translation>Das Vervollständigungsskript für SHELL (bash, zsh oder fish) auf stdout; die Pakete installieren diese Skripte.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Remove limits, back to the subscription&apos;s default.</source>
        <translation>Limits entfernen; dann gilt wieder der Standardwert des Abonnements.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The object types --objects chooses (id, name, labels), and those the portal does not have or the token may not read.</source>
        <translation>Die Objekttypen, die --objects auswählt (ID, Name, Labels), und die, die das Portal nicht hat oder die das Token nicht lesen darf.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The whole portal as a schema document (JSON) on stdout or in FILE.</source>
        <translation>Das ganze Portal als Schemadokument (JSON) auf stdout oder in FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The changes that would make TARGET&apos;s labels and limits match SOURCE&apos;s; each is a schema export file or the word portal. -o writes them as a plan for apply. Exits 4 when there are differences.</source>
        <translation>Die Änderungen, durch die die Bezeichnungen und Limits von TARGET denen von SOURCE entsprechen würden; beide sind jeweils eine Schema-Exportdatei oder das Wort portal. -o schreibt sie als Plan für apply. Beendet sich mit 4, wenn es Unterschiede gibt.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/app/CommandLine.cpp" line="+14"/>
        <source>See and manage HubSpot association labels and limits.</source>
        <translation>Zuordnungslabels und -limits in HubSpot ansehen und verwalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a demo portal in this process and connect to it.</source>
        <translation>Ein Demo-Portal in diesem Prozess starten und sich damit verbinden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo: save the main window to &lt;file&gt; once loaded, then exit.</source>
        <translation>Mit --demo: das Hauptfenster nach dem Laden in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --screenshot: set up &lt;scene&gt; (a dialog, window or panel, e.g. set-limit) on the selected pair and save it instead of the main window; an unknown name lists the scenes.</source>
        <translation>Mit --screenshot: &lt;scene&gt; (einen Dialog, ein Fenster oder einen Bereich, z. B. set-limit) für das ausgewählte Paar einrichten und statt des Hauptfensters speichern; ein unbekannter Name listet die Szenen auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the pair &lt;from:to&gt; (ids or names, e.g. contacts:companies).</source>
        <translation>Das Paar &lt;from:to&gt; auswählen (IDs oder Namen, z. B. contacts:companies).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the window in &lt;language&gt; (e.g. de or en) instead of the system&apos;s language.</source>
        <translation>Das Fenster in &lt;language&gt; (z. B. de oder en) statt in der Sprache des Systems anzeigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the window with the &lt;palette&gt; colours (dark or high-contrast) instead of the desktop&apos;s.</source>
        <translation>Das Fenster mit den Farben &lt;palette&gt; (dark oder high-contrast) statt mit denen des Desktops anzeigen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--screenshot needs --demo.</source>
        <translation>--screenshot braucht --demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--select expects &lt;from&gt;:&lt;to&gt;, e.g. contacts:companies.</source>
        <translation>--select erwartet &lt;from&gt;:&lt;to&gt;, z. B. contacts:companies.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--screenshot-dialog expects one of: %1.</source>
        <translation>--screenshot-dialog erwartet einen der Werte: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--palette expects one of: %1.</source>
        <translation>--palette erwartet eines von: %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CommandLine.cpp" line="+143"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot&apos;s API address.</source>
        <translation>Die API-Adresse von HubSpot.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth client id (env HUBSPOT_CLIENT_ID).</source>
        <translation>OAuth-Client-ID (Umgebungsvariable HUBSPOT_CLIENT_ID).</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>--%1: %2 could not be read: %3.</source>
        <translation>--%1: %2 konnte nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2 is larger than %3 KiB; it must hold only the secret.</source>
        <translation>--%1: %2 ist größer als %3 KiB; darin darf nur das Geheimnis stehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1: %2 is empty; it must hold the secret.</source>
        <translation>--%1: %2 ist leer; darin muss das Geheimnis stehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2 holds more than one line; it must hold only the secret.</source>
        <translation>--%1: %2 enthält mehr als eine Zeile; darin darf nur das Geheimnis stehen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Private-app token (or service key). A command line is visible to other users: prefer the environment variable HUBSPOT_ACCESS_TOKEN or --token-file.</source>
        <translation>Token einer privaten App (oder Dienstschlüssel). Eine Befehlszeile ist für andere Benutzer sichtbar: besser die Umgebungsvariable HUBSPOT_ACCESS_TOKEN oder --token-file verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the private-app token from this file, or from standard input if it is -.</source>
        <translation>Das Token der privaten App aus dieser Datei lesen oder, wenn sie - ist, von der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OAuth client secret. Prefer the environment variable HUBSPOT_CLIENT_SECRET or --client-secret-file.</source>
        <translation>OAuth-Client-Secret. Besser die Umgebungsvariable HUBSPOT_CLIENT_SECRET oder --client-secret-file verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the OAuth client secret from this file, or from standard input if it is -.</source>
        <translation>Das OAuth-Client-Secret aus dieser Datei lesen oder, wenn sie - ist, von der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OAuth refresh token. Prefer the environment variable HUBSPOT_REFRESH_TOKEN or --refresh-token-file.</source>
        <translation>OAuth-Refresh-Token. Besser die Umgebungsvariable HUBSPOT_REFRESH_TOKEN oder --refresh-token-file verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the OAuth refresh token from this file, or from standard input if it is -.</source>
        <translation>Das OAuth-Refresh-Token aus dieser Datei lesen oder, wenn sie - ist, von der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the token in this API-key header instead of Authorization: private-app or private-app-legacy.</source>
        <translation>Das Token in diesem API-Schlüssel-Header statt in Authorization senden: private-app oder private-app-legacy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association API version: %1.</source>
        <translation>Version der Zuordnungs-API: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeout of each request.</source>
        <translation>Zeitlimit jeder Anfrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Further attempts after a failed request that may be repeated.</source>
        <translation>Weitere Versuche nach einer fehlgeschlagenen Anfrage, die wiederholt werden darf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this HTTP proxy (http://[user@]host:port); its password comes from the environment variable ASSOCCTL_PROXY_PASSWORD. Default: the system&apos;s.</source>
        <translation>Diesen HTTP-Proxy verwenden (http://[benutzer@]host:port); sein Passwort kommt aus der Umgebungsvariablen ASSOCCTL_PROXY_PASSWORD. Standard: der des Systems.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect directly, ignoring the system&apos;s proxy.</source>
        <translation>Direkt verbinden und den Proxy des Systems nicht verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file (repeatable). Certificate verification is always on.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (mehrfach möglich). Die Zertifikatsprüfung ist immer aktiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present this client certificate to networks that demand one: a PEM file (with --client-key, unless the key is in the same file) or a PKCS#12 file.</source>
        <translation>Dieses Client-Zertifikat Netzwerken vorlegen, die eines verlangen: eine PEM-Datei (mit --client-key, außer der Schlüssel steht in derselben Datei) oder eine PKCS#12-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PEM key of --client-cert. Its passphrase comes from the environment variable ASSOCCTL_CLIENT_KEY_PASSPHRASE or --client-key-passphrase-file, never from the command line.</source>
        <translation>Der PEM-Schlüssel zu --client-cert. Seine Passphrase kommt aus der Umgebungsvariablen ASSOCCTL_CLIENT_KEY_PASSPHRASE oder aus --client-key-passphrase-file, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the passphrase of the client certificate&apos;s key from the first line of this file.</source>
        <translation>Die Passphrase des Schlüssels zum Client-Zertifikat aus der ersten Zeile dieser Datei lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not use HTTP/2.</source>
        <translation>Kein HTTP/2 verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep answers in the user&apos;s cache folder and ask HubSpot whether they changed (the default).</source>
        <translation>Antworten im Cache-Ordner des Benutzers aufbewahren und HubSpot fragen, ob sie sich geändert haben (Standard).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither use nor fill the cache of answers.</source>
        <translation>Den Cache der Antworten weder verwenden noch füllen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not ask for compressed responses.</source>
        <translation>Keine komprimierten Antworten anfordern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-readable JSON on stdout.</source>
        <translation>Maschinenlesbares JSON auf stdout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every detail of a failure.</source>
        <translation>Alle Einzelheiten eines Fehlers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not record the changes made in the change history.</source>
        <translation>Die vorgenommenen Änderungen nicht im Änderungsverlauf aufzeichnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apply: the plan file (from diff --output).</source>
        <translation>apply: die Plandatei (aus diff --output).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>apply: read the portal and show what would be done; change nothing.</source>
        <translation>apply: das Portal lesen und anzeigen, was getan würde; nichts ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diff: include deletions in the plan; apply: allow the plan&apos;s deletions.</source>
        <translation>diff: Löschungen in den Plan aufnehmen; apply: die Löschungen des Plans erlauben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>apply: the portal id a plan that names no target portal is for; it is applied only to that portal.</source>
        <translation>apply: die Portal-ID, für die ein Plan ohne Zielportal bestimmt ist; er wird nur auf dieses Portal angewendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export, diff, apply, usage, types: the object types to read: auto (contacts, companies, deals, tickets, the custom objects and every standard type the portal&apos;s labels and limits mention), core (the four and the custom objects), all (every standard type and the custom objects), or type ids and names separated by commas (deals,line_items,2-7300101).</source>
        <translation>export, diff, apply, usage, types: die zu lesenden Objekttypen: auto (contacts, companies, deals, tickets, die benutzerdefinierten Objekte und jeder Standardtyp, den die Labels und Limits des Portals erwähnen), core (die vier und die benutzerdefinierten Objekte), all (jeder Standardtyp und die benutzerdefinierten Objekte) oder durch Kommas getrennte Typ-IDs und -Namen (deals,line_items,2-7300101).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>create-label: the internal name.</source>
        <translation>create-label: der interne Name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create-label, rename-label: the label.</source>
        <translation>create-label, rename-label: das Label.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create-label, rename-label: the label of the other direction.</source>
        <translation>create-label, rename-label: das Label der Gegenrichtung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set-limit, remove-limit: the association type&apos;s category (%1).</source>
        <translation>set-limit, remove-limit: die Kategorie des Zuordnungstyps (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set-limit: the limit to set on every ID given, 1-10000 records.</source>
        <translation>set-limit: das Limit, das für jede angegebene ID festgelegt wird, 1–10000 Datensätze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export, diff: write the document or plan to this file (atomically).</source>
        <translation>export, diff: das Dokument bzw. den Plan in diese Datei schreiben (atomar).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: assocctl [options] COMMAND [ARGS...]

Manage the association labels and limits of a HubSpot portal.

Commands:
</source>
        <translation>Aufruf: assocctl [Optionen] BEFEHL [ARGUMENTE...]

Verwaltet die Zuordnungslabels und -limits eines HubSpot-Portals.

Befehle:
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>FROM and TO are object type ids (0-1, 2-7300101) or names: standard ones (contacts, contact, companies, deals, tickets, ...) or a custom object&apos;s name or fully-qualified name (vehicles, p7001234_vehicles).</source>
        <translation>FROM und TO sind Objekttyp-IDs (0-1, 2-7300101) oder Namen: Standardobjekte (contacts, contact, companies, deals, tickets, ...) oder der Name bzw. vollqualifizierte Name eines benutzerdefinierten Objekts (vehicles, p7001234_vehicles).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credentials: HUBSPOT_ACCESS_TOKEN, --token-file or --token; or OAuth with the client id, client secret and refresh token (HUBSPOT_CLIENT_ID, HUBSPOT_CLIENT_SECRET, HUBSPOT_REFRESH_TOKEN, or --client-id, --client-secret-file and --refresh-token-file). A secret given as an argument is visible to other users of this computer, so assocctl warns about it; a -file option reads a file, or standard input when the file is - (one option at a time). Secrets are never printed.</source>
        <translation>Zugangsdaten: HUBSPOT_ACCESS_TOKEN, --token-file oder --token; oder OAuth mit Client-ID, Client-Secret und Refresh-Token (HUBSPOT_CLIENT_ID, HUBSPOT_CLIENT_SECRET, HUBSPOT_REFRESH_TOKEN oder --client-id, --client-secret-file und --refresh-token-file). Ein als Argument angegebenes Geheimnis ist für andere Benutzer dieses Computers sichtbar, daher warnt assocctl davor; eine -file-Option liest eine Datei oder die Standardeingabe, wenn die Datei - ist (jeweils nur eine Option). Geheimnisse werden nie ausgegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exit status: 0 success; 1 HubSpot or network failure; 2 usage or validation error (nothing was sent); 3 some items of a batch failed; 4 diff found differences; 5 a change was not made because the portal changed since it was approved.</source>
        <translation>Exit-Status: 0 Erfolg; 1 HubSpot- oder Netzwerkfehler; 2 Aufruf- oder Validierungsfehler (es wurde nichts gesendet); 3 einige Elemente eines Batches sind fehlgeschlagen; 4 diff hat Unterschiede gefunden; 5 eine Änderung wurde nicht vorgenommen, weil sich das Portal seit ihrer Freigabe geändert hat.</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>Give either --cache or --no-cache, not both.</source>
        <translation>Geben Sie entweder --cache oder --no-cache an, nicht beides.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Give either --token (--token-file) or the OAuth options (--client-id, --client-secret, --refresh-token), not both.</source>
        <translation>Geben Sie entweder --token (--token-file) oder die OAuth-Optionen an (--client-id, --client-secret, --refresh-token), nicht beides.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No credentials. Set HUBSPOT_ACCESS_TOKEN (or pass --token-file), or give the OAuth client id, client secret and refresh token.</source>
        <translation>Keine Zugangsdaten. Setzen Sie HUBSPOT_ACCESS_TOKEN (oder geben Sie --token-file an) oder geben Sie OAuth-Client-ID, Client-Secret und Refresh-Token an.</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>SOURCE and TARGET of diff are schema export files or the word portal, meaning the portal the connection options name.</source>
        <translation>SOURCE und TARGET von diff sind Schema-Exportdateien oder das Wort portal, das für das Portal steht, das die Verbindungsoptionen angeben.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>At most this many requests in flight at once (1 to 256). Without it the number adapts to how fast HubSpot answers and to its rate-limit headers, up to 64.</source>
        <translation>Höchstens so viele gleichzeitig laufende Anfragen (1 bis 256). Ohne diese Option richtet sich die Zahl danach, wie schnell HubSpot antwortet, und nach dessen Rate-Limit-Headern, bis zu 64.</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>assocctl: warning: --%1 puts the secret on the command line, where other users of this computer can see it. Use the environment variable %2 or --%3 instead.</source>
        <translation>assocctl: Warnung: --%1 setzt das Geheimnis auf die Befehlszeile, wo andere Benutzer dieses Computers es sehen können. Verwenden Sie stattdessen die Umgebungsvariable %2 oder --%3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give either --%1 or --%2, not both.</source>
        <translation>Geben Sie entweder --%1 oder --%2 an, nicht beides.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 may be given once.</source>
        <translation>--%1 darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only one of --token-file, --client-secret-file and --refresh-token-file can read standard input (-).</source>
        <translation>Nur eine der Optionen --token-file, --client-secret-file und --refresh-token-file kann die Standardeingabe (-) lesen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No command given. Run assocctl --help for the list.</source>
        <translation>Kein Befehl angegeben. assocctl --help zeigt die Liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown command &quot;%1&quot;. Run assocctl --help for the list.</source>
        <translation>Unbekannter Befehl „%1“. assocctl --help zeigt die Liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong number of arguments for %1. Usage: assocctl %2</source>
        <translation>Falsche Anzahl von Argumenten für %1. Aufruf: assocctl %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 is not an option of %2. Usage: assocctl %3</source>
        <translation>--%1 ist keine Option von %2. Aufruf: assocctl %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs --%2. Usage: assocctl %3</source>
        <translation>%1 braucht --%2. Aufruf: assocctl %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--for-portal must be a portal id, a positive number; got &quot;%1&quot;.</source>
        <translation>--for-portal muss eine Portal-ID sein, eine positive Zahl; angegeben war „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--category must be one of %1; got &quot;%2&quot;.</source>
        <translation>--category muss eines von %1 sein; angegeben war „%2“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--api-version must be one of %1.</source>
        <translation>--api-version muss eines von %1 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout-ms must be a number of milliseconds, at least 1.</source>
        <translation>--timeout-ms muss eine Anzahl Millisekunden sein, mindestens 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--retries must be a number from 0 to 100.</source>
        <translation>--retries muss eine Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--concurrency must be a number from 1 to 256.</source>
        <translation>--concurrency muss eine Zahl von 1 bis 256 sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give either --proxy or --no-proxy, not both.</source>
        <translation>Entweder --proxy oder --no-proxy angeben, nicht beides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--proxy must look like http://host:port or http://user@host:port.</source>
        <translation>--proxy muss die Form http://host:port oder http://benutzer@host:port haben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--ca-file %1 holds no PEM certificate.</source>
        <translation>--ca-file %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--api-key-header must be private-app or private-app-legacy.</source>
        <translation>--api-key-header muss private-app oder private-app-legacy sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--token is empty.</source>
        <translation>--token ist leer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>OAuth needs the client id, client secret and refresh token; missing: %1.</source>
        <translation>OAuth braucht Client-ID, Client-Secret und Refresh-Token; es fehlt: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--api-key-header applies to a token, not to OAuth.</source>
        <translation>--api-key-header gilt für ein Token, nicht für OAuth.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../ui/CompareWindow.ui" line="+15"/>
        <source>Compare Schemas</source>
        <translation>Schemas vergleichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Source (the schema to copy):</source>
        <translation>&amp;Quelle (das zu kopierende Schema):</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+31"/>
        <source>Schema file (.json)</source>
        <translation>Schemadatei (.json)</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+31"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Target (the schema to change):</source>
        <translation>&amp;Ziel (das zu ändernde Schema):</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read both schemas and list what would make the target match the source.</source>
        <translation>Beide Schemas lesen und auflisten, was das Ziel an die Quelle angleichen würde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include &amp;deletions</source>
        <translation>&amp;Löschungen einbeziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also list labels and limits the target has and the source does not. They start unchecked.</source>
        <translation>Auch Bezeichnungen und Limits auflisten, die das Ziel hat und die Quelle nicht. Sie sind zunächst nicht markiert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a source and a target, then click Compare.</source>
        <translation>Wählen Sie eine Quelle und ein Ziel aus und klicken Sie dann auf „Vergleichen“.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Select a change to see its before and after.</source>
        <translation>Wählen Sie eine Änderung aus, um den Zustand vorher und nachher zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These schemas match: there is nothing to change.</source>
        <translation>Diese Schemas stimmen überein: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Compare &amp;Again</source>
        <translation>&amp;Erneut vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read both schemas again to check what is left to change.</source>
        <translation>Beide Schemas erneut lesen, um zu prüfen, was noch zu ändern ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save Plan…</source>
        <translation>Plan &amp;speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the plan as a file that assocctl apply --plan can use.</source>
        <translation>Den Plan als Datei speichern, die assocctl apply --plan verwenden kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/ConnectDialog.ui" line="+21"/>
        <source>Connect to a HubSpot Portal</source>
        <translation>Mit einem HubSpot-Portal verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to a HubSpot portal</source>
        <translation>Mit einem HubSpot-Portal verbinden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where HubSpot&apos;s API answers; https://api.hubapi.com unless you use a proxy or a test server.</source>
        <translation>Wo die API von HubSpot antwortet; https://api.hubapi.com, außer Sie nutzen einen Proxy oder einen Testserver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://api.hubapi.com</source>
        <translation>https://api.hubapi.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the base URL</source>
        <translation>Problem mit der Basis-URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign &amp;in with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How this app proves who it is to HubSpot.</source>
        <translation>Wie sich diese App gegenüber HubSpot ausweist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in details</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private app token</source>
        <translation>Token einer privaten App</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private app access token</source>
        <translation>Zugriffstoken der privaten App</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token of a HubSpot private app (or a service key). It is kept in memory only.</source>
        <translation>Das Zugriffstoken einer privaten HubSpot-App (oder ein Dienstschlüssel). Es wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pat-…</source>
        <translation>pat-…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the access token</source>
        <translation>Problem mit dem Zugriffstoken</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+85"/>
        <source>OAuth refresh token</source>
        <translation>OAuth-Refresh-Token</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client ID of your HubSpot public app.</source>
        <translation>Die Client-ID Ihrer öffentlichen HubSpot-App.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the client ID</source>
        <translation>Problem mit der Client-ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret of your HubSpot public app. It is kept in memory only.</source>
        <translation>Das Client-Secret Ihrer öffentlichen HubSpot-App. Es wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the client secret</source>
        <translation>Problem mit dem Client-Secret</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Refresh-Token:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A refresh token issued to the app for this portal. It is kept in memory only.</source>
        <translation>Ein Refresh-Token, das der App für dieses Portal ausgestellt wurde. Es wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the refresh token</source>
        <translation>Problem mit dem Refresh-Token</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sign in with HubSpot…</source>
        <translation>Bei HubSpot an&amp;melden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with HubSpot in the browser</source>
        <translation>Im Browser bei HubSpot anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens HubSpot&apos;s sign-in page in your browser and fills in the refresh token when you approve the app.</source>
        <translation>Öffnet die Anmeldeseite von HubSpot im Browser und trägt das Refresh-Token ein, sobald Sie die App zulassen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key, sent in the header chosen below. It is kept in memory only.</source>
        <translation>Der Schlüssel, gesendet im unten gewählten Header. Er wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the API key</source>
        <translation>Problem mit dem API-Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Header that carries the API key</source>
        <translation>Header, der den API-Schlüssel trägt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request header HubSpot reads the key from.</source>
        <translation>Der Anfrage-Header, aus dem HubSpot den Schlüssel liest.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sho&amp;w secrets</source>
        <translation>Zugangsdaten an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show secrets in plain text</source>
        <translation>Zugangsdaten im Klartext anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the token, secret and key as typed, to check them.</source>
        <translation>Token, Secret und Schlüssel wie eingegeben anzeigen, um sie zu prüfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Association API version</source>
        <translation>Version der Zuordnungs-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which spelling of HubSpot&apos;s association API to call; v4 unless your portal needs a dated version.</source>
        <translation>Welche Fassung der Zuordnungs-API von HubSpot aufgerufen wird; v4, außer Ihr Portal braucht eine datierte Version.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;How to create a private app, and which scopes it needs</source>
        <translation>&amp;Wie Sie eine private App anlegen und welche Bereiche sie braucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show how to create a private app and which scopes it needs</source>
        <translation>Anzeigen, wie Sie eine private App anlegen und welche Bereiche sie braucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps in HubSpot and the exact scopes for looking only, or for changing labels and limits too.</source>
        <translation>Die Schritte in HubSpot und die genauen Bereiche (Scopes) nur zum Ansehen oder auch zum Ändern von Labels und Limits.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How to create a private app and which scopes it needs</source>
        <translation>Wie Sie eine private App anlegen und welche Bereiche sie braucht</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Test co&amp;nnection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test the connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask HubSpot for the portal&apos;s details with these settings.</source>
        <translation>HubSpot mit diesen Einstellungen nach den Angaben zum Portal fragen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Contacting HubSpot</source>
        <translation>HubSpot wird kontaktiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for HubSpot&apos;s answer.</source>
        <translation>Warte auf die Antwort von HubSpot.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <location filename="../../ui/ConnectionSettingsDialog.ui" line="+7"/>
        <source>Connection Settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How this profile reaches HubSpot.</source>
        <translation>Wie dieses Profil HubSpot erreicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Requests</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Timeout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit einer Anfrage in Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long to wait for HubSpot&apos;s answer before trying again.</source>
        <translation>Wie lange auf die Antwort von HubSpot gewartet wird, bevor es erneut versucht wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+165"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Re&amp;tries:</source>
        <translation>Wiederh&amp;olungen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retries after a failed request</source>
        <translation>Wiederholungen nach einer fehlgeschlagenen Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Further attempts after a timeout, a dropped connection or a server error. Writes are only repeated after checking that they did not happen.</source>
        <translation>Weitere Versuche nach einer Zeitüberschreitung, einer abgebrochenen Verbindung oder einem Serverfehler. Schreibende Anfragen werden nur wiederholt, nachdem geprüft wurde, dass sie nicht ausgeführt wurden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Backoff:</source>
        <translation>&amp;Wartezeit:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backoff base in milliseconds</source>
        <translation>Erste Wartezeit in Millisekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first wait before a retry; it doubles with each attempt, with random jitter.</source>
        <translation>Die erste Wartezeit vor einer Wiederholung; sie verdoppelt sich mit jedem Versuch, mit zufälliger Streuung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>up to</source>
        <translation>bis zu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Longest backoff in milliseconds</source>
        <translation>Längste Wartezeit in Millisekunden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Requests in &amp;flight:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requests in flight at once</source>
        <translation>Gleichzeitig laufende Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most how many requests may be under way at once while loading a portal. Adaptive: as many as HubSpot answers quickly and its rate limit allows, up to 64.</source>
        <translation>Wie viele Anfragen beim Laden eines Portals höchstens gleichzeitig unterwegs sein dürfen. Adaptiv: so viele, wie HubSpot schnell beantwortet und sein Rate-Limit erlaubt, bis zu 64.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adaptive</source>
        <translation>Adaptiv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Pause after:</source>
        <translation>&amp;Pause nach:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failed requests in a row before pausing</source>
        <translation>Fehlgeschlagene Anfragen in Folge bis zur Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After this many failed requests in a row, stop sending for a while instead of hammering a struggling server. 0 turns this off.</source>
        <translation>Nach so vielen fehlgeschlagenen Anfragen in Folge eine Weile nichts senden, statt einen überlasteten Server weiter zu bedrängen. 0 schaltet das ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> failures</source>
        <translation> Fehlern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pause length in seconds</source>
        <translation>Länge der Pause in Sekunden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Allow &amp;HTTP/2</source>
        <translation>&amp;HTTP/2 erlauben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HubSpot serves HTTP/2, which carries many requests over one connection. Turn off only if a proxy breaks it.</source>
        <translation>HubSpot unterstützt HTTP/2, das viele Anfragen über eine Verbindung schickt. Nur abschalten, wenn ein Proxy es stört.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for &amp;compressed responses</source>
        <translation>&amp;Komprimierte Antworten anfordern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cache r&amp;esponses</source>
        <translation>A&amp;ntworten zwischenspeichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep HubSpot&apos;s answers on this computer and ask whether they changed; unchanged ones then come back without their content. Nothing is shown from the cache without HubSpot confirming it.</source>
        <translation>Die Antworten von HubSpot auf diesem Computer aufbewahren und nachfragen, ob sie sich geändert haben; unveränderte kommen dann ohne ihren Inhalt zurück. Aus dem Cache wird nichts angezeigt, ohne dass HubSpot es bestätigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy mode</source>
        <translation>Proxy-Modus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates of your organisation&apos;s certificate authority, added to the system&apos;s. Certificate verification is always on.</source>
        <translation>Zertifikate der Zertifizierungsstelle Ihrer Organisation, zusätzlich zu denen des Systems. Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Additional CA certificate files</source>
        <translation>Zusätzliche CA-Zertifikatsdateien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for networks that ask for one: a PEM certificate with its key file (or both in one file), or a PKCS#12 file (.p12, .pfx) with the key file left empty. The passphrase is kept in the system keychain.</source>
        <translation>Nur für Netzwerke, die eines verlangen: ein PEM-Zertifikat mit seiner Schlüsseldatei (oder beides in einer Datei) oder eine PKCS#12-Datei (.p12, .pfx), wobei die Schlüsseldatei leer bleibt. Die Passphrase wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certi&amp;ficate:</source>
        <translation>Zerti&amp;fikat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the client certificate file</source>
        <translation>Die Client-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Key file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client certificate key file</source>
        <translation>Schlüsseldatei des Client-Zertifikats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the certificate file</source>
        <translation>In der Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brows&amp;e…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the key file</source>
        <translation>Die Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of the client certificate&apos;s key</source>
        <translation>Passphrase des Schlüssels zum Client-Zertifikat</translation>
    </message>
</context>
<context>
    <name>ConnectionTls</name>
    <message>
        <location filename="../../src/api/ConnectionTls.cpp" line="+28"/>
        <source>it is larger than 1 MB</source>
        <translation>sie ist größer als 1 MB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>Die Client-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file %1 holds no private key in PEM form.</source>
        <translation>Die Schlüsseldatei %1 enthält keinen privaten Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key file %1 is protected by a passphrase; enter it with the client certificate.</source>
        <translation>Die Schlüsseldatei %1 ist durch eine Passphrase geschützt; geben Sie diese beim Client-Zertifikat ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase does not unlock the key file %1.</source>
        <translation>Die Passphrase entsperrt die Schlüsseldatei %1 nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key in %1 is of a kind that cannot be used (RSA, EC or DSA keys can).</source>
        <translation>Der private Schlüssel in %1 ist von einer Art, die nicht verwendet werden kann (RSA-, EC- oder DSA-Schlüssel sind möglich).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The client certificate file %1 could not be opened without a passphrase. Enter the passphrase of this PKCS#12 file, or choose a PEM certificate and its key.</source>
        <translation>Die Client-Zertifikatsdatei %1 konnte ohne Passphrase nicht geöffnet werden. Geben Sie die Passphrase dieser PKCS#12-Datei ein oder wählen Sie ein PEM-Zertifikat und seinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate file %1 could not be opened: the passphrase is wrong, or the file is not PKCS#12 (.p12, .pfx).</source>
        <translation>Die Client-Zertifikatsdatei %1 konnte nicht geöffnet werden: Die Passphrase ist falsch, oder die Datei ist keine PKCS#12-Datei (.p12, .pfx).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The client certificate file %1 cannot be read: %2.</source>
        <translation>Die Client-Zertifikatsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client certificate file %1 is not PEM, so it cannot take a separate key file. A PKCS#12 file holds its own key: leave the key file empty.</source>
        <translation>Die Client-Zertifikatsdatei %1 ist keine PEM-Datei und kann daher keine separate Schlüsseldatei haben. Eine PKCS#12-Datei enthält ihren eigenen Schlüssel: Lassen Sie die Schlüsseldatei leer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The client certificate file %1 holds no private key; choose the key file too.</source>
        <translation>Die Client-Zertifikatsdatei %1 enthält keinen privaten Schlüssel; wählen Sie auch die Schlüsseldatei aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file %1 cannot be read: %2.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The CA certificate file %1 cannot be read: %2.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>Die CA-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file %1 is set without a client certificate; choose the certificate too.</source>
        <translation>Die Schlüsseldatei %1 ist ohne Client-Zertifikat angegeben; wählen Sie auch das Zertifikat aus.</translation>
    </message>
</context>
<context>
    <name>DeleteLabelDialog</name>
    <message>
        <location filename="../../ui/DeleteLabelDialog.ui" line="+21"/>
        <source>Delete Association Labels</source>
        <translation>Zuordnungslabels löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete association labels</source>
        <translation>Zuordnungslabels löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>What is deleted</source>
        <translation>Was gelöscht wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels to delete, both directions, and their outcomes</source>
        <translation>Zu löschende Labels in beiden Richtungen und ihre Ergebnisse</translation>
    </message>
</context>
<context>
    <name>DialogConflict</name>
    <message>
        <location filename="../../src/app/DialogConflict.cpp" line="+18"/>
        <source>Your input is kept: confirm again to make your change over what is there now, or cancel to leave it.</source>
        <translation>Ihre Eingabe bleibt erhalten: Bestätigen Sie erneut, um Ihre Änderung auf den jetzigen Stand anzuwenden, oder brechen Sie ab, um ihn unverändert zu lassen.</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <location filename="../../src/core/DocumentFile.cpp" line="+77"/>
        <source>its permissions cannot be set</source>
        <translation>ihre Berechtigungen können nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1 does not allow new files</source>
        <translation>im Ordner %1 dürfen keine neuen Dateien angelegt werden</translation>
    </message>
    <message>
        <location filename="../../src/core/DocumentFileError.cpp" line="+22"/>
        <source>%1 MiB (%2 bytes)</source>
        <translation>%1 MiB (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot use %1: it is a folder, not a file.</source>
        <translation>%1 kann nicht verwendet werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: it holds more than %2, the most this kind of file may have.</source>
        <translation>%1 kann nicht gelesen werden: Sie enthält mehr als %2, das Höchstmaß für eine Datei dieser Art.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: it has %2, more than %3, the most this kind of file may have.</source>
        <translation>%1 kann nicht gelesen werden: Sie hat %2 und damit mehr als %3, das Höchstmaß für eine Datei dieser Art.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: the folder %2 cannot be created.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HubSpotClient</name>
    <message>
        <location filename="../../src/api/HubSpotClient.cpp" line="+46"/>
        <source>HubSpot&apos;s answer does not have the expected shape: %1</source>
        <translation>Die Antwort von HubSpot hat nicht die erwartete Form: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>HubSpot cancelled the batch without saying why.</source>
        <translation>HubSpot hat den Stapel ohne Angabe von Gründen abgebrochen.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Listing the labels of %1</source>
        <translation>Labels von %1 werden aufgelistet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Creating the label &quot;%1&quot; on %2</source>
        <translation>Label „%1“ wird auf %2 angelegt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking whether it was created failed too; refresh before trying again.</source>
        <translation>Auch die Prüfung, ob es angelegt wurde, ist fehlgeschlagen; aktualisieren Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Renaming label %1 on %2</source>
        <translation>Label %1 auf %2 wird umbenannt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleting label %1 on %2</source>
        <translation>Label %1 auf %2 wird gelöscht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listing all association limits</source>
        <translation>Alle Zuordnungslimits werden aufgelistet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listing the limits of %1</source>
        <translation>Limits von %1 werden aufgelistet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Setting limits on %1</source>
        <translation>Limits auf %1 werden festgelegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changing limits on %1</source>
        <translation>Limits auf %1 werden geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing limits on %1</source>
        <translation>Limits auf %1 werden entfernt</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+35"/>
        <source>Setting the limit on %1</source>
        <translation>Limit auf %1 wird festgelegt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The limit changed while it was being written: it is now %1; it was left as it is.</source>
        <translation>Das Limit wurde geändert, während es geschrieben wurde: Es ist jetzt %1; es wurde so belassen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Listing the portal&apos;s custom object types</source>
        <translation>Benutzerdefinierte Objekttypen des Portals werden aufgelistet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the portal&apos;s account details</source>
        <translation>Kontodaten des Portals werden gelesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading label usage</source>
        <translation>Nutzung der Labels wird gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading label usage of %1</source>
        <translation>Nutzung der Labels von %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading records near their limit on %1</source>
        <translation>Datensätze nahe am Limit auf %1 werden gelesen</translation>
    </message>
</context>
<context>
    <name>KeychainStatus</name>
    <message>
        <location filename="../../src/auth/KeychainStatus.cpp" line="+25"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain is not available (%1). Secrets can be kept for this session only; they will not be saved.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Zugangsdaten können nur für diese Sitzung behalten werden; sie werden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>LabelCopyText</name>
    <message>
        <location filename="../../src/models/LabelCopyText.cpp" line="+117"/>
        <source>typeId %1 (%2, %3) has no limit; HubSpot defines it, so there is nothing to create.</source>
        <translation>typeId %1 (%2, %3) hat kein Limit und ist von HubSpot definiert; es gibt also nichts anzulegen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inverse: %1, associationTypeId %2 (%3)</source>
        <translation>Gegenrichtung: %1, associationTypeId %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inverse: none (the same type in both directions)</source>
        <translation>Gegenrichtung: keine (derselbe Typ in beide Richtungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit: %1</source>
        <translation>Limit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate two records with this label: send %1</source>
        <translation>Zwei Datensätze mit diesem Label zuordnen: %1 senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoints (%1):</source>
        <translation>Endpunkte (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the labels of %1</source>
        <translation>die Labels von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rename it: {&quot;associationTypeId&quot;:%1,&quot;label&quot;:…}</source>
        <translation>umbenennen: {&quot;associationTypeId&quot;:%1,&quot;label&quot;:…}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete it</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the limits of %1</source>
        <translation>die Limits von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change its limit: {&quot;inputs&quot;:[{&quot;category&quot;:&quot;%1&quot;,&quot;typeId&quot;:%2,&quot;maxToObjectIds&quot;:…}]}</source>
        <translation>sein Limit ändern: {&quot;inputs&quot;:[{&quot;category&quot;:&quot;%1&quot;,&quot;typeId&quot;:%2,&quot;maxToObjectIds&quot;:…}]}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set its limit: {&quot;inputs&quot;:[{&quot;category&quot;:&quot;%1&quot;,&quot;typeId&quot;:%2,&quot;maxToObjectIds&quot;:…}]}</source>
        <translation>sein Limit festlegen: {&quot;inputs&quot;:[{&quot;category&quot;:&quot;%1&quot;,&quot;typeId&quot;:%2,&quot;maxToObjectIds&quot;:…}]}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove its limit: {&quot;inputs&quot;:[{&quot;category&quot;:&quot;%1&quot;,&quot;typeId&quot;:%2}]}</source>
        <translation>sein Limit entfernen: {&quot;inputs&quot;:[{&quot;category&quot;:&quot;%1&quot;,&quot;typeId&quot;:%2}]}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records at or near their limits</source>
        <translation>Datensätze am oder nahe am Limit</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../ui/LabelDialog.ui" line="+21"/>
        <source>Association Label</source>
        <translation>Zuordnungslabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Association label</source>
        <translation>Zuordnungslabel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Object pair</source>
        <translation>Objektpaar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of label</source>
        <translation>Art des Labels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Single label (same both ways)</source>
        <translation>&amp;Einzelnes Label (in beide Richtungen gleich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Single label, same text both ways</source>
        <translation>Einzelnes Label, in beide Richtungen derselbe Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One text describes the association from either side, for example &quot;Partner&quot;.</source>
        <translation>Ein Text beschreibt die Zuordnung von beiden Seiten, zum Beispiel „Partner“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Paired labels (different text each way)</source>
        <translation>&amp;Gepaarte Labels (je Richtung ein eigener Text)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paired labels, a different text each way</source>
        <translation>Gepaarte Labels, je Richtung ein anderer Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each side has its own text, for example &quot;Manager&quot; one way and &quot;Employee&quot; the other.</source>
        <translation>Jede Seite hat ihren eigenen Text, zum Beispiel „Vorgesetzte(r)“ in die eine und „Mitarbeiter(in)“ in die andere Richtung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text HubSpot shows on associated records, up to 100 characters.</source>
        <translation>Der Text, den HubSpot an zugeordneten Datensätzen zeigt, höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Manager</source>
        <translation>z. B. Vorgesetzte(r)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the label</source>
        <translation>Problem mit dem Label</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Other way:</source>
        <translation>Gegen&amp;richtung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Label in the other direction</source>
        <translation>Label in der Gegenrichtung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text shown from the other side of a paired label, up to 100 characters.</source>
        <translation>Der Text, der von der anderen Seite eines gepaarten Labels gezeigt wird, höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Employee</source>
        <translation>z. B. Mitarbeiter(in)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the label in the other direction</source>
        <translation>Problem mit dem Label in der Gegenrichtung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Internal name:</source>
        <translation>&amp;Interner Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Internal name</source>
        <translation>Interner Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identifier integrations use: lowercase letters, digits and underscores. It follows the label until you edit it; it cannot be changed later.</source>
        <translation>Der Bezeichner, den Integrationen verwenden: Kleinbuchstaben, Ziffern und Unterstriche. Er folgt dem Label, bis Sie ihn bearbeiten; später lässt er sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>derived from the label</source>
        <translation>aus dem Label abgeleitet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the internal name</source>
        <translation>Problem mit dem internen Namen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the label reads from each side.</source>
        <translation>Wie sich das Label von jeder Seite liest.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sending to HubSpot</source>
        <translation>Wird an HubSpot gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for HubSpot&apos;s answer.</source>
        <translation>Warte auf die Antwort von HubSpot.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <location filename="../../ui/LimitDialog.ui" line="+21"/>
        <source>Association Limits</source>
        <translation>Zuordnungslimits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Association limits</source>
        <translation>Zuordnungslimits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many records one record may be associated with through this label, per direction.</source>
        <translation>Mit wie vielen Datensätzen ein Datensatz über dieses Label höchstens verknüpft sein darf, je Richtung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Limit in the first direction</source>
        <translation>Limit in der ersten Richtung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current limit in the first direction</source>
        <translation>Aktuelles Limit in der ersten Richtung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;No limit</source>
        <translation>&amp;Kein Limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit in the first direction</source>
        <translation>Kein Limit in der ersten Richtung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+103"/>
        <source>Remove the limit you set; HubSpot&apos;s default for the portal applies.</source>
        <translation>Das von Ihnen gesetzte Limit entfernen; dann gilt der Standardwert von HubSpot für das Portal.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>At &amp;most</source>
        <translation>&amp;Höchstens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a limit in the first direction</source>
        <translation>Ein Limit in der ersten Richtung festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+103"/>
        <source>Allow each record at most this many associated records with this label.</source>
        <translation>Jedem Datensatz höchstens so viele zugeordnete Datensätze mit diesem Label erlauben.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Maximum number of records in the first direction</source>
        <translation>Höchstzahl der Datensätze in der ersten Richtung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+103"/>
        <source>From 1 to 10,000 records.</source>
        <translation>1 bis 10.000 Datensätze.</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+103"/>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Problem with the limit in the first direction</source>
        <translation>Problem mit dem Limit in der ersten Richtung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records affected in the first direction</source>
        <translation>Betroffene Datensätze in der ersten Richtung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Limit in the other direction</source>
        <translation>Limit in der Gegenrichtung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current limit in the other direction</source>
        <translation>Aktuelles Limit in der Gegenrichtung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>N&amp;o limit</source>
        <translation>Kei&amp;n Limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit in the other direction</source>
        <translation>Kein Limit in der Gegenrichtung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At mos&amp;t</source>
        <translation>Hö&amp;chstens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a limit in the other direction</source>
        <translation>Ein Limit in der Gegenrichtung festlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maximum number of records in the other direction</source>
        <translation>Höchstzahl der Datensätze in der Gegenrichtung</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Problem with the limit in the other direction</source>
        <translation>Problem mit dem Limit in der Gegenrichtung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records affected in the other direction</source>
        <translation>Betroffene Datensätze in der Gegenrichtung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sending to HubSpot</source>
        <translation>Wird an HubSpot gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for HubSpot&apos;s answer.</source>
        <translation>Warte auf die Antwort von HubSpot.</translation>
    </message>
</context>
<context>
    <name>ObjectTypeChoice</name>
    <message>
        <location filename="../../src/core/ObjectTypeChoice.cpp" line="+71"/>
        <source>&quot;%1&quot; is not an object type: use core, all, auto, or type ids and names separated by commas (0-1,0-3,line_items,2-123).</source>
        <translation>„%1“ ist kein Objekttyp: Verwenden Sie core, all, auto oder durch Kommas getrennte Typ-IDs und -Namen (0-1,0-3,line_items,2-123).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No object types given: use core, all, auto, or type ids and names separated by commas.</source>
        <translation>Keine Objekttypen angegeben: Verwenden Sie core, all, auto oder durch Kommas getrennte Typ-IDs und -Namen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The object-type choice must be a text such as &quot;auto&quot;.</source>
        <translation>Die Objekttyp-Auswahl muss ein Text wie „auto“ sein.</translation>
    </message>
</context>
<context>
    <name>PlanChange</name>
    <message>
        <location filename="../../src/core/SchemaPlan.cpp" line="+45"/>
        <source>Unlabeled</source>
        <translation>Ohne Bezeichnung</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>at most %n record(s)</source>
        <translation>
            <numerusform>höchstens %n Datensatz</numerusform>
            <numerusform>höchstens %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create label %1 / %2 (%3)</source>
        <translation>Bezeichnung %1 / %2 erstellen (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create label %1 (%2)</source>
        <translation>Bezeichnung %1 erstellen (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename label %1 to %2 (%3)</source>
        <translation>Bezeichnung %1 in %2 umbenennen (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete label %1 (%2)</source>
        <translation>Bezeichnung %1 löschen (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the limit of %1 from %2 to %3 (%4)</source>
        <translation>Limit für %1 von %2 auf %3 ändern (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Limit %1 to %2 (%3)</source>
        <translation>%1 auf %2 begrenzen (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the limit of %1 (%2)</source>
        <translation>Limit für %1 entfernen (%2)</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../../src/core/PlanFile.cpp" line="+19"/>
        <source>%1 is not a plan: %2</source>
        <translation>%1 ist kein Plan: %2</translation>
    </message>
</context>
<context>
    <name>PortalLoader</name>
    <message>
        <location filename="../../src/api/PortalLoader.cpp" line="+66"/>
        <source>Loading the portal</source>
        <translation>Portal wird geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A limit on association type %1 (%2) matches %3 pairs; cannot tell where it belongs.</source>
        <translation>Ein Limit für den Zuordnungstyp %1 (%2) passt zu %3 Paaren; es ist nicht zu erkennen, wohin es gehört.</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <location filename="../../src/auth/ProfileSession.cpp" line="+39"/>
        <location line="+76"/>
        <source>The secret store was closed.</source>
        <translation>Der Speicher für Zugangsdaten wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HubSpot refused the sign-in for “%1”. Sign in again.</source>
        <translation>HubSpot hat die Anmeldung für „%1“ abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../../src/auth/ProfileStore.cpp" line="+102"/>
        <source>There is no such portal profile.</source>
        <translation>Dieses Portalprofil gibt es nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../ui/ProfilesDialog.ui" line="+21"/>
        <source>Manage Profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manage portal profiles</source>
        <translation>Portalprofile verwalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The portals you work with. Their secrets are kept in the system keychain, never in a file.</source>
        <translation>Die Portale, mit denen Sie arbeiten. Ihre Zugangsdaten werden im Schlüsselbund des Systems aufbewahrt, niemals in einer Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Portal profiles</source>
        <translation>Portalprofile</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a portal profile.</source>
        <translation>Ein Portalprofil hinzufügen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected profile&apos;s name, address or sign-in.</source>
        <translation>Name, Adresse oder Anmeldung des ausgewählten Profils ändern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected profile, secrets included, under a new name.</source>
        <translation>Das ausgewählte Profil samt Zugangsdaten unter einem neuen Namen kopieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected profile and delete its secrets from the keychain.</source>
        <translation>Das ausgewählte Profil entfernen und seine Zugangsdaten aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect the window to the selected portal.</source>
        <translation>Das Fenster mit dem ausgewählten Portal verbinden.</translation>
    </message>
</context>
<context>
    <name>RequiredScopes</name>
    <message>
        <location filename="../../src/api/RequiredScopes.cpp" line="+23"/>
        <source>any one CRM object scope, read or write (about 80 in HubSpot&apos;s list)</source>
        <translation>ein beliebiger Bereich für CRM-Objekte, Lesen oder Schreiben (etwa 80 in der Liste von HubSpot)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no scope named in the API files the app follows</source>
        <translation>kein Bereich in den API-Dateien genannt, nach denen sich die App richtet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>HubSpot → Development → Legacy apps → your private app → Scopes (in older accounts: Settings → Integrations → Private Apps)</source>
        <translation>HubSpot → Entwicklung → Legacy-Apps → Ihre private App → Bereiche (in älteren Accounts: Einstellungen → Integrationen → Private Apps)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a private app in HubSpot (you must be a super admin): %1. Give it these scopes, then copy its access token from the Auth tab.</source>
        <translation>Legen Sie in HubSpot eine private App an (dazu müssen Sie Super-Admin sein): %1. Geben Sie ihr diese Bereiche und kopieren Sie dann ihr Zugriffstoken von der Registerkarte „Auth“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To look only (browse, export, compare): %1.</source>
        <translation>Nur zum Ansehen (durchsuchen, exportieren, vergleichen): %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To change labels and limits too, add: %1.</source>
        <translation>Um auch Labels und Limits zu ändern, zusätzlich: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot&apos;s API reference also accepts a read scope for these changes; the write scopes make the token&apos;s purpose plain and match Sign in with HubSpot.</source>
        <translation>Die API-Referenz von HubSpot akzeptiert für diese Änderungen auch einen Lesebereich; die Schreibbereiche machen den Zweck des Tokens deutlich und entsprechen der Anmeldung bei HubSpot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other object types need their own read scope (for example crm.objects.line_items.read); HubSpot names it when it is missing.</source>
        <translation>Andere Objekttypen brauchen einen eigenen Lesebereich (zum Beispiel crm.objects.line_items.read); HubSpot nennt ihn, wenn er fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HubSpot is phasing out the creation of new legacy private apps in favour of service keys; existing private apps keep working, and a service key&apos;s token is entered here the same way.</source>
        <translation>HubSpot stellt das Anlegen neuer privater Legacy-Apps zugunsten von Dienstschlüsseln schrittweise ein; bestehende private Apps funktionieren weiter, und das Token eines Dienstschlüssels wird hier genauso eingegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The app or token lacks a required scope; add it in HubSpot and try again.</source>
        <translation>Der App oder dem Token fehlt ein nötiger Bereich (Scope); fügen Sie ihn in HubSpot hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the scope %1 to your private app (%2), or to the scopes your app asks for when you sign in with HubSpot, then try again.</source>
        <translation>Fügen Sie den Bereich %1 Ihrer privaten App (%2) hinzu oder den Bereichen, die Ihre App bei der Anmeldung bei HubSpot anfordert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add one of the scopes %1 to your private app (%2), or to the scopes your app asks for when you sign in with HubSpot, then try again.</source>
        <translation>Fügen Sie einen der Bereiche %1 Ihrer privaten App (%2) hinzu oder den Bereichen, die Ihre App bei der Anmeldung bei HubSpot anfordert, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../src/cli/Runner.cpp" line="+88"/>
        <source>assocctl: HubSpot issued a new refresh token. It is not shown; if the old one stops working, sign in again.</source>
        <translation>assocctl: HubSpot hat ein neues Refresh-Token ausgestellt. Es wird nicht angezeigt; wenn das alte nicht mehr funktioniert, melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>assocctl: warning: %1 This change is not recorded.</source>
        <translation>assocctl: Warnung: %1 Diese Änderung wird nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>SchemaComparer</name>
    <message>
        <location filename="../../src/core/SchemaComparer.cpp" line="+396"/>
        <source>The limit of %1 type %2 (%3) on %4 → %5 is left out: the target has no such association type.</source>
        <translation>Das Limit für %1-Typ %2 (%3) auf %4 → %5 wird ausgelassen: Das Ziel hat keinen solchen Zuordnungstyp.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Object type %1 exists only in the source; its labels and limits are left out.</source>
        <translation>Objekttyp %1 existiert nur in der Quelle; seine Bezeichnungen und Limits werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Object type %1 exists only in the target; its labels and limits are left as they are.</source>
        <translation>Objekttyp %1 existiert nur im Ziel; seine Bezeichnungen und Limits bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>SchemaFile</name>
    <message>
        <location filename="../../src/core/SchemaFile.cpp" line="+20"/>
        <source>%1 is not a schema exported by Association Studio: %2</source>
        <translation>%1 ist kein von Association Studio exportiertes Schema: %2</translation>
    </message>
</context>
<context>
    <name>SchemaMapExporter</name>
    <message>
        <location filename="../../src/app/map/SchemaMapExporter.cpp" line="+22"/>
        <source>The map is too large for a picture of %1 × %2 pixels.</source>
        <translation>Die Karte ist zu groß für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not encode the picture: %1</source>
        <translation>Das Bild konnte nicht kodiert werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schema map</source>
        <translation>Schemakarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object types and the user-defined association labels between them, drawn by Association Studio.</source>
        <translation>Objekttypen und die benutzerdefinierten Zuordnungsbezeichnungen zwischen ihnen, gezeichnet von Association Studio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not draw the map as SVG.</source>
        <translation>Die Karte konnte nicht als SVG gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>SchemaMapNode</name>
    <message>
        <location filename="../../src/app/map/SchemaMapNode.cpp" line="+35"/>
        <source>%1 — custom object %2 (%3)
Double-click to show it in the tree.</source>
        <translation>%1 — benutzerdefiniertes Objekt %2 (%3)
Doppelklicken, um es in der Baumansicht anzuzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — standard object (%2)
Double-click to show it in the tree.</source>
        <translation>%1 — Standardobjekt (%2)
Doppelklicken, um es in der Baumansicht anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>SchemaSource</name>
    <message>
        <location filename="../../src/cli/SchemaSource.cpp" line="+20"/>
        <source>portal %1</source>
        <translation>Portal %1</translation>
    </message>
</context>
<context>
    <name>SecretNames</name>
    <message>
        <location filename="../../src/auth/SecretName.cpp" line="+40"/>
        <source>access token</source>
        <translation>das Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth client secret</source>
        <translation>das OAuth-Client-Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HubSpot sign-in (refresh token)</source>
        <translation>die HubSpot-Anmeldung (Refresh-Token)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxy password</source>
        <translation>das Proxy-Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client certificate passphrase</source>
        <translation>die Passphrase des Client-Zertifikats</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../src/auth/SecretStore.cpp" line="+41"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access to the system keychain was denied, so the %1 could not be %2.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert, daher konnte %1 nicht %2 werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain refused access to the %1 (%2). It may be locked.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf %1 verweigert (%2). Er ist möglicherweise gesperrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 could not be deleted from the system keychain (%2).</source>
        <translation>Aus dem Schlüsselbund des Systems konnte %1 nicht gelöscht werden (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain failed with the %1 (%2).</source>
        <translation>Der Schlüsselbund des Systems meldete einen Fehler für %1 (%2).</translation>
    </message>
    <message>
        <location line="+185"/>
        <location line="+23"/>
        <location line="+16"/>
        <source>The secret store was closed.</source>
        <translation>Der Speicher für Zugangsdaten wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>UnavailableObjectType</name>
    <message>
        <location filename="../../src/core/UnavailableObjectType.cpp" line="+19"/>
        <source>this portal does not have them</source>
        <translation>dieses Portal hat sie nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token may not read them</source>
        <translation>das Token darf sie nicht lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token may not read them (missing scope %1)</source>
        <translation>das Token darf sie nicht lesen (fehlender Bereich %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no object type of this portal has this id or name</source>
        <translation>kein Objekttyp dieses Portals hat diese ID oder diesen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — not available: %2</source>
        <translation>%1 — nicht verfügbar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(HubSpot: “%1”)</source>
        <translation>(HubSpot: „%1“)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../src/core/Validation.cpp" line="+26"/>
        <source>Enter the label shown from the other side, or make it a single label.</source>
        <translation>Geben Sie das Label für die andere Seite ein oder machen Sie es zu einem einzelnen Label.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a label.</source>
        <translation>Geben Sie ein Label ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The label is %1 characters long; use at most %2.</source>
        <translation>Das Label ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The label contains a control character (such as a tab or line break); remove it.</source>
        <translation>Das Label enthält ein Steuerzeichen (etwa einen Tabulator oder Zeilenumbruch); entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an internal name.</source>
        <translation>Geben Sie einen internen Namen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The internal name is %1 characters long; use at most %2.</source>
        <translation>Der interne Name ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use only lowercase letters a-z, digits and underscores, starting with a letter (for example &quot;billing_contact&quot;).</source>
        <translation>Verwenden Sie nur Kleinbuchstaben a–z, Ziffern und Unterstriche, beginnend mit einem Buchstaben (zum Beispiel „billing_contact“).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+23"/>
        <source>This pair already has a label &quot;%1&quot; (typeId %2); choose another text.</source>
        <translation>Dieses Paar hat bereits ein Label „%1“ (typeId %2); wählen Sie einen anderen Text.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This pair already has %1 labels, HubSpot&apos;s maximum; delete one first.</source>
        <translation>Dieses Paar hat bereits %1 Labels, das Maximum von HubSpot; löschen Sie zuerst eines.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A limit must allow at least 1 record; choose &quot;No limit&quot; to remove it.</source>
        <translation>Ein Limit muss mindestens 1 Datensatz erlauben; wählen Sie „Kein Limit“, um es zu entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HubSpot allows limits up to %L1 records; choose &quot;No limit&quot; for more.</source>
        <translation>HubSpot erlaubt Limits bis %L1 Datensätze; wählen Sie „Kein Limit“ für mehr.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/WelcomePage.ui" line="+6"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+3"/>
        <source>Welcome to Association Studio</source>
        <translation>Willkommen bei Association Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>See and manage how your HubSpot CRM object types relate: association labels and limits, for every pair of standard and custom objects.</source>
        <translation>Beziehungen zwischen Ihren HubSpot-CRM-Objekttypen ansehen und verwalten: Zuordnungslabels und -limits für jedes Paar aus Standard- und benutzerdefinierten Objekten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Association Studio does</source>
        <translation>Was Association Studio macht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Connect to HubSpot…</source>
        <translation>Mit HubSpot &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to HubSpot</source>
        <translation>Mit HubSpot verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the Connect dialog: a private app&apos;s access token, or Sign in with HubSpot.</source>
        <translation>Öffnet den Verbindungsdialog: Zugriffstoken einer privaten App oder Anmeldung bei HubSpot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With a private app&apos;s access token, or Sign in with HubSpot. The Connect dialog lists the scopes the app needs.</source>
        <translation>Mit dem Zugriffstoken einer privaten App oder per Anmeldung bei HubSpot. Der Verbindungsdialog nennt die Bereiche, die die App braucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About connecting</source>
        <translation>Über das Verbinden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Explore the demo portal</source>
        <translation>Demo-Portal &amp;erkunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explore the demo portal</source>
        <translation>Demo-Portal erkunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a sample portal that runs on this computer.</source>
        <translation>Öffnet ein Beispielportal, das auf diesem Computer läuft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sample portal with standard and custom objects, running on this computer: try anything, nothing reaches HubSpot and nothing is saved as a profile.</source>
        <translation>Ein Beispielportal mit Standard- und benutzerdefinierten Objekten, das auf diesem Computer läuft: Probieren Sie alles aus; nichts erreicht HubSpot, und nichts wird als Profil gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the demo portal</source>
        <translation>Über das Demo-Portal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem starting the demo portal</source>
        <translation>Problem beim Starten des Demo-Portals</translation>
    </message>
</context>
<context>
    <name>assoc::ConnectionNetwork</name>
    <message>
        <location filename="../../src/api/ConnectionNetwork.cpp" line="+61"/>
        <source>The server sent the request on to another address (%1). It was not followed, so no credentials went there. Check the base URL, or ask your network administrator about the redirect.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse weitergeleitet (%1). Der Weiterleitung wurde nicht gefolgt, daher wurden keine Zugangsdaten dorthin gesendet. Prüfen Sie die Basis-URL oder fragen Sie Ihre Netzwerkadministration nach der Weiterleitung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server closed the secure connection (%1). If your network requires a client certificate, set one in the connection settings (assocctl: --client-cert).</source>
        <translation>Der Server hat die sichere Verbindung geschlossen (%1). Wenn Ihr Netzwerk ein Client-Zertifikat verlangt, legen Sie eines in den Verbindungseinstellungen fest (assocctl: --client-cert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server closed the secure connection (%1). Check that the network accepts the client certificate of the connection settings.</source>
        <translation>Der Server hat die sichere Verbindung geschlossen (%1). Prüfen Sie, ob das Netzwerk das Client-Zertifikat aus den Verbindungseinstellungen akzeptiert.</translation>
    </message>
</context>
<context>
    <name>assoc::PlanApplier</name>
    <message>
        <location filename="../../src/api/PlanApplier.cpp" line="+206"/>
        <source>would be set to %1 once the label exists</source>
        <translation>würde auf %1 gesetzt, sobald die Bezeichnung existiert</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>A plan is already being applied.</source>
        <translation>Es wird bereits ein Plan angewendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+26"/>
        <source>Applying the plan</source>
        <translation>Plan wird angewendet</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The plan does not say which portal it was made for, so it is not applied to any portal. Make the plan against the portal itself, or name the portal it is for.</source>
        <translation>Der Plan gibt nicht an, für welches Portal er erstellt wurde, daher wird er auf kein Portal angewendet. Erstellen Sie den Plan anhand des Portals selbst oder geben Sie das Portal an, für das er bestimmt ist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The plan was made for portal %1, but this is portal %2; nothing was applied.</source>
        <translation>Der Plan wurde für Portal %1 erstellt, dies ist aber Portal %2; es wurde nichts angewendet.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not selected</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletions are not allowed by this plan</source>
        <translation>Löschungen sind in diesem Plan nicht erlaubt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The target portal has no object type “%1”.</source>
        <translation>Das Zielportal hat keinen Objekttyp „%1“.</translation>
    </message>
</context>
<context>
    <name>assoc::ReplyGuard</name>
    <message>
        <location filename="../../src/api/ReplyGuard.cpp" line="+46"/>
        <source>HubSpot&apos;s answer did not arrive in full within %1 s.</source>
        <translation>Die Antwort von HubSpot ist nicht innerhalb von %1 s vollständig eingetroffen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer from HubSpot within %1 s.</source>
        <translation>Keine Antwort von HubSpot innerhalb von %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HubSpot&apos;s answer is larger than %1 MB, the most this app reads; reading stopped there.</source>
        <translation>Die Antwort von HubSpot ist größer als %1 MB, das Höchstmaß, das diese App liest; das Lesen wurde dort beendet.</translation>
    </message>
</context>
<context>
    <name>assoc::RequestScheduler</name>
    <message>
        <location filename="../../src/api/RequestScheduler.cpp" line="+146"/>
        <source>Sending is paused until %1 after %2 failed requests in a row.</source>
        <translation>Das Senden ist nach %2 fehlgeschlagenen Anfragen in Folge bis %1 pausiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last one: %1 (%2)</source>
        <translation>Zuletzt: %1 (%2)</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>HubSpot&apos;s answer is an HTML page, not JSON: a proxy, firewall or sign-in page may have answered instead of HubSpot.</source>
        <translation>Die Antwort von HubSpot ist eine HTML-Seite, kein JSON: Möglicherweise hat ein Proxy, eine Firewall oder eine Anmeldeseite anstelle von HubSpot geantwortet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>HubSpot answered with HTTP %1.</source>
        <translation>HubSpot hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>HubSpot did not accept the credentials.</source>
        <translation>HubSpot hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>HubSpot answers over HTTP/1.1, not HTTP/2 (a proxy or firewall in between may not offer it): loading takes several times longer.</source>
        <translation>HubSpot antwortet über HTTP/1.1, nicht über HTTP/2 (ein Proxy oder eine Firewall dazwischen bietet es möglicherweise nicht an): Das Laden dauert um ein Mehrfaches länger.</translation>
    </message>
</context>
<context>
    <name>assoc::app::ActionSet</name>
    <message>
        <location filename="../../src/app/ActionSet.cpp" line="+15"/>
        <source>&amp;New label…</source>
        <translation>&amp;Neues Label…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit label…</source>
        <translation>Label &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete label…</source>
        <translation>Label &amp;löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;limit…</source>
        <translation>Li&amp;mit festlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove limit…</source>
        <translation>Limit &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to portal…</source>
        <translation>Mit Portal &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter pairs</source>
        <translation>Paare &amp;filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export Schema…</source>
        <translation>Schema &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the portal&apos;s labels and limits as a schema file</source>
        <translation>Die Bezeichnungen und Limits des Portals als Schemadatei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Schema…</source>
        <translation>Schema &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare a schema file with this portal and apply what it has that the portal lacks</source>
        <translation>Eine Schemadatei mit diesem Portal vergleichen und anwenden, was sie enthält und dem Portal fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Com&amp;pare Portals…</source>
        <translation>Portale &amp;vergleichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two portals or schema files and make one match the other</source>
        <translation>Zwei Portale oder Schemadateien vergleichen und das eine an das andere angleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema &amp;Map</source>
        <translation>Schema&amp;karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture of the portal: object types and the pairs with user-defined labels</source>
        <translation>Ein Bild des Portals: Objekttypen und die Paare mit benutzerdefinierten Bezeichnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo Last Change</source>
        <translation>Letzte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;typeId</source>
        <translation>&amp;typeId kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the typeIds of the selected labels, one a line</source>
        <translation>Die typeIds der ausgewählten Labels kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected rows as JSON, as “assocctl labels --json” prints them</source>
        <translation>Die ausgewählten Zeilen als JSON kopieren, so wie „assocctl labels --json“ sie ausgibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as &amp;assocctl Command</source>
        <translation>Als &amp;assocctl-Befehl kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the assocctl commands that make the selected labels and limits</source>
        <translation>Die assocctl-Befehle kopieren, die die ausgewählten Labels und Limits anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy API &amp;Details</source>
        <translation>API-&amp;Details kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy what a developer needs of the selected labels: typeIds, category, inverse and the API&apos;s endpoints</source>
        <translation>Kopieren, was Entwickler über die ausgewählten Labels wissen müssen: typeIds, Kategorie, Gegenrichtung und die Endpunkte der API</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a label first.</source>
        <translation>Wählen Sie zuerst ein Label aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select one label to rename it.</source>
        <translation>Wählen Sie genau ein Label aus, um es umzubenennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels defined by HubSpot cannot be renamed or deleted.</source>
        <translation>Von HubSpot definierte Labels können nicht umbenannt oder gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete the %n selected label(s) and their other directions</source>
        <translation>
            <numerusform>Das %n ausgewählte Label und seine Gegenrichtung löschen</numerusform>
            <numerusform>Die %n ausgewählten Labels und ihre Gegenrichtungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the selected labels is defined by HubSpot; labels defined by HubSpot cannot be renamed or deleted.</source>
        <translation>
            <numerusform>%n der ausgewählten Labels ist von HubSpot definiert; von HubSpot definierte Labels können nicht umbenannt oder gelöscht werden.</numerusform>
            <numerusform>%n der ausgewählten Labels sind von HubSpot definiert; von HubSpot definierte Labels können nicht umbenannt oder gelöscht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Give the %n selected labels the same limit</source>
        <translation>
            <numerusform>Dem %n ausgewählten Label ein Limit geben</numerusform>
            <numerusform>Den %n ausgewählten Labels dasselbe Limit geben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove the limit of %n selected label(s)</source>
        <translation>
            <numerusform>Das Limit von %n ausgewählten Label entfernen</numerusform>
            <numerusform>Die Limits von %n ausgewählten Labels entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The selected label(s) have no limit.</source>
        <translation>
            <numerusform>Das ausgewählte Label hat kein Limit.</numerusform>
            <numerusform>Die ausgewählten Labels haben kein Limit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Rename the selected label (F2)</source>
        <translation>Das ausgewählte Label umbenennen (F2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Limit how many records one record may be associated with through this label</source>
        <translation>Begrenzen, mit wie vielen Datensätzen ein Datensatz über dieses Label verknüpft sein darf</translation>
    </message>
</context>
<context>
    <name>assoc::app::BulkActionRunner</name>
    <message numerus="yes">
        <location filename="../../src/app/BulkActionRunner.cpp" line="+93"/>
        <source>Not every change was made: each one&apos;s outcome is listed above. Confirm again to try the %n left over what the portal holds now, or close to leave them.</source>
        <translation>
            <numerusform>Nicht jede Änderung wurde vorgenommen: Das Ergebnis jeder einzelnen steht oben. Bestätigen Sie erneut, um die %n verbliebene Änderung auf den jetzigen Stand des Portals anzuwenden, oder schließen Sie, um sie zu belassen.</numerusform>
            <numerusform>Nicht jede Änderung wurde vorgenommen: Das Ergebnis jeder einzelnen steht oben. Bestätigen Sie erneut, um die %n verbliebenen Änderungen auf den jetzigen Stand des Portals anzuwenden, oder schließen Sie, um sie zu belassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assoc::app::BulkChangeDialog</name>
    <message>
        <location filename="../../src/app/dialogs/BulkChangeDialog.cpp" line="+55"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the change being made now; the others are not started.</source>
        <translation>Nach der laufenden Änderung anhalten; die übrigen werden nicht begonnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close, leaving what was not done as it is.</source>
        <translation>Schließen und das, was nicht erledigt wurde, so belassen.</translation>
    </message>
</context>
<context>
    <name>assoc::app::BulkChangeList</name>
    <message>
        <location filename="../../src/app/dialogs/BulkChangeList.cpp" line="+42"/>
        <source>Labels and their outcomes</source>
        <translation>Labels und ihre Ergebnisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes made so far</source>
        <translation>Bisher vorgenommene Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%v of %m</source>
        <extracomment>The progress of a bulk change: &quot;2 of 3&quot;</extracomment>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary of the outcomes</source>
        <translation>Zusammenfassung der Ergebnisse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome of the selected label</source>
        <translation>Ergebnis des ausgewählten Labels</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n applied</source>
        <translation>
            <numerusform>%n angewendet</numerusform>
            <numerusform>%n angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in place</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left alone because someone changed it</source>
        <translation>
            <numerusform>%n unverändert gelassen, weil jemand es geändert hat</numerusform>
            <numerusform>%n unverändert gelassen, weil jemand sie geändert hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not started</source>
        <translation>
            <numerusform>%n nicht begonnen</numerusform>
            <numerusform>%n nicht begonnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assoc::app::BulkLimitDialog</name>
    <message>
        <location filename="../../src/app/dialogs/BulkLimitDialog.cpp" line="+38"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>typeId</source>
        <translation>typeId</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current limit</source>
        <translation>Aktuelles Limit</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Remove the Limit of %n Label(s)</source>
        <translation>
            <numerusform>Limit von %n Label entfernen</numerusform>
            <numerusform>Limits von %n Labels entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove the limit of %n label(s) of %1? HubSpot&apos;s default for the portal applies to them again.</source>
        <translation>
            <numerusform>Das Limit von %n Label auf %1 entfernen? Dafür gilt dann wieder der Standardwert von HubSpot für das Portal.</numerusform>
            <numerusform>Die Limits von %n Labels auf %1 entfernen? Für sie gilt dann wieder der Standardwert von HubSpot für das Portal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records at or near the limit now can be associated with more records once it is removed.</source>
        <translation>Datensätze, die jetzt am oder nahe am Limit sind, können nach dem Entfernen mit mehr Datensätzen verknüpft werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Remove Limit(s)</source>
        <translation>
            <numerusform>Limit &amp;entfernen</numerusform>
            <numerusform>Limits &amp;entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove the limit(s) in HubSpot.</source>
        <translation>
            <numerusform>Das Limit in HubSpot entfernen.</numerusform>
            <numerusform>Die Limits in HubSpot entfernen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Limit of %n Label(s)</source>
        <translation>
            <numerusform>Limit für %n Label</numerusform>
            <numerusform>Limit für %n Labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Give each of these %n label(s) of %1 the same limit: how many records one record may be associated with through it.</source>
        <translation>
            <numerusform>Diesem %n Label auf %1 ein Limit geben: mit wie vielen Datensätzen ein Datensatz darüber höchstens verknüpft sein darf.</numerusform>
            <numerusform>Jedem dieser %n Labels auf %1 dasselbe Limit geben: mit wie vielen Datensätzen ein Datensatz darüber höchstens verknüpft sein darf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set &amp;Limit</source>
        <translation>&amp;Limit festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the limit of each label in HubSpot.</source>
        <translation>Das Limit jedes Labels in HubSpot speichern.</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>Lowering the limit from %L1 to %Ln record(s) affects records that already have many associations.</source>
        <translation>
            <numerusform>Das Limit von %L1 auf %Ln Datensatz zu senken, betrifft Datensätze, die bereits viele Zuordnungen haben.</numerusform>
            <numerusform>Das Limit von %L1 auf %Ln Datensätze zu senken, betrifft Datensätze, die bereits viele Zuordnungen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A limit of %Ln record(s) affects records that already have many associations.</source>
        <translation>
            <numerusform>Ein Limit von %Ln Datensatz betrifft Datensätze, die bereits viele Zuordnungen haben.</numerusform>
            <numerusform>Ein Limit von %Ln Datensätzen betrifft Datensätze, die bereits viele Zuordnungen haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assoc::app::CompareController</name>
    <message>
        <location filename="../../src/app/compare/CompareController.cpp" line="+59"/>
        <location line="+12"/>
        <source>Import Schema</source>
        <translation>Schema importieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Schema files (*.json);;All files (*)</source>
        <translation>Schemadateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The schema file could not be imported. Nothing was changed.</source>
        <translation>Die Schemadatei konnte nicht importiert werden. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>assoc::app::CompareSession</name>
    <message numerus="yes">
        <location filename="../../src/app/compare/CompareSession.cpp" line="+31"/>
        <source>%n change(s) applied</source>
        <translation>
            <numerusform>%n Änderung angewendet</numerusform>
            <numerusform>%n Änderungen angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in place</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left alone because the portal had changed since the comparison</source>
        <translation>
            <numerusform>%n unverändert gelassen, weil sich das Portal seit dem Vergleich geändert hatte</numerusform>
            <numerusform>%n unverändert gelassen, weil sich das Portal seit dem Vergleich geändert hatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n not applied</source>
        <translation>
            <numerusform>%n nicht angewendet</numerusform>
            <numerusform>%n nicht angewendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Compare again to see what is left to change.</source>
        <translation>Vergleichen Sie erneut, um zu sehen, was noch zu ändern ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare first.</source>
        <translation>Vergleichen Sie zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target is a file: changes can only be applied to a portal. Save the plan instead.</source>
        <translation>Das Ziel ist eine Datei: Änderungen können nur auf ein Portal angewendet werden. Speichern Sie stattdessen den Plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target portal has been closed since the comparison. Compare again.</source>
        <translation>Das Zielportal wurde seit dem Vergleich geschlossen. Vergleichen Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the changes to apply.</source>
        <translation>Markieren Sie die anzuwendenden Änderungen.</translation>
    </message>
</context>
<context>
    <name>assoc::app::CompareWindow</name>
    <message numerus="yes">
        <location filename="../../src/app/compare/CompareWindow.cpp" line="+51"/>
        <source>%n label(s) to create</source>
        <translation>
            <numerusform>%n zu erstellende Bezeichnung</numerusform>
            <numerusform>%n zu erstellende Bezeichnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n label(s) to rename</source>
        <translation>
            <numerusform>%n umzubenennende Bezeichnung</numerusform>
            <numerusform>%n umzubenennende Bezeichnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n limit(s) to set</source>
        <translation>
            <numerusform>%n festzulegendes Limit</numerusform>
            <numerusform>%n festzulegende Limits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n limit(s) to remove</source>
        <translation>
            <numerusform>%n zu entfernendes Limit</numerusform>
            <numerusform>%n zu entfernende Limits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n label(s) to delete</source>
        <translation>
            <numerusform>%n zu löschende Bezeichnung</numerusform>
            <numerusform>%n zu löschende Bezeichnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source schema file</source>
        <translation>Quell-Schemadatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target schema file</source>
        <translation>Ziel-Schemadatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the source schema file</source>
        <translation>Nach der Quell-Schemadatei suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the target schema file</source>
        <translation>Nach der Ziel-Schemadatei suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected change</source>
        <translation>Details der ausgewählten Änderung</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Portal %1 (open in the main window)</source>
        <translation>Portal %1 (im Hauptfenster geöffnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal open in the main window</source>
        <translation>Das im Hauptfenster geöffnete Portal</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Choose the schema file to compare.</source>
        <translation>Wählen Sie die zu vergleichende Schemadatei aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading both schemas…</source>
        <translation>Beide Schemas werden gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comparison could not be made. Nothing was changed.</source>
        <translation>Der Vergleich konnte nicht durchgeführt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These schemas match: %1 already has every label and limit of %2.</source>
        <translation>Diese Schemas stimmen überein: %1 hat bereits jede Bezeichnung und jedes Limit von %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The target has %n label(s) or limit(s) the source does not; check “Include deletions” to list them.</source>
        <translation>
            <numerusform>%n Bezeichnung oder Limit des Ziels fehlt in der Quelle; aktivieren Sie „Löschungen einbeziehen“, um sie aufzulisten.</numerusform>
            <numerusform>%n Bezeichnungen oder Limits des Ziels fehlen in der Quelle; aktivieren Sie „Löschungen einbeziehen“, um sie aufzulisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>&amp;Apply %n Change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;anwenden</numerusform>
            <numerusform>%n Änderungen &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply the checked changes to %1.</source>
        <translation>Die markierten Änderungen auf %1 anwenden.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n change(s) checked.</source>
        <translation>
            <numerusform>%1 von %n Änderung markiert.</numerusform>
            <numerusform>%1 von %n Änderungen markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n change(s).</source>
        <translation>
            <numerusform>%1: %n Änderung.</numerusform>
            <numerusform>%1: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change id: %1</source>
        <translation>Änderungs-ID: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Apply %n change(s) to %1?</source>
        <translation>
            <numerusform>%n Änderung auf %1 anwenden?</numerusform>
            <numerusform>%n Änderungen auf %1 anwenden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting a label also removes it from every association that uses it.</source>
        <translation>Wenn Sie eine Bezeichnung löschen, wird sie auch aus jeder Zuordnung entfernt, die sie verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply Changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Applying the checked changes to %1…</source>
        <translation>Die markierten Änderungen werden auf %1 angewendet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. Compare again to check what is left to change.</source>
        <translation>%1. Vergleichen Sie erneut, um zu prüfen, was noch zu ändern ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>Plandateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan could not be saved. %1</source>
        <translation>Der Plan konnte nicht gespeichert werden. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n change(s) to %1.</source>
        <translation>
            <numerusform>%n Änderung in %1 gespeichert.</numerusform>
            <numerusform>%n Änderungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assoc::app::ConnectController</name>
    <message>
        <location filename="../../src/app/ConnectController.cpp" line="+83"/>
        <source>A sign-in is already running.</source>
        <translation>Eine Anmeldung läuft bereits.</translation>
    </message>
</context>
<context>
    <name>assoc::app::ConnectDialog</name>
    <message>
        <location filename="../../src/app/dialogs/ConnectDialog.cpp" line="+49"/>
        <source>Private app token</source>
        <translation>Token einer privaten App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth refresh token</source>
        <translation>OAuth-Refresh-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private-app</source>
        <translation>private-app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private-app-legacy</source>
        <translation>private-app-legacy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Object types:</source>
        <translation>&amp;Objekttypen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the portal with these settings.</source>
        <translation>Mit diesen Einstellungen mit dem Portal verbinden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for HubSpot in your browser…</source>
        <translation>Warte auf HubSpot in Ihrem Browser…</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+78"/>
        <source>Enter a name for this portal.</source>
        <translation>Geben Sie einen Namen für dieses Portal ein.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Fill in the sign-in details.</source>
        <translation>Füllen Sie die Anmeldedaten aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Production, Sandbox, a client&apos;s portal…</source>
        <translation>Produktion, Sandbox, das Portal eines Kunden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile; its secrets go to the keychain.</source>
        <translation>Das Profil speichern; seine Zugangsdaten werden im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um die gespeicherten Zugangsdaten beizubehalten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Another profile is already called “%1”.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the private app&apos;s access token.</source>
        <translation>Geben Sie das Zugriffstoken der privaten App ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a refresh token.</source>
        <translation>Geben Sie ein Refresh-Token ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Portal %1</source>
        <translation>Portal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal %1 · %2</source>
        <translation>Portal %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account type: %1</source>
        <translation>Kontotyp: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data hosted in: %1</source>
        <translation>Daten gehostet in: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in with HubSpot.</source>
        <translation>Bei HubSpot angemeldet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>assoc::app::ConnectionSettingsDialog</name>
    <message>
        <location filename="../../src/app/settings/ConnectionSettingsDialog.cpp" line="+20"/>
        <source>&amp;Object types:</source>
        <translation>Objekt&amp;typen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the Client Certificate</source>
        <translation>Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the Client Certificate&apos;s Key</source>
        <translation>Schlüssel zum Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The longest backoff must not be shorter than the first.</source>
        <translation>Die längste Wartezeit darf nicht kürzer sein als die erste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add CA Certificates</source>
        <translation>CA-Zertifikate hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These files hold no PEM certificate and were not added: %1</source>
        <translation>Diese Dateien enthalten kein PEM-Zertifikat und wurden nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>assoc::app::DeleteLabelDialog</name>
    <message>
        <location filename="../../src/app/dialogs/DeleteLabelDialog.cpp" line="+19"/>
        <source>typeId %1 · %2</source>
        <translation>typeId %1 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete the paired label %1?</source>
        <translation>Das gepaarte Label %1 löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the label %1?</source>
        <translation>Das Label %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n label(s) of %1?</source>
        <translation>
            <numerusform>%n Label auf %1 löschen?</numerusform>
            <numerusform>%n Labels auf %1 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Associations that use the %n label(s) lose them, and the limits set for them are removed with them. This cannot be undone.</source>
        <translation>
            <numerusform>Zuordnungen, die dieses Label verwenden, verlieren es, und die dafür festgelegten Limits werden mit entfernt. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Zuordnungen, die diese %n Labels verwenden, verlieren sie, und die dafür festgelegten Limits werden mit entfernt. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (other direction)</source>
        <translation>%1 (Gegenrichtung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Delete %n Labels</source>
        <translation>
            <numerusform>%n Label &amp;löschen</numerusform>
            <numerusform>%n Labels &amp;löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the label(s) in HubSpot.</source>
        <translation>
            <numerusform>Das Label in HubSpot löschen.</numerusform>
            <numerusform>Die Labels in HubSpot löschen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the same type both ways</source>
        <translation>derselbe Typ in beide Richtungen</translation>
    </message>
</context>
<context>
    <name>assoc::app::ErrorBanner</name>
    <message>
        <location filename="../../src/app/ErrorBanner.cpp" line="+21"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the error message</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(correlation ID %1)</source>
        <translation>(Korrelations-ID %1)</translation>
    </message>
</context>
<context>
    <name>assoc::app::ErrorPanel</name>
    <message>
        <location filename="../../src/app/dialogs/ErrorPanel.cpp" line="+20"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Det&amp;ails</source>
        <translation>Det&amp;ails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything known about the failure, for a support request.</source>
        <translation>Alles, was über den Fehler bekannt ist, für eine Support-Anfrage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
</context>
<context>
    <name>assoc::app::HistoryController</name>
    <message>
        <location filename="../../src/app/HistoryController.cpp" line="+22"/>
        <source>profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portal %1 (profile “%2”)</source>
        <translation>Portal %1 (Profil „%2“)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No change history is kept: the history file could not be opened.</source>
        <translation>Es wird kein Änderungsverlauf geführt: Die Verlaufsdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No change history is kept.</source>
        <translation>Es wird kein Änderungsverlauf geführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An undo is in progress.</source>
        <translation>Eine Änderung wird gerade rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a change that succeeded can be undone.</source>
        <translation>Nur eine erfolgreiche Änderung kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change has been undone already (change #%1).</source>
        <translation>Diese Änderung wurde bereits rückgängig gemacht (Änderung #%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change cannot be undone: its record does not say enough to reverse it.</source>
        <translation>Diese Änderung kann nicht rückgängig gemacht werden: Ihr Eintrag enthält nicht genug Angaben, um sie umzukehren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This change was made on %1. Open that profile to undo it.</source>
        <translation>Diese Änderung wurde in %1 vorgenommen. Öffnen Sie dieses Profil, um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change was made on %1, but %2 is open. Open that profile to undo it.</source>
        <translation>Diese Änderung wurde in %1 vorgenommen, aber %2 ist geöffnet. Öffnen Sie dieses Profil, um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a change to undo it.</source>
        <translation>Wählen Sie eine Änderung aus, um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: %1</source>
        <translation>Rückgängig machen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change of this portal can be undone.</source>
        <translation>Keine Änderung dieses Portals kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No change of the connected portal can be undone.</source>
        <translation>Keine Änderung des verbundenen Portals kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change #%1 is not in the history.</source>
        <translation>Änderung #%1 ist nicht im Verlauf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo change</source>
        <translation>Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo “%1”? This will:</source>
        <translation>„%1“ rückgängig machen? Dies bewirkt Folgendes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change is gone from the history.</source>
        <translation>Die Änderung ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The portal was closed during the undo.</source>
        <translation>Das Portal wurde während des Rückgängigmachens geschlossen.</translation>
    </message>
</context>
<context>
    <name>assoc::app::HistoryPanel</name>
    <message>
        <location filename="../../src/app/HistoryPanel.cpp" line="+33"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Details</source>
        <translation>&amp;Details kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by label, object type, profile or message</source>
        <translation>Nach Bezeichnung, Objekttyp, Profil oder Meldung filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show which changes</source>
        <translation>Welche Änderungen angezeigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped (portal had changed)</source>
        <translation>Übersprungen (Portal hatte sich geändert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label creations</source>
        <translation>Erstellte Bezeichnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renames</source>
        <translation>Umbenennungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label deletions</source>
        <translation>Gelöschte Bezeichnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits set</source>
        <translation>Gesetzte Limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits removed</source>
        <translation>Entfernte Limits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes made to portals</source>
        <translation>An Portalen vorgenommene Änderungen</translation>
    </message>
</context>
<context>
    <name>assoc::app::LabelDialog</name>
    <message>
        <location filename="../../src/app/dialogs/LabelDialog.cpp" line="+28"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Association Label</source>
        <translation>Neues Zuordnungslabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the label in HubSpot.</source>
        <translation>Das Label in HubSpot anlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename Association Label</source>
        <translation>Zuordnungslabel umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the label in HubSpot.</source>
        <translation>Das Label in HubSpot umbenennen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A label stays single or paired; create a new label to change that.</source>
        <translation>Ein Label bleibt einzeln oder gepaart; legen Sie ein neues Label an, um das zu ändern.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Label from %1 to %2:</source>
        <translation>&amp;Label von %1 nach %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label f&amp;rom %1 to %2:</source>
        <translation>Label v&amp;on %1 nach %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Label from %1 to %2</source>
        <translation>Label von %1 nach %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label (both ways):</source>
        <translation>&amp;Label (beide Richtungen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label, both ways</source>
        <translation>Label, beide Richtungen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2: %3 · %2 → %1: %4</source>
        <translation>%1 → %2: %3 · %2 → %1: %4</translation>
    </message>
</context>
<context>
    <name>assoc::app::LabelTablePanel</name>
    <message>
        <location filename="../../src/app/LabelTablePanel.cpp" line="+46"/>
        <source>Labels of the selected pair</source>
        <translation>Labels des ausgewählten Paars</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select a pair of object types to see its labels.</source>
        <translation>Wählen Sie ein Paar von Objekttypen aus, um seine Labels zu sehen.</translation>
    </message>
</context>
<context>
    <name>assoc::app::LimitDialog</name>
    <message>
        <location filename="../../src/app/dialogs/LimitDialog.cpp" line="+49"/>
        <source>Limits of “%1”</source>
        <translation>Limits von „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the limits in HubSpot.</source>
        <translation>Die Limits in HubSpot speichern.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit of %1</source>
        <translation>Limit von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum number of records, %1</source>
        <translation>Höchstzahl der Datensätze, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Currently: at most %Ln record(s)</source>
        <translation>
            <numerusform>Derzeit: höchstens %Ln Datensatz</numerusform>
            <numerusform>Derzeit: höchstens %Ln Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Lowering the limit from %L1 to %Ln record(s) affects records that already have many associations.</source>
        <translation>
            <numerusform>Das Limit von %L1 auf %Ln Datensatz zu senken, betrifft Datensätze, die bereits viele Zuordnungen haben.</numerusform>
            <numerusform>Das Limit von %L1 auf %Ln Datensätze zu senken, betrifft Datensätze, die bereits viele Zuordnungen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A limit of %Ln record(s) affects records that already have many associations.</source>
        <translation>
            <numerusform>Ein Limit von %Ln Datensatz betrifft Datensätze, die bereits viele Zuordnungen haben.</numerusform>
            <numerusform>Ein Limit von %Ln Datensätzen betrifft Datensätze, die bereits viele Zuordnungen haben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Currently: no limit set (HubSpot&apos;s default applies)</source>
        <translation>Derzeit: kein Limit festgelegt (es gilt der Standardwert von HubSpot)</translation>
    </message>
</context>
<context>
    <name>assoc::app::LimitImpactPanel</name>
    <message>
        <location filename="../../src/app/dialogs/LimitImpactPanel.cpp" line="+22"/>
        <source>Some of the records at or near the limit.</source>
        <translation>Einige der Datensätze am oder nahe am Limit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Records affected</source>
        <translation>Betroffene Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records at or near the limit</source>
        <translation>Datensätze am oder nahe am Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample records</source>
        <translation>Beispieldatensätze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records affected, %1</source>
        <translation>Betroffene Datensätze, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records at or near the limit, %1</source>
        <translation>Datensätze am oder nahe am Limit, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample records, %1</source>
        <translation>Beispieldatensätze, %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln record(s) at the limit</source>
        <translation>
            <numerusform>%Ln Datensatz ist am Limit</numerusform>
            <numerusform>%Ln Datensätze sind am Limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln near it</source>
        <translation>
            <numerusform>%Ln nahe daran</numerusform>
            <numerusform>%Ln nahe daran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(Measured against a limit of %Ln record(s).)</source>
        <translation>
            <numerusform>(Gemessen an einem Limit von %Ln Datensatz.)</numerusform>
            <numerusform>(Gemessen an einem Limit von %Ln Datensätzen.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record %1 · %2 (at the limit)</source>
        <translation>Datensatz %1 · %2 (am Limit)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Record %1 · %2 (%Ln association(s), near the limit)</source>
        <translation>
            <numerusform>Datensatz %1 · %2 (%Ln Zuordnung, nahe am Limit)</numerusform>
            <numerusform>Datensatz %1 · %2 (%Ln Zuordnungen, nahe am Limit)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not check which records are at the limit: %1</source>
        <translation>Es konnte nicht geprüft werden, welche Datensätze am Limit sind: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking which records are at or near the limit…</source>
        <translation>Es wird geprüft, welche Datensätze am oder nahe am Limit sind…</translation>
    </message>
</context>
<context>
    <name>assoc::app::MainWindow</name>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="+120"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &amp;Settings…</source>
        <translation>&amp;Verbindungseinstellungen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Association Studio</source>
        <translation>&amp;Über Association Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Association Studio</source>
        <translation>Über Association Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association Studio %1
See and manage how HubSpot CRM object types relate.</source>
        <translation>Association Studio %1
Beziehungen zwischen HubSpot-CRM-Objekttypen ansehen und verwalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>This build has no demo portal.</source>
        <translation>Dieser Build enthält kein Demo-Portal.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Select a pair of object types to see its labels.</source>
        <translation>Wählen Sie ein Paar von Objekttypen aus, um seine Labels zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected. Use File → Connect to portal… to start.</source>
        <translation>Nicht verbunden. Mit Datei → Mit Portal verbinden… geht es los.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n label(s)</source>
        <translation>
            <numerusform>%1 von %n Label</numerusform>
            <numerusform>%1 von %n Labels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the labels of %1…</source>
        <translation>Labels von %1 werden geladen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>DEMO — Portal %1 — Association Studio</source>
        <translation>DEMO — Portal %1 — Association Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMO — Association Studio</source>
        <translation>DEMO — Association Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal %1 — Association Studio</source>
        <translation>Portal %1 — Association Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association Studio</source>
        <translation>Association Studio</translation>
    </message>
</context>
<context>
    <name>assoc::app::ObjectTypeChoiceEdit</name>
    <message>
        <location filename="../../src/app/settings/ObjectTypeChoiceEdit.cpp" line="+23"/>
        <source>Auto (recommended)</source>
        <translation>Automatisch (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts, companies, deals, tickets, the custom objects and every other type that has labels or limits: whatever your portal&apos;s admins customised.</source>
        <translation>Kontakte, Unternehmen, Deals, Tickets, die benutzerdefinierten Objekte und jeder andere Typ mit Labels oder Limits: alles, was die Admins Ihres Portals angepasst haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts, companies, deals, tickets and the custom objects.</source>
        <translation>Kontakte, Unternehmen, Deals, Tickets und die benutzerdefinierten Objekte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every standard type and the custom objects: about a thousand requests.</source>
        <translation>Jeder Standardtyp und die benutzerdefinierten Objekte: etwa tausend Anfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The standard types checked below.</source>
        <translation>Die unten markierten Standardtypen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Check at least one object type.</source>
        <translation>Markieren Sie mindestens einen Objekttyp.</translation>
    </message>
</context>
<context>
    <name>assoc::app::PairTreePanel</name>
    <message>
        <location filename="../../src/app/PairTreePanel.cpp" line="+29"/>
        <source>Filter by object, type ID or label</source>
        <translation>Nach Objekt, Typ-ID oder Label filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter object types, pairs and labels</source>
        <translation>Objekttypen, Paare und Labels filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Object types and pairs</source>
        <translation>Objekttypen und Paare</translation>
    </message>
</context>
<context>
    <name>assoc::app::ProfileController</name>
    <message>
        <location filename="../../src/app/ProfileController.cpp" line="+28"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manage Profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, edit, duplicate or remove portal profiles.</source>
        <translation>Portal-Profile hinzufügen, bearbeiten, duplizieren oder entfernen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>HubSpot (%1)</source>
        <translation>HubSpot (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No saved portals yet</source>
        <translation>Noch keine gespeicherten Portale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget This Portal</source>
        <translation>Dieses Portal ver&amp;gessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the profile and its secrets from the keychain.</source>
        <translation>Entfernt das Profil und seine Geheimnisse aus dem Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>assoc::app::ProfilesDialog</name>
    <message>
        <location filename="../../src/app/dialogs/ProfilesDialog.cpp" line="+29"/>
        <source>Private app token</source>
        <translation>Token einer privaten App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Edit Portal Profile</source>
        <translation>Portal-Profil bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Portal Profile</source>
        <translation>Portal-Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That profile was removed meanwhile; nothing was saved.</source>
        <translation>Dieses Profil wurde inzwischen entfernt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The keychain did not store the secrets of “%1”: %2

Nothing was saved. What you typed is still in the form; try again when the keychain is available.</source>
        <translation>Der Schlüsselbund hat die Zugangsdaten von „%1“ nicht gespeichert: %2

Es wurde nichts gespeichert. Ihre Eingaben sind noch im Formular; versuchen Sie es erneut, sobald der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secrets Not Saved</source>
        <translation>Zugangsdaten nicht gespeichert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” could not be duplicated, because the keychain did not copy its secrets: %2</source>
        <translation>„%1“ konnte nicht dupliziert werden, weil der Schlüsselbund seine Zugangsdaten nicht kopiert hat: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Portal Profile</source>
        <translation>Portal-Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile “%1”?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its secrets are deleted from the keychain and the window disconnects from it. The portal itself is not changed.</source>
        <translation>Seine Zugangsdaten werden aus dem Schlüsselbund gelöscht, und das Fenster trennt die Verbindung zum Portal. Das Portal selbst wird nicht geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its secrets are deleted from the keychain. The portal itself is not changed.</source>
        <translation>Seine Zugangsdaten werden aus dem Schlüsselbund gelöscht. Das Portal selbst wird nicht geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” was removed, but its secrets could not be deleted from the keychain: %2</source>
        <translation>„%1“ wurde entfernt, aber seine Zugangsdaten konnten nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>assoc::app::SchemaExportController</name>
    <message>
        <location filename="../../src/app/compare/SchemaExportController.cpp" line="+25"/>
        <source>Exporting the schema…</source>
        <translation>Schema wird exportiert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel exporting</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop exporting; no file is written.</source>
        <translation>Export abbrechen; es wird keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+72"/>
        <source>Export Schema</source>
        <translation>Schema exportieren</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Schema files (*.json);;All files (*)</source>
        <translation>Schemadateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No portal is open: connect to one first.</source>
        <translation>Kein Portal geöffnet: Stellen Sie zuerst eine Verbindung zu einem Portal her.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported the schema of portal %1 to %2.</source>
        <translation>Schema von Portal %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The schema could not be exported.</source>
        <translation>Das Schema konnte nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>assoc::app::SchemaMapScene</name>
    <message>
        <location filename="../../src/app/map/SchemaMapScene.cpp" line="+124"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n user-defined label(s)</source>
        <translation>
            <numerusform>%1 — %n benutzerdefinierte Bezeichnung</numerusform>
            <numerusform>%1 — %n benutzerdefinierte Bezeichnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to open this pair.</source>
        <translation>Klicken Sie, um dieses Paar zu öffnen.</translation>
    </message>
</context>
<context>
    <name>assoc::app::SchemaMapView</name>
    <message>
        <location filename="../../src/app/map/SchemaMapView.cpp" line="+16"/>
        <source>Schema map</source>
        <translation>Schemakarte</translation>
    </message>
</context>
<context>
    <name>assoc::app::SchemaMapWindow</name>
    <message>
        <location filename="../../src/app/map/SchemaMapWindow.cpp" line="+31"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the map as PNG</source>
        <translation>Karte als PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the map as SVG</source>
        <translation>Karte als SVG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the whole map (0 or Ctrl+0)</source>
        <translation>Die ganze Karte anzeigen (0 oder Strg+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map as a PNG picture (Ctrl+E)</source>
        <translation>Karte als PNG-Bild speichern (Strg+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map as an SVG drawing (Ctrl+Shift+E)</source>
        <translation>Karte als SVG-Grafik speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a line to open its pair · dashed boxes are custom objects · Ctrl+wheel or +/− to zoom</source>
        <translation>Klicken Sie auf eine Linie, um ihr Paar zu öffnen · gestrichelte Kästen sind benutzerdefinierte Objekte · Strg+Mausrad oder +/− zum Zoomen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Schema Map — Portal %1</source>
        <translation>Schemakarte — Portal %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema Map</source>
        <translation>Schemakarte</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved the map to %1.</source>
        <translation>Karte unter %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the object types…</source>
        <translation>Objekttypen werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected: the map shows the connected portal.</source>
        <translation>Nicht verbunden: Die Karte zeigt das verbundene Portal.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n object type(s)</source>
        <translation>
            <numerusform>%n Objekttyp</numerusform>
            <numerusform>%n Objekttypen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pair(s) with user-defined labels</source>
        <translation>
            <numerusform>%n Paar mit benutzerdefinierten Bezeichnungen</numerusform>
            <numerusform>%n Paare mit benutzerdefinierten Bezeichnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading pairs: %1 of %2</source>
        <translation>Paare werden gelesen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>assoc::app::ScreenshotTaker</name>
    <message>
        <location filename="../../src/app/ScreenshotTaker.cpp" line="+75"/>
        <source>Timed out waiting for the portal to load.</source>
        <translation>Zeitüberschreitung beim Warten auf das Laden des Portals.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No scene is called &quot;%1&quot;; one of: %2.</source>
        <translation>Keine Szene heißt „%1“; möglich sind: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not connected to a portal.</source>
        <translation>Nicht mit einem Portal verbunden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No pair matches &quot;%1&quot;.</source>
        <translation>Kein Paar passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+59"/>
        <location line="+43"/>
        <location line="+33"/>
        <location line="+126"/>
        <source>The dialog did not open.</source>
        <translation>Der Dialog wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>The schema map did not open.</source>
        <translation>Die Schemakarte wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+41"/>
        <source>The window was closed.</source>
        <translation>Das Fenster wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+167"/>
        <source>The pair has no user-defined label with a limit.</source>
        <translation>Das Paar hat kein benutzerdefiniertes Label mit einem Limit.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>The dialog shows no impact.</source>
        <translation>Der Dialog zeigt keine Auswirkungen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The menu did not open.</source>
        <translation>Das Menü wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The Compare window did not open.</source>
        <translation>Das Vergleichsfenster wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Compare window shows no plan.</source>
        <translation>Das Vergleichsfenster zeigt keinen Plan.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The History panel shows no change that can be undone.</source>
        <translation>Der Verlauf zeigt keine Änderung, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not draw the window as a picture.</source>
        <translation>Das Fenster konnte nicht als Bild gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>assoc::app::SourceLoader</name>
    <message>
        <location filename="../../src/app/compare/SourceLoader.cpp" line="+71"/>
        <source>No portal is open in the main window.</source>
        <translation>Im Hauptfenster ist kein Portal geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the current portal</source>
        <translation>Aktuelles Portal lesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read the portal</source>
        <translation>Portal lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the portal was closed while it was being read</source>
        <translation>das Portal wurde geschlossen, während es gelesen wurde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the profile no longer exists</source>
        <translation>das Profil existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the profile “%1”</source>
        <translation>Profil „%1“ öffnen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Portal %1 (open in the main window)</source>
        <translation>Portal %1 (im Hauptfenster geöffnet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (portal %2)</source>
        <translation>%1 (Portal %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (exported from portal %2)</source>
        <translation>%1 (aus Portal %2 exportiert)</translation>
    </message>
</context>
<context>
    <name>assoc::app::SourcePicker</name>
    <message>
        <location filename="../../src/app/compare/SourcePicker.cpp" line="+25"/>
        <source>The portal open in the main window</source>
        <translation>Das im Hauptfenster geöffnete Portal</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A schema file</source>
        <translation>Eine Schemadatei</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open Schema File</source>
        <translation>Schemadatei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema files (*.json);;All files (*)</source>
        <translation>Schemadateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>assoc::app::StatusBarController</name>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="+54"/>
        <source>Try Now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send requests again now instead of waiting for the pause to end</source>
        <translation>Anfragen jetzt erneut senden, statt auf das Ende der Pause zu warten</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo portal: sample data on this computer; nothing reaches HubSpot and it is not saved as a profile.</source>
        <translation>Das Demo-Portal: Beispieldaten auf diesem Computer; nichts erreicht HubSpot, und es wird nicht als Profil gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo portal</source>
        <translation>Demo-Portal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HTTP/1.1 only: slower loads</source>
        <translation>Nur HTTP/1.1: langsameres Laden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading the remaining pairs in the background</source>
        <translation>Das Laden der übrigen Paare im Hintergrund beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Paused after repeated failures until %1</source>
        <translation>Nach wiederholten Fehlern pausiert bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HubSpot or the network failed several times in a row, so the app waits before sending more requests.</source>
        <translation>HubSpot oder das Netzwerk ist mehrmals hintereinander fehlgeschlagen, daher wartet die App, bevor sie weitere Anfragen sendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Showing the portal as of %1; reading it again…</source>
        <translation>Portal wird mit Stand %1 angezeigt; es wird erneut gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you see was saved when the app last read this portal. It is replaced pair by pair as the portal answers; changed pairs are shown in bold.</source>
        <translation>Was Sie sehen, wurde gespeichert, als die App dieses Portal zuletzt gelesen hat. Es wird Paar für Paar ersetzt, sobald das Portal antwortet; geänderte Paare werden fett angezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up to date; nothing changed since %1.</source>
        <translation>Aktuell; seit %1 hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Up to date; %n pair(s) changed since %1 (in bold).</source>
        <translation>
            <numerusform>Aktuell; seit %1 hat sich %n Paar geändert (fett).</numerusform>
            <numerusform>Aktuell; seit %1 haben sich %n Paare geändert (fett).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Portal %1</source>
        <translation>Portal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal %1 · %2</source>
        <translation>Portal %1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Loading %v of %n pair(s)</source>
        <translation>
            <numerusform>%v von %n Paar wird geladen</numerusform>
            <numerusform>%v von %n Paaren werden geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assoc::auth::CredentialLoader</name>
    <message>
        <location filename="../../src/auth/CredentialLoader.cpp" line="+42"/>
        <source>The secret store was closed.</source>
        <translation>Der Speicher für Zugangsdaten wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No access token is stored for “%1”. Enter it in the portal&apos;s settings.</source>
        <translation>Für „%1“ ist kein Zugriffstoken gespeichert. Geben Sie es in den Einstellungen des Portals ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No OAuth client secret is stored for “%1”. Enter it in the portal&apos;s settings.</source>
        <translation>Für „%1“ ist kein OAuth-Client-Secret gespeichert. Geben Sie es in den Einstellungen des Portals ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with HubSpot to use “%1”.</source>
        <translation>Melden Sie sich bei HubSpot an, um „%1“ zu verwenden.</translation>
    </message>
</context>
<context>
    <name>assoc::auth::OAuthSignIn</name>
    <message>
        <location filename="../../src/auth/OAuthSignIn.cpp" line="+110"/>
        <source>The portal&apos;s settings have no OAuth client ID.</source>
        <translation>In den Einstellungen des Portals fehlt die OAuth-Client-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal&apos;s settings have no OAuth client secret.</source>
        <translation>In den Einstellungen des Portals fehlt das OAuth-Client-Secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no way to open a browser.</source>
        <translation>Es gibt keine Möglichkeit, einen Browser zu öffnen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not listen on 127.0.0.1 for HubSpot&apos;s answer.</source>
        <translation>Auf 127.0.0.1 konnte nicht auf die Antwort von HubSpot gewartet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to HubSpot. You can close this tab and return to Association Studio.</source>
        <translation>Bei HubSpot angemeldet. Sie können diesen Tab schließen und zu Association Studio zurückkehren.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>HubSpot&apos;s sign-in did not finish in time. Try again.</source>
        <translation>Die Anmeldung bei HubSpot wurde nicht rechtzeitig abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in was canceled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The answer had no state.</source>
        <translation>Die Antwort enthielt keinen State.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer&apos;s state did not match this sign-in.</source>
        <translation>Der State der Antwort passte nicht zu dieser Anmeldung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer had no authorization code.</source>
        <translation>Die Antwort enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sign-in was not allowed in HubSpot (%1).</source>
        <translation>Die Anmeldung wurde in HubSpot nicht erlaubt (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HubSpot did not complete the sign-in (%1).</source>
        <translation>HubSpot hat die Anmeldung nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HubSpot&apos;s token service could not be reached (%1).</source>
        <translation>Der Token-Dienst von HubSpot war nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>HubSpot did not accept the sign-in code (%1). Sign in again.</source>
        <translation>HubSpot hat den Anmeldecode nicht akzeptiert (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HubSpot did not accept the OAuth app&apos;s client ID or secret (%1). Check the portal&apos;s settings.</source>
        <translation>HubSpot hat die Client-ID oder das Client-Secret der OAuth-App nicht akzeptiert (%1). Prüfen Sie die Einstellungen des Portals.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HubSpot did not accept the redirect address (%1). The OAuth app must allow http://127.0.0.1 redirects.</source>
        <translation>HubSpot hat die Weiterleitungsadresse nicht akzeptiert (%1). Die OAuth-App muss Weiterleitungen an http://127.0.0.1 erlauben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>HubSpot refused to complete the sign-in (%1).</source>
        <translation>HubSpot hat sich geweigert, die Anmeldung abzuschließen (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HubSpot&apos;s answer to the sign-in had no %1.</source>
        <translation>Der Antwort von HubSpot auf die Anmeldung fehlte %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The secret store was closed; the sign-in was not saved.</source>
        <translation>Der Speicher für Zugangsdaten wurde geschlossen; die Anmeldung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>assoc::cli::ApplyCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/ApplyCommand.cpp" line="+46"/>
        <source>The plan deletes or loosens %n thing(s); nothing was applied.</source>
        <translation>
            <numerusform>Der Plan löscht oder lockert %n Element; es wurde nichts angewendet.</numerusform>
            <numerusform>Der Plan löscht oder lockert %n Elemente; es wurde nichts angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass --allow-deletes to apply it, or make a plan without deletions (assocctl diff without --allow-deletes).</source>
        <translation>Geben Sie --allow-deletes an, um ihn anzuwenden, oder erstellen Sie einen Plan ohne Löschungen (assocctl diff ohne --allow-deletes).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not say which portal it was made for; nothing was applied.</source>
        <translation>%1 gibt nicht an, für welches Portal der Plan erstellt wurde; es wurde nichts angewendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the plan against the portal (assocctl diff FILE portal -o PLAN), or name the portal it is for with --for-portal ID.</source>
        <translation>Erstellen Sie den Plan anhand des Portals (assocctl diff FILE portal -o PLAN) oder geben Sie mit --for-portal ID das Portal an, für das er bestimmt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was made for portal %1, not %2; nothing was applied.</source>
        <translation>Der Plan wurde für Portal %1 erstellt, nicht für %2; es wurde nichts angewendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make a new plan against this portal with assocctl diff.</source>
        <translation>Erstellen Sie mit assocctl diff einen neuen Plan für dieses Portal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>assocctl: %1 failed: %2</source>
        <translation>assocctl: %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (correlation id %1)</source>
        <translation> (Correlation-ID %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan is empty: nothing to apply.</source>
        <translation>Der Plan ist leer: Es gibt nichts anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>assocctl: %n change(s) were not applied because the portal changed since the plan was made; compare again to see what it holds now.</source>
        <translation>
            <numerusform>assocctl: %n Änderung wurde nicht angewendet, weil sich das Portal seit der Erstellung des Plans geändert hat; vergleichen Sie erneut, um den jetzigen Stand zu sehen.</numerusform>
            <numerusform>assocctl: %n Änderungen wurden nicht angewendet, weil sich das Portal seit der Erstellung des Plans geändert hat; vergleichen Sie erneut, um den jetzigen Stand zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assoc::cli::Command</name>
    <message>
        <location filename="../../src/cli/Command.cpp" line="+145"/>
        <source>assocctl: warning: left out: %1</source>
        <translation>assocctl: Warnung: ausgelassen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Custom object types of this portal: %1</source>
        <translation>Benutzerdefinierte Objekttypen dieses Portals: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard types are named like contacts, companies, deals, tickets; any type can be given by id (0-1, 2-1234567).</source>
        <translation>Standardtypen heißen etwa contacts, companies, deals, tickets; jeder Typ kann auch über seine ID angegeben werden (0-1, 2-1234567).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown object type &quot;%1&quot;.</source>
        <translation>Unbekannter Objekttyp „%1“.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 has no association type %2 in category %3.</source>
        <translation>%1 hat keinen Zuordnungstyp %2 in der Kategorie %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no association type %2.</source>
        <translation>%1 hat keinen Zuordnungstyp %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>List them with: assocctl labels %1 %2</source>
        <translation>Auflisten mit: assocctl labels %1 %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>typeId %1 exists in several categories on %2 (%3); choose one with --category.</source>
        <translation>typeId %1 gibt es auf %2 in mehreren Kategorien (%3); wählen Sie eine mit --category.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Association type %1 on %2 is not user-defined; only labels the portal&apos;s admins made can be %3.</source>
        <translation>Der Zuordnungstyp %1 auf %2 ist nicht benutzerdefiniert; nur Labels, die die Admins des Portals angelegt haben, können %3 werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no user-defined label %2.</source>
        <translation>%1 hat kein benutzerdefiniertes Label %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A label&apos;s other direction has its own typeId, listed under the reversed pair.</source>
        <translation>Die Gegenrichtung eines Labels hat eine eigene typeId; sie steht beim umgekehrten Paar.</translation>
    </message>
</context>
<context>
    <name>assoc::cli::CompletionCommand</name>
    <message>
        <location filename="../../src/cli/CompletionCommand.cpp" line="+15"/>
        <source>No completion for the shell &quot;%1&quot;; choose one of %2.</source>
        <translation>Keine Vervollständigung für die Shell „%1“; wählen Sie eine von %2.</translation>
    </message>
</context>
<context>
    <name>assoc::cli::CreateLabelCommand</name>
    <message>
        <location filename="../../src/cli/CreateLabelCommand.cpp" line="+45"/>
        <source>The label cannot be created as given:</source>
        <translation>Das Label kann so nicht angelegt werden:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The label cannot be created on %1:</source>
        <translation>Das Label kann auf %1 nicht angelegt werden:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>assocctl: the label was created (%1), but reading it back failed, so which id belongs to which direction is not known. Do not create it again; list the labels of both directions instead.</source>
        <translation>assocctl: Das Label wurde angelegt (%1), aber das Zurücklesen ist fehlgeschlagen, daher ist nicht bekannt, welche ID zu welcher Richtung gehört. Legen Sie es nicht erneut an; listen Sie stattdessen die Labels beider Richtungen auf.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>DIRECTION</source>
        <translation>RICHTUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE ID</source>
        <translation>TYP-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>assocctl: the label exists already (%1); nothing was created.</source>
        <translation>assocctl: Das Label existiert bereits (%1); es wurde nichts angelegt.</translation>
    </message>
</context>
<context>
    <name>assoc::cli::DeleteLabelCommand</name>
    <message>
        <location filename="../../src/cli/DeleteLabelCommand.cpp" line="+16"/>
        <source>ID must be a label&apos;s typeId, a positive number; got &quot;%1&quot;.</source>
        <translation>ID muss die typeId eines Labels sein, eine positive Zahl; angegeben war „%1“.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already deleted</source>
        <translation>bereits gelöscht</translation>
    </message>
</context>
<context>
    <name>assoc::cli::DiffCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/DiffCommand.cpp" line="+61"/>
        <source>Wrote the plan (%n change(s)) to %1.</source>
        <translation>
            <numerusform>Plan (%n Änderung) nach %1 geschrieben.</numerusform>
            <numerusform>Plan (%n Änderungen) nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n deletion(s) left out; --allow-deletes includes them.</source>
        <translation>
            <numerusform>%n Löschung ausgelassen; mit --allow-deletes wird sie einbezogen.</numerusform>
            <numerusform>%n Löschungen ausgelassen; mit --allow-deletes werden sie einbezogen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No differences: %1 matches %2.</source>
        <translation>Keine Unterschiede: %1 entspricht %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) make %1 match %2:</source>
        <translation>
            <numerusform>%n Änderung gleicht %1 an %2 an:</numerusform>
            <numerusform>%n Änderungen gleichen %1 an %2 an:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assoc::cli::ExportCommand</name>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="+35"/>
        <source><byte value="xd"/>Reading the portal: %1 of %2 requests</source>
        <translation><byte value="xd"/>Portal wird gelesen: %1 von %2 Anfragen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>assocctl: %1</source>
        <translation>assocctl: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 object types and %2 pairs to %3.</source>
        <translation>%1 Objekttypen und %2 Paare nach %3 exportiert.</translation>
    </message>
</context>
<context>
    <name>assoc::cli::LabelsCommand</name>
    <message>
        <location filename="../../src/cli/LabelsCommand.cpp" line="+40"/>
        <source>TYPE ID</source>
        <translation>TYP-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LIMIT</source>
        <translation>LIMIT</translation>
    </message>
</context>
<context>
    <name>assoc::cli::RemoveLimitCommand</name>
    <message>
        <location filename="../../src/cli/RemoveLimitCommand.cpp" line="+16"/>
        <source>ID must be a typeId, a positive number; got &quot;%1&quot;.</source>
        <translation>ID muss eine typeId sein, eine positive Zahl; angegeben war „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed (was %1)</source>
        <translation>entfernt (war %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>had no limit</source>
        <translation>hatte kein Limit</translation>
    </message>
</context>
<context>
    <name>assoc::cli::RenameLabelCommand</name>
    <message>
        <location filename="../../src/cli/RenameLabelCommand.cpp" line="+25"/>
        <source>ID must be a label&apos;s typeId, a positive number; got &quot;%1&quot;.</source>
        <translation>ID muss die typeId eines Labels sein, eine positive Zahl; angegeben war „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label cannot be renamed as given:</source>
        <translation>Das Label kann so nicht umbenannt werden:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The label cannot be renamed on %1:</source>
        <translation>Das Label kann auf %1 nicht umbenannt werden:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Renamed label %1 on %2 from &quot;%3&quot; to &quot;%4&quot;</source>
        <translation>Label %1 auf %2 von „%3“ in „%4“ umbenannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label %1 on %2 already reads &quot;%3&quot;</source>
        <translation>Label %1 auf %2 lautet bereits „%3“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the other direction is now &quot;%1&quot;</source>
        <translation>; die Gegenrichtung heißt jetzt „%1“</translation>
    </message>
</context>
<context>
    <name>assoc::cli::SetLimitCommand</name>
    <message>
        <location filename="../../src/cli/SetLimitCommand.cpp" line="+18"/>
        <source>Give the limit with --max N to set it on several labels.</source>
        <translation>Geben Sie das Limit mit --max N an, um es für mehrere Labels festzulegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: assocctl set-limit FROM TO ID N, or assocctl set-limit FROM TO ID [ID...] --max N</source>
        <translation>Aufruf: assocctl set-limit FROM TO ID N oder assocctl set-limit FROM TO ID [ID...] --max N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID must be a typeId, a positive number; got &quot;%1&quot;.</source>
        <translation>ID muss eine typeId sein, eine positive Zahl; angegeben war „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N must be a whole number of records; got &quot;%1&quot;.</source>
        <translation>N muss eine ganze Zahl von Datensätzen sein; angegeben war „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit cannot be set as given:</source>
        <translation>Das Limit kann so nicht festgelegt werden:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit of &quot;%1&quot; (typeId %2, %3) on %4: %5 → %6 (%7).</source>
        <translation>Limit von „%1“ (typeId %2, %3) auf %4: %5 → %6 (%7).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unchanged (%1)</source>
        <translation>unverändert (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated (%1 → %2)</source>
        <translation>aktualisiert (%1 → %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>created (%1)</source>
        <translation>festgelegt (%1)</translation>
    </message>
</context>
<context>
    <name>assoc::cli::TypesCommand</name>
    <message>
        <location filename="../../src/cli/TypesCommand.cpp" line="+20"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SINGULAR</source>
        <translation>SINGULAR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLURAL</source>
        <translation>PLURAL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FULLY QUALIFIED NAME</source>
        <translation>VOLLQUALIFIZIERTER NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>assoc::cli::UsageCommand</name>
    <message>
        <location filename="../../src/cli/UsageCommand.cpp" line="+33"/>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USED</source>
        <translation>VERWENDET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAXIMUM</source>
        <translation>MAXIMUM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PERCENT</source>
        <translation>PROZENT</translation>
    </message>
</context>
<context>
    <name>assoc::history::HistoryStore</name>
    <message>
        <location filename="../../src/history/HistoryStore.cpp" line="+145"/>
        <source>The change history cannot be kept: Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der Änderungsverlauf kann nicht geführt werden: Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change history cannot be opened: %1 is a folder.</source>
        <translation>Der Änderungsverlauf kann nicht geöffnet werden: %1 ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change history cannot be opened: the folder %1 cannot be created.</source>
        <translation>Der Änderungsverlauf kann nicht geöffnet werden: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change history cannot be opened: %1</source>
        <translation>Der Änderungsverlauf kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change history %1 cannot be opened: %2</source>
        <translation>Der Änderungsverlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change history %1 cannot be used: %2</source>
        <translation>Der Änderungsverlauf %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it was written by a newer version of Association Studio (format %1).</source>
        <translation>er wurde von einer neueren Version von Association Studio geschrieben (Format %1).</translation>
    </message>
</context>
<context>
    <name>assoc::models::HistoryTableModel</name>
    <message>
        <location filename="../../src/models/HistoryTableModel.cpp" line="+17"/>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assocctl</source>
        <translation>assocctl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+29"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>, limits %1 / %2</source>
        <translation>, Limits %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (typeId %2)</source>
        <translation>%1 (typeId %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change #%1: %2</source>
        <translation>Änderung #%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: %1</source>
        <translation>Zeitpunkt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by: %1</source>
        <translation>Vorgenommen von: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object types: %1 → %2 (%3)</source>
        <translation>Objekttypen: %1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association type: %1 %2</source>
        <translation>Zuordnungstyp: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation id: %1</source>
        <translation>Correlation-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undoes change #%1</source>
        <translation>Macht Änderung #%1 rückgängig</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo #%1: %2</source>
        <translation>Rückgängigmachung #%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Succeeded, undone</source>
        <translation>Erfolgreich, rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile / portal</source>
        <translation>Profil / Portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation id</source>
        <translation>Correlation-ID</translation>
    </message>
</context>
<context>
    <name>assoc::models::LabelTableModel</name>
    <message>
        <location filename="../../src/models/LabelTableModel.cpp" line="+117"/>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Defined by HubSpot: it cannot be renamed or deleted, but its limit can be set.</source>
        <translation>Von HubSpot definiert: Es kann nicht umbenannt oder gelöscht werden, sein Limit lässt sich aber festlegen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type ID</source>
        <translation>Typ-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inverse label</source>
        <translation>Label der Gegenrichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inverse type ID</source>
        <translation>Typ-ID der Gegenrichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
</context>
<context>
    <name>assoc::models::ObjectTypeTreeModel</name>
    <message>
        <location filename="../../src/models/ObjectTypeTreeModel.cpp" line="+126"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (custom object, %2)</source>
        <translation>%1 (benutzerdefiniertes Objekt, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (standard object, %2)</source>
        <translation>%1 (Standardobjekt, %2)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: loading…</source>
        <translation>%1: wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n label(s)</source>
        <translation>
            <numerusform>%1: %n Label</numerusform>
            <numerusform>%1: %n Labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n limit(s) set</source>
        <translation>
            <numerusform>%n Limit festgelegt</numerusform>
            <numerusform>%n Limits festgelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%1 of %n label(s)</source>
        <translation>
            <numerusform>%1 von %n Label</numerusform>
            <numerusform>%1 von %n Labels</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n custom label(s) named by the portal&apos;s usage listing: %2
Reading the pair for HubSpot&apos;s own labels and the limits…</source>
        <translation>
            <numerusform>%1: %n benutzerdefiniertes Label laut der Nutzungsliste des Portals: %2
Das Paar wird für die Labels von HubSpot und die Limits gelesen…</numerusform>
            <numerusform>%1: %n benutzerdefinierte Labels laut der Nutzungsliste des Portals: %2
Das Paar wird für die Labels von HubSpot und die Limits gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 of %n custom label(s) used</source>
        <translation>
            <numerusform>%1 von %n benutzerdefiniertem Label verwendet</numerusform>
            <numerusform>%1 von %n benutzerdefinierten Labels verwendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close to the maximum number of labels for this pair.</source>
        <translation>Nahe an der Höchstzahl von Labels für dieses Paar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the app last read this portal.</source>
        <translation>Geändert, seit die App dieses Portal zuletzt gelesen hat.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Object type / pair</source>
        <translation>Objekttyp / Paar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
</context>
<context>
    <name>assoc::models::PlanTreeModel</name>
    <message>
        <location filename="../../src/models/PlanTreeModel.cpp" line="+147"/>
        <source>no such label</source>
        <translation>Bezeichnung nicht vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (internal name %2)</source>
        <translation>%1 (interner Name %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in place</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applied: the portal had changed</source>
        <translation>Nicht angewendet: Das Portal hatte sich geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) to the pair %1 → %2</source>
        <translation>
            <numerusform>%n Änderung am Paar %1 → %2</numerusform>
            <numerusform>%n Änderungen am Paar %1 → %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left alone (the portal had changed)</source>
        <translation>
            <numerusform>%n unverändert gelassen (das Portal hatte sich geändert)</numerusform>
            <numerusform>%n unverändert gelassen (das Portal hatte sich geändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>assoc::models::PortalSession</name>
    <message>
        <location filename="../../src/models/PortalSession.cpp" line="+387"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>assoc::models::WriteBatch</name>
    <message>
        <location filename="../../src/models/WriteBatch.cpp" line="+29"/>
        <source>ended without an answer: the portal was disconnected</source>
        <translation>ohne Antwort beendet: Die Verbindung zum Portal wurde getrennt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cancelled before it was sent</source>
        <translation>vor dem Senden abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent: the portal was disconnected</source>
        <translation>nicht gesendet: Die Verbindung zum Portal wurde getrennt</translation>
    </message>
</context>
</TS>
