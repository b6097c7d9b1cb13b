<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApiClient</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>La dirección del servidor «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for %1.</source>
        <translation>Solo se permite http sin cifrar hacia este equipo (loopback); use https para %1.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>La dirección del servidor debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (id. de solicitud %2)</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>No se pudo contactar con el servidor.</translation>
    </message>
    <message>
        <source>The server stopped answering (timed out).</source>
        <translation>El servidor dejó de responder (tiempo de espera agotado).</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted.</source>
        <translation>La conexión segura falló: el certificado del servidor no es de confianza.</translation>
    </message>
    <message>
        <source>The connection was refused because it would not be secure.</source>
        <translation>Se rechazó la conexión porque no sería segura.</translation>
    </message>
    <message>
        <source>Your session has expired or the credentials are invalid.</source>
        <translation>Su sesión ha caducado o las credenciales no son válidas.</translation>
    </message>
    <message>
        <source>Permission denied: your role does not allow this.</source>
        <translation>Permiso denegado: su rol no permite esta acción.</translation>
    </message>
    <message>
        <source>The record no longer exists on the server.</source>
        <translation>El registro ya no existe en el servidor.</translation>
    </message>
    <message>
        <source>The change conflicts with the server&apos;s data.</source>
        <translation>El cambio entra en conflicto con los datos del servidor.</translation>
    </message>
    <message>
        <source>The record was changed by someone else in the meantime.</source>
        <translation>Otra persona modificó el registro mientras tanto.</translation>
    </message>
    <message>
        <source>The server rejected some fields.</source>
        <translation>El servidor rechazó algunos campos.</translation>
    </message>
    <message>
        <source>Too many requests: the server asked to slow down.</source>
        <translation>Demasiadas solicitudes: el servidor pidió ir más despacio.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer the console does not understand.</source>
        <translation>El servidor envió una respuesta que la consola no entiende.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>invalid value</source>
        <translation>valor no válido</translation>
    </message>
</context>
<context>
    <name>JsonGuard</name>
    <message>
        <source>the answer is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <source>the answer is an HTML or XML page, not JSON</source>
        <translation>la respuesta es una página HTML o XML, no JSON</translation>
    </message>
    <message>
        <source>the answer is nested deeper than %1 levels</source>
        <translation>la respuesta tiene más de %1 niveles de anidamiento</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>la respuesta no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 no válido</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>un carácter de control dentro de una cadena</translation>
    </message>
    <message>
        <source>a malformed string</source>
        <translation>una cadena mal formada</translation>
    </message>
    <message>
        <source>a malformed or out-of-range number</source>
        <translation>un número mal formado o fuera de rango</translation>
    </message>
    <message>
        <source>an unknown literal</source>
        <translation>un literal desconocido</translation>
    </message>
    <message>
        <source>too large to parse</source>
        <translation>demasiado grande para analizarla</translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation>un error de sintaxis</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1)</source>
        <translation>la respuesta no es JSON válido (%1)</translation>
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
        <translation>El servidor respondió al inicio de sesión con un token mal formado.</translation>
    </message>
    <message>
        <source>Paste the whole API key (it starts with sk_ and has no spaces).</source>
        <translation>Pegue la clave de API completa (empieza por sk_ y no tiene espacios).</translation>
    </message>
    <message>
        <source>The server rejected this API key (unknown, revoked or expired).</source>
        <translation>El servidor rechazó esta clave de API (desconocida, revocada o caducada).</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>The server no longer accepts this profile&apos;s API key (revoked or expired). Enter a new key; nothing else was lost.</source>
        <translation>El servidor ya no acepta la clave de API de este perfil (revocada o caducada). Introduzca una clave nueva; no se ha perdido nada más.</translation>
    </message>
    <message>
        <source>Your session has expired or was revoked. Sign in again to continue; nothing was lost.</source>
        <translation>Su sesión ha caducado o se ha revocado. Vuelva a iniciar sesión para continuar; no se ha perdido nada.</translation>
    </message>
</context>
<context>
    <name>simuwave::ApiJob</name>
    <message>
        <source>The server&apos;s answer is larger than the limit of %1 MiB; it was discarded.</source>
        <translation>La respuesta del servidor supera el límite de %1 MiB; se ha descartado.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; it was not followed so that your credentials stay with %2.</source>
        <translation>El servidor redirigió la solicitud a %1; no se siguió para que sus credenciales permanezcan en %2.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 %2 does not follow the API contract: %3.</source>
        <translation>La respuesta del servidor a %1 %2 no sigue el contrato de la API: %3.</translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 seconds; the transfer was given up.</source>
        <translation>%1 dejó de responder durante %2 segundos; se abandonó la transferencia.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2); the console does not talk to a server it cannot verify.</source>
        <translation>La conexión segura con %1 falló (%2); la consola no se comunica con un servidor que no puede verificar.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was stopped so that your credentials stay with %1.</source>
        <translation>El servidor redirigió la solicitud a otra dirección; se detuvo para que sus credenciales permanezcan en %1.</translation>
    </message>
    <message>
        <source>The server name %1 could not be resolved (no network or a wrong address).</source>
        <translation>No se pudo resolver el nombre del servidor %1 (sin red o dirección incorrecta).</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 rechazó la conexión.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Error de red al comunicarse con %1: %2</translation>
    </message>
</context>
<context>
    <name>simuwave::AssignTenantDialog</name>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuar…</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n number(s) to a tenant</source>
        <translation>
            <numerusform>Asignar %n número a un tenant</numerusform>
            <numerusform>Asignar %n números a un tenant</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>Elija un tenant</translation>
    </message>
    <message>
        <source>%1 (suspended)</source>
        <translation>%1 (suspendido)</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n number(s) to:</source>
        <translation>
            <numerusform>Asignar %n número a:</numerusform>
            <numerusform>Asignar %n números a:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the tenant first.</source>
        <translation>Elija primero el tenant.</translation>
    </message>
    <message>
        <source>%1 has %2 of at most %3 numbers (its DID limit): room for %4 more.</source>
        <translation>%1 tiene %2 de un máximo de %3 números (su límite de DID): caben %4 más.</translation>
    </message>
    <message>
        <source>Numbers beyond the limit will be refused; raise the limit in Usage Limits first.</source>
        <translation>Los números que superen el límite se rechazarán; suba antes el límite en Límites de uso.</translation>
    </message>
    <message>
        <source>%1 has %2 numbers and no DID limit.</source>
        <translation>%1 tiene %2 números y ningún límite de DID.</translation>
    </message>
    <message>
        <source>The tenant is suspended: its numbers do not take calls until it is unsuspended.</source>
        <translation>El tenant está suspendido: sus números no reciben llamadas hasta que se reactive.</translation>
    </message>
</context>
<context>
    <name>simuwave::AvailableNumber</name>
    <message>
        <source>A found number has no e164.</source>
        <translation>Un número encontrado no tiene e164.</translation>
    </message>
    <message>
        <source>per_minute_rate must be a decimal string.</source>
        <translation>per_minute_rate debe ser una cadena decimal.</translation>
    </message>
</context>
<context>
    <name>simuwave::AvailableNumbersModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rate center / city</source>
        <translation>Centro de tarifa / ciudad</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Por minuto</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Nationwide</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>simuwave::BulkCommandRunner</name>
    <message>
        <source>Changes cannot be sent: the console is not signed in.</source>
        <translation>No se pueden enviar cambios: la consola no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes de enviarse.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Queued (offline)</source>
        <translation>En cola (sin conexión)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Offline: stored in Pending changes, sent when back online.</source>
        <translation>Sin conexión: guardado en Cambios pendientes, se enviará al recuperar la conexión.</translation>
    </message>
</context>
<context>
    <name>simuwave::BulkResultDialog</name>
    <message>
        <source>Progress of the bulk operation</source>
        <translation>Progreso de la operación masiva</translation>
    </message>
    <message>
        <source>Result of each item</source>
        <translation>Resultado de cada elemento</translation>
    </message>
    <message>
        <source>Show only &amp;problems</source>
        <translation>Mostrar solo los &amp;problemas</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>&amp;Copy results</source>
        <translation>&amp;Copiar resultados</translation>
    </message>
    <message>
        <source>Copy the result list as tab-separated text</source>
        <translation>Copiar la lista de resultados como texto separado por tabulaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) will not be sent:</source>
        <translation>
            <numerusform>%n de %1 elemento no se enviará:</numerusform>
            <numerusform>%n de %1 elementos no se enviarán:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop: what has not been sent yet is not sent</source>
        <translation>Detener: lo que aún no se ha enviado no se envía</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done…</source>
        <translation>%1: %2 de %3 hechos…</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n hecho</numerusform>
            <numerusform>%n hechos</numerusform>
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
        <source>%n not sent</source>
        <translation>
            <numerusform>%n no enviado</numerusform>
            <numerusform>%n no enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued until the console is online</source>
        <translation>
            <numerusform>%n en cola hasta que la consola tenga conexión</numerusform>
            <numerusform>%n en cola hasta que la consola tenga conexión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
</context>
<context>
    <name>simuwave::BulkResultModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>simuwave::BuyNumbersPane</name>
    <message>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <source>Kind of number</source>
        <translation>Tipo de número</translation>
    </message>
    <message>
        <source>&amp;Local Numbers</source>
        <translation>Números &amp;locales</translation>
    </message>
    <message>
        <source>&amp;Toll-Free</source>
        <translation>&amp;Gratuitos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Numbers found</source>
        <translation>Números encontrados</translation>
    </message>
    <message>
        <source>Select all numbers found</source>
        <translation>Seleccionar todos los números encontrados</translation>
    </message>
    <message>
        <source>&amp;Purchase Selected…</source>
        <translation>&amp;Comprar seleccionados…</translation>
    </message>
    <message>
        <source>Choose what to look for, then Search.</source>
        <translation>Elija qué buscar y pulse Buscar.</translation>
    </message>
    <message>
        <source>Choose a state</source>
        <translation>Elija un estado</translation>
    </message>
    <message>
        <source>State (required)</source>
        <translation>Estado (obligatorio)</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Prefijo de área</translation>
    </message>
    <message>
        <source>e.g. 501</source>
        <translation>p. ej., 501</translation>
    </message>
    <message>
        <source>NXX (the 3 digits after the area code)</source>
        <translation>NXX (los 3 dígitos que siguen al prefijo de área)</translation>
    </message>
    <message>
        <source>e.g. 555</source>
        <translation>p. ej., 555</translation>
    </message>
    <message>
        <source>Rate center</source>
        <translation>Centro de tarifa</translation>
    </message>
    <message>
        <source>e.g. LITTLEROCK</source>
        <translation>p. ej., LITTLEROCK</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>e.g. Little Rock</source>
        <translation>p. ej., Little Rock</translation>
    </message>
    <message>
        <source>How many to show</source>
        <translation>Cuántos mostrar</translation>
    </message>
    <message>
        <source>&amp;Regular: pick from a list of available numbers</source>
        <translation>&amp;Normal: elegir de una lista de números disponibles</translation>
    </message>
    <message>
        <source>&amp;Vanity: numbers matching a pattern</source>
        <translation>&amp;Personalizado: números que coinciden con un patrón</translation>
    </message>
    <message>
        <source>877-555-XXXX, 8XX-OUR-FOOD or 888-XXX-1000</source>
        <translation>877-555-XXXX, 8XX-OUR-FOOD u 888-XXX-1000</translation>
    </message>
    <message>
        <source>X is a wildcard; letters stand for their keypad digits.</source>
        <translation>La X es un comodín; las letras equivalen a sus dígitos del teclado.</translation>
    </message>
    <message>
        <source>Vanity pattern</source>
        <translation>Patrón personalizado</translation>
    </message>
    <message>
        <source>Searching needs a connection: the console is offline.</source>
        <translation>Para buscar se necesita conexión: la consola está sin conexión.</translation>
    </message>
    <message>
        <source>State: choose the state to search in; it is required for local numbers.</source>
        <translation>Estado: elija el estado en el que buscar; es obligatorio para los números locales.</translation>
    </message>
    <message>
        <source>NXX</source>
        <translation>NXX</translation>
    </message>
    <message>
        <source>%1: enter three digits, the first 2-9 (for example 501).</source>
        <translation>%1: introduzca tres dígitos, el primero entre 2 y 9 (por ejemplo 501).</translation>
    </message>
    <message>
        <source>Correct the marked field to search.</source>
        <translation>Corrija el campo marcado para buscar.</translation>
    </message>
    <message>
        <source>No numbers match this search. Try fewer filters, another area code or a shorter pattern.</source>
        <translation>Ningún número coincide con esta búsqueda. Pruebe con menos filtros, otro prefijo de área o un patrón más corto.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) found. Select the ones to buy (Ctrl or Shift for several).</source>
        <translation>
            <numerusform>Se encontró %n número. Seleccione los que quiera comprar (Ctrl o Mayús para varios).</numerusform>
            <numerusform>Se encontraron %n números. Seleccione los que quiera comprar (Ctrl o Mayús para varios).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read and are not shown.</source>
        <translation>
            <numerusform>%n no se pudo leer y no se muestra.</numerusform>
            <numerusform>%n no se pudieron leer y no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search could not reach SimuWave (%1). Searching needs a connection.</source>
        <translation>La búsqueda no pudo contactar con SimuWave (%1). Para buscar se necesita conexión.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>Bought %n number(s) for %1; the wallet now holds %2. They appear in the inventory with the next sync.</source>
        <translation>
            <numerusform>Se compró %n número por %1; el monedero tiene ahora %2. Aparecerá en el inventario con la próxima sincronización.</numerusform>
            <numerusform>Se compraron %n números por %1; el monedero tiene ahora %2. Aparecerán en el inventario con la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching for numbers needs a connection to SimuWave, and the console is offline. Your inventory and everything else still work from the cache.</source>
        <translation>Para buscar números se necesita conexión con SimuWave, y la consola está sin conexión. Su inventario y todo lo demás siguen funcionando desde la caché.</translation>
    </message>
    <message>
        <source>%1 You can search, but not buy.</source>
        <translation>%1 Puede buscar, pero no comprar.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected: %1 a month, %2 setup</source>
        <translation>
            <numerusform>%n seleccionado: %1 al mes, %2 de alta</numerusform>
            <numerusform>%n seleccionados: %1 al mes, %2 de alta</numerusform>
        </translation>
    </message>
    <message>
        <source>Buying numbers needs a connection: the console is offline.</source>
        <translation>Para comprar números se necesita conexión: la consola está sin conexión.</translation>
    </message>
    <message>
        <source>Select the numbers to buy first.</source>
        <translation>Seleccione primero los números que quiere comprar.</translation>
    </message>
</context>
<context>
    <name>simuwave::CacheWriter</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation>La caché sin conexión no está abierta.</translation>
    </message>
    <message>
        <source>The offline cache could not store %1: %2</source>
        <translation>La caché sin conexión no pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>simuwave::ChurnRiskModel</name>
    <message>
        <source>%1 min (invoice of %2)</source>
        <translation>%1 min (factura del %2)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Usage before</source>
        <translation>Uso anterior</translation>
    </message>
    <message>
        <source>Latest usage</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
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
  sync [--profile NAME | --server URL] [--data-dir DIR]  one full-or-delta sync of the offline cache, headless (see `sync --help`; the API key comes from SIMUWAVE_API_KEY).
  export-invoices [--profile NAME] [--data-dir DIR] [--from DATE] [--to DATE] [--status S] [--tenant T] --out DIR  branded invoice PDFs from the offline cache, no network (see `export-invoices --help`).</source>
        <translation>Orden que se ejecuta en lugar de abrir la ventana:
  sync [--profile NOMBRE | --server URL] [--data-dir CARPETA]  una sincronización completa o incremental de la caché sin conexión, sin interfaz (véase `sync --help`; la clave de API viene de SIMUWAVE_API_KEY).
  export-invoices [--profile NOMBRE] [--data-dir CARPETA] [--from FECHA] [--to FECHA] [--status E] [--tenant T] --out CARPETA  PDF de facturas con su marca desde la caché sin conexión, sin red (véase `export-invoices --help`).</translation>
    </message>
