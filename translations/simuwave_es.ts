<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
</context>
<context>
    <name>simuwave::Accessibility</name>
    <message>
        <source>Clear text</source>
        <translation>Borrar texto</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
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
    <name>simuwave::BuyNumbersPane</name>
    <message>
        <source>Buying numbers is not available yet</source>
        <translation>La compra de números aún no está disponible</translation>
    </message>
    <message>
        <source>Searching local and toll-free numbers and buying them for your tenants will happen here.</source>
        <translation>Aquí podrá buscar números locales y gratuitos y comprarlos para sus clientes.</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
</context>
<context>
    <name>simuwave::CommandLine</name>
    <message>
        <source>SimuWave Partner Console: manage the tenants, phone numbers, porting, E911, usage limits, invoices and revenue of your white-label voice business.</source>
        <translation>Consola de socios de SimuWave: gestione los clientes, números de teléfono, portabilidad, E911, límites de uso, facturas e ingresos de su negocio de voz de marca blanca.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (e.g. es) instead of the system&apos;s.</source>
        <translation>Usar el idioma &lt;código&gt; (p. ej., es) en lugar del del sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>Usar la paleta oscura.</translation>
    </message>
    <message>
        <source>Keep the offline cache and settings in &lt;dir&gt;.</source>
        <translation>Guardar la caché sin conexión y la configuración en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Sign in with the profile &lt;name&gt;.</source>
        <translation>Iniciar sesión con el perfil &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Open the demo workspace (starts the bundled sandbox with demo data).</source>
        <translation>Abrir el espacio de demostración (inicia el sandbox incluido con datos de demostración).</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[orden]</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Orden desconocida: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>Command to run instead of opening the window:
  sync [--profile NAME | --server URL] [--data-dir DIR]  one full-or-delta sync of the offline cache, headless (see `sync --help`; the API key comes from SIMUWAVE_API_KEY).</source>
        <translation>Orden que se ejecuta en lugar de abrir la ventana:
  sync [--profile NAME | --server URL] [--data-dir DIR]  una sincronización completa o incremental de la caché sin conexión, sin ventana (vea `sync --help`; la clave de API se toma de SIMUWAVE_API_KEY).</translation>
    </message>
</context>
<context>
    <name>simuwave::Composition</name>
    <message>
        <source>The demo workspace is not available: simuwave-sandbox was not found next to the console (%1).</source>
        <translation>El espacio de demostración no está disponible: no se encontró simuwave-sandbox junto a la consola (%1).</translation>
    </message>
    <message>
        <source>Demo workspace: starting…</source>
        <translation>Espacio de demostración: iniciando…</translation>
    </message>
    <message>
        <source>Demo workspace: %1</source>
        <translation>Espacio de demostración: %1</translation>
    </message>
    <message>
        <source>Demo workspace: stopped</source>
        <translation>Espacio de demostración: detenido</translation>
    </message>
</context>
<context>
    <name>simuwave::ConsoleStatusBar</name>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>This profile can view everything but change nothing.</source>
        <translation>Este perfil puede verlo todo, pero no puede cambiar nada.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sin perfil</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión establecida</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>No hay cambios pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simuwave::DashboardPane</name>
    <message>
        <source>The dashboard is not available yet</source>
        <translation>El panel aún no está disponible</translation>
    </message>
    <message>
        <source>Your headline numbers, the trial banner, the wallet balance and the setup checklist will appear here once the console syncs with your partner account.</source>
        <translation>Sus cifras principales, el aviso de prueba, el saldo del monedero y la lista de configuración aparecerán aquí cuando la consola se sincronice con su cuenta de socio.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>simuwave::DemoSandbox</name>
    <message>
        <source>The demo sandbox printed something unexpected instead of its address.</source>
        <translation>El sandbox de demostración mostró algo inesperado en lugar de su dirección.</translation>
    </message>
    <message>
        <source>The demo sandbox stopped unexpectedly.</source>
        <translation>El sandbox de demostración se detuvo inesperadamente.</translation>
    </message>
    <message>
        <source>The demo sandbox exited (code %1) before it was ready.</source>
        <translation>El sandbox de demostración terminó (código %1) antes de estar listo.</translation>
    </message>
    <message>
        <source>The demo sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el sandbox de demostración: %1</translation>
    </message>
</context>
<context>
    <name>simuwave::E911Pane</name>
    <message>
        <source>E911 is not available yet</source>
        <translation>E911 aún no está disponible</translation>
    </message>
    <message>
        <source>The emergency addresses of your numbers and their registration status will be managed here.</source>
        <translation>Aquí se gestionarán las direcciones de emergencia de sus números y su estado de registro.</translation>
    </message>
    <message>
        <source>E911</source>
        <translation>E911</translation>
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
    <name>simuwave::HeaderBar</name>
    <message>
        <source>Brand logo</source>
        <translation>Logotipo de la marca</translation>
    </message>
    <message>
        <source>SimuWave Partner Console</source>
        <translation>Consola de socios de SimuWave</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>simuwave::InvoicesPane</name>
    <message>
        <source>Invoices are not available yet</source>
        <translation>Las facturas aún no están disponibles</translation>
    </message>
    <message>
        <source>Your tenants&apos; invoices, their status and their PDF exports will be listed here.</source>
        <translation>Aquí se mostrarán las facturas de sus clientes, su estado y sus exportaciones en PDF.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
