<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>API read</source>
        <translation>API lesen</translation>
    </message>
    <message>
        <source>API read/write</source>
        <translation>API lesen/schreiben</translation>
    </message>
    <message>
        <source>all endpoints read</source>
        <translation>alle Endpunkte lesen</translation>
    </message>
    <message>
        <source>all endpoints read/write</source>
        <translation>alle Endpunkte lesen/schreiben</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom statement(s)</source>
        <translation>
            <numerusform>%n eigene Anweisung</numerusform>
            <numerusform>%n eigene Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Kein Zugriff</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Podwarden: a desktop console for scoped API keys, write-only secrets and pod templates.</source>
        <translation>Podwarden: eine Desktop-Konsole für eingeschränkte API-Schlüssel, nur schreibbare Geheimnisse und Pod-Vorlagen.</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <source>User interface language, such as en or de.</source>
        <translation>Sprache der Oberfläche, etwa en oder de.</translation>
    </message>
    <message>
        <source>Quit once the screenshot has been saved.</source>
        <translation>Beenden, sobald das Bildschirmfoto gespeichert ist.</translation>
    </message>
    <message>
        <source>Unknown colour scheme “%1”; use system, light or dark.</source>
        <translation>Unbekanntes Farbschema „%1“; verwenden Sie system, light oder dark.</translation>
    </message>
    <message>
        <source>--quit-after-screenshot needs --screenshot FILE.</source>
        <translation>--quit-after-screenshot braucht --screenshot DATEI.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Do not connect: work from the last copy of the account.</source>
        <translation>Nicht verbinden: mit der letzten Kopie des Kontos arbeiten.</translation>
    </message>
    <message>
        <source>Open the profile with this name.</source>
        <translation>Das Profil mit diesem Namen öffnen.</translation>
    </message>
    <message>
        <source>--sandbox and --offline cannot be used together.</source>
        <translation>--sandbox und --offline können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to this file once the account is on screen, and print how long that took.</source>
        <translation>Ein PNG des Hauptfensters in diese Datei speichern, sobald das Konto angezeigt wird, und ausgeben, wie lange das gedauert hat.</translation>
    </message>
    <message>
        <source>Start the local sandbox service with demo data and connect to it. --sandbox paperspace starts one that speaks Paperspace&apos;s API instead of Runpod&apos;s (--sandbox runpod, the default).</source>
        <translation>Den lokalen Sandbox-Dienst mit Demodaten starten und sich damit verbinden. --sandbox paperspace startet einen, der die API von Paperspace statt der von Runpod spricht (--sandbox runpod, die Voreinstellung).</translation>
    </message>
    <message>
        <source>Unknown sandbox “%1”; use --sandbox runpod or --sandbox paperspace.</source>
        <translation>Unbekannte Sandbox „%1“; verwenden Sie --sandbox runpod oder --sandbox paperspace.</translation>
    </message>
</context>
<context>
    <name>AuditEvent</name>
    <message>
        <source>%1 created %2</source>
        <translation>%1 hat %2 erstellt</translation>
    </message>
    <message>
        <source>%1 renamed %2</source>
        <translation>%1 hat %2 umbenannt</translation>
    </message>
    <message>
        <source>%1 enabled %2</source>
        <translation>%1 hat %2 aktiviert</translation>
    </message>
    <message>
        <source>%1 disabled %2</source>
        <translation>%1 hat %2 deaktiviert</translation>
    </message>
    <message>
        <source>%1 changed the access of %2</source>
        <translation>%1 hat den Zugriff von %2 geändert</translation>
    </message>
    <message>
        <source>%1 revoked %2</source>
        <translation>%1 hat %2 widerrufen</translation>
    </message>
    <message>
        <source>%1 replaced the value of %2</source>
        <translation>%1 hat den Wert von %2 ersetzt</translation>
    </message>
    <message>
        <source>%1 edited the description of %2</source>
        <translation>%1 hat die Beschreibung von %2 bearbeitet</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 hat %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 updated %2</source>
        <translation>%1 hat %2 geändert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Access changed</source>
        <translation>Zugriff geändert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Value replaced</source>
        <translation>Wert ersetzt</translation>
    </message>
    <message>
        <source>Description edited</source>
        <translation>Beschreibung bearbeitet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 rolled %2 to a new key</source>
        <translation>%1 hat %2 durch einen neuen Schlüssel abgelöst</translation>
    </message>
    <message>
        <source>%1 changed the expiry of %2</source>
        <translation>%1 hat den Ablauf von %2 geändert</translation>
    </message>
    <message>
        <source>Rolled</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <source>Expiry changed</source>
        <translation>Ablauf geändert</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
</context>
<context>
    <name>DecodeError</name>
    <message>
        <source>the body</source>
        <translation>der Inhalt</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is malformed: “%1” should be %2.</source>
        <translation>Die Antwort des Servers ist fehlerhaft: „%1“ sollte %2 sein.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is incomplete: “%1” is missing.</source>
        <translation>Die Antwort des Servers ist unvollständig: „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The server&apos;s reply has an invalid value in “%1” (expected %2).</source>
        <translation>Die Antwort des Servers enthält einen ungültigen Wert in „%1“ (erwartet: %2).</translation>
    </message>
</context>
<context>
    <name>ExpiryReminders</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) expire within a day</source>
        <translation>
            <numerusform>%n API-Schlüssel läuft innerhalb eines Tages ab</numerusform>
            <numerusform>%n API-Schlüssel laufen innerhalb eines Tages ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) expire within %1 days</source>
        <translation>
            <numerusform>%n API-Schlüssel läuft innerhalb von %1 Tagen ab</numerusform>
            <numerusform>%n API-Schlüssel laufen innerhalb von %1 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll them, or give them a later expiry, in Podwarden.</source>
        <translation>Lösen Sie sie in Podwarden ab oder geben Sie ihnen ein späteres Ablaufdatum.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation>Schreibe %1 von %2 …</translation>
    </message>
    <message>
        <source>Writing… %1 so far</source>
        <translation>Schreibe … bisher %1</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Cannot create the folder of the local store “%1”.</source>
        <translation>Der Ordner des lokalen Speichers „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the local store “%1”: %2</source>
        <translation>Der lokale Speicher „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the local store “%1”: %2</source>
        <translation>Der lokale Speicher „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The local store “%1” was written by a newer version of Podwarden.</source>
        <translation>Der lokale Speicher „%1“ wurde von einer neueren Version von Podwarden geschrieben.</translation>
    </message>
    <message>
        <source>The local store “%1” is not open.</source>
        <translation>Der lokale Speicher „%1“ ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot save to the local store “%1”: %2</source>
        <translation>In den lokalen Speicher „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the local store “%1”: %2</source>
        <translation>Der lokale Speicher „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The saved account in the local store “%1” is damaged and was ignored.</source>
        <translation>Das gespeicherte Konto im lokalen Speicher „%1“ ist beschädigt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>Cannot remove from the local store “%1”: %2</source>
        <translation>Aus dem lokalen Speicher „%1“ kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>A draft in the local store “%1” is damaged and was ignored.</source>
        <translation>Ein Entwurf im lokalen Speicher „%1“ ist beschädigt und wurde übergangen.</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Optional: a PEM file of extra trusted certificate authorities</source>
        <translation>Optional: eine PEM-Datei mit zusätzlich vertrauenswürdigen Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Eine CA-Datei wählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>PaperspaceSecrets</name>
    <message>
        <source>Enter a name for the secret.</source>
        <translation>Geben Sie einen Namen für das Geheimnis ein.</translation>
    </message>
    <message>
        <source>A secret name can have at most %1 characters; this one has %2.</source>
        <translation>Ein Geheimnisname darf höchstens %1 Zeichen haben; dieser hat %2.</translation>
    </message>
    <message>
        <source>A secret name must start with a letter.</source>
        <translation>Ein Geheimnisname muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>A secret name may hold only letters, digits and underscores, not “%1”.</source>
        <translation>Ein Geheimnisname darf nur Buchstaben, Ziffern und Unterstriche enthalten, nicht „%1“.</translation>
    </message>
    <message>
        <source>Enter a value for the secret.</source>
        <translation>Geben Sie einen Wert für das Geheimnis ein.</translation>
    </message>
    <message>
        <source>A secret value can have at most %1 characters; this one has %2.</source>
        <translation>Ein Geheimniswert darf höchstens %1 Zeichen haben; dieser hat %2.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A service address is missing.</source>
        <translation>Eine Dienstadresse fehlt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid service address.</source>
        <translation>„%1“ ist keine gültige Dienstadresse.</translation>
    </message>
    <message>
        <source>The address “%1” must not contain a user name or password.</source>
        <translation>Die Adresse „%1“ darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The address “%1” uses plain http, which would send your key unencrypted. Use https; http is allowed only to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Die Adresse „%1“ verwendet einfaches http, damit würde Ihr Schlüssel unverschlüsselt gesendet. Verwenden Sie https; http ist nur zu diesem Computer erlaubt (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The address “%1” must start with https://.</source>
        <translation>Die Adresse „%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>The CA file “%1” does not exist.</source>
        <translation>Die CA-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation>Die CA-Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA file “%1” contains no PEM certificate.</source>
        <translation>Die CA-Datei „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Enter the id of the Paperspace project whose deployments and secrets to show.</source>
        <translation>Geben Sie die ID des Paperspace-Projekts ein, dessen Deployments und Geheimnisse angezeigt werden sollen.</translation>
    </message>
    <message>
        <source>“%1” is not a Paperspace project id: use the id from the project&apos;s settings, letters, digits, _ and - only.</source>
        <translation>„%1“ ist keine Paperspace-Projekt-ID: Verwenden Sie die ID aus den Projekteinstellungen, nur Buchstaben, Ziffern, _ und -.</translation>
    </message>
    <message>
        <source>“%1” is not a Paperspace team id: use letters, digits, _ and - only.</source>
        <translation>„%1“ ist keine Paperspace-Team-ID: nur Buchstaben, Ziffern, _ und -.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>the service</source>
        <translation>der Dienst</translation>
    </message>
    <message>
        <source>Podwarden sends the account key over plain http only to this computer. Use an https:// address for %1.</source>
        <translation>Podwarden sendet den Kontoschlüssel über einfaches http nur an diesen Computer. Verwenden Sie für %1 eine https://-Adresse.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the profile&apos;s address and your network connection; if it is the sandbox, start it again.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie die Adresse des Profils und Ihre Netzwerkverbindung; ist es die Sandbox, starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 is not trusted (%2), so Podwarden did not send the key. If the service uses a private certificate authority, add its CA file to the profile.</source>
        <translation>Der Verbindung zu %1 wird nicht vertraut (%2), deshalb hat Podwarden den Schlüssel nicht gesendet. Verwendet der Dienst eine eigene Zertifizierungsstelle, fügen Sie deren CA-Datei dem Profil hinzu.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another address (%2). Podwarden does not follow it, so the key never leaves the service&apos;s own address. Check the profile&apos;s address.</source>
        <translation>%1 hat die Anfrage an eine andere Adresse umgeleitet (%2). Podwarden folgt dem nicht, damit der Schlüssel die Adresse des Dienstes nie verlässt. Prüfen Sie die Adresse des Profils.</translation>
    </message>
    <message>
        <source>The service did not accept the account key (%1). The key may be mistyped, disabled or revoked: paste a valid key in the profile.</source>
        <translation>Der Dienst hat den Kontoschlüssel nicht angenommen (%1). Der Schlüssel ist vielleicht falsch eingegeben, deaktiviert oder widerrufen: Fügen Sie im Profil einen gültigen Schlüssel ein.</translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation>HTTP 401</translation>
    </message>
    <message>
        <source>The account key is valid but does not allow this (%1). Use a key with more access, or ask the account owner.</source>
        <translation>Der Kontoschlüssel ist gültig, erlaubt dies aber nicht (%1). Verwenden Sie einen Schlüssel mit mehr Rechten oder fragen Sie die Kontoinhaberin bzw. den Kontoinhaber.</translation>
    </message>
    <message>
        <source>HTTP 403</source>
        <translation>HTTP 403</translation>
    </message>
    <message>
        <source>It no longer exists on the service; it may have been deleted elsewhere. Refresh to see the account as it is now.</source>
        <translation>Es existiert beim Dienst nicht mehr; vielleicht wurde es anderswo gelöscht. Aktualisieren Sie, um das Konto im aktuellen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>The name is already taken. Choose another name.</source>
        <translation>Der Name ist bereits vergeben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The name is already taken (%1). Choose another name.</source>
        <translation>Der Name ist bereits vergeben (%1). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The service refused the input. Check the fields and try again.</source>
        <translation>Der Dienst hat die Eingabe abgelehnt. Prüfen Sie die Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service refused the input: %1.</source>
        <translation>Der Dienst hat die Eingabe abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1).</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1): %2.</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (HTTP %1): %2.</translation>
    </message>
    <message numerus="yes">
        <source>The service&apos;s rate limit was reached. Try again in %n second(s).</source>
        <translation>
            <numerusform>Das Anfragelimit des Dienstes ist erreicht. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Das Anfragelimit des Dienstes ist erreicht. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service&apos;s rate limit was reached. Wait a minute and try again.</source>
        <translation>Das Anfragelimit des Dienstes ist erreicht. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service had a problem of its own (HTTP %1). Try again in a moment; if it keeps happening, check the service&apos;s status page.</source>
        <translation>Der Dienst hatte ein eigenes Problem (HTTP %1). Versuchen Sie es gleich noch einmal; wenn es wiederholt auftritt, sehen Sie auf der Statusseite des Dienstes nach.</translation>
    </message>
    <message>
        <source>%1 Check that the profile&apos;s address (%2) points at the service&apos;s API.</source>
        <translation>%1 Prüfen Sie, ob die Adresse des Profils (%2) auf die API des Dienstes zeigt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The account&apos;s balance is too low for this (HTTP 402). Add funds in the cloud&apos;s console, then try again.</source>
        <translation>Das Guthaben des Kontos reicht dafür nicht (HTTP 402). Laden Sie in der Konsole der Cloud Guthaben auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The account&apos;s balance is too low for this (%1). Add funds in the cloud&apos;s console, then try again.</source>
        <translation>Das Guthaben des Kontos reicht dafür nicht (%1). Laden Sie in der Konsole der Cloud Guthaben auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The request is larger than the service accepts (HTTP 413). Shorten the environment variables, the command or the value, and try again.</source>
        <translation>Die Anfrage ist größer, als der Dienst annimmt (HTTP 413). Kürzen Sie die Umgebungsvariablen, den Befehl oder den Wert und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request is larger than the service accepts (%1). Shorten the environment variables, the command or the value, and try again.</source>
        <translation>Die Anfrage ist größer, als der Dienst annimmt (%1). Kürzen Sie die Umgebungsvariablen, den Befehl oder den Wert und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 kept redirecting the request without ever answering it, so Podwarden gave up. Check the profile&apos;s address; if it is right, the service is misconfigured.</source>
        <translation>%1 hat die Anfrage immer wieder umgeleitet, ohne sie je zu beantworten; Podwarden hat aufgegeben. Prüfen Sie die Adresse im Profil; stimmt sie, ist der Dienst falsch eingerichtet.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2, far more than this request can need, so Podwarden stopped reading it and kept nothing of it. The service, or something between you and it, is not working as it should; try again later.</source>
        <translation>%1 hat eine Antwort geschickt, die größer als %2 ist, weit mehr, als diese Anfrage brauchen kann. Podwarden hat das Lesen abgebrochen und nichts davon behalten. Der Dienst oder etwas zwischen Ihnen und ihm arbeitet nicht wie vorgesehen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The account key has expired, so the service refuses it. Give it a later expiry (or none) from a key with API write access, or use another key (File ▸ Profiles…).</source>
        <translation>Der Kontoschlüssel ist abgelaufen, deshalb weist der Dienst ihn ab. Geben Sie ihm mit einem Schlüssel mit API-Schreibzugriff ein späteres (oder kein) Ablaufdatum, oder nutzen Sie einen anderen Schlüssel (Datei ▸ Profile …).</translation>
    </message>