</context>
<context>
    <name>simuwave::Composition</name>
    <message>
        <source>The demo workspace is not available: simuwave-sandbox was not found next to the console (%1).</source>
        <translation>El espacio de demostración no está disponible: no se encontró simuwave-sandbox junto a la consola (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
</context>
<context>
    <name>simuwave::ConsoleContext</name>
    <message>
        <source>Sign in to make changes.</source>
        <translation>Inicie sesión para hacer cambios.</translation>
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
    <message>
        <source>Show the changes waiting to be sent</source>
        <translation>Mostrar los cambios pendientes de enviar</translation>
    </message>
</context>
<context>
    <name>simuwave::DashboardPane</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Setup checklist</source>
        <translation>Lista de configuración</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>Estado del sistema</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <source>Call minutes this month</source>
        <translation>Minutos de llamadas este mes</translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation>Saldo del monedero</translation>
    </message>
    <message>
        <source>Create your first customer (add a tenant)</source>
        <translation>Cree su primer cliente (añada un tenant)</translation>
    </message>
    <message>
        <source>Set up your branding (logo, colors, white-label)</source>
        <translation>Configure su marca (logotipo, colores, marca blanca)</translation>
    </message>
    <message>
        <source>Configure billing (connect Stripe to accept payments)</source>
        <translation>Configure la facturación (conecte Stripe para aceptar pagos)</translation>
    </message>
    <message>
        <source>Get your first phone number (buy a local or toll-free DID)</source>
        <translation>Consiga su primer número (compre un DID local o gratuito)</translation>
    </message>
    <message>
        <source>Set your pricing (create a billing profile)</source>
        <translation>Fije sus precios (cree un perfil de facturación)</translation>
    </message>
    <message>
        <source>Invite team members (add staff users)</source>
        <translation>Invite a su equipo (añada usuarios)</translation>
    </message>
    <message>
        <source>Manage Tenants</source>
        <translation>Gestionar tenants</translation>
    </message>
    <message>
        <source>View Analytics</source>
        <translation>Ver analíticas</translation>
    </message>
    <message>
        <source>Partner Settings</source>
        <translation>Ajustes del partner</translation>
    </message>
    <message numerus="yes">
        <source>From the usage of %n tenant(s) in the cache.</source>
        <translation>
            <numerusform>Del uso de %n tenant en la caché.</numerusform>
            <numerusform>Del uso de %n tenants en la caché.</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage has been synced yet.</source>
        <translation>Aún no se ha sincronizado ningún uso.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>Your trial ends in %n day(s), on %1. Activate your subscription to keep your tenants and numbers running.</source>
        <translation>
            <numerusform>Su prueba termina en %n día, el %1. Active su suscripción para que sus tenants y números sigan funcionando.</numerusform>
            <numerusform>Su prueba termina en %n días, el %1. Active su suscripción para que sus tenants y números sigan funcionando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your trial has ended. Activate your subscription to keep your tenants and numbers running.</source>
        <translation>Su prueba ha terminado. Active su suscripción para que sus tenants y números sigan funcionando.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) without an E911 address</source>
        <translation>
            <numerusform>%n número sin dirección E911</numerusform>
            <numerusform>%n números sin dirección E911</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) whose E911 registration failed</source>
        <translation>
            <numerusform>%n número cuyo registro E911 falló</numerusform>
            <numerusform>%n números cuyo registro E911 falló</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) whose CNAM failed</source>
        <translation>
            <numerusform>%n número cuyo CNAM falló</numerusform>
            <numerusform>%n números cuyo CNAM falló</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) past their usage alert threshold</source>
        <translation>
            <numerusform>%n tenant por encima de su umbral de alerta de uso</numerusform>
            <numerusform>%n tenants por encima de su umbral de alerta de uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
    <message>
        <source>Setup: %1/6 done</source>
        <translation>Configuración: %1/6 hecho</translation>
    </message>
    <message>
        <source>Setup checklist (%1/6)</source>
        <translation>Lista de configuración (%1/6)</translation>
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
    <name>simuwave::E911ComplianceReport</name>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>E911 Compliance Report</source>
        <translation>Informe de cumplimiento de E911</translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation>No se pudo iniciar el documento.</translation>
    </message>
    <message>
        <source>%1 numbers in service. %2. Non-compliant (Not Set or Failed): %3.</source>
        <translation>%1 números en servicio. %2. Sin cumplimiento (sin definir o fallido): %3.</translation>
    </message>
    <message>
        <source>No E911 address</source>
        <translation>Sin dirección E911</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>simuwave::E911Pane</name>
    <message>
        <source>E911</source>
        <translation>E911</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>The E911 status of every number appears here once the console has synced.</source>
        <translation>El estado E911 de cada número aparece aquí cuando la consola se haya sincronizado.</translation>
    </message>
    <message>
        <source>E911 status</source>
        <translation>Estado de E911</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Every number has a registered or pending E911 address.</source>
        <translation>Todos los números tienen una dirección E911 registrada o pendiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) need an E911 fix (Not Set or Failed).</source>
        <translation>
            <numerusform>%n número necesita arreglar su E911 (sin definir o fallido).</numerusform>
            <numerusform>%n números necesitan arreglar su E911 (sin definir o fallido).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Update &amp;E911…</source>
        <translation>Actualizar &amp;E911…</translation>
    </message>
    <message>
        <source>Report as &amp;CSV…</source>
        <translation>Informe en &amp;CSV…</translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation>Informe en &amp;PDF…</translation>
    </message>
    <message>
        <source>Every number in service, per tenant and address, with its E911 status. Works offline.</source>
        <translation>Todos los números en servicio, por tenant y dirección, con su estado de E911. Funciona sin conexión.</translation>
    </message>
    <message>
        <source>Save the E911 Compliance Report</source>
        <translation>Guardar el informe de cumplimiento de E911</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>E911 Compliance Report</source>
        <translation>Informe de cumplimiento de E911</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>No hay ningún perfil abierto.</translation>
    </message>
</context>
<context>
    <name>simuwave::EditCommand</name>
    <message>
        <source>The edit names no request.</source>
        <translation>La edición no indica ninguna solicitud.</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>Correo de facturación</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>simuwave::EditLimitsDialog</name>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Save Limits</source>
        <translation>&amp;Guardar límites</translation>
    </message>
    <message>
        <source>Edit Limits — %1</source>
        <translation>Editar límites — %1</translation>
    </message>
    <message>
        <source>Leave a cap blank for no limit. The alert threshold is the share of any cap at which you get an early warning.</source>
        <translation>Deje un tope en blanco para no poner límite. El umbral de alerta es el porcentaje de cualquier tope a partir del cual recibe un aviso anticipado.</translation>
    </message>
    <message>
        <source>&amp;Recommended</source>
        <translation>&amp;Recomendados</translation>
    </message>
    <message>
        <source>The guide&apos;s starting limits for a new tenant: $500 a month, 50 extensions, 10 DIDs, 5,000 minutes, alert at 80 %, auto-suspend on.</source>
        <translation>Los límites iniciales de la guía para un tenant nuevo: 500 $ al mes, 50 extensiones, 10 DID, 5.000 minutos, alerta al 80 %, suspensión automática activada.</translation>
    </message>
    <message>
        <source>Fill in the limits of your Tenant Defaults.</source>
        <translation>Rellenar con los límites de sus Valores predeterminados.</translation>
    </message>
    <message>
        <source>No Tenant Defaults have been synced yet.</source>
        <translation>Aún no se han sincronizado los Valores predeterminados.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Offline: the change waits in Pending changes.</source>
        <translation>Sin conexión: el cambio espera en Cambios pendientes.</translation>
    </message>
</context>
<context>
    <name>simuwave::EditNumberDialog</name>
    <message>
        <source>E911 address of %1</source>
        <translation>Dirección E911 de %1</translation>
    </message>
    <message numerus="yes">
        <source>Update the E911 address of %n number(s)</source>
        <translation>
            <numerusform>Actualizar la dirección E911 de %n número</numerusform>
            <numerusform>Actualizar la dirección E911 de %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n number(s)</source>
        <translation>
            <numerusform>Editar %n número</numerusform>
            <numerusform>Editar %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, unassigned.</source>
        <translation>%1, sin asignar.</translation>
    </message>
    <message>
        <source>%1, tenant %2.</source>
        <translation>%1, tenant %2.</translation>
    </message>
    <message>
        <source>E911: %1. CNAM: %2.</source>
        <translation>E911: %1. CNAM: %2.</translation>
    </message>
    <message>
        <source>tenant default</source>
        <translation>predeterminado del tenant</translation>
    </message>
    <message>
        <source>The 911 provider refused the last address: %1</source>
        <translation>El proveedor del 911 rechazó la última dirección: %1</translation>
    </message>
    <message numerus="yes">
        <source>One E911 address for %n number(s): the street address where their phones are used. Each number is updated separately and you see the result of each.</source>
        <translation>
            <numerusform>Una dirección E911 para %n número: la dirección donde se usan sus teléfonos. Cada número se actualiza por separado y verá el resultado de cada uno.</numerusform>
            <numerusform>Una dirección E911 para %n números: la dirección donde se usan sus teléfonos. Cada número se actualiza por separado y verá el resultado de cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes for %n number(s). A field left empty keeps each number&apos;s own value.</source>
        <translation>
            <numerusform>Cambios para %n número. Un campo vacío mantiene el valor propio de cada número.</numerusform>
            <numerusform>Cambios para %n números. Un campo vacío mantiene el valor propio de cada número.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller ID name (CNAM)</source>
        <translation>Nombre de identificación de llamada (CNAM)</translation>
    </message>
    <message>
        <source>Empty: the tenant&apos;s default</source>
        <translation>Vacío: el predeterminado del tenant</translation>
    </message>
    <message>
        <source>Empty: keep each number&apos;s</source>
        <translation>Vacío: mantener el de cada número</translation>
    </message>
    <message>
        <source>At most 15 characters: letters, digits, spaces and . , &amp; &apos; -. Carriers take 24-48 hours to show a change everywhere.</source>
        <translation>Como máximo 15 caracteres: letras, dígitos, espacios y . , &amp; &apos; -. Los operadores tardan entre 24 y 48 horas en mostrar un cambio en todas partes.</translation>
    </message>
    <message>
        <source>E911 street</source>
        <translation>Calle E911</translation>
    </message>
    <message>
        <source>1234 Main St Suite 200</source>
        <translation>1234 Main St Suite 200</translation>
    </message>
    <message>
        <source>E911 city</source>
        <translation>Ciudad E911</translation>
    </message>
    <message>
        <source>Little Rock</source>
        <translation>Little Rock</translation>
    </message>
    <message>
        <source>E911 state</source>
        <translation>Estado E911</translation>
    </message>
    <message>
        <source>AR</source>
        <translation>AR</translation>
    </message>
    <message>
        <source>E911 ZIP code</source>
        <translation>Código ZIP E911</translation>
    </message>
    <message>
        <source>72201</source>
        <translation>72201</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to all of %1&apos;s numbers (%n)</source>
        <translation>
            <numerusform>&amp;Aplicar a todos los números de %1 (%n)</numerusform>
            <numerusform>&amp;Aplicar a todos los números de %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets the values of this form on every number of the tenant, one by one, with the result of each.</source>
        <translation>Aplica los valores de este formulario a cada número del tenant, uno a uno, con el resultado de cada uno.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuar…</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Fill in what to set on the numbers: a field left empty is not changed.</source>
        <translation>Rellene lo que quiere definir en los números: un campo vacío no se cambia.</translation>
    </message>
    <message>
        <source>Edit number %1</source>
        <translation>Editar el número %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>the caller ID name: the tenant&apos;s default</source>
        <translation>el nombre de identificación de llamada: el predeterminado del tenant</translation>
    </message>
    <message>
        <source>the caller ID name &quot;%1&quot;</source>
        <translation>el nombre de identificación de llamada «%1»</translation>
    </message>
    <message>
        <source>the E911 address %1</source>
        <translation>la dirección E911 %1</translation>
    </message>
    <message numerus="yes">
        <source>every number of %1 (%n)</source>
        <translation>
            <numerusform>todos los números de %1 (%n)</numerusform>
            <numerusform>todos los números de %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>Update E911 addresses</source>
        <translation>Actualizar direcciones E911</translation>
    </message>
    <message>
        <source>Edit numbers</source>
        <translation>Editar números</translation>
    </message>
    <message>
        <source>Set %1 on %2? Each number is updated separately; the result of each follows.</source>
        <translation>¿Definir %1 en %2? Cada número se actualiza por separado; a continuación se muestra el resultado de cada uno.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message numerus="yes">
        <source>Update %n number(s)</source>
        <translation>
            <numerusform>Actualizar %n número</numerusform>
            <numerusform>Actualizar %n números</numerusform>
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
        <translation>export-invoices [--profile NOMBRE | --server URL] [--data-dir CARPETA] [--from FECHA] [--to FECHA]
                [--status E] [--tenant T] --out CARPETA
  Escribe PDF de facturas con su marca desde la caché sin conexión (nunca la red) en CARPETA, un archivo
  &lt;número-de-factura&gt;_&lt;prefijo-sip-del-tenant&gt;.pdf por factura, e imprime una línea por archivo y un resumen.
  --from/--to FECHA  fechas de emisión, AAAA-MM-DD, inclusive.
  --status E  draft, sent, partially_paid, paid, overdue o cancelled.
  --tenant T  un id de tenant, un prefijo SIP o el nombre exacto.
  Sin --profile ni --server: el perfil actual (o la única caché de la carpeta de datos).
  Estado de salida: 0 todo escrito, 1 alguna falló, 2 argumentos erróneos, 3 sin caché sin conexión.</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation>Usar el perfil guardado &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The cache synced from &lt;url&gt;.</source>
        <translation>La caché sincronizada desde &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The data folder.</source>
        <translation>La carpeta de datos.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Issued on or after &lt;date&gt;.</source>
        <translation>Emitidas en o después de &lt;fecha&gt;.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Issued on or before &lt;date&gt;.</source>
        <translation>Emitidas en o antes de &lt;fecha&gt;.</translation>
    </message>
    <message>
        <source>Only invoices in &lt;status&gt;.</source>
        <translation>Solo facturas en &lt;estado&gt;.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Only the invoices of &lt;tenant&gt;.</source>
        <translation>Solo las facturas de &lt;tenant&gt;.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <source>Write the PDFs into &lt;dir&gt;.</source>
        <translation>Escribir los PDF en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale).</source>
        <translation>a4 o letter (por omisión: según la configuración regional).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>export-invoices takes no arguments besides its options: %1</source>
        <translation>export-invoices no admite argumentos aparte de sus opciones: %1</translation>
    </message>
    <message>
        <source>--out DIR is required: the folder the PDFs go to.</source>
        <translation>--out CARPETA es obligatorio: la carpeta donde van los PDF.</translation>
    </message>
    <message>
        <source>--from and --to take a date written YYYY-MM-DD.</source>
        <translation>--from y --to admiten una fecha escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--status must be one of %1.</source>
        <translation>--status debe ser uno de %1.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper debe ser a4 o letter.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>There is no offline cache to export from (looked for %1). Sync first, or name the profile with --profile.</source>
        <translation>No hay ninguna caché sin conexión desde la que exportar (se buscó %1). Sincronice primero o indique el perfil con --profile.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be opened: %2</source>
        <translation>No se pudo abrir la caché sin conexión %1: %2</translation>
    </message>
    <message>
        <source>FAILED %1: %2</source>
        <translation>FALLÓ %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 of %2 invoices to %3 in %4 s%5.</source>
        <translation>Exportadas %1 de %2 facturas a %3 en %4 s%5.</translation>
    </message>
    <message>
        <source> (%1 failed)</source>
        <translation> (%1 fallaron)</translation>
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
    <name>simuwave::InvoiceDetailView</name>
    <message>
        <source>Send &amp;Reminder</source>
        <translation>Enviar &amp;recordatorio</translation>
    </message>
    <message>
        <source>&amp;Mark as Paid</source>
        <translation>&amp;Marcar como pagada</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>Re&amp;embolsar</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Conceptos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Select all line items</source>
        <translation>Seleccionar todos los conceptos</translation>
    </message>
    <message>
        <source>Amount (blank = all that was paid)</source>
        <translation>Importe (en blanco = todo lo pagado)</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Importe del reembolso</translation>
    </message>
    <message>
        <source>Select an invoice to see its details.</source>
        <translation>Seleccione una factura para ver sus detalles.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Issued %1 · due %2 · billing period %3 to %4 · %5</source>
        <translation>Emitida el %1 · vence el %2 · periodo de facturación del %3 al %4 · %5</translation>
    </message>
    <message>
        <source>Subtotal %1