</context>
<context>
    <name>simuwave::MainWindow</name>
    <message>
        <source>Jump to… (Ctrl+K)</source>
        <translation>Ir a… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Quick jump</source>
        <translation>Salto rápido</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Quick Jump…</source>
        <translation>Salto &amp;rápido…</translation>
    </message>
    <message>
        <source>&amp;Filter Current Pane</source>
        <translation>&amp;Filtrar la sección actual</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>Mostrar la &amp;navegación</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SimuWave Partner Console</source>
        <translation>&amp;Acerca de la consola de socios de SimuWave</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clara</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscura</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: the current pane, then the partner&apos;s brand name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 has nothing to filter.</source>
        <translation>%1 no tiene nada que filtrar.</translation>
    </message>
    <message>
        <source>About SimuWave Partner Console</source>
        <translation>Acerca de la consola de socios de SimuWave</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SimuWave Partner Console %1&lt;/h3&gt;&lt;p&gt;Run your white-label voice business from the desktop: tenants, phone numbers, porting, E911, usage limits, invoices and revenue.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Invoices use the bundled DejaVu Sans font (Bitstream Vera license).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Consola de socios de SimuWave %1&lt;/h3&gt;&lt;p&gt;Dirija su negocio de voz de marca blanca desde el escritorio: clientes, números de teléfono, portabilidad, E911, límites de uso, facturas e ingresos.&lt;/p&gt;&lt;p&gt;Creada con Qt %2. Las facturas usan la fuente incluida DejaVu Sans (licencia Bitstream Vera).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>simuwave::NavigationTree</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
</context>
<context>
    <name>simuwave::NoticeBar</name>
    <message>
        <source>Dismiss notice</source>
        <translation>Descartar aviso</translation>
    </message>
</context>
<context>
    <name>simuwave::NumberInventoryPane</name>
    <message>
        <source>The number inventory is not available yet</source>
        <translation>El inventario de números aún no está disponible</translation>
    </message>
    <message>
        <source>Every number you own, with its tenant, status, CNAM and E911 status, will be listed here.</source>
        <translation>Aquí se mostrarán todos sus números, con su cliente, estado, CNAM y estado de E911.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
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
</context>
<context>
    <name>simuwave::PortingPane</name>
    <message>
        <source>Porting is not available yet</source>
        <translation>La portabilidad aún no está disponible</translation>
    </message>
    <message>
        <source>Requests to port your customers&apos; existing numbers in, and their progress, will be tracked here.</source>
        <translation>Aquí se hará el seguimiento de las solicitudes para portar los números existentes de sus clientes y de su progreso.</translation>
    </message>
    <message>
        <source>Porting</source>
        <translation>Portabilidad</translation>
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
    <name>simuwave::RevenuePane</name>
    <message>
        <source>Revenue analytics are not available yet</source>
        <translation>El análisis de ingresos aún no está disponible</translation>
    </message>
    <message>
        <source>Revenue by month and by tenant will be charted here.</source>
        <translation>Aquí se mostrarán gráficos de ingresos por mes y por cliente.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
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
    <name>simuwave::SettingsPane</name>
    <message>
        <source>Settings are not available yet</source>
        <translation>La configuración aún no está disponible</translation>
    </message>
    <message>
        <source>Your account, team, branding, API keys and webhooks will be managed here.</source>
        <translation>Aquí se gestionarán su cuenta, su equipo, su marca, las claves de API y los webhooks.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
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
        <translation type="unfinished">nombre</translation>
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
        <translation type="unfinished">carpeta</translation>
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
        <translation type="unfinished">--data-dir necesita una carpeta.</translation>
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
        <source>The offline cache could not store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not store the branding: %1</source>
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
        <source>Tenant defaults are not available yet</source>
        <translation>Los valores predeterminados de clientes aún no están disponibles</translation>
    </message>
    <message>
        <source>The settings applied to every newly created tenant will be edited here.</source>
        <translation>Aquí se editarán los ajustes que se aplican a cada cliente nuevo.</translation>
    </message>
    <message>
        <source>Tenant Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
</context>
<context>
    <name>simuwave::TenantsPane</name>
    <message>
        <source>The tenant list is not available yet</source>
        <translation>La lista de clientes aún no está disponible</translation>
    </message>
    <message>
        <source>Your customer accounts, with their SIP prefix, status, users and numbers, will be listed and edited here.</source>
        <translation>Aquí se mostrarán y editarán las cuentas de sus clientes, con su prefijo SIP, estado, usuarios y números.</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>simuwave::UsageLimitsPane</name>
    <message>
        <source>Usage limits are not available yet</source>
        <translation>Los límites de uso aún no están disponibles</translation>
    </message>
    <message>
        <source>Per-tenant limits and their alert thresholds will be set here.</source>
        <translation>Aquí se fijarán los límites de cada cliente y sus umbrales de alerta.</translation>
    </message>
    <message>
        <source>Usage Limits</source>
        <translation>Límites de uso</translation>
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
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot; but the answer was for tenant &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>simuwave::cache::Reader</name>
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
        <source>a string</source>
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
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer number of cents, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer number of cents</source>
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
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has &quot;%1&quot; as %2 instead of a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
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
        <translation type="unfinished">E911 %1</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