</context>
<context>
    <name>TemplateComparison</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Startbefehl</translation>
    </message>
    <message>
        <source>Container disk (GB)</source>
        <translation>Container-Festplatte (GB)</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Persistent volume</source>
        <translation>Dauerhaftes Volume</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Start SSH</source>
        <translation>SSH starten</translation>
    </message>
    <message>
        <source>Start Jupyter</source>
        <translation>Jupyter starten</translation>
    </message>
    <message>
        <source>CUDA versions</source>
        <translation>CUDA-Versionen</translation>
    </message>
    <message>
        <source>Registry credential</source>
        <translation>Registry-Zugang</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 GB at %2</source>
        <translation>%1 GB unter %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for the secret.</source>
        <translation>Geben Sie einen Namen für das Geheimnis ein.</translation>
    </message>
    <message>
        <source>A secret name can have at most %1 characters; this one has %2.</source>
        <translation>Der Name eines Geheimnisses darf höchstens %1 Zeichen haben; dieser hat %2.</translation>
    </message>
    <message>
        <source>A secret name must start with a letter or an underscore.</source>
        <translation>Der Name eines Geheimnisses muss mit einem Buchstaben oder einem Unterstrich beginnen.</translation>
    </message>
    <message>
        <source>Secret names must not begin with “RUNPOD”; that prefix is reserved.</source>
        <translation>Namen von Geheimnissen dürfen nicht mit „RUNPOD“ beginnen; dieses Präfix ist reserviert.</translation>
    </message>
    <message>
        <source>A secret named “%1” already exists. Choose another name.</source>
        <translation>Ein Geheimnis namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter a value for the secret.</source>
        <translation>Geben Sie einen Wert für das Geheimnis ein.</translation>
    </message>
    <message>
        <source>A secret value must be smaller than 16 MiB.</source>
        <translation>Der Wert eines Geheimnisses muss kleiner als 16 MiB sein.</translation>
    </message>
    <message>
        <source>A description can be at most %1 bytes long; this one has %2.</source>
        <translation>Eine Beschreibung darf höchstens %1 Bytes lang sein; diese hat %2.</translation>
    </message>
    <message>
        <source>Enter a name for the variable.</source>
        <translation>Geben Sie einen Namen für die Variable ein.</translation>
    </message>
    <message>
        <source>A variable name must start with a letter or an underscore.</source>
        <translation>Ein Variablenname muss mit einem Buchstaben oder einem Unterstrich beginnen.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in a variable name. Use letters, digits and underscores.</source>
        <translation>„%1“ ist in einem Variablennamen nicht erlaubt. Verwenden Sie Buchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <source>A template can have at most %1 environment variables; this one has %2.</source>
        <translation>Eine Vorlage darf höchstens %1 Umgebungsvariablen haben; diese hat %2.</translation>
    </message>
    <message>
        <source>Enter a name for the key.</source>
        <translation>Geben Sie einen Namen für den Schlüssel ein.</translation>
    </message>
    <message>
        <source>A key name can have at most %1 characters.</source>
        <translation>Ein Schlüsselname darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A key name cannot contain control characters.</source>
        <translation>Ein Schlüsselname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is set more than once; keep one.</source>
        <translation>„%1“ ist mehrfach gesetzt; behalten Sie einen Eintrag.</translation>
    </message>
    <message>
        <source>There is no secret named “%1”; pods booted from this template would fail.</source>
        <translation>Es gibt kein Geheimnis namens „%1“; Pods, die von dieser Vorlage starten, würden fehlschlagen.</translation>
    </message>
    <message>
        <source>Enter a name for the template.</source>
        <translation>Geben Sie einen Namen für die Vorlage ein.</translation>
    </message>
    <message>
        <source>Enter the container image, such as runpod/pytorch:2.4.0.</source>
        <translation>Geben Sie das Container-Image ein, etwa runpod/pytorch:2.4.0.</translation>
    </message>
    <message>
        <source>An image reference cannot contain spaces.</source>
        <translation>Ein Image-Verweis darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The container disk must be at least 1 GB.</source>
        <translation>Die Container-Festplatte muss mindestens 1 GB groß sein.</translation>
    </message>
    <message>
        <source>“%1” is not a port. Write each as number/protocol, such as 8888/http or 22/tcp.</source>
        <translation>„%1“ ist kein Port. Schreiben Sie jeden als Nummer/Protokoll, etwa 8888/http oder 22/tcp.</translation>
    </message>
    <message>
        <source>The port %1 is listed twice.</source>
        <translation>Der Port %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>A persistent volume must be at least 10 GB.</source>
        <translation>Ein dauerhaftes Volume muss mindestens 10 GB groß sein.</translation>
    </message>
    <message>
        <source>The volume&apos;s mount path must be absolute, such as /workspace.</source>
        <translation>Der Einhängepfad des Volumes muss absolut sein, etwa /workspace.</translation>
    </message>
    <message>
        <source>“%1” is not a CUDA version. Write major.minor, such as 12.4.</source>
        <translation>„%1“ ist keine CUDA-Version. Schreiben Sie Haupt.Neben, etwa 12.4.</translation>
    </message>
    <message>
        <source>A start command that begins with { must be the exec form {&quot;entrypoint&quot;: [...], &quot;cmd&quot;: [...]} with lists of strings.</source>
        <translation>Ein Startbefehl, der mit { beginnt, muss die Exec-Form {&quot;entrypoint&quot;: [...], &quot;cmd&quot;: [...]} mit Listen von Zeichenketten haben.</translation>
    </message>
    <message>
        <source>The start command has a quote that is not closed, or ends in a lone backslash.</source>
        <translation>Im Startbefehl ist ein Anführungszeichen nicht geschlossen, oder er endet mit einem einzelnen Backslash.</translation>
    </message>
    <message>
        <source>A space is not allowed in a secret name.</source>
        <translation>Ein Leerzeichen ist im Namen eines Geheimnisses nicht erlaubt.</translation>
    </message>
    <message>
        <source>A tab is not allowed in a secret name.</source>
        <translation>Ein Tabulator ist im Namen eines Geheimnisses nicht erlaubt.</translation>
    </message>
    <message>
        <source>A line break is not allowed in a secret name.</source>
        <translation>Ein Zeilenumbruch ist im Namen eines Geheimnisses nicht erlaubt.</translation>
    </message>
    <message>
        <source>A non-breaking space is not allowed in a secret name.</source>
        <translation>Ein geschütztes Leerzeichen ist im Namen eines Geheimnisses nicht erlaubt.</translation>
    </message>
    <message>
        <source>A space character (U+%1) is not allowed in a secret name.</source>
        <translation>Ein Leerraumzeichen (U+%1) ist im Namen eines Geheimnisses nicht erlaubt.</translation>
    </message>
    <message>
        <source>An invisible character (U+%1) is not allowed in a secret name.</source>
        <translation>Ein unsichtbares Zeichen (U+%1) ist im Namen eines Geheimnisses nicht erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in a secret name.</source>
        <translation>„%1“ ist im Namen eines Geheimnisses nicht erlaubt.</translation>
    </message>
    <message>
        <source>Use letters, digits, underscores, dots, hyphens and slashes.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, Unterstriche, Punkte, Bindestriche und Schrägstriche.</translation>
    </message>
</context>
<context>
    <name>podwarden::AccessLevelDelegate</name>
    <message>
        <source>Access to %1</source>
        <translation>Zugriff auf %1</translation>
    </message>
</context>
<context>
    <name>podwarden::AccountChanges</name>
    <message>
        <source>You are not connected, so nothing was changed. Connect from the Overview (F5) and try again.</source>
        <translation>Sie sind nicht verbunden, daher wurde nichts geändert. Verbinden Sie sich in der Übersicht (F5) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The change was made, but Podwarden had moved on to another account meanwhile. Refresh (F5) to see it.</source>
        <translation>Die Änderung wurde vorgenommen, aber Podwarden war inzwischen bei einem anderen Konto. Aktualisieren Sie (F5), um sie zu sehen.</translation>
    </message>
    <message>
        <source>That key is no longer in the account. Refresh (F5) to see the account as it is now.</source>
        <translation>Dieser Schlüssel ist nicht mehr im Konto. Aktualisieren Sie (F5), um das Konto so zu sehen, wie es jetzt ist.</translation>
    </message>
    <message>
        <source>Key %1 is enabled.</source>
        <translation>Schlüssel %1 ist aktiviert.</translation>
    </message>
    <message>
        <source>Key %1 is disabled.</source>
        <translation>Schlüssel %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Key %1 was not enabled: %2</source>
        <translation>Schlüssel %1 wurde nicht aktiviert: %2</translation>
    </message>
    <message>
        <source>Key %1 was not disabled: %2</source>
        <translation>Schlüssel %1 wurde nicht deaktiviert: %2</translation>
    </message>
    <message>
        <source>Key %1 was not created: %2</source>
        <translation>Schlüssel %1 wurde nicht angelegt: %2</translation>
    </message>
    <message>
        <source>Key %1 was created.</source>
        <translation>Schlüssel %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Key %1 was not changed: %2</source>
        <translation>Schlüssel %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Key %1 was saved.</source>
        <translation>Schlüssel %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2</source>
        <translation>Schlüssel %1 wurde nicht widerrufen: %2</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>Schlüssel %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>Secret %1 was not created: %2</source>
        <translation>Geheimnis %1 wurde nicht angelegt: %2</translation>
    </message>
    <message>
        <source>Secret %1 was created. Templates can use it as %2.</source>
        <translation>Geheimnis %1 wurde angelegt. Vorlagen können es als %2 verwenden.</translation>
    </message>
    <message>
        <source>The value of %1 was not replaced: %2</source>
        <translation>Der Wert von %1 wurde nicht ersetzt: %2</translation>
    </message>
    <message>
        <source>The value of %1 was replaced. Pods booted from now on use the new value; running pods keep the old one until they restart.</source>
        <translation>Der Wert von %1 wurde ersetzt. Pods, die ab jetzt starten, verwenden den neuen Wert; laufende Pods behalten den alten, bis sie neu starten.</translation>
    </message>
    <message>
        <source>The description of %1 was not saved: %2</source>
        <translation>Die Beschreibung von %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The description of %1 was saved.</source>
        <translation>Die Beschreibung von %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>That secret is no longer in the account. Refresh (F5) to see the account as it is now.</source>
        <translation>Dieses Geheimnis ist nicht mehr im Konto. Aktualisieren Sie (F5), um das Konto so zu sehen, wie es jetzt ist.</translation>
    </message>
    <message>
        <source>Secret %1 was not deleted: %2</source>
        <translation>Geheimnis %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Secret %1 was deleted.</source>
        <translation>Geheimnis %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Podwarden is signed in with key %1, whose access does not include all of %2&apos;s. A key can change or revoke only keys whose access is within its own, so %2 was left as it is. To change it, sign in with a key that holds at least its access (an All key holds everything).</source>
        <translation>Podwarden ist mit dem Schlüssel %1 angemeldet, dessen Zugriff nicht alles umfasst, was %2 darf. Ein Schlüssel kann nur Schlüssel ändern oder widerrufen, deren Zugriff innerhalb seines eigenen liegt; %2 bleibt daher unverändert. Um ihn zu ändern, melden Sie sich mit einem Schlüssel an, der mindestens diesen Zugriff hat (ein Schlüssel mit „Alle“ hat jeden Zugriff).</translation>
    </message>
    <message>
        <source>Podwarden is signed in with key %1, which cannot grant more than it holds itself, so %2 was left as it is. Grant less, or sign in with a key that holds this access.</source>
        <translation>Podwarden ist mit dem Schlüssel %1 angemeldet, der nicht mehr gewähren kann, als er selbst hat; %2 bleibt daher unverändert. Gewähren Sie weniger, oder melden Sie sich mit einem Schlüssel an, der diesen Zugriff hat.</translation>
    </message>
    <message>
        <source>The access of key %1 to %2 was not changed: %3</source>
        <translation>Der Zugriff von Schlüssel %1 auf %2 wurde nicht geändert: %3</translation>
    </message>
    <message>
        <source>Key %1 no longer has its own grant of %2.</source>
        <translation>Schlüssel %1 hat keine eigene Freigabe für %2 mehr.</translation>
    </message>
    <message>
        <source>Key %1 now has %2 access to %3.</source>
        <translation>Schlüssel %1 hat jetzt Zugriff „%2“ auf %3.</translation>
    </message>
    <message>
        <source>Pod %1 was not restarted: %2</source>
        <translation>Pod %1 wurde nicht neu gestartet: %2</translation>
    </message>
    <message>
        <source>Pod %1 was not started: %2</source>
        <translation>Pod %1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Pod %1 was not stopped: %2</source>
        <translation>Pod %1 wurde nicht angehalten: %2</translation>
    </message>
    <message>
        <source>Pod %1 was not terminated: %2</source>
        <translation>Pod %1 wurde nicht beendet: %2</translation>
    </message>
    <message>
        <source>Pod %1 was restarted.</source>
        <translation>Pod %1 wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Pod %1 was started.</source>
        <translation>Pod %1 wurde gestartet.</translation>
    </message>
    <message>
        <source>Pod %1 was stopped.</source>
        <translation>Pod %1 wurde angehalten.</translation>
    </message>
    <message>
        <source>Pod %1 was terminated.</source>
        <translation>Pod %1 wurde beendet.</translation>
    </message>
    <message>
        <source>That endpoint is no longer in the account. Refresh (F5) to see the account as it is now.</source>
        <translation>Dieser Endpunkt ist nicht mehr im Konto. Aktualisieren Sie (F5), um das Konto so zu sehen, wie es jetzt ist.</translation>
    </message>
    <message>
        <source>The workers of %1 were not rolled: %2</source>
        <translation>Die Worker von %1 wurden nicht erneuert: %2</translation>
    </message>
    <message>
        <source>%1 has a new release: its workers are replaced one by one, and each new worker reads the secrets as they are now.</source>
        <translation>%1 hat ein neues Release: Seine Worker werden nacheinander ersetzt, und jeder neue Worker liest die Geheimnisse in ihrem jetzigen Stand.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>This profile names no team, so there are no team secrets to add to. Add the team ID in File ▸ Profiles.</source>
        <translation>Dieses Profil nennt kein Team, daher lassen sich keine Team-Geheimnisse anlegen. Tragen Sie die Team-ID unter Datei ▸ Profile ein.</translation>
    </message>
    <message>
        <source>Secret %1 was created in the %2&apos;s secrets.</source>
        <translation>Geheimnis %1 wurde als %2-Geheimnis angelegt.</translation>
    </message>
    <message>
        <source>The value of %1 was replaced. Deployments take it at their next deploy; until then they keep the old value.</source>
        <translation>Der Wert von %1 wurde ersetzt. Deployments übernehmen ihn bei ihrer nächsten Bereitstellung; bis dahin behalten sie den alten Wert.</translation>
    </message>
    <message>
        <source>Secret %1 was deleted from the %2&apos;s secrets.</source>
        <translation>Geheimnis %1 wurde aus den %2-Geheimnissen gelöscht.</translation>
    </message>
    <message>
        <source>That deployment is no longer in the account. Refresh (F5) to see the account as it is now.</source>
        <translation>Dieses Deployment ist nicht mehr im Konto. Aktualisieren Sie (F5), um das Konto so zu sehen, wie es jetzt ist.</translation>
    </message>
    <message>
        <source>%1 was not protected: %2</source>
        <translation>%1 wurde nicht geschützt: %2</translation>
    </message>
    <message>
        <source>%1 was not made public: %2</source>
        <translation>%1 wurde nicht öffentlich gemacht: %2</translation>
    </message>
    <message>
        <source>%1 is redeployed and protected: its endpoint now wants the Basic token made from the value of %2. Calls without it get 401.</source>
        <translation>%1 ist neu bereitgestellt und geschützt: Sein Endpunkt verlangt jetzt das Basic-Token aus dem Wert von %2. Aufrufe ohne dieses Token erhalten 401.</translation>
    </message>
    <message>
        <source>%1 is redeployed and public: anyone who knows its endpoint URL can call it.</source>
        <translation>%1 ist neu bereitgestellt und öffentlich: Jeder, der die URL seines Endpunkts kennt, kann ihn aufrufen.</translation>
    </message>
    <message>
        <source>The project secret %1 was created, but: %2</source>
        <translation>Das Projekt-Geheimnis %1 wurde angelegt, aber: %2</translation>
    </message>
    <message>
        <source>%1 was not redeployed: %2</source>
        <translation>%1 wurde nicht neu bereitgestellt: %2</translation>
    </message>
    <message>
        <source>%1 is redeployed: its endpoint now accepts the token of the secret&apos;s current value and refuses the old one.</source>
        <translation>%1 ist neu bereitgestellt: Sein Endpunkt akzeptiert jetzt das Token aus dem aktuellen Wert des Geheimnisses und weist das alte ab.</translation>
    </message>
    <message>
        <source>%1 is redeployed with its secrets&apos; current values.</source>
        <translation>%1 ist mit den aktuellen Werten seiner Geheimnisse neu bereitgestellt.</translation>
    </message>
    <message>
        <source>Refresh (F5) to see it as it is now.</source>
        <translation>Aktualisieren Sie (F5), um das Deployment so zu sehen, wie es jetzt ist.</translation>
    </message>
    <message>
        <source>The key is no longer in the account: it was revoked since. Refresh to see the account as it is now.</source>
        <translation>Der Schlüssel ist nicht mehr im Konto: Er wurde inzwischen widerrufen. Aktualisieren Sie, um das Konto so zu sehen, wie es jetzt ist.</translation>
    </message>
    <message>
        <source>Key %1 was not rolled: %2</source>
        <translation>Schlüssel %1 wurde nicht abgelöst: %2</translation>
    </message>
    <message>
        <source>Key %1 was rolled to %2. Both work until you finish the roll.</source>
        <translation>Schlüssel %1 wurde durch %2 abgelöst. Beide funktionieren, bis Sie die Ablösung abschließen.</translation>
    </message>
    <message>
        <source>Key %1 was not revoked here: it had been revoked elsewhere already, and is gone from the list.</source>
        <translation>Schlüssel %1 wurde hier nicht widerrufen: Er war schon anderswo widerrufen worden und ist aus der Liste verschwunden.</translation>
    </message>
</context>
<context>
    <name>podwarden::AccountListPage</name>
    <message>
        <source>No account is connected. Connect one from the Overview.</source>
        <translation>Es ist kein Konto verbunden. Verbinden Sie eines in der Übersicht.</translation>
    </message>
</context>
<context>
    <name>podwarden::ApiKeyDialog</name>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Edit API key</source>
        <translation>API-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>What uses the key, e.g. ci-deployer</source>
        <translation>Wer den Schlüssel nutzt, z. B. ci-deployer</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Read &amp;Only</source>
        <translation>Nur &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Restricted</source>
        <translation>&amp;Eingeschränkt</translation>
    </message>
    <message>
        <source>Read-Write access to the API and to every endpoint, present and future: it can create, change and delete anything on the account.</source>
        <translation>Lese- und Schreibzugriff auf die API und auf jeden Endpunkt, jetzt und künftig: Der Schlüssel kann alles im Konto anlegen, ändern und löschen.</translation>
    </message>
    <message>
        <source>Read access to the API and to every endpoint, present and future.</source>
        <translation>Lesezugriff auf die API und auf jeden Endpunkt, jetzt und künftig.</translation>
    </message>
    <message>
        <source>Choose the API level and the access to each endpoint. The safest choice: give a key only what it needs.</source>
        <translation>Wählen Sie die API-Stufe und den Zugriff auf jeden Endpunkt. Am sichersten: Geben Sie einem Schlüssel nur, was er braucht.</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API-Zugriff</translation>
    </message>
    <message>
        <source>The management API (GraphQL and REST): Read lists the account&apos;s pods, endpoints, templates and keys; Read-Write also creates, changes and deletes them.</source>
        <translation>Die Verwaltungs-API (GraphQL und REST): Lesen listet Pods, Endpunkte, Vorlagen und Schlüssel des Kontos auf; Lesen-Schreiben legt sie auch an, ändert und löscht sie.</translation>
    </message>
    <message>
        <source>Access to every endpoint, present and future</source>
        <translation>Zugriff auf jeden Endpunkt, jetzt und künftig</translation>
    </message>
    <message>
        <source>API (GraphQL and REST) &amp;level:</source>
        <translation>API (GraphQL und REST), S&amp;tufe:</translation>
    </message>
    <message>
        <source>&amp;Every endpoint, present and future:</source>
        <translation>&amp;Jeder Endpunkt, jetzt und künftig:</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Name oder ID</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Endpunkte filtern</translation>
    </message>
    <message>
        <source>&amp;Filter endpoints:</source>
        <translation>Endpunkte &amp;filtern:</translation>
    </message>
    <message>
        <source>Endpoints and this key&apos;s access to them</source>
        <translation>Endpunkte und der Zugriff dieses Schlüssels darauf</translation>
    </message>
    <message>
        <source>Space or the keys 0, 1 and 2 set the access of the current endpoint; F2 opens a list.</source>
        <translation>Leertaste oder die Tasten 0, 1 und 2 setzen den Zugriff des aktuellen Endpunkts; F2 öffnet eine Liste.</translation>
    </message>
    <message>
        <source>Access for every endpoint shown</source>
        <translation>Zugriff für alle angezeigten Endpunkte</translation>
    </message>
    <message>
        <source>Set all s&amp;hown to:</source>
        <translation>Alle ange&amp;zeigten setzen auf:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Apply to every endpoint shown</source>
        <translation>Auf alle angezeigten Endpunkte anwenden</translation>
    </message>
    <message>
        <source>This key can do nothing yet: give it access to the API or to at least one endpoint.</source>
        <translation>Dieser Schlüssel kann noch nichts: Geben Sie ihm Zugriff auf die API oder auf mindestens einen Endpunkt.</translation>
    </message>
    <message>
        <source>Custom statements</source>
        <translation>Eigene Anweisungen</translation>
    </message>
    <message>
        <source>The key&apos;s policy has statements Podwarden does not edit. They are kept as they are.</source>
        <translation>Die Richtlinie des Schlüssels enthält Anweisungen, die Podwarden nicht bearbeitet. Sie bleiben unverändert erhalten.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>API key “%1” (legacy)</source>
        <translation>API-Schlüssel „%1“ (Altschlüssel)</translation>
    </message>
    <message>
        <source>Edit API key “%1”</source>
        <translation>API-Schlüssel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Give the key a name that says what uses it.</source>
        <translation>Geben Sie dem Schlüssel einen Namen, der sagt, wer ihn nutzt.</translation>
    </message>
    <message>
        <source>Another key is already called “%1”. That is allowed, but a distinct name is easier to tell apart.</source>
        <translation>Ein anderer Schlüssel heißt bereits „%1“. Das ist erlaubt, aber ein eigener Name ist leichter zu unterscheiden.</translation>
    </message>
    <message>
        <source>The account has no serverless endpoints.</source>
        <translation>Das Konto hat keine Serverless-Endpunkte.</translation>
    </message>
    <message>
        <source>No endpoint granted</source>
        <translation>Kein Endpunkt freigegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <comment>endpoints</comment>
        <translation>
            <numerusform>%n lesend</numerusform>
            <numerusform>%n lesend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read-write</source>
        <comment>endpoints</comment>
        <translation>
            <numerusform>%n lesend-schreibend</numerusform>
            <numerusform>%n lesend-schreibend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s): %1</source>
        <translation>
            <numerusform>%n Endpunkt: %1</numerusform>
            <numerusform>%n Endpunkte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message>
        <source>Create &amp;key</source>
        <translation>Schlüssel e&amp;rstellen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, as the key has on every endpoint, present and future.</source>
        <translation>%1, wie der Schlüssel es für jeden Endpunkt hat, jetzt und künftig.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Rückgängi&amp;g</translation>
    </message>
    <message>
        <source>Undo “Set all shown”</source>
        <translation>„Alle angezeigten setzen“ rückgängig machen</translation>
    </message>
    <message>
        <source>Put back the access the endpoints had before “Set all shown”</source>
        <translation>Den Endpunkten den Zugriff zurückgeben, den sie vor „Alle angezeigten setzen“ hatten</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
    <message>
        <source>Every endpoint shown has %1 already.</source>
        <translation>Jeder angezeigte Endpunkt hat schon %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>endpoints</comment>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) set to %1.</source>
        <translation>
            <numerusform>%n Endpunkt auf %1 gesetzt.</numerusform>
            <numerusform>%n Endpunkte auf %1 gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) have their access back.</source>
        <translation>
            <numerusform>%n Endpunkt hat seinen Zugriff zurück.</numerusform>
            <numerusform>%n Endpunkte haben ihren Zugriff zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every endpoint, present and future: Read; %n of them Read-Write</source>
        <translation>
            <numerusform>Jeder Endpunkt, jetzt und künftig: Lesen; %n davon Lesen und Schreiben</numerusform>
            <numerusform>Jeder Endpunkt, jetzt und künftig: Lesen; %n davon Lesen und Schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Every endpoint, present and future: %1</source>
        <translation>Jeder Endpunkt, jetzt und künftig: %1</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Abla&amp;uf:</translation>
    </message>
    <message>
        <source>This is a legacy key, made before keys had scopes. The service lets it be enabled, disabled, given an expiry or revoked, but not renamed or given other access. To narrow what it can do, roll it (Roll… on its page) into a scoped key, move its programs to the new key, and narrow or finish the roll.</source>
        <translation>Dies ist ein Altschlüssel aus der Zeit vor Schlüsseln mit Bereichen. Der Dienst erlaubt, ihn zu aktivieren, zu deaktivieren, mit Ablaufdatum zu versehen oder zu widerrufen, aber nicht, ihn umzubenennen oder ihm anderen Zugriff zu geben. Um einzuschränken, was er kann, lösen Sie ihn (Ablösen … auf seiner Seite) durch einen Schlüssel mit Bereichen ab, stellen seine Programme auf den neuen Schlüssel um und reduzieren oder schließen die Ablösung ab.</translation>
    </message>
    <message>
        <source>Keys with API write access need an expiry (File ▸ Preferences…).</source>
        <translation>Schlüssel mit API-Schreibzugriff brauchen ein Ablaufdatum (Datei ▸ Einstellungen …).</translation>
    </message>
</context>
<context>
    <name>podwarden::ApiKeyTableModel</name>
    <message>
        <source>A legacy key, made before scoped keys existed: it can only be enabled or disabled.</source>
        <translation>Ein Altschlüssel aus der Zeit vor den eingeschränkten Schlüsseln: Er kann nur aktiviert oder deaktiviert werden.</translation>
    </message>
    <message>
        <source>Legacy · %1</source>
        <translation>Alt · %1</translation>
    </message>
    <message>
        <source>Can change the account through the API (GraphQL and REST).</source>
        <translation>Kann das Konto über die API ändern (GraphQL und REST).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>This key has never been used.</source>
        <translation>Dieser Schlüssel wurde nie verwendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>This key does not expire.</source>
        <translation>Dieser Schlüssel läuft nicht ab.</translation>
    </message>
    <message>
        <source>Expired %1. The service refuses it; it stays in the list until it is revoked.</source>
        <translation>Abgelaufen %1. Der Dienst weist ihn ab; er bleibt in der Liste, bis er widerrufen wird.</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>Läuft ab: %1.</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>rolled → %1</source>
        <translation>abgelöst → %1</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>ersetzt %1</translation>
    </message>
