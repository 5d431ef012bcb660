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
    <message>
        <source>Do not connect: work from the last copy of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --offline cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to this file once the account is on screen, and print how long that took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local sandbox service with demo data and connect to it. --sandbox paperspace starts one that speaks Paperspace&apos;s API instead of Runpod&apos;s (--sandbox runpod, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sandbox “%1”; use --sandbox runpod or --sandbox paperspace.</source>
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
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rolled %2 to a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the expiry of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Type %1 to confirm:</source>
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
    <name>ExpiryReminders</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) expire within a day</source>
        <translation>
            <numerusform>%n API key expires within a day</numerusform>
            <numerusform>%n API keys expire within a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) expire within %1 days</source>
        <translation>
            <numerusform>%n API key expires within %1 days</numerusform>
            <numerusform>%n API keys expire within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll them, or give them a later expiry, in Podwarden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Cannot create the folder of the local store “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the local store “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the local store “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store “%1” was written by a newer version of Podwarden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store “%1” is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to the local store “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the local store “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved account in the local store “%1” is damaged and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove from the local store “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft in the local store “%1” is damaged and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PEM file of extra trusted certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperspaceSecrets</name>
    <message>
        <source>Enter a name for the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret name can have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret name must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret name may hold only letters, digits and underscores, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value for the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret value can have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A service address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid service address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” uses plain http, which would send your key unencrypted. Use https; http is allowed only to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the id of the Paperspace project whose deployments and secrets to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Paperspace project id: use the id from the project&apos;s settings, letters, digits, _ and - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Paperspace team id: use letters, digits, _ and - only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 (protected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwarden sends the account key over plain http only to this computer. Use an https:// address for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the profile&apos;s address and your network connection; if it is the sandbox, start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not trusted (%2), so Podwarden did not send the key. If the service uses a private certificate authority, add its CA file to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request to another address (%2). Podwarden does not follow it, so the key never leaves the service&apos;s own address. Check the profile&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not accept the account key (%1). The key may be mistyped, disabled or revoked: paste a valid key in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account key is valid but does not allow this (%1). Use a key with more access, or ask the account owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists on the service; it may have been deleted elsewhere. Refresh to see the account as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is already taken. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is already taken (%1). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the input. Check the fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the input: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The service&apos;s rate limit was reached. Try again in %n second(s).</source>
        <translation>
            <numerusform>The service&apos;s rate limit was reached. Try again in %n second.</numerusform>
            <numerusform>The service&apos;s rate limit was reached. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service&apos;s rate limit was reached. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had a problem of its own (HTTP %1). Try again in a moment; if it keeps happening, check the service&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check that the profile&apos;s address (%2) points at the service&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s balance is too low for this (HTTP 402). Add funds in the cloud&apos;s console, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s balance is too low for this (%1). Add funds in the cloud&apos;s console, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the service accepts (HTTP 413). Shorten the environment variables, the command or the value, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the service accepts (%1). Shorten the environment variables, the command or the value, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept redirecting the request without ever answering it, so Podwarden gave up. Check the profile&apos;s address; if it is right, the service is misconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2, far more than this request can need, so Podwarden stopped reading it and kept nothing of it. The service, or something between you and it, is not working as it should; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account key has expired, so the service refuses it. Give it a later expiry (or none) from a key with API write access, or use another key (File ▸ Profiles…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateComparison</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container disk (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB at %2</source>
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
    <message>
        <source>Enter a name for the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the container image, such as runpod/pytorch:2.4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image reference cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container disk must be at least 1 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port. Write each as number/protocol, such as 8888/http or 22/tcp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persistent volume must be at least 10 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume&apos;s mount path must be absolute, such as /workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a CUDA version. Write major.minor, such as 12.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A start command that begins with { must be the exec form {&quot;entrypoint&quot;: [...], &quot;cmd&quot;: [...]} with lists of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start command has a quote that is not closed, or ends in a lone backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A space is not allowed in a secret name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tab is not allowed in a secret name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line break is not allowed in a secret name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-breaking space is not allowed in a secret name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A space character (U+%1) is not allowed in a secret name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invisible character (U+%1) is not allowed in a secret name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed in a secret name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, underscores, dots, hyphens and slashes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::AccessLevelDelegate</name>
    <message>
        <source>Access to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::AccountChanges</name>
    <message>
        <source>You are not connected, so nothing was changed. Connect from the Overview (F5) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was made, but Podwarden had moved on to another account meanwhile. Refresh (F5) to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key is no longer in the account. Refresh (F5) to see the account as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was not enabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was not disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 was created. Templates can use it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 was not replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 was replaced. Pods booted from now on use the new value; running pods keep the old one until they restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That secret is no longer in the account. Refresh (F5) to see the account as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwarden is signed in with key %1, whose access does not include all of %2&apos;s. A key can change or revoke only keys whose access is within its own, so %2 was left as it is. To change it, sign in with a key that holds at least its access (an All key holds everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwarden is signed in with key %1, which cannot grant more than it holds itself, so %2 was left as it is. Grant less, or sign in with a key that holds this access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access of key %1 to %2 was not changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 no longer has its own grant of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 now has %2 access to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was not restarted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was not started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was not stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was not terminated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That endpoint is no longer in the account. Refresh (F5) to see the account as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workers of %1 were not rolled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new release: its workers are replaced one by one, and each new worker reads the secrets as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile names no team, so there are no team secrets to add to. Add the team ID in File ▸ Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 was created in the %2&apos;s secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 was replaced. Deployments take it at their next deploy; until then they keep the old value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 was deleted from the %2&apos;s secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That deployment is no longer in the account. Refresh (F5) to see the account as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not protected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not made public: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is redeployed and protected: its endpoint now wants the Basic token made from the value of %2. Calls without it get 401.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is redeployed and public: anyone who knows its endpoint URL can call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project secret %1 was created, but: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not redeployed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is redeployed: its endpoint now accepts the token of the secret&apos;s current value and refuses the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is redeployed with its secrets&apos; current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5) to see it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is no longer in the account: it was revoked since. Refresh to see the account as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was not rolled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was rolled to %2. Both work until you finish the roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was not revoked here: it had been revoked elsewhere already, and is gone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::AccountListPage</name>
    <message>
        <source>No account is connected. Connect one from the Overview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ApiKeyDialog</name>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What uses the key, e.g. ci-deployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-Write access to the API and to every endpoint, present and future: it can create, change and delete anything on the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read access to the API and to every endpoint, present and future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the API level and the access to each endpoint. The safest choice: give a key only what it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management API (GraphQL and REST): Read lists the account&apos;s pods, endpoints, templates and keys; Read-Write also creates, changes and deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to every endpoint, present and future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API (GraphQL and REST) &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every endpoint, present and future:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints and this key&apos;s access to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or the keys 0, 1 and 2 set the access of the current endpoint; F2 opens a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access for every endpoint shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set all s&amp;hown to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to every endpoint shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key can do nothing yet: give it access to the API or to at least one endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s policy has statements Podwarden does not edit. They are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key “%1” (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit API key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a name that says what uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another key is already called “%1”. That is allowed, but a distinct name is easier to tell apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no serverless endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <comment>endpoints</comment>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read-write</source>
        <comment>endpoints</comment>
        <translation>
            <numerusform>%n read-write</numerusform>
            <numerusform>%n read-write</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s): %1</source>
        <translation>
            <numerusform>%n endpoint: %1</numerusform>
            <numerusform>%n endpoints: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as the key has on every endpoint, present and future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “Set all shown”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the access the endpoints had before “Set all shown”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every endpoint shown has %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>endpoints</comment>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) set to %1.</source>
        <translation>
            <numerusform>%n endpoint set to %1.</numerusform>
            <numerusform>%n endpoints set to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) have their access back.</source>
        <translation>
            <numerusform>%n endpoint has its access back.</numerusform>
            <numerusform>%n endpoints have their access back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every endpoint, present and future: Read; %n of them Read-Write</source>
        <translation>
            <numerusform>Every endpoint, present and future: Read; %n of them Read-Write</numerusform>
            <numerusform>Every endpoint, present and future: Read; %n of them Read-Write</numerusform>
        </translation>
    </message>
    <message>
        <source>Every endpoint, present and future: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a legacy key, made before keys had scopes. The service lets it be enabled, disabled, given an expiry or revoked, but not renamed or given other access. To narrow what it can do, roll it (Roll… on its page) into a scoped key, move its programs to the new key, and narrow or finish the roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys with API write access need an expiry (File ▸ Preferences…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ApiKeyTableModel</name>
    <message>
        <source>A legacy key, made before scoped keys existed: it can only be enabled or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can change the account through the API (GraphQL and REST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has never been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1. The service refuses it; it stays in the list until it is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, prefixes and creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only keys that are switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only keys made before keys had scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only keys that have never been used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only keys not used in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only keys that can change the account through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 of %n key shown</numerusform>
            <numerusform>%1 of %n keys shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys have not been loaded. Connect to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no API keys yet. Create one with New key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to change its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not connected, so keys cannot be changed now. Connect from the Overview and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable key %1? Programs that use it can call the service again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable key %1? Programs using it get 401 until you enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating key %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving key %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key %1? Programs using it get 401 from now on. A revoked key cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the key Podwarden uses?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the key Podwarden is signed in with. Disabling it signs Podwarden out of this account at once, and only another key with API write access can enable it again (File ▸ Profiles… lets you use another key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key Podwarden uses?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the key Podwarden is signed in with. Revoking it signs Podwarden out of this account for good: you will need another key to connect again (File ▸ Profiles…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service does not offer API key management through its API: it answered “not found” for the key routes, as the Runpod cloud does today. Everything else works.

Manage the account&apos;s keys in the Runpod console instead: Settings ▸ API Keys (https://www.runpod.io/console/user/settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key can do, when it was made and used, and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only keys that have expired or expire within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the keys shown (all of them, or those the search and filters keep) to a CSV or JSON file: names, prefixes, access, dates. Never a key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n key(s)…</source>
        <translation>
            <numerusform>Exporting %n key…</numerusform>
            <numerusform>Exporting %n keys…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n key(s) to %1.</source>
        <translation>
            <numerusform>Exported %n key to %1.</numerusform>
            <numerusform>Exported %n keys to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecte&amp;d keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set e&amp;xpiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %n key(s)</source>
        <translation>
            <numerusform>Set the expiry of %n key</numerusform>
            <numerusform>Set the expiry of %n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n key(s)?</source>
        <translation>
            <numerusform>Disable %n key?</numerusform>
            <numerusform>Disable %n keys?</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls with these keys get 401 until they are enabled again:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enable %n key(s)?</source>
        <translation>
            <numerusform>Enable %n key?</numerusform>
            <numerusform>Enable %n keys?</numerusform>
        </translation>
    </message>
    <message>
        <source>These keys work again, with the access each has:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %n key(s)?</source>
        <translation>
            <numerusform>Set the expiry of %n key?</numerusform>
            <numerusform>Set the expiry of %n keys?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys stop working %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys no longer expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s)?</source>
        <translation>
            <numerusform>Revoke %n key?</numerusform>
            <numerusform>Revoke %n keys?</numerusform>
        </translation>
    </message>
    <message>
        <source>These keys stop working for good, and whatever uses them fails. This cannot be undone:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changing %n key(s)…</source>
        <translation>
            <numerusform>Changing %n key…</numerusform>
            <numerusform>Changing %n keys…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing keys: %1 of %2 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disabled %1 of %n key(s).</source>
        <translation>
            <numerusform>Disabled %1 of %n key.</numerusform>
            <numerusform>Disabled %1 of %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %1 of %n key(s).</source>
        <translation>
            <numerusform>Enabled %1 of %n key.</numerusform>
            <numerusform>Enabled %1 of %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the expiry of %1 of %n key(s).</source>
        <translation>
            <numerusform>Set the expiry of %1 of %n key.</numerusform>
            <numerusform>Set the expiry of %1 of %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s).</source>
        <translation>
            <numerusform>Revoked %1 of %n key.</numerusform>
            <numerusform>Revoked %1 of %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n refused:</numerusform>
            <numerusform>%n refused:</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;oll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish the roll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the roll?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls with %1 get 401 from now on; %2 keeps working. Do this once everything that used %1 uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1 too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled. Revoke it as well? A revoked key cannot be brought back; a disabled one can be switched on again if something still needed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled; revoke it once nothing needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable, enable, set the expiry of, narrow to what they use or revoke every selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrow to what they use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the last narrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed the access of %1 of %n key(s).</source>
        <translation>
            <numerusform>Changed the access of %1 of %n key.</numerusform>
            <numerusform>Changed the access of %1 of %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading how %n key(s) were used…</source>
        <translation>
            <numerusform>Reading how %n key was used…</numerusform>
            <numerusform>Reading how %n keys were used…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading how the keys were used: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Narrowed the access of %1 of %n key(s) to what they used.</source>
        <translation>
            <numerusform>Narrowed the access of %1 of %n key to what it used.</numerusform>
            <numerusform>Narrowed the access of %1 of %n keys to what they used.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave %1 of %n key(s) back the access they had.</source>
        <translation>
            <numerusform>Gave %1 of %n key back the access it had.</numerusform>
            <numerusform>Gave %1 of %n keys back the access they had.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old key stops working %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its cut-over date could not be set: %1 Finish the roll by hand instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keys with API write access need an expiry (File ▸ Preferences…), and %n of the selected have it: %1.</source>
        <translation>
            <numerusform>Keys with API write access need an expiry (File ▸ Preferences…), and %n of the selected has it: %1.</numerusform>
            <numerusform>Keys with API write access need an expiry (File ▸ Preferences…), and %n of the selected have it: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the key Podwarden is signed in with: it keeps its API write access, which changing keys (and undoing this) needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::AppController</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · no account connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the local sandbox at %1. Demo data: nothing here touches a real account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the copy saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s key file in %1 could not be read. Delete that folder to start with a fresh demo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secret(s)</source>
        <translation>
            <numerusform>%Ln secret</numerusform>
            <numerusform>%Ln secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln template</numerusform>
            <numerusform>%Ln templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endpoint(s)</source>
        <translation>
            <numerusform>%Ln endpoint</numerusform>
            <numerusform>%Ln endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the account… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pod(s)</source>
        <translation>
            <numerusform>%Ln pod</numerusform>
            <numerusform>%Ln pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperspace sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::AuditEventTableModel</name>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people, keys, resources and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the service, which looks in the actor, the resource and the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day comes after the last: choose a range that goes forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s service keeps no history that Podwarden can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected service does not offer the account&apos;s audit history through its API (it answered “not found”, as the Runpod cloud does today). See it in the Runpod console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the account: it was deleted or revoked since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>older ones load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account&apos;s history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to see its history: every key, secret, template and endpoint change, who made it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened in this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load o&amp;lder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole days, your time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events &amp;by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every event of these filters, not only those loaded, to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to export its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::BasicHeaderDialog</name>
    <message>
        <source>Basic header for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers of %1 send the header Authorization: Basic, made of the user paperspace and the value of %2. Paperspace never shows that value again, so the header can be built only while you have it: type or paste it here. Nothing of it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls the endpoint once with this header and says whether it is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copies are marked as passwords and cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Copies are marked as passwords and cleared from the clipboard after %n second.</numerusform>
            <numerusform>Copies are marked as passwords and cleared from the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: connect to try the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the endpoint answered with success for this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (401): the endpoint does not accept this token. If the secret&apos;s value changed after the last deploy, the endpoint still wants the old one until you redeploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::BulkKeyChange</name>
    <message>
        <source>%1: its access changed meanwhile; it was left as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key is no longer in the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::CreatePaperspaceSecretDialog</name>
    <message>
        <source>New secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is sent once and never shown again, by Paperspace or by Podwarden. Deployments use it as %1, in an env value or as the token of a protected endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to %1 characters: letters, digits and _, starting with a letter. The name cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: read by this project&apos;s deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: read by every project of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile names no team; add its team ID in File ▸ Profiles for team secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has a secret named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team already has a secret named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has a secret named %1 too. The project&apos;s wins: deployments of this project will read the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has a secret named %1, and the project&apos;s wins: this project&apos;s deployments will not read the team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::CreateSecretDialog</name>
    <message>
        <source>New secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is sent once and never shown again, by the service or by Podwarden. Templates use it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to %1 characters: letters, digits, _ . - /, starting with a letter or _; not starting with RUNPOD. The name cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::CredentialStore</name>
    <message>
        <source>Your key could not be read from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key could not be saved in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key could not be removed from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied. Allow Podwarden to use the keyring when asked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked or there is no default keyring. Unlock or create it (for example in “Passwords and Keys” or KWallet Manager), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available, so your key is kept for this session only. To have Podwarden remember it, install and start GNOME Keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::DeletePaperspaceSecretDialog</name>
    <message>
        <source>Delete secret %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the project&apos;s secret %1 cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the team&apos;s secret %1 cannot be undone; every project of the team loses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment of this project references it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) reference it. They keep running as deployed, but their next deploy is refused until the reference is changed or a secret of this name exists again:</source>
        <translation>
            <numerusform>%n deployment references it. It keeps running as deployed, but its next deploy is refused until the reference is changed or a secret of this name exists again:</numerusform>
            <numerusform>%n deployments reference it. They keep running as deployed, but their next deploy is refused until the reference is changed or a secret of this name exists again:</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployments that reference it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the secret&apos;s name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::DeleteSecretDialog</name>
    <message>
        <source>Delete secret %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 cannot be undone. The value is gone for good, and the name can be used again by a new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template references it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) still reference it. They are not changed, but pods booted from them will fail to start until the reference is removed or a secret with this name exists again:</source>
        <translation>
            <numerusform>%n template still references it. It is not changed, but pods booted from it will fail to start until the reference is removed or a secret with this name exists again:</numerusform>
            <numerusform>%n templates still reference it. They are not changed, but pods booted from them will fail to start until the reference is removed or a secret with this name exists again:</numerusform>
        </translation>
    </message>
    <message>
        <source>Templates that reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the secret, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) and pod(s) read it when they boot. What runs now keeps its value; the next start of these fails:</source>
        <translation>
            <numerusform>%n endpoint or pod reads it when it boots. What runs now keeps its value; its next start fails:</numerusform>
            <numerusform>%n endpoints and pods read it when they boot. What runs now keeps its value; the next start of these fails:</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints and pods that read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::DeploymentTableModel</name>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy: still accepts the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy: runs old secret values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls need the header Authorization: Basic, user paperspace, password the value of the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who knows the endpoint URL can call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the token) changed %2, after the last deploy %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2, after the last deploy %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::DeploymentsPage</name>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make p&amp;ublic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, URLs and secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;token secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A secret changed after the last deploy of %n deployment(s): %1.</source>
        <translation>
            <numerusform>A secret changed after the last deploy of %n deployment: %1.</numerusform>
            <numerusform>A secret changed after the last deploy of %n deployments: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deployment(s) shown</source>
        <translation>
            <numerusform>%1 of %n deployment shown</numerusform>
            <numerusform>%1 of %n deployments shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the deployments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployments could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployments have not been loaded. Connect to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no deployments. Create them in the Paperspace console or with its CLI; they appear here with their endpoint security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to change its deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not connected, so deployments cannot be changed now. Connect from the Overview and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 public?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be redeployed without Basic auth: anyone who knows its endpoint URL can call it, on your account&apos;s balance. The secret stays; you can protect it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make public and redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected deployment keeps accepting the old token, and refuses the new one, until it is redeployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each runs the old value until it is redeployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy: still accepts the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basic header…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::EditSecretDescriptionDialog</name>
    <message>
        <source>Description of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the description changes; the value and the pods that use it are not touched. Leave it empty to remove the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::EndpointAccessModel</name>
    <message>
        <source>Queue endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load-balancing endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s policy names this endpoint, but the account does not list it: it was deleted, or is not loaded yet. Its access is kept unless you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::EndpointDialog</name>
    <message>
        <source>Run and wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run (queue):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry a job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream a job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrets it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can &amp;reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ready command. It reads the key from the RUNPOD_API_KEY environment variable: set that in your shell first. Podwarden never puts a key in a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the keys that can reach this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that can reach this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint is no longer in the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers: at least %1, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: no secret has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers that boot now fail to start: create the secret, or change the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint&apos;s env references no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret it references exists. New workers read their values when they boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) name a secret that does not exist: workers that boot now fail.</source>
        <translation>
            <numerusform>%n reference names a secret that does not exist: workers that boot now fail.</numerusform>
            <numerusform>%n references name a secret that does not exist: workers that boot now fail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its template %1 is not in the account any more, so references there cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected service does not list the account&apos;s keys, so who can reach this endpoint cannot be shown. See the keys in the Runpod console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enabled key(s) can run jobs here (Read-Write)</source>
        <translation>
            <numerusform>%n enabled key can run jobs here (Read-Write)</numerusform>
            <numerusform>%n enabled keys can run jobs here (Read-Write)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more can only read status and health (Read).</source>
        <translation>
            <numerusform>%n more can only read status and health (Read).</numerusform>
            <numerusform>%n more can only read status and health (Read).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the account to change who can reach this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 will be able to run and cancel jobs on %2, which uses its workers and costs money, and read their results. Its other access stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 will be able to read job status and the health of %2, but not run jobs. Its other access stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 will no longer reach %2 through its own grant (it keeps any access it has to every endpoint). Clients using it for %2 get 403 from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give key %1 %2 access to this endpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change key %1 from %2 to %3 on this endpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key %1&apos;s grant of this endpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2…, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a key access to this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy comma&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has All access, which reaches every endpoint; narrow it in the key&apos;s own dialog on the API keys screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has a grant on every endpoint; narrow it in the key&apos;s own dialog on the API keys screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key may reach the endpoint through a policy statement Podwarden cannot read; change it in the key&apos;s own dialog on the API keys screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::EndpointTableModel</name>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 and at most %2 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet: health is asked for the endpoints in view while connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running · %2 idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers: %1 running, %2 idle, %3 initializing, %4 throttled.
