<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API read/write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all endpoints read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all endpoints read/write</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom statement(s)</source>
        <translation>
            <numerusform>%n custom statement</numerusform>
            <numerusform>%n custom statements</numerusform>
        </translation>
    </message>
    <message>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Podwarden: a desktop console for scoped API keys, write-only secrets and pod templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, such as en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to this file once it has opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the screenshot has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown colour scheme “%1”; use system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after-screenshot needs --screenshot FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEvent</name>
    <message>
        <source>%1 created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enabled %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disabled %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the access of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaced the value of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited the description of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodeError</name>
    <message>
        <source>the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is malformed: “%1” should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is incomplete: “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply has an invalid value in “%1” (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name for the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret name can have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret name must start with a letter or an underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed in a secret name. Use letters, digits, underscores, dots, hyphens and slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret names must not begin with “RUNPOD”; that prefix is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret named “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value for the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret value must be smaller than 16 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description can be at most %1 bytes long; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable name must start with a letter or an underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed in a variable name. Use letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template can have at most %1 environment variables; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is set more than once; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no secret named “%1”; pods booted from this template would fail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::MainWindow</name>
    <message>
        <source>Podwarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · no account connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Podwarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every API key of the account with its access, when it was created and last used, and a switch to turn it off. Create keys with exactly the access they need; the new key is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-only secrets: create, replace, describe, audit and delete them. A value is sent once and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod and serverless templates whose environment references secrets. Draft them offline and push them when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless endpoints, which keys can reach each one, and ready-made invocation commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risky keys, the history of changes to keys and secrets, and exports to CSV and JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Podwarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Podwarden %1&lt;/h3&gt;&lt;p&gt;A desktop console for the people who hold the keys to a GPU cloud account: scoped API keys, write-only secrets and pod templates.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account key stays in the system keyring. Secret values are sent once and never stored.&lt;br&gt;Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::NotYetAvailablePage</name>
    <message>
        <source>This screen is not available in this version of Podwarden yet. Nothing here talks to your account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