</context>
<context>
    <name>podwarden::ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Search names, prefixes and creators</source>
        <translation>Namen, Präfixe und Ersteller durchsuchen</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel durchsuchen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Only keys that are switched off</source>
        <translation>Nur ausgeschaltete Schlüssel</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Altschlüssel</translation>
    </message>
    <message>
        <source>Only keys made before keys had scopes</source>
        <translation>Nur Schlüssel aus der Zeit vor den Berechtigungsbereichen</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Only keys that have never been used</source>
        <translation>Nur Schlüssel, die nie verwendet wurden</translation>
    </message>
    <message>
        <source>Unused 90 days</source>
        <translation>90 Tage unbenutzt</translation>
    </message>
    <message>
        <source>Only keys not used in the last 90 days</source>
        <translation>Nur Schlüssel, die in den letzten 90 Tagen nicht verwendet wurden</translation>
    </message>
    <message>
        <source>API write</source>
        <translation>API-Schreibzugriff</translation>
    </message>
    <message>
        <source>Only keys that can change the account through the API</source>
        <translation>Nur Schlüssel, die das Konto über die API ändern können</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 von %n Schlüssel angezeigt</numerusform>
            <numerusform>%1 von %n Schlüsseln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the keys…</source>
        <translation>Die Schlüssel werden geladen …</translation>
    </message>
    <message>
        <source>The keys have not been loaded. Connect to see them.</source>
        <translation>Die Schlüssel wurden nicht geladen. Verbinden Sie sich, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This account has no API keys yet. Create one with New key.</source>
        <translation>Dieses Konto hat noch keine API-Schlüssel. Erstellen Sie einen mit „Neuer Schlüssel“.</translation>
    </message>
    <message>
        <source>No key matches the search and filters.</source>
        <translation>Kein Schlüssel passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <source>Connect to the account to change its keys.</source>
        <translation>Verbinden Sie sich mit dem Konto, um seine Schlüssel zu ändern.</translation>
    </message>
    <message>
        <source>You are not connected, so keys cannot be changed now. Connect from the Overview and try again.</source>
        <translation>Sie sind nicht verbunden, daher können Schlüssel jetzt nicht geändert werden. Verbinden Sie sich in der Übersicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Enable key?</source>
        <translation>Schlüssel aktivieren?</translation>
    </message>
    <message>
        <source>Enable key %1? Programs that use it can call the service again.</source>
        <translation>Schlüssel %1 aktivieren? Programme, die ihn verwenden, können den Dienst wieder aufrufen.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Disable key?</source>
        <translation>Schlüssel deaktivieren?</translation>
    </message>
    <message>
        <source>Disable key %1? Programs using it get 401 until you enable it again.</source>
        <translation>Schlüssel %1 deaktivieren? Programme, die ihn verwenden, erhalten 401, bis Sie ihn wieder aktivieren.</translation>
    </message>
    <message>
        <source>Creating key %1…</source>
        <translation>Schlüssel %1 wird erstellt …</translation>
    </message>
    <message>
        <source>Saving key %1…</source>
        <translation>Schlüssel %1 wird gespeichert …</translation>
    </message>
    <message>
        <source>Revoke key?</source>
        <translation>Schlüssel widerrufen?</translation>
    </message>
    <message>
        <source>Revoke key %1? Programs using it get 401 from now on. A revoked key cannot be brought back.</source>
        <translation>Schlüssel %1 widerrufen? Programme, die ihn verwenden, erhalten ab jetzt 401. Ein widerrufener Schlüssel lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>The keys could not be loaded.</source>
        <translation>Die Schlüssel konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Disable the key Podwarden uses?</source>
        <translation>Den Schlüssel deaktivieren, den Podwarden verwendet?</translation>
    </message>
    <message>
        <source>%1 is the key Podwarden is signed in with. Disabling it signs Podwarden out of this account at once, and only another key with API write access can enable it again (File ▸ Profiles… lets you use another key).</source>
        <translation>%1 ist der Schlüssel, mit dem Podwarden angemeldet ist. Ihn zu deaktivieren meldet Podwarden sofort von diesem Konto ab, und nur ein anderer Schlüssel mit API-Schreibzugriff kann ihn wieder aktivieren (unter Datei ▸ Profile… können Sie einen anderen Schlüssel verwenden).</translation>
    </message>
    <message>
        <source>Revoke the key Podwarden uses?</source>
        <translation>Den Schlüssel widerrufen, den Podwarden verwendet?</translation>
    </message>
    <message>
        <source>%1 is the key Podwarden is signed in with. Revoking it signs Podwarden out of this account for good: you will need another key to connect again (File ▸ Profiles…).</source>
        <translation>%1 ist der Schlüssel, mit dem Podwarden angemeldet ist. Ihn zu widerrufen meldet Podwarden endgültig von diesem Konto ab: Um sich wieder zu verbinden, brauchen Sie einen anderen Schlüssel (Datei ▸ Profile…).</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Nur anzeigen:</translation>
    </message>
    <message>
        <source>This service does not offer API key management through its API: it answered “not found” for the key routes, as the Runpod cloud does today. Everything else works.

Manage the account&apos;s keys in the Runpod console instead: Settings ▸ API Keys (https://www.runpod.io/console/user/settings).</source>
        <translation>Dieser Dienst bietet über seine API keine Verwaltung von API-Schlüsseln an: Für die Schlüssel-Routen antwortete er „nicht gefunden“, wie die Runpod-Cloud heute. Alles andere funktioniert.

Verwalten Sie die Schlüssel des Kontos stattdessen in der Runpod-Konsole: Settings ▸ API Keys (https://www.runpod.io/console/user/settings).</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <source>What the key can do, when it was made and used, and its history</source>
        <translation>Was der Schlüssel darf, wann er angelegt und benutzt wurde, und sein Verlauf</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Only keys that have expired or expire within 7 days</source>
        <translation>Nur Schlüssel, die abgelaufen sind oder innerhalb von 7 Tagen ablaufen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write the keys shown (all of them, or those the search and filters keep) to a CSV or JSON file: names, prefixes, access, dates. Never a key itself.</source>
        <translation>Die angezeigten Schlüssel (alle, oder die nach Suche und Filtern übrigen) in eine CSV- oder JSON-Datei schreiben: Namen, Präfixe, Zugriff, Daten. Nie einen Schlüssel selbst.</translation>
    </message>
    <message>
        <source>Export keys</source>
        <translation>Schlüssel exportieren</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n key(s)…</source>
        <translation>
            <numerusform>Exportiere %n Schlüssel …</numerusform>
            <numerusform>Exportiere %n Schlüssel …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n key(s) to %1.</source>
        <translation>
            <numerusform>%n Schlüssel nach %1 exportiert.</numerusform>
            <numerusform>%n Schlüssel nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Selecte&amp;d keys</source>
        <translation>Aus&amp;gewählte Schlüssel</translation>
    </message>
    <message>
        <source>Set e&amp;xpiry…</source>
        <translation>A&amp;blauf setzen …</translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %n key(s)</source>
        <translation>
            <numerusform>Ablauf von %n Schlüssel setzen</numerusform>
            <numerusform>Ablauf von %n Schlüsseln setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Abla&amp;uf:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n key(s)?</source>
        <translation>
            <numerusform>%n Schlüssel deaktivieren?</numerusform>
            <numerusform>%n Schlüssel deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls with these keys get 401 until they are enabled again:

%1</source>
        <translation>Aufrufe mit diesen Schlüsseln erhalten 401, bis sie wieder aktiviert werden:

%1</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n key(s)?</source>
        <translation>
            <numerusform>%n Schlüssel aktivieren?</numerusform>
            <numerusform>%n Schlüssel aktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>These keys work again, with the access each has:

%1</source>
        <translation>Diese Schlüssel funktionieren wieder, mit dem Zugriff, den jeder hat:

%1</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %n key(s)?</source>
        <translation>
            <numerusform>Ablauf von %n Schlüssel setzen?</numerusform>
            <numerusform>Ablauf von %n Schlüsseln setzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:

%2</source>
        <translation>%1:

%2</translation>
    </message>
    <message>
        <source>These keys stop working %1</source>
        <translation>Diese Schlüssel hören auf zu funktionieren: %1</translation>
    </message>
    <message>
        <source>These keys no longer expire</source>
        <translation>Diese Schlüssel laufen nicht mehr ab</translation>
    </message>
    <message>
        <source>Set expiry</source>
        <translation>Ablauf setzen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s)?</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen?</numerusform>
            <numerusform>%n Schlüssel widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>These keys stop working for good, and whatever uses them fails. This cannot be undone:

%1</source>
        <translation>Diese Schlüssel funktionieren endgültig nicht mehr, und was sie verwendet, schlägt fehl. Das lässt sich nicht rückgängig machen:

%1</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n key(s)…</source>
        <translation>
            <numerusform>Ändere %n Schlüssel …</numerusform>
            <numerusform>Ändere %n Schlüssel …</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing keys: %1 of %2 done…</source>
        <translation>Ändere Schlüssel: %1 von %2 erledigt …</translation>
    </message>
    <message numerus="yes">
        <source>Disabled %1 of %n key(s).</source>
        <translation>
            <numerusform>%1 von %n Schlüssel deaktiviert.</numerusform>
            <numerusform>%1 von %n Schlüsseln deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %1 of %n key(s).</source>
        <translation>
            <numerusform>%1 von %n Schlüssel aktiviert.</numerusform>
            <numerusform>%1 von %n Schlüsseln aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %1 of %n key(s).</source>
        <translation>
            <numerusform>Ablauf von %1 von %n Schlüssel gesetzt.</numerusform>
            <numerusform>Ablauf von %1 von %n Schlüsseln gesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s).</source>
        <translation>
            <numerusform>%1 von %n Schlüssel widerrufen.</numerusform>
            <numerusform>%1 von %n Schlüsseln widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n abgelehnt:</numerusform>
            <numerusform>%n abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;oll…</source>
        <translation>Ab&amp;lösen …</translation>
    </message>
    <message>
        <source>&amp;Finish the roll…</source>
        <translation>Ablösung ab&amp;schließen …</translation>
    </message>
    <message>
        <source>Finish the roll?</source>
        <translation>Ablösung abschließen?</translation>
    </message>
    <message>
        <source>Calls with %1 get 401 from now on; %2 keeps working. Do this once everything that used %1 uses %2.</source>
        <translation>Aufrufe mit %1 erhalten ab jetzt 401; %2 funktioniert weiter. Tun Sie das, sobald alles, was %1 verwendet hat, %2 verwendet.</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Revoke %1 too?</source>
        <translation>%1 auch widerrufen?</translation>
    </message>
    <message>
        <source>%1 is disabled. Revoke it as well? A revoked key cannot be brought back; a disabled one can be switched on again if something still needed it.</source>
        <translation>%1 ist deaktiviert. Auch widerrufen? Ein widerrufener Schlüssel lässt sich nicht zurückholen; ein deaktivierter kann wieder eingeschaltet werden, falls ihn noch etwas braucht.</translation>
    </message>
    <message>
        <source>%1 is disabled; revoke it once nothing needs it.</source>
        <translation>%1 ist deaktiviert; widerrufen Sie ihn, sobald ihn nichts mehr braucht.</translation>
    </message>
    <message>
        <source>Disable, enable, set the expiry of, narrow to what they use or revoke every selected key</source>
        <translation>Alle ausgewählten Schlüssel deaktivieren, aktivieren, mit Ablaufdatum versehen, auf Genutztes reduzieren oder widerrufen</translation>
    </message>
    <message>
        <source>&amp;Narrow to what they use…</source>
        <translation>Auf Genutztes &amp;reduzieren …</translation>
    </message>
    <message>
        <source>&amp;Undo the last narrowing</source>
        <translation>Letzte Reduzierung rückgängi&amp;g machen</translation>
    </message>
    <message numerus="yes">
        <source>Changed the access of %1 of %n key(s).</source>
        <translation>
            <numerusform>Zugriff von %1 von %n Schlüssel geändert.</numerusform>
            <numerusform>Zugriff von %1 von %n Schlüsseln geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading how %n key(s) were used…</source>
        <translation>
            <numerusform>Nutzung von %n Schlüssel wird gelesen …</numerusform>
            <numerusform>Nutzung von %n Schlüsseln wird gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading how the keys were used: %1 of %2…</source>
        <translation>Nutzung der Schlüssel wird gelesen: %1 von %2 …</translation>
    </message>
    <message numerus="yes">
        <source>Narrowed the access of %1 of %n key(s) to what they used.</source>
        <translation>
            <numerusform>Zugriff von %1 von %n Schlüssel auf das Genutzte reduziert.</numerusform>
            <numerusform>Zugriff von %1 von %n Schlüsseln auf das Genutzte reduziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>Gave %1 of %n key(s) back the access they had.</source>
        <translation>
            <numerusform>%1 von %n Schlüssel hat den früheren Zugriff zurück.</numerusform>
            <numerusform>%1 von %n Schlüsseln haben den früheren Zugriff zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old key stops working %1.</source>
        <translation>Der alte Schlüssel funktioniert ab %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Its cut-over date could not be set: %1 Finish the roll by hand instead.</source>
        <translation>Das Umstellungsdatum konnte nicht gesetzt werden: %1 Schließen Sie die Ablösung stattdessen von Hand ab.</translation>
    </message>
    <message numerus="yes">
        <source>Keys with API write access need an expiry (File ▸ Preferences…), and %n of the selected have it: %1.</source>
        <translation>
            <numerusform>Schlüssel mit API-Schreibzugriff brauchen ein Ablaufdatum (Datei ▸ Einstellungen …), und %n der ausgewählten hat ihn: %1.</numerusform>
            <numerusform>Schlüssel mit API-Schreibzugriff brauchen ein Ablaufdatum (Datei ▸ Einstellungen …), und %n der ausgewählten haben ihn: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the key Podwarden is signed in with: it keeps its API write access, which changing keys (and undoing this) needs.</source>
        <translation>%1 ist der Schlüssel, mit dem Podwarden angemeldet ist: Er behält seinen API-Schreibzugriff, den das Ändern von Schlüsseln (und das Rückgängigmachen) braucht.</translation>
    </message>
</context>
<context>
    <name>podwarden::AppController</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>Konto &amp;verbinden …</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Offline · no account connected</source>
        <translation>Offline · kein Konto verbunden</translation>
    </message>
    <message>
        <source>Connected to the local sandbox at %1. Demo data: nothing here touches a real account.</source>
        <translation>Mit der lokalen Sandbox unter %1 verbunden. Demodaten: Nichts hier berührt ein echtes Konto.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Die lokale Sandbox wird gestartet …</translation>
    </message>
    <message>
        <source>Offline: showing the copy saved on this computer.</source>
        <translation>Offline: Angezeigt wird die auf diesem Computer gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>Offline.</source>
        <translation>Offline.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key file in %1 could not be read. Delete that folder to start with a fresh demo account.</source>
        <translation>Die Schlüsseldatei der Sandbox in %1 konnte nicht gelesen werden. Löschen Sie diesen Ordner, um mit einem frischen Demokonto zu beginnen.</translation>
    </message>
    <message>
        <source>Loading the account…</source>
        <translation>Das Konto wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln Schlüssel</numerusform>
            <numerusform>%Ln Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secret(s)</source>
        <translation>
            <numerusform>%Ln Geheimnis</numerusform>
            <numerusform>%Ln Geheimnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln Vorlage</numerusform>
            <numerusform>%Ln Vorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endpoint(s)</source>
        <translation>
            <numerusform>%Ln Endpunkt</numerusform>
            <numerusform>%Ln Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the account… %1 so far</source>
        <translation>Das Konto wird geladen … bisher %1</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pod(s)</source>
        <translation>
            <numerusform>%Ln Pod</numerusform>
            <numerusform>%Ln Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Paperspace sandbox</source>
        <translation>Paperspace-Sandbox</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>podwarden::AuditEventTableModel</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>With the key %1</source>
        <translation>Mit dem Schlüssel %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>podwarden::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Search people, keys, resources and actions</source>
        <translation>Personen, Schlüssel, Ressourcen und Aktionen suchen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Sent to the service, which looks in the actor, the resource and the action.</source>
        <translation>Wird an den Dienst gesendet, der in Akteur, Ressource und Aktion sucht.</translation>
    </message>
    <message>
        <source>&amp;Open resource</source>
        <translation>Ressource ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Description edited</source>
        <translation>Beschreibung bearbeitet</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The first day comes after the last: choose a range that goes forward.</source>
        <translation>Der erste Tag liegt nach dem letzten: Wählen Sie einen Zeitraum, der vorwärts läuft.</translation>
    </message>
    <message>
        <source>This account&apos;s service keeps no history that Podwarden can read.</source>
        <translation>Der Dienst dieses Kontos führt keinen Verlauf, den Podwarden lesen kann.</translation>
    </message>
    <message>
        <source>The connected service does not offer the account&apos;s audit history through its API (it answered “not found”, as the Runpod cloud does today). See it in the Runpod console.</source>
        <translation>Der verbundene Dienst bietet den Audit-Verlauf des Kontos nicht über seine API an (er antwortete „nicht gefunden“, wie die Runpod-Cloud heute). Sie finden ihn in der Runpod-Konsole.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 is no longer in the account: it was deleted or revoked since.</source>
        <translation>%1 ist nicht mehr im Konto: Es wurde inzwischen gelöscht oder widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>older ones load as you scroll</source>
        <translation>ältere werden beim Blättern geladen</translation>
    </message>
    <message>
        <source>offline: loaded %1</source>
        <translation>offline: geladen %1</translation>
    </message>
    <message>
        <source>Loading the account&apos;s history…</source>
        <translation>Der Verlauf des Kontos wird geladen …</translation>
    </message>
    <message>
        <source>Connect to the account to see its history: every key, secret, template and endpoint change, who made it and when.</source>
        <translation>Verbinden Sie sich mit dem Konto, um seinen Verlauf zu sehen: jede Änderung an Schlüsseln, Geheimnissen, Vorlagen und Endpunkten, wer sie vorgenommen hat und wann.</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Kein Ereignis passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Nothing has happened in this account yet.</source>
        <translation>In diesem Konto ist noch nichts geschehen.</translation>
    </message>
    <message>
        <source>Load o&amp;lder</source>
        <translation>Ä&amp;ltere laden</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Days of my choice</source>
        <translation>Selbst gewählte Tage</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Akt&amp;ion:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Vom</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>(whole days, your time zone)</source>
        <translation>(ganze Tage, Ihre Zeitzone)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Only events &amp;by %1</source>
        <translation>Nur Ereignisse &amp;von %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation>Exportiere den Verlauf …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Write every event of these filters, not only those loaded, to a CSV or JSON file</source>
        <translation>Jedes Ereignis dieser Filter, nicht nur die geladenen, in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Connect to the account to export its history.</source>
        <translation>Verbinden Sie sich mit dem Konto, um seinen Verlauf zu exportieren.</translation>
    </message>
</context>
<context>
    <name>podwarden::BasicHeaderDialog</name>
    <message>
        <source>Basic header for %1</source>
        <translation>Basic-Header für %1</translation>
    </message>
    <message>
        <source>Callers of %1 send the header Authorization: Basic, made of the user paperspace and the value of %2. Paperspace never shows that value again, so the header can be built only while you have it: type or paste it here. Nothing of it is saved.</source>
        <translation>Aufrufer von %1 senden den Header Authorization: Basic, gebildet aus dem Benutzer paperspace und dem Wert von %2. Paperspace zeigt diesen Wert nie wieder an, daher lässt sich der Header nur bilden, solange Sie ihn haben: Geben Sie ihn hier ein oder fügen Sie ihn ein. Nichts davon wird gespeichert.</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>&amp;Value of %1:</source>
        <translation>&amp;Wert von %1:</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Authorization-Header</translation>
    </message>
    <message>
        <source>Copy &amp;header</source>
        <translation>&amp;Header kopieren</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>Copy &amp;curl</source>
        <translation>&amp;curl kopieren</translation>
    </message>
    <message>
        <source>curl:</source>
        <translation>curl:</translation>
    </message>
    <message>
        <source>&amp;Try the token</source>
        <translation>Token &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Calls the endpoint once with this header and says whether it is accepted.</source>
        <translation>Ruft den Endpunkt einmal mit diesem Header auf und meldet, ob er akzeptiert wird.</translation>
    </message>
    <message numerus="yes">
        <source>Copies are marked as passwords and cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Kopien werden als Passwörter markiert und nach %n Sekunde aus der Zwischenablage gelöscht.</numerusform>
            <numerusform>Kopien werden als Passwörter markiert und nach %n Sekunden aus der Zwischenablage gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: connect to try the token.</source>
        <translation>Nicht verbunden: Verbinden Sie sich, um das Token auszuprobieren.</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird aufgerufen…</translation>
    </message>
    <message>
        <source>Accepted: the endpoint answered with success for this token.</source>
        <translation>Akzeptiert: Der Endpunkt hat für dieses Token erfolgreich geantwortet.</translation>
    </message>
    <message>
        <source>Refused (401): the endpoint does not accept this token. If the secret&apos;s value changed after the last deploy, the endpoint still wants the old one until you redeploy.</source>
        <translation>Abgelehnt (401): Der Endpunkt akzeptiert dieses Token nicht. Wurde der Wert des Geheimnisses nach der letzten Bereitstellung geändert, verlangt der Endpunkt bis zur erneuten Bereitstellung noch das alte.</translation>
    </message>
    <message>
        <source>The call failed: %1</source>
        <translation>Der Aufruf ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>podwarden::BulkKeyChange</name>
    <message>
        <source>%1: its access changed meanwhile; it was left as it is now.</source>
        <translation>%1: Sein Zugriff wurde inzwischen geändert; er bleibt, wie er jetzt ist.</translation>
    </message>
    <message>
        <source>%1: the key is no longer in the account.</source>
        <translation>%1: Der Schlüssel ist nicht mehr im Konto.</translation>
    </message>
</context>
<context>
    <name>podwarden::CreatePaperspaceSecretDialog</name>
    <message>
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>The value is sent once and never shown again, by Paperspace or by Podwarden. Deployments use it as %1, in an env value or as the token of a protected endpoint.</source>
        <translation>Der Wert wird einmal gesendet und nie wieder angezeigt, weder von Paperspace noch von Podwarden. Deployments verwenden ihn als %1, in einem Env-Wert oder als Token eines geschützten Endpunkts.</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Name des Geheimnisses</translation>
    </message>
    <message>
        <source>1 to %1 characters: letters, digits and _, starting with a letter. The name cannot be changed later.</source>
        <translation>1 bis %1 Zeichen: Buchstaben, Ziffern und _, beginnend mit einem Buchstaben. Der Name lässt sich später nicht ändern.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Project: read by this project&apos;s deployments</source>
        <translation>Projekt: von den Deployments dieses Projekts gelesen</translation>
    </message>
    <message>
        <source>Team: read by every project of the team</source>
        <translation>Team: von jedem Projekt des Teams gelesen</translation>
    </message>
    <message>
        <source>The profile names no team; add its team ID in File ▸ Profiles for team secrets.</source>
        <translation>Das Profil nennt kein Team; tragen Sie für Team-Geheimnisse die Team-ID unter Datei ▸ Profile ein.</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>C&amp;reate secret</source>
        <translation>Geheimnis e&amp;rstellen</translation>
    </message>
    <message>
        <source>The project already has a secret named %1.</source>
        <translation>Das Projekt hat bereits ein Geheimnis namens %1.</translation>
    </message>
    <message>
        <source>The team already has a secret named %1.</source>
        <translation>Das Team hat bereits ein Geheimnis namens %1.</translation>
    </message>
    <message>
        <source>The team has a secret named %1 too. The project&apos;s wins: deployments of this project will read the new one.</source>
        <translation>Das Team hat ebenfalls ein Geheimnis namens %1. Das des Projekts hat Vorrang: Deployments dieses Projekts lesen das neue.</translation>
    </message>
    <message>
        <source>The project has a secret named %1, and the project&apos;s wins: this project&apos;s deployments will not read the team&apos;s.</source>
        <translation>Das Projekt hat ein Geheimnis namens %1, und das des Projekts hat Vorrang: Die Deployments dieses Projekts lesen das des Teams nicht.</translation>
    </message>