Tax %2
Total %3
Paid %4
Refunded %5
Due %6</source>
        <translation>Subtotal %1
Impuesto %2
Total %3
Pagado %4
Reembolsado %5
Pendiente %6</translation>
    </message>
    <message>
        <source>Only an unpaid invoice (sent, partially paid or overdue) gets a reminder.</source>
        <translation>Solo una factura sin pagar (enviada, pagada parcialmente o vencida) recibe recordatorio.</translation>
    </message>
    <message>
        <source>Only an unpaid invoice (sent, partially paid or overdue) can be marked as paid.</source>
        <translation>Solo una factura sin pagar (enviada, pagada parcialmente o vencida) se puede marcar como pagada.</translation>
    </message>
    <message>
        <source>Nothing was paid on this invoice, so nothing can be refunded.</source>
        <translation>No se pagó nada de esta factura, así que no hay nada que reembolsar.</translation>
    </message>
    <message>
        <source>Only a draft can be voided.</source>
        <translation>Solo se puede anular un borrador.</translation>
    </message>
    <message>
        <source>%1 on invoice %2</source>
        <translation>%1 en la factura %2</translation>
    </message>
    <message>
        <source>Sent; the invoice updates when the server answers.</source>
        <translation>Enviado; la factura se actualiza cuando responda el servidor.</translation>
    </message>
    <message>
        <source>Offline: the change waits in Pending changes.</source>
        <translation>Sin conexión: el cambio espera en Cambios pendientes.</translation>
    </message>
    <message>
        <source>Refund amount: enter more than zero.</source>
        <translation>Importe del reembolso: introduzca más de cero.</translation>
    </message>
    <message>
        <source>Refund amount: at most %1 can be refunded (what was paid and not yet refunded).</source>
        <translation>Importe del reembolso: se puede reembolsar como máximo %1 (lo pagado y aún no reembolsado).</translation>
    </message>
    <message>
        <source>Refund from the console</source>
        <translation>Reembolso desde la consola</translation>
    </message>
</context>
<context>
    <name>simuwave::InvoiceExporter</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>simuwave::InvoicePdfInput</name>
    <message>
        <source>The invoice %1 is not in the offline cache.</source>
        <translation>La factura %1 no está en la caché sin conexión.</translation>
    </message>
</context>
<context>
    <name>simuwave::InvoicePdfRenderer</name>
    <message>
        <source>Invoice %1 has no line items in the offline cache; sync again to render it.</source>
        <translation>La factura %1 no tiene conceptos en la caché sin conexión; sincronice de nuevo para generarla.</translation>
    </message>
    <message>
        <source>Invoice %1: the line items add up to %2 but the subtotal is %3; not rendered.</source>
        <translation>Factura %1: los conceptos suman %2 pero el subtotal es %3; no se ha generado.</translation>
    </message>
    <message>
        <source>Invoice %1: subtotal %2 plus tax %3 is not the total %4; not rendered.</source>
        <translation>Factura %1: el subtotal %2 más el impuesto %3 no es el total %4; no se ha generado.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation>No se pudo iniciar el documento.</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Soporte: %1</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>FACTURA</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>continuación</translation>
    </message>
    <message>
        <source>Appears on card statements as %1</source>
        <translation>Aparece en los extractos de tarjeta como %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>BILL TO</source>
        <translation>FACTURAR A</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Periodo de facturación</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>Impuesto (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe pendiente</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>PAGADA</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>ANULADA</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>No se pudo terminar el documento.</translation>
    </message>
</context>
<context>
    <name>simuwave::InvoicesPane</name>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your tenants&apos; invoices appear here once the console has synced.</source>
        <translation>Las facturas de sus tenants aparecen aquí cuando la consola se haya sincronizado.</translation>
    </message>
    <message>
        <source>&amp;Export PDFs…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Save the selected invoices, or every invoice of the current filter, as PDFs into a folder. Works offline.</source>
        <translation>Guardar como PDF en una carpeta las facturas seleccionadas o todas las del filtro actual. Funciona sin conexión.</translation>
    </message>
    <message>
        <source>Invoice status</source>
        <translation>Estado de la factura</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Export invoices as PDFs into</source>
        <translation>Exportar facturas como PDF en</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n invoice(s)…</source>
        <translation>
            <numerusform>Exportando %n factura…</numerusform>
            <numerusform>Exportando %n facturas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Exportar facturas</translation>
    </message>
    <message>
        <source>%1 of %2 invoices were written to %3; these were not:</source>
        <translation>Se escribieron %1 de %2 facturas en %3; estas no:</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Guardar factura como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Emitidas desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Emitidas hasta</translation>
    </message>
    <message>
        <source>%1 invoices · %2 paid · %3 unpaid · %4 outstanding</source>
        <translation>%1 facturas · %2 pagadas · %3 sin pagar · %4 pendiente</translation>
    </message>
</context>
<context>
    <name>simuwave::LoaPdfRenderer</name>
    <message>
        <source>A letter of authorization needs at least one number.</source>
        <translation>Una carta de autorización necesita al menos un número.</translation>
    </message>
    <message>
        <source>Letter of Authorization</source>
        <translation>Carta de autorización</translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation>No se pudo iniciar el documento.</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Soporte: %1</translation>
    </message>
    <message>
        <source>Continued on page %1</source>
        <translation>Continúa en la página %1</translation>
    </message>
    <message>
        <source>LETTER OF AUTHORIZATION (LOA)</source>
        <translation>CARTA DE AUTORIZACIÓN (LOA)</translation>
    </message>
    <message>
        <source>FOR PORTING TELEPHONE NUMBERS</source>
        <translation>PARA LA PORTABILIDAD DE NÚMEROS DE TELÉFONO</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>I, %1, authorized representative of %2, hereby authorize %3 and its underlying telecommunications partner to act as my agent in transferring the following telephone number(s) from %4 to their service:</source>
        <translation>Yo, %1, representante autorizado de %2, autorizo por la presente a %3 y a su socio de telecomunicaciones subyacente a actuar como mi agente para transferir los siguientes números de teléfono de %4 a su servicio:</translation>
    </message>
    <message>
        <source>The service address for these numbers is:</source>
        <translation>La dirección de servicio de estos números es:</translation>
    </message>
    <message>
        <source>The current carrier account number is: %1</source>
        <translation>El número de cuenta en el operador actual es: %1</translation>
    </message>
    <message>
        <source>I confirm I am authorized to make this change.</source>
        <translation>Confirmo que estoy autorizado para realizar este cambio.</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Name (printed):</source>
        <translation>Nombre (en mayúsculas):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>The signature must be the account holder&apos;s own. A PDF or a scanned image of the signed letter is fine.</source>
        <translation>La firma debe ser la del propio titular de la cuenta. Sirve un PDF o una imagen escaneada de la carta firmada.</translation>
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
    <message>
        <source>Records found</source>
        <translation>Registros encontrados</translation>
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
    <name>simuwave::NewPortWizard</name>
    <message>
        <source>New Port Request</source>
        <translation>Nueva solicitud de portabilidad</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Numbers to port</source>
        <translation>Números que portar</translation>
    </message>
    <message>
        <source>Paste every number the customer wants to bring, one per line or separated by commas, in any common format.</source>
        <translation>Pegue todos los números que el cliente quiere traer, uno por línea o separados por comas, en cualquier formato habitual.</translation>
    </message>
    <message>
        <source>(501) 555-0123
501-555-0124</source>
        <translation>(501) 555-0123
501-555-0124</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) ready.</source>
        <translation>
            <numerusform>%n número listo.</numerusform>
            <numerusform>%n números listos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current carrier account</source>
        <translation>Cuenta en el operador actual</translation>
    </message>
    <message>
        <source>Exactly as on the customer&apos;s latest bill: mismatches are the most common reason carriers reject a port.</source>
        <translation>Exactamente como en la última factura del cliente: las discrepancias son el motivo más habitual por el que los operadores rechazan una portabilidad.</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Operador actual</translation>
    </message>
    <message>
        <source>Verizon, AT&amp;T, Spectrum…</source>
        <translation>Verizon, AT&amp;T, Spectrum…</translation>
    </message>
    <message>
        <source>Account holder name</source>
        <translation>Nombre del titular de la cuenta</translation>
    </message>
    <message>
        <source>Exactly as on the bill</source>
        <translation>Exactamente como en la factura</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>PIN or passcode</source>
        <translation>PIN o código de acceso</translation>
    </message>
    <message>
        <source>If the carrier requires one</source>
        <translation>Si el operador lo exige</translation>
    </message>
    <message>
        <source>Service street</source>
        <translation>Calle del servicio</translation>
    </message>
    <message>
        <source>1234 Main St Suite 200</source>
        <translation>1234 Main St Suite 200</translation>
    </message>
    <message>
        <source>Service city</source>
        <translation>Ciudad del servicio</translation>
    </message>
    <message>
        <source>Service state</source>
        <translation>Estado del servicio</translation>
    </message>
    <message>
        <source>AR</source>
        <translation>AR</translation>
    </message>
    <message>
        <source>Service ZIP</source>
        <translation>Código ZIP del servicio</translation>
    </message>
    <message>
        <source>72201</source>
        <translation>72201</translation>
    </message>
    <message>
        <source>Target tenant and date</source>
        <translation>Tenant de destino y fecha</translation>
    </message>
    <message>
        <source>Target tenant</source>
        <translation>Tenant de destino</translation>
    </message>
    <message>
        <source>Desired port date</source>
        <translation>Fecha de portabilidad deseada</translation>
    </message>
    <message>
        <source>Signed LOA and latest bill</source>
        <translation>LOA firmada y última factura</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG, at most 10 MiB each. Generate the LOA filled from this request, have the account holder sign it, then choose the signed copy.</source>
        <translation>PDF, PNG o JPEG, como máximo 10 MiB cada uno. Genere la LOA rellenada a partir de esta solicitud, haga que la firme el titular de la cuenta y elija después la copia firmada.</translation>
    </message>
    <message>
        <source>&amp;Generate LOA to Sign…</source>
        <translation>&amp;Generar LOA para firmar…</translation>
    </message>
    <message>
        <source>Save the Letter of Authorization</source>
        <translation>Guardar la carta de autorización</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signed LOA: none chosen</source>
        <translation>LOA firmada: no se ha elegido ninguna</translation>
    </message>
    <message>
        <source>Latest carrier bill: none chosen</source>
        <translation>Última factura del operador: no se ha elegido ninguna</translation>
    </message>
    <message>
        <source>Choose &amp;LOA…</source>
        <translation>Elegir &amp;LOA…</translation>
    </message>
    <message>
        <source>Choose &amp;Bill…</source>
        <translation>Elegir &amp;factura…</translation>
    </message>
    <message>
        <source>Choose a Document</source>
        <translation>Elegir un documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Revisar y enviar</translation>
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
        <translation>Números: %1
