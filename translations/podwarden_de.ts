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
        <translation>Podwarden: eine Desktop-Konsole für eingeschränkte API-Schlüssel, nur schreibbare Secrets und Pod-Vorlagen.</translation>
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
        <source>Save a PNG of the main window to this file once it has opened.</source>
        <translation>Nach dem Öffnen ein PNG des Hauptfensters in diese Datei speichern.</translation>
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
    <name>Validation</name>
    <message>
        <source>Enter a name for the secret.</source>
        <translation>Geben Sie einen Namen für das Secret ein.</translation>
    </message>
    <message>
        <source>A secret name can have at most %1 characters; this one has %2.</source>
        <translation>Ein Secret-Name darf höchstens %1 Zeichen haben; dieser hat %2.</translation>
    </message>
    <message>
        <source>A secret name must start with a letter or an underscore.</source>
        <translation>Ein Secret-Name muss mit einem Buchstaben oder einem Unterstrich beginnen.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in a secret name. Use letters, digits, underscores, dots, hyphens and slashes.</source>
        <translation>„%1“ ist in einem Secret-Namen nicht erlaubt. Verwenden Sie Buchstaben, Ziffern, Unterstriche, Punkte, Bindestriche und Schrägstriche.</translation>
    </message>
    <message>
        <source>Secret names must not begin with “RUNPOD”; that prefix is reserved.</source>
        <translation>Secret-Namen dürfen nicht mit „RUNPOD“ beginnen; dieses Präfix ist reserviert.</translation>
    </message>
    <message>
        <source>A secret named “%1” already exists. Choose another name.</source>
        <translation>Ein Secret namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter a value for the secret.</source>
        <translation>Geben Sie einen Wert für das Secret ein.</translation>
    </message>
    <message>
        <source>A secret value must be smaller than 16 MiB.</source>
        <translation>Der Wert eines Secrets muss kleiner als 16 MiB sein.</translation>
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
        <translation>Es gibt kein Secret namens „%1“; Pods, die von dieser Vorlage starten, würden fehlschlagen.</translation>
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
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Every API key of the account with its access, when it was created and last used, and a switch to turn it off. Create keys with exactly the access they need; the new key is shown once.</source>
        <translation>Jeder API-Schlüssel des Kontos mit seinem Zugriff, wann er erstellt und zuletzt benutzt wurde, und einem Schalter zum Abschalten. Erstellen Sie Schlüssel mit genau dem Zugriff, den sie brauchen; der neue Schlüssel wird einmal angezeigt.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Write-only secrets: create, replace, describe, audit and delete them. A value is sent once and never shown again.</source>
        <translation>Nur schreibbare Secrets: erstellen, ersetzen, beschreiben, prüfen und löschen. Ein Wert wird einmal gesendet und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Pod and serverless templates whose environment references secrets. Draft them offline and push them when you are ready.</source>
        <translation>Pod- und Serverless-Vorlagen, deren Umgebung auf Secrets verweist. Entwerfen Sie sie offline und übertragen Sie sie, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Serverless endpoints, which keys can reach each one, and ready-made invocation commands.</source>
        <translation>Serverless-Endpunkte, welche Schlüssel jeden erreichen, und fertige Aufrufbefehle.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Risky keys, the history of changes to keys and secrets, and exports to CSV and JSON.</source>
        <translation>Riskante Schlüssel, der Verlauf der Änderungen an Schlüsseln und Secrets und Exporte nach CSV und JSON.</translation>
    </message>
    <message>
        <source>About Podwarden</source>
        <translation>Über Podwarden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Podwarden %1&lt;/h3&gt;&lt;p&gt;A desktop console for the people who hold the keys to a GPU cloud account: scoped API keys, write-only secrets and pod templates.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Podwarden %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für alle, die die Schlüssel zu einem GPU-Cloud-Konto verwalten: eingeschränkte API-Schlüssel, nur schreibbare Secrets und Pod-Vorlagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your account key stays in the system keyring. Secret values are sent once and never stored.&lt;br&gt;Built with Qt %1.</source>
        <translation>Ihr Kontoschlüssel bleibt im Schlüsselbund des Systems. Werte von Secrets werden einmal gesendet und nie gespeichert.&lt;br&gt;Erstellt mit Qt %1.</translation>
    </message>
</context>
<context>
    <name>podwarden::NotYetAvailablePage</name>
    <message>
        <source>This screen is not available in this version of Podwarden yet. Nothing here talks to your account.</source>
        <translation>Diese Ansicht ist in dieser Version von Podwarden noch nicht verfügbar. Nichts hier greift auf Ihr Konto zu.</translation>
    </message>
</context>
</TS>