</context>
<context>
    <name>podwarden::CreateSecretDialog</name>
    <message>
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>The value is sent once and never shown again, by the service or by Podwarden. Templates use it as %1.</source>
        <translation>Der Wert wird einmal gesendet und nie wieder angezeigt, weder vom Dienst noch von Podwarden. Vorlagen verwenden ihn als %1.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>C&amp;reate secret</source>
        <translation>Geheimnis e&amp;rstellen</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Name des Geheimnisses</translation>
    </message>
    <message>
        <source>1 to %1 characters: letters, digits, _ . - /, starting with a letter or _; not starting with RUNPOD. The name cannot be changed later.</source>
        <translation>1 bis %1 Zeichen: Buchstaben, Ziffern, _ . - /, beginnend mit einem Buchstaben oder _; nicht beginnend mit RUNPOD. Der Name lässt sich später nicht ändern.</translation>
    </message>
</context>
<context>
    <name>podwarden::CredentialStore</name>
    <message>
        <source>Your key could not be read from the system keyring.</source>
        <translation>Ihr Schlüssel konnte nicht aus dem Schlüsselbund des Systems gelesen werden.</translation>
    </message>
    <message>
        <source>Your key could not be saved in the system keyring.</source>
        <translation>Ihr Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden.</translation>
    </message>
    <message>
        <source>Your key could not be removed from the system keyring.</source>
        <translation>Ihr Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden.</translation>
    </message>
    <message>
        <source>Access was denied. Allow Podwarden to use the keyring when asked, then try again.</source>
        <translation>Der Zugriff wurde verweigert. Erlauben Sie Podwarden bei der Nachfrage den Zugriff auf den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring is locked or there is no default keyring. Unlock or create it (for example in “Passwords and Keys” or KWallet Manager), then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder es gibt keinen Standardschlüsselbund. Entsperren oder erstellen Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“ oder in der KWallet-Verwaltung) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keyring reported: %1</source>
        <translation>Der Schlüsselbund meldet: %1</translation>
    </message>
    <message>
        <source>No system keyring is available, so your key is kept for this session only. To have Podwarden remember it, install and start GNOME Keyring or KWallet.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wird Ihr Schlüssel nur für diese Sitzung aufbewahrt. Damit Podwarden ihn sich merkt, installieren und starten Sie GNOME Keyring oder KWallet.</translation>
    </message>
</context>
<context>
    <name>podwarden::DeletePaperspaceSecretDialog</name>
    <message>
        <source>Delete secret %1?</source>
        <translation>Geheimnis %1 löschen?</translation>
    </message>
    <message>
        <source>Deleting the project&apos;s secret %1 cannot be undone.</source>
        <translation>Das Löschen des Projekt-Geheimnisses %1 lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleting the team&apos;s secret %1 cannot be undone; every project of the team loses it.</source>
        <translation>Das Löschen des Team-Geheimnisses %1 lässt sich nicht rückgängig machen; jedes Projekt des Teams verliert es.</translation>
    </message>
    <message>
        <source>No deployment of this project references it.</source>
        <translation>Kein Deployment dieses Projekts verweist darauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) reference it. They keep running as deployed, but their next deploy is refused until the reference is changed or a secret of this name exists again:</source>
        <translation>
            <numerusform>%n Deployment verweist darauf. Es läuft unverändert weiter, aber seine nächste Bereitstellung wird abgelehnt, bis der Verweis geändert ist oder wieder ein Geheimnis mit diesem Namen existiert:</numerusform>
            <numerusform>%n Deployments verweisen darauf. Sie laufen unverändert weiter, aber ihre nächste Bereitstellung wird abgelehnt, bis der Verweis geändert ist oder wieder ein Geheimnis mit diesem Namen existiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployments that reference it</source>
        <translation>Deployments, die darauf verweisen</translation>
    </message>
    <message>
        <source>Type the secret&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen des Geheimnisses eingeben</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>&amp;Delete secret</source>
        <translation>Geheimnis &amp;löschen</translation>
    </message>
</context>
<context>
    <name>podwarden::DeleteSecretDialog</name>
    <message>
        <source>Delete secret %1?</source>
        <translation>Geheimnis %1 löschen?</translation>
    </message>
    <message>
        <source>Deleting %1 cannot be undone. The value is gone for good, and the name can be used again by a new secret.</source>
        <translation>Das Löschen von %1 lässt sich nicht rückgängig machen. Der Wert ist endgültig weg, und der Name kann von einem neuen Geheimnis wieder verwendet werden.</translation>
    </message>
    <message>
        <source>No template references it.</source>
        <translation>Keine Vorlage verweist darauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) still reference it. They are not changed, but pods booted from them will fail to start until the reference is removed or a secret with this name exists again:</source>
        <translation>
            <numerusform>%n Vorlage verweist noch darauf. Sie wird nicht geändert, aber Pods, die daraus starten, schlagen fehl, bis der Verweis entfernt ist oder wieder ein Geheimnis mit diesem Namen existiert:</numerusform>
            <numerusform>%n Vorlagen verweisen noch darauf. Sie werden nicht geändert, aber Pods, die daraus starten, schlagen fehl, bis der Verweis entfernt ist oder wieder ein Geheimnis mit diesem Namen existiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Templates that reference %1</source>
        <translation>Vorlagen, die auf %1 verweisen</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Zur Bestätigung &lt;b&gt;%1&lt;/b&gt; eingeben:</translation>
    </message>
    <message>
        <source>Name of the secret, to confirm</source>
        <translation>Name des Geheimnisses, zur Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Delete secret</source>
        <translation>Geheimnis &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) and pod(s) read it when they boot. What runs now keeps its value; the next start of these fails:</source>
        <translation>
            <numerusform>%n Endpunkt oder Pod liest es beim Start. Was jetzt läuft, behält seinen Wert; der nächste Start schlägt fehl:</numerusform>
            <numerusform>%n Endpunkte und Pods lesen es beim Start. Was jetzt läuft, behält seinen Wert; ihr nächster Start schlägt fehl:</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints and pods that read %1</source>
        <translation>Endpunkte und Pods, die %1 lesen</translation>
    </message>
</context>
<context>
    <name>podwarden::DeploymentTableModel</name>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Missing secret: %1</source>
        <translation>Fehlendes Geheimnis: %1</translation>
    </message>
    <message>
        <source>Redeploy: still accepts the old token</source>
        <translation>Neu bereitstellen: akzeptiert noch das alte Token</translation>
    </message>
    <message>
        <source>Redeploy: runs old secret values</source>
        <translation>Neu bereitstellen: läuft mit alten Geheimniswerten</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Calls need the header Authorization: Basic, user paperspace, password the value of the secret.</source>
        <translation>Aufrufe brauchen den Header Authorization: Basic mit dem Benutzer paperspace und dem Wert des Geheimnisses als Passwort.</translation>
    </message>
    <message>
        <source>Anyone who knows the endpoint URL can call it.</source>
        <translation>Jeder, der die URL des Endpunkts kennt, kann ihn aufrufen.</translation>
    </message>
    <message>
        <source>%1 (the token) changed %2, after the last deploy %3</source>
        <translation>%1 (das Token) wurde am %2 geändert, nach der letzten Bereitstellung am %3</translation>
    </message>
    <message>
        <source>%1 changed %2, after the last deploy %3</source>
        <translation>%1 wurde am %2 geändert, nach der letzten Bereitstellung am %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Token-Geheimnis</translation>
    </message>
    <message>
        <source>Last deployed</source>
        <translation>Zuletzt bereitgestellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Disabled: not running</source>
        <translation>Deaktiviert: läuft nicht</translation>
    </message>
</context>
<context>
    <name>podwarden::DeploymentsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>&amp;Protect…</source>
        <translation>&amp;Schützen…</translation>
    </message>
    <message>
        <source>Make p&amp;ublic…</source>
        <translation>Ö&amp;ffentlich machen…</translation>
    </message>
    <message>
        <source>&amp;Redeploy</source>
        <translation>&amp;Neu bereitstellen</translation>
    </message>
    <message>
        <source>Search names, URLs and secrets</source>
        <translation>Namen, URLs und Geheimnisse durchsuchen</translation>
    </message>
    <message>
        <source>Search deployments</source>
        <translation>Deployments durchsuchen</translation>
    </message>
    <message>
        <source>Redeploy &amp;now…</source>
        <translation>&amp;Jetzt neu bereitstellen…</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Change &amp;token secret…</source>
        <translation>&amp;Token-Geheimnis ändern…</translation>
    </message>
    <message numerus="yes">
        <source>A secret changed after the last deploy of %n deployment(s): %1.</source>
        <translation>
            <numerusform>Bei %n Deployment hat sich seit der letzten Bereitstellung ein Geheimnis geändert: %1.</numerusform>
            <numerusform>Bei %n Deployments hat sich seit der letzten Bereitstellung ein Geheimnis geändert: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n Deployment</numerusform>
            <numerusform>%n Deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deployment(s) shown</source>
        <translation>
            <numerusform>%1 von %n Deployment angezeigt</numerusform>
            <numerusform>%1 von %n Deployments angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the deployments…</source>
        <translation>Deployments werden geladen…</translation>
    </message>
    <message>
        <source>The deployments could not be loaded.</source>
        <translation>Die Deployments konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The deployments have not been loaded. Connect to see them.</source>
        <translation>Die Deployments wurden nicht geladen. Verbinden Sie sich, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This project has no deployments. Create them in the Paperspace console or with its CLI; they appear here with their endpoint security.</source>
        <translation>Dieses Projekt hat keine Deployments. Erstellen Sie sie in der Paperspace-Konsole oder mit deren CLI; sie erscheinen hier mit der Absicherung ihrer Endpunkte.</translation>
    </message>
    <message>
        <source>No deployment matches “%1”.</source>
        <translation>Kein Deployment passt zu „%1“.</translation>
    </message>
    <message>
        <source>Change &amp;token…</source>
        <translation>&amp;Token ändern…</translation>
    </message>
    <message>
        <source>Connect to the account to change its deployments.</source>
        <translation>Verbinden Sie sich mit dem Konto, um seine Deployments zu ändern.</translation>
    </message>
    <message>
        <source>You are not connected, so deployments cannot be changed now. Connect from the Overview and try again.</source>
        <translation>Sie sind nicht verbunden, daher lassen sich Deployments jetzt nicht ändern. Verbinden Sie sich in der Übersicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Make %1 public?</source>
        <translation>%1 öffentlich machen?</translation>
    </message>
    <message>
        <source>%1 will be redeployed without Basic auth: anyone who knows its endpoint URL can call it, on your account&apos;s balance. The secret stays; you can protect it again later.</source>
        <translation>%1 wird ohne Basic-Authentifizierung neu bereitgestellt: Jeder, der die URL seines Endpunkts kennt, kann ihn aufrufen, auf Kosten des Guthabens Ihres Kontos. Das Geheimnis bleibt erhalten; Sie können das Deployment später wieder schützen.</translation>
    </message>
    <message>
        <source>Make public and redeploy</source>
        <translation>Öffentlich machen und neu bereitstellen</translation>
    </message>
    <message>
        <source>Redeploying %1…</source>
        <translation>%1 wird neu bereitgestellt…</translation>
    </message>
    <message>
        <source>A protected deployment keeps accepting the old token, and refuses the new one, until it is redeployed.</source>
        <translation>Ein geschütztes Deployment akzeptiert weiterhin das alte Token und weist das neue ab, bis es neu bereitgestellt wird.</translation>
    </message>
    <message>
        <source>Each runs the old value until it is redeployed.</source>
        <translation>Jedes läuft mit dem alten Wert, bis es neu bereitgestellt wird.</translation>
    </message>
    <message>
        <source>Redeploy: still accepts the old token</source>
        <translation>Neu bereitstellen: akzeptiert noch das alte Token</translation>
    </message>
    <message>
        <source>&amp;Basic header…</source>
        <translation>&amp;Basic-Header…</translation>
    </message>
    <message>
        <source>&amp;Copy endpoint URL</source>
        <translation>Endpunkt-URL &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>podwarden::EditSecretDescriptionDialog</name>
    <message>
        <source>Description of %1</source>
        <translation>Beschreibung von %1</translation>
    </message>
    <message>
        <source>Only the description changes; the value and the pods that use it are not touched. Leave it empty to remove the description.</source>
        <translation>Nur die Beschreibung ändert sich; der Wert und die Pods, die ihn verwenden, bleiben unberührt. Leer lassen, um die Beschreibung zu entfernen.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Save description</source>
        <translation>Beschreibung &amp;speichern</translation>
    </message>
</context>
<context>
    <name>podwarden::EndpointAccessModel</name>
    <message>
        <source>Queue endpoint</source>
        <translation>Warteschlangen-Endpunkt</translation>
    </message>
    <message>
        <source>Load-balancing endpoint</source>
        <translation>Lastverteilungs-Endpunkt</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>The key&apos;s policy names this endpoint, but the account does not list it: it was deleted, or is not loaded yet. Its access is kept unless you change it.</source>
        <translation>Die Richtlinie des Schlüssels nennt diesen Endpunkt, das Konto führt ihn aber nicht: Er wurde gelöscht oder ist noch nicht geladen. Sein Zugriff bleibt erhalten, solange Sie ihn nicht ändern.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