Operador actual: %2
Titular de la cuenta: %3
Número de cuenta: %4
Dirección del servicio: %5
Tenant de destino: %6
Fecha deseada: %7
Documentos: %8, %9</translation>
    </message>
    <message>
        <source>Port request %1 created; uploading the documents…</source>
        <translation>Solicitud de portabilidad %1 creada; subiendo los documentos…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 is already in your inventory.</source>
        <translation>%1 ya está en su inventario.</translation>
    </message>
    <message>
        <source>%1 is already in an open port request.</source>
        <translation>%1 ya está en una solicitud de portabilidad abierta.</translation>
    </message>
    <message>
        <source>A port request takes at most 100 numbers; split the list.</source>
        <translation>Una solicitud de portabilidad admite como máximo 100 números; divida la lista.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB.</source>
        <translation>%1 ocupa más de 10 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file (checked by its content, not its name).</source>
        <translation>%1 no es un archivo PDF, PNG o JPEG (comprobado por su contenido, no por su nombre).</translation>
    </message>
    <message>
        <source>Signed LOA: %1</source>
        <translation>LOA firmada: %1</translation>
    </message>
    <message>
        <source>Latest carrier bill: %1</source>
        <translation>Última factura del operador: %1</translation>
    </message>
    <message>
        <source>Numbers: enter at least one number to port.</source>
        <translation>Números: introduzca al menos un número que portar.</translation>
    </message>
    <message>
        <source>PIN: at most 20 characters.</source>
        <translation>PIN: como máximo 20 caracteres.</translation>
    </message>
    <message>
        <source>Target tenant: choose the tenant the numbers go to.</source>
        <translation>Tenant de destino: elija el tenant al que van los números.</translation>
    </message>
    <message>
        <source>Signed LOA: choose the signed letter of authorization.</source>
        <translation>LOA firmada: elija la carta de autorización firmada.</translation>
    </message>
    <message>
        <source>Latest carrier bill: choose the customer&apos;s most recent bill.</source>
        <translation>Última factura del operador: elija la factura más reciente del cliente.</translation>
    </message>
    <message>
        <source>Fix the marked fields first: %1</source>
        <translation>Corrija primero los campos marcados: %1</translation>
    </message>
    <message numerus="yes">
        <source>New port request (%n number(s))</source>
        <translation>
            <numerusform>Nueva solicitud de portabilidad (%n número)</numerusform>
            <numerusform>Nueva solicitud de portabilidad (%n números)</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Offline: the request waits in Pending changes; upload the documents from its details once it has been sent.</source>
        <translation>Sin conexión: la solicitud espera en Cambios pendientes; suba los documentos desde sus detalles una vez enviada.</translation>
    </message>
    <message>
        <source>Port request %1 submitted with its documents.</source>
        <translation>Solicitud de portabilidad %1 enviada con sus documentos.</translation>
    </message>
    <message>
        <source>Port request %1 submitted, but %2 Upload them from its details.</source>
        <translation>Solicitud de portabilidad %1 enviada, pero %2 Súbalos desde sus detalles.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>the %1 upload failed (%2).</source>
        <translation>falló la subida de %1 (%2).</translation>
    </message>
    <message>
        <source>LOA</source>
        <translation>LOA</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>factura</translation>
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
    <name>simuwave::NumberActions</name>
    <message>
        <source>The numbers appear once the console has synced.</source>
        <translation>Los números aparecen cuando la consola se haya sincronizado.</translation>
    </message>
    <message>
        <source>Select one or more numbers first.</source>
        <translation>Seleccione primero uno o varios números.</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Asignar %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n number(s) to %1? The tenant sees them on its DIDs page; until it routes them, calls follow its unassigned-DID behavior.</source>
        <translation>
            <numerusform>¿Asignar %n número a %1? El tenant lo verá en su página de DID; hasta que lo enrute, las llamadas siguen su comportamiento para DID sin asignar.</numerusform>
            <numerusform>¿Asignar %n números a %1? El tenant los verá en su página de DID; hasta que los enrute, las llamadas siguen su comportamiento para DID sin asignar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already belong to %1 and are left as they are.</source>
        <translation>
            <numerusform>%n número ya pertenece a %1 y se deja como está.</numerusform>
            <numerusform>%n números ya pertenecen a %1 y se dejan como están.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) belong to another tenant: the server refuses those until they are released; they are listed in the results.</source>
        <translation>
            <numerusform>%n número pertenece a otro tenant: el servidor lo rechaza hasta que se libere; aparece en los resultados.</numerusform>
            <numerusform>%n números pertenecen a otro tenant: el servidor los rechaza hasta que se liberen; aparecen en los resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Asignar a %1</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n number(s)</source>
        <translation>
            <numerusform>Asignar %n número</numerusform>
            <numerusform>Asignar %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Liberar %1</translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s)? Each is unassigned from its tenant and its monthly charge stops; it stays in your inventory as Released and can be assigned again.</source>
        <translation>
            <numerusform>¿Liberar %n número? Se desasigna de su tenant y deja de cobrarse su cuota mensual; permanece en su inventario como Liberado y se puede volver a asignar.</numerusform>
            <numerusform>¿Liberar %n números? Cada uno se desasigna de su tenant y deja de cobrarse su cuota mensual; permanece en su inventario como Liberado y se puede volver a asignar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) are already released and are left out.</source>
        <translation>
            <numerusform>%n número ya está liberado y se omite.</numerusform>
            <numerusform>%n números ya están liberados y se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release numbers</source>
        <translation>Liberar números</translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s)</source>
        <translation>
            <numerusform>Liberar %n número</numerusform>
            <numerusform>Liberar %n números</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simuwave::NumberInventoryPane</name>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>Every number you own appears here once the console has synced.</source>
        <translation>Cada número que posee aparece aquí cuando la consola se haya sincronizado.</translation>
    </message>
    <message>
        <source>Number status</source>
        <translation>Estado del número</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>E911 status</source>
        <translation>Estado de E911</translation>
    </message>
    <message>
        <source>CNAM status</source>
        <translation>Estado de CNAM</translation>
    </message>
    <message>
        <source>&amp;Assign to Tenant…</source>
        <translation>&amp;Asignar a un tenant…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>Update &amp;E911…</source>
        <translation>Actualizar &amp;E911…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simuwave::PageDecoder</name>
    <message>
        <source>the list has no &quot;data&quot;</source>
        <translation>la lista no tiene «data»</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an array</source>
        <translation>«data» no es una matriz</translation>
    </message>
    <message>
        <source>&quot;data&quot; element %1 is not an object</source>
        <translation>el elemento %1 de «data» no es un objeto</translation>
    </message>
    <message>
        <source>the list has no &quot;has_more&quot;</source>
        <translation>la lista no tiene «has_more»</translation>
    </message>
    <message>
        <source>&quot;has_more&quot; is not a boolean</source>
        <translation>«has_more» no es un booleano</translation>
    </message>
    <message>
        <source>&quot;next_cursor&quot; is neither a string nor null</source>
        <translation>«next_cursor» no es ni una cadena ni null</translation>
    </message>
    <message>
        <source>&quot;has_more&quot; is true but &quot;data&quot; is empty</source>
        <translation>«has_more» es verdadero pero «data» está vacío</translation>
    </message>
    <message>
        <source>&quot;has_more&quot; is true but there is no &quot;next_cursor&quot;</source>
        <translation>«has_more» es verdadero pero no hay «next_cursor»</translation>
    </message>
    <message>
        <source>&quot;resume_cursor&quot; is neither a string nor null</source>
        <translation>«resume_cursor» no es ni una cadena ni null</translation>
    </message>
</context>
<context>
    <name>simuwave::PendingChangesDialog</name>
    <message>
        <source>No changes are waiting to be sent.</source>
        <translation>No hay cambios pendientes de enviar.</translation>
    </message>
    <message>
        <source>&amp;Cancel this change</source>
        <translation>&amp;Cancelar este cambio</translation>
    </message>
    <message>
        <source>Conflict with the server</source>
        <translation>Conflicto con el servidor</translation>
    </message>
    <message>
        <source>&amp;Send my change again</source>
        <translation>&amp;Enviar mi cambio de nuevo</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s version</source>
        <translation>&amp;Mantener la versión del servidor</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Your change and the server&apos;s version</source>
        <translation>Su cambio y la versión del servidor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Su cambio</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>En el servidor ahora</translation>
    </message>
    <message>
        <source>Apply your change on top of the record as it is on the server now.</source>
        <translation>Aplicar su cambio sobre el registro tal como está ahora en el servidor.</translation>
    </message>
    <message>
        <source>Drop your change; the record stays as it is on the server.</source>
        <translation>Descartar su cambio; el registro queda como está en el servidor.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Reading the record as it is on the server now…</source>
        <translation>Leyendo el registro tal como está ahora en el servidor…</translation>
    </message>
    <message>
        <source>%1
The server&apos;s version could not be read; you can keep it or try sending yours again.</source>
        <translation>%1
No se pudo leer la versión del servidor; puede mantenerla o intentar enviar la suya de nuevo.</translation>
    </message>
    <message>
        <source>%1
The fields you changed are shown next to the record as it is on the server now.</source>
        <translation>%1
Los campos que cambió se muestran junto al registro tal como está ahora en el servidor.</translation>
    </message>
</context>
<context>
    <name>simuwave::PortAgeDelegate</name>
    <message>
        <source>%1 (longer than usual)</source>
        <translation>%1 (más de lo habitual)</translation>
    </message>
</context>
<context>
    <name>simuwave::PortCsvImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s): %1.</source>
        <translation>A la fila de encabezado le faltan las columnas: %1.</translation>
    </message>
    <message>
        <source>numbers: &quot;%1&quot; is not a phone number.</source>
        <translation>numbers: «%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>numbers: %1 is already in another row or twice in this one.</source>
        <translation>numbers: %1 ya está en otra fila o aparece dos veces en esta.</translation>
    </message>
    <message>
        <source>numbers: %1 is already in your inventory.</source>
        <translation>numbers: %1 ya está en su inventario.</translation>
    </message>
    <message>
        <source>numbers: %1 is already in an open port request.</source>
        <translation>numbers: %1 ya está en una solicitud de portabilidad abierta.</translation>
    </message>
    <message>
        <source>numbers: enter at least one number.</source>
        <translation>numbers: introduzca al menos un número.</translation>
    </message>
    <message>
        <source>current_carrier</source>
        <translation>current_carrier</translation>
    </message>
    <message>
        <source>account_holder_name</source>
        <translation>account_holder_name</translation>
    </message>
    <message>
        <source>account_number</source>
        <translation>account_number</translation>
    </message>
    <message>
        <source>tenant: no active or trial tenant is &quot;%1&quot;.</source>
        <translation>tenant: no hay ningún tenant activo o en prueba que sea «%1».</translation>
    </message>
    <message>
        <source>tenant: &quot;%1&quot; matches more than one tenant; use its id.</source>
        <translation>tenant: «%1» coincide con más de un tenant; use su id.</translation>
    </message>
    <message>
        <source>tenant: required (id, SIP prefix or name).</source>
        <translation>tenant: obligatorio (id, prefijo SIP o nombre).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>El archivo tiene encabezado pero ninguna fila.</translation>
    </message>
</context>
<context>
    <name>simuwave::PortDetailView</name>
    <message>
        <source>Fix and &amp;Resubmit…</source>
        <translation>Corregir y &amp;reenviar…</translation>
    </message>
    <message>
        <source>&amp;Cancel Request…</source>
        <translation>&amp;Cancelar solicitud…</translation>
    </message>
    <message>
        <source>&amp;Upload Document…</source>
        <translation>&amp;Subir documento…</translation>
    </message>
    <message>
        <source>Generate &amp;LOA…</source>
        <translation>Generar &amp;LOA…</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Cancel Port Request</source>
        <translation>Cancelar solicitud de portabilidad</translation>
    </message>
    <message>
        <source>Why is it cancelled? (optional, at most 500 characters)</source>
        <translation>¿Por qué se cancela? (opcional, como máximo 500 caracteres)</translation>
    </message>
    <message>
        <source>Signed LOA</source>
        <translation>LOA firmada</translation>
    </message>
    <message>
        <source>Latest carrier bill</source>
        <translation>Última factura del operador</translation>
    </message>
    <message>
        <source>Upload Document</source>
        <translation>Subir documento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Save the Letter of Authorization</source>
        <translation>Guardar la carta de autorización</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Generate LOA</source>
        <translation>Generar LOA</translation>
    </message>
    <message>
        <source>Select a port request to see its timeline.</source>
        <translation>Seleccione una solicitud de portabilidad para ver su historial.</translation>
    </message>
    <message>
        <source>Not in the cache.</source>
        <translation>No está en la caché.</translation>
    </message>
    <message numerus="yes">
        <source>Port of %n number(s) — %1</source>
        <translation>
            <numerusform>Portabilidad de %n número — %1</numerusform>
            <numerusform>Portabilidad de %n números — %1</numerusform>
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
        <translation>Números: %1
Tenant de destino: %2
Operador actual: %3
Titular de la cuenta: %4
Número de cuenta: %5   PIN: %6
Dirección del servicio: %7
Fecha deseada: %8   Fecha FOC: %9</translation>
    </message>
    <message>
        <source>on file</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Rejected: %1
How to fix it: %2</source>
        <translation>Rechazada: %1
Cómo corregirlo: %2</translation>
    </message>
    <message>
        <source>Check the details against the carrier bill.</source>
        <translation>Compare los datos con la factura del operador.</translation>
    </message>
    <message>
        <source>Carrier bill</source>
        <translation>Factura del operador</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No documents uploaded yet: the carrier needs the signed LOA and the latest bill.</source>
        <translation>Aún no se ha subido ningún documento: el operador necesita la LOA firmada y la última factura.</translation>
    </message>
    <message>
        <source>Documents:
%1</source>
        <translation>Documentos:
%1</translation>
    </message>
    <message>
        <source>Select a port request first.</source>
        <translation>Seleccione primero una solicitud de portabilidad.</translation>
    </message>
    <message>
        <source>Only a rejected request can be resubmitted.</source>
        <translation>Solo se puede reenviar una solicitud rechazada.</translation>
    </message>
    <message>
        <source>A completed or cancelled request cannot be cancelled.</source>
        <translation>No se puede cancelar una solicitud completada o cancelada.</translation>
    </message>
    <message>
        <source>Documents cannot be added to a closed request.</source>
        <translation>No se pueden añadir documentos a una solicitud cerrada.</translation>
    </message>
    <message>
        <source>Uploading needs a connection.</source>
        <translation>Para subir se necesita conexión.</translation>
    </message>
    <message>
        <source>A letter of authorization filled from this request, ready to sign.</source>
        <translation>Una carta de autorización rellenada a partir de esta solicitud, lista para firmar.</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Operador actual</translation>
    </message>
    <message>
        <source>Account holder name</source>
        <translation>Nombre del titular de la cuenta</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Resubmit port request</source>
        <translation>Reenviar solicitud de portabilidad</translation>
    </message>
    <message>
        <source>Resubmitted: the request goes back to Pending.</source>
        <translation>Reenviada: la solicitud vuelve a Pendiente.</translation>
    </message>
    <message>
        <source>Cancel port request</source>
        <translation>Cancelar solicitud de portabilidad</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB.</source>
        <translation>%1 ocupa más de 10 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file (checked by its content).</source>
        <translation>%1 no es un archivo PDF, PNG o JPEG (comprobado por su contenido).</translation>
    </message>
    <message>
        <source>Document uploaded; the next sync shows it.</source>
        <translation>Documento subido; aparecerá con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>La subida falló: %1</translation>
    </message>
    <message>
        <source>Fix and Resubmit</source>
        <translation>Corregir y reenviar</translation>
    </message>
    <message>
        <source>Account holder name (exactly as on the bill)</source>
        <translation>Nombre del titular de la cuenta (exactamente como en la factura)</translation>
    </message>
    <message>
        <source>Account number (blank: unchanged)</source>
        <translation>Número de cuenta (en blanco: sin cambios)</translation>
    </message>
    <message>
        <source>PIN (blank: unchanged)</source>
        <translation>PIN (en blanco: sin cambios)</translation>
    </message>
    <message>
        <source>Service street</source>
        <translation>Calle del servicio</translation>
    </message>
    <message>
        <source>Service city</source>
        <translation>Ciudad del servicio</translation>
    </message>
    <message>
        <source>Service state</source>
        <translation>Estado del servicio</translation>
    </message>
    <message>
        <source>Service ZIP</source>
        <translation>Código ZIP del servicio</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Reenviar</translation>
    </message>
</context>
<context>
    <name>simuwave::PortStatusWatcher</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Port of %1: %2</source>
        <translation>Portabilidad de %1: %2</translation>
    </message>
</context>
<context>
    <name>simuwave::PortingPane</name>
    <message>
        <source>Porting</source>
        <translation>Portabilidad</translation>
    </message>
    <message numerus="yes">
        <source>%n port request(s)</source>
        <translation>
            <numerusform>%n solicitud de portabilidad</numerusform>
            <numerusform>%n solicitudes de portabilidad</numerusform>
        </translation>
    </message>
    <message>
        <source>Your port requests appear here once the console has synced.</source>
        <translation>Sus solicitudes de portabilidad aparecen aquí cuando la consola se haya sincronizado.</translation>
    </message>
    <message>
        <source>Port status</source>
        <translation>Estado de la portabilidad</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>&amp;New Port Request…</source>
        <translation>&amp;Nueva solicitud de portabilidad…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importar desde CSV…</translation>
    </message>
    <message>
        <source>One port request per row; the columns are listed in the README.</source>
        <translation>Una solicitud de portabilidad por fila; las columnas se indican en el README.</translation>
    </message>
    <message>
        <source>Import Port Requests</source>
        <translation>Importar solicitudes de portabilidad</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MiB; split it.</source>
        <translation>%1 ocupa más de 5 MiB; divídalo.</translation>
    </message>
    <message>
        <source>%1 of %2 rows are ready to send; rows with problems are not sent.</source>
        <translation>%1 de %2 filas están listas para enviarse; las filas con problemas no se envían.</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message numerus="yes">
        <source>Send %n request(s)</source>
        <translation>
            <numerusform>Enviar %n solicitud</numerusform>
            <numerusform>Enviar %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n port request(s).</source>
        <translation>
            <numerusform>Enviando %n solicitud de portabilidad.</numerusform>
            <numerusform>Enviando %n solicitudes de portabilidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>simuwave::ProfileStore</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message>
        <source>The profile name is longer than 100 characters.</source>
        <translation>El nombre del perfil supera los 100 caracteres.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>Enter the email address you sign in with (name@example.com).</source>
        <translation>Introduzca la dirección de correo con la que inicia sesión (nombre@ejemplo.com).</translation>
    </message>
    <message>
        <source>Local demo sandbox</source>
        <translation>Sandbox de demostración local</translation>
    </message>