Jobs: %5 in queue, %6 in progress, %7 completed, %8 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not say which template this endpoint was made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can &amp;reach it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, IDs and templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running · %2 idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrets it needs…</source>
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
        <source>%1 of %n endpoint(s) shown</source>
        <translation>
            <numerusform>%1 of %n endpoint shown</numerusform>
            <numerusform>%1 of %n endpoints shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints have not been loaded. Connect to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no serverless endpoints. Create one in the Runpod console; it appears here after the next refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to call an endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::EnvTableModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::EnvValueDelegate</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a secret reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::EventsExport</name>
    <message>
        <source>Connect to the account to export its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ExpiryField</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works until it is disabled or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the key expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::FirstRunDialog</name>
    <message>
        <source>Welcome to Podwarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwarden manages the API keys, secrets and templates of a GPU cloud account. How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an API key. It is kept in the system keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local service with a demo account on this computer: nothing you do there touches a real account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft templates without a connection; connect an account later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key to connect with. Create one in the cloud console&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwarden needs a key that can read the account: one with All or Read Only access, or Restricted with API read. The key goes to the system keyring; the settings keep only the addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Podwarden to an account with its API key, try the sandbox, or work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwarden needs an API key of the Paperspace team that owns the project. The key goes to the system keyring; the settings keep only the addresses and ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::KeyAdvice</name>
    <message>
        <source>The key is no longer in the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to read how the key was used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::KeyDetailsDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy key, made before keys had scopes: it can do everything the account can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything: it can read and change the account through the API (create and delete pods and endpoints, on your balance) and call every endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: it can read the account and call nothing that changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can read and change the account through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can read the account through the API, not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot use the account&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can call every endpoint (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It can call %n endpoint(s), listed below.</source>
        <translation>
            <numerusform>It can call %n endpoint, listed below.</numerusform>
            <numerusform>It can call %n endpoints, listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>It can call no endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also has statements of its own that Podwarden shows but does not edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: calls with it get 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key can call, endpoint by endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy key&apos;s access cannot be changed; roll it into a scoped key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to see the history of this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events recorded for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: calls with it get 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ndpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the key last used each grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What narrowing the key would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make its successor with the same access; both work until you finish the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narro&amp;w to what it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to see how this key was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading how the key was used…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>When it last used each grant. A grant unused for %n day(s) is one it can do without.</source>
        <translation>
            <numerusform>When it last used each grant. A grant unused for %n day is one it can do without.</numerusform>
            <numerusform>When it last used each grant. A grant unused for %n days is one it can do without.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwarden::LeastPrivilegeView</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every endpoint (present and future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the key was used could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy key&apos;s access cannot be narrowed. Roll it into a scoped key, then narrow that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key is less than %n day(s) old: there is no use to judge by yet.</source>
        <translation>
            <numerusform>The key is less than %n day old: there is no use to judge by yet.</numerusform>
            <numerusform>The key is less than %n days old: there is no use to judge by yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It used every grant it holds in the last %n day(s): nothing to narrow.</source>
        <translation>
            <numerusform>It used every grant it holds in the last %n day: nothing to narrow.</numerusform>
            <numerusform>It used every grant it holds in the last %n days: nothing to narrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It used none of its grants in the last %n day(s). Narrowed, it could do nothing; disabling or revoking it may be the better step.</source>
        <translation>
            <numerusform>It used none of its grants in the last %n day. Narrowed, it could do nothing; disabling or revoking it may be the better step.</numerusform>
            <numerusform>It used none of its grants in the last %n days. Narrowed, it could do nothing; disabling or revoking it may be the better step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It did not use all of its grants in the last %n day(s). Narrowed to what it used: %1.</source>
        <translation>
            <numerusform>It did not use all of its grants in the last %n day. Narrowed to what it used: %1.</numerusform>
            <numerusform>It did not use all of its grants in the last %n days. Narrowed to what it used: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses are recorded endpoint by endpoint, below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the endpoints it called stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every endpoint, present and future</source>
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
    <message>
        <source>Loading the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the account (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::NarrowKeysDialog</name>
    <message>
        <source>Narrow keys to what they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected key(s) holds a grant it did not use.</source>
        <translation>
            <numerusform>The %n selected key holds no grant it did not use.</numerusform>
            <numerusform>None of the %n selected keys holds a grant it did not use.</numerusform>
        </translation>
    </message>
    <message>
        <source>These keys hold grants they did not use in the last %1 days. Each checked key keeps only what it used; one Undo afterwards gives every key back exactly the access it has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys to narrow and what each loses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key Podwarden uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) use every grant they hold.</source>
        <translation>
            <numerusform>%n key uses every grant it holds.</numerusform>
            <numerusform>%n keys use every grant they hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legacy key(s) cannot be narrowed; roll them into scoped keys first.</source>
        <translation>
            <numerusform>%n legacy key cannot be narrowed; roll it into a scoped key first.</numerusform>
            <numerusform>%n legacy keys cannot be narrowed; roll them into scoped keys first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are too new to judge.</source>
        <translation>
            <numerusform>%n key is too new to judge.</numerusform>
            <numerusform>%n keys are too new to judge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Narrow %n key(s)</source>
        <translation>
            <numerusform>&amp;Narrow %n key</numerusform>
            <numerusform>&amp;Narrow %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwarden::NewKeyDialog</name>
    <message>
        <source>API key “%1” created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the key now.&lt;/b&gt; This is the only time it is shown: the service keeps only a fingerprint of it, and Podwarden does not keep it at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it where the program that uses it reads its secrets, such as a password manager or your CI&apos;s secret store. If it is lost, revoke this key and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard forgets it in %n second(s), and when Podwarden quits.</source>
        <translation>
            <numerusform>Copied. The clipboard forgets it in %n second, and when Podwarden quits.</numerusform>
            <numerusform>Copied. The clipboard forgets it in %n seconds, and when Podwarden quits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without copying the key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” has not been copied. It is shown only this once: after this window closes nobody can show it again, and a lost key can only be revoked and replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::OverviewPage</name>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved copy from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln API key(s)</source>
        <translation>
            <numerusform>%Ln API key</numerusform>
            <numerusform>%Ln API keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secret(s)</source>
        <translation>
            <numerusform>%Ln secret</numerusform>
            <numerusform>%Ln secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln template</numerusform>
            <numerusform>%Ln templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endpoint(s)</source>
        <translation>
            <numerusform>%Ln endpoint</numerusform>
            <numerusform>%Ln endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention: no key is expiring, unused or legacy, and every template&apos;s secrets exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) not used in 90 days</source>
        <translation>
            <numerusform>%Ln key not used in 90 days</numerusform>
            <numerusform>%Ln keys not used in 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) never used</source>
        <translation>
            <numerusform>%Ln key never used</numerusform>
            <numerusform>%Ln keys never used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln legacy key(s), made before keys had scopes</source>
        <translation>
            <numerusform>%Ln legacy key, made before keys had scopes</numerusform>
            <numerusform>%Ln legacy keys, made before keys had scopes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) that can change the account through the API</source>
        <translation>
            <numerusform>%Ln key that can change the account through the API</numerusform>
            <numerusform>%Ln keys that can change the account through the API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) disabled but not revoked</source>
        <translation>
            <numerusform>%Ln key disabled but not revoked</numerusform>
            <numerusform>%Ln keys disabled but not revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) expired or expiring within 7 days</source>
        <translation>
            <numerusform>%Ln key expired or expiring within 7 days</numerusform>
            <numerusform>%Ln keys expired or expiring within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln secret(s) that no template references</source>
        <translation>
            <numerusform>%Ln secret that no template references</numerusform>
            <numerusform>%Ln secrets that no template references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s) referencing a secret that does not exist</source>
        <translation>
            <numerusform>%Ln template referencing a secret that does not exist</numerusform>
            <numerusform>%Ln templates referencing a secret that does not exist</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the saved copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::PaperspaceSecretTableModel</name>
    <message>
        <source>Referenced in a deployment spec as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project secret: only this project&apos;s deployments read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team secret: every project of the team can read it, unless the project has a secret of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden by the project&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has a secret of the same name, and a project&apos;s secret wins: no deployment of this project reads this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::PaperspaceSecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secrets of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeploy what runs the old value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n secret(s) shown</source>
        <translation>
            <numerusform>%1 of %n secret shown</numerusform>
            <numerusform>%1 of %n secrets shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets have not been loaded. Connect to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no secrets yet. Create one with New secret; deployments then use it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to change its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not connected, so secrets cannot be changed now. Connect from the Overview and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every deployment that reads %1 was deployed after its value last changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Secret %1 was deleted. The next deploy of %n deployment(s) that reference it will be refused until the reference changes.</source>
        <translation>
            <numerusform>Secret %1 was deleted. The next deploy of the %n deployment that references it will be refused until the reference changes.</numerusform>
            <numerusform>Secret %1 was deleted. The next deploy of the %n deployments that reference it will be refused until the reference changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me before keys expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification 7 days and again 1 day before an enabled key expires, once each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require an &amp;expiry for keys with API write access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key that can change the account (create pods and endpoints, on your balance) cannot be created or saved without a date when it stops working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ProfileChanges</name>
    <message>
        <source>The service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused this key (%2). Check that you pasted the whole key and that it has not been disabled or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is valid, but it cannot read the account (%1). Podwarden needs a key with API read access: All, Read Only, or Restricted with API Read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key to connect with. Create one in the cloud console&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key cannot see the Paperspace project %1 (%2). Check that the project id is right and that the key belongs to the team that owns the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ProfileEditDialog</name>
    <message>
        <source>Add a Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile is one account: where its service is and the API key to use. The key is checked with the service before it is saved, and then kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new key only to replace the stored one; it is checked with the service before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key of this account. Create one in the cloud console&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ProfileFields</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project whose deployments and secrets Podwarden shows; its id is in the project&apos;s settings in the Paperspace console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: its secrets are shown beside the project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the team whose secrets are shown beside the project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Management API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invocation API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile stays with its provider. Add a profile for an account elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Paperspace API key: create one in the Paperspace console under Team settings ▸ API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Runpod API key: create one in the Runpod console under Settings ▸ API Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperspace API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each profile is one account: where its service is, and its API key in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox needs no settings: it picks its address each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is open. Switch to another one to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 was added; its key works. Choose Switch To to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwarden forgets the sandbox profile and deletes its saved copy and template drafts from this computer. The sandbox&apos;s own data stays; “Try the sandbox” brings the profile back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwarden forgets %1: its key is removed from the system keyring, and its saved copy of the account and its template drafts (also those not pushed) are deleted from this computer. The account itself and its keys on the service do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Paperspace sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, project %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ProtectDeploymentDialog</name>
    <message>
        <source>Change the token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be redeployed now, protected by HTTP Basic auth: user paperspace, password the secret&apos;s value. From this deploy on, calls without that token get 401, so give the token to its callers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is fixed at each deploy: a new value of the secret takes effect only when the deployment is redeployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate a new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new project secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project secret &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random value of 40 letters and digits (OpenSSL). The header is shown once afterwards, to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change token and &amp;redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect and &amp;redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has a secret named %1; choose it under “Use an existing secret”, or another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ReachTableModel</name>
    <message>
        <source>All access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and a custom statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can run and cancel jobs, and read their status and the endpoint&apos;s health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can read job status and the endpoint&apos;s health, but not run jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a statement Podwarden cannot read may reach this endpoint; the cloud decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has All access: every endpoint, present and future, and the whole API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has a grant on every endpoint, present and future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has its own grant of this endpoint; it can be changed or removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy statement the console cannot read may cover this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: the service refuses it (401) until it is enabled again; then it has this access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::RedeployDialog</name>
    <message>
        <source>Redeploy to take the new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments to redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeploy checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) redeployed.</source>
        <translation>
            <numerusform>%n deployment redeployed.</numerusform>
            <numerusform>%n deployments redeployed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redeployed, %2 refused: see each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: redeploying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: redeployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A secret changed after the last deploy of %n deployment(s).</source>
        <translation>
            <numerusform>A secret changed after the last deploy of %n deployment.</numerusform>
            <numerusform>A secret changed after the last deploy of %n deployments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed after the last deploy of %n deployment(s).</source>
        <translation>
            <numerusform>%1 changed after the last deploy of %n deployment.</numerusform>
            <numerusform>%1 changed after the last deploy of %n deployments.</numerusform>
        </translation>
    </message>
    <message>
        <source>A protected deployment keeps accepting the old token, and refuses the new one, until it is redeployed: redeploy it once its callers have the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each runs the old value until it is redeployed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ReplacePaperspaceValueDialog</name>
    <message>
        <source>Replace the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old value is replaced for good; neither Paperspace nor Podwarden can show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment reads this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A deployment takes a secret&apos;s value when it is deployed. These %n deployment(s) keep the old value until you redeploy them:</source>
        <translation>
            <numerusform>A deployment takes a secret&apos;s value when it is deployed. This deployment keeps the old value until you redeploy it:</numerusform>
            <numerusform>A deployment takes a secret&apos;s value when it is deployed. These %n deployments keep the old value until you redeploy them:</numerusform>
        </translation>
    </message>
    <message>
        <source>a protected one keeps accepting the old token and refuses the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments that read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ReplaceSecretValueDialog</name>
    <message>
        <source>Replace the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value replaces the old one for good; the old value cannot be seen or brought back. Pods booted after this use the new value; running pods keep the old one until they restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Templates that use %1: %2.</source>
        <translation>
            <numerusform>Template that uses %1: %2.</numerusform>
            <numerusform>Templates that use %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: edit it to change the description together with the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value is already in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ResourceHistory</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first.</source>
        <translation>
            <numerusform>%n event, newest first.</numerusform>
            <numerusform>%n events, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwarden::RollKeyDialog</name>
    <message>
        <source>Roll key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new scoped key with the same reach as the legacy key %1 is made and shown once. %1 keeps working beside it, so whatever uses it can move to the new key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key with exactly the access of %1 is made and shown once. %1 keeps working beside it, so whatever uses it can move to the new key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the new key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I finish the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the old key works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key &amp;keeps working:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops working on its own: %2 (%3). The new key goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works until you choose Finish the roll on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already expires sooner (%2); it keeps that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another key is already called %1; a distinct name is easier to tell apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the old key keeps working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::SandboxLauncher</name>
    <message>
        <source>The sandbox did not report that it was ready in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox program (podwarden-sandbox) was not found beside Podwarden or in %1. Install Podwarden&apos;s sandbox package, or set PODWARDEN_SANDBOX to its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox reported an address Podwarden cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly. Restart it to go on with the demo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox was stopped outside Podwarden. Restart it to go on with the demo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped with an error (exit code %1). Restart it to go on with the demo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped while it was starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not start (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::SecretDescriptionField</name>
    <message>
        <source>Optional: what it is for, who owns it, when it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::SecretDetailsDialog</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reference for a template&apos;s env value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-only. Neither the service nor Podwarden can show it; replace it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template references it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to see the history of this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events recorded for this secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::SecretFormDialog</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwarden::SecretRolloutDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Who still runs the old value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods and workers still running the old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart the pods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oll the workers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; they keep the old value until they restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workers of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the endpoints&apos; workers are asked of the service, so only pods are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be (started as it changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value changed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pod and worker that reads %1 has started since its value last changed (%2): none runs the old value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 still run the old value of %3 (changed %4). A pod or worker reads a secret only when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n pod(s)?</source>
        <translation>
            <numerusform>Restart %n pod?</numerusform>
            <numerusform>Restart %n pods?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Roll the workers of %n endpoint(s)?</source>
        <translation>
            <numerusform>Roll the workers of %n endpoint?</numerusform>
            <numerusform>Roll the workers of %n endpoints?</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod from template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pods restart in place and read the secrets as they are now; whatever runs in them is interrupted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These endpoints get a new release with the same configuration; the service replaces their workers one by one, and each new worker reads the secrets as they are now. Jobs in progress finish first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::SecretSelector</name>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets in this account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::SecretTableModel</name>
    <message>
        <source>Referenced in env values as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::SecretUpdate</name>
    <message>
        <source>The value and the description of %1 were changed. Pods booted from now on use the new value; running pods keep the old one until they restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value of %1 took effect, but the description was not saved: %2 Pods booted from now on use the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether the new value of %1 took effect: %2 Refresh (F5) to see the secret as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::SecretValueField</name>
    <message>
        <source>Secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the value while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strong random value from OpenSSL&apos;s generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a generated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With s&amp;ymbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value to the clipboard, which forgets it after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard forgets it in %n second(s), and when Podwarden quits.</source>
        <translation>
            <numerusform>Copied. The clipboard forgets it in %n second, and when Podwarden quits.</numerusform>
            <numerusform>Copied. The clipboard forgets it in %n seconds, and when Podwarden quits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit des&amp;cription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n secret(s) shown</source>
        <translation>
            <numerusform>%1 of %n secret shown</numerusform>
            <numerusform>%1 of %n secrets shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets have not been loaded. Connect to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no secrets yet. Create one with New secret; templates then use it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to change its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not connected, so secrets cannot be changed now. Connect from the Overview and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 was deleted. Pods booted from %2 will fail until their env no longer references it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1 (through template %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 (through template %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;llout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pods and workers that still run the secret&apos;s old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only secrets that no template references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret is referenced by a template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::ServiceClient</name>
    <message>
        <source>The CA file %1 holds no certificate Podwarden can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::Session</name>
    <message>
        <source>No account key is available for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the account key (%2). Check that you pasted the whole key and that it has not been disabled or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account key is valid, but it cannot read the account (%1). Podwarden needs a key with API read access: one with All or Read Only access, or Restricted with API Read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the copy from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left this minute</source>
        <translation>
            <numerusform>%1 of %n request left this minute</numerusform>
            <numerusform>%1 of %n requests left this minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left this hour</source>
        <translation>
            <numerusform>%1 of %n request left this hour</numerusform>
            <numerusform>%1 of %n requests left this hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left today</source>
        <translation>
            <numerusform>%1 of %n request left today</numerusform>
            <numerusform>%1 of %n requests left today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left in this window</source>
        <translation>
            <numerusform>%1 of %n request left in this window</numerusform>
            <numerusform>%1 of %n requests left in this window</numerusform>
        </translation>
    </message>
    <message>
        <source>No account key is stored for %1. Choose “Connect an account…” and paste your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was cancelled; the account is shown as it was before. Press F5 to load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F5 to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Paperspace key is valid, but it cannot see project %1 (%2). Check the project ID in File ▸ Profiles, and that the key belongs to the team that owns the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::TemplateConflictDialog</name>
    <message>
        <source>Template changed on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on the service after your draft began. Choose what to keep; nothing is sent until you push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since your draft began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template as it was when your draft began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft, as it would be pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template as it is on the service now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which value the pushed template gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No conflicts, %n change(s)</source>
        <translation>
            <numerusform>No conflicts, %n change</numerusform>
            <numerusform>No conflicts, %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>conflict count, count of other changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push your draft as it is. This overwrites every change made on the service since your draft began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;service&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the template as it is on the service. This discards your draft&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a template with the value chosen under Keep for every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in your draft and on the service, differently: choose which to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the same way in your draft and on the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in your draft only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the service only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft&apos;s value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::TemplateDrafts</name>
    <message>
        <source>there is no local store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::TemplateEditor</name>
    <message>
        <source>What the template is for, e.g. vLLM worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMD GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container disk in GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral: wiped when the container restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume size in GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed ports as number/protocol (http or tcp), separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA versions the image accepts, as major.minor separated by commas; empty for any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CUDA versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible to every user of the cloud. Env values are visible too: use secret references, never values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference a secret in the selected variable&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste KEY=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every KEY=value line on the clipboard as a variable (also Ctrl+V in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected variable up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected variable down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: replaces the image&apos;s ENTRYPOINT, e.g. /bin/bash -c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program the container runs, in words as a shell would split them; quote a word that contains spaces. Empty: the image&apos;s own entrypoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the command (CMD), e.g. python -u handler.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s command, or the arguments of the entrypoint above. Quote a word that contains spaces: &apos;python -u main.py&apos; is one argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote is not closed, or the text ends in a lone backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container dis&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent v&amp;olume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por&amp;ts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert secret…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::TemplateListModel</name>
    <message>
        <source>On the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved on this computer %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is loaded yet. You can still draft a new template: it is kept on this computer and pushed when you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template to edit it, or make a new one. Edits are drafts on this computer until you push them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the draft to the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to push drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved, so it would be lost if Podwarden closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not connected, so the draft stays on this computer. Connect and push again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not pushed; fix this first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was pushed to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing your choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft now matches the service&apos;s copy; your changes were set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pushed: %1 changed on the service. Your draft is kept; push again to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not pushed: %2 The draft is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft of %1? The changes made on this computer since it was last pushed are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template %1 from the service? Pods and endpoints already made from it keep running; new ones cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was pushed, but the service kept its persistent volume: the API cannot remove a volume from an existing template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was not deleted: the endpoint(s) %2 are built on it. Point them at another template or delete them first, then try again.</source>
        <translation>
            <numerusform>%1 was not deleted: the endpoint %2 is built on it. Point it at another template or delete it first, then try again.</numerusform>
            <numerusform>%1 was not deleted: the endpoints %2 are built on it. Point them at another template or delete them first, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not deleted: a pod or serverless endpoint still uses it (%2). Delete or change those first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push with missing secrets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These references will fail when a pod or worker boots from this template:

%1

Push anyway? You can create the secrets afterwards; the template does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not pushed. Create the missing secrets, or push anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard d&amp;raft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only templates that reference a secret the account does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s) shown</source>
        <translation>
            <numerusform>%1 of %n template shown</numerusform>
            <numerusform>%1 of %n templates shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwarden::TryItPanel</name>
    <message>
        <source>Not JSON yet: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be a JSON object, such as {&quot;prompt&quot;: &quot;hello&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls the endpoint with the key Podwarden is signed in with. A job runs on a worker and may cost money; Health only reads the queue and the workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a job and wait (POST /runsync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health (GET /health)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job input (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to call an endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to call the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for the endpoint&apos;s health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in key may not run jobs on this endpoint: that needs Read-Write access to it (Who can reach it lists the keys that have it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in key may not read this endpoint: that needs Read access to it (Who can reach it lists the keys that have it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1 ms in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running after the wait; the job goes on on the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: %1 workers running, %2 idle; %3 jobs in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::WorkersPanel</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still runs the old value of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new release, so the service replaces every worker one by one and each new worker reads the secrets as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the workers are asked of the service, so connect to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs an older configuration than the endpoint&apos;s current one; the service replaces it during the rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started before the value of %1 was replaced; it runs the old value until it is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active workers: the endpoint has scaled to zero. New workers read the secrets as they are when they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s): %1 running, %2 idle, %3 initializing.</source>
        <translation>
            <numerusform>%n worker: %1 running, %2 idle, %3 initializing.</numerusform>
            <numerusform>%n workers: %1 running, %2 idle, %3 initializing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout under way: %1 of %2 workers run version %3 (%4 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every worker runs the current configuration, version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) still run an old secret value; Roll workers replaces them.</source>
        <translation>
            <numerusform>%n worker still runs an old secret value; Roll workers replaces it.</numerusform>
            <numerusform>%n workers still run an old secret value; Roll workers replaces them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field changed (workers rolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest releases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the account to roll the workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the workers of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint gets a new release with the same configuration. The service then replaces its workers one by one; each new worker reads the secrets as they are now. Jobs in progress finish on the old workers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll wor&amp;kers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwarden::WriteAccessWarningDialog</name>
    <message>
        <source>Grant write access?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key will be able to change your whole account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” will be able to change your whole account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-Write access to the API (GraphQL and REST) lets whoever holds this key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create and delete pods, serverless endpoints and templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create and delete secrets and other API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start GPU work that is charged to your account&apos;s balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who finds the key in a log, a repository or a shared script can do the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a key only what it needs: API Read to look at the account, or Restricted with just the endpoints it calls. A key that only invokes endpoints needs no API access at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I understand that this key can create, delete and spend on my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant write access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