</context>
<context>
    <name>podwarden::EndpointDialog</name>
    <message>
        <source>Run and wait:</source>
        <translation>Ausführen und warten:</translation>
    </message>
    <message>
        <source>Run (queue):</source>
        <translation>Ausführen (Warteschlange):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Job-Status:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Cancel a job:</source>
        <translation>Job abbrechen:</translation>
    </message>
    <message>
        <source>Retry a job:</source>
        <translation>Job wiederholen:</translation>
    </message>
    <message>
        <source>Stream a job:</source>
        <translation>Job streamen:</translation>
    </message>
    <message>
        <source>Purge the queue:</source>
        <translation>Warteschlange leeren:</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <source>&amp;Secrets it needs</source>
        <translation>&amp;Benötigte Geheimnisse</translation>
    </message>
    <message>
        <source>Who can &amp;reach it</source>
        <translation>Wer ihn e&amp;rreichen kann</translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation>Aus&amp;probieren</translation>
    </message>
    <message>
        <source>A ready command. It reads the key from the RUNPOD_API_KEY environment variable: set that in your shell first. Podwarden never puts a key in a command.</source>
        <translation>Ein fertiger Befehl. Er liest den Schlüssel aus der Umgebungsvariable RUNPOD_API_KEY: Setzen Sie diese zuerst in Ihrer Shell. Podwarden schreibt nie einen Schlüssel in einen Befehl.</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation>Auflösbar</translation>
    </message>
    <message>
        <source>Secrets it needs</source>
        <translation>Benötigte Geheimnisse</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel durchsuchen</translation>
    </message>
    <message>
        <source>Search the keys that can reach this endpoint</source>
        <translation>Die Schlüssel durchsuchen, die diesen Endpunkt erreichen können</translation>
    </message>
    <message>
        <source>Keys that can reach this endpoint</source>
        <translation>Schlüssel, die diesen Endpunkt erreichen können</translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Custom statement</source>
        <translation>Eigene Anweisung</translation>
    </message>
    <message>
        <source>&amp;Grant a key…</source>
        <translation>Zugriff &amp;gewähren…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Re&amp;move grant…</source>
        <translation>Freigabe &amp;entfernen…</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>This endpoint is no longer in the account.</source>
        <translation>Dieser Endpunkt ist nicht mehr im Konto.</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Workers: at least %1, at most %2</source>
        <translation>Worker: mindestens %1, höchstens %2</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image: %1</translation>
    </message>
    <message>
        <source>Timeout: %1 s</source>
        <translation>Zeitlimit: %1 s</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>This endpoint</source>
        <translation>Dieser Endpunkt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No: no secret has this name</source>
        <translation>Nein: Kein Geheimnis hat diesen Namen</translation>
    </message>
    <message>
        <source>Workers that boot now fail to start: create the secret, or change the reference.</source>
        <translation>Worker, die jetzt hochfahren, können nicht starten: Legen Sie das Geheimnis an oder ändern Sie den Verweis.</translation>
    </message>
    <message>
        <source>This endpoint&apos;s env references no secret.</source>
        <translation>Die Umgebung dieses Endpunkts verweist auf kein Geheimnis.</translation>
    </message>
    <message>
        <source>Every secret it references exists. New workers read their values when they boot.</source>
        <translation>Jedes Geheimnis, auf das er verweist, existiert. Neue Worker lesen die Werte beim Start.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) name a secret that does not exist: workers that boot now fail.</source>
        <translation>
            <numerusform>%n Verweis nennt ein Geheimnis, das nicht existiert: Worker, die jetzt starten, schlagen fehl.</numerusform>
            <numerusform>%n Verweise nennen ein Geheimnis, das nicht existiert: Worker, die jetzt starten, schlagen fehl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its template %1 is not in the account any more, so references there cannot be listed.</source>
        <translation>Seine Vorlage %1 ist nicht mehr im Konto, daher lassen sich die Verweise dort nicht auflisten.</translation>
    </message>
    <message>
        <source>The connected service does not list the account&apos;s keys, so who can reach this endpoint cannot be shown. See the keys in the Runpod console.</source>
        <translation>Der verbundene Dienst listet die Schlüssel des Kontos nicht auf, daher lässt sich nicht zeigen, wer diesen Endpunkt erreichen kann. Die Schlüssel finden Sie in der Runpod-Konsole.</translation>
    </message>
    <message numerus="yes">
        <source>%n enabled key(s) can run jobs here (Read-Write)</source>
        <translation>
            <numerusform>%n aktivierter Schlüssel kann hier Jobs ausführen (Lesen und Schreiben)</numerusform>
            <numerusform>%n aktivierte Schlüssel können hier Jobs ausführen (Lesen und Schreiben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more can only read status and health (Read).</source>
        <translation>
            <numerusform>%n weiterer kann nur Job-Status und Zustand lesen (Lesen).</numerusform>
            <numerusform>%n weitere können nur Job-Status und Zustand lesen (Lesen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the account to change who can reach this endpoint.</source>
        <translation>Verbinden Sie sich mit dem Konto, um zu ändern, wer diesen Endpunkt erreichen kann.</translation>
    </message>
    <message>
        <source>Key %1 will be able to run and cancel jobs on %2, which uses its workers and costs money, and read their results. Its other access stays as it is.</source>
        <translation>Schlüssel %1 wird auf %2 Jobs ausführen und abbrechen können, was dessen Worker beansprucht und Geld kostet, und ihre Ergebnisse lesen können. Sein übriger Zugriff bleibt unverändert.</translation>
    </message>
    <message>
        <source>Key %1 will be able to read job status and the health of %2, but not run jobs. Its other access stays as it is.</source>
        <translation>Schlüssel %1 wird den Status von Jobs und den Zustand von %2 lesen können, aber keine Jobs ausführen. Sein übriger Zugriff bleibt unverändert.</translation>
    </message>
    <message>
        <source>Key %1 will no longer reach %2 through its own grant (it keeps any access it has to every endpoint). Clients using it for %2 get 403 from now on.</source>
        <translation>Schlüssel %1 wird %2 nicht mehr über seine eigene Freigabe erreichen (einen Zugriff auf jeden Endpunkt behält er). Clients, die ihn für %2 verwenden, erhalten ab jetzt 403.</translation>
    </message>
    <message>
        <source>Give key %1 %2 access to this endpoint?</source>
        <translation>Schlüssel %1 Zugriff „%2“ auf diesen Endpunkt gewähren?</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>%1 gewähren</translation>
    </message>
    <message>
        <source>Change key %1 from %2 to %3 on this endpoint?</source>
        <translation>Zugriff von Schlüssel %1 auf diesen Endpunkt von „%2“ auf „%3“ ändern?</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Auf %1 ändern</translation>
    </message>
    <message>
        <source>Remove key %1&apos;s grant of this endpoint?</source>
        <translation>Die Freigabe dieses Endpunkts für Schlüssel %1 entfernen?</translation>
    </message>
    <message>
        <source>Remove grant</source>
        <translation>Freigabe entfernen</translation>
    </message>
    <message>
        <source>%1 (%2…, %3)</source>
        <translation>%1 (%2…, %3)</translation>
    </message>
    <message>
        <source>Grant a key access to this endpoint</source>
        <translation>Einem Schlüssel Zugriff auf diesen Endpunkt gewähren</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation>&amp;Zugriff:</translation>
    </message>
    <message>
        <source>&amp;Grant…</source>
        <translation>Gewä&amp;hren…</translation>
    </message>
    <message>
        <source>Copy comma&amp;nd</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>This key has All access, which reaches every endpoint; narrow it in the key&apos;s own dialog on the API keys screen.</source>
        <translation>Dieser Schlüssel hat Vollzugriff und erreicht damit jeden Endpunkt; schränken Sie ihn im Dialog des Schlüssels auf der Seite API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>This key has a grant on every endpoint; narrow it in the key&apos;s own dialog on the API keys screen.</source>
        <translation>Dieser Schlüssel hat eine Freigabe für jeden Endpunkt; schränken Sie ihn im Dialog des Schlüssels auf der Seite API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>This key may reach the endpoint through a policy statement Podwarden cannot read; change it in the key&apos;s own dialog on the API keys screen.</source>
        <translation>Dieser Schlüssel erreicht den Endpunkt womöglich über eine Richtlinienanweisung, die Podwarden nicht lesen kann; ändern Sie ihn im Dialog des Schlüssels auf der Seite API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>podwarden::EndpointTableModel</name>
    <message>
        <source>Load balancer</source>
        <translation>Lastverteiler</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>At least %1 and at most %2 workers</source>
        <translation>Mindestens %1 und höchstens %2 Worker</translation>
    </message>
    <message>
        <source>Not asked yet: health is asked for the endpoints in view while connected.</source>
        <translation>Noch nicht abgefragt: Der Zustand wird für die sichtbaren Endpunkte abgefragt, solange eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 running · %2 idle</source>
        <translation>%1 laufend · %2 im Leerlauf</translation>
    </message>
    <message>
        <source>Workers: %1 running, %2 idle, %3 initializing, %4 throttled.
Jobs: %5 in queue, %6 in progress, %7 completed, %8 failed.</source>
        <translation>Worker: %1 laufend, %2 im Leerlauf, %3 in Initialisierung, %4 gedrosselt.
Jobs: %5 in der Warteschlange, %6 in Bearbeitung, %7 abgeschlossen, %8 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The service does not say which template this endpoint was made from.</source>
        <translation>Der Dienst gibt nicht an, aus welcher Vorlage dieser Endpunkt erstellt wurde.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>podwarden::EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <source>Who can &amp;reach it…</source>
        <translation>Wer ihn e&amp;rreichen kann…</translation>
    </message>
    <message>
        <source>Tr&amp;y it…</source>
        <translation>Aus&amp;probieren…</translation>
    </message>
    <message>
        <source>Search names, IDs and templates</source>
        <translation>Namen, IDs und Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation>Endpunkte durchsuchen</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Lastverteiler</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>%1 running · %2 idle</source>
        <translation>%1 laufend · %2 im Leerlauf</translation>
    </message>
    <message>
        <source>&amp;Workers…</source>
        <translation>&amp;Worker…</translation>
    </message>
    <message>
        <source>&amp;Secrets it needs…</source>
        <translation>&amp;Benötigte Geheimnisse…</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s) shown</source>
        <translation>
            <numerusform>%1 von %n Endpunkt angezeigt</numerusform>
            <numerusform>%1 von %n Endpunkten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the endpoints…</source>
        <translation>Endpunkte werden geladen…</translation>
    </message>
    <message>
        <source>The endpoints could not be loaded.</source>
        <translation>Die Endpunkte konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The endpoints have not been loaded. Connect to see them.</source>
        <translation>Die Endpunkte wurden nicht geladen. Verbinden Sie sich, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This account has no serverless endpoints. Create one in the Runpod console; it appears here after the next refresh (F5).</source>
        <translation>Dieses Konto hat keine Serverless-Endpunkte. Erstellen Sie einen in der Runpod-Konsole; er erscheint hier nach der nächsten Aktualisierung (F5).</translation>
    </message>
    <message>
        <source>No endpoint matches “%1”.</source>
        <translation>Kein Endpunkt passt zu „%1“.</translation>
    </message>
    <message>
        <source>Connect to the account to call an endpoint.</source>
        <translation>Verbinden Sie sich mit dem Konto, um einen Endpunkt aufzurufen.</translation>
    </message>
</context>
<context>
    <name>podwarden::EnvTableModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>podwarden::EnvValueDelegate</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Insert a secret reference</source>
        <translation>Einen Verweis auf ein Geheimnis einfügen</translation>
    </message>
</context>
<context>
    <name>podwarden::EventsExport</name>
    <message>
        <source>Connect to the account to export its history.</source>
        <translation>Verbinden Sie sich mit dem Konto, um seinen Verlauf zu exportieren.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>podwarden::ExpiryField</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>In 30 Tagen</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>In 90 Tagen</translation>
    </message>
    <message>
        <source>In a year</source>
        <translation>In einem Jahr</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>An einem Datum …</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>The key works until it is disabled or revoked.</source>
        <translation>Der Schlüssel funktioniert, bis er deaktiviert oder widerrufen wird.</translation>
    </message>
    <message>
        <source>When the key expires</source>
        <translation>Wann der Schlüssel abläuft</translation>
    </message>
</context>
<context>
    <name>podwarden::FirstRunDialog</name>
    <message>
        <source>Welcome to Podwarden</source>
        <translation>Willkommen bei Podwarden</translation>
    </message>
    <message>
        <source>Podwarden manages the API keys, secrets and templates of a GPU cloud account. How would you like to begin?</source>
        <translation>Podwarden verwaltet die API-Schlüssel, Geheimnisse und Vorlagen eines GPU-Cloud-Kontos. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Use my account</source>
        <translation>Mein Konto verwenden</translation>
    </message>
    <message>
        <source>Paste an API key. It is kept in the system keyring, never in a file.</source>
        <translation>Fügen Sie einen API-Schlüssel ein. Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Die Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>A local service with a demo account on this computer: nothing you do there touches a real account.</source>
        <translation>Ein lokaler Dienst mit einem Demokonto auf diesem Computer: Nichts, was Sie dort tun, berührt ein echtes Konto.</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>Draft templates without a connection; connect an account later.</source>
        <translation>Vorlagen ohne Verbindung entwerfen; ein Konto später verbinden.</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Paste the API key to connect with. Create one in the cloud console&apos;s settings.</source>
        <translation>Fügen Sie den API-Schlüssel ein, mit dem verbunden werden soll. Sie erstellen ihn in den Einstellungen der Cloud-Konsole.</translation>
    </message>
    <message>
        <source>Podwarden needs a key that can read the account: one with All or Read Only access, or Restricted with API read. The key goes to the system keyring; the settings keep only the addresses.</source>
        <translation>Podwarden braucht einen Schlüssel, der das Konto lesen kann: einen mit Zugriff „Alle“ oder „Nur lesen“, oder „Eingeschränkt“ mit API-Lesen. Der Schlüssel kommt in den Schlüsselbund des Systems; die Einstellungen behalten nur die Adressen.</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Ein Konto verbinden</translation>
    </message>
    <message>
        <source>Connect Podwarden to an account with its API key, try the sandbox, or work offline.</source>
        <translation>Verbinden Sie Podwarden mit dem API-Schlüssel eines Kontos, probieren Sie die Sandbox aus oder arbeiten Sie offline.</translation>
    </message>
    <message>
        <source>Connect “%1”</source>
        <translation>„%1“ verbinden</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Der Schlüssel wird bei %1 geprüft …</translation>
    </message>
    <message>
        <source>Podwarden needs an API key of the Paperspace team that owns the project. The key goes to the system keyring; the settings keep only the addresses and ids.</source>
        <translation>Podwarden braucht einen API-Schlüssel des Paperspace-Teams, dem das Projekt gehört. Der Schlüssel kommt in den Schlüsselbund des Systems; die Einstellungen behalten nur die Adressen und IDs.</translation>
    </message>
</context>
<context>
    <name>podwarden::KeyAdvice</name>
    <message>
        <source>The key is no longer in the account.</source>
        <translation>Der Schlüssel ist nicht mehr im Konto.</translation>
    </message>
    <message>
        <source>Connect to the account to read how the key was used.</source>
        <translation>Verbinden Sie sich mit dem Konto, um die Nutzung des Schlüssels zu lesen.</translation>
    </message>
</context>
<context>
    <name>podwarden::KeyDetailsDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>A legacy key, made before keys had scopes: it can do everything the account can.</source>
        <translation>Ein Altschlüssel aus der Zeit vor eingeschränkten Schlüsseln: Er darf alles, was das Konto darf.</translation>
    </message>
    <message>
        <source>Everything: it can read and change the account through the API (create and delete pods and endpoints, on your balance) and call every endpoint.</source>
        <translation>Alles: Er kann das Konto über die API lesen und ändern (Pods und Endpunkte auf Ihre Kosten anlegen und löschen) und jeden Endpunkt aufrufen.</translation>
    </message>
    <message>
        <source>Read only: it can read the account and call nothing that changes it.</source>
        <translation>Nur lesen: Er kann das Konto lesen und nichts aufrufen, was es ändert.</translation>
    </message>
    <message>
        <source>It can read and change the account through the API.</source>
        <translation>Er kann das Konto über die API lesen und ändern.</translation>
    </message>
    <message>
        <source>It can read the account through the API, not change it.</source>
        <translation>Er kann das Konto über die API lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>It cannot use the account&apos;s API.</source>
        <translation>Er kann die API des Kontos nicht verwenden.</translation>
    </message>
    <message>
        <source>It can call every endpoint (%1).</source>
        <translation>Er kann jeden Endpunkt aufrufen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>It can call %n endpoint(s), listed below.</source>
        <translation>
            <numerusform>Er kann %n Endpunkt aufrufen, unten aufgeführt.</numerusform>
            <numerusform>Er kann %n Endpunkte aufrufen, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>It can call no endpoint.</source>
        <translation>Er kann keinen Endpunkt aufrufen.</translation>
    </message>
    <message>
        <source>It also has statements of its own that Podwarden shows but does not edit.</source>
        <translation>Er hat außerdem eigene Anweisungen, die Podwarden anzeigt, aber nicht bearbeitet.</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled: calls with it get 401</source>
        <translation>Deaktiviert: Aufrufe mit ihm erhalten 401</translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>Altschlüssel</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt benutzt:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>What the key can call, endpoint by endpoint</source>
        <translation>Was der Schlüssel aufrufen darf, Endpunkt für Endpunkt</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wodurch</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Voller Zugriff</translation>
    </message>
    <message>
        <source>Its own grant</source>
        <translation>Eigene Freigabe</translation>
    </message>
    <message>
        <source>Every endpoint</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>History of the key</source>
        <translation>Verlauf des Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>A legacy key&apos;s access cannot be changed; roll it into a scoped key instead.</source>
        <translation>Der Zugriff eines Altschlüssels kann nicht geändert werden; ersetzen Sie ihn stattdessen durch einen eingeschränkten Schlüssel.</translation>
    </message>
    <message>
        <source>Connect to the account to see the history of this key.</source>
        <translation>Verbinden Sie sich mit dem Konto, um den Verlauf dieses Schlüssels zu sehen.</translation>
    </message>
    <message>
        <source>No events recorded for this key.</source>
        <translation>Für diesen Schlüssel sind keine Ereignisse verzeichnet.</translation>
    </message>
    <message>
        <source>Expired: calls with it get 401</source>
        <translation>Abgelaufen: Aufrufe damit erhalten 401</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>E&amp;ndpoints</source>
        <translation>&amp;Endpunkte</translation>
    </message>
    <message>
        <source>When the key last used each grant</source>
        <translation>Wann der Schlüssel jede Berechtigung zuletzt genutzt hat</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Last write</source>
        <translation>Zuletzt geschrieben</translation>
    </message>
    <message>
        <source>What narrowing the key would change</source>
        <translation>Was die Reduzierung des Schlüssels ändern würde</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Nutzung</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>R&amp;oll…</source>
        <translation>Ab&amp;lösen …</translation>
    </message>
    <message>
        <source>Make its successor with the same access; both work until you finish the roll</source>
        <translation>Einen Nachfolger mit demselben Zugriff erstellen; beide funktionieren, bis Sie die Ablösung abschließen</translation>
    </message>
    <message>
        <source>Narro&amp;w to what it uses</source>
        <translation>Auf Genutztes &amp;reduzieren</translation>
    </message>
    <message>
        <source>Connect to the account to see how this key was used.</source>
        <translation>Verbinden Sie sich mit dem Konto, um die Nutzung dieses Schlüssels zu sehen.</translation>
    </message>
    <message>
        <source>Reading how the key was used…</source>
        <translation>Nutzung des Schlüssels wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>When it last used each grant. A grant unused for %n day(s) is one it can do without.</source>
        <translation>
            <numerusform>Wann er jede Berechtigung zuletzt genutzt hat. Eine Berechtigung, die %n Tag lang ungenutzt blieb, braucht er nicht.</numerusform>
            <numerusform>Wann er jede Berechtigung zuletzt genutzt hat. Eine Berechtigung, die %n Tage lang ungenutzt blieb, braucht er nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwarden::LeastPrivilegeView</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Every endpoint (present and future)</source>
        <translation>Jeder Endpunkt (jetzt und künftig)</translation>
    </message>
    <message>
        <source>How the key was used could not be read: %1</source>
        <translation>Die Nutzung des Schlüssels konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A legacy key&apos;s access cannot be narrowed. Roll it into a scoped key, then narrow that one.</source>
        <translation>Der Zugriff eines Altschlüssels lässt sich nicht einschränken. Lösen Sie ihn durch einen Schlüssel mit Bereichen ab und reduzieren Sie diesen.</translation>
    </message>
    <message numerus="yes">
        <source>The key is less than %n day(s) old: there is no use to judge by yet.</source>
        <translation>
            <numerusform>Der Schlüssel ist jünger als %n Tag: Es gibt noch keine Nutzung, nach der sich urteilen ließe.</numerusform>
            <numerusform>Der Schlüssel ist jünger als %n Tage: Es gibt noch keine Nutzung, nach der sich urteilen ließe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It used every grant it holds in the last %n day(s): nothing to narrow.</source>
        <translation>
            <numerusform>Er hat in den letzten %n Tag jede seiner Berechtigungen genutzt: Nichts zu reduzieren.</numerusform>
            <numerusform>Er hat in den letzten %n Tagen jede seiner Berechtigungen genutzt: Nichts zu reduzieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It used none of its grants in the last %n day(s). Narrowed, it could do nothing; disabling or revoking it may be the better step.</source>
        <translation>
            <numerusform>Er hat in %n Tag keine seiner Berechtigungen genutzt. Reduziert könnte er nichts mehr; ihn zu deaktivieren oder zu widerrufen ist vielleicht der bessere Schritt.</numerusform>
            <numerusform>Er hat in den letzten %n Tagen keine seiner Berechtigungen genutzt. Reduziert könnte er nichts mehr; ihn zu deaktivieren oder zu widerrufen ist vielleicht der bessere Schritt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It did not use all of its grants in the last %n day(s). Narrowed to what it used: %1.</source>
        <translation>
            <numerusform>Er hat in %n Tag nicht alle seine Berechtigungen genutzt. Auf das Genutzte reduziert: %1.</numerusform>
            <numerusform>Er hat in den letzten %n Tagen nicht alle seine Berechtigungen genutzt. Auf das Genutzte reduziert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses are recorded endpoint by endpoint, below.</source>
        <translation>Die Nutzung wird je Endpunkt erfasst, siehe unten.</translation>
    </message>
    <message>
        <source>only the endpoints it called stay</source>
        <translation>nur die aufgerufenen Endpunkte bleiben</translation>
    </message>
    <message>
        <source>used %1</source>
        <translation>genutzt %1</translation>
    </message>
    <message>
        <source>last wrote %1</source>
        <translation>zuletzt geschrieben %1</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt genutzt %1</translation>
    </message>
    <message>
        <source>never wrote</source>
        <translation>nie geschrieben</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie genutzt</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Every endpoint</source>
        <translation>Jeder Endpunkt</translation>
    </message>
    <message>
        <source>Every endpoint, present and future</source>
        <translation>Jeder Endpunkt, jetzt und künftig</translation>
    </message>
</context>
<context>
    <name>podwarden::MainWindow</name>
    <message>
        <source>Podwarden</source>
        <translation>Podwarden</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Offline · no account connected</source>
        <translation>Offline · kein Konto verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Podwarden</source>
        <translation>&amp;Über Podwarden</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Podwarden</source>
        <translation>Über Podwarden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Podwarden %1&lt;/h3&gt;&lt;p&gt;A desktop console for the people who hold the keys to a GPU cloud account: scoped API keys, write-only secrets and pod templates.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Podwarden %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für alle, die die Schlüssel zu einem GPU-Cloud-Konto verwalten: eingeschränkte API-Schlüssel, nur schreibbare Geheimnisse und Pod-Vorlagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your account key stays in the system keyring. Secret values are sent once and never stored.&lt;br&gt;Built with Qt %1.</source>
        <translation>Ihr Kontoschlüssel bleibt im Schlüsselbund des Systems. Werte von Geheimnissen werden einmal gesendet und nie gespeichert.&lt;br&gt;Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>Loading the account</source>
        <translation>Das Konto wird geladen</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Laden &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop loading the account (Ctrl+.)</source>
        <translation>Das Laden des Kontos anhalten (Strg+.)</translation>
    </message>
</context>
<context>
    <name>podwarden::NarrowKeysDialog</name>
    <message>
        <source>Narrow keys to what they use</source>
        <translation>Schlüssel auf Genutztes reduzieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected key(s) holds a grant it did not use.</source>
        <translation>
            <numerusform>Der %n ausgewählte Schlüssel hat keine ungenutzte Berechtigung.</numerusform>
            <numerusform>Keiner der %n ausgewählten Schlüssel hat eine ungenutzte Berechtigung.</numerusform>
        </translation>
    </message>
    <message>
        <source>These keys hold grants they did not use in the last %1 days. Each checked key keeps only what it used; one Undo afterwards gives every key back exactly the access it has now.</source>
        <translation>Diese Schlüssel haben Berechtigungen, die sie in den letzten %1 Tagen nicht genutzt haben. Jeder angehakte Schlüssel behält nur das Genutzte; ein einziges Rückgängig gibt danach jedem Schlüssel genau den Zugriff zurück, den er jetzt hat.</translation>
    </message>
    <message>
        <source>Keys to narrow and what each loses</source>
        <translation>Zu reduzierende Schlüssel und was jeder verliert</translation>
    </message>
    <message>
        <source>the key Podwarden uses</source>
        <translation>der Schlüssel, den Podwarden nutzt</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) use every grant they hold.</source>
        <translation>
            <numerusform>%n Schlüssel nutzt jede seiner Berechtigungen.</numerusform>
            <numerusform>%n Schlüssel nutzen jede ihrer Berechtigungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legacy key(s) cannot be narrowed; roll them into scoped keys first.</source>
        <translation>
            <numerusform>%n Altschlüssel lässt sich nicht reduzieren; lösen Sie ihn zuerst durch einen Schlüssel mit Bereichen ab.</numerusform>
            <numerusform>%n Altschlüssel lassen sich nicht reduzieren; lösen Sie sie zuerst durch Schlüssel mit Bereichen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are too new to judge.</source>
        <translation>
            <numerusform>%n Schlüssel ist zu neu für ein Urteil.</numerusform>
            <numerusform>%n Schlüssel sind zu neu für ein Urteil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow</source>
        <translation>Reduzieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Narrow %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel &amp;reduzieren</numerusform>
            <numerusform>%n Schlüssel &amp;reduzieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwarden::NewKeyDialog</name>
    <message>
        <source>API key “%1” created</source>
        <translation>API-Schlüssel „%1“ erstellt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the key now.&lt;/b&gt; This is the only time it is shown: the service keeps only a fingerprint of it, and Podwarden does not keep it at all.</source>
        <translation>&lt;b&gt;Kopieren Sie den Schlüssel jetzt.&lt;/b&gt; Er wird nur dieses eine Mal angezeigt: Der Dienst behält nur einen Fingerabdruck davon, und Podwarden behält ihn gar nicht.</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>Der neue API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Store it where the program that uses it reads its secrets, such as a password manager or your CI&apos;s secret store. If it is lost, revoke this key and create a new one.</source>
        <translation>Bewahren Sie ihn dort auf, wo das Programm, das ihn nutzt, seine Geheimnisse liest, etwa in einem Passwortmanager oder in den geschützten Variablen Ihrer CI. Geht er verloren, widerrufen Sie diesen Schlüssel und erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>I have &amp;stored it</source>
        <translation>Ich habe ihn ge&amp;speichert</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard forgets it in %n second(s), and when Podwarden quits.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage vergisst ihn nach %n Sekunde und wenn Podwarden beendet wird.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage vergisst ihn nach %n Sekunden und wenn Podwarden beendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without copying the key?</source>
        <translation>Schließen, ohne den Schlüssel zu kopieren?</translation>
    </message>
    <message>
        <source>The key “%1” has not been copied. It is shown only this once: after this window closes nobody can show it again, and a lost key can only be revoked and replaced.</source>
        <translation>Der Schlüssel „%1“ wurde nicht kopiert. Er wird nur dieses eine Mal angezeigt: Nach dem Schließen dieses Fensters kann ihn niemand mehr anzeigen, und ein verlorener Schlüssel kann nur widerrufen und ersetzt werden.</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Ohne Kopieren schließen</translation>
    </message>
</context>
<context>
    <name>podwarden::OverviewPage</name>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>Konto &amp;verbinden …</translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation>Noch nichts geladen.</translation>
    </message>
    <message>
        <source>Saved copy from %1.</source>
        <translation>Gespeicherte Kopie vom %1.</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>Geladen: %1.</translation>
    </message>
    <message>
        <source>Re&amp;start the sandbox</source>
        <translation>Sandbox neu &amp;starten</translation>
    </message>
    <message>
        <source>%1: not loaded yet</source>
        <translation>%1: noch nicht geladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln API key(s)</source>
        <translation>
            <numerusform>%Ln API-Schlüssel</numerusform>
            <numerusform>%Ln API-Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secret(s)</source>
        <translation>
            <numerusform>%Ln Geheimnis</numerusform>
            <numerusform>%Ln Geheimnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln Vorlage</numerusform>
            <numerusform>%Ln Vorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endpoint(s)</source>
        <translation>
            <numerusform>%Ln Endpunkt</numerusform>
            <numerusform>%Ln Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Nothing needs attention: no key is expiring, unused or legacy, and every template&apos;s secrets exist.</source>
        <translation>Nichts braucht Aufmerksamkeit: kein Schlüssel läuft ab, ist unbenutzt oder alt, und die Geheimnisse jeder Vorlage existieren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) not used in 90 days</source>
        <translation>
            <numerusform>%Ln Schlüssel seit 90 Tagen nicht verwendet</numerusform>
            <numerusform>%Ln Schlüssel seit 90 Tagen nicht verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) never used</source>
        <translation>
            <numerusform>%Ln Schlüssel nie verwendet</numerusform>
            <numerusform>%Ln Schlüssel nie verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln legacy key(s), made before keys had scopes</source>
        <translation>
            <numerusform>%Ln Altschlüssel, erstellt bevor Schlüssel Bereiche hatten</numerusform>
            <numerusform>%Ln Altschlüssel, erstellt bevor Schlüssel Bereiche hatten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) that can change the account through the API</source>
        <translation>
            <numerusform>%Ln Schlüssel, der das Konto über die API ändern kann</numerusform>
            <numerusform>%Ln Schlüssel, die das Konto über die API ändern können</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) disabled but not revoked</source>
        <translation>
            <numerusform>%Ln Schlüssel deaktiviert, aber nicht widerrufen</numerusform>
            <numerusform>%Ln Schlüssel deaktiviert, aber nicht widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) expired or expiring within 7 days</source>
        <translation>
            <numerusform>%Ln Schlüssel abgelaufen oder läuft innerhalb von 7 Tagen ab</numerusform>
            <numerusform>%Ln Schlüssel abgelaufen oder laufen innerhalb von 7 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secret(s) that no template references</source>
        <translation>
            <numerusform>%Ln Geheimnis, auf das keine Vorlage verweist</numerusform>
            <numerusform>%Ln Geheimnisse, auf die keine Vorlage verweist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s) referencing a secret that does not exist</source>
        <translation>
            <numerusform>%Ln Vorlage verweist auf ein Geheimnis, das es nicht gibt</numerusform>
            <numerusform>%Ln Vorlagen verweisen auf ein Geheimnis, das es nicht gibt</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the saved copy…</source>
        <translation>Die gespeicherte Kopie wird gelesen…</translation>
    </message>