</context>
<context>
    <name>simuwave::PurchaseDialog</name>
    <message numerus="yes">
        <source>Purchase %n number(s)</source>
        <translation>
            <numerusform>Comprar %n número</numerusform>
            <numerusform>Comprar %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to tenant</source>
        <translation>Asignar a un tenant</translation>
    </message>
    <message>
        <source>Keep unassigned (assign later)</source>
        <translation>Dejar sin asignar (asignar más tarde)</translation>
    </message>
    <message>
        <source>Monthly, from now on</source>
        <translation>Mensual, a partir de ahora</translation>
    </message>
    <message>
        <source>Setup fees, once</source>
        <translation>Cuotas de alta, una vez</translation>
    </message>
    <message>
        <source>Charged now (setup and the first month)</source>
        <translation>Cobrado ahora (alta y primer mes)</translation>
    </message>
    <message>
        <source>Unknown until the console has synced</source>
        <translation>Desconocido hasta que la consola se sincronice</translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation>Saldo del monedero</translation>
    </message>
    <message>
        <source>Wallet after the purchase</source>
        <translation>Monedero tras la compra</translation>
    </message>
    <message>
        <source>&amp;Confirm Purchase</source>
        <translation>&amp;Confirmar compra</translation>
    </message>
    <message numerus="yes">
        <source>You are buying %n number(s):</source>
        <translation>
            <numerusform>Va a comprar %n número:</numerusform>
            <numerusform>Va a comprar %n números:</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection dropped: the purchase waits in Pending changes and is sent when the console is back online. The numbers may be taken by then.</source>
        <translation>Se perdió la conexión: la compra espera en Cambios pendientes y se enviará cuando la consola recupere la conexión. Puede que para entonces los números ya no estén disponibles.</translation>
    </message>
    <message>
        <source>Buying… the server&apos;s answer is on its way.</source>
        <translation>Comprando… la respuesta del servidor está en camino.</translation>
    </message>
    <message>
        <source>Select at least one number to buy.</source>
        <translation>Seleccione al menos un número para comprar.</translation>
    </message>
    <message>
        <source>Buying numbers needs a connection: the console is offline.</source>
        <translation>Para comprar números se necesita conexión: la consola está sin conexión.</translation>
    </message>
    <message>
        <source>Your wallet holds %1 but this purchase costs %2 now. Top up the wallet or buy fewer numbers.</source>
        <translation>Su monedero tiene %1, pero esta compra cuesta ahora %2. Recargue el monedero o compre menos números.</translation>
    </message>
    <message numerus="yes">
        <source>Buy %n number(s)</source>
        <translation>
            <numerusform>Comprar %n número</numerusform>
            <numerusform>Comprar %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Comprando…</translation>
    </message>
</context>
<context>
    <name>simuwave::QuickJumpSearch</name>
    <message>
        <source>Tenant · %1 (%2)</source>
        <translation>Tenant · %1 (%2)</translation>
    </message>
    <message>
        <source>Number · %1 — %2</source>
        <translation>Número · %1 — %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Invoice · %1 — %2</source>
        <translation>Factura · %1 — %2</translation>
    </message>
</context>
<context>
    <name>simuwave::RecordListPane</name>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>simuwave::RecordTableView</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <source>Sign in or open the demo workspace: the records appear here once they are synced.</source>
        <translation>Inicie sesión o abra el espacio de demostración: los registros aparecen aquí cuando se hayan sincronizado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>simuwave::RevenueBreakdownModel</name>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Quantity billed</source>
        <translation>Cantidad facturada</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
</context>
<context>
    <name>simuwave::RevenueChartView</name>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Save the chart &quot;%1&quot; as a PNG image</source>
        <translation>Guardar el gráfico «%1» como imagen PNG</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the months of &quot;%1&quot; as CSV</source>
        <translation>Guardar los meses de «%1» como CSV</translation>
    </message>
    <message>
        <source>Chart of the last 12 months; the Table tab lists the same figures.</source>
        <translation>Gráfico de los últimos 12 meses; la pestaña Tabla muestra las mismas cifras.</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tabla)</translation>
    </message>
    <message>
        <source>Select all months</source>
        <translation>Seleccionar todos los meses</translation>
    </message>
    <message>
        <source>%1: chart or table</source>
        <translation>%1: gráfico o tabla</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>Ingresos por mes</translation>
    </message>
    <message>
        <source>Invoices sent and paid</source>
        <translation>Facturas enviadas y pagadas</translation>
    </message>
    <message>
        <source>New and churned tenants</source>
        <translation>Tenants nuevos y dados de baja</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Tasa de bajas</translation>
    </message>
    <message>
        <source>Churn rate (%)</source>
        <translation>Tasa de bajas (%)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagadas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Dados de baja</translation>
    </message>
    <message>
        <source>Revenue (USD)</source>
        <translation>Ingresos (USD)</translation>
    </message>
</context>
<context>
    <name>simuwave::RevenuePane</name>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message numerus="yes">
        <source>Figures of the last %n day(s), compared with the %n day(s) before</source>
        <translation>
            <numerusform>Cifras del último %n día, comparadas con el %n día anterior</numerusform>
            <numerusform>Cifras de los últimos %n días, comparadas con los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Revenue this period</source>
        <translation>Ingresos del periodo</translation>
    </message>
    <message>
        <source>Active tenants</source>
        <translation>Tenants activos</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>Ingresos totales</translation>
    </message>
    <message>
        <source>Outstanding balance</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>Tasa de cobro</translation>
    </message>
    <message>
        <source>Avg revenue / tenant</source>
        <translation>Ingreso medio / tenant</translation>
    </message>
    <message>
        <source>Usage and revenue breakdown</source>
        <translation>Desglose de uso e ingresos</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Monthly trends (12 months)</source>
        <translation>Tendencias mensuales (12 meses)</translation>
    </message>
    <message>
        <source>Export all months as CSV…</source>
        <translation>Exportar todos los meses como CSV…</translation>
    </message>
    <message>
        <source>Tenants by revenue</source>
        <translation>Tenants por ingresos</translation>
    </message>
    <message>
        <source>Click a tenant to open it.</source>
        <translation>Haga clic en un tenant para abrirlo.</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de baja</translation>
    </message>
    <message>
        <source>Tenants whose calling fell by more than half between their last two monthly invoices (minutes billed; a flat-rate plan&apos;s allowance counts as used). Worth a call before they leave.</source>
        <translation>Tenants cuyas llamadas cayeron más de la mitad entre sus dos últimas facturas mensuales (minutos facturados; la franquicia de un plan de tarifa plana cuenta como usada). Conviene llamarlos antes de que se vayan.</translation>
    </message>
    <message>
        <source>No tenant&apos;s usage fell by more than half.</source>
        <translation>El uso de ningún tenant cayó más de la mitad.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Sign in to see your revenue.</source>
        <translation>Inicie sesión para ver sus ingresos.</translation>
    </message>
    <message numerus="yes">
        <source>the prior %n day(s)</source>
        <translation>
            <numerusform>el %n día anterior</numerusform>
            <numerusform>los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>The revenue figures could not be read from the offline cache.</source>
        <translation>No se pudieron leer las cifras de ingresos de la caché sin conexión.</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>Monthly subscription fees of the active tenants on flat-rate plans. Growth compares the plan fees invoiced in this period (%1) with the prior one (%2).</source>
        <translation>Cuotas de suscripción mensuales de los tenants activos con planes de tarifa plana. El crecimiento compara las cuotas de plan facturadas en este periodo (%1) con las del anterior (%2).</translation>
    </message>
    <message>
        <source>MRR × 12</source>
        <translation>MRR × 12</translation>
    </message>
    <message>
        <source>Cash collected in the period, refunds deducted (prior period: %1).</source>
        <translation>Importe cobrado en el periodo, descontados los reembolsos (periodo anterior: %1).</translation>
    </message>
    <message>
        <source>ARPU %1 · %2</source>
        <translation>ARPU %1 · %2</translation>
    </message>
    <message>
        <source>Tenants in status Active (at the start of the period: %1).</source>
        <translation>Tenants en estado Activo (al inicio del periodo: %1).</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>Still due on sent and overdue invoices</source>
        <translation>Pendiente de cobro en facturas enviadas y vencidas</translation>
    </message>
    <message>
        <source>No invoice issued in the period</source>
        <translation>No se emitió ninguna factura en el periodo</translation>
    </message>
    <message>
        <source>Invoices of the period paid by their due date</source>
        <translation>Facturas del periodo pagadas antes de su vencimiento</translation>
    </message>
    <message>
        <source>Revenue this period ÷ active tenants (prior period: %1).</source>
        <translation>Ingresos del periodo ÷ tenants activos (periodo anterior: %1).</translation>
    </message>
    <message>
        <source>Margin: billed in the period (before tax) minus your wholesale cost at the %1 tier&apos;s rates.</source>
        <translation>Margen: lo facturado en el periodo (antes de impuestos) menos su coste mayorista con las tarifas del nivel %1.</translation>
    </message>
    <message>
        <source>Margin needs your tier&apos;s wholesale rates; they are custom or not synced yet.</source>
        <translation>El margen necesita las tarifas mayoristas de su nivel; son personalizadas o aún no se han sincronizado.</translation>
    </message>
    <message>
        <source>%1 to %2, from the offline cache</source>
        <translation>Del %1 al %2, desde la caché sin conexión</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Se guardó %n fila en %1</numerusform>
            <numerusform>Se guardaron %n filas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
</context>
<context>
    <name>simuwave::RevenueTrendModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Invoices sent</source>
        <translation>Facturas enviadas</translation>
    </message>
    <message>
        <source>Invoices paid</source>
        <translation>Facturas pagadas</translation>
    </message>
    <message>
        <source>New tenants</source>
        <translation>Tenants nuevos</translation>
    </message>
    <message>
        <source>Churned tenants</source>
        <translation>Tenants dados de baja</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>Activos al inicio</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Tasa de bajas</translation>
    </message>
</context>
<context>
    <name>simuwave::SecretJob</name>
    <message>
        <source>The secret store is gone.</source>
        <translation>El almacén de secretos ya no existe.</translation>
    </message>
    <message>
        <source>Refusing to store an empty or malformed credential.</source>
        <translation>Se rechaza guardar una credencial vacía o mal formada.</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>el llavero no respondió en %1 segundos</translation>
    </message>
</context>
<context>
    <name>simuwave::SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1). Your credentials are kept for this session only and you will have to sign in again next time.</source>
        <translation>El llavero del sistema no está disponible (%1). Sus credenciales se conservan solo durante esta sesión y tendrá que iniciar sesión de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>no hay servicio de llavero</translation>
    </message>
</context>
<context>
    <name>simuwave::SessionController</name>
    <message>
        <source>This system has no working keychain: your sign-in is kept for this session only.</source>
        <translation>Este sistema no tiene un llavero que funcione: su sesión se conserva solo durante esta ejecución.</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation>Sincronizando %1: %2 de %3</translation>
    </message>
    <message>
        <source>Syncing %1: %2 records</source>
        <translation>Sincronizando %1: %2 registros</translation>
    </message>
    <message>
        <source>Demo workspace: %1</source>
        <translation>Espacio de demostración: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo para continuar.</translation>
    </message>
    <message>
        <source>The demo workspace is not available: simuwave-sandbox was not found next to the console.</source>
        <translation>El espacio de demostración no está disponible: no se encontró simuwave-sandbox junto a la consola.</translation>
    </message>
    <message>
        <source>Demo workspace: starting…</source>
        <translation>Espacio de demostración: iniciando…</translation>
    </message>
    <message>
        <source>Demo workspace: stopped</source>
        <translation>Espacio de demostración: detenido</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (solicitud %2)</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Offline — last synced %1</source>
        <translation>Sin conexión — última sincronización %1</translation>
    </message>
    <message>
        <source>Sign in to make changes.</source>
        <translation>Inicie sesión para hacer cambios.</translation>
    </message>
    <message>
        <source>Read-only: your role (%1) cannot make changes.</source>
        <translation>Solo lectura: su rol (%1) no puede hacer cambios.</translation>
    </message>
    <message>
        <source>API key without write scopes</source>
        <translation>Clave de API sin permisos de escritura</translation>
    </message>
    <message>
        <source>Partner User</source>
        <translation>Usuario del partner</translation>
    </message>
</context>
<context>
    <name>simuwave::SettingsPane</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Show desktop notifications for usage alerts and port status changes</source>
        <translation>Mostrar notificaciones de escritorio para alertas de uso y cambios de estado de portabilidad</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Background refresh</source>
        <translation>Actualización en segundo plano</translation>
    </message>
    <message>
        <source>Off (sync by hand, F5)</source>
        <translation>Desactivada (sincronizar a mano, F5)</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Cada 30 segundos</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <source>Every 2 minutes</source>
        <translation>Cada 2 minutos</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Cada 5 minutos</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>A refresh with no changes costs one small request per list.</source>
        <translation>Una actualización sin cambios cuesta una pequeña solicitud por lista.</translation>
    </message>
    <message>
        <source>Invoices and documents</source>
        <translation>Facturas y documentos</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Automatic (%1 for your region)</source>
        <translation>Automático (%1 para su región)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>SimuWave Partner Console %1
Offline data of this profile: %2</source>
        <translation>Consola de socios de SimuWave %1
Datos sin conexión de este perfil: %2</translation>
    </message>
    <message>
        <source>no profile is open</source>
        <translation>no hay ningún perfil abierto</translation>
    </message>
</context>
<context>
    <name>simuwave::SignInDialog</name>
    <message>
        <source>Email and password</source>
        <translation>Correo y contraseña</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Abrir el espacio de demostración</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to SimuWave</source>
        <translation>Iniciar sesión en SimuWave</translation>
    </message>
    <message>
        <source>Only if two-factor sign-in is on</source>
        <translation>Solo si el inicio de sesión en dos pasos está activado</translation>
    </message>
    <message>
        <source>SimuWave</source>
        <translation>SimuWave</translation>
    </message>
    <message>
        <source>Starts a local sandbox with sample tenants, numbers and invoices.</source>
        <translation>Inicia un sandbox local con tenants, números y facturas de ejemplo.</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Code (2FA):</source>
        <translation>&amp;Código (2FA):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Profile name: enter a name for this profile.</source>
        <translation>Nombre del perfil: introduzca un nombre para este perfil.</translation>
    </message>
    <message>
        <source>Server: enter the API address, e.g. %1.</source>
        <translation>Servidor: introduzca la dirección de la API, p. ej. %1.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Email: enter the address you sign in with.</source>
        <translation>Correo: introduzca la dirección con la que inicia sesión.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Contraseña: introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Code (2FA): the code has exactly 6 digits.</source>
        <translation>Código (2FA): el código tiene exactamente 6 dígitos.</translation>
    </message>
    <message>
        <source>API key: paste the whole key (it has no spaces).</source>
        <translation>Clave de API: pegue la clave completa (no tiene espacios).</translation>
    </message>
