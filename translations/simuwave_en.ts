<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiClient</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (request id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering (timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused because it would not be secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired or the credentials are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with the server&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected some fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the server asked to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the console does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>invalid value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonGuard</name>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is an HTML or XML page, not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed or out-of-range number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::Accessibility</name>
    <message>
        <source>Clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::AccountSession</name>
    <message>
        <source>The server answered the sign-in with a malformed token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole API key (it starts with sk_ and has no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected this API key (unknown, revoked or expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this profile&apos;s API key (revoked or expired). Enter a new key; nothing else was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired or was revoked. Sign in again to continue; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::ApiJob</name>
    <message>
        <source>The server&apos;s answer is larger than the limit of %1 MiB; it was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to %1; it was not followed so that your credentials stay with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 %2 does not follow the API contract: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 seconds; the transfer was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2); the console does not talk to a server it cannot verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was stopped so that your credentials stay with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be resolved (no network or a wrong address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::AssignTenantDialog</name>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n number(s) to a tenant</source>
        <translation>
            <numerusform>Assign %n number to a tenant</numerusform>
            <numerusform>Assign %n numbers to a tenant</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n number(s) to:</source>
        <translation>
            <numerusform>Assign %n number to:</numerusform>
            <numerusform>Assign %n numbers to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of at most %3 numbers (its DID limit): room for %4 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers beyond the limit will be refused; raise the limit in Usage Limits first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 numbers and no DID limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant is suspended: its numbers do not take calls until it is unsuspended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::AvailableNumber</name>
    <message>
        <source>A found number has no e164.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per_minute_rate must be a decimal string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::AvailableNumbersModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate center / city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationwide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::BulkCommandRunner</name>
    <message>
        <source>Changes cannot be sent: the console is not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: stored in Pending changes, sent when back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::BulkResultDialog</name>
    <message>
        <source>Progress of the bulk operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the result list as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) will not be sent:</source>
        <translation>
            <numerusform>%n of %1 item will not be sent:</numerusform>
            <numerusform>%n of %1 items will not be sent:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop: what has not been sent yet is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued until the console is online</source>
        <translation>
            <numerusform>%n queued until the console is online</numerusform>
            <numerusform>%n queued until the console is online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::BulkResultModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::BuyNumbersPane</name>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toll-Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all numbers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purchase Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to look for, then Search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 501</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NXX (the 3 digits after the area code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 555</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LITTLEROCK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Little Rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regular: pick from a list of available numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vanity: numbers matching a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>877-555-XXXX, 8XX-OUR-FOOD or 888-XXX-1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X is a wildcard; letters stand for their keypad digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanity pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching needs a connection: the console is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: choose the state to search in; it is required for local numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter three digits, the first 2-9 (for example 501).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked field to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers match this search. Try fewer filters, another area code or a shorter pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) found. Select the ones to buy (Ctrl or Shift for several).</source>
        <translation>
            <numerusform>%n number found. Select the ones to buy (Ctrl or Shift for several).</numerusform>
            <numerusform>%n numbers found. Select the ones to buy (Ctrl or Shift for several).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read and are not shown.</source>
        <translation>
            <numerusform>%n could not be read and is not shown.</numerusform>
            <numerusform>%n could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search could not reach SimuWave (%1). Searching needs a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bought %n number(s) for %1; the wallet now holds %2. They appear in the inventory with the next sync.</source>
        <translation>
            <numerusform>Bought %n number for %1; the wallet now holds %2. It appears in the inventory with the next sync.</numerusform>
            <numerusform>Bought %n numbers for %1; the wallet now holds %2. They appear in the inventory with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching for numbers needs a connection to SimuWave, and the console is offline. Your inventory and everything else still work from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You can search, but not buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected: %1 a month, %2 setup</source>
        <translation>
            <numerusform>%n selected: %1 a month, %2 setup</numerusform>
            <numerusform>%n selected: %1 a month, %2 setup</numerusform>
        </translation>
    </message>
    <message>
        <source>Buying numbers needs a connection: the console is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the numbers to buy first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::CacheWriter</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::ChurnRiskModel</name>
    <message>
        <source>%1 min (invoice of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::CommandLine</name>
    <message>
        <source>SimuWave Partner Console: manage the tenants, phone numbers, porting, E911, usage limits, invoices and revenue of your white-label voice business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (e.g. es) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the offline cache and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (starts the bundled sandbox with demo data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command to run instead of opening the window:
  sync [--profile NAME | --server URL] [--data-dir DIR]  one full-or-delta sync of the offline cache, headless (see `sync --help`; the API key comes from SIMUWAVE_API_KEY).
  export-invoices [--profile NAME] [--data-dir DIR] [--from DATE] [--to DATE] [--status S] [--tenant T] --out DIR  branded invoice PDFs from the offline cache, no network (see `export-invoices --help`).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::Composition</name>
    <message>
        <source>The demo workspace is not available: simuwave-sandbox was not found next to the console (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::ConsoleContext</name>
    <message>
        <source>Sign in to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::ConsoleStatusBar</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile can view everything but change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
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
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n pending change</numerusform>
            <numerusform>%n pending changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::DashboardPane</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call minutes this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first customer (add a tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your branding (logo, colors, white-label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure billing (connect Stripe to accept payments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get your first phone number (buy a local or toll-free DID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your pricing (create a billing profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite team members (add staff users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From the usage of %n tenant(s) in the cache.</source>
        <translation>
            <numerusform>From the usage of %n tenant in the cache.</numerusform>
            <numerusform>From the usage of %n tenants in the cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage has been synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your trial ends in %n day(s), on %1. Activate your subscription to keep your tenants and numbers running.</source>
        <translation>
            <numerusform>Your trial ends in %n day, on %1. Activate your subscription to keep your tenants and numbers running.</numerusform>
            <numerusform>Your trial ends in %n days, on %1. Activate your subscription to keep your tenants and numbers running.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your trial has ended. Activate your subscription to keep your tenants and numbers running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) without an E911 address</source>
        <translation>
            <numerusform>%n number without an E911 address</numerusform>
            <numerusform>%n numbers without an E911 address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) whose E911 registration failed</source>
        <translation>
            <numerusform>%n number whose E911 registration failed</numerusform>
            <numerusform>%n numbers whose E911 registration failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) whose CNAM failed</source>
        <translation>
            <numerusform>%n number whose CNAM failed</numerusform>
            <numerusform>%n numbers whose CNAM failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) past their usage alert threshold</source>
        <translation>
            <numerusform>%n tenant past their usage alert threshold</numerusform>
            <numerusform>%n tenants past their usage alert threshold</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup: %1/6 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup checklist (%1/6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::DemoSandbox</name>
    <message>
        <source>The demo sandbox printed something unexpected instead of its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox exited (code %1) before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::E911ComplianceReport</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 Compliance Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers in service. %2. Non-compliant (Not Set or Failed): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No E911 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::E911Pane</name>
    <message>
        <source>E911</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>The E911 status of every number appears here once the console has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number has a registered or pending E911 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) need an E911 fix (Not Set or Failed).</source>
        <translation>
            <numerusform>%n number needs an E911 fix (Not Set or Failed).</numerusform>
            <numerusform>%n numbers need an E911 fix (Not Set or Failed).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;E911…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number in service, per tenant and address, with its E911 status. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the E911 Compliance Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 Compliance Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::EditCommand</name>
    <message>
        <source>The edit names no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::EditLimitsDialog</name>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Limits — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a cap blank for no limit. The alert threshold is the share of any cap at which you get an early warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s starting limits for a new tenant: $500 a month, 50 extensions, 10 DIDs, 5,000 minutes, alert at 80 %, auto-suspend on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the limits of your Tenant Defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tenant Defaults have been synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the change waits in Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::EditNumberDialog</name>
    <message>
        <source>E911 address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Update the E911 address of %n number(s)</source>
        <translation>
            <numerusform>Update the E911 address of %n number</numerusform>
            <numerusform>Update the E911 address of %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n number(s)</source>
        <translation>
            <numerusform>Edit %n number</numerusform>
            <numerusform>Edit %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, tenant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911: %1. CNAM: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 911 provider refused the last address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One E911 address for %n number(s): the street address where their phones are used. Each number is updated separately and you see the result of each.</source>
        <translation>
            <numerusform>One E911 address for %n number: the street address where its phones are used. Each number is updated separately and you see the result of each.</numerusform>
            <numerusform>One E911 address for %n numbers: the street address where their phones are used. Each number is updated separately and you see the result of each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes for %n number(s). A field left empty keeps each number&apos;s own value.</source>
        <translation>
            <numerusform>Changes for %n number. A field left empty keeps each number&apos;s own value.</numerusform>
            <numerusform>Changes for %n numbers. A field left empty keeps each number&apos;s own value.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller ID name (CNAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the tenant&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: keep each number&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 15 characters: letters, digits, spaces and . , &amp; &apos; -. Carriers take 24-48 hours to show a change everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1234 Main St Suite 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little Rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>72201</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to all of %1&apos;s numbers (%n)</source>
        <translation>
            <numerusform>&amp;Apply to all of %1&apos;s numbers (%n)</numerusform>
            <numerusform>&amp;Apply to all of %1&apos;s numbers (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets the values of this form on every number of the tenant, one by one, with the result of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what to set on the numbers: a field left empty is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller ID name: the tenant&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller ID name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the E911 address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every number of %1 (%n)</source>
        <translation>
            <numerusform>every number of %1 (%n)</numerusform>
            <numerusform>every number of %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Update E911 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 on %2? Each number is updated separately; the result of each follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Update %n number(s)</source>
        <translation>
            <numerusform>Update %n number</numerusform>
            <numerusform>Update %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simuwave::ExportInvoicesCommand</name>
    <message>
        <source>export-invoices [--profile NAME | --server URL] [--data-dir DIR] [--from DATE] [--to DATE]
                [--status S] [--tenant T] --out DIR
  Writes branded invoice PDFs from the offline cache (never the network) into DIR, one file
  &lt;invoice-number&gt;_&lt;tenant-sip-prefix&gt;.pdf per invoice, and prints one line per file and a summary.
  --from/--to DATE  issue dates, YYYY-MM-DD, inclusive.
  --status S  draft, sent, partially_paid, paid, overdue or cancelled.
  --tenant T  a tenant id, SIP prefix or exact name.
  Without --profile or --server: the current profile (or the only cache in the data folder).
  Exit status: 0 all written, 1 some failed, 2 bad arguments, 3 no offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache synced from &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on or after &lt;date&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on or before &lt;date&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invoices in &lt;status&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the invoices of &lt;tenant&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDFs into &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-invoices takes no arguments besides its options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR is required: the folder the PDFs go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offline cache to export from (looked for %1). Sync first, or name the profile with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2 invoices to %3 in %4 s%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 failed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::HeaderBar</name>
    <message>
        <source>Brand logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimuWave Partner Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::InvoiceDetailView</name>
    <message>
        <source>Send &amp;Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (blank = all that was paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an invoice to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 · due %2 · billing period %3 to %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal %1
Tax %2
Total %3
Paid %4
Refunded %5
Due %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an unpaid invoice (sent, partially paid or overdue) gets a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an unpaid invoice (sent, partially paid or overdue) can be marked as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was paid on this invoice, so nothing can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; the invoice updates when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the change waits in Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount: enter more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount: at most %1 can be refunded (what was paid and not yet refunded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund from the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::InvoiceExporter</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::InvoicePdfInput</name>
    <message>
        <source>The invoice %1 is not in the offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::InvoicePdfRenderer</name>
    <message>
        <source>Invoice %1 has no line items in the offline cache; sync again to render it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: the line items add up to %2 but the subtotal is %3; not rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: subtotal %2 plus tax %3 is not the total %4; not rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears on card statements as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BILL TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::InvoicesPane</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>Your tenants&apos; invoices appear here once the console has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected invoices, or every invoice of the current filter, as PDFs into a folder. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export invoices as PDFs into</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n invoice(s)…</source>
        <translation>
            <numerusform>Exporting %n invoice…</numerusform>
            <numerusform>Exporting %n invoices…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 invoices were written to %3; these were not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices · %2 paid · %3 unpaid · %4 outstanding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::LoaPdfRenderer</name>
    <message>
        <source>A letter of authorization needs at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued on page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LETTER OF AUTHORIZATION (LOA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR PORTING TELEPHONE NUMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, %1, authorized representative of %2, hereby authorize %3 and its underlying telecommunications partner to act as my agent in transferring the following telephone number(s) from %4 to their service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service address for these numbers is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current carrier account number is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm I am authorized to make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (printed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature must be the account holder&apos;s own. A PDF or a scanned image of the signed letter is fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::MainWindow</name>
    <message>
        <source>Jump to… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick jump</source>
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
        <source>&amp;Quick Jump…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Current Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SimuWave Partner Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: the current pane, then the partner&apos;s brand name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing to filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SimuWave Partner Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SimuWave Partner Console %1&lt;/h3&gt;&lt;p&gt;Run your white-label voice business from the desktop: tenants, phone numbers, porting, E911, usage limits, invoices and revenue.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Invoices use the bundled DejaVu Sans font (Bitstream Vera license).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::NavigationTree</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::NewPortWizard</name>
    <message>
        <source>New Port Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste every number the customer wants to bring, one per line or separated by commas, in any common format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(501) 555-0123
501-555-0124</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) ready.</source>
        <translation>
            <numerusform>%n number ready.</numerusform>
            <numerusform>%n numbers ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current carrier account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as on the customer&apos;s latest bill: mismatches are the most common reason carriers reject a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verizon, AT&amp;T, Spectrum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as on the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the carrier requires one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1234 Main St Suite 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>72201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tenant and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired port date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed LOA and latest bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG, at most 10 MiB each. Generate the LOA filled from this request, have the account holder sign it, then choose the signed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate LOA to Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Letter of Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed LOA: none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest carrier bill: none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;LOA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: %1
Current carrier: %2
Account holder: %3
Account number: %4
Service address: %5
Target tenant: %6
Desired date: %7
Documents: %8, %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port request %1 created; uploading the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in your inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in an open port request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port request takes at most 100 numbers; split the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file (checked by its content, not its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed LOA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest carrier bill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: enter at least one number to port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN: at most 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tenant: choose the tenant the numbers go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed LOA: choose the signed letter of authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest carrier bill: choose the customer&apos;s most recent bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New port request (%n number(s))</source>
        <translation>
            <numerusform>New port request (%n number)</numerusform>
            <numerusform>New port request (%n numbers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the request waits in Pending changes; upload the documents from its details once it has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port request %1 submitted with its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port request %1 submitted, but %2 Upload them from its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 upload failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::NoticeBar</name>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::NumberActions</name>
    <message>
        <source>The numbers appear once the console has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more numbers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n number(s) to %1? The tenant sees them on its DIDs page; until it routes them, calls follow its unassigned-DID behavior.</source>
        <translation>
            <numerusform>Assign %n number to %1? The tenant sees it on its DIDs page; until it routes it, calls follow its unassigned-DID behavior.</numerusform>
            <numerusform>Assign %n numbers to %1? The tenant sees them on its DIDs page; until it routes them, calls follow its unassigned-DID behavior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already belong to %1 and are left as they are.</source>
        <translation>
            <numerusform>%n number already belongs to %1 and is left as it is.</numerusform>
            <numerusform>%n numbers already belong to %1 and are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) belong to another tenant: the server refuses those until they are released; they are listed in the results.</source>
        <translation>
            <numerusform>%n number belongs to another tenant: the server refuses it until it is released; it is listed in the results.</numerusform>
            <numerusform>%n numbers belong to another tenant: the server refuses those until they are released; they are listed in the results.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n number(s)</source>
        <translation>
            <numerusform>Assign %n number</numerusform>
            <numerusform>Assign %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s)? Each is unassigned from its tenant and its monthly charge stops; it stays in your inventory as Released and can be assigned again.</source>
        <translation>
            <numerusform>Release %n number? It is unassigned from its tenant and its monthly charge stops; it stays in your inventory as Released and can be assigned again.</numerusform>
            <numerusform>Release %n numbers? Each is unassigned from its tenant and its monthly charge stops; it stays in your inventory as Released and can be assigned again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) are already released and are left out.</source>
        <translation>
            <numerusform>%n number is already released and is left out.</numerusform>
            <numerusform>%n numbers are already released and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s)</source>
        <translation>
            <numerusform>Release %n number</numerusform>
            <numerusform>Release %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simuwave::NumberInventoryPane</name>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Every number you own appears here once the console has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAM status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to Tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;E911…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simuwave::PageDecoder</name>
    <message>
        <source>the list has no &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; element %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has no &quot;has_more&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;has_more&quot; is not a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;next_cursor&quot; is neither a string nor null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;has_more&quot; is true but &quot;data&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;has_more&quot; is true but there is no &quot;next_cursor&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;resume_cursor&quot; is neither a string nor null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::PendingChangesDialog</name>
    <message>
        <source>No changes are waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send my change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change and the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply your change on top of the record as it is on the server now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your change; the record stays as it is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the record as it is on the server now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The server&apos;s version could not be read; you can keep it or try sending yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The fields you changed are shown next to the record as it is on the server now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::PortAgeDelegate</name>
    <message>
        <source>%1 (longer than usual)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::PortCsvImport</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row lacks the column(s): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers: &quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers: %1 is already in another row or twice in this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers: %1 is already in your inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers: %1 is already in an open port request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers: enter at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current_carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account_holder_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account_number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant: no active or trial tenant is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant: &quot;%1&quot; matches more than one tenant; use its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant: required (id, SIP prefix or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::PortDetailView</name>
    <message>
        <source>Fix and &amp;Resubmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;LOA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Port Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it cancelled? (optional, at most 500 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest carrier bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Letter of Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a port request to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Port of %n number(s) — %1</source>
        <translation>
            <numerusform>Port of %n number — %1</numerusform>
            <numerusform>Port of %n numbers — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers: %1
Target tenant: %2
Current carrier: %3
Account holder: %4
Account number: %5   PIN: %6
Service address: %7
Desired date: %8   FOC date: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1
How to fix it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the details against the carrier bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents uploaded yet: the carrier needs the signed LOA and the latest bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a port request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a rejected request can be resubmitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed or cancelled request cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents cannot be added to a closed request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading needs a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter of authorization filled from this request, ready to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit port request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmitted: the request goes back to Pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel port request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file (checked by its content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document uploaded; the next sync shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix and Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder name (exactly as on the bill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number (blank: unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (blank: unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::PortStatusWatcher</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Port of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::PortingPane</name>
    <message>
        <source>Porting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n port request(s)</source>
        <translation>
            <numerusform>%n port request</numerusform>
            <numerusform>%n port requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Your port requests appear here once the console has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Port Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One port request per row; the columns are listed in the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Port Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 5 MiB; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows are ready to send; rows with problems are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n request(s)</source>
        <translation>
            <numerusform>Send %n request</numerusform>
            <numerusform>Send %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n port request(s).</source>
        <translation>
            <numerusform>Sending %n port request.</numerusform>
            <numerusform>Sending %n port requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::ProfileStore</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address you sign in with (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::PurchaseDialog</name>
    <message numerus="yes">
        <source>Purchase %n number(s)</source>
        <translation>
            <numerusform>Purchase %n number</numerusform>
            <numerusform>Purchase %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep unassigned (assign later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly, from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fees, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged now (setup and the first month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown until the console has synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet after the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You are buying %n number(s):</source>
        <translation>
            <numerusform>You are buying %n number:</numerusform>
            <numerusform>You are buying %n numbers:</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection dropped: the purchase waits in Pending changes and is sent when the console is back online. The numbers may be taken by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying… the server&apos;s answer is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one number to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying numbers needs a connection: the console is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet holds %1 but this purchase costs %2 now. Top up the wallet or buy fewer numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Buy %n number(s)</source>
        <translation>
            <numerusform>Buy %n number</numerusform>
            <numerusform>Buy %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::QuickJumpSearch</name>
    <message>
        <source>Tenant · %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number · %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice · %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::RecordListPane</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::RecordTableView</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or open the demo workspace: the records appear here once they are synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::RevenueBreakdownModel</name>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::RevenueChartView</name>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart &quot;%1&quot; as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the months of &quot;%1&quot; as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the last 12 months; the Table tab lists the same figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chart or table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices sent and paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and churned tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (USD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::RevenuePane</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Figures of the last %n day(s), compared with the %n day(s) before</source>
        <translation>
            <numerusform>Figures of the last %n day, compared with the %n day before</numerusform>
            <numerusform>Figures of the last %n days, compared with the %n days before</numerusform>
        </translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg revenue / tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage and revenue breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly trends (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all months as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants by revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a tenant to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants whose calling fell by more than half between their last two monthly invoices (minutes billed; a flat-rate plan&apos;s allowance counts as used). Worth a call before they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant&apos;s usage fell by more than half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the prior %n day(s)</source>
        <translation>
            <numerusform>the prior %n day</numerusform>
            <numerusform>the prior %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The revenue figures could not be read from the offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly subscription fees of the active tenants on flat-rate plans. Growth compares the plan fees invoiced in this period (%1) with the prior one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR × 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash collected in the period, refunds deducted (prior period: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPU %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants in status Active (at the start of the period: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due on sent and overdue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice issued in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices of the period paid by their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue this period ÷ active tenants (prior period: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin: billed in the period (before tax) minus your wholesale cost at the %1 tier&apos;s rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin needs your tier&apos;s wholesale rates; they are custom or not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, from the offline cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Saved %n row to %1</numerusform>
            <numerusform>Saved %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::RevenueTrendModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::SecretJob</name>
    <message>
        <source>The secret store is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to store an empty or malformed credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1). Your credentials are kept for this session only and you will have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::SessionController</name>
    <message>
        <source>This system has no working keychain: your sign-in is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace is not available: simuwave-sandbox was not found next to the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: your role (%1) cannot make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key without write scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::SettingsPane</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop notifications for usage alerts and port status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (sync by hand, F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh with no changes costs one small request per list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1 for your region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimuWave Partner Console %1
Offline data of this profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::SignInDialog</name>
    <message>
        <source>Email and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to SimuWave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if two-factor sign-in is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimuWave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a local sandbox with sample tenants, numbers and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code (2FA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name: enter a name for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: enter the API address, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: enter the address you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (2FA): the code has exactly 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: paste the whole key (it has no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::SignInJob</name>
    <message>
        <source>the session has no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session has no valid expires_at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::StandardPanes</name>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::SyncCommand</name>
    <message>
        <source>sync [--profile NAME | --server URL] [--data-dir DIR]
  Brings the offline cache up to date (a full sync the first time, then only the changes) and exits.
  Progress goes to stderr; one summary line (records per resource, seconds) to stdout.
  --server URL  sync from this API (e.g. http://127.0.0.1:8080/v1); the API key is read from the
                environment variable SIMUWAVE_API_KEY, never from the command line.
  --profile NAME  use a saved profile and its credential from the keychain.
  --data-dir DIR  keep the cache in DIR/&lt;profile&gt;/ instead of the application data folder.
  --page-size N  records per request (1-1000, default 1000).
  Exit status: 0 synced, 1 sync failed, 2 bad arguments, 3 credentials missing or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync from &lt;url&gt;; the API key comes from SIMUWAVE_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the cache in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per request, 1-1000 (default 1000; smaller for slow links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync takes no arguments besides its options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs exactly one of --profile NAME or --server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the API key in the environment variable SIMUWAVE_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is stored for the profile &quot;%1&quot;: sign in with the console first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full sync started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta sync started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records (%3 in all, %4 records/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s before trying again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::SyncWorker</name>
    <message>
        <source>The offline cache could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable server address is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next_cursor repeats an earlier one (a paging loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record has no valid updated_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records are not ordered by updated_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s page of %1 does not follow the API contract (%2); nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::TenantDefaultsPane</name>
    <message>
        <source>Tenant Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended &amp;Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every new tenant starts with these settings; you can still change them per tenant. Existing tenants are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default CNAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the spend cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert me only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage limits (blank = unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s starting limits: $500 a month, 50 extensions, 10 DIDs, 5,000 minutes, alert at 80 %, auto-suspend on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New tenants start with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defaults appear here once the console has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Tenant Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the change waits in Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::TenantDetailView</name>
    <message>
        <source>Refresh &amp;Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for this tenant&apos;s latest usage and limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tenant to see its numbers, usage and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP prefix: %1
Billing email: %2
Time zone: %3
Default CNAM: %4
E911 address: %5
Users: %6   DIDs: %7   Extensions: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 to %2; alert at %3 %; auto-suspend %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage synced yet for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::TenantDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default caller ID name (CNAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP prefix cannot change after creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the change waits in Pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::TenantRevenueModel</name>
    <message>
        <source>Your tier&apos;s wholesale rates are custom, so the console cannot compute the margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed in the period (before tax) minus your wholesale cost of that service at your tier&apos;s rates; a flat-rate plan&apos;s allowance counts as used in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotals (before tax) of the tenant&apos;s invoices issued in the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What that service costs you at your tier&apos;s wholesale rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed minus wholesale, for the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed (period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesale cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::TenantsPane</name>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Your customer accounts appear here once the console has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsuspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active or trial tenant can be suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a suspended tenant can be unsuspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuspend tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 sets it to CANCELLED at once: its service stops, its %n phone number(s) are released, and its data is purged after 90 days. Type the tenant&apos;s name to confirm.</source>
        <translation>
            <numerusform>Deleting %1 sets it to CANCELLED at once: its service stops, its %n phone number is released, and its data is purged after 90 days. Type the tenant&apos;s name to confirm.</numerusform>
            <numerusform>Deleting %1 sets it to CANCELLED at once: its service stops, its %n phone numbers are released, and its data is purged after 90 days. Type the tenant&apos;s name to confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant name, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::UsageAlertListModel</name>
    <message>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::UsageAlertWatcher</name>
    <message>
        <source>monthly spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit its %2 cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed its %2 alert threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used of %2 this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::UsageLimitsForm</name>
    <message>
        <source>Suspend the tenant automatically when a cap is hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly spend limit ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max monthly minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert threshold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly spend limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::UsageLimitsPane</name>
    <message>
        <source>Usage Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Every tenant&apos;s caps and usage appear here once the console has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars turn amber at the tenant&apos;s alert threshold and red at the cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the limits of %1 with your Tenant Defaults?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past an alert threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will cross a cap this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant has reached an alert threshold or a cap while the console was watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset limits to defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::WriteQueue</name>
    <message>
        <source>Your role is read-only: this account can view but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes cannot be stored, so the edit was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is being sent right now and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::cache</name>
    <message>
        <source>The disk is full: the offline cache could not be updated. Nothing was lost; free some space and sync again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be written (input/output error, the disk may be full). Nothing was lost. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache is in use by another SimuWave Console on this profile. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache is read-only. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::cache::CacheMigrator</name>
    <message>
        <source>Updating the cache to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::cache::OutboxStore</name>
    <message>
        <source>The folder of the pending changes file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes file %1 was written by a newer version of SimuWave Console; it is left untouched. Update the console to send those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes file %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved for sending later: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::cache::RecordDecoder</name>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must carry a string &quot;name&quot; or &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 must be an object, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a decimal string such as &quot;0.016&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 has a bad %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold E.164 strings, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected a page of %1: element %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a bad %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required but is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer number of cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer number of cents, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an RFC 3339 time with a time zone, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has &quot;%1&quot; as %2 instead of a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot; but the answer was for tenant &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::cache::SqlCache</name>
    <message>
        <source>The offline cache could not be opened, not even in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache folder %1 is not writable. The console works from memory for this session: everything is synced again at each start until the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache %1 cannot be opened for writing. The console works from memory for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be recreated. The console works from memory for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache was damaged and has been replaced; all data is being downloaded again. Your pending changes are kept. The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of SimuWave Console and has been replaced; all data is being downloaded again. Your pending changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be updated to this version and has been replaced; all data is being downloaded again. Your pending changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection is loading this cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache&apos;s lock file %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cache in memory is loaded record by record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::domain</name>
    <message>
        <source>%1: enter a number, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove the spaces around %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a plain number; use digits, an optional minus sign and a decimal point, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has too many decimal places; use at most %3, for example %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent an amount that is not a whole number of cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent an amount that is not a number of cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage limits: the server sent a value for %1 that is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage limits: the server sent a value for %1 that is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::items::InvoiceTableModel</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::items::PhoneNumberTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAM status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::items::PortRequestTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simuwave::items::TenantTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::items::UsageLimitsTableModel</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest to a cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
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
        <source>%1 % of the %2 cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too early in the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the %1 cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses the %1 cap around %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % used; alert at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit: leave blank in Edit Limits to keep it unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::revenue</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not render the chart as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;94.12 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <extracomment>Growth against the prior period, e.g. &quot;+12.5 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::status</name>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner User (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simuwave::validation</name>
    <message>
        <source>%1: enter the two-letter state code, for example AR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write the code as %2 (two capital letters, no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a US state or territory code; use two letters such as AR or TX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter 3 to 12 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use only the letters A-Z and the digits 0-9, without spaces or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use at least 3 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: use at most 12 letters or digits (this one has %n).</source>
        <translation>
            <numerusform>%1: use at most 12 letters or digits (this one has %n).</numerusform>
            <numerusform>%1: use at most 12 letters or digits (this one has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the customer&apos;s business name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove line breaks, tabs and other invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: use at most 100 characters (this one has %n).</source>
        <translation>
            <numerusform>%1: use at most 100 characters (this one has %n).</numerusform>
            <numerusform>%1: use at most 100 characters (this one has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller ID name (CNAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use only the letters A-Z, digits, spaces and . , &amp; &apos; - (carriers reject other characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a name or leave it empty to use the tenant&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: use at most 15 characters (this one has %n).</source>
        <translation>
            <numerusform>%1: use at most 15 characters (this one has %n).</numerusform>
            <numerusform>%1: use at most 15 characters (this one has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the name your customers will recognize on their card statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use only letters, digits, spaces, dashes and &amp;; no apostrophes, periods or other punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: use at most 22 characters (this one has %n).</source>
        <translation>
            <numerusform>%1: use at most 22 characters (this one has %n).</numerusform>
            <numerusform>%1: use at most 22 characters (this one has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove the spaces and invisible characters from the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not an email address; it should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an email address can have at most 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the street address where the phones are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a PO Box cannot be used; 911 responders need a physical address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a PO Box cannot be used; enter a physical address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: start with the building number, for example 1234 Main St Suite 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove the comma; 911 databases reject commas in the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove the apostrophe (write OFallon, not O&apos;Fallon); some 911 centers reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: spell the name out without periods (Saint Louis, not St. Louis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use only letters, spaces and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use at most 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the 5-digit ZIP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write a 9-digit ZIP code with a dash, like 12345-6789.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use 5 digits (12345) or ZIP+4 (12345-6789).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only US addresses can be registered for 911 (use US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only US addresses are accepted (use US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the number in international form, for example +15015550123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: start with + and the country code, for example +15015550123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: after the +, use digits only (no spaces, dashes or brackets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the country code cannot start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: use 2 to 15 digits after the + (this one has %n).</source>
        <translation>
            <numerusform>%1: use 2 to 15 digits after the + (this one has %n).</numerusform>
            <numerusform>%1: use 2 to 15 digits after the + (this one has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a +1 number needs exactly 10 digits after +1 (area code and number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a North American area code cannot start with 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a service code like 911, not an area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the 3 digits after the area code cannot start with 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanity pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a pattern such as 877-555-XXXX or 8XX-OUR-FOOD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use only digits, letters, X as a wildcard, and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: use exactly 10 digits, letters or X (this one has %n).</source>
        <translation>
            <numerusform>%1: use exactly 10 digits, letters or X (this one has %n).</numerusform>
            <numerusform>%1: use exactly 10 digits, letters or X (this one has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the area code must be digits or X, like 877 or 8XX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the area code must be toll-free (800, 833, 844, 855, 866, 877 or 888, or 8XX for any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: put at least one digit or letter after the area code; to see any number, use a regular search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write the rate as a decimal without %, for example 0.085 for 8.5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rate must be less than 1; write 8.5% as 0.085.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: allow at least 1 request per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the maximum is 10,000 requests per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the https address of your endpoint, for example https://api.example.com/webhooks/simuwave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove the spaces and invisible characters from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the address is too long (at most 2048 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a valid address; it should look like https://api.example.com/webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use https:// instead of http://; webhooks are only sent over encrypted connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the address needs a host name, for example https://api.example.com/webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove the user name and password from the address; requests are signed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: include at least one uppercase letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: include at least one digit (0-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly spend limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max monthly minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be negative; leave it blank for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use a percentage from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired port date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in the past; pick today or a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carriers usually need at least two weeks, and only the FOC date is firm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carriers do not move numbers on weekends; pick a weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avoid Mondays and Fridays for the cutover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use at most %2 characters (this one has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a code such as US-AR-Pulaski or CA-ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: start with a two-letter country code in capitals, then parts separated by dashes, such as US-AR-Pulaski or CA-ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use a hex color such as #1A73E8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use a whole number, or leave it blank for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