</context>
<context>
    <name>podwarden::PaperspaceSecretTableModel</name>
    <message>
        <source>Referenced in a deployment spec as %1</source>
        <translation>In einer Deployment-Spezifikation referenziert als %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>A project secret: only this project&apos;s deployments read it.</source>
        <translation>Ein Projekt-Geheimnis: Nur die Deployments dieses Projekts lesen es.</translation>
    </message>
    <message>
        <source>A team secret: every project of the team can read it, unless the project has a secret of the same name.</source>
        <translation>Ein Team-Geheimnis: Jedes Projekt des Teams kann es lesen, sofern das Projekt kein gleichnamiges Geheimnis hat.</translation>
    </message>
    <message>
        <source>Hidden by the project&apos;s %1</source>
        <translation>Verdeckt durch %1 des Projekts</translation>
    </message>
    <message>
        <source>No deployment</source>
        <translation>Kein Deployment</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has a secret of the same name, and a project&apos;s secret wins: no deployment of this project reads this one.</source>
        <translation>Das Projekt hat ein gleichnamiges Geheimnis, und das Geheimnis des Projekts hat Vorrang: Kein Deployment dieses Projekts liest dieses hier.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Value updated</source>
        <translation>Wert geändert</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>podwarden::PaperspaceSecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Neues Geheimnis…</translation>
    </message>
    <message>
        <source>Re&amp;place value…</source>
        <translation>Wert &amp;ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Search names and deployments</source>
        <translation>Namen und Deployments durchsuchen</translation>
    </message>
    <message>
        <source>Search secrets</source>
        <translation>Geheimnisse durchsuchen</translation>
    </message>
    <message>
        <source>Show secrets of</source>
        <translation>Geheimnisse anzeigen von</translation>
    </message>
    <message>
        <source>Project and team</source>
        <translation>Projekt und Team</translation>
    </message>
    <message>
        <source>Project only</source>
        <translation>Nur Projekt</translation>
    </message>
    <message>
        <source>Team only</source>
        <translation>Nur Team</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Value updated</source>
        <translation>Wert geändert</translation>
    </message>
    <message>
        <source>&amp;Redeploy what runs the old value…</source>
        <translation>Deployments mit altem Wert neu &amp;bereitstellen…</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n Geheimnis</numerusform>
            <numerusform>%n Geheimnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n secret(s) shown</source>
        <translation>
            <numerusform>%1 von %n Geheimnis angezeigt</numerusform>
            <numerusform>%1 von %n Geheimnissen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the secrets…</source>
        <translation>Geheimnisse werden geladen…</translation>
    </message>
    <message>
        <source>The secrets could not be loaded.</source>
        <translation>Die Geheimnisse konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The secrets have not been loaded. Connect to see them.</source>
        <translation>Die Geheimnisse wurden nicht geladen. Verbinden Sie sich, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This project has no secrets yet. Create one with New secret; deployments then use it as %1.</source>
        <translation>Dieses Projekt hat noch keine Geheimnisse. Legen Sie eines mit „Neues Geheimnis“ an; Deployments verwenden es dann als %1.</translation>
    </message>
    <message>
        <source>No secret in this scope.</source>
        <translation>Kein Geheimnis in diesem Bereich.</translation>
    </message>
    <message>
        <source>No secret matches “%1”.</source>
        <translation>Kein Geheimnis passt zu „%1“.</translation>
    </message>
    <message>
        <source>Connect to the account to change its secrets.</source>
        <translation>Verbinden Sie sich mit dem Konto, um seine Geheimnisse zu ändern.</translation>
    </message>
    <message>
        <source>You are not connected, so secrets cannot be changed now. Connect from the Overview and try again.</source>
        <translation>Sie sind nicht verbunden, daher lassen sich Geheimnisse jetzt nicht ändern. Verbinden Sie sich in der Übersicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Every deployment that reads %1 was deployed after its value last changed.</source>
        <translation>Jedes Deployment, das %1 liest, wurde nach der letzten Änderung des Werts bereitgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Secret %1 was deleted. The next deploy of %n deployment(s) that reference it will be refused until the reference changes.</source>
        <translation>
            <numerusform>Geheimnis %1 wurde gelöscht. Die nächste Bereitstellung von %n Deployment, das darauf verweist, wird abgelehnt, bis der Verweis geändert ist.</numerusform>
            <numerusform>Geheimnis %1 wurde gelöscht. Die nächste Bereitstellung der %n Deployments, die darauf verweisen, wird abgelehnt, bis der Verweis geändert ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
</context>
<context>
    <name>podwarden::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Remind me before keys expire</source>
        <translation>Vor dem Ablauf von Schlüsseln &amp;erinnern</translation>
    </message>
    <message>
        <source>A desktop notification 7 days and again 1 day before an enabled key expires, once each.</source>
        <translation>Eine Desktop-Benachrichtigung 7 Tage und noch einmal 1 Tag, bevor ein aktivierter Schlüssel abläuft, jeweils einmal.</translation>
    </message>
    <message>
        <source>Require an &amp;expiry for keys with API write access</source>
        <translation>&amp;Ablaufdatum für Schlüssel mit API-Schreibzugriff verlangen</translation>
    </message>
    <message>
        <source>A key that can change the account (create pods and endpoints, on your balance) cannot be created or saved without a date when it stops working.</source>
        <translation>Ein Schlüssel, der das Konto ändern kann (Pods und Endpunkte anlegen, auf Ihre Kosten), lässt sich nicht ohne ein Datum erstellen oder speichern, an dem er aufhört zu funktionieren.</translation>
    </message>
</context>
<context>
    <name>podwarden::ProfileChanges</name>
    <message>
        <source>The service</source>
        <translation>Der Dienst</translation>
    </message>
    <message>
        <source>%1 refused this key (%2). Check that you pasted the whole key and that it has not been disabled or revoked.</source>
        <translation>%1 hat diesen Schlüssel abgelehnt (%2). Prüfen Sie, ob Sie den ganzen Schlüssel eingefügt haben und ob er nicht deaktiviert oder widerrufen wurde.</translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation>HTTP 401</translation>
    </message>
    <message>
        <source>This key is valid, but it cannot read the account (%1). Podwarden needs a key with API read access: All, Read Only, or Restricted with API Read.</source>
        <translation>Dieser Schlüssel ist gültig, kann das Konto aber nicht lesen (%1). Podwarden braucht einen Schlüssel mit API-Lesezugriff: „Alle“, „Nur lesen“ oder „Eingeschränkt“ mit API-Lesen.</translation>
    </message>
    <message>
        <source>HTTP 403</source>
        <translation>HTTP 403</translation>
    </message>
    <message>
        <source>Paste the API key to connect with. Create one in the cloud console&apos;s settings.</source>
        <translation>Fügen Sie den API-Schlüssel ein, mit dem verbunden werden soll. Sie erstellen ihn in den Einstellungen der Cloud-Konsole.</translation>
    </message>
    <message>
        <source>This key cannot see the Paperspace project %1 (%2). Check that the project id is right and that the key belongs to the team that owns the project.</source>
        <translation>Dieser Schlüssel kann das Paperspace-Projekt %1 nicht sehen (%2). Prüfen Sie, ob die Projekt-ID stimmt und ob der Schlüssel zu dem Team gehört, dem das Projekt gehört.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>podwarden::ProfileEditDialog</name>
    <message>
        <source>Add a Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>A profile is one account: where its service is and the API key to use. The key is checked with the service before it is saved, and then kept in the system keyring.</source>
        <translation>Ein Profil ist ein Konto: wo sein Dienst erreichbar ist und welcher API-Schlüssel verwendet wird. Der Schlüssel wird beim Dienst geprüft, bevor er gespeichert wird, und dann im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Paste a new key only to replace the stored one; it is checked with the service before it is saved.</source>
        <translation>Fügen Sie nur dann einen neuen Schlüssel ein, wenn er den gespeicherten ersetzen soll; er wird beim Dienst geprüft, bevor er gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation>Profil &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Paste the API key of this account. Create one in the cloud console&apos;s settings.</source>
        <translation>Fügen Sie den API-Schlüssel dieses Kontos ein. Sie erstellen ihn in den Einstellungen der Cloud-Konsole.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Der Schlüssel wird bei %1 geprüft …</translation>
    </message>
</context>
<context>
    <name>podwarden::ProfileFields</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Den Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>Den Schlüssel beim Tippen anzeigen</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>The project whose deployments and secrets Podwarden shows; its id is in the project&apos;s settings in the Paperspace console.</source>
        <translation>Das Projekt, dessen Deployments und Geheimnisse Podwarden anzeigt; seine ID steht in den Projekteinstellungen der Paperspace-Konsole.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>Optional: its secrets are shown beside the project&apos;s</source>
        <translation>Optional: Die Geheimnisse des Teams erscheinen neben denen des Projekts</translation>
    </message>
    <message>
        <source>Optional: the team whose secrets are shown beside the project&apos;s.</source>
        <translation>Optional: das Team, dessen Geheimnisse neben denen des Projekts angezeigt werden.</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Anbi&amp;eter:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>Pro&amp;jekt-ID:</translation>
    </message>
    <message>
        <source>&amp;Team ID:</source>
        <translation>&amp;Team-ID:</translation>
    </message>
    <message>
        <source>&amp;Management API:</source>
        <translation>&amp;Verwaltungs-API:</translation>
    </message>
    <message>
        <source>&amp;Invocation API:</source>
        <translation>&amp;Aufruf-API:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>A profile stays with its provider. Add a profile for an account elsewhere.</source>
        <translation>Ein Profil bleibt bei seinem Anbieter. Legen Sie für ein Konto bei einem anderen Anbieter ein eigenes Profil an.</translation>
    </message>
    <message>
        <source>A Paperspace API key: create one in the Paperspace console under Team settings ▸ API keys.</source>
        <translation>Ein Paperspace-API-Schlüssel: Erstellen Sie einen in der Paperspace-Konsole unter Team settings ▸ API keys.</translation>
    </message>
    <message>
        <source>A Runpod API key: create one in the Runpod console under Settings ▸ API Keys.</source>
        <translation>Ein Runpod-API-Schlüssel: Erstellen Sie einen in der Runpod-Konsole unter Settings ▸ API Keys.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Paperspace API key</source>
        <translation>Paperspace-API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>podwarden::ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Each profile is one account: where its service is, and its API key in the system keyring.</source>
        <translation>Jedes Profil ist ein Konto: wo sein Dienst erreichbar ist, und sein API-Schlüssel im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Switch To</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (geöffnet)</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>The sandbox needs no settings: it picks its address each time it starts.</source>
        <translation>Die Sandbox braucht keine Einstellungen: Sie wählt ihre Adresse bei jedem Start selbst.</translation>
    </message>
    <message>
        <source>This profile is open. Switch to another one to remove it.</source>
        <translation>Dieses Profil ist geöffnet. Wechseln Sie zu einem anderen, um es zu entfernen.</translation>
    </message>
    <message>
        <source>Profile %1 was added; its key works. Choose Switch To to open it.</source>
        <translation>Profil %1 wurde hinzugefügt; sein Schlüssel funktioniert. Wählen Sie „Wechseln zu“, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Profile %1 was saved.</source>
        <translation>Profil %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Podwarden forgets the sandbox profile and deletes its saved copy and template drafts from this computer. The sandbox&apos;s own data stays; “Try the sandbox” brings the profile back.</source>
        <translation>Podwarden vergisst das Sandbox-Profil und löscht seine gespeicherte Kopie und seine Vorlagenentwürfe von diesem Computer. Die Daten der Sandbox selbst bleiben erhalten; „Die Sandbox ausprobieren“ bringt das Profil zurück.</translation>
    </message>
    <message>
        <source>Podwarden forgets %1: its key is removed from the system keyring, and its saved copy of the account and its template drafts (also those not pushed) are deleted from this computer. The account itself and its keys on the service do not change.</source>
        <translation>Podwarden vergisst %1: Sein Schlüssel wird aus dem Schlüsselbund des Systems entfernt, und seine gespeicherte Kopie des Kontos sowie seine Vorlagenentwürfe (auch nicht übertragene) werden von diesem Computer gelöscht. Das Konto selbst und seine Schlüssel auf dem Dienst bleiben unverändert.</translation>
    </message>
    <message>
        <source>Remove profile %1?</source>
        <translation>Profil %1 entfernen?</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Profile %1 was removed.</source>
        <translation>Profil %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Local Paperspace sandbox</source>
        <translation>Lokale Paperspace-Sandbox</translation>
    </message>
    <message>
        <source>%1, project %2</source>
        <translation>%1, Projekt %2</translation>
    </message>
</context>
<context>
    <name>podwarden::ProtectDeploymentDialog</name>
    <message>
        <source>Change the token of %1</source>
        <translation>Token von %1 ändern</translation>
    </message>
    <message>
        <source>Protect %1</source>
        <translation>%1 schützen</translation>
    </message>
    <message>
        <source>%1 will be redeployed now, protected by HTTP Basic auth: user paperspace, password the secret&apos;s value. From this deploy on, calls without that token get 401, so give the token to its callers first.</source>
        <translation>%1 wird jetzt neu bereitgestellt, geschützt durch HTTP-Basic-Authentifizierung: Benutzer paperspace, als Passwort der Wert des Geheimnisses. Ab dieser Bereitstellung erhalten Aufrufe ohne dieses Token 401; geben Sie das Token daher zuerst an die Aufrufer weiter.</translation>
    </message>
    <message>
        <source>The token is fixed at each deploy: a new value of the secret takes effect only when the deployment is redeployed.</source>
        <translation>Das Token wird bei jeder Bereitstellung festgelegt: Ein neuer Wert des Geheimnisses wirkt erst, wenn das Deployment neu bereitgestellt wird.</translation>
    </message>
    <message>
        <source>&amp;Generate a new secret</source>
        <translation>Neues Geheimnis &amp;erzeugen</translation>
    </message>
    <message>
        <source>Use an &amp;existing secret</source>
        <translation>&amp;Vorhandenes Geheimnis verwenden</translation>
    </message>
    <message>
        <source>Name of the new project secret</source>
        <translation>Name des neuen Projekt-Geheimnisses</translation>
    </message>
    <message>
        <source>Project secret &amp;name:</source>
        <translation>&amp;Name des Projekt-Geheimnisses:</translation>
    </message>
    <message>
        <source>A random value of 40 letters and digits (OpenSSL). The header is shown once afterwards, to copy.</source>
        <translation>Ein Zufallswert aus 40 Buchstaben und Ziffern (OpenSSL). Der Header wird danach einmal zum Kopieren angezeigt.</translation>
    </message>
    <message>
        <source>Existing secret</source>
        <translation>Vorhandenes Geheimnis</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1 (Projekt)</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (Team)</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Change token and &amp;redeploy</source>
        <translation>Token ändern und neu &amp;bereitstellen</translation>
    </message>
    <message>
        <source>Protect and &amp;redeploy</source>
        <translation>Schützen und neu &amp;bereitstellen</translation>
    </message>
    <message>
        <source>The project already has a secret named %1; choose it under “Use an existing secret”, or another name.</source>
        <translation>Das Projekt hat bereits ein Geheimnis namens %1; wählen Sie es unter „Vorhandenes Geheimnis verwenden“ oder einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>podwarden::ReachTableModel</name>
    <message>
        <source>All access</source>
        <translation>Vollzugriff</translation>
    </message>
    <message>
        <source>Every endpoint</source>
        <translation>Jeder Endpunkt</translation>
    </message>
    <message>
        <source>This endpoint</source>
        <translation>Dieser Endpunkt</translation>
    </message>
    <message>
        <source>Custom statement</source>
        <translation>Eigene Anweisung</translation>
    </message>
    <message>
        <source>%1 (legacy)</source>
        <translation>%1 (Altschlüssel)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1, and a custom statement</source>
        <translation>%1 und eine eigene Anweisung</translation>
    </message>
    <message>
        <source>Can run and cancel jobs, and read their status and the endpoint&apos;s health.</source>
        <translation>Kann Jobs ausführen und abbrechen sowie ihren Status und den Zustand des Endpunkts lesen.</translation>
    </message>
    <message>
        <source>Can read job status and the endpoint&apos;s health, but not run jobs.</source>
        <translation>Kann den Status von Jobs und den Zustand des Endpunkts lesen, aber keine Jobs ausführen.</translation>
    </message>
    <message>
        <source>Only a statement Podwarden cannot read may reach this endpoint; the cloud decides.</source>
        <translation>Nur eine Anweisung, die Podwarden nicht lesen kann, erreicht diesen Endpunkt vielleicht; die Cloud entscheidet.</translation>
    </message>
    <message>
        <source>The key has All access: every endpoint, present and future, and the whole API.</source>
        <translation>Der Schlüssel hat den Zugriff „Alle“: jeden Endpunkt, jetzt und künftig, und die ganze API.</translation>
    </message>
    <message>
        <source>The key has a grant on every endpoint, present and future.</source>
        <translation>Der Schlüssel hat eine Freigabe für jeden Endpunkt, jetzt und künftig.</translation>
    </message>
    <message>
        <source>The key has its own grant of this endpoint; it can be changed or removed here.</source>
        <translation>Der Schlüssel hat eine eigene Freigabe für diesen Endpunkt; sie lässt sich hier ändern oder entfernen.</translation>
    </message>
    <message>
        <source>A policy statement the console cannot read may cover this endpoint.</source>
        <translation>Eine Richtlinienanweisung, die die Konsole nicht lesen kann, deckt diesen Endpunkt vielleicht ab.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disabled: the service refuses it (401) until it is enabled again; then it has this access.</source>
        <translation>Deaktiviert: Der Dienst weist ihn ab (401), bis er wieder aktiviert ist; dann hat er diesen Zugriff.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>podwarden::RedeployDialog</name>
    <message>
        <source>Redeploy to take the new value</source>
        <translation>Neu bereitstellen, um den neuen Wert zu übernehmen</translation>
    </message>
    <message>
        <source>Deployments to redeploy</source>
        <translation>Neu bereitzustellende Deployments</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
    <message>
        <source>&amp;Redeploy checked</source>
        <translation>Markierte neu &amp;bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Redeploying…</source>
        <translation>Wird neu bereitgestellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) redeployed.</source>
        <translation>
            <numerusform>%n Deployment neu bereitgestellt.</numerusform>
            <numerusform>%n Deployments neu bereitgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redeployed, %2 refused: see each row.</source>
        <translation>%1 neu bereitgestellt, %2 abgelehnt: siehe die einzelnen Zeilen.</translation>
    </message>
    <message>
        <source>%1: redeploying…</source>
        <translation>%1: wird neu bereitgestellt…</translation>
    </message>
    <message>
        <source>%1: redeployed</source>
        <translation>%1: neu bereitgestellt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>A secret changed after the last deploy of %n deployment(s).</source>
        <translation>
            <numerusform>Bei %n Deployment hat sich seit der letzten Bereitstellung ein Geheimnis geändert.</numerusform>
            <numerusform>Bei %n Deployments hat sich seit der letzten Bereitstellung ein Geheimnis geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed after the last deploy of %n deployment(s).</source>
        <translation>
            <numerusform>%1 hat sich nach der letzten Bereitstellung von %n Deployment geändert.</numerusform>
            <numerusform>%1 hat sich nach der letzten Bereitstellung von %n Deployments geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A protected deployment keeps accepting the old token, and refuses the new one, until it is redeployed: redeploy it once its callers have the new token.</source>
        <translation>Ein geschütztes Deployment akzeptiert weiterhin das alte Token und weist das neue ab, bis es neu bereitgestellt wird: Stellen Sie es neu bereit, sobald seine Aufrufer das neue Token haben.</translation>
    </message>
    <message>
        <source>Each runs the old value until it is redeployed.</source>
        <translation>Jedes läuft mit dem alten Wert, bis es neu bereitgestellt wird.</translation>
    </message>
</context>
<context>
    <name>podwarden::ReplacePaperspaceValueDialog</name>
    <message>
        <source>Replace the value of %1</source>
        <translation>Wert von %1 ersetzen</translation>
    </message>
    <message>
        <source>The old value is replaced for good; neither Paperspace nor Podwarden can show it again.</source>
        <translation>Der alte Wert wird endgültig ersetzt; weder Paperspace noch Podwarden kann ihn wieder anzeigen.</translation>
    </message>
    <message>
        <source>No deployment reads this secret.</source>
        <translation>Kein Deployment liest dieses Geheimnis.</translation>
    </message>
    <message numerus="yes">
        <source>A deployment takes a secret&apos;s value when it is deployed. These %n deployment(s) keep the old value until you redeploy them:</source>
        <translation>
            <numerusform>Ein Deployment übernimmt den Wert eines Geheimnisses bei seiner Bereitstellung. Dieses %n Deployment behält den alten Wert, bis Sie es neu bereitstellen:</numerusform>
            <numerusform>Ein Deployment übernimmt den Wert eines Geheimnisses bei seiner Bereitstellung. Diese %n Deployments behalten den alten Wert, bis Sie sie neu bereitstellen:</numerusform>
        </translation>
    </message>
    <message>
        <source>a protected one keeps accepting the old token and refuses the new one.</source>
        <translation>ein geschütztes akzeptiert weiterhin das alte Token und weist das neue ab.</translation>
    </message>
    <message>
        <source>Deployments that read it</source>
        <translation>Deployments, die es lesen</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>Neuer &amp;Wert:</translation>
    </message>
    <message>
        <source>Re&amp;place value</source>
        <translation>Wert &amp;ersetzen</translation>
    </message>