</context>
<context>
    <name>simuwave::SignInJob</name>
    <message>
        <source>the session has no token</source>
        <translation>la sesión no tiene token</translation>
    </message>
    <message>
        <source>the session has no valid expires_at</source>
        <translation>la sesión no tiene un expires_at válido</translation>
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
        <translation>sync [--profile NOMBRE | --server URL] [--data-dir CARPETA]
  Actualiza la caché sin conexión (una sincronización completa la primera vez y después solo los cambios) y termina.
  El progreso va a stderr; una línea de resumen (registros por recurso, segundos) a stdout.
  --server URL  sincroniza desde esta API (p. ej. http://127.0.0.1:8080/v1); la clave de API se lee de la
                variable de entorno SIMUWAVE_API_KEY, nunca de la línea de órdenes.
  --profile NOMBRE  usa un perfil guardado y su credencial del llavero.
  --data-dir CARPETA  guarda la caché en CARPETA/&lt;perfil&gt;/ en lugar de la carpeta de datos de la aplicación.
  --page-size N  registros por solicitud (1-1000, 1000 por omisión).
  Estado de salida: 0 sincronizado, 1 falló la sincronización, 2 argumentos erróneos, 3 credenciales ausentes o rechazadas.</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation>Usar el perfil guardado &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Sync from &lt;url&gt;; the API key comes from SIMUWAVE_API_KEY.</source>
        <translation>Sincronizar desde &lt;url&gt;; la clave de API se toma de SIMUWAVE_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep the cache in &lt;dir&gt;.</source>
        <translation>Guardar la caché en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Records per request, 1-1000 (default 1000; smaller for slow links).</source>
        <translation>Registros por solicitud, 1-1000 (1000 por omisión; menos para enlaces lentos).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>sync takes no arguments besides its options: %1</source>
        <translation>sync no admite argumentos aparte de sus opciones: %1</translation>
    </message>
    <message>
        <source>sync needs exactly one of --profile NAME or --server URL.</source>
        <translation>sync necesita exactamente uno de --profile NOMBRE o --server URL.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>Set the API key in the environment variable SIMUWAVE_API_KEY.</source>
        <translation>Defina la clave de API en la variable de entorno SIMUWAVE_API_KEY.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>No credential is stored for the profile &quot;%1&quot;: sign in with the console first.</source>
        <translation>No hay ninguna credencial guardada para el perfil «%1»: inicie sesión antes con la consola.</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000.</source>
        <translation>--page-size admite un número de 1 a 1000.</translation>
    </message>
    <message>
        <source>Full sync started.</source>
        <translation>Sincronización completa iniciada.</translation>
    </message>
    <message>
        <source>Delta sync started.</source>
        <translation>Sincronización incremental iniciada.</translation>
    </message>
    <message>
        <source>%1: %2 records (%3 in all, %4 records/s)</source>
        <translation>%1: %2 registros (%3 en total, %4 registros/s)</translation>
    </message>
    <message>
        <source>Waiting %1 s before trying again...</source>
        <translation>Esperando %1 s antes de volver a intentarlo...</translation>
    </message>
    <message>
        <source>The server rejected the credential: %1</source>
        <translation>El servidor rechazó la credencial: %1</translation>
    </message>
</context>
<context>
    <name>simuwave::SyncWorker</name>
    <message>
        <source>The offline cache could not be opened.</source>
        <translation>No se pudo abrir la caché sin conexión.</translation>
    </message>
    <message>
        <source>No usable server address is configured.</source>
        <translation>No hay configurada ninguna dirección de servidor utilizable.</translation>
    </message>
    <message>
        <source>the next_cursor repeats an earlier one (a paging loop)</source>
        <translation>el next_cursor repite uno anterior (un bucle de paginación)</translation>
    </message>
    <message>
        <source>a record has no valid updated_at</source>
        <translation>un registro no tiene un updated_at válido</translation>
    </message>
    <message>
        <source>the records are not ordered by updated_at</source>
        <translation>los registros no están ordenados por updated_at</translation>
    </message>
    <message>
        <source>Sync of %1 stopped: %2</source>
        <translation>La sincronización de %1 se detuvo: %2</translation>
    </message>
    <message>
        <source>The server&apos;s page of %1 does not follow the API contract (%2); nothing of it was stored.</source>
        <translation>La página de %1 del servidor no sigue el contrato de la API (%2); no se guardó nada de ella.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
</context>
<context>
    <name>simuwave::TenantDefaultsPane</name>
    <message>
        <source>Tenant Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Save Defaults</source>
        <translation>&amp;Guardar valores predeterminados</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Recommended &amp;Limits</source>
        <translation>&amp;Límites recomendados</translation>
    </message>
    <message>
        <source>Every new tenant starts with these settings; you can still change them per tenant. Existing tenants are not changed.</source>
        <translation>Cada tenant nuevo empieza con esta configuración; puede cambiarla después en cada tenant. Los tenants existentes no se modifican.</translation>
    </message>
    <message>
        <source>New tenants</source>
        <translation>Tenants nuevos</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Default CNAM</source>
        <translation>CNAM predeterminado</translation>
    </message>
    <message>
        <source>Up to 15 characters</source>
        <translation>Hasta 15 caracteres</translation>
    </message>
    <message>
        <source>Billing profile</source>
        <translation>Perfil de facturación</translation>
    </message>
    <message>
        <source>At the spend cap</source>
        <translation>Al alcanzar el tope de gasto</translation>
    </message>
    <message>
        <source>Suspend the tenant</source>
        <translation>Suspender el tenant</translation>
    </message>
    <message>
        <source>Alert me only</source>
        <translation>Solo avisarme</translation>
    </message>
    <message>
        <source>Usage limits (blank = unlimited)</source>
        <translation>Límites de uso (en blanco = ilimitado)</translation>
    </message>
    <message>
        <source>The guide&apos;s starting limits: $500 a month, 50 extensions, 10 DIDs, 5,000 minutes, alert at 80 %, auto-suspend on.</source>
        <translation>Los límites iniciales de la guía: 500 $ al mes, 50 extensiones, 10 DID, 5.000 minutos, alerta al 80 %, suspensión automática activada.</translation>
    </message>
    <message>
        <source>Saved. New tenants start with these settings.</source>
        <translation>Guardado. Los tenants nuevos empiezan con esta configuración.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The defaults appear here once the console has synced.</source>
        <translation>Los valores predeterminados aparecen aquí cuando la consola se haya sincronizado.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Corrija primero los campos marcados.</translation>
    </message>
    <message>
        <source>Change Tenant Defaults</source>
        <translation>Cambiar los valores predeterminados</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Offline: the change waits in Pending changes.</source>
        <translation>Sin conexión: el cambio espera en Cambios pendientes.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Aún no ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>simuwave::TenantDetailView</name>
    <message>
        <source>Refresh &amp;Usage</source>
        <translation>Actualizar el &amp;uso</translation>
    </message>
    <message>
        <source>Ask the server for this tenant&apos;s latest usage and limits.</source>
        <translation>Pedir al servidor el uso y los límites más recientes de este tenant.</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Gasto mensual</translation>
    </message>
    <message>
        <source>Monthly minutes</source>
        <translation>Minutos mensuales</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Port requests</source>
        <translation>Solicitudes de portabilidad</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <source>Select a tenant to see its numbers, usage and invoices.</source>
        <translation>Seleccione un tenant para ver sus números, uso y facturas.</translation>
    </message>
    <message>
        <source>Not in the cache.</source>
        <translation>No está en la caché.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>SIP prefix: %1
Billing email: %2
Time zone: %3
Default CNAM: %4
E911 address: %5
Users: %6   DIDs: %7   Extensions: %8</source>
        <translation>Prefijo SIP: %1
Correo de facturación: %2
Zona horaria: %3
CNAM predeterminado: %4
Dirección E911: %5
Usuarios: %6   DID: %7   Extensiones: %8</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sin límite)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Cycle %1 to %2; alert at %3 %; auto-suspend %4.</source>
        <translation>Ciclo del %1 al %2; alerta al %3 %; suspensión automática %4.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>No usage synced yet for this tenant.</source>
        <translation>Aún no se ha sincronizado ningún uso de este tenant.</translation>
    </message>
</context>
<context>
    <name>simuwave::TenantDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Create tenant</source>
        <translation>&amp;Crear tenant</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Nuevo tenant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>SIP prefix</source>
        <translation>Prefijo SIP</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>Correo de facturación</translation>
    </message>
    <message>
        <source>Default caller ID name (CNAM)</source>
        <translation>Nombre de identificación de llamada predeterminado (CNAM)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>E911 street</source>
        <translation>Calle E911</translation>
    </message>
    <message>
        <source>E911 city</source>
        <translation>Ciudad E911</translation>
    </message>
    <message>
        <source>E911 state</source>
        <translation>Estado E911</translation>
    </message>
    <message>
        <source>E911 ZIP code</source>
        <translation>Código ZIP E911</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Billing profile</source>
        <translation>Perfil de facturación</translation>
    </message>
    <message>
        <source>The SIP prefix cannot change after creation.</source>
        <translation>El prefijo SIP no puede cambiar después de la creación.</translation>
    </message>
    <message>
        <source>Edit tenant %1</source>
        <translation>Editar el tenant %1</translation>
    </message>
    <message>
        <source>Create tenant %1</source>
        <translation>Crear el tenant %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Offline: the change waits in Pending changes.</source>
        <translation>Sin conexión: el cambio espera en Cambios pendientes.</translation>
    </message>
</context>
<context>
    <name>simuwave::TenantRevenueModel</name>
    <message>
        <source>Your tier&apos;s wholesale rates are custom, so the console cannot compute the margin.</source>
        <translation>Las tarifas mayoristas de su nivel son personalizadas, así que la consola no puede calcular el margen.</translation>
    </message>
    <message>
        <source>Billed in the period (before tax) minus your wholesale cost of that service at your tier&apos;s rates; a flat-rate plan&apos;s allowance counts as used in full.</source>
        <translation>Lo facturado en el periodo (antes de impuestos) menos su coste mayorista de ese servicio con las tarifas de su nivel; la franquicia de un plan de tarifa plana cuenta como usada por completo.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Subtotals (before tax) of the tenant&apos;s invoices issued in the selected period</source>
        <translation>Subtotales (antes de impuestos) de las facturas del tenant emitidas en el periodo seleccionado</translation>
    </message>
    <message>
        <source>What that service costs you at your tier&apos;s wholesale rates</source>
        <translation>Lo que le cuesta ese servicio con las tarifas mayoristas de su nivel</translation>
    </message>
    <message>
        <source>Billed minus wholesale, for the selected period</source>
        <translation>Facturado menos coste mayorista, en el periodo seleccionado</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>Ingresos totales</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <source>Billed (period)</source>
        <translation>Facturado (periodo)</translation>
    </message>
    <message>
        <source>Wholesale cost</source>
        <translation>Coste mayorista</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
</context>
<context>
    <name>simuwave::TenantsPane</name>
    <message>
        <source>Tenants</source>
        <translation>Clientes</translation>
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
        <translation>Sus cuentas de clientes aparecen aquí cuando la consola se haya sincronizado.</translation>
    </message>
    <message>
        <source>&amp;New Tenant…</source>
        <translation>&amp;Nuevo tenant…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspender</translation>
    </message>
    <message>
        <source>&amp;Unsuspend</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Tenant status</source>
        <translation>Estado del tenant</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Select a tenant first.</source>
        <translation>Seleccione primero un tenant.</translation>
    </message>
    <message>
        <source>Only an active or trial tenant can be suspended.</source>
        <translation>Solo se puede suspender un tenant activo o en prueba.</translation>
    </message>
    <message>
        <source>Only a suspended tenant can be unsuspended.</source>
        <translation>Solo se puede reactivar un tenant suspendido.</translation>
    </message>
    <message>
        <source>This tenant is already cancelled.</source>
        <translation>Este tenant ya está cancelado.</translation>
    </message>
    <message>
        <source>Suspend tenant</source>
        <translation>Suspender el tenant</translation>
    </message>
    <message>
        <source>Unsuspend tenant</source>
        <translation>Reactivar el tenant</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 sets it to CANCELLED at once: its service stops, its %n phone number(s) are released, and its data is purged after 90 days. Type the tenant&apos;s name to confirm.</source>
        <translation>
            <numerusform>Eliminar %1 lo pasa a CANCELLED de inmediato: su servicio se detiene, se libera %n número de teléfono y sus datos se purgan a los 90 días. Escriba el nombre del tenant para confirmar.</numerusform>
            <numerusform>Eliminar %1 lo pasa a CANCELLED de inmediato: su servicio se detiene, se liberan sus %n números de teléfono y sus datos se purgan a los 90 días. Escriba el nombre del tenant para confirmar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant name, to confirm</source>
        <translation>Nombre del tenant, para confirmar</translation>
    </message>
    <message>
        <source>Delete tenant</source>
        <translation>Eliminar tenant</translation>
    </message>
    <message>
        <source>Delete tenant %1</source>
        <translation>Eliminar el tenant %1</translation>
    </message>
</context>
<context>
    <name>simuwave::UsageAlertListModel</name>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
</context>
<context>
    <name>simuwave::UsageAlertWatcher</name>
    <message>
        <source>monthly spend</source>
        <translation>gasto mensual</translation>
    </message>
    <message>
        <source>monthly minutes</source>
        <translation>minutos mensuales</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>extensions</source>
        <translation>extensiones</translation>
    </message>
    <message>
        <source>%1 hit its %2 cap</source>
        <translation>%1 alcanzó su tope de %2</translation>
    </message>
    <message>
        <source>%1 passed its %2 alert threshold</source>
        <translation>%1 superó su umbral de alerta de %2</translation>
    </message>
    <message>
        <source>%1 used of %2 this cycle.</source>
        <translation>Usado: %1 de %2 en este ciclo.</translation>
    </message>
</context>
<context>
    <name>simuwave::UsageLimitsForm</name>
    <message>
        <source>Suspend the tenant automatically when a cap is hit</source>
        <translation>Suspender el tenant automáticamente al alcanzar un tope</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Monthly spend limit ($)</source>
        <translation>Límite de gasto mensual ($)</translation>
    </message>
    <message>
        <source>Max extensions</source>
        <translation>Máximo de extensiones</translation>
    </message>
    <message>
        <source>Max DIDs</source>
        <translation>Máximo de DID</translation>
    </message>
    <message>
        <source>Max monthly minutes</source>
        <translation>Máximo de minutos mensuales</translation>
    </message>
    <message>
        <source>Alert threshold (%)</source>
        <translation>Umbral de alerta (%)</translation>
    </message>
    <message>
        <source>80</source>
        <translation>80</translation>
    </message>
    <message>
        <source>Auto-suspend</source>
        <translation>Suspensión automática</translation>
    </message>
    <message>
        <source>Monthly spend limit</source>
        <translation>Límite de gasto mensual</translation>
    </message>
</context>
<context>
    <name>simuwave::UsageLimitsPane</name>
    <message>
        <source>Usage Limits</source>
        <translation>Límites de uso</translation>
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
        <translation>Los topes y el uso de cada tenant aparecen aquí cuando la consola se haya sincronizado.</translation>
    </message>
    <message>
        <source>&amp;Edit Limits…</source>
        <translation>&amp;Editar límites…</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Bars turn amber at the tenant&apos;s alert threshold and red at the cap.</source>
        <translation>Las barras se vuelven ámbar en el umbral de alerta del tenant y rojas en el tope.</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Replace the limits of %1 with your Tenant Defaults?</source>
        <translation>¿Sustituir los límites de %1 por sus Valores predeterminados?</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Todos los tenants</translation>
    </message>
    <message>
        <source>Past an alert threshold</source>
        <translation>Por encima de un umbral de alerta</translation>
    </message>
    <message>
        <source>At a cap</source>
        <translation>En un tope</translation>
    </message>
    <message>
        <source>Will cross a cap this cycle</source>
        <translation>Superará un tope en este ciclo</translation>
    </message>
    <message>
        <source>Tenant status</source>
        <translation>Estado del tenant</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Usage alerts</source>
        <translation>Alertas de uso</translation>
    </message>
    <message>
        <source>No tenant has reached an alert threshold or a cap while the console was watching.</source>
        <translation>Ningún tenant ha alcanzado un umbral de alerta ni un tope mientras la consola lo vigilaba.</translation>
    </message>
    <message>
        <source>Select a tenant first.</source>
        <translation>Seleccione primero un tenant.</translation>
    </message>
    <message>
        <source>Reset limits to defaults</source>
        <translation>Restablecer los límites predeterminados</translation>
    </message>
</context>
<context>
    <name>simuwave::WriteQueue</name>
    <message>
        <source>Your role is read-only: this account can view but not change anything.</source>
        <translation>Su rol es de solo lectura: esta cuenta puede ver pero no modificar nada.</translation>
    </message>
    <message>
        <source>Pending changes cannot be stored, so the edit was not made.</source>
        <translation>No se pueden guardar los cambios pendientes, así que no se realizó la edición.</translation>
    </message>
    <message>
        <source>This change is being sent right now and can no longer be cancelled.</source>
        <translation>Este cambio se está enviando ahora mismo y ya no se puede cancelar.</translation>
    </message>
</context>
<context>
    <name>simuwave::cache</name>
    <message>
        <source>The disk is full: the offline cache could not be updated. Nothing was lost; free some space and sync again. (%1)</source>
        <translation>El disco está lleno: no se pudo actualizar la caché sin conexión. No se ha perdido nada; libere espacio y vuelva a sincronizar. (%1)</translation>
    </message>
    <message>
        <source>The offline cache could not be written (input/output error, the disk may be full). Nothing was lost. (%1)</source>
        <translation>No se pudo escribir la caché sin conexión (error de entrada/salida; puede que el disco esté lleno). No se ha perdido nada. (%1)</translation>
    </message>
    <message>
        <source>The offline cache is in use by another SimuWave Console on this profile. (%1)</source>
        <translation>Otra SimuWave Console está usando la caché sin conexión de este perfil. (%1)</translation>
    </message>
    <message>
        <source>The offline cache is read-only. (%1)</source>
        <translation>La caché sin conexión es de solo lectura. (%1)</translation>
    </message>
    <message>
        <source>The offline cache could not be updated: %1</source>
        <translation>No se pudo actualizar la caché sin conexión: %1</translation>
    </message>
</context>
<context>
    <name>simuwave::cache::CacheMigrator</name>
    <message>
        <source>Updating the cache to version %1 failed: %2</source>
        <translation>Falló la actualización de la caché a la versión %1: %2</translation>
    </message>
</context>
<context>
    <name>simuwave::cache::OutboxStore</name>
    <message>
        <source>The folder of the pending changes file %1 cannot be created.</source>
        <translation>No se puede crear la carpeta del archivo de cambios pendientes %1.</translation>
    </message>
    <message>
        <source>The pending changes file %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo de cambios pendientes %1: %2</translation>
    </message>
    <message>
        <source>The pending changes file %1 cannot be used: %2</source>
        <translation>No se puede usar el archivo de cambios pendientes %1: %2</translation>
    </message>
    <message>
        <source>The pending changes file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de cambios pendientes %1: %2</translation>
    </message>
    <message>
        <source>The pending changes file %1 was written by a newer version of SimuWave Console; it is left untouched. Update the console to send those changes.</source>
        <translation>El archivo de cambios pendientes %1 lo escribió una versión más reciente de SimuWave Console; se deja intacto. Actualice la consola para enviar esos cambios.</translation>
    </message>
    <message>
        <source>The pending changes file %1 cannot be created: %2</source>
        <translation>No se puede crear el archivo de cambios pendientes %1: %2</translation>
    </message>
    <message>
        <source>The change could not be saved for sending later: %1</source>
        <translation>No se pudo guardar el cambio para enviarlo más tarde: %1</translation>
    </message>
</context>
<context>
    <name>simuwave::cache::RecordDecoder</name>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>must carry a string &quot;name&quot; or &quot;id&quot;</source>
        <translation>debe llevar una cadena «name» o «id»</translation>
    </message>
    <message>
        <source>a string or an object</source>
        <translation>una cadena o un objeto</translation>
    </message>
    <message>
        <source>item %1 must be an object, got %2</source>
        <translation>el elemento %1 debe ser un objeto, se recibió %2</translation>
    </message>
    <message>
        <source>must be a decimal string such as &quot;0.016&quot;, got &quot;%1&quot;</source>
        <translation>debe ser una cadena decimal como «0.016», se recibió «%1»</translation>
    </message>
    <message>
        <source>item %1 has a bad %2</source>
        <translation>el elemento %1 tiene un %2 incorrecto</translation>
    </message>
    <message>
        <source>must hold E.164 strings, got %1</source>
        <translation>debe contener cadenas E.164, se recibió %1</translation>
    </message>
    <message>
        <source>Rejected a page of %1: element %2: %3</source>
        <translation>Se rechazó una página de %1: elemento %2: %3</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>debe ser un objeto, se recibió %1</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>una matriz de objetos</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>registro de %1</translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation>registro de %1 %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation>el campo «%1» %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>has a bad %1</source>
        <translation>tiene un %1 incorrecto</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>debe ser %1, se recibió %2</translation>
    </message>
    <message>
        <source>is required but is null</source>
        <translation>es obligatorio pero es null</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>es obligatorio pero falta</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>must be an integer, got %1</source>
        <translation>debe ser un entero, se recibió %1</translation>
    </message>
    <message>
        <source>an integer number of cents</source>
        <translation>un número entero de centavos</translation>
    </message>
    <message>
        <source>must be an integer number of cents, got %1</source>
        <translation>debe ser un número entero de centavos, se recibió %1</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time with a time zone, got &quot;%1&quot;</source>
        <translation>debe ser una hora RFC 3339 con zona horaria, se recibió «%1»</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>debe ser una fecha AAAA-MM-DD, se recibió «%1»</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; as %2 instead of a string</source>
        <translation>tiene «%1» como %2 en lugar de una cadena</translation>
    </message>
    <message>
        <source>is &quot;%1&quot; but the answer was for tenant &quot;%2&quot;</source>
        <translation>es «%1» pero la respuesta era para el tenant «%2»</translation>
    </message>
</context>
<context>
    <name>simuwave::cache::SqlCache</name>
    <message>
        <source>The offline cache could not be opened, not even in memory.</source>
        <translation>No se pudo abrir la caché sin conexión, ni siquiera en memoria.</translation>
    </message>
    <message>
        <source>The cache folder %1 is not writable. The console works from memory for this session: everything is synced again at each start until the folder is writable.</source>
        <translation>No se puede escribir en la carpeta de la caché %1. La consola trabaja en memoria durante esta sesión: todo se vuelve a sincronizar en cada inicio hasta que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>The offline cache %1 cannot be opened for writing. The console works from memory for this session.</source>
        <translation>No se puede abrir la caché sin conexión %1 para escritura. La consola trabaja en memoria durante esta sesión.</translation>
    </message>
    <message>
        <source>The offline cache could not be recreated. The console works from memory for this session.</source>
        <translation>No se pudo volver a crear la caché sin conexión. La consola trabaja en memoria durante esta sesión.</translation>
    </message>
    <message>
        <source>The offline cache was damaged and has been replaced; all data is being downloaded again. Your pending changes are kept. The damaged file was kept as %1.</source>
        <translation>La caché sin conexión estaba dañada y se ha sustituido; se están descargando de nuevo todos los datos. Sus cambios pendientes se conservan. El archivo dañado se guardó como %1.</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of SimuWave Console and has been replaced; all data is being downloaded again. Your pending changes are kept.</source>
        <translation>La caché sin conexión la escribió una versión más reciente de SimuWave Console y se ha sustituido; se están descargando de nuevo todos los datos. Sus cambios pendientes se conservan.</translation>
    </message>
    <message>
        <source>The offline cache could not be updated to this version and has been replaced; all data is being downloaded again. Your pending changes are kept.</source>
        <translation>No se pudo actualizar la caché sin conexión a esta versión y se ha sustituido; se están descargando de nuevo todos los datos. Sus cambios pendientes se conservan.</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>La caché sin conexión no está abierta.</translation>
    </message>
    <message>
        <source>Another connection is loading this cache.</source>
        <translation>Otra conexión está cargando esta caché.</translation>
    </message>
    <message>
        <source>The cache&apos;s lock file %1 could not be created.</source>
        <translation>No se pudo crear el archivo de bloqueo %1 de la caché.</translation>
    </message>
    <message>
        <source>A cache in memory is loaded record by record.</source>
        <translation>Una caché en memoria se carga registro a registro.</translation>
    </message>
</context>
<context>
    <name>simuwave::domain</name>
    <message>
        <source>%1: enter a number, for example %2.</source>
        <translation>%1: introduzca un número, por ejemplo %2.</translation>
    </message>
    <message>
        <source>%1: remove the spaces around %2.</source>
        <translation>%1: quite los espacios alrededor de %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not a plain number; use digits, an optional minus sign and a decimal point, for example %3.</source>
        <translation>%1: %2 no es un número simple; use dígitos, un signo menos opcional y un punto decimal, por ejemplo %3.</translation>
    </message>
    <message>
        <source>%1: %2 has too many decimal places; use at most %3, for example %4.</source>
        <translation>%1: %2 tiene demasiados decimales; use como máximo %3, por ejemplo %4.</translation>
    </message>
    <message>
        <source>%1: %2 is too large.</source>
        <translation>%1: %2 es demasiado grande.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>%1: the server sent an amount that is not a whole number of cents.</source>
        <translation>%1: el servidor envió un importe que no es un número entero de centavos.</translation>
    </message>
    <message>
        <source>%1: the server sent no amount.</source>
        <translation>%1: el servidor no envió ningún importe.</translation>
    </message>
    <message>
        <source>%1: the server sent an amount that is not a number of cents.</source>
        <translation>%1: el servidor envió un importe que no es un número de centavos.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>Usage limits: the server sent a value for %1 that is not a whole number.</source>
        <translation>Límites de uso: el servidor envió para %1 un valor que no es un número entero.</translation>
    </message>
    <message>
        <source>Usage limits: the server sent a value for %1 that is not true or false.</source>
        <translation>Límites de uso: el servidor envió para %1 un valor que no es verdadero ni falso.</translation>
    </message>
</context>
<context>
    <name>simuwave::items::InvoiceTableModel</name>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>Importe pendiente: %1</translation>
    </message>
</context>
<context>
    <name>simuwave::items::PhoneNumberTableModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Call flow</source>
        <translation>Flujo de llamadas</translation>
    </message>
    <message>
        <source>CNAM</source>
        <translation>CNAM</translation>
    </message>
    <message>
        <source>CNAM status</source>
        <translation>Estado de CNAM</translation>
    </message>
    <message>
        <source>E911 status</source>
        <translation>Estado de E911</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Sin enrutar</translation>
    </message>
    <message>
        <source>Tenant default</source>
        <translation>Predeterminado del tenant</translation>
    </message>
</context>
<context>
    <name>simuwave::items::PortRequestTableModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Target tenant</source>
        <translation>Tenant de destino</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Operador actual</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>FOC date</source>
        <translation>Fecha FOC</translation>
    </message>
    <message>
        <source>Days in status</source>
        <translation>Días en el estado</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simuwave::items::TenantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>SIP prefix</source>
        <translation>Prefijo SIP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>simuwave::items::UsageLimitsTableModel</name>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Gasto mensual</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Monthly minutes</source>
        <translation>Minutos mensuales</translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation>Alerta al</translation>
    </message>
    <message>
        <source>Auto-suspend</source>
        <translation>Suspensión automática</translation>
    </message>
    <message>
        <source>Closest to a cap</source>
        <translation>Más cerca de un tope</translation>
    </message>
    <message>
        <source>Month-end forecast</source>
        <translation>Previsión a fin de mes</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>extensions</source>
        <translation>extensiones</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sin límite)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 % of the %2 cap</source>
        <translation>%1 % del tope de %2</translation>
    </message>
    <message>
        <source>No caps</source>
        <translation>Sin topes</translation>
    </message>
    <message>
        <source>Too early in the cycle</source>
        <translation>Demasiado pronto en el ciclo</translation>
    </message>
    <message>
        <source>At the %1 cap</source>
        <translation>En el tope de %1</translation>
    </message>
    <message>
        <source>Crosses the %1 cap around %2</source>
        <translation>Superará el tope de %1 hacia el %2</translation>
    </message>
    <message>
        <source>Within limits</source>
        <translation>Dentro de los límites</translation>
    </message>
    <message>
        <source>%1 % used; alert at %2 %</source>
        <translation>%1 % usado; alerta al %2 %</translation>
    </message>
    <message>
        <source>No limit: leave blank in Edit Limits to keep it unlimited.</source>
        <translation>Sin límite: déjelo en blanco en Editar límites para que siga siendo ilimitado.</translation>
    </message>
</context>
<context>
    <name>simuwave::revenue</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not render the chart as PNG.</source>
        <translation>No se pudo generar el gráfico como PNG.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;94.12 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <extracomment>Growth against the prior period, e.g. &quot;+12.5 %&quot;</extracomment>
        <translation>%1%2 %</translation>
    </message>