</context>
<context>
    <name>podwarden::ReplaceSecretValueDialog</name>
    <message>
        <source>Replace the value of %1</source>
        <translation>Wert von %1 ersetzen</translation>
    </message>
    <message>
        <source>The new value replaces the old one for good; the old value cannot be seen or brought back. Pods booted after this use the new value; running pods keep the old one until they restart.</source>
        <translation>Der neue Wert ersetzt den alten endgültig; der alte Wert lässt sich weder ansehen noch zurückholen. Pods, die danach starten, verwenden den neuen Wert; laufende Pods behalten den alten, bis sie neu starten.</translation>
    </message>
    <message numerus="yes">
        <source>Templates that use %1: %2.</source>
        <translation>
            <numerusform>Vorlage, die %1 verwendet: %2.</numerusform>
            <numerusform>Vorlagen, die %1 verwenden: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>Neuer &amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Replace value</source>
        <translation>We&amp;rt ersetzen</translation>
    </message>
    <message>
        <source>Optional: edit it to change the description together with the value.</source>
        <translation>Optional: Ändern Sie sie, um die Beschreibung zusammen mit dem Wert zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The new value is already in force.</source>
        <translation>Der neue Wert gilt bereits.</translation>
    </message>
    <message>
        <source>&amp;Save description</source>
        <translation>Beschreibung &amp;speichern</translation>
    </message>
</context>
<context>
    <name>podwarden::ResourceHistory</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>&amp;Ältere anzeigen</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>With the key %1</source>
        <translation>Mit dem Schlüssel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first.</source>
        <translation>
            <numerusform>%n Ereignis, neuestes zuerst.</numerusform>
            <numerusform>%n Ereignisse, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwarden::RollKeyDialog</name>
    <message>
        <source>Roll key %1</source>
        <translation>Schlüssel %1 ablösen</translation>
    </message>
    <message>
        <source>A new scoped key with the same reach as the legacy key %1 is made and shown once. %1 keeps working beside it, so whatever uses it can move to the new key first.</source>
        <translation>Ein neuer Schlüssel mit Bereichen und derselben Reichweite wie der Altschlüssel %1 wird erstellt und einmal angezeigt. %1 funktioniert daneben weiter, damit alles, was ihn nutzt, zuerst auf den neuen Schlüssel wechseln kann.</translation>
    </message>
    <message>
        <source>A new key with exactly the access of %1 is made and shown once. %1 keeps working beside it, so whatever uses it can move to the new key first.</source>
        <translation>Ein neuer Schlüssel mit genau dem Zugriff von %1 wird erstellt und einmal angezeigt. %1 funktioniert daneben weiter, damit alles, was ihn nutzt, zuerst auf den neuen Schlüssel wechseln kann.</translation>
    </message>
    <message>
        <source>&amp;Name of the new key:</source>
        <translation>&amp;Name des neuen Schlüssels:</translation>
    </message>
    <message>
        <source>Until I finish the roll</source>
        <translation>Bis ich die Ablösung abschließe</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>1 Tag lang</translation>
    </message>
    <message>
        <source>For 7 days</source>
        <translation>7 Tage lang</translation>
    </message>
    <message>
        <source>For 30 days</source>
        <translation>30 Tage lang</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Bis zu einem Datum …</translation>
    </message>
    <message>
        <source>The last day the old key works</source>
        <translation>Der letzte Tag, an dem der alte Schlüssel funktioniert</translation>
    </message>
    <message>
        <source>The old key &amp;keeps working:</source>
        <translation>Der alte Schlüssel &amp;funktioniert weiter:</translation>
    </message>
    <message>
        <source>&amp;Roll</source>
        <translation>Ab&amp;lösen</translation>
    </message>
    <message>
        <source>%1 stops working on its own: %2 (%3). The new key goes on.</source>
        <translation>%1 hört von selbst auf zu funktionieren: %2 (%3). Der neue Schlüssel funktioniert weiter.</translation>
    </message>
    <message>
        <source>%1 works until you choose Finish the roll on it.</source>
        <translation>%1 funktioniert, bis Sie bei ihm „Ablösung abschließen“ wählen.</translation>
    </message>
    <message>
        <source>%1 already expires sooner (%2); it keeps that date.</source>
        <translation>%1 läuft schon früher ab (%2); dieses Datum bleibt.</translation>
    </message>
    <message>
        <source>Another key is already called %1; a distinct name is easier to tell apart.</source>
        <translation>Ein anderer Schlüssel heißt schon %1; ein eigener Name ist leichter zu unterscheiden.</translation>
    </message>
    <message>
        <source>How long the old key keeps working</source>
        <translation>Wie lange der alte Schlüssel weiter funktioniert</translation>
    </message>
</context>
<context>
    <name>podwarden::SandboxLauncher</name>
    <message>
        <source>The sandbox did not report that it was ready in time.</source>
        <translation>Die Sandbox hat nicht rechtzeitig gemeldet, dass sie bereit ist.</translation>
    </message>
    <message>
        <source>The sandbox program (podwarden-sandbox) was not found beside Podwarden or in %1. Install Podwarden&apos;s sandbox package, or set PODWARDEN_SANDBOX to its path.</source>
        <translation>Das Sandbox-Programm (podwarden-sandbox) wurde weder neben Podwarden noch in %1 gefunden. Installieren Sie das Sandbox-Paket von Podwarden oder setzen Sie PODWARDEN_SANDBOX auf seinen Pfad.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox reported an address Podwarden cannot use.</source>
        <translation>Die Sandbox hat eine Adresse gemeldet, die Podwarden nicht verwenden kann.</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly. Restart it to go on with the demo account.</source>
        <translation>Die lokale Sandbox wurde unerwartet beendet. Starten Sie sie neu, um mit dem Demokonto weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>The local sandbox was stopped outside Podwarden. Restart it to go on with the demo account.</source>
        <translation>Die lokale Sandbox wurde außerhalb von Podwarden beendet. Starten Sie sie neu, um mit dem Demokonto weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>The local sandbox stopped with an error (exit code %1). Restart it to go on with the demo account.</source>
        <translation>Die lokale Sandbox wurde mit einem Fehler beendet (Exit-Code %1). Starten Sie sie neu, um mit dem Demokonto weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>The local sandbox stopped while it was starting.</source>
        <translation>Die lokale Sandbox wurde beim Starten beendet.</translation>
    </message>
    <message>
        <source>The local sandbox could not start (exit code %1).</source>
        <translation>Die lokale Sandbox konnte nicht starten (Exit-Code %1).</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Sie meldete: %1</translation>
    </message>
</context>
<context>
    <name>podwarden::SecretDescriptionField</name>
    <message>
        <source>Optional: what it is for, who owns it, when it expires</source>
        <translation>Optional: wofür es ist, wem es gehört, wann es abläuft</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>podwarden::SecretDetailsDialog</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation>Geheimnis %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the reference for a template&apos;s env value</source>
        <translation>Den Verweis für einen Umgebungswert einer Vorlage kopieren</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Verweis:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Value updated:</source>
        <translation>Wert geändert:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Write-only. Neither the service nor Podwarden can show it; replace it to change it.</source>
        <translation>Nur schreibbar. Weder der Dienst noch Podwarden kann ihn anzeigen; ersetzen Sie ihn, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>No template references it.</source>
        <translation>Keine Vorlage verweist darauf.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Connect to the account to see the history of this secret.</source>
        <translation>Verbinden Sie sich mit dem Konto, um den Verlauf dieses Geheimnisses zu sehen.</translation>
    </message>
    <message>
        <source>No events recorded for this secret.</source>
        <translation>Für dieses Geheimnis sind keine Ereignisse verzeichnet.</translation>
    </message>
</context>
<context>
    <name>podwarden::SecretFormDialog</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwarden::SecretRolloutDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Who still runs the old value of %1</source>
        <translation>Was noch mit dem alten Wert von %1 läuft</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Old value for</source>
        <translation>Dauer mit altem Wert</translation>
    </message>
    <message>
        <source>Pods and workers still running the old value</source>
        <translation>Pods und Worker, die noch mit dem alten Wert laufen</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>&amp;Restart the pods…</source>
        <translation>Pods &amp;neu starten…</translation>
    </message>
    <message>
        <source>R&amp;oll the workers…</source>
        <translation>W&amp;orker erneuern…</translation>
    </message>
    <message>
        <source>&amp;Leave them</source>
        <translation>So &amp;belassen</translation>
    </message>
    <message>
        <source>Close; they keep the old value until they restart.</source>
        <translation>Schließen; sie behalten den alten Wert, bis sie neu starten.</translation>
    </message>
    <message>
        <source>The workers of %1 could not be read: %2</source>
        <translation>Die Worker von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not connected: the endpoints&apos; workers are asked of the service, so only pods are listed.</source>
        <translation>Nicht verbunden: Die Worker der Endpunkte werden beim Dienst abgefragt, daher sind nur Pods aufgeführt.</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>may be (started as it changed)</source>
        <translation>vielleicht (beim Wechsel gestartet)</translation>
    </message>
    <message>
        <source>The value changed %1.</source>
        <translation>Der Wert wurde geändert: %1.</translation>
    </message>
    <message>
        <source>Every pod and worker that reads %1 has started since its value last changed (%2): none runs the old value.</source>
        <translation>Jeder Pod und Worker, der %1 liest, ist seit der letzten Änderung des Werts (%2) gestartet: Keiner läuft mit dem alten Wert.</translation>
    </message>
    <message>
        <source>%1 and %2 still run the old value of %3 (changed %4). A pod or worker reads a secret only when it starts.</source>
        <translation>%1 und %2 laufen noch mit dem alten Wert von %3 (geändert %4). Ein Pod oder Worker liest ein Geheimnis nur beim Start.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n Pod</numerusform>
            <numerusform>%n Pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n pod(s)?</source>
        <translation>
            <numerusform>%n Pod neu starten?</numerusform>
            <numerusform>%n Pods neu starten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message numerus="yes">
        <source>Roll the workers of %n endpoint(s)?</source>
        <translation>
            <numerusform>Die Worker von %n Endpunkt erneuern?</numerusform>
            <numerusform>Die Worker von %n Endpunkten erneuern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll workers</source>
        <translation>Worker erneuern</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Neu la&amp;den</translation>
    </message>
    <message>
        <source>Pod from template %1</source>
        <translation>Pod aus Vorlage %1</translation>
    </message>
    <message>
        <source>These pods restart in place and read the secrets as they are now; whatever runs in them is interrupted: %1.</source>
        <translation>Diese Pods starten an Ort und Stelle neu und lesen die Geheimnisse so, wie sie jetzt sind; was in ihnen läuft, wird unterbrochen: %1.</translation>
    </message>
    <message>
        <source>These endpoints get a new release with the same configuration; the service replaces their workers one by one, and each new worker reads the secrets as they are now. Jobs in progress finish first: %1.</source>
        <translation>Diese Endpunkte erhalten ein neues Release mit derselben Konfiguration; der Dienst ersetzt ihre Worker einen nach dem anderen, und jeder neue Worker liest die Geheimnisse so, wie sie jetzt sind. Laufende Jobs werden zuerst beendet: %1.</translation>
    </message>
</context>
<context>
    <name>podwarden::SecretSelector</name>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Geheimnisse filtern</translation>
    </message>
    <message>
        <source>No secrets in this account yet</source>
        <translation>Dieses Konto hat noch keine Geheimnisse</translation>
    </message>
    <message>
        <source>No secret matches</source>
        <translation>Kein Geheimnis passt</translation>
    </message>
</context>
<context>
    <name>podwarden::SecretTableModel</name>
    <message>
        <source>Referenced in env values as %1</source>
        <translation>In Env-Werten referenziert als %1</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Value updated</source>
        <translation>Wert geändert</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>podwarden::SecretUpdate</name>
    <message>
        <source>The value and the description of %1 were changed. Pods booted from now on use the new value; running pods keep the old one until they restart.</source>
        <translation>Wert und Beschreibung von %1 wurden geändert. Pods, die ab jetzt starten, verwenden den neuen Wert; laufende Pods behalten den alten, bis sie neu starten.</translation>
    </message>
    <message>
        <source>The new value of %1 took effect, but the description was not saved: %2 Pods booted from now on use the new value.</source>
        <translation>Der neue Wert von %1 gilt, aber die Beschreibung wurde nicht gespeichert: %2 Pods, die ab jetzt starten, verwenden den neuen Wert.</translation>
    </message>
    <message>
        <source>Nothing was changed on %1: %2</source>
        <translation>An %1 wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>It is not known whether the new value of %1 took effect: %2 Refresh (F5) to see the secret as it is now.</source>
        <translation>Ob der neue Wert von %1 gilt, ist nicht bekannt: %2 Aktualisieren Sie (F5), um das Geheimnis so zu sehen, wie es jetzt ist.</translation>
    </message>
</context>
<context>
    <name>podwarden::SecretValueField</name>
    <message>
        <source>Secret value</source>
        <translation>Wert des Geheimnisses</translation>
    </message>
    <message>
        <source>Show the value while typing</source>
        <translation>Den Wert beim Tippen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>A strong random value from OpenSSL&apos;s generator</source>
        <translation>Ein starker Zufallswert aus dem Generator von OpenSSL</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Length of a generated value</source>
        <translation>Länge eines erzeugten Werts</translation>
    </message>
    <message>
        <source>With s&amp;ymbols</source>
        <translation>Mit S&amp;onderzeichen</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Den Wert anzeigen</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard, which forgets it after 30 seconds</source>
        <translation>Den Wert in die Zwischenablage kopieren, die ihn nach 30 Sekunden vergisst</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard forgets it in %n second(s), and when Podwarden quits.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage vergisst ihn nach %n Sekunde und wenn Podwarden beendet wird.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage vergisst ihn nach %n Sekunden und wenn Podwarden beendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>podwarden::SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Neues Geheimnis…</translation>
    </message>
    <message>
        <source>Re&amp;place value…</source>
        <translation>Wert &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Edit des&amp;cription…</source>
        <translation>Bes&amp;chreibung bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Search names and descriptions</source>
        <translation>Namen und Beschreibungen durchsuchen</translation>
    </message>
    <message>
        <source>Search secrets</source>
        <translation>Geheimnisse durchsuchen</translation>
    </message>
    <message>
        <source>Value updated</source>
        <translation>Wert geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n Geheimnis</numerusform>
            <numerusform>%n Geheimnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n secret(s) shown</source>
        <translation>
            <numerusform>%1 von %n Geheimnis angezeigt</numerusform>
            <numerusform>%1 von %n Geheimnissen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the secrets…</source>
        <translation>Geheimnisse werden geladen…</translation>
    </message>
    <message>
        <source>The secrets could not be loaded.</source>
        <translation>Die Geheimnisse konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The secrets have not been loaded. Connect to see them.</source>
        <translation>Die Geheimnisse wurden nicht geladen. Verbinden Sie sich, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This account has no secrets yet. Create one with New secret; templates then use it as %1.</source>
        <translation>Dieses Konto hat noch keine Geheimnisse. Legen Sie eines mit „Neues Geheimnis“ an; Vorlagen verwenden es dann als %1.</translation>
    </message>
    <message>
        <source>No secret matches “%1”.</source>
        <translation>Kein Geheimnis passt zu „%1“.</translation>
    </message>
    <message>
        <source>Connect to the account to change its secrets.</source>
        <translation>Verbinden Sie sich mit dem Konto, um seine Geheimnisse zu ändern.</translation>
    </message>
    <message>
        <source>You are not connected, so secrets cannot be changed now. Connect from the Overview and try again.</source>
        <translation>Sie sind nicht verbunden, daher lassen sich Geheimnisse jetzt nicht ändern. Verbinden Sie sich in der Übersicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Secret %1 was deleted. Pods booted from %2 will fail until their env no longer references it.</source>
        <translation>Geheimnis %1 wurde gelöscht. Pods, die aus %2 starten, schlagen fehl, bis ihre Umgebung nicht mehr darauf verweist.</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>Endpoint %1 (through template %2)</source>
        <translation>Endpunkt %1 (über Vorlage %2)</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>Pod %1 (through template %2)</source>
        <translation>Pod %1 (über Vorlage %2)</translation>
    </message>
    <message>
        <source>Ro&amp;llout…</source>
        <translation>&amp;Rollout…</translation>
    </message>
    <message>
        <source>The pods and workers that still run the secret&apos;s old value</source>
        <translation>Die Pods und Worker, die noch mit dem alten Wert des Geheimnisses laufen</translation>
    </message>
    <message>
        <source>Not in a template</source>
        <translation>In keiner Vorlage</translation>
    </message>
    <message>
        <source>Only secrets that no template references</source>
        <translation>Nur Geheimnisse, auf die keine Vorlage verweist</translation>
    </message>
    <message>
        <source>Every secret is referenced by a template.</source>
        <translation>Auf jedes Geheimnis verweist eine Vorlage.</translation>
    </message>
</context>
<context>
    <name>podwarden::ServiceClient</name>
    <message>
        <source>The CA file %1 holds no certificate Podwarden can read.</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat, das Podwarden lesen kann.</translation>
    </message>
</context>
<context>
    <name>podwarden::Session</name>
    <message>
        <source>No account key is available for %1.</source>
        <translation>Für %1 ist kein Kontoschlüssel verfügbar.</translation>
    </message>
    <message>
        <source>%1 refused the account key (%2). Check that you pasted the whole key and that it has not been disabled or revoked.</source>
        <translation>%1 hat den Kontoschlüssel abgelehnt (%2). Prüfen Sie, ob Sie den ganzen Schlüssel eingefügt haben und ob er nicht deaktiviert oder widerrufen wurde.</translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation>HTTP 401</translation>
    </message>
    <message>
        <source>The account key is valid, but it cannot read the account (%1). Podwarden needs a key with API read access: one with All or Read Only access, or Restricted with API Read.</source>
        <translation>Der Kontoschlüssel ist gültig, kann das Konto aber nicht lesen (%1). Podwarden braucht einen Schlüssel mit API-Lesezugriff: einen mit Zugriff „Alle“ oder „Nur lesen“, oder „Eingeschränkt“ mit API-Lesen.</translation>
    </message>
    <message>
        <source>HTTP 403</source>
        <translation>HTTP 403</translation>
    </message>
    <message>
        <source>Showing the copy from %1.</source>
        <translation>Angezeigt wird die Kopie vom %1.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>cached copy of %1</source>
        <translation>gespeicherte Kopie vom %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left this minute</source>
        <translation>
            <numerusform>%1 von %n Anfrage in dieser Minute übrig</numerusform>
            <numerusform>%1 von %n Anfragen in dieser Minute übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left this hour</source>
        <translation>
            <numerusform>%1 von %n Anfrage in dieser Stunde übrig</numerusform>
            <numerusform>%1 von %n Anfragen in dieser Stunde übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left today</source>
        <translation>
            <numerusform>%1 von %n Anfrage heute übrig</numerusform>
            <numerusform>%1 von %n Anfragen heute übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left in this window</source>
        <translation>
            <numerusform>%1 von %n Anfrage in diesem Zeitfenster übrig</numerusform>
            <numerusform>%1 von %n Anfragen in diesem Zeitfenster übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>No account key is stored for %1. Choose “Connect an account…” and paste your key.</source>
        <translation>Für %1 ist kein Kontoschlüssel gespeichert. Wählen Sie „Konto verbinden …“ und fügen Sie Ihren Schlüssel ein.</translation>
    </message>
    <message>
        <source>The refresh was cancelled; the account is shown as it was before. Press F5 to load it again.</source>
        <translation>Die Aktualisierung wurde abgebrochen; das Konto wird wie zuvor angezeigt. Drücken Sie F5, um es erneut zu laden.</translation>
    </message>
    <message>
        <source>Loading the account was cancelled.</source>
        <translation>Das Laden des Kontos wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Press F5 to connect again.</source>
        <translation>Drücken Sie F5, um erneut zu verbinden.</translation>
    </message>
    <message>
        <source>The Paperspace key is valid, but it cannot see project %1 (%2). Check the project ID in File ▸ Profiles, and that the key belongs to the team that owns the project.</source>
        <translation>Der Paperspace-Schlüssel ist gültig, kann das Projekt %1 aber nicht sehen (%2). Prüfen Sie die Projekt-ID unter Datei ▸ Profile und ob der Schlüssel zu dem Team gehört, dem das Projekt gehört.</translation>
    </message>
</context>
<context>
    <name>podwarden::TemplateConflictDialog</name>
    <message>
        <source>Template changed on the service</source>
        <translation>Vorlage auf dem Dienst geändert</translation>
    </message>
    <message>
        <source>“%1” was changed on the service after your draft began. Choose what to keep; nothing is sent until you push.</source>
        <translation>„%1“ wurde auf dem Dienst geändert, nachdem Ihr Entwurf begonnen wurde. Wählen Sie, was bleiben soll; nichts wird gesendet, bevor Sie übertragen.</translation>
    </message>
    <message>
        <source>Changes since your draft began</source>
        <translation>Änderungen seit Beginn Ihres Entwurfs</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Ihr Entwurf</translation>
    </message>
    <message>
        <source>On the service</source>
        <translation>Auf dem Dienst</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The template as it was when your draft began</source>
        <translation>Die Vorlage, wie sie zu Beginn Ihres Entwurfs war</translation>
    </message>
    <message>
        <source>Your draft, as it would be pushed</source>
        <translation>Ihr Entwurf, wie er übertragen würde</translation>
    </message>
    <message>
        <source>The template as it is on the service now</source>
        <translation>Die Vorlage, wie sie jetzt auf dem Dienst ist</translation>
    </message>
    <message>
        <source>Which value the pushed template gets</source>
        <translation>Welchen Wert die übertragene Vorlage erhält</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihren</translation>
    </message>
    <message>
        <source>Service&apos;s</source>
        <translation>Den des Dienstes</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>env %1</source>
        <translation>env %1</translation>
    </message>
    <message numerus="yes">
        <source>No conflicts, %n change(s)</source>
        <translation>
            <numerusform>Keine Konflikte, %n Änderung</numerusform>
            <numerusform>Keine Konflikte, %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>conflict count, count of other changes</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n weitere Änderung</numerusform>
            <numerusform>%n weitere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Push your draft as it is. This overwrites every change made on the service since your draft began.</source>
        <translation>Ihren Entwurf unverändert übertragen. Das überschreibt jede Änderung, die seit Beginn Ihres Entwurfs auf dem Dienst gemacht wurde.</translation>
    </message>
    <message>
        <source>Take the &amp;service&apos;s</source>
        <translation>Den des &amp;Dienstes nehmen</translation>
    </message>
    <message>
        <source>Use the template as it is on the service. This discards your draft&apos;s changes.</source>
        <translation>Die Vorlage so verwenden, wie sie auf dem Dienst ist. Die Änderungen Ihres Entwurfs werden verworfen.</translation>
    </message>
    <message>
        <source>&amp;Push merged</source>
        <translation>Zusammengeführt &amp;übertragen</translation>
    </message>
    <message>
        <source>Push a template with the value chosen under Keep for every row.</source>
        <translation>Eine Vorlage mit dem unter „Behalten“ gewählten Wert für jede Zeile übertragen.</translation>
    </message>
    <message>
        <source>Changed in your draft and on the service, differently: choose which to keep.</source>
        <translation>In Ihrem Entwurf und auf dem Dienst unterschiedlich geändert: wählen Sie, was bleibt.</translation>
    </message>
    <message>
        <source>Changed the same way in your draft and on the service.</source>
        <translation>In Ihrem Entwurf und auf dem Dienst gleich geändert.</translation>
    </message>
    <message>
        <source>Changed in your draft only.</source>
        <translation>Nur in Ihrem Entwurf geändert.</translation>
    </message>
    <message>
        <source>Changed on the service only.</source>
        <translation>Nur auf dem Dienst geändert.</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behalten für %1</translation>
    </message>
    <message>
        <source>Your draft&apos;s value: %1</source>
        <translation>Wert Ihres Entwurfs: %1</translation>
    </message>
    <message>
        <source>The service&apos;s value: %1</source>
        <translation>Wert des Dienstes: %1</translation>
    </message>