</context>
<context>
    <name>simuwave::status</name>
    <message>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Not Set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>FOC Received</source>
        <translation>FOC recibido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Partially Paid</source>
        <translation>Pagada parcialmente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Partner Admin</source>
        <translation>Administrador del partner</translation>
    </message>
    <message>
        <source>Partner User (read-only)</source>
        <translation>Usuario del partner (solo lectura)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>simuwave::validation</name>
    <message>
        <source>%1: enter the two-letter state code, for example AR.</source>
        <translation>%1: introduzca el código de estado de dos letras, por ejemplo AR.</translation>
    </message>
    <message>
        <source>%1: write the code as %2 (two capital letters, no spaces).</source>
        <translation>%1: escriba el código como %2 (dos letras mayúsculas, sin espacios).</translation>
    </message>
    <message>
        <source>%1: %2 is not a US state or territory code; use two letters such as AR or TX.</source>
        <translation>%1: %2 no es un código de estado o territorio de EE. UU.; use dos letras como AR o TX.</translation>
    </message>
    <message>
        <source>E911 %1</source>
        <translation>E911 %1</translation>
    </message>
    <message>
        <source>SIP prefix</source>
        <translation>Prefijo SIP</translation>
    </message>
    <message>
        <source>%1: enter 3 to 12 letters or digits.</source>
        <translation>%1: introduzca de 3 a 12 letras o dígitos.</translation>
    </message>
    <message>
        <source>%1: use only the letters A-Z and the digits 0-9, without spaces or symbols.</source>
        <translation>%1: use solo las letras A-Z y los dígitos 0-9, sin espacios ni símbolos.</translation>
    </message>
    <message>
        <source>%1: use at least 3 letters or digits.</source>
        <translation>%1: use al menos 3 letras o dígitos.</translation>
    </message>
    <message numerus="yes">
        <source>%1: use at most 12 letters or digits (this one has %n).</source>
        <translation>
            <numerusform>%1: use como máximo 12 letras o dígitos (este tiene %n).</numerusform>
            <numerusform>%1: use como máximo 12 letras o dígitos (este tiene %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nombre del tenant</translation>
    </message>
    <message>
        <source>%1: enter the customer&apos;s business name.</source>
        <translation>%1: introduzca el nombre comercial del cliente.</translation>
    </message>
    <message>
        <source>%1: remove line breaks, tabs and other invisible control characters.</source>
        <translation>%1: quite los saltos de línea, tabuladores y otros caracteres de control invisibles.</translation>
    </message>
    <message numerus="yes">
        <source>%1: use at most 100 characters (this one has %n).</source>
        <translation>
            <numerusform>%1: use como máximo 100 caracteres (este tiene %n).</numerusform>
            <numerusform>%1: use como máximo 100 caracteres (este tiene %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller ID name (CNAM)</source>
        <translation>Nombre de identificación de llamada (CNAM)</translation>
    </message>
    <message>
        <source>%1: use only the letters A-Z, digits, spaces and . , &amp; &apos; - (carriers reject other characters).</source>
        <translation>%1: use solo las letras A-Z, dígitos, espacios y . , &amp; &apos; - (los operadores rechazan otros caracteres).</translation>
    </message>
    <message>
        <source>%1: enter a name or leave it empty to use the tenant&apos;s default.</source>
        <translation>%1: introduzca un nombre o déjelo vacío para usar el predeterminado del tenant.</translation>
    </message>
    <message numerus="yes">
        <source>%1: use at most 15 characters (this one has %n).</source>
        <translation>
            <numerusform>%1: use como máximo 15 caracteres (este tiene %n).</numerusform>
            <numerusform>%1: use como máximo 15 caracteres (este tiene %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement descriptor</source>
        <translation>Descriptor del extracto</translation>
    </message>
    <message>
        <source>%1: enter the name your customers will recognize on their card statement.</source>
        <translation>%1: introduzca el nombre que sus clientes reconocerán en el extracto de su tarjeta.</translation>
    </message>
    <message>
        <source>%1: use only letters, digits, spaces, dashes and &amp;; no apostrophes, periods or other punctuation.</source>
        <translation>%1: use solo letras, dígitos, espacios, guiones y &amp;; sin apóstrofos, puntos ni otros signos.</translation>
    </message>
    <message numerus="yes">
        <source>%1: use at most 22 characters (this one has %n).</source>
        <translation>
            <numerusform>%1: use como máximo 22 caracteres (este tiene %n).</numerusform>
            <numerusform>%1: use como máximo 22 caracteres (este tiene %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>%1: enter an email address.</source>
        <translation>%1: introduzca una dirección de correo.</translation>
    </message>
    <message>
        <source>%1: remove the spaces and invisible characters from the email address.</source>
        <translation>%1: quite los espacios y caracteres invisibles de la dirección de correo.</translation>
    </message>
    <message>
        <source>%1: %2 is not an email address; it should look like name@example.com.</source>
        <translation>%1: %2 no es una dirección de correo; debería tener la forma nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>%1: an email address can have at most 254 characters.</source>
        <translation>%1: una dirección de correo puede tener como máximo 254 caracteres.</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>%1: enter the street address where the phones are used.</source>
        <translation>%1: introduzca la dirección donde se usan los teléfonos.</translation>
    </message>
    <message>
        <source>%1: use at most 100 characters.</source>
        <translation>%1: use como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>%1: a PO Box cannot be used; 911 responders need a physical address.</source>
        <translation>%1: no se puede usar un apartado postal; los servicios de emergencia 911 necesitan una dirección física.</translation>
    </message>
    <message>
        <source>%1: a PO Box cannot be used; enter a physical address.</source>
        <translation>%1: no se puede usar un apartado postal; introduzca una dirección física.</translation>
    </message>
    <message>
        <source>%1: start with the building number, for example 1234 Main St Suite 200.</source>
        <translation>%1: empiece por el número del edificio, por ejemplo 1234 Main St Suite 200.</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>%1: enter the city.</source>
        <translation>%1: introduzca la ciudad.</translation>
    </message>
    <message>
        <source>%1: remove the comma; 911 databases reject commas in the city.</source>
        <translation>%1: quite la coma; las bases de datos del 911 rechazan comas en la ciudad.</translation>
    </message>
    <message>
        <source>%1: remove the apostrophe (write OFallon, not O&apos;Fallon); some 911 centers reject it.</source>
        <translation>%1: quite el apóstrofo (escriba OFallon, no O&apos;Fallon); algunos centros 911 lo rechazan.</translation>
    </message>
    <message>
        <source>%1: spell the name out without periods (Saint Louis, not St. Louis).</source>
        <translation>%1: escriba el nombre completo sin puntos (Saint Louis, no St. Louis).</translation>
    </message>
    <message>
        <source>%1: use only letters, spaces and hyphens.</source>
        <translation>%1: use solo letras, espacios y guiones.</translation>
    </message>
    <message>
        <source>%1: use at most 50 characters.</source>
        <translation>%1: use como máximo 50 caracteres.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>código postal (ZIP)</translation>
    </message>
    <message>
        <source>%1: enter the 5-digit ZIP code.</source>
        <translation>%1: introduzca el código ZIP de 5 dígitos.</translation>
    </message>
    <message>
        <source>%1: write a 9-digit ZIP code with a dash, like 12345-6789.</source>
        <translation>%1: escriba un código ZIP de 9 dígitos con guion, como 12345-6789.</translation>
    </message>
    <message>
        <source>%1: use 5 digits (12345) or ZIP+4 (12345-6789).</source>
        <translation>%1: use 5 dígitos (12345) o ZIP+4 (12345-6789).</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>%1: only US addresses can be registered for 911 (use US).</source>
        <translation>%1: solo se pueden registrar direcciones de EE. UU. para el 911 (use US).</translation>
    </message>
    <message>
        <source>%1: only US addresses are accepted (use US).</source>
        <translation>%1: solo se aceptan direcciones de EE. UU. (use US).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>%1: enter the number in international form, for example +15015550123.</source>
        <translation>%1: introduzca el número en formato internacional, por ejemplo +15015550123.</translation>
    </message>
    <message>
        <source>%1: start with + and the country code, for example +15015550123.</source>
        <translation>%1: empiece por + y el código de país, por ejemplo +15015550123.</translation>
    </message>
    <message>
        <source>%1: after the +, use digits only (no spaces, dashes or brackets).</source>
        <translation>%1: después del +, use solo dígitos (sin espacios, guiones ni paréntesis).</translation>
    </message>
    <message>
        <source>%1: the country code cannot start with 0.</source>
        <translation>%1: el código de país no puede empezar por 0.</translation>
    </message>
    <message numerus="yes">
        <source>%1: use 2 to 15 digits after the + (this one has %n).</source>
        <translation>
            <numerusform>%1: use de 2 a 15 dígitos después del + (este tiene %n).</numerusform>
            <numerusform>%1: use de 2 a 15 dígitos después del + (este tiene %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a +1 number needs exactly 10 digits after +1 (area code and number).</source>
        <translation>%1: un número +1 necesita exactamente 10 dígitos después de +1 (prefijo de área y número).</translation>
    </message>
    <message>
        <source>%1: a North American area code cannot start with 0 or 1.</source>
        <translation>%1: un prefijo de área norteamericano no puede empezar por 0 ni por 1.</translation>
    </message>
    <message>
        <source>%1: %2 is a service code like 911, not an area code.</source>
        <translation>%1: %2 es un código de servicio como el 911, no un prefijo de área.</translation>
    </message>
    <message>
        <source>%1: the 3 digits after the area code cannot start with 0 or 1.</source>
        <translation>%1: los 3 dígitos que siguen al prefijo de área no pueden empezar por 0 ni por 1.</translation>
    </message>
    <message>
        <source>Vanity pattern</source>
        <translation>Patrón personalizado</translation>
    </message>
    <message>
        <source>%1: enter a pattern such as 877-555-XXXX or 8XX-OUR-FOOD.</source>
        <translation>%1: introduzca un patrón como 877-555-XXXX u 8XX-OUR-FOOD.</translation>
    </message>
    <message>
        <source>%1: use only digits, letters, X as a wildcard, and dashes.</source>
        <translation>%1: use solo dígitos, letras, X como comodín y guiones.</translation>
    </message>
    <message numerus="yes">
        <source>%1: use exactly 10 digits, letters or X (this one has %n).</source>
        <translation>
            <numerusform>%1: use exactamente 10 dígitos, letras o X (este tiene %n).</numerusform>
            <numerusform>%1: use exactamente 10 dígitos, letras o X (este tiene %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the area code must be digits or X, like 877 or 8XX.</source>
        <translation>%1: el prefijo de área debe ser de dígitos o X, como 877 u 8XX.</translation>
    </message>
    <message>
        <source>%1: the area code must be toll-free (800, 833, 844, 855, 866, 877 or 888, or 8XX for any).</source>
        <translation>%1: el prefijo de área debe ser gratuito (800, 833, 844, 855, 866, 877 u 888, u 8XX para cualquiera).</translation>
    </message>
    <message>
        <source>%1: put at least one digit or letter after the area code; to see any number, use a regular search.</source>
        <translation>%1: ponga al menos un dígito o una letra después del prefijo de área; para ver cualquier número, haga una búsqueda normal.</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>%1: write the rate as a decimal without %, for example 0.085 for 8.5%.</source>
        <translation>%1: escriba la tasa como decimal sin %, por ejemplo 0.085 para un 8,5 %.</translation>
    </message>
    <message>
        <source>%1: the rate cannot be negative.</source>
        <translation>%1: la tasa no puede ser negativa.</translation>
    </message>
    <message>
        <source>%1: the rate must be less than 1; write 8.5% as 0.085.</source>
        <translation>%1: la tasa debe ser menor que 1; escriba 8,5 % como 0.085.</translation>
    </message>
    <message>
        <source>API key rate limit</source>
        <translation>Límite de frecuencia de la clave de API</translation>
    </message>
    <message>
        <source>%1: allow at least 1 request per minute.</source>
        <translation>%1: permita al menos 1 solicitud por minuto.</translation>
    </message>
    <message>
        <source>%1: the maximum is 10,000 requests per minute.</source>
        <translation>%1: el máximo es de 10.000 solicitudes por minuto.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>%1: enter the https address of your endpoint, for example https://api.example.com/webhooks/simuwave.</source>
        <translation>%1: introduzca la dirección https de su endpoint, por ejemplo https://api.example.com/webhooks/simuwave.</translation>
    </message>
    <message>
        <source>%1: remove the spaces and invisible characters from the address.</source>
        <translation>%1: quite los espacios y caracteres invisibles de la dirección.</translation>
    </message>
    <message>
        <source>%1: the address is too long (at most 2048 characters).</source>
        <translation>%1: la dirección es demasiado larga (como máximo 2048 caracteres).</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid address; it should look like https://api.example.com/webhooks.</source>
        <translation>%1: %2 no es una dirección válida; debería tener la forma https://api.example.com/webhooks.</translation>
    </message>
    <message>
        <source>%1: use https:// instead of http://; webhooks are only sent over encrypted connections.</source>
        <translation>%1: use https:// en lugar de http://; los webhooks solo se envían por conexiones cifradas.</translation>
    </message>
    <message>
        <source>%1: use an https:// address.</source>
        <translation>%1: use una dirección https://.</translation>
    </message>
    <message>
        <source>%1: the address needs a host name, for example https://api.example.com/webhooks.</source>
        <translation>%1: la dirección necesita un nombre de host, por ejemplo https://api.example.com/webhooks.</translation>
    </message>
    <message>
        <source>%1: remove the user name and password from the address; requests are signed instead.</source>
        <translation>%1: quite el usuario y la contraseña de la dirección; las solicitudes se firman.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>%1: enter a password.</source>
        <translation>%1: introduzca una contraseña.</translation>
    </message>
    <message>
        <source>%1: use at least 10 characters.</source>
        <translation>%1: use al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>%1: use at most 256 characters.</source>
        <translation>%1: use como máximo 256 caracteres.</translation>
    </message>
    <message>
        <source>%1: include at least one uppercase letter.</source>
        <translation>%1: incluya al menos una letra mayúscula.</translation>
    </message>
    <message>
        <source>%1: include at least one digit (0-9).</source>
        <translation>%1: incluya al menos un dígito (0-9).</translation>
    </message>
    <message>
        <source>Monthly spend limit</source>
        <translation>Límite de gasto mensual</translation>
    </message>
    <message>
        <source>Max extensions</source>
        <translation>Máximo de extensiones</translation>
    </message>
    <message>
        <source>Max DIDs</source>
        <translation>Máximo de DID</translation>
    </message>
    <message>
        <source>Max monthly minutes</source>
        <translation>Máximo de minutos mensuales</translation>
    </message>
    <message>
        <source>%1: cannot be negative; leave it blank for no limit.</source>
        <translation>%1: no puede ser negativo; déjelo en blanco para no poner límite.</translation>
    </message>
    <message>
        <source>%1: use a percentage from 1 to 100.</source>
        <translation>%1: use un porcentaje de 1 a 100.</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <source>Desired port date</source>
        <translation>Fecha de portabilidad deseada</translation>
    </message>
    <message>
        <source>%1: enter a valid date.</source>
        <translation>%1: introduzca una fecha válida.</translation>
    </message>
    <message>
        <source>%1: %2 is in the past; pick today or a later date.</source>
        <translation>%1: %2 ya ha pasado; elija hoy o una fecha posterior.</translation>
    </message>
    <message>
        <source>carriers usually need at least two weeks, and only the FOC date is firm.</source>
        <translation>los operadores suelen necesitar al menos dos semanas y solo la fecha FOC es firme.</translation>
    </message>
    <message>
        <source>carriers do not move numbers on weekends; pick a weekday.</source>
        <translation>los operadores no trasladan números en fin de semana; elija un día laborable.</translation>
    </message>
    <message>
        <source>avoid Mondays and Fridays for the cutover.</source>
        <translation>evite los lunes y los viernes para el cambio.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1: este campo es obligatorio.</translation>
    </message>
    <message>
        <source>%1: use at most %2 characters (this one has %3).</source>
        <translation>%1: use como máximo %2 caracteres (este tiene %3).</translation>
    </message>
    <message>
        <source>Jurisdiction code</source>
        <translation>Código de jurisdicción</translation>
    </message>
    <message>
        <source>%1: enter a code such as US-AR-Pulaski or CA-ON.</source>
        <translation>%1: introduzca un código como US-AR-Pulaski o CA-ON.</translation>
    </message>
    <message>
        <source>%1: start with a two-letter country code in capitals, then parts separated by dashes, such as US-AR-Pulaski or CA-ON.</source>
        <translation>%1: empiece por un código de país de dos letras en mayúsculas y siga con partes separadas por guiones, como US-AR-Pulaski o CA-ON.</translation>
    </message>
    <message>
        <source>Brand color</source>
        <translation>Color de marca</translation>
    </message>
    <message>
        <source>%1: use a hex color such as #1A73E8.</source>
        <translation>%1: use un color hexadecimal como #1A73E8.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>%1: enter the 6-digit code from your authenticator app.</source>
        <translation>%1: introduzca el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>%1: use a whole number, or leave it blank for no limit.</source>
        <translation>%1: use un número entero o déjelo en blanco para no poner límite.</translation>
    </message>
</context>
</TS>