</context>
<context>
    <name>podwarden::TemplateDrafts</name>
    <message>
        <source>there is no local store.</source>
        <translation>Es gibt keinen lokalen Speicher.</translation>
    </message>
</context>
<context>
    <name>podwarden::TemplateEditor</name>
    <message>
        <source>What the template is for, e.g. vLLM worker</source>
        <translation>Wofür die Vorlage ist, z. B. vLLM-Worker</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>Start co&amp;mmand:</source>
        <translation>Start&amp;befehl:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>NVIDIA GPU</source>
        <translation>NVIDIA-GPU</translation>
    </message>
    <message>
        <source>AMD GPU</source>
        <translation>AMD-GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Container disk in GB</source>
        <translation>Container-Festplatte in GB</translation>
    </message>
    <message>
        <source>Ephemeral: wiped when the container restarts.</source>
        <translation>Flüchtig: wird beim Neustart des Containers geleert.</translation>
    </message>
    <message>
        <source>Volume size in GB</source>
        <translation>Größe des Volumes in GB</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>Einhängepfad</translation>
    </message>
    <message>
        <source>at</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Exposed ports as number/protocol (http or tcp), separated by commas.</source>
        <translation>Freigegebene Ports als Nummer/Protokoll (http oder tcp), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Any version</source>
        <translation>Jede Version</translation>
    </message>
    <message>
        <source>CUDA versions the image accepts, as major.minor separated by commas; empty for any.</source>
        <translation>CUDA-Versionen, die das Image akzeptiert, als Haupt.Neben durch Kommas getrennt; leer für jede.</translation>
    </message>
    <message>
        <source>&amp;CUDA versions:</source>
        <translation>&amp;CUDA-Versionen:</translation>
    </message>
    <message>
        <source>Start &amp;SSH</source>
        <translation>&amp;SSH starten</translation>
    </message>
    <message>
        <source>Start &amp;Jupyter</source>
        <translation>&amp;Jupyter starten</translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation>Ö&amp;ffentlich</translation>
    </message>
    <message>
        <source>Visible to every user of the cloud. Env values are visible too: use secret references, never values.</source>
        <translation>Für alle Nutzer der Cloud sichtbar. Umgebungswerte sind ebenfalls sichtbar: verwenden Sie Verweise auf Geheimnisse, nie Werte.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation>Eine Variable hinzufügen</translation>
    </message>
    <message>
        <source>Reference a secret in the selected variable&apos;s value</source>
        <translation>Im Wert der gewählten Variable auf ein Geheimnis verweisen</translation>
    </message>
    <message>
        <source>Paste KEY=value</source>
        <translation>KEY=Wert einfügen</translation>
    </message>
    <message>
        <source>Add every KEY=value line on the clipboard as a variable (also Ctrl+V in the table)</source>
        <translation>Jede KEY=Wert-Zeile der Zwischenablage als Variable hinzufügen (auch Strg+V in der Tabelle)</translation>
    </message>
    <message>
        <source>Move the selected variable up</source>
        <translation>Die gewählte Variable nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected variable down</source>
        <translation>Die gewählte Variable nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Die gewählte Variable entfernen</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>%1 of %2 variables</source>
        <translation>%1 von %2 Variablen</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Optional: replaces the image&apos;s ENTRYPOINT, e.g. /bin/bash -c</source>
        <translation>Optional: ersetzt den ENTRYPOINT des Images, z. B. /bin/bash -c</translation>
    </message>
    <message>
        <source>The program the container runs, in words as a shell would split them; quote a word that contains spaces. Empty: the image&apos;s own entrypoint.</source>
        <translation>Das Programm, das der Container ausführt, in Wörtern, wie eine Shell sie trennt; setzen Sie ein Wort mit Leerzeichen in Anführungszeichen. Leer: der eigene Entrypoint des Images.</translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation>&amp;Entrypoint:</translation>
    </message>
    <message>
        <source>Optional: the command (CMD), e.g. python -u handler.py</source>
        <translation>Optional: der Befehl (CMD), z. B. python -u handler.py</translation>
    </message>
    <message>
        <source>The container&apos;s command, or the arguments of the entrypoint above. Quote a word that contains spaces: &apos;python -u main.py&apos; is one argument.</source>
        <translation>Der Befehl des Containers oder die Argumente des Entrypoints darüber. Setzen Sie ein Wort mit Leerzeichen in Anführungszeichen: &apos;python -u main.py&apos; ist ein Argument.</translation>
    </message>
    <message>
        <source>A quote is not closed, or the text ends in a lone backslash.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen, oder der Text endet mit einem einzelnen Backslash.</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Container dis&amp;k:</source>
        <translation>Container-Fes&amp;tplatte:</translation>
    </message>
    <message>
        <source>Persistent v&amp;olume</source>
        <translation>Dauerhaftes V&amp;olume</translation>
    </message>
    <message>
        <source>Por&amp;ts:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <source>Insert secret…</source>
        <translation>Geheimnis einfügen…</translation>
    </message>
</context>
<context>
    <name>podwarden::TemplateListModel</name>
    <message>
        <source>On the service</source>
        <translation>Auf dem Dienst</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Changed, not pushed</source>
        <translation>Geändert, nicht übertragen</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Conflict: choose</source>
        <translation>Konflikt: bitte wählen</translation>
    </message>
    <message>
        <source>Deleted on the service</source>
        <translation>Auf dem Dienst gelöscht</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Draft saved on this computer %1.</source>
        <translation>Entwurf auf diesem Computer gespeichert, %1.</translation>
    </message>
</context>
<context>
    <name>podwarden::TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>Übe&amp;rtragen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is loaded yet. You can still draft a new template: it is kept on this computer and pushed when you choose.</source>
        <translation>Noch nichts geladen. Sie können trotzdem eine neue Vorlage entwerfen: Sie bleibt auf diesem Computer und wird übertragen, wann Sie wollen.</translation>
    </message>
    <message>
        <source>Choose a template to edit it, or make a new one. Edits are drafts on this computer until you push them.</source>
        <translation>Wählen Sie eine Vorlage zum Bearbeiten oder legen Sie eine neue an. Änderungen sind Entwürfe auf diesem Computer, bis Sie sie übertragen.</translation>
    </message>
    <message>
        <source>Send the draft to the service</source>
        <translation>Den Entwurf an den Dienst senden</translation>
    </message>
    <message>
        <source>Connect to the account to push drafts.</source>
        <translation>Verbinden Sie sich mit dem Konto, um Entwürfe zu übertragen.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>The draft could not be saved, so it would be lost if Podwarden closed: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden und ginge verloren, wenn Podwarden sich schließt: %1</translation>
    </message>
    <message>
        <source>You are not connected, so the draft stays on this computer. Connect and push again.</source>
        <translation>Sie sind nicht verbunden, daher bleibt der Entwurf auf diesem Computer. Verbinden Sie sich und übertragen Sie erneut.</translation>
    </message>
    <message>
        <source>The draft was not pushed; fix this first:</source>
        <translation>Der Entwurf wurde nicht übertragen; beheben Sie zuerst:</translation>
    </message>
    <message>
        <source>Pushing %1…</source>
        <translation>%1 wird übertragen…</translation>
    </message>
    <message>
        <source>%1 was pushed to the service.</source>
        <translation>%1 wurde an den Dienst übertragen.</translation>
    </message>
    <message>
        <source>Pushing your choice…</source>
        <translation>Ihre Auswahl wird übertragen…</translation>
    </message>
    <message>
        <source>The draft now matches the service&apos;s copy; your changes were set aside.</source>
        <translation>Der Entwurf entspricht jetzt der Fassung des Dienstes; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Nothing was pushed: %1 changed on the service. Your draft is kept; push again to choose.</source>
        <translation>Nichts wurde übertragen: %1 wurde auf dem Dienst geändert. Ihr Entwurf bleibt erhalten; übertragen Sie erneut, um zu wählen.</translation>
    </message>
    <message>
        <source>%1 was not pushed: %2 The draft is kept on this computer.</source>
        <translation>%1 wurde nicht übertragen: %2 Der Entwurf bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Discard draft?</source>
        <translation>Entwurf verwerfen?</translation>
    </message>
    <message>
        <source>Discard the draft of %1? The changes made on this computer since it was last pushed are lost.</source>
        <translation>Den Entwurf von %1 verwerfen? Die Änderungen auf diesem Computer seit der letzten Übertragung gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Vorlage löschen?</translation>
    </message>
    <message>
        <source>Delete the template %1 from the service? Pods and endpoints already made from it keep running; new ones cannot use it.</source>
        <translation>Die Vorlage %1 vom Dienst löschen? Bereits daraus erstellte Pods und Endpunkte laufen weiter; neue können sie nicht verwenden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>%1 was pushed, but the service kept its persistent volume: the API cannot remove a volume from an existing template.</source>
        <translation>%1 wurde übertragen, aber der Dienst hat das dauerhafte Volume behalten: Die API kann ein Volume nicht aus einer bestehenden Vorlage entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not deleted: the endpoint(s) %2 are built on it. Point them at another template or delete them first, then try again.</source>
        <translation>
            <numerusform>%1 wurde nicht gelöscht: Der Endpunkt %2 ist darauf aufgebaut. Stellen Sie ihn auf eine andere Vorlage um oder löschen Sie ihn zuerst, und versuchen Sie es dann erneut.</numerusform>
            <numerusform>%1 wurde nicht gelöscht: Die Endpunkte %2 sind darauf aufgebaut. Stellen Sie sie auf eine andere Vorlage um oder löschen Sie sie zuerst, und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not deleted: a pod or serverless endpoint still uses it (%2). Delete or change those first, then try again.</source>
        <translation>%1 wurde nicht gelöscht: Ein Pod oder Serverless-Endpunkt verwendet die Vorlage noch (%2). Löschen oder ändern Sie diese zuerst und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Push with missing secrets?</source>
        <translation>Mit fehlenden Geheimnissen übertragen?</translation>
    </message>
    <message>
        <source>These references will fail when a pod or worker boots from this template:

%1

Push anyway? You can create the secrets afterwards; the template does not change.</source>
        <translation>Diese Verweise schlagen fehl, wenn ein Pod oder Worker aus dieser Vorlage startet:

%1

Trotzdem übertragen? Sie können die Geheimnisse danach anlegen; die Vorlage ändert sich dadurch nicht.</translation>
    </message>
    <message>
        <source>Push &amp;anyway</source>
        <translation>&amp;Trotzdem übertragen</translation>
    </message>
    <message>
        <source>The draft was not pushed. Create the missing secrets, or push anyway.</source>
        <translation>Der Entwurf wurde nicht übertragen. Legen Sie die fehlenden Geheimnisse an oder übertragen Sie trotzdem.</translation>
    </message>
    <message>
        <source>Ne&amp;w template</source>
        <translation>Neue &amp;Vorlage</translation>
    </message>
    <message>
        <source>Discard d&amp;raft…</source>
        <translation>Entwurf ver&amp;werfen…</translation>
    </message>
    <message>
        <source>Missing secrets</source>
        <translation>Fehlende Geheimnisse</translation>
    </message>
    <message>
        <source>Only templates that reference a secret the account does not have</source>
        <translation>Nur Vorlagen, die auf ein Geheimnis verweisen, das das Konto nicht hat</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Nur anzeigen:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s) shown</source>
        <translation>
            <numerusform>%1 von %n Vorlage angezeigt</numerusform>
            <numerusform>%1 von %n Vorlagen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwarden::TryItPanel</name>
    <message>
        <source>Not JSON yet: %1 at character %2.</source>
        <translation>Noch kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The input must be a JSON object, such as {&quot;prompt&quot;: &quot;hello&quot;}.</source>
        <translation>Die Eingabe muss ein JSON-Objekt sein, etwa {&quot;prompt&quot;: &quot;hello&quot;}.</translation>
    </message>
    <message>
        <source>Calls the endpoint with the key Podwarden is signed in with. A job runs on a worker and may cost money; Health only reads the queue and the workers.</source>
        <translation>Ruft den Endpunkt mit dem Schlüssel auf, mit dem Podwarden angemeldet ist. Ein Job läuft auf einem Worker und kann Geld kosten; „Zustand“ liest nur die Warteschlange und die Worker.</translation>
    </message>
    <message>
        <source>Run a job and wait (POST /runsync)</source>
        <translation>Job ausführen und warten (POST /runsync)</translation>
    </message>
    <message>
        <source>Health (GET /health)</source>
        <translation>Zustand (GET /health)</translation>
    </message>
    <message>
        <source>Job input (JSON)</source>
        <translation>Job-Eingabe (JSON)</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>E&amp;ingabe:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <source>Connect to the account to call an endpoint.</source>
        <translation>Verbinden Sie sich mit dem Konto, um einen Endpunkt aufzurufen.</translation>
    </message>
    <message>
        <source>Not connected: connect to call the endpoint.</source>
        <translation>Nicht verbunden: Verbinden Sie sich, um den Endpunkt aufzurufen.</translation>
    </message>
    <message>
        <source>Running the job…</source>
        <translation>Der Job läuft…</translation>
    </message>
    <message>
        <source>Asking for the endpoint&apos;s health…</source>
        <translation>Der Zustand des Endpunkts wird abgefragt…</translation>
    </message>
    <message>
        <source>The signed-in key may not run jobs on this endpoint: that needs Read-Write access to it (Who can reach it lists the keys that have it).</source>
        <translation>Der angemeldete Schlüssel darf auf diesem Endpunkt keine Jobs ausführen: Dafür braucht er Zugriff „Lesen und Schreiben“ darauf („Wer ihn erreichen kann“ listet die Schlüssel, die ihn haben).</translation>
    </message>
    <message>
        <source>The signed-in key may not read this endpoint: that needs Read access to it (Who can reach it lists the keys that have it).</source>
        <translation>Der angemeldete Schlüssel darf diesen Endpunkt nicht lesen: Dafür braucht er Zugriff „Lesen“ darauf („Wer ihn erreichen kann“ listet die Schlüssel, die ihn haben).</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>waited %1 ms in the queue</source>
        <translation>%1 ms in der Warteschlange gewartet</translation>
    </message>
    <message>
        <source>ran %1 ms</source>
        <translation>%1 ms gelaufen</translation>
    </message>
    <message>
        <source>Still running after the wait; the job goes on on the service.</source>
        <translation>Läuft nach der Wartezeit noch; der Job wird auf dem Dienst fortgesetzt.</translation>
    </message>
    <message>
        <source>C&amp;all:</source>
        <translation>&amp;Aufruf:</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>Health: %1 workers running, %2 idle; %3 jobs in the queue.</source>
        <translation>Zustand: %1 Worker laufen, %2 im Leerlauf; %3 Jobs in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>podwarden::WorkersPanel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Im Leerlauf</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Wird initialisiert</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Still runs the old value of</source>
        <translation>Läuft noch mit altem Wert von</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>v%1 (stale)</source>
        <translation>v%1 (veraltet)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Make a new release, so the service replaces every worker one by one and each new worker reads the secrets as they are now.</source>
        <translation>Ein neues Release erstellen, sodass der Dienst jeden Worker nacheinander ersetzt und jeder neue Worker die Geheimnisse in ihrem jetzigen Stand liest.</translation>
    </message>
    <message>
        <source>Not connected: the workers are asked of the service, so connect to see them.</source>
        <translation>Nicht verbunden: Die Worker werden beim Dienst abgefragt; verbinden Sie sich, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The workers could not be read: %1</source>
        <translation>Die Worker konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Runs an older configuration than the endpoint&apos;s current one; the service replaces it during the rollout.</source>
        <translation>Läuft mit einer älteren Konfiguration als der aktuellen des Endpunkts; der Dienst ersetzt ihn während des Rollouts.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>Started before the value of %1 was replaced; it runs the old value until it is replaced.</source>
        <translation>Vor dem Ersetzen des Werts von %1 gestartet; läuft mit dem alten Wert, bis er selbst ersetzt wird.</translation>
    </message>
    <message>
        <source>No active workers: the endpoint has scaled to zero. New workers read the secrets as they are when they start.</source>
        <translation>Keine aktiven Worker: Der Endpunkt ist auf null skaliert. Neue Worker lesen die Geheimnisse so, wie sie beim Start sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s): %1 running, %2 idle, %3 initializing.</source>
        <translation>
            <numerusform>%n Worker: %1 laufend, %2 im Leerlauf, %3 in Initialisierung.</numerusform>
            <numerusform>%n Worker: %1 laufend, %2 im Leerlauf, %3 in Initialisierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout under way: %1 of %2 workers run version %3 (%4 %).</source>
        <translation>Rollout läuft: %1 von %2 Workern laufen mit Version %3 (%4 %).</translation>
    </message>
    <message>
        <source>Every worker runs the current configuration, version %1.</source>
        <translation>Jeder Worker läuft mit der aktuellen Konfiguration, Version %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) still run an old secret value; Roll workers replaces them.</source>
        <translation>
            <numerusform>%n Worker läuft noch mit einem alten Geheimniswert; „Worker erneuern“ ersetzt ihn.</numerusform>
            <numerusform>%n Worker laufen noch mit einem alten Geheimniswert; „Worker erneuern“ ersetzt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1, %2: %3</source>
        <translation>Version %1, %2: %3</translation>
    </message>
    <message>
        <source>no field changed (workers rolled)</source>
        <translation>kein Feld geändert (Worker erneuert)</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>Latest releases:</source>
        <translation>Neueste Releases:</translation>
    </message>
    <message>
        <source>Connect to the account to roll the workers.</source>
        <translation>Verbinden Sie sich mit dem Konto, um die Worker zu erneuern.</translation>
    </message>
    <message>
        <source>Roll the workers of %1?</source>
        <translation>Die Worker von %1 erneuern?</translation>
    </message>
    <message>
        <source>The endpoint gets a new release with the same configuration. The service then replaces its workers one by one; each new worker reads the secrets as they are now. Jobs in progress finish on the old workers first.</source>
        <translation>Der Endpunkt erhält ein neues Release mit derselben Konfiguration. Der Dienst ersetzt dann seine Worker nacheinander; jeder neue Worker liest die Geheimnisse in ihrem jetzigen Stand. Laufende Jobs werden zuerst auf den alten Workern beendet.</translation>
    </message>
    <message>
        <source>Roll workers</source>
        <translation>Worker erneuern</translation>
    </message>
    <message>
        <source>Roll wor&amp;kers…</source>
        <translation>W&amp;orker erneuern…</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
</context>
<context>
    <name>podwarden::WriteAccessWarningDialog</name>
    <message>
        <source>Grant write access?</source>
        <translation>Schreibzugriff gewähren?</translation>
    </message>
    <message>
        <source>This key will be able to change your whole account.</source>
        <translation>Dieser Schlüssel wird Ihr gesamtes Konto ändern können.</translation>
    </message>
    <message>
        <source>The key “%1” will be able to change your whole account.</source>
        <translation>Der Schlüssel „%1“ wird Ihr gesamtes Konto ändern können.</translation>
    </message>
    <message>
        <source>Read-Write access to the API (GraphQL and REST) lets whoever holds this key:</source>
        <translation>Mit Lese- und Schreibzugriff auf die API (GraphQL und REST) kann jeder, der diesen Schlüssel hat:</translation>
    </message>
    <message>
        <source>create and delete pods, serverless endpoints and templates</source>
        <translation>Pods, Serverless-Endpunkte und Vorlagen anlegen und löschen</translation>
    </message>
    <message>
        <source>create and delete secrets and other API keys</source>
        <translation>Geheimnisse und andere API-Schlüssel anlegen und löschen</translation>
    </message>
    <message>
        <source>start GPU work that is charged to your account&apos;s balance</source>
        <translation>GPU-Arbeit starten, die vom Guthaben Ihres Kontos bezahlt wird</translation>
    </message>
    <message>
        <source>Anyone who finds the key in a log, a repository or a shared script can do the same.</source>
        <translation>Wer den Schlüssel in einem Log, einem Repository oder einem geteilten Skript findet, kann dasselbe.</translation>
    </message>
    <message>
        <source>Give a key only what it needs: API Read to look at the account, or Restricted with just the endpoints it calls. A key that only invokes endpoints needs no API access at all.</source>
        <translation>Geben Sie einem Schlüssel nur, was er braucht: API-Lesezugriff, um das Konto anzusehen, oder Eingeschränkt mit nur den Endpunkten, die er aufruft. Ein Schlüssel, der nur Endpunkte aufruft, braucht gar keinen API-Zugriff.</translation>
    </message>
    <message>
        <source>&amp;I understand that this key can create, delete and spend on my account</source>
        <translation>&amp;Ich verstehe, dass dieser Schlüssel in meinem Konto anlegen, löschen und Geld ausgeben kann</translation>
    </message>
    <message>
        <source>&amp;Grant write access</source>
        <translation>Schreibzugriff &amp;gewähren</translation>
    </message>
</context>
</TS>
