<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>line {number}</source>
            <translation>línea {number}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>Please check {field}: {message}</source>
            <translation>Revise {field}: {message}</translation>
        </message>
        <message>
            <source>The database is damaged ({detail}). Restore a backup from File → Restore a daily copy…; Tools → Check database… says more.</source>
            <translation>La base de datos está dañada ({detail}). Restaure una copia de seguridad desde Archivo → Restaurar una copia diaria…; Herramientas → Comprobar la base de datos… ofrece más detalles.</translation>
        </message>
        <message>
            <source>TalentDesk may not write to {path}. Check the folder's permissions.</source>
            <translation>TalentDesk no tiene permiso para escribir en {path}. Compruebe los permisos de la carpeta.</translation>
        </message>
        <message>
            <source>the data folder</source>
            <translation>la carpeta de datos</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again; nothing was saved.</source>
            <translation>El disco está lleno. Libere algo de espacio e inténtelo de nuevo; no se ha guardado nada.</translation>
        </message>
        <message>
            <source>A file could not be read or written: {error}</source>
            <translation>No se ha podido leer o escribir un archivo: {error}</translation>
        </message>
        <message>
            <source>Something went wrong and the action was not completed. Nothing was changed.</source>
            <translation>Algo ha fallado y la acción no se ha completado. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The database is busy in another program. Wait a moment and try again.</source>
            <translation>Otro programa está usando la base de datos. Espere un momento e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>TalentDesk may not write to the data folder; nothing was saved. Check that the folder and its files may be written (and that the disk is not mounted read-only).</source>
            <translation>TalentDesk no tiene permiso para escribir en la carpeta de datos; no se ha guardado nada. Compruebe que se puede escribir en la carpeta y en sus archivos (y que el disco no está montado como de solo lectura).</translation>
        </message>
        <message>
            <source>The database file cannot be opened. Check that the data folder exists and that TalentDesk may read and write it: a read-only folder or disk cannot be used.</source>
            <translation>No se puede abrir el archivo de la base de datos. Compruebe que la carpeta de datos existe y que TalentDesk puede leer y escribir en ella: no se puede usar una carpeta o un disco de solo lectura.</translation>
        </message>
        <message>
            <source>The database is damaged. Restore a backup from File → Restore a daily copy…; Tools → Check database… says more.</source>
            <translation>La base de datos está dañada. Restaure una copia de seguridad desde Archivo → Restaurar una copia diaria…; Herramientas → Comprobar la base de datos… ofrece más detalles.</translation>
        </message>
        <message>
            <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk, then try again.</source>
            <translation>El disco ha notificado un error al leer o escribir la base de datos; no se ha guardado nada. Compruebe el disco e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>TalentDesk</source>
            <translation>TalentDesk</translation>
        </message>
        <message>
            <source>This search {reason}</source>
            <translation>Esta búsqueda {reason}</translation>
        </message>
        <message>
            <source>{where} cannot be opened: {why}</source>
            <translation>No se puede abrir {where}: {why}</translation>
        </message>
        <message>
            <source>The database in {folder} is damaged and there is no good backup to restore.

The file has been left as it is. Open a backup archive with “talentdesk restore FILE.zip”, or move the damaged file away to start afresh.</source>
            <translation>La base de datos de {folder} está dañada y no hay ninguna copia de seguridad válida que restaurar.

El archivo se ha dejado tal cual. Abra un archivo de copia de seguridad con «talentdesk restore ARCHIVO.zip» o mueva el archivo dañado a otro sitio para empezar de cero.</translation>
        </message>
        <message>
            <source>The database is damaged ({detail}).

Restore the latest good backup, taken {when}? The damaged file is kept in the backups folder.</source>
            <translation>La base de datos está dañada ({detail}).

¿Quiere restaurar la última copia de seguridad válida, hecha {when}? El archivo dañado se conserva en la carpeta de copias de seguridad.</translation>
        </message>
        <message>
            <source>The team database {where} cannot be used: {why}</source>
            <translation>No se puede usar la base de datos del equipo {where}: {why}</translation>
        </message>
        <message>
            <source>Your local data opens instead; File → Connect to a team database… tries again.</source>
            <translation>En su lugar se abren sus datos locales; Archivo → Conectar con una base de datos del equipo… lo vuelve a intentar.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used. {why}</source>
            <translation>No se puede usar la carpeta de datos {folder}. {why}</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used: {error}</source>
            <translation>No se puede usar la carpeta de datos {folder}: {error}</translation>
        </message>
        <message>
            <source>TalentDesk is already open on {folder}. Switch to that window, or close it first.</source>
            <translation>TalentDesk ya está abierto con {folder}. Cambie a esa ventana o ciérrela primero.</translation>
        </message>
        <message>
            <source>Gathering the figures…</source>
            <translation>Reuniendo las cifras…</translation>
        </message>
        <message>
            <source>Laying out pages…</source>
            <translation>Maquetando las páginas…</translation>
        </message>
        <message>
            <source>Contract summary</source>
            <translation>Resumen del contrato</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source> per hour</source>
            <translation> por hora</translation>
        </message>
        <message>
            <source> per hour equivalent</source>
            <translation> equivalente por hora</translation>
        </message>
        <message>
            <source> · test project</source>
            <translation> · proyecto de prueba</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>con {name}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarifa</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Límite semanal</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Pago semanal</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Renews</source>
            <translation>Renueva</translation>
        </message>
        <message>
            <source>Test decision</source>
            <translation>Decisión tras la prueba</translation>
        </message>
        <message>
            <source>Why it ended</source>
            <translation>Motivo del fin</translation>
        </message>
        <message>
            <source>Terms over time</source>
            <translation>Condiciones a lo largo del tiempo</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source> (scheduled)</source>
            <translation> (programado)</translation>
        </message>
        <message>
            <source>Retainer utilisation</source>
            <translation>Uso de la iguala</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Hours used</source>
            <translation>Horas usadas</translation>
        </message>
        <message>
            <source>Hours bought</source>
            <translation>Horas compradas</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Uso</translation>
        </message>
        <message>
            <source>This week so far</source>
            <translation>Esta semana hasta ahora</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Última semana</numerusform>
                <numerusform>Últimas %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>Scope of work</source>
            <translation>Alcance del trabajo</translation>
        </message>
        <message>
            <source>No written scope of work.</source>
            <translation>No hay un alcance del trabajo por escrito.</translation>
        </message>
        <message>
            <source>from {day}</source>
            <translation>desde el {day}</translation>
        </message>
        <message>
            <source>Scope changes and budget</source>
            <translation>Cambios de alcance y presupuesto</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Pedido por</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Acordado</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Antes → después</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>The agreement has not changed since it started.</source>
            <translation>El acuerdo no ha cambiado desde el inicio.</translation>
        </message>
        <message>
            <source>Original budget</source>
            <translation>Presupuesto original</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <source>not over</source>
            <translation>no superado</translation>
        </message>
        <message>
            <source>Budget now</source>
            <translation>Presupuesto actual</translation>
        </message>
        <message>
            <source>Over budget by</source>
            <translation>Exceso sobre el presupuesto</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Dinero</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagado</translation>
        </message>
        <message>
            <source>No milestones.</source>
            <translation>No hay hitos.</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Horas por semana</translation>
        </message>
        <message>
            <source>No hours logged.</source>
            <translation>No hay horas registradas.</translation>
        </message>
        <message>
            <source>Hours logged</source>
            <translation>Horas registradas</translation>
        </message>
        <message>
            <source>Weekly limit in force each week</source>
            <translation>Límite semanal vigente cada semana</translation>
        </message>
        <message numerus="yes">
            <source>{hours} over %n week(s).</source>
            <translation>
                <numerusform>{hours} en %n semana.</numerusform>
                <numerusform>{hours} en %n semanas.</numerusform>
            </translation>
        </message>
        <message>
            <source> and {n} more</source>
            <translation> y {n} más</translation>
        </message>
        <message numerus="yes">
            <source>Over the limit in %n week(s): {weeks}.</source>
            <translation>
                <numerusform>Por encima del límite en %n semana: {weeks}.</numerusform>
                <numerusform>Por encima del límite en %n semanas: {weeks}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Payments by kind</source>
            <translation>Pagos por tipo</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Pagos</translation>
        </message>
        <message>
            <source>No payments yet.</source>
            <translation>Aún no hay pagos.</translation>
        </message>
        <message>
            <source>{kind} {amount} on {day}</source>
            <translation>{kind} {amount} el {day}</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Correcciones</translation>
        </message>
        <message>
            <source>It said</source>
            <translation>Decía</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>No payment has been corrected or removed.</source>
            <translation>No se ha corregido ni eliminado ningún pago.</translation>
        </message>
        <message>
            <source>Files shared</source>
            <translation>Archivos compartidos</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>No files shared.</source>
            <translation>No se han compartido archivos.</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>Estrellas</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>No public feedback recorded.</source>
            <translation>No hay ninguna valoración pública registrada.</translation>
        </message>
        <message>
            <source>No private review yet.</source>
            <translation>Aún no hay ninguna reseña privada.</translation>
        </message>
        <message>
            <source>Check-in {date}</source>
            <translation>Seguimiento del {date}</translation>
        </message>
        <message>
            <source>Private review {date}</source>
            <translation>Reseña privada del {date}</translation>
        </message>
        <message>
            <source>Would rehire</source>
            <translation>Volvería a contratar</translation>
        </message>
        <message>
            <source>Would recommend</source>
            <translation>Recomendaría</translation>
        </message>
        <message>
            <source>Why it ended: {text}</source>
            <translation>Motivo del fin: {text}</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Desvinculación</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Hecho el</translation>
        </message>
        <message>
            <source>No offboarding checklist (it starts when the contract ends).</source>
            <translation>No hay lista de desvinculación (empieza cuando termina el contrato).</translation>
        </message>
        <message>
            <source>Access and equipment still open</source>
            <translation>Accesos y equipos aún pendientes</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Concedido</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>Revocar antes del</translation>
        </message>
        <message>
            <source>Writing page {n} of {m}…</source>
            <translation>Escribiendo la página {n} de {m}…</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Impreso el {date}</translation>
        </message>
        <message>
            <source>Page {n} of {m}</source>
            <translation>Página {n} de {m}</translation>
        </message>
        <message>
            <source>Person dossier</source>
            <translation>Expediente de la persona</translation>
        </message>
        <message>
            <source> · favourite</source>
            <translation> · favorito</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>cada día</numerusform>
                <numerusform>cada %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Bench status</source>
            <translation>Estado en el banquillo</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Horario laboral</translation>
        </message>
        <message>
            <source>{start}–{end} their time</source>
            <translation>{start}–{end} (su hora)</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Prefiere</translation>
        </message>
        <message>
            <source>Replies within</source>
            <translation>Responde en</translation>
        </message>
        <message>
            <source>Stay in touch</source>
            <translation>Mantener el contacto</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <source>never logged</source>
            <translation>nunca registrado</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contratos</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>Reach them</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>No contracts yet.</source>
            <translation>Aún no hay contratos.</translation>
        </message>
        <message>
            <source>{n}, average {avg}</source>
            <translation>{n}, media {avg}</translation>
        </message>
        <message>
            <source>Engagements (contracts linked by renewals)</source>
            <translation>Colaboraciones (contratos enlazados por renovaciones)</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Reseñas</translation>
        </message>
        <message>
            <source>Spend per year</source>
            <translation>Gasto por año</translation>
        </message>
        <message>
            <source>Nothing paid yet.</source>
            <translation>Aún no se ha pagado nada.</translation>
        </message>
        <message>
            <source>{figure} per year ({currency})</source>
            <translation>{figure} por año ({currency})</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Rate history</source>
            <translation>Historial de tarifas</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Their rate</source>
            <translation>Su tarifa</translation>
        </message>
        <message>
            <source>No rates recorded.</source>
            <translation>No hay tarifas registradas.</translation>
        </message>
        <message>
            <source>No reviews or feedback yet.</source>
            <translation>Aún no hay reseñas ni valoraciones.</translation>
        </message>
        <message>
            <source>Latest private review {date}: {avg} of 5 on average; would rehire: {rehire}.</source>
            <translation>Última reseña privada ({date}): {avg} de 5 de media; volvería a contratar: {rehire}.</translation>
        </message>
        <message>
            <source>Latest comments</source>
            <translation>Últimos comentarios</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Appreciation given</source>
            <translation>Reconocimientos dados</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>No appreciation recorded yet.</source>
            <translation>Aún no hay reconocimientos registrados.</translation>
        </message>
        <message>
            <source>Open access and equipment</source>
            <translation>Accesos y equipos pendientes</translation>
        </message>
        <message>
            <source>Nothing open: no access or equipment outstanding.</source>
            <translation>Nada pendiente: no queda ningún acceso ni equipo por cerrar.</translation>
        </message>
        <message>
            <source>Documents on file</source>
            <translation>Documentos archivados</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Compartido</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Caduca</translation>
        </message>
        <message>
            <source>(the person's own)</source>
            <translation>(de la propia persona)</translation>
        </message>
        <message>
            <source>No agreements, NDAs or insurance on file.</source>
            <translation>No hay acuerdos, NDA ni seguros archivados.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Private review (average)</source>
            <translation>Reseña privada (media)</translation>
        </message>
        <message>
            <source>Public feedback given</source>
            <translation>Valoración pública dada</translation>
        </message>
        <message>
            <source>Review trend (1–5)</source>
            <translation>Tendencia de las reseñas (1–5)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Expediente</translation>
        </message>
        <message>
            <source>Review session</source>
            <translation>Sesión de revisión</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Yearly spend {year}</source>
            <translation>Gasto anual {year}</translation>
        </message>
        <message>
            <source>Tax year {year}</source>
            <translation>Ejercicio fiscal {year}</translation>
        </message>
        <message>
            <source>Working with me</source>
            <translation>Trabajar conmigo</translation>
        </message>
        <message>
            <source>Total cost in {currency}</source>
            <translation>Coste total en {currency}</translation>
        </message>
        <message>
            <source>Not counted: no exchange rate for the day</source>
            <translation>No contabilizado: no hay tipo de cambio para ese día</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>Review session {date}</source>
            <translation>Sesión de revisión del {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) decided</source>
            <translation>
                <numerusform>%n tarjeta decidida</numerusform>
                <numerusform>%n tarjetas decididas</numerusform>
            </translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Iniciada</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>sin terminar</translation>
        </message>
        <message>
            <source>Cards and decisions</source>
            <translation>Tarjetas y decisiones</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>Why it came up</source>
            <translation>Por qué apareció</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>No card was decided in this session.</source>
            <translation>No se decidió ninguna tarjeta en esta sesión.</translation>
        </message>
        <message>
            <source>Yearly spend</source>
            <translation>Gasto anual</translation>
        </message>
        <message>
            <source>Spend in {year}</source>
            <translation>Gasto en {year}</translation>
        </message>
        <message>
            <source>{total} in {currency} · {per_currency}</source>
            <translation>{total} en {currency} · {per_currency}</translation>
        </message>
        <message>
            <source>Nothing was paid in {year}.</source>
            <translation>No se pagó nada en {year}.</translation>
        </message>
        <message>
            <source>In {currency}</source>
            <translation>En {currency}</translation>
        </message>
        <message>
            <source>People paid</source>
            <translation>Personas pagadas</translation>
        </message>
        <message>
            <source>Per month ({currency})</source>
            <translation>Por mes ({currency})</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Por mes</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Per person</source>
            <translation>Por persona</translation>
        </message>
        <message>
            <source>In {currency}, each payment at the rate of its date</source>
            <translation>En {currency}, cada pago al tipo de cambio de su fecha</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>sin tipo de cambio</translation>
        </message>
        <message>
            <source>* Some of this person's payments have no exchange rate for their day and are not in the total; import the rates (File → Import → Exchange rates…) to count them.</source>
            <translation>* Algunos pagos de esta persona no tienen tipo de cambio para su día y no están en el total; importe los tipos de cambio (Archivo → Importar → Tipos de cambio…) para contabilizarlos.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>Del {start} al {end}</translation>
        </message>
        <message>
            <source>The work</source>
            <translation>El trabajo</translation>
        </message>
        <message>
            <source>{skill} (level {level} or above)</source>
            <translation>{skill} (nivel {level} o superior)</translation>
        </message>
        <message>
            <source>Hours a week</source>
            <translation>Horas semanales</translation>
        </message>
        <message>
            <source>Overlap with my day</source>
            <translation>Coincidencia con mi jornada</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Maximum rate</source>
            <translation>Tarifa máxima</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>Planificado el</translation>
        </message>
        <message>
            <source>The team chosen</source>
            <translation>El equipo elegido</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>Rate an hour</source>
            <translation>Tarifa por hora</translation>
        </message>
        <message>
            <source>Cost for the period</source>
            <translation>Coste del periodo</translation>
        </message>
        <message>
            <source>Nobody is in this plan any more.</source>
            <translation>Ya no queda nadie en este plan.</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Coste total</translation>
        </message>
        <message>
            <source>Alternatives considered</source>
            <translation>Alternativas consideradas</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>team</source>
            <translation>equipo</translation>
        </message>
        <message>
            <source>one person</source>
            <translation>una persona</translation>
        </message>
        <message>
            <source>{name}: {hours} h a week</source>
            <translation>{name}: {hours} h a la semana</translation>
        </message>
        <message>
            <source>No proposal meets the description.</source>
            <translation>Ninguna propuesta cumple la descripción.</translation>
        </message>
        <message>
            <source>Not met: {what}</source>
            <translation>No se cumple: {what}</translation>
        </message>
        <message>
            <source>nearest: {name} — {detail}</source>
            <translation>el más próximo: {name} — {detail}</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with the skills considered</source>
            <translation>
                <numerusform>%n persona con las habilidades considerada</numerusform>
                <numerusform>%n personas con las habilidades consideradas</numerusform>
            </translation>
        </message>
        <message>
            <source>{considered}; availability not set for {count}</source>
            <translation>{considered}; disponibilidad sin definir para {count}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Riesgos</translation>
        </message>
        <message>
            <source>No other person or team meets the description today.</source>
            <translation>Hoy ninguna otra persona ni equipo cumple la descripción.</translation>
        </message>
        <message>
            <source>Not met by anyone: {what}.</source>
            <translation>Nadie cumple: {what}.</translation>
        </message>
        <message>
            <source>Nearest: {who}.</source>
            <translation>Los más próximos: {who}.</translation>
        </message>
        <message>
            <source>{amount} +?</source>
            <translation>{amount} +?</translation>
        </message>
        <message>
            <source>By currency:</source>
            <translation>Por moneda:</translation>
        </message>
        <message>
            <source>Not counted, no exchange rate for their day: {amounts}</source>
            <translation>No contabilizado, sin tipo de cambio para su día: {amounts}</translation>
        </message>
        <message>
            <source>{amount}/h</source>
            <translation>{amount}/h</translation>
        </message>
        <message>
            <source>{this} · {next}</source>
            <translation>{this} · {next}</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Type a name…</source>
            <translation>Escriba un nombre…</translation>
        </message>
        <message>
            <source>Edit appreciation: {name}</source>
            <translation>Editar reconocimiento: {name}</translation>
        </message>
        <message>
            <source>A thank-you bonus is a payment: correct its amount or day on the contract's Payments tab.</source>
            <translation>Una bonificación de agradecimiento es un pago: corrija su importe o su fecha en la pestaña Pagos del contrato.</translation>
        </message>
        <message>
            <source>Say thanks to {name}</source>
            <translation>Dar las gracias a {name}</translation>
        </message>
        <message>
            <source>(not about one contract)</source>
            <translation>(no trata de un contrato concreto)</translation>
        </message>
        <message>
            <source>Edit appreciation</source>
            <translation>Editar reconocimiento</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Edit check-in: {name}</source>
            <translation>Editar seguimiento: {name}</translation>
        </message>
        <message>
            <source>There is no running contract to check in on. A check-in is for work in progress; after the end, use the end-of-contract review.</source>
            <translation>No hay ningún contrato en curso sobre el que hacer un seguimiento. Un seguimiento es para trabajo en curso; tras el fin, use la reseña de fin de contrato.</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>Editar seguimiento</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF saved</source>
            <translation>PDF guardado</translation>
        </message>
        <message numerus="yes">
            <source>Saved {name} (%n page(s)).</source>
            <translation>
                <numerusform>Se ha guardado {name} (%n página).</numerusform>
                <numerusform>Se ha guardado {name} (%n páginas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <source>Export the person's dossier</source>
            <translation>Exportar el expediente de la persona</translation>
        </message>
        <message>
            <source>Export the contract summary</source>
            <translation>Exportar el resumen del contrato</translation>
        </message>
        <message>
            <source>Export the review session</source>
            <translation>Exportar la sesión de revisión</translation>
        </message>
        <message>
            <source>Export working with me</source>
            <translation>Exportar «Trabajar conmigo»</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>Exportar el plan</translation>
        </message>
        <message>
            <source>Yearly spend report</source>
            <translation>Informe de gasto anual</translation>
        </message>
        <message>
            <source>Nothing has been paid yet. Record payments in a contract's workroom first.</source>
            <translation>Aún no se ha pagado nada. Registre primero los pagos en la sala de trabajo de un contrato.</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Año:</translation>
        </message>
        <message>
            <source>Export the yearly spend</source>
            <translation>Exportar el gasto anual</translation>
        </message>
        <message>
            <source>Tax year report</source>
            <translation>Informe del ejercicio fiscal</translation>
        </message>
        <message>
            <source>Tax year:</source>
            <translation>Ejercicio fiscal:</translation>
        </message>
        <message>
            <source>Export the tax year</source>
            <translation>Exportar el ejercicio fiscal</translation>
        </message>
        <message>
            <source>&amp;Yearly spend report…</source>
            <translation>Informe de gasto &amp;anual…</translation>
        </message>
        <message>
            <source>A PDF of the year's spend per person and per month, by payment kind</source>
            <translation>Un PDF con el gasto del año por persona y por mes, según el tipo de pago</translation>
        </message>
        <message>
            <source>Ta&amp;x year report…</source>
            <translation>Informe del ejercicio &amp;fiscal…</translation>
        </message>
        <message>
            <source>A PDF for your accountant: every payment of a tax year per person, in your home currency</source>
            <translation>Un PDF para su asesor fiscal: todos los pagos de un ejercicio fiscal por persona, en su moneda principal</translation>
        </message>
        <message>
            <source>Log what happened with {name}, with or without a contract. Messages, calls and meetings count as contact for staying in touch.</source>
            <translation>Registre lo ocurrido con {name}, con o sin contrato. Los mensajes, las llamadas y las reuniones cuentan como contacto para mantener la relación.</translation>
        </message>
        <message>
            <source>Marketplace &amp;transaction history (Upwork CSV)…</source>
            <translation>Historial de &amp;transacciones del marketplace (CSV de Upwork)…</translation>
        </message>
        <message>
            <source>Import payments and people from an Upwork transaction history or weekly summary</source>
            <translation>Importar pagos y personas de un historial de transacciones o un resumen semanal de Upwork</translation>
        </message>
        <message>
            <source>Talents from &amp;CSV…</source>
            <translation>Profesionales desde &amp;CSV…</translation>
        </message>
        <message>
            <source>Import people from any CSV file, choosing which column holds what</source>
            <translation>Importar personas de cualquier archivo CSV, eligiendo qué contiene cada columna</translation>
        </message>
        <message>
            <source>&amp;Payments from CSV…</source>
            <translation>&amp;Pagos desde CSV…</translation>
        </message>
        <message>
            <source>Import payments from any CSV file, choosing which column holds what</source>
            <translation>Importar pagos de cualquier archivo CSV, eligiendo qué contiene cada columna</translation>
        </message>
        <message>
            <source>Contacts (&amp;vCard)…</source>
            <translation>Contactos (&amp;vCard)…</translation>
        </message>
        <message>
            <source>Import people from a .vcf address book</source>
            <translation>Importar personas de una libreta de direcciones .vcf</translation>
        </message>
        <message>
            <source>&amp;Exchange rates…</source>
            <translation>Tipos de ca&amp;mbio…</translation>
        </message>
        <message>
            <source>Import the European Central Bank's reference rates (eurofxref CSV or ZIP) or a date,currency,rate CSV</source>
            <translation>Importar los tipos de referencia del Banco Central Europeo (CSV o ZIP eurofxref) o un CSV fecha,moneda,tipo</translation>
        </message>
        <message>
            <source>{list} as CSV…</source>
            <translation>{list} como CSV…</translation>
        </message>
        <message>
            <source>Save this list for a spreadsheet (UTF-8, formulas made harmless)</source>
            <translation>Guardar esta lista para una hoja de cálculo (UTF-8, con las fórmulas neutralizadas)</translation>
        </message>
        <message>
            <source>Everyone as &amp;vCard…</source>
            <translation>Todos como &amp;vCard…</translation>
        </message>
        <message>
            <source>Save the bench as a .vcf address book</source>
            <translation>Guardar el banquillo como libreta de direcciones .vcf</translation>
        </message>
        <message>
            <source>&amp;Dates as calendar (.ics)…</source>
            <translation>&amp;Fechas como calendario (.ics)…</translation>
        </message>
        <message>
            <source>Contract ends, milestones, feedback windows, check-ins and review reminders for your calendar</source>
            <translation>Fines de contrato, hitos, plazos de valoración, seguimientos y recordatorios de revisión para su calendario</translation>
        </message>
        <message>
            <source>&amp;Back up to a file…</source>
            <translation>&amp;Guardar una copia de seguridad en un archivo…</translation>
        </message>
        <message>
            <source>Save the database and every attachment into one zip file</source>
            <translation>Guardar la base de datos y todos los adjuntos en un único archivo zip</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup file…</source>
            <translation>&amp;Restaurar desde un archivo de copia de seguridad…</translation>
        </message>
        <message>
            <source>Replace the current data with a backup (a copy of it is kept)</source>
            <translation>Sustituir los datos actuales por una copia de seguridad (se guarda una copia de ellos)</translation>
        </message>
        <message>
            <source>Import a marketplace transaction history</source>
            <translation>Importar un historial de transacciones del marketplace</translation>
        </message>
        <message>
            <source>Import {what} from CSV</source>
            <translation>Importar {what} desde CSV</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importar contactos</translation>
        </message>
        <message>
            <source>vCard files (*.vcf *.vcard);;All files (*)</source>
            <translation>Archivos vCard (*.vcf *.vcard);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>Importar tipos de cambio</translation>
        </message>
        <message>
            <source>Rate files (*.csv *.zip *.txt);;All files (*)</source>
            <translation>Archivos de tipos de cambio (*.csv *.zip *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Export {list}</source>
            <translation>Exportar {list}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting {list}…</source>
            <translation>Exportando {list}…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln row(s) to {file}</source>
            <translation>
                <numerusform>Se ha guardado %Ln fila en {file}</numerusform>
                <numerusform>Se han guardado %Ln filas en {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Exportar contactos</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Archivos vCard (*.vcf)</translation>
        </message>
        <message>
            <source>Exporting contacts…</source>
            <translation>Exportando contactos…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln people to {file}</source>
            <translation>
                <numerusform>Se ha guardado %Ln persona en {file}</numerusform>
                <numerusform>Se han guardado %Ln personas en {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportar calendario</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Archivos iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Exporting dates…</source>
            <translation>Exportando fechas…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln event(s) and to-dos to {file}</source>
            <translation>
                <numerusform>Se ha guardado %Ln evento o tarea en {file}</numerusform>
                <numerusform>Se han guardado %Ln eventos y tareas en {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Copia de seguridad</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Archivos zip (*.zip)</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo la copia de seguridad…</translation>
        </message>
        <message>
            <source>Backed up to {file}</source>
            <translation>Copia de seguridad guardada en {file}</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Restaurar desde un archivo de copia de seguridad</translation>
        </message>
        <message>
            <source>Replace the current data with the backup “{file}”?

The current database is kept in the backups folder first, so this can be undone by restoring that copy.</source>
            <translation>¿Quiere sustituir los datos actuales por la copia de seguridad «{file}»?

Antes se guarda la base de datos actual en la carpeta de copias de seguridad, así que puede deshacerse restaurando esa copia.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <source>Restored {file}; the previous data is kept in the backups folder</source>
            <translation>Se ha restaurado {file}; los datos anteriores se conservan en la carpeta de copias de seguridad</translation>
        </message>
        <message>
            <source>Restored the backup taken {when}. The data as it was is kept in the backups folder.</source>
            <translation>Se ha restaurado la copia de seguridad hecha {when}. Los datos tal como estaban se conservan en la carpeta de copias de seguridad.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restaurando la copia de seguridad…</translation>
        </message>
        <message>
            <source>Checking the database and every stored file…</source>
            <translation>Comprobando la base de datos y todos los archivos guardados…</translation>
        </message>
        <message>
            <source>Restore a &amp;daily copy…</source>
            <translation>Restaurar una copia &amp;diaria…</translation>
        </message>
        <message>
            <source>Go back to a copy of your data taken on an earlier day</source>
            <translation>Volver a una copia de sus datos hecha un día anterior</translation>
        </message>
        <message>
            <source>A team database is backed up on its server (or with “talentdesk backup”); the daily copies here are of your local data</source>
            <translation>Las copias de seguridad de una base de datos del equipo se hacen en su servidor (o con «talentdesk backup»); las copias diarias de aquí son de sus datos locales</translation>
        </message>
        <message>
            <source>&amp;Check database…</source>
            <translation>&amp;Comprobar la base de datos…</translation>
        </message>
        <message>
            <source>Check the database file and every stored file against its fingerprint</source>
            <translation>Comprobar el archivo de la base de datos y cada archivo guardado con su huella digital</translation>
        </message>
        <message>
            <source>This copy of TalentDesk was built without encryption. Install a TalentDesk release package (they include it) in place of this copy, then start TalentDesk again; your data folder stays as it is.</source>
            <translation>Esta copia de TalentDesk se compiló sin cifrado. Instale un paquete oficial de TalentDesk (lo incluyen) en lugar de esta copia y vuelva a iniciar TalentDesk; su carpeta de datos no cambia.</translation>
        </message>
        <message>
            <source>Encryption needs the optional SQLCipher driver, which is not installed with this copy of TalentDesk. To add it, {command}

then start TalentDesk again.</source>
            <translation>El cifrado necesita el controlador opcional SQLCipher, que no está instalado con esta copia de TalentDesk. Para añadirlo, {command}

y vuelva a iniciar TalentDesk.</translation>
        </message>
        <message>
            <source>Re-encrypting your data and its backups…</source>
            <translation>Volviendo a cifrar sus datos y sus copias de seguridad…</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Cifrado</translation>
        </message>
        <message>
            <source>Your data is encrypted. Change its passphrase, or turn encryption off?</source>
            <translation>Sus datos están cifrados. ¿Quiere cambiar la frase de contraseña o desactivar el cifrado?</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Cambiar la frase de contraseña…</translation>
        </message>
        <message>
            <source>Turn off…</source>
            <translation>Desactivar…</translation>
        </message>
        <message>
            <source>Your data is now encrypted.</source>
            <translation>Sus datos ya están cifrados.</translation>
        </message>
        <message>
            <source>The passphrase has been changed.</source>
            <translation>Se ha cambiado la frase de contraseña.</translation>
        </message>
        <message>
            <source>Encryption is off; your data is stored unencrypted.</source>
            <translation>El cifrado está desactivado; sus datos se guardan sin cifrar.</translation>
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation>C&amp;ifrado…</translation>
        </message>
        <message>
            <source>Encrypt the database, its backups and sensitive files with a passphrase</source>
            <translation>Cifrar la base de datos, sus copias de seguridad y los archivos sensibles con una frase de contraseña</translation>
        </message>
        <message>
            <source>{name}: review scores over time</source>
            <translation>{name}: puntuaciones de las reseñas a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Public feedback</source>
            <translation>Valoración pública</translation>
        </message>
        <message>
            <source>{name}: no reviews yet. Add a check-in to start the trend.</source>
            <translation>{name}: aún no hay reseñas. Añada un seguimiento para empezar la tendencia.</translation>
        </message>
        <message>
            <source>Contract start / end</source>
            <translation>Inicio / fin de contrato</translation>
        </message>
        <message>
            <source>{title}
{day}</source>
            <translation>{title}
{day}</translation>
        </message>
        <message>
            <source>Reviews and check-ins</source>
            <translation>Reseñas y seguimientos</translation>
        </message>
        <message>
            <source>Average overall score</source>
            <translation>Puntuación general media</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Reseña privada</translation>
        </message>
        <message>
            <source>Overall {score}</source>
            <translation>General {score}</translation>
        </message>
        <message>
            <source>Would rehire: {answer} · recommend {n}/10</source>
            <translation>Volvería a contratar: {answer} · recomendaría {n}/10</translation>
        </message>
        <message>
            <source>Public feedback given · {day}
{stars} {score}/5</source>
            <translation>Valoración pública dada · {day}
{stars} {score}/5</translation>
        </message>
        <message numerus="yes">
            <source>{month}: %n review(s)</source>
            <translation>
                <numerusform>{month}: %n reseña</numerusform>
                <numerusform>{month}: %n reseñas</numerusform>
            </translation>
        </message>
        <message>
            <source>average overall {avg}</source>
            <translation>media general {avg}</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>Open {name} on the bench</source>
            <translation>Abrir a {name} en el banquillo</translation>
        </message>
        <message>
            <source>Open the workroom of {title}</source>
            <translation>Abrir la sala de trabajo de {title}</translation>
        </message>
        <message>
            <source>Entered by {name}</source>
            <translation>Registrado por {name}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>ilimitado</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>tarifa</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>límite semanal</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>pago semanal</translation>
        </message>
        <message>
            <source>from {day}, {name} {before} → {after}</source>
            <translation>desde el {day}, {name} {before} → {after}</translation>
        </message>
        <message>
            <source>a team database is named by a postgresql:// URL, not “{url}” (for a local folder, use --data-dir).</source>
            <translation>una base de datos del equipo se indica con una URL postgresql://, no «{url}» (para una carpeta local, use --data-dir).</translation>
        </message>
        <message>
            <source>cannot reach the team database {where}: {reason}</source>
            <translation>no se puede conectar con la base de datos del equipo {where}: {reason}</translation>
        </message>
        <message>
            <source>cannot read the passphrase file {file}: {reason}</source>
            <translation>no se puede leer el archivo de la frase de contraseña {file}: {reason}</translation>
        </message>
        <message>
            <source>Repeat it: </source>
            <translation>Repítala: </translation>
        </message>
        <message>
            <source>the two passphrases differ; nothing was changed.</source>
            <translation>las dos frases de contraseña no coinciden; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>${variable}, --passphrase-file FILE, or run it in a terminal to be asked</source>
            <translation>${variable}, --passphrase-file FILE, o ejecute la orden en un terminal para que se le pida</translation>
        </message>
        <message>
            <source>this data folder is encrypted, and opening it needs the SQLCipher driver: {hint}</source>
            <translation>esta carpeta de datos está cifrada y, para abrirla, se necesita el controlador SQLCipher: {hint}</translation>
        </message>
        <message>
            <source>Passphrase for {folder}: </source>
            <translation>Frase de contraseña de {folder}: </translation>
        </message>
        <message>
            <source>this data folder is encrypted: give its passphrase with {how}.</source>
            <translation>esta carpeta de datos está cifrada: indique su frase de contraseña con {how}.</translation>
        </message>
        <message>
            <source>that passphrase does not open this data folder ({folder}); give the right one with {how}.</source>
            <translation>esa frase de contraseña no abre esta carpeta de datos ({folder}); indique la correcta con {how}.</translation>
        </message>
        <message>
            <source>the data folder {folder} is read-only, and the window needs to write to it. Reading commands (export, report, review --list, backup) still work.</source>
            <translation>la carpeta de datos {folder} es de solo lectura, y la ventana necesita escribir en ella. Las órdenes de lectura (export, report, review --list, backup) siguen funcionando.</translation>
        </message>
        <message>
            <source>the data folder {folder} is read-only: this command changes it, so it cannot run here. Reading commands (export, report, review --list, backup) still work.</source>
            <translation>la carpeta de datos {folder} es de solo lectura: esta orden la modifica, así que no puede ejecutarse aquí. Las órdenes de lectura (export, report, review --list, backup) siguen funcionando.</translation>
        </message>
        <message>
            <source>self-test failed: {problem}</source>
            <translation>la autocomprobación ha fallado: {problem}</translation>
        </message>
        <message>
            <source>TalentDesk {version}: self-test passed ({folder})</source>
            <translation>TalentDesk {version}: autocomprobación superada ({folder})</translation>
        </message>
        <message>
            <source>{problem} Restore a backup with “talentdesk restore FILE.zip”, or open the window to restore one of the automatic copies.</source>
            <translation>{problem} Restaure una copia de seguridad con «talentdesk restore FILE.zip» o abra la ventana para restaurar una de las copias automáticas.</translation>
        </message>
        <message>
            <source>{folder} is busy: another TalentDesk is writing to it. Try again when it has finished.</source>
            <translation>la carpeta {folder} está ocupada: otro TalentDesk está escribiendo en ella. Vuelva a intentarlo cuando haya terminado.</translation>
        </message>
        <message>
            <source>{folder} may not be written (a read-only folder or disk); nothing was changed.</source>
            <translation>no se puede escribir en {folder} (una carpeta o un disco de solo lectura); no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>the disk is full; nothing was changed. Free some space and try again.</source>
            <translation>el disco está lleno; no se ha cambiado nada. Libere espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>the database in {folder} cannot be opened: check that the folder exists and may be read.</source>
            <translation>no se puede abrir la base de datos de {folder}: compruebe que la carpeta existe y que se puede leer.</translation>
        </message>
        <message>
            <source>the database in {folder} is damaged. Restore a backup with “talentdesk restore FILE.zip”, or open the window to restore one of the automatic copies.</source>
            <translation>la base de datos de {folder} está dañada. Restaure una copia de seguridad con «talentdesk restore FILE.zip» o abra la ventana para restaurar una de las copias automáticas.</translation>
        </message>
        <message>
            <source>the disk reported an error while reading or writing the database; nothing was saved.</source>
            <translation>el disco ha informado de un error al leer o escribir la base de datos; no se ha guardado nada.</translation>
        </message>
        <message>
            <source>the disk is full{file}; free some space and try again.</source>
            <translation>el disco está lleno{file}; libere espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>may not write{file}: the folder or disk is read-only, or the file belongs to someone else.</source>
            <translation>no se puede escribir{file}: la carpeta o el disco son de solo lectura, o el archivo pertenece a otro usuario.</translation>
        </message>
        <message>
            <source>not enough memory to finish the command.</source>
            <translation>no hay memoria suficiente para terminar la orden.</translation>
        </message>
        <message>
            <source>the command stopped on an unexpected error ({error}). Run it again with --verbose to see where.</source>
            <translation>la orden se ha detenido por un error inesperado ({error}). Vuelva a ejecutarla con --verbose para ver dónde.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file}: the database (schema {schema}) and %n attachment file(s)</source>
            <translation>
                <numerusform>Se ha escrito {file}: la base de datos (esquema {schema}) y %n archivo adjunto</numerusform>
                <numerusform>Se ha escrito {file}: la base de datos (esquema {schema}) y %n archivos adjuntos</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored the backup of {created} into the team database {where}: {rows} in {tables} and {files}; every table's count and checksum, and every file's, agree with the backup.</source>
            <translation>Se ha restaurado la copia de seguridad de {created} en la base de datos del equipo {where}: {rows} en {tables} y {files}; el recuento y la suma de comprobación de cada tabla, y los de cada archivo, coinciden con la copia de seguridad.</translation>
        </message>
        <message>
            <source>Restored the backup of {created} into {folder}; the previous database is kept as {kept}</source>
            <translation>Se ha restaurado en {folder} la copia de seguridad de {created}; la base de datos anterior se conserva como {kept}</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>una fecha desconocida</translation>
        </message>
        <message>
            <source>{folder} already holds a TalentDesk database; choose a new folder.</source>
            <translation>{folder} ya contiene una base de datos de TalentDesk; elija una carpeta nueva.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nueva frase de contraseña: </translation>
        </message>
        <message>
            <source>give the new passphrase with ${variable}, --new-passphrase-file FILE, or run it in a terminal to be asked.</source>
            <translation>indique la nueva frase de contraseña con ${variable}, --new-passphrase-file FILE, o ejecute la orden en un terminal para que se le pida.</translation>
        </message>
        <message>
            <source>the new passphrase is too short: {reason}</source>
            <translation>la nueva frase de contraseña es demasiado corta: {reason}</translation>
        </message>
        <message>
            <source>{folder} is encrypted</source>
            <translation>{folder} está cifrada</translation>
        </message>
        <message>
            <source>{folder} is not encrypted</source>
            <translation>{folder} no está cifrada</translation>
        </message>
        <message>
            <source>(encryption needs the SQLCipher driver: {hint})</source>
            <translation>(el cifrado necesita el controlador SQLCipher: {hint})</translation>
        </message>
        <message>
            <source>this data folder is already encrypted; use “encryption change” for a new passphrase.</source>
            <translation>esta carpeta de datos ya está cifrada; use «encryption change» para poner una nueva frase de contraseña.</translation>
        </message>
        <message>
            <source>this data folder is not encrypted; use “encryption on” to encrypt it.</source>
            <translation>esta carpeta de datos no está cifrada; use «encryption on» para cifrarla.</translation>
        </message>
        <message>
            <source>{folder} is now encrypted: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} ya está cifrada: la base de datos, sus copias de seguridad y los archivos sensibles. Se conserva una copia anterior como {copy}.</translation>
        </message>
        <message>
            <source>{folder} has its new passphrase: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} ya tiene su nueva frase de contraseña: la base de datos, sus copias de seguridad y los archivos sensibles. Se conserva una copia anterior como {copy}.</translation>
        </message>
        <message>
            <source>{folder} is stored unencrypted again: the database, its backups and the sensitive files. A copy from before is kept as {copy}.</source>
            <translation>{folder} vuelve a guardarse sin cifrar: la base de datos, sus copias de seguridad y los archivos sensibles. Se conserva una copia anterior como {copy}.</translation>
        </message>
        <message>
            <source>{folder} holds no TalentDesk database.</source>
            <translation>{folder} no contiene ninguna base de datos de TalentDesk.</translation>
        </message>
        <message>
            <source>{file}: the output file should end in .pdf.</source>
            <translation>{file}: el archivo de salida debe terminar en .pdf.</translation>
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation>{folder} no es una carpeta.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file} (%n page(s)): {title}</source>
            <translation>
                <numerusform>Se ha escrito {file} (%n página): {title}</numerusform>
                <numerusform>Se ha escrito {file} (%n páginas): {title}</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to review: the queue is empty.</source>
            <translation>Nada que revisar: la cola está vacía.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) in the queue.</source>
            <translation>
                <numerusform>%n tarjeta en la cola.</numerusform>
                <numerusform>%n tarjetas en la cola.</numerusform>
            </translation>
        </message>
        <message>
            <source>--to names a team database by its postgresql:// URL, not “{url}”.</source>
            <translation>--to indica una base de datos del equipo con su URL postgresql://, no «{url}».</translation>
        </message>
        <message>
            <source>{folder} is not empty: transfer only into a new folder. Nothing was written.</source>
            <translation>{folder} no está vacía: transfiera solo a una carpeta nueva. No se ha escrito nada.</translation>
        </message>
        <message>
            <source>Copied {rows} in {tables} and {files} to {target}; every table's count and checksum, and every file's, agree with the source.</source>
            <translation>Copiado a {target}: {rows} en {tables} y {files}; el recuento y la suma de comprobación de cada tabla, y los de cada archivo, coinciden con el origen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln fila</numerusform>
                <numerusform>%Ln filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n tabla</numerusform>
                <numerusform>%n tablas</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied {rows} in {tables} and {files} to {folder}; every table's count and checksum, and every file's, agree with the source.</source>
            <translation>Copiado a {folder}: {rows} en {tables} y {files}; el recuento y la suma de comprobación de cada tabla, y los de cada archivo, coinciden con el origen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln stored file(s)</source>
            <translation>
                <numerusform>%Ln archivo guardado</numerusform>
                <numerusform>%Ln archivos guardados</numerusform>
            </translation>
        </message>
        <message>
            <source>Submission to approval</source>
            <translation>De la entrega a la aprobación</translation>
        </message>
        <message>
            <source>Submission to payment</source>
            <translation>De la entrega al pago</translation>
        </message>
        <message>
            <source>Hourly weeks paid on time</source>
            <translation>Semanas por horas pagadas a tiempo</translation>
        </message>
        <message>
            <source>My answer time</source>
            <translation>Mi tiempo de respuesta</translation>
        </message>
        <message>
            <source>Feedback I received</source>
            <translation>Valoraciones recibidas</translation>
        </message>
        <message>
            <source>People hired more than once</source>
            <translation>Personas contratadas más de una vez</translation>
        </message>
        <message>
            <source>Average relationship</source>
            <translation>Duración media de la relación</translation>
        </message>
        <message>
            <source>Contracts ended</source>
            <translation>Contratos terminados</translation>
        </message>
        <message>
            <source>Bonuses and thanks per contract</source>
            <translation>Bonificaciones y agradecimientos por contrato</translation>
        </message>
        <message>
            <source>Median days from a milestone's submission to your approval. A milestone not approved within 14 days was released by the marketplace and counts as 14 days.</source>
            <translation>Mediana de días desde la entrega de un hito hasta su aprobación. Un hito no aprobado en 14 días lo liberó el marketplace y cuenta como 14 días.</translation>
        </message>
        <message>
            <source>Median days from a milestone's submission to its payment.</source>
            <translation>Mediana de días desde la entrega de un hito hasta su pago.</translation>
        </message>
        <message>
            <source>Hourly weeks whose payment went out within the days set in the settings after the week ended.</source>
            <translation>Semanas por horas cuyo pago salió dentro de los días fijados en las preferencias tras el fin de la semana.</translation>
        </message>
        <message>
            <source>Median working time you took to answer their first message since your last one, counted in the working hours of either side, weekends left out.</source>
            <translation>Mediana del tiempo laborable que tardó en responder al primer mensaje que le enviaron tras su última respuesta, contado en el horario laboral de cualquiera de las partes, sin contar los fines de semana.</translation>
        </message>
        <message>
            <source>The average of the feedback people gave you, and their comments.</source>
            <translation>La media de las valoraciones que le dieron, y sus comentarios.</translation>
        </message>
        <message>
            <source>Of the people with a contract running in the period, the share you hired again (a renewal is the same engagement).</source>
            <translation>De las personas con un contrato en curso en el periodo, la proporción que volvió a contratar (una renovación es la misma colaboración).</translation>
        </message>
        <message>
            <source>From someone's first contract to their last one's end, on average.</source>
            <translation>Desde el primer contrato de alguien hasta el fin del último, de media.</translation>
        </message>
        <message>
            <source>Contracts that ended in the period: who ended them, and why.</source>
            <translation>Contratos que terminaron en el periodo: quién los terminó y por qué.</translation>
        </message>
        <message>
            <source>Bonuses and praise given in the period, per contract running in it.</source>
            <translation>Bonificaciones y elogios dados en el periodo, por contrato en curso en él.</translation>
        </message>
        <message>
            <source>No milestone submitted in this period</source>
            <translation>Ningún hito entregado en este periodo</translation>
        </message>
        <message>
            <source>No hourly week paid in this period</source>
            <translation>Ninguna semana por horas pagada en este periodo</translation>
        </message>
        <message>
            <source>No answered message from them in this period</source>
            <translation>Ningún mensaje suyo respondido en este periodo</translation>
        </message>
        <message>
            <source>No feedback received in this period</source>
            <translation>Ninguna valoración recibida en este periodo</translation>
        </message>
        <message>
            <source>Nobody worked with in this period</source>
            <translation>No trabajó con nadie en este periodo</translation>
        </message>
        <message>
            <source>No contract ended in this period</source>
            <translation>Ningún contrato terminado en este periodo</translation>
        </message>
        <message>
            <source>No contract running in this period</source>
            <translation>Ningún contrato en curso en este periodo</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{score} of 5</source>
            <translation>{score} de 5</translation>
        </message>
        <message>
            <source>{me} by me · {them} by them</source>
            <translation>{me} por mí · {them} por la otra parte</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n hito</numerusform>
                <numerusform>%n hitos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n released automatically</source>
            <translation>
                <numerusform>%n liberado automáticamente</numerusform>
                <numerusform>%n liberados automáticamente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s) paid</source>
            <translation>
                <numerusform>%n hito pagado</numerusform>
                <numerusform>%n hitos pagados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semana</numerusform>
                <numerusform>%n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n late</source>
            <translation>
                <numerusform>%n con retraso</numerusform>
                <numerusform>%n con retraso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered</source>
            <translation>
                <numerusform>%n pregunta respondida</numerusform>
                <numerusform>%n preguntas respondidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n pendiente</numerusform>
                <numerusform>%n pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n review(s)</source>
            <translation>
                <numerusform>%n reseña</numerusform>
                <numerusform>%n reseñas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{again} of %n people</source>
            <translation>
                <numerusform>{again} de %n persona</numerusform>
                <numerusform>{again} de %n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended</source>
            <translation>
                <numerusform>%n terminado</numerusform>
                <numerusform>%n terminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not recorded</source>
            <translation>
                <numerusform>%n sin registrar</numerusform>
                <numerusform>%n sin registrar</numerusform>
            </translation>
        </message>
        <message>
            <source>most often: {reason}</source>
            <translation>lo más frecuente: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n bonus(es)</source>
            <translation>
                <numerusform>%n bonificación</numerusform>
                <numerusform>%n bonificaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thanks</source>
            <translation>
                <numerusform>%n agradecimiento</numerusform>
                <numerusform>%n agradecimientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n contrato</numerusform>
                <numerusform>%n contratos</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to compare with before</source>
            <translation>nada anterior con que comparar</translation>
        </message>
        <message>
            <source>{n} by me the period before</source>
            <translation>{n} terminados por mí en el periodo anterior</translation>
        </message>
        <message>
            <source>same as before ({before})</source>
            <translation>igual que antes ({before})</translation>
        </message>
        <message>
            <source>▲ from {before}, better</source>
            <translation>▲ desde {before}, mejor</translation>
        </message>
        <message>
            <source>▲ from {before}, worse</source>
            <translation>▲ desde {before}, peor</translation>
        </message>
        <message>
            <source>▼ from {before}, better</source>
            <translation>▼ desde {before}, mejor</translation>
        </message>
        <message>
            <source>▼ from {before}, worse</source>
            <translation>▼ desde {before}, peor</translation>
        </message>
        <message>
            <source>released automatically</source>
            <translation>liberado automáticamente</translation>
        </message>
        <message>
            <source>still waiting</source>
            <translation>aún en espera</translation>
        </message>
        <message>
            <source>late</source>
            <translation>con retraso</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>by me</source>
            <translation>por mí</translation>
        </message>
        <message>
            <source>by them</source>
            <translation>por la otra parte</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>bonificación</translation>
        </message>
        <message>
            <source>praise</source>
            <translation>elogio</translation>
        </message>
        <message>
            <source>thanks</source>
            <translation>agradecimiento</translation>
        </message>
        <message>
            <source>quoted</source>
            <translation>citado</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>a tiempo</translation>
        </message>
        <message numerus="yes">
            <source>%n engagement(s)</source>
            <translation>
                <numerusform>%n colaboración</numerusform>
                <numerusform>%n colaboraciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Tax year</source>
            <translation>Ejercicio fiscal</translation>
        </message>
        <message>
            <source>{start} to {end} · amounts in {currency} at the rate of each payment's date</source>
            <translation>Del {start} al {end} · importes en {currency} al tipo de cambio de la fecha de cada pago</translation>
        </message>
        <message>
            <source>Nothing was paid in this tax year.</source>
            <translation>No se pagó nada en este ejercicio fiscal.</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Nombre legal</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Missing tax details</source>
            <translation>Datos fiscales que faltan</translation>
        </message>
        <message>
            <source>Everyone paid has a legal name, a country and a tax form on file.</source>
            <translation>Todas las personas pagadas tienen registrados un nombre legal, un país y un formulario fiscal.</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Qué falta</translation>
        </message>
        <message>
            <source>Tax form</source>
            <translation>Formulario fiscal</translation>
        </message>
        <message>
            <source>none on file</source>
            <translation>ninguno registrado</translation>
        </message>
        <message>
            <source>In their currencies</source>
            <translation>En sus monedas</translation>
        </message>
        <message>
            <source>Availability of {name}</source>
            <translation>Disponibilidad de {name}</translation>
        </message>
        <message>
            <source>What {name} told you: the hours a week on offer, and the days away. The planner and the bench's Free column take their running contracts off what they offer.</source>
            <translation>Lo que {name} le ha indicado: las horas semanales que ofrece y los días de ausencia. El planificador y la columna Libres del banquillo restan de lo que ofrece sus contratos en curso.</translation>
        </message>
        <message>
            <source>&amp;Offers hours each week</source>
            <translation>&amp;Ofrece horas cada semana</translation>
        </message>
        <message>
            <source>Leave unticked while you do not know: they are shown as “not set”, never as a full week</source>
            <translation>Déjelo sin marcar mientras no lo sepa: se muestra como «sin definir», nunca como una semana completa</translation>
        </message>
        <message>
            <source> h a week</source>
            <translation> h semanales</translation>
        </message>
        <message>
            <source>Away periods</source>
            <translation>Periodos de ausencia</translation>
        </message>
        <message>
            <source>e.g. Holiday</source>
            <translation>p. ej., Vacaciones</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Add the days from and to (both included) as away</source>
            <translation>Añadir como ausencia los días desde y hasta (ambos incluidos)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove the selected away period</source>
            <translation>Quitar el periodo de ausencia seleccionado</translation>
        </message>
        <message>
            <source>Away (from – to, note):</source>
            <translation>Ausencia (desde – hasta, nota):</translation>
        </message>
        <message>
            <source>To: must be on or after From.</source>
            <translation>Hasta: debe ser igual o posterior a Desde.</translation>
        </message>
        <message>
            <source>Set availability</source>
            <translation>Fijar disponibilidad</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Tipos de cambio</translation>
        </message>
        <message>
            <source>How many units of each currency one euro bought on a day, as the European Central Bank publishes them. A payment takes the rate of its date (the nearest earlier day with one); totals are given in your home currency.</source>
            <translation>Cuántas unidades de cada moneda compraba un euro en un día, tal como las publica el Banco Central Europeo. Un pago toma el tipo de cambio de su fecha (el día anterior más cercano que tenga uno); los totales se dan en su moneda principal.</translation>
        </message>
        <message>
            <source>Show the rates of</source>
            <translation>Mostrar los tipos de cambio de</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Todas las monedas</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Per euro</source>
            <translation>Por euro</translation>
        </message>
        <message>
            <source>No rates yet. Import the ECB's file (eurofxref-hist.zip from its website) or type a rate below.</source>
            <translation>Aún no hay tipos de cambio. Importe el archivo del BCE (eurofxref-hist.zip, de su sitio web) o escriba un tipo abajo.</translation>
        </message>
        <message>
            <source>Remove the selected rate (Edit → Undo brings it back)</source>
            <translation>Quitar el tipo de cambio seleccionado (Editar → Deshacer lo recupera)</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importar un archivo…</translation>
        </message>
        <message>
            <source>The ECB's eurofxref CSV or ZIP, or a date,currency,rate CSV</source>
            <translation>El CSV o ZIP eurofxref del BCE, o un CSV fecha,moneda,tipo</translation>
        </message>
        <message>
            <source>Day of the rate</source>
            <translation>Día del tipo de cambio</translation>
        </message>
        <message>
            <source>Currency of the rate</source>
            <translation>Moneda del tipo de cambio</translation>
        </message>
        <message>
            <source>units per euro, e.g. 1.0856</source>
            <translation>unidades por euro, p. ej., 1.0856</translation>
        </message>
        <message>
            <source>Units of the currency one euro bought</source>
            <translation>Unidades de la moneda que compraba un euro</translation>
        </message>
        <message>
            <source>&amp;Add rate</source>
            <translation>&amp;Añadir tipo</translation>
        </message>
        <message>
            <source>Keep this rate for the day (replacing one already kept for that currency and day)</source>
            <translation>Guardar este tipo de cambio para el día (sustituye al ya guardado para esa moneda y ese día)</translation>
        </message>
        <message>
            <source>Home currency: {currency}.</source>
            <translation>Moneda principal: {currency}.</translation>
        </message>
        <message>
            <source>{currency}: {count} from {first} to {last}</source>
            <translation>{currency}: {count} del {first} al {last}</translation>
        </message>
        <message numerus="yes">
            <source>%n rate(s)</source>
            <translation>
                <numerusform>%n tipo de cambio</numerusform>
                <numerusform>%n tipos de cambio</numerusform>
            </translation>
        </message>
        <message>
            <source>Add exchange rate</source>
            <translation>Añadir tipo de cambio</translation>
        </message>
        <message>
            <source>Remove exchange rate</source>
            <translation>Quitar tipo de cambio</translation>
        </message>
        <message>
            <source>Changed meanwhile</source>
            <translation>Modificado entretanto</translation>
        </message>
        <message>
            <source>Reload shows what it says now, and what you typed here is lost. Cancel keeps your typing, to copy it before reloading.</source>
            <translation>«Recargar» muestra el contenido actual, y lo que ha escrito aquí se pierde. «Cancelar» conserva lo escrito, para que pueda copiarlo antes de recargar.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <source>Co&amp;nnect to a team database…</source>
            <translation>Co&amp;nectar con una base de datos del equipo…</translation>
        </message>
        <message>
            <source>Work on data shared with your team on a PostgreSQL server</source>
            <translation>Trabajar con datos compartidos con su equipo en un servidor PostgreSQL</translation>
        </message>
        <message>
            <source>Use my &amp;local data</source>
            <translation>Usar mis datos &amp;locales</translation>
        </message>
        <message>
            <source>Go back to the data kept on this computer, in {folder}</source>
            <translation>Volver a los datos guardados en este ordenador, en {folder}</translation>
        </message>
    </context>
    <context>
        <name>AccessTab</name>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Concedido</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>Revocar antes del</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revocado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Grant…</source>
            <translation>Conceder…</translation>
        </message>
        <message>
            <source>Record access or equipment given</source>
            <translation>Registrar un acceso concedido o un equipo prestado</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Revocar</translation>
        </message>
        <message>
            <source>Record that it was taken back today</source>
            <translation>Registrar que se ha retirado hoy</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Correct what was recorded (Enter)</source>
            <translation>Corregir lo registrado (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Remove a grant recorded by mistake (Del)</source>
            <translation>Quitar un acceso registrado por error (Del)</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Desvinculación</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Tick / untick</source>
            <translation>Marcar / desmarcar</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <source>open</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>{n} still open.</source>
            <translation>{n} aún pendientes.</translation>
        </message>
        <message>
            <source>No access granted. Record code hosts, chat workspaces, drives and equipment here so that ending the contract can list what to take back.</source>
            <translation>No se ha concedido ningún acceso. Registre aquí los repositorios de código, los espacios de chat, las unidades compartidas y los equipos para que, al terminar el contrato, se liste lo que hay que retirar.</translation>
        </message>
        <message>
            <source>Remove the record of “{system}”, granted on {day}? To record that it was taken back, use Revoke instead.</source>
            <translation>¿Quiere quitar el registro de «{system}», concedido el {day}? Para registrar que se ha retirado, use Revocar.</translation>
        </message>
        <message>
            <source>Remove access grant</source>
            <translation>Quitar acceso concedido</translation>
        </message>
        <message>
            <source>Removed “{system}”</source>
            <translation>Se ha quitado «{system}»</translation>
        </message>
        <message>
            <source>Revoke access</source>
            <translation>Revocar acceso</translation>
        </message>
        <message>
            <source>Tick offboarding item</source>
            <translation>Marcar elemento de desvinculación</translation>
        </message>
    </context>
    <context>
        <name>AppreciationDialog</name>
        <message>
            <source>Praise sent</source>
            <translation>Elogio enviado</translation>
        </message>
        <message>
            <source>Testimonial asked for</source>
            <translation>Testimonio solicitado</translation>
        </message>
        <message>
            <source>Testimonial received</source>
            <translation>Testimonio recibido</translation>
        </message>
        <message>
            <source>Referral made</source>
            <translation>Recomendación hecha</translation>
        </message>
        <message>
            <source>Thank-you bonus</source>
            <translation>Bonificación de agradecimiento</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Dar las gracias</translation>
        </message>
        <message>
            <source>Be specific about what you liked and how it helped. Specific praise is remembered; “great job” is not.</source>
            <translation>Concrete qué le gustó y cómo le ayudó. Un elogio concreto se recuerda; un «buen trabajo», no.</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Persona</translation>
        </message>
        <message>
            <source>Type a name to find the person</source>
            <translation>Escriba un nombre para buscar a la persona</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Contract</source>
            <translation>&amp;Contrato</translation>
        </message>
        <message>
            <source>&amp;What you appreciated</source>
            <translation>&amp;Lo que valoró</translation>
        </message>
        <message>
            <source>e.g. The clear hand-over notes on the billing migration saved me a day of questions.</source>
            <translation>p. ej., Las notas de traspaso tan claras sobre la migración de la facturación me ahorraron un día de preguntas.</translation>
        </message>
        <message>
            <source>&amp;Bonus amount</source>
            <translation>&amp;Importe de la bonificación</translation>
        </message>
        <message>
            <source>e.g. 150.00</source>
            <translation>p. ej., 150.00</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
    </context>
    <context>
        <name>BenchModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Their name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titular</translation>
        </message>
        <message>
            <source>What they do, in a line</source>
            <translation>A qué se dedica, en una línea</translation>
        </message>
        <message>
            <source>Top skills</source>
            <translation>Habilidades principales</translation>
        </message>
        <message>
            <source>Their strongest skills (sorted by the best one)</source>
            <translation>Sus habilidades más destacadas (ordenadas por la mejor)</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarifa</translation>
        </message>
        <message>
            <source>Their current rate (the newest effective-dated rate)</source>
            <translation>Su tarifa actual (la tarifa vigente más reciente)</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Hora local</translation>
        </message>
        <message>
            <source>The time where they are, now</source>
            <translation>La hora que es ahora donde se encuentra</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Coincidencia</translation>
        </message>
        <message>
            <source>Hours of their working day that fall inside mine, today</source>
            <translation>Horas de su jornada que coinciden hoy con la mía</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Libres</translation>
        </message>
        <message>
            <source>Free hours this week · next week: the hours they offer, less their running contracts and away days (sorted by the hours they offer)</source>
            <translation>Horas libres esta semana · la próxima: las horas que ofrece, menos sus contratos en curso y días de ausencia (ordenado por las horas que ofrece)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Average of my private reviews (1–5)</source>
            <translation>Media de mis reseñas privadas (1–5)</translation>
        </message>
        <message>
            <source>Last worked</source>
            <translation>Última colaboración</translation>
        </message>
        <message>
            <source>When a contract with them last ran</source>
            <translation>Cuándo estuvo en curso por última vez un contrato con esta persona</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Bench status</source>
            <translation>Estado en el banquillo</translation>
        </message>
        <message>
            <source>★</source>
            <translation>★</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorito</translation>
        </message>
    </context>
    <context>
        <name>BenchView</name>
        <message>
            <source>People on the bench</source>
            <translation>Personas en el banquillo</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Log a message, call or meeting…</source>
            <translation>Registrar un mensaje, una llamada o una reunión…</translation>
        </message>
        <message>
            <source>Contract or not: calls and messages count as contact (Ctrl+L)</source>
            <translation>Con o sin contrato: las llamadas y los mensajes cuentan como contacto (Ctrl+L)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Feedback, reviews, praise, bonuses and rate changes of this person</source>
            <translation>Valoraciones, reseñas, elogios, bonificaciones y cambios de tarifa de esta persona</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Files kept with this person and the classification check</source>
            <translation>Archivos guardados con esta persona y la comprobación de clasificación</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Banquillo</translation>
        </message>
        <message>
            <source>Search the bench</source>
            <translation>Buscar en el banquillo</translation>
        </message>
        <message>
            <source>New talent…</source>
            <translation>Nuevo profesional…</translation>
        </message>
        <message>
            <source>Add a person to the bench (Ctrl+N)</source>
            <translation>Añadir una persona al banquillo (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected person (Enter)</source>
            <translation>Editar la persona seleccionada (Enter)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Rehire…</source>
            <translation>Volver a contratar…</translation>
        </message>
        <message>
            <source>Start a new contract prefilled from their last one</source>
            <translation>Iniciar un contrato nuevo rellenado con los datos del último</translation>
        </message>
        <message>
            <source>★ Favourite</source>
            <translation>★ Favorito</translation>
        </message>
        <message>
            <source>Mark or unmark the selected people as favourites</source>
            <translation>Marcar o desmarcar como favoritas las personas seleccionadas</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Dar las gracias…</translation>
        </message>
        <message>
            <source>Record specific praise, a testimonial, a referral or a thank-you bonus</source>
            <translation>Registrar un elogio concreto, un testimonio, una recomendación o una bonificación de agradecimiento</translation>
        </message>
        <message>
            <source>Log…</source>
            <translation>Registrar…</translation>
        </message>
        <message>
            <source>Log a message, call, meeting or note with the selected person (Ctrl+L)</source>
            <translation>Registrar un mensaje, una llamada, una reunión o una nota con la persona seleccionada (Ctrl+L)</translation>
        </message>
        <message>
            <source>Availability…</source>
            <translation>Disponibilidad…</translation>
        </message>
        <message>
            <source>The hours a week the selected person offers, and when they are away (the planner and the Free column use them)</source>
            <translation>Las horas semanales que ofrece la persona seleccionada y cuándo está ausente (los usan el planificador y la columna Libres)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>A dossier of the selected person to print or send</source>
            <translation>Un expediente de la persona seleccionada para imprimir o enviar</translation>
        </message>
        <message>
            <source>Do not rehire…</source>
            <translation>No recontratar…</translation>
        </message>
        <message>
            <source>Mark the selected people as not to be rehired, with a reason</source>
            <translation>Marcar las personas seleccionadas para no recontratar, con un motivo</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <source>Hide the selected people from the bench (Delete); nothing is lost</source>
            <translation>Ocultar del banquillo las personas seleccionadas (Delete); no se pierde nada</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Desarchivar</translation>
        </message>
        <message>
            <source>Bring the selected people back onto the bench</source>
            <translation>Devolver al banquillo las personas seleccionadas</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Delete a person with no contracts, for good</source>
            <translation>Eliminar definitivamente a una persona sin contratos</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Establecer estado</translation>
        </message>
        <message>
            <source>Active or on bench, from their contracts</source>
            <translation>Activo o en banquillo, según sus contratos</translation>
        </message>
        <message>
            <source>Shown Active while a contract runs, On bench otherwise</source>
            <translation>Se muestra Activo mientras hay un contrato en curso y En banquillo en otro caso</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>Availability, status, do-not-rehire, archive and delete</source>
            <translation>Disponibilidad, estado, no recontratar, archivar y eliminar</translation>
        </message>
        <message>
            <source>Your bench is empty</source>
            <translation>Su banquillo está vacío</translation>
        </message>
        <message>
            <source>The bench keeps everyone you have worked with or would like to: their skills, rates, time zone, contracts and reviews, so the next hire starts from people you already trust.

Add the first person by hand, or import a marketplace history from the File menu.</source>
            <translation>El banquillo reúne a todas las personas con las que ha trabajado o le gustaría trabajar: sus habilidades, tarifas, zona horaria, contratos y reseñas, para que la próxima contratación parta de gente en la que ya confía.

Añada la primera persona a mano o importe un historial del marketplace desde el menú Archivo.</translation>
        </message>
        <message>
            <source>Add someone to the bench…</source>
            <translation>Añadir a alguien al banquillo…</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Limpiar la búsqueda y los filtros</translation>
        </message>
        <message>
            <source>No one on the bench matches this search and these filters.</source>
            <translation>Nadie en el banquillo coincide con esta búsqueda y estos filtros.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln personas</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark favourite</source>
            <translation>Marcar como favorito</translation>
        </message>
        <message>
            <source>Unmark favourite</source>
            <translation>Desmarcar como favorito</translation>
        </message>
        <message>
            <source>Set status to {status}</source>
            <translation>Cambiar el estado a {status}</translation>
        </message>
        <message>
            <source>{who} set to {status}</source>
            <translation>{who}: estado cambiado a {status}</translation>
        </message>
        <message>
            <source>Do not rehire</source>
            <translation>No recontratar</translation>
        </message>
        <message numerus="yes">
            <source>Why should %n person(s) not be rehired? The reason is shown whenever they come up.</source>
            <translation>
                <numerusform>¿Por qué no se debe volver a contratar a esta persona? El motivo se mostrará siempre que aparezca.</numerusform>
                <numerusform>¿Por qué no se debe volver a contratar a estas %n personas? El motivo se mostrará siempre que aparezcan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed: a reason is needed to mark someone do-not-rehire.</source>
            <translation>No se ha cambiado nada: hace falta un motivo para marcar a alguien como no recontratar.</translation>
        </message>
        <message>
            <source>Mark do not rehire</source>
            <translation>Marcar como no recontratar</translation>
        </message>
        <message>
            <source>{who} marked do not rehire</source>
            <translation>{who} marcado como no recontratar</translation>
        </message>
        <message>
            <source>Archived {who}</source>
            <translation>Se ha archivado a {who}</translation>
        </message>
        <message>
            <source>Bring back from the archive</source>
            <translation>Recuperar del archivo</translation>
        </message>
        <message>
            <source>Brought back {who}</source>
            <translation>Se ha recuperado a {who}</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>¿Eliminar a {name}?</translation>
        </message>
        <message>
            <source>Delete {name} and their contact details, skills and rates? Edit ▸ Undo brings them back during this session. Archiving hides them and keeps everything.</source>
            <translation>¿Quiere eliminar a {name} con sus datos de contacto, habilidades y tarifas? Editar ▸ Deshacer lo recupera durante esta sesión. Archivar lo oculta y lo conserva todo.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Eliminar persona</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>Se ha eliminado a {name}</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>No se puede eliminar</translation>
        </message>
        <message>
            <source>Archive instead</source>
            <translation>Archivar en su lugar</translation>
        </message>
    </context>
    <context>
        <name>CheckDatabaseDialog</name>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>Altered</source>
            <translation>Alterado</translation>
        </message>
        <message numerus="yes">
            <source>The database file has %Ln problem(s), listed below.</source>
            <translation>
                <numerusform>El archivo de la base de datos tiene %Ln problema, indicado a continuación.</numerusform>
                <numerusform>El archivo de la base de datos tiene %Ln problemas, indicados a continuación.</numerusform>
            </translation>
        </message>
        <message>
            <source>The database file is sound.</source>
            <translation>El archivo de la base de datos está en buen estado.</translation>
        </message>
        <message numerus="yes">
            <source>Of %Ln stored file(s), {missing} and {altered}.</source>
            <translation>
                <numerusform>De %Ln archivo guardado, {missing} y {altered}.</numerusform>
                <numerusform>De %Ln archivos guardados, {missing} y {altered}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln missing</source>
            <translation>
                <numerusform>falta %Ln</numerusform>
                <numerusform>faltan %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln altered</source>
            <translation>
                <numerusform>%Ln alterado</numerusform>
                <numerusform>%Ln alterados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln stored file(s) match their fingerprints (SHA-256).</source>
            <translation>
                <numerusform>%Ln archivo guardado coincide con su huella digital (SHA-256).</numerusform>
                <numerusform>Los %Ln archivos guardados coinciden con sus huellas digitales (SHA-256).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The kept figures of %Ln person(s) (last contact, score, last worked) did not match their records; they were worked out again.</source>
            <translation>
                <numerusform>Las cifras guardadas de %Ln persona (último contacto, puntuación, última colaboración) no coincidían con sus datos; se han vuelto a calcular.</numerusform>
                <numerusform>Las cifras guardadas de %Ln personas (último contacto, puntuación, última colaboración) no coincidían con sus datos; se han vuelto a calcular.</numerusform>
            </translation>
        </message>
        <message>
            <source>A missing or altered file can be added again from its contract's Files tab. A damaged database can be put back from File → Restore a daily copy…</source>
            <translation>Un archivo que falta o está alterado se puede volver a añadir desde la pestaña Archivos de su contrato. Una base de datos dañada se puede recuperar desde Archivo → Restaurar una copia diaria…</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>Comprobar la base de datos</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ubicación</translation>
        </message>
    </context>
    <context>
        <name>CheckinDialog</name>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Quizá</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Mid-contract check-in</source>
            <translation>Seguimiento a mitad de contrato</translation>
        </message>
        <message>
            <source>A private review while the work goes on: it stays on this computer and adds a point to the person's trend. 1 is poor, 5 is excellent; choose every rating.</source>
            <translation>Una reseña privada mientras el trabajo sigue en curso: se queda en este ordenador y añade un punto a la tendencia de la persona. 1 es deficiente y 5, excelente; elija todas las puntuaciones.</translation>
        </message>
        <message>
            <source>&amp;Contract</source>
            <translation>&amp;Contrato</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <source>&amp;Skills</source>
            <translation>&amp;Habilidades</translation>
        </message>
        <message>
            <source>Choose from 1 to 5 stars</source>
            <translation>Elija de 1 a 5 estrellas</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>&amp;Quality</source>
            <translation>Ca&amp;lidad</translation>
        </message>
        <message>
            <source>&amp;Availability</source>
            <translation>&amp;Disponibilidad</translation>
        </message>
        <message>
            <source>D&amp;eadlines</source>
            <translation>&amp;Plazos</translation>
        </message>
        <message>
            <source>C&amp;ommunication</source>
            <translation>C&amp;omunicación</translation>
        </message>
        <message>
            <source>Coo&amp;peration</source>
            <translation>Coop&amp;eración</translation>
        </message>
        <message>
            <source>&amp;Would rehire</source>
            <translation>&amp;Volvería a contratar</translation>
        </message>
        <message>
            <source>&amp;Recommend (0–10)</source>
            <translation>&amp;Recomendaría (0–10)</translation>
        </message>
        <message>
            <source>How likely you are to recommend them, from 0 to 10</source>
            <translation>Con qué probabilidad lo recomendaría, de 0 a 10</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>What is going well, what to raise with them</source>
            <translation>Qué va bien y qué comentarle</translation>
        </message>
    </context>
    <context>
        <name>ClassificationDialog</name>
        <message>
            <source>Me</source>
            <translation>Yo</translation>
        </message>
        <message>
            <source>They do</source>
            <translation>El profesional</translation>
        </message>
        <message>
            <source>Both of us</source>
            <translation>Los dos</translation>
        </message>
        <message>
            <source>Classification check — {title}</source>
            <translation>Comprobación de clasificación — {title}</translation>
        </message>
        <message>
            <source>From your records:</source>
            <translation>Según sus registros:</translation>
        </message>
        <message numerus="yes">
            <source>• %n day(s) since the start; {hours:.1f} hours a week {window}</source>
            <translation>
                <numerusform>• %n día desde el inicio; {hours:.1f} horas a la semana {window}</numerusform>
                <numerusform>• %n días desde el inicio; {hours:.1f} horas a la semana {window}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over the last %n week(s)</source>
            <translation>
                <numerusform>en la última semana</numerusform>
                <numerusform>en las últimas %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>• equipment lent in the access register</source>
            <translation>• equipo prestado en el registro de accesos</translation>
        </message>
        <message>
            <source>• no equipment in the access register</source>
            <translation>• ningún equipo en el registro de accesos</translation>
        </message>
        <message>
            <source>• an agreement is among the files</source>
            <translation>• hay un acuerdo entre los archivos</translation>
        </message>
        <message>
            <source>• no agreement among the files</source>
            <translation>• ningún acuerdo entre los archivos</translation>
        </message>
        <message>
            <source>Nothing here looks like employment.</source>
            <translation>Nada de esto parece una relación laboral.</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>What to change:</source>
            <translation>Qué cambiar:</translation>
        </message>
        <message>
            <source>Classification check</source>
            <translation>Comprobación de clasificación</translation>
        </message>
        <message>
            <source>About this contract</source>
            <translation>Sobre este contrato</translation>
        </message>
        <message>
            <source>Who sets the working &amp;hours?</source>
            <translation>¿Quién fija el &amp;horario de trabajo?</translation>
        </message>
        <message>
            <source>Who sets the &amp;place of work?</source>
            <translation>¿Quién fija el &amp;lugar de trabajo?</translation>
        </message>
        <message>
            <source>Who supplies the &amp;equipment?</source>
            <translation>¿Quién aporta el &amp;equipo?</translation>
        </message>
        <message>
            <source>E&amp;xclusive: they may not work for other clients</source>
            <translation>E&amp;xclusivo: no puede trabajar para otros clientes</translation>
        </message>
        <message>
            <source>&amp;Open-ended: no end date or defined deliverable</source>
            <translation>&amp;Indefinido: sin fecha de fin ni entregable concreto</translation>
        </message>
        <message>
            <source>There is a &amp;written contract</source>
            <translation>Hay un contrato por e&amp;scrito</translation>
        </message>
        <message>
            <source>The work is the &amp;core of my business</source>
            <translation>El trabajo es el &amp;núcleo de mi negocio</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Prefer (encrypted when the server offers it)</source>
            <translation>Preferir (con cifrado si el servidor lo ofrece)</translation>
        </message>
        <message>
            <source>Require (always encrypted)</source>
            <translation>Exigir (siempre con cifrado)</translation>
        </message>
        <message>
            <source>Verify the certificate authority</source>
            <translation>Verificar la autoridad de certificación</translation>
        </message>
        <message>
            <source>Verify the certificate and server name</source>
            <translation>Verificar el certificado y el nombre del servidor</translation>
        </message>
        <message>
            <source>Disable (never encrypted)</source>
            <translation>Desactivar (nunca con cifrado)</translation>
        </message>
        <message>
            <source>Allow (encrypted only when the server insists)</source>
            <translation>Permitir (con cifrado solo si el servidor lo exige)</translation>
        </message>
        <message>
            <source>Connect to a team database</source>
            <translation>Conectar con una base de datos del equipo</translation>
        </message>
        <message>
            <source>Work on a team database on a PostgreSQL server, with the others on your team. Your local data stays where it is; File → Use my local data goes back to it.</source>
            <translation>Trabaje con una base de datos del equipo en un servidor PostgreSQL, junto con el resto de su equipo. Sus datos locales se quedan donde están; Archivo → Usar mis datos locales vuelve a ellos.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>postgresql://me@server:5432/team — paste one to fill in the rest</source>
            <translation>postgresql://yo@servidor:5432/equipo — pegue una para rellenar el resto</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>db.example.com</source>
            <translation>db.example.com</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nombre de usuario:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Contr&amp;aseña:</translation>
        </message>
        <message>
            <source>empty: from the keyring or libpq's password file</source>
            <translation>vacía: del llavero o del archivo de contraseñas de libpq</translation>
        </message>
        <message>
            <source>SS&amp;L:</source>
            <translation>SS&amp;L:</translation>
        </message>
        <message>
            <source>&amp;Save the password in this computer's keyring</source>
            <translation>&amp;Guardar la contraseña en el llavero de este ordenador</translation>
        </message>
        <message>
            <source>Unticked, the password is used until TalentDesk closes and is asked again next time. It is never written to the settings.</source>
            <translation>Si no se marca, la contraseña se usa hasta que se cierra TalentDesk y se vuelve a pedir la próxima vez. Nunca se escribe en las preferencias.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>P&amp;robar la conexión</translation>
        </message>
        <message>
            <source>Ask the server now, without switching to it</source>
            <translation>Consultar ahora al servidor, sin cambiar a él</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Probando la conexión…</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>✓ Connected to {where}. It is empty: TalentDesk sets it up when you connect, and “talentdesk transfer --to URL” copies your local data into it.</source>
            <translation>✓ Conectado a {where}. Está vacía: TalentDesk la prepara al conectarse, y «talentdesk transfer --to URL» copia en ella sus datos locales.</translation>
        </message>
        <message>
            <source>✓ Connected to {where}: a TalentDesk team database.</source>
            <translation>✓ Conectado a {where}: una base de datos del equipo de TalentDesk.</translation>
        </message>
        <message>
            <source>Not connected: see the detail marked above.</source>
            <translation>Sin conexión: vea el detalle indicado arriba.</translation>
        </message>
    </context>
    <context>
        <name>ContractDialog</name>
        <message>
            <source>Draft: still being written. Offered: sent, waiting for a yes. Active: the work has started.</source>
            <translation>Borrador: aún en redacción. Ofrecido: enviado, a la espera de un sí. Activo: el trabajo ha empezado.</translation>
        </message>
        <message>
            <source>Edit contract</source>
            <translation>Editar contrato</translation>
        </message>
        <message>
            <source>Renew contract</source>
            <translation>Renovar contrato</translation>
        </message>
        <message>
            <source>This contract renews contract #{id}; the two are shown as one engagement.</source>
            <translation>Este contrato renueva el contrato n.º {id}; los dos se muestran como una sola colaboración.</translation>
        </message>
        <message>
            <source>(archived) #{id}</source>
            <translation>(archivado) n.º {id}</translation>
        </message>
        <message>
            <source>Type a name…</source>
            <translation>Escriba un nombre…</translation>
        </message>
        <message>
            <source>No one is on the bench yet: add a person first (Ctrl+N).</source>
            <translation>Aún no hay nadie en el banquillo: añada primero una persona (Ctrl+N).</translation>
        </message>
        <message>
            <source>&amp;Rate per hour</source>
            <translation>T&amp;arifa por hora</translation>
        </message>
        <message>
            <source>Fixed &amp;price</source>
            <translation>P&amp;recio fijo</translation>
        </message>
        <message>
            <source>Hourly &amp;equivalent</source>
            <translation>Equivalente por &amp;hora</translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>T&amp;arifa</translation>
        </message>
        <message>
            <source>New contract</source>
            <translation>Nuevo contrato</translation>
        </message>
        <message>
            <source>&amp;With</source>
            <translation>Pro&amp;fesional</translation>
        </message>
        <message>
            <source>The person this contract is with (type to search)</source>
            <translation>La persona con la que es este contrato (escriba para buscar)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>e.g. Mobile app redesign</source>
            <translation>p. ej., Rediseño de la app móvil</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ipo</translation>
        </message>
        <message>
            <source>Hourly: paid per hour worked. Fixed price: one price for the whole job. Retainer: a weekly payment for standing availability.</source>
            <translation>Por horas: se paga por hora trabajada. Precio fijo: un solo precio por todo el trabajo. Iguala: un pago semanal por una disponibilidad continua.</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>ISO 4217 currency code</source>
            <translation>Código de moneda ISO 4217</translation>
        </message>
        <message>
            <source>Weekly &amp;limit</source>
            <translation>&amp;Límite semanal</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Ilimitado</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>The most hours a week they may bill; 0 means unlimited</source>
            <translation>El máximo de horas semanales que puede facturar; 0 significa ilimitado</translation>
        </message>
        <message>
            <source>Weekly &amp;payment</source>
            <translation>Pago &amp;semanal</translation>
        </message>
        <message>
            <source>for a retainer</source>
            <translation>para una iguala</translation>
        </message>
        <message>
            <source>Original &amp;budget</source>
            <translation>Pres&amp;upuesto original</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>What you expect the whole contract to cost; the workroom shows how far it runs over. Left empty: the fixed price, or the weekly terms until the end date.</source>
            <translation>Lo que espera que cueste todo el contrato; la sala de trabajo muestra cuánto se excede. Si se deja vacío: el precio fijo o las condiciones semanales hasta la fecha de fin.</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Empieza</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>Termi&amp;na</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>&amp;Scope of work</source>
            <translation>Al&amp;cance del trabajo</translation>
        </message>
        <message>
            <source>What is to be done, what is delivered, what is out of scope</source>
            <translation>Qué hay que hacer, qué se entrega y qué queda fuera del alcance</translation>
        </message>
        <message>
            <source>Test &amp;project (a small paid trial before hiring for real)</source>
            <translation>&amp;Proyecto de prueba (una pequeña prueba pagada antes de contratar en firme)</translation>
        </message>
        <message>
            <source>P&amp;latform</source>
            <translation>Plataf&amp;orma</translation>
        </message>
        <message>
            <source>e.g. Upwork, direct</source>
            <translation>p. ej., Upwork, directo</translation>
        </message>
        <message>
            <source>Contract id on the platform</source>
            <translation>Id del contrato en la plataforma</translation>
        </message>
        <message>
            <source>contract id on the platform</source>
            <translation>id del contrato en la plataforma</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Guardar co&amp;mo</translation>
        </message>
    </context>
    <context>
        <name>ContractListPanel</name>
        <message>
            <source>Search contract titles</source>
            <translation>Buscar en los títulos de los contratos</translation>
        </message>
        <message>
            <source>Search titles…</source>
            <translation>Buscar títulos…</translation>
        </message>
        <message>
            <source>Search contract titles (Ctrl+Shift+F)</source>
            <translation>Buscar en los títulos de los contratos (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>Find in all messages…</source>
            <translation>Buscar en todos los mensajes…</translation>
        </message>
        <message>
            <source>Search what was said in every contract's room (Ctrl+Shift+M)</source>
            <translation>Buscar lo dicho en la sala de cada contrato (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>Only this person's contracts</source>
            <translation>Solo los contratos de esta persona</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contratos</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contract(s)</source>
            <translation>
                <numerusform>%Ln contrato</numerusform>
                <numerusform>%Ln contratos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <source>Encoding:</source>
            <translation>Codificación:</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Delimitador:</translation>
        </message>
        <message>
            <source>Numbers and dates:</source>
            <translation>Números y fechas:</translation>
        </message>
        <message>
            <source>Add people who are not on the bench</source>
            <translation>Añadir las personas que no están en el banquillo</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translation>Las primeras filas del archivo:</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Qué contiene cada columna</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(no está en el archivo)</translation>
        </message>
        <message>
            <source>column {n}</source>
            <translation>columna {n}</translation>
        </message>
        <message>
            <source>{field} (required):</source>
            <translation>{field} (obligatorio):</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Read as {encoding}, delimiter {delimiter}. {note}</source>
            <translation>Leído como {encoding}, delimitador {delimiter}. {note}</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select someone to see their profile, rates, contracts and reviews.</source>
            <translation>Seleccione a alguien para ver su perfil, tarifas, contratos y reseñas.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Change every detail of this person (Enter)</source>
            <translation>Cambiar cualquier dato de esta persona (Enter)</translation>
        </message>
        <message>
            <source>Rehire…</source>
            <translation>Volver a contratar…</translation>
        </message>
        <message>
            <source>Start a new contract prefilled from their last one</source>
            <translation>Iniciar un contrato nuevo rellenado con los datos del último</translation>
        </message>
        <message>
            <source>Log…</source>
            <translation>Registrar…</translation>
        </message>
        <message>
            <source>Log a message, call, meeting or note with this person, with or without a contract (Ctrl+L)</source>
            <translation>Registrar un mensaje, una llamada, una reunión o una nota con esta persona, con o sin contrato (Ctrl+L)</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Contact and links</source>
            <translation>Contacto y enlaces</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>How they work</source>
            <translation>Cómo trabaja</translation>
        </message>
        <message>
            <source>Staying in touch</source>
            <translation>Mantener el contacto</translation>
        </message>
        <message>
            <source>Rate history</source>
            <translation>Historial de tarifas</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contratos</translation>
        </message>
        <message>
            <source>Their contracts</source>
            <translation>Sus contratos</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the contract's workroom</source>
            <translation>Haga doble clic o pulse Enter para abrir la sala de trabajo del contrato</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Reseñas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>available for new work</source>
            <translation>disponible para nuevos trabajos</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>no disponible</translation>
        </message>
        <message>
            <source>working with you now</source>
            <translation>trabaja con usted ahora</translation>
        </message>
        <message>
            <source>Marked do-not-rehire or archived: change their status first</source>
            <translation>Marcado como no recontratar o archivado: cambie primero su estado</translation>
        </message>
        <message>
            <source>Total cost in {currency}</source>
            <translation>Coste total en {currency}</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>nothing paid yet</source>
            <translation>aún no se ha pagado nada</translation>
        </message>
        <message>
            <source>Last worked with</source>
            <translation>Última colaboración</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <source>On the bench since</source>
            <translation>En el banquillo desde</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>No contact details yet.</source>
            <translation>Aún no hay datos de contacto.</translation>
        </message>
        <message>
            <source>No skills recorded.</source>
            <translation>No hay habilidades registradas.</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Prefiere</translation>
        </message>
        <message>
            <source>Replies within</source>
            <translation>Responde en</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Horario laboral</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>{zone} — {time} there now ({state})</source>
            <translation>{zone} — allí son las {time} ({state})</translation>
        </message>
        <message>
            <source>at work</source>
            <translation>trabajando</translation>
        </message>
        <message>
            <source>outside their hours</source>
            <translation>fuera de su horario</translation>
        </message>
        <message>
            <source>Overlap with my day</source>
            <translation>Coincidencia con mi jornada</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <source>never logged</source>
            <translation>nunca registrado</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Frecuencia</translation>
        </message>
        <message>
            <source>no reminder set</source>
            <translation>sin recordatorio</translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>cada día</numerusform>
                <numerusform>cada %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Próximo contacto</translation>
        </message>
        <message>
            <source>No rate recorded.</source>
            <translation>No hay ninguna tarifa registrada.</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>No hay notas.</translation>
        </message>
        <message>
            <source>{title}
{kind} · {status} · {rate} · {period}</source>
            <translation>{title}
{kind} · {status} · {rate} · {period}</translation>
        </message>
        <message>
            <source>Open the workroom of “{title}”</source>
            <translation>Abrir la sala de trabajo de «{title}»</translation>
        </message>
        <message>
            <source>No contracts yet. Rehire starts one.</source>
            <translation>Aún no hay contratos. Volver a contratar inicia uno.</translation>
        </message>
        <message>
            <source>No reviews yet.</source>
            <translation>Aún no hay reseñas.</translation>
        </message>
        <message>
            <source>Private reviews</source>
            <translation>Reseñas privadas</translation>
        </message>
        <message>
            <source>{score} average over {n}</source>
            <translation>{score} de media sobre {n}</translation>
        </message>
        <message>
            <source>By criterion</source>
            <translation>Por criterio</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>maybe</source>
            <translation>quizá</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Would rehire</source>
            <translation>Volvería a contratar</translation>
        </message>
        <message>
            <source>Latest note</source>
            <translation>Última nota</translation>
        </message>
        <message>
            <source>Feedback I gave</source>
            <translation>Valoración que di</translation>
        </message>
        <message>
            <source>Feedback they gave</source>
            <translation>Valoración que me dio</translation>
        </message>
    </context>
    <context>
        <name>EditReviewWizard</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Correct what was recorded. To take it back altogether, remove it from the timeline.</source>
            <translation>Corrija lo registrado. Para retirarlo por completo, quítelo de la cronología.</translation>
        </message>
        <message>
            <source>Edit feedback given: {title}</source>
            <translation>Editar valoración dada: {title}</translation>
        </message>
        <message>
            <source>Edit feedback received: {title}</source>
            <translation>Editar valoración recibida: {title}</translation>
        </message>
        <message>
            <source>Private review of {day}</source>
            <translation>Reseña privada del {day}</translation>
        </message>
        <message>
            <source>Edit private review: {title}</source>
            <translation>Editar reseña privada: {title}</translation>
        </message>
        <message>
            <source>Edit feedback</source>
            <translation>Editar valoración</translation>
        </message>
        <message>
            <source>Edit private review</source>
            <translation>Editar reseña privada</translation>
        </message>
    </context>
    <context>
        <name>EndContractWizard</name>
        <message>
            <source>End contract: {title}</source>
            <translation>Terminar contrato: {title}</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Yo</translation>
        </message>
        <message>
            <source>Them</source>
            <translation>La otra parte</translation>
        </message>
        <message>
            <source>Say why it ended; the review queue and the timeline show it.</source>
            <translation>Indique por qué terminó; la cola de revisión y la cronología lo muestran.</translation>
        </message>
        <message>
            <source>End contract</source>
            <translation>Terminar contrato</translation>
        </message>
        <message>
            <source>End the contract</source>
            <translation>Terminar el contrato</translation>
        </message>
        <message>
            <source>When it ends and why. Everything in this flow is saved together when you press Finish.</source>
            <translation>Cuándo termina y por qué. Todo lo de este proceso se guarda a la vez cuando pulse Finalizar.</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>Fecha &amp;de fin</translation>
        </message>
        <message>
            <source>Ended &amp;by</source>
            <translation>Terminado &amp;por</translation>
        </message>
        <message>
            <source>Who ended it: you or them. Your record as a client counts both.</source>
            <translation>Quién lo terminó: usted o la otra parte. Su historial como cliente cuenta ambos casos.</translation>
        </message>
        <message>
            <source>&amp;Why it ended</source>
            <translation>&amp;Motivo del fin</translation>
        </message>
        <message>
            <source>e.g. Project delivered; budget ran out; not a fit</source>
            <translation>p. ej., Proyecto entregado; se acabó el presupuesto; no encaja</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source>The public feedback you give them on the platform, and what they gave you. Choose the stars, or untick what you have not left yet.</source>
            <translation>La valoración pública que usted da al profesional en la plataforma y la que recibe a cambio. Elija las estrellas o desmarque la que aún no se haya dejado.</translation>
        </message>
        <message>
            <source>Feedback &amp;given</source>
            <translation>&amp;Valoración dada</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>Estrellas</translation>
        </message>
        <message>
            <source>Choose from 1 to 5 stars</source>
            <translation>Elija de 1 a 5 estrellas</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source> / 5</source>
            <translation> / 5</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>What you write on their profile</source>
            <translation>Lo que escribe en su perfil</translation>
        </message>
        <message>
            <source>Given o&amp;n</source>
            <translation>Dada &amp;el</translation>
        </message>
        <message>
            <source>The day the feedback was left (the end date unless you change it)</source>
            <translation>El día en que se dejó la valoración (la fecha de fin, salvo que la cambie)</translation>
        </message>
        <message>
            <source>Feedback &amp;received</source>
            <translation>Valoración &amp;recibida</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Recibida el</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Reseña privada</translation>
        </message>
        <message>
            <source>Stays on this computer: how it really went, for the next time you hire. Choose every score, or untick the box to skip the review.</source>
            <translation>Se queda en este ordenador: cómo fue realmente, para la próxima vez que contrate. Elija todas las puntuaciones o desmarque la casilla para omitir la reseña.</translation>
        </message>
        <message>
            <source>Write a private &amp;review</source>
            <translation>&amp;Escribir una reseña privada</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilidad</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Plazos</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Comunicación</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Cooperación</translation>
        </message>
        <message>
            <source>Would &amp;rehire</source>
            <translation>&amp;Volvería a contratar</translation>
        </message>
        <message>
            <source>Re&amp;commend (0–10)</source>
            <translation>Re&amp;comendaría (0–10)</translation>
        </message>
        <message>
            <source>How likely you are to recommend them, from 0 to 10</source>
            <translation>Con qué probabilidad lo recomendaría, de 0 a 10</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>Offboarding</source>
            <translation>Desvinculación</translation>
        </message>
        <message>
            <source>Tick what is already done; anything left open comes back in the review queue.</source>
            <translation>Marque lo que ya está hecho; lo que quede pendiente volverá a la cola de revisión.</translation>
        </message>
        <message>
            <source>Test project: the decision</source>
            <translation>Proyecto de prueba: la decisión</translation>
        </message>
        <message>
            <source>&amp;Hire for real</source>
            <translation>&amp;Contratar en firme</translation>
        </message>
        <message>
            <source>&amp;Not a fit</source>
            <translation>No &amp;encaja</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>Decidir &amp;más tarde</translation>
        </message>
    </context>
    <context>
        <name>FileDetailsDialog</name>
        <message>
            <source>for this contract</source>
            <translation>de este contrato</translation>
        </message>
        <message>
            <source>kept with the person</source>
            <translation>guardados con la persona</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) {owner}: {names}</source>
            <translation>
                <numerusform>%n archivo {owner}: {names}</numerusform>
                <numerusform>%n archivos {owner}: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit file details</source>
            <translation>Editar los datos del archivo</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Añadir archivos</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Sentido</translation>
        </message>
        <message>
            <source>&amp;Sensitivity</source>
            <translation>&amp;Confidencialidad</translation>
        </message>
        <message>
            <source>S&amp;hared on</source>
            <translation>Co&amp;mpartido el</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>What the document is: an agreement on file clears the classification check's "no written contract" signal</source>
            <translation>Qué es el documento: un acuerdo archivado elimina la señal «sin contrato por escrito» de la comprobación de clasificación</translation>
        </message>
        <message>
            <source>E&amp;xpires</source>
            <translation>Ca&amp;duca</translation>
        </message>
        <message>
            <source>Tick when the document runs out (insurance, an NDA, an ID): the review queue warns before it does</source>
            <translation>Márquelo si el documento caduca (un seguro, un NDA, un documento de identidad): la cola de revisión avisa antes de que venza</translation>
        </message>
        <message>
            <source>on</source>
            <translation>el</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Caduca el</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
    </context>
    <context>
        <name>FilesTab</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Confidencialidad</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Compartido</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Caduca</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Añadir archivos…</translation>
        </message>
        <message>
            <source>Store files in this room (or drop them here)</source>
            <translation>Guardar archivos en esta sala (o soltarlos aquí)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open with the system's program</source>
            <translation>Abrir con el programa del sistema</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalles…</translation>
        </message>
        <message>
            <source>Correct the direction, sensitivity, date or note (Enter)</source>
            <translation>Corregir el sentido, la confidencialidad, la fecha o la nota (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Drop files here to store them. Each file is kept once in the data folder, under its SHA-256.</source>
            <translation>Suelte aquí archivos para guardarlos. Cada archivo se guarda una sola vez en la carpeta de datos, con su SHA-256.</translation>
        </message>
        <message>
            <source>Add files to this contract</source>
            <translation>Añadir archivos a este contrato</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Guardar una copia</translation>
        </message>
        <message>
            <source>Remove the file “{name}” from this contract?</source>
            <translation>¿Quiere quitar el archivo «{name}» de este contrato?</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>Quitar archivo</translation>
        </message>
        <message>
            <source>Removed {name}</source>
            <translation>Se ha quitado {name}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search the bench</source>
            <translation>Buscar en el banquillo</translation>
        </message>
        <message>
            <source>Search names, headlines, skills and notes  (Ctrl+F)</source>
            <translation>Buscar en nombres, titulares, habilidades y notas  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Type the start of any word; every word must match</source>
            <translation>Escriba el principio de cualquier palabra; todas las palabras deben coincidir</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Habilidad</translation>
        </message>
        <message>
            <source>Skill…</source>
            <translation>Habilidad…</translation>
        </message>
        <message>
            <source>Show only people with this skill; add several and all must match</source>
            <translation>Mostrar solo personas con esta habilidad; si añade varias, deben coincidir todas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Show people with these bench statuses</source>
            <translation>Mostrar personas con estos estados en el banquillo</translation>
        </message>
        <message>
            <source>★ Favourites</source>
            <translation>★ Favoritos</translation>
        </message>
        <message>
            <source>Only favourites</source>
            <translation>Solo favoritos</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <source>Only people available for new work</source>
            <translation>Solo personas disponibles para nuevos trabajos</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Minimum average private-review score</source>
            <translation>Puntuación media mínima en la reseña privada</translation>
        </message>
        <message>
            <source>{score} or better</source>
            <translation>{score} o más</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Coincidencia</translation>
        </message>
        <message>
            <source>Their working day overlaps mine by at least this much</source>
            <translation>Su jornada coincide con la mía al menos este tiempo</translation>
        </message>
        <message>
            <source>At least {n} h with my day</source>
            <translation>Al menos {n} h con mi jornada</translation>
        </message>
        <message>
            <source>Not contacted</source>
            <translation>Sin contacto</translation>
        </message>
        <message>
            <source>No message or appreciation logged for this long</source>
            <translation>Ningún mensaje ni reconocimiento registrado en este tiempo</translation>
        </message>
        <message numerus="yes">
            <source>For %n day(s) or more</source>
            <translation>
                <numerusform>Durante %n día o más</numerusform>
                <numerusform>Durante %n días o más</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Limpiar todo</translation>
        </message>
        <message>
            <source>Remove the search and every filter</source>
            <translation>Quitar la búsqueda y todos los filtros</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln people</source>
            <translation>
                <numerusform>{shown} de %Ln persona</numerusform>
                <numerusform>{shown} de %Ln personas</numerusform>
            </translation>
        </message>
        <message>
            <source>Skill: {skill}</source>
            <translation>Habilidad: {skill}</translation>
        </message>
        <message>
            <source>Favourites</source>
            <translation>Favoritos</translation>
        </message>
        <message>
            <source>Score ≥ {score}</source>
            <translation>Puntuación ≥ {score}</translation>
        </message>
        <message>
            <source>Overlap ≥ {n} h</source>
            <translation>Coincidencia ≥ {n} h</translation>
        </message>
        <message numerus="yes">
            <source>Not contacted for %n day(s)</source>
            <translation>
                <numerusform>Sin contacto desde hace %n día</numerusform>
                <numerusform>Sin contacto desde hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this filter</source>
            <translation>Quitar este filtro</translation>
        </message>
    </context>
    <context>
        <name>FindMessagesDialog</name>
        <message>
            <source>Find in all messages</source>
            <translation>Buscar en todos los mensajes</translation>
        </message>
        <message>
            <source>Words to find</source>
            <translation>Palabras que buscar</translation>
        </message>
        <message>
            <source>Words to find in every contract's messages…</source>
            <translation>Palabras que buscar en los mensajes de todos los contratos…</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Todos los canales</translation>
        </message>
        <message>
            <source>Messages found</source>
            <translation>Mensajes encontrados</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the room at this message</source>
            <translation>Haga doble clic o pulse Enter para abrir la sala en este mensaje</translation>
        </message>
        <message>
            <source>Type a word: every room is searched.</source>
            <translation>Escriba una palabra: se busca en todas las salas.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Buscando…</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or shorter words, or all channels.</source>
            <translation>No se ha encontrado nada. Pruebe con menos palabras o más cortas, o con todos los canales.</translation>
        </message>
        <message numerus="yes">
            <source>The newest %n match(es); add a word to narrow them.</source>
            <translation>
                <numerusform>La coincidencia más reciente; añada una palabra para acotar.</numerusform>
                <numerusform>Las %n coincidencias más recientes; añada una palabra para acotarlas.</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} found</source>
            <translation>{n} encontrados</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Discard what you typed in “{title}”?</source>
            <translation>¿Quiere descartar lo escrito en «{title}»?</translation>
        </message>
    </context>
    <context>
        <name>GrantDialog</name>
        <message>
            <source>System access</source>
            <translation>Acceso a un sistema</translation>
        </message>
        <message>
            <source>Equipment lent</source>
            <translation>Equipo prestado</translation>
        </message>
        <message>
            <source>Access tier</source>
            <translation>Nivel de acceso</translation>
        </message>
        <message>
            <source>Edit access</source>
            <translation>Editar acceso</translation>
        </message>
        <message>
            <source>Grant access</source>
            <translation>Conceder acceso</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Sistema</translation>
        </message>
        <message>
            <source>e.g. Code host, shared drive, laptop</source>
            <translation>p. ej., repositorio de código, unidad compartida, portátil</translation>
        </message>
        <message>
            <source>&amp;Granted on</source>
            <translation>&amp;Concedido el</translation>
        </message>
        <message>
            <source>&amp;Revoke by</source>
            <translation>&amp;Revocar antes del</translation>
        </message>
        <message>
            <source>Has a date</source>
            <translation>Tiene fecha</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>TalentDesk user guide</source>
            <translation>Guía del usuario de TalentDesk</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
    </context>
    <context>
        <name>HoursDialog</name>
        <message>
            <source>How long?</source>
            <translation>¿Cuánto tiempo?</translation>
        </message>
        <message>
            <source>Edit hours</source>
            <translation>Editar horas</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Registrar horas</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Día</translation>
        </message>
        <message>
            <source>&amp;Time worked</source>
            <translation>&amp;Tiempo trabajado</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <source>what was worked on</source>
            <translation>en qué se trabajó</translation>
        </message>
    </context>
    <context>
        <name>HoursTab</name>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Log hours…</source>
            <translation>Registrar horas…</translation>
        </message>
        <message>
            <source>Log hours worked (Ctrl+H)</source>
            <translation>Registrar las horas trabajadas (Ctrl+H)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Correct the day, time or note (Enter)</source>
            <translation>Corregir el día, el tiempo o la nota (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Límite</translation>
        </message>
        <message>
            <source>Over limit</source>
            <translation>Exceso</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>ilimitado</translation>
        </message>
        <message>
            <source>{h} over — usually paid as a bonus</source>
            <translation>{h} de más — se suele pagar como bonificación</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) over the limit, {h} in all: pay them as a bonus from Scope change.</source>
            <translation>
                <numerusform>%n semana por encima del límite, {h} en total: páguelas como bonificación desde Cambio de alcance.</numerusform>
                <numerusform>%n semanas por encima del límite, {h} en total: páguelas como bonificación desde Cambio de alcance.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the {hours} logged on {day}?</source>
            <translation>¿Quiere quitar las {hours} registradas el {day}?</translation>
        </message>
        <message>
            <source>Remove hours</source>
            <translation>Quitar horas</translation>
        </message>
        <message>
            <source>Removed {hours} on {day}</source>
            <translation>Se han quitado {hours} del {day}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>File: {name}</source>
            <translation>Archivo: {name}</translation>
        </message>
        <message>
            <source>What the import found</source>
            <translation>Lo que ha encontrado la importación</translation>
        </message>
        <message>
            <source>The preview of what will be imported appears here.</source>
            <translation>Aquí aparece la vista previa de lo que se importará.</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Read the file and show what would change, without changing anything</source>
            <translation>Leer el archivo y mostrar lo que cambiaría, sin cambiar nada</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Preview: {summary}. Nothing has been changed yet.</source>
            <translation>Vista previa: {summary}. Aún no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Cannot import: {message}</source>
            <translation>No se puede importar: {message}</translation>
        </message>
        <message>
            <source>Import {name}</source>
            <translation>Importar {name}</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Importando {name}…</translation>
        </message>
        <message>
            <source>Done: {summary}.</source>
            <translation>Hecho: {summary}.</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Note (for yourself; not contact)</source>
            <translation>Nota (para usted; no cuenta como contacto)</translation>
        </message>
        <message>
            <source>Log an interaction</source>
            <translation>Registrar una interacción</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Qué:</translation>
        </message>
        <message>
            <source>A message, a call, a meeting, or a note for yourself (a note does not count as contact)</source>
            <translation>Un mensaje, una llamada, una reunión o una nota para usted (una nota no cuenta como contacto)</translation>
        </message>
        <message>
            <source>W&amp;hen:</source>
            <translation>&amp;Cuándo:</translation>
        </message>
        <message>
            <source>When it happened, in your local time</source>
            <translation>Cuándo ocurrió, en su hora local</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Duración:</translation>
        </message>
        <message>
            <source>not noted</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>How long the call or meeting took</source>
            <translation>Cuánto duró la llamada o la reunión</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Texto:</translation>
        </message>
        <message>
            <source>What was said or agreed</source>
            <translation>Lo que se dijo o se acordó</translation>
        </message>
    </context>
    <context>
        <name>LicencesDialog</name>
        <message>
            <source>Licences</source>
            <translation>Licencias</translation>
        </message>
        <message>
            <source>TalentDesk is free software under the MIT licence. It includes the components below, each under its own licence.</source>
            <translation>TalentDesk es software libre con licencia MIT. Incluye los componentes siguientes, cada uno con su propia licencia.</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Texto de la licencia</translation>
        </message>
        <message>
            <source>This copy of TalentDesk runs from its source code, so the licence file of the installed program is not here.

It is written when the installers are built (python packaging/build.py). Until then, the licences of the Python packages are in their installed metadata (pip show --files NAME) and those of the fonts in resources/fonts.</source>
            <translation>Esta copia de TalentDesk se ejecuta desde su código fuente, así que el archivo de licencias del programa instalado no está aquí.

Se escribe al generar los instaladores (python packaging/build.py). Hasta entonces, las licencias de los paquetes de Python están en sus metadatos instalados (pip show --files NOMBRE) y las de las fuentes, en resources/fonts.</translation>
        </message>
    </context>
    <context>
        <name>LogRaiseDialog</name>
        <message>
            <source>A new hourly rate for {person}; earlier contracts keep their rates.</source>
            <translation>Una nueva tarifa por hora para {person}; los contratos anteriores conservan sus tarifas.</translation>
        </message>
        <message>
            <source>Current rate: {rate}</source>
            <translation>Tarifa actual: {rate}</translation>
        </message>
        <message>
            <source>Also change the rate of “{title}” (now {rate}) from that day</source>
            <translation>Cambiar también la tarifa de «{title}» (ahora {rate}) a partir de ese día</translation>
        </message>
        <message>
            <source>Log a raise</source>
            <translation>Registrar un aumento</translation>
        </message>
        <message>
            <source>New &amp;rate per hour:</source>
            <translation>Nueva &amp;tarifa por hora:</translation>
        </message>
        <message>
            <source>e.g. 55.00</source>
            <translation>p. ej., 55.00</translation>
        </message>
        <message>
            <source>&amp;Effective from:</source>
            <translation>&amp;Vigente desde:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>Why, e.g. yearly revisit</source>
            <translation>Motivo, p. ej., revisión anual</translation>
        </message>
        <message>
            <source>The contract's new rate goes through a scope change: its ledger records it, and earlier weeks keep the old rate</source>
            <translation>La nueva tarifa del contrato pasa por un cambio de alcance: su registro la anota y las semanas anteriores conservan la tarifa anterior</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Screens</source>
            <translation>Pantallas</translation>
        </message>
        <message>
            <source>{title} ({shortcut})</source>
            <translation>{title} ({shortcut})</translation>
        </message>
        <message>
            <source>Team database: {where}</source>
            <translation>Base de datos del equipo: {where}</translation>
        </message>
        <message>
            <source>Local data</source>
            <translation>Datos locales</translation>
        </message>
        <message>
            <source>Shared with everyone who opens the team database {where}. Stored files are kept in {folder}.</source>
            <translation>Compartida con todos los que abren la base de datos del equipo {where}. Los archivos guardados se conservan en {folder}.</translation>
        </message>
        <message>
            <source>Kept on this computer, in {folder}.</source>
            <translation>Guardados en este ordenador, en {folder}.</translation>
        </message>
        <message>
            <source>Connected to the team database again.</source>
            <translation>Conectado de nuevo a la base de datos del equipo.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>New &amp;talent…</source>
            <translation>Nuevo &amp;profesional…</translation>
        </message>
        <message>
            <source>Add a person to the bench</source>
            <translation>Añadir una persona al banquillo</translation>
        </message>
        <message>
            <source>New &amp;contract…</source>
            <translation>Nuevo &amp;contrato…</translation>
        </message>
        <message>
            <source>Start a contract with someone on the bench</source>
            <translation>Iniciar un contrato con alguien del banquillo</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>Time&amp;line events as CSV…</source>
            <translation>Eventos de la crono&amp;logía como CSV…</translation>
        </message>
        <message>
            <source>Save the events the timeline's filters show as a CSV file</source>
            <translation>Guardar como archivo CSV los eventos que muestran los filtros de la cronología</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Narrow sidebar</source>
            <translation>Barra lateral &amp;estrecha</translation>
        </message>
        <message>
            <source>Show the screens as icons only, to give the screen more room</source>
            <translation>Mostrar las pantallas solo como iconos, para dejar más espacio</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>How TalentDesk is meant to be used, screen by screen</source>
            <translation>Cómo se usa TalentDesk, pantalla por pantalla</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>Every shortcut of the window, and where it works</source>
            <translation>Todos los atajos de la ventana y dónde funcionan</translation>
        </message>
        <message>
            <source>&amp;About TalentDesk</source>
            <translation>&amp;Acerca de TalentDesk</translation>
        </message>
        <message>
            <source>Team database: {where} — read only</source>
            <translation>Base de datos del equipo: {where} — solo lectura</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read only.&lt;/b&gt; This team database lets you read only: your role on the server may not change it. Ask whoever runs the server for write access.</source>
            <translation>&lt;b&gt;Solo lectura.&lt;/b&gt; Esta base de datos del equipo solo permite leer: su rol en el servidor no puede modificarla. Solicite acceso de escritura a quien administre el servidor.</translation>
        </message>
        <message>
            <source>Team database: {where} — not connected</source>
            <translation>Base de datos del equipo: {where} — sin conexión</translation>
        </message>
        <message>
            <source>&lt;b&gt;The team database cannot be reached.&lt;/b&gt; What is on screen can still be read; changes are refused until it is back. Reconnecting by itself… &lt;a href='retry' style='color: white'&gt;Try now&lt;/a&gt;</source>
            <translation>&lt;b&gt;No se puede conectar con la base de datos del equipo.&lt;/b&gt; Lo que aparece en pantalla se puede seguir leyendo; los cambios se rechazan hasta que vuelva a estar disponible. Reconectando automáticamente… &lt;a href='retry' style='color: white'&gt;Intentar ahora&lt;/a&gt;</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Deshacer {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Rehacer {action}</translation>
        </message>
        <message>
            <source>Undone: {action}</source>
            <translation>Deshecho: {action}</translation>
        </message>
        <message>
            <source>Redone: {action}</source>
            <translation>Rehecho: {action}</translation>
        </message>
        <message>
            <source>{what} — &lt;a href='undo'&gt;Undo&lt;/a&gt;</source>
            <translation>{what} — &lt;a href='undo'&gt;Deshacer&lt;/a&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contract(s)</source>
            <translation>
                <numerusform>%Ln contrato</numerusform>
                <numerusform>%Ln contratos</numerusform>
            </translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Carpeta de datos: {folder}</translation>
        </message>
        <message>
            <source>About TalentDesk</source>
            <translation>Acerca de TalentDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;TalentDesk {version}&lt;/h3&gt;&lt;p&gt;An offline relationship manager for clients who work with independent professionals: a bench to rehire from, a workroom per contract, a feedback timeline and review sessions.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;TalentDesk {version}&lt;/h3&gt;&lt;p&gt;Un gestor de relaciones sin conexión para clientes que trabajan con profesionales independientes: un banquillo del que volver a contratar, una sala de trabajo por contrato, una cronología de valoraciones y sesiones de revisión.&lt;/p&gt;&lt;p&gt;Sus datos se quedan en este ordenador, en&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Banquillo</translation>
        </message>
        <message>
            <source>Workroom</source>
            <translation>Sala de trabajo</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>Planificador</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <source>({n} min)</source>
            <translation>({n} min)</translation>
        </message>
    </context>
    <context>
        <name>MessagesTab</name>
        <message>
            <source>Search this room's messages</source>
            <translation>Buscar en los mensajes de esta sala</translation>
        </message>
        <message>
            <source>Search this room's messages… (Ctrl+F)</source>
            <translation>Buscar en los mensajes de esta sala… (Ctrl+F)</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Todos los canales</translation>
        </message>
        <message>
            <source>Show only what was said on one channel</source>
            <translation>Mostrar solo lo dicho en un canal</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mensajes</translation>
        </message>
        <message>
            <source>No messages yet. Log what was said below — a chat, an e-mail, a call — so the whole story of this contract stays in one place.</source>
            <translation>Aún no hay mensajes. Registre abajo lo que se dijo —un chat, un correo, una llamada— para que toda la historia de este contrato quede en un mismo sitio.</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>Nuevo mensaje</translation>
        </message>
        <message>
            <source>Write or paste what was said… (Ctrl+Enter adds it)</source>
            <translation>Escriba o pegue lo que se dijo… (Ctrl+Enter lo añade)</translation>
        </message>
        <message>
            <source>Who said it</source>
            <translation>Quién lo dijo</translation>
        </message>
        <message>
            <source>Where it was said</source>
            <translation>Dónde se dijo</translation>
        </message>
        <message>
            <source>When it was said</source>
            <translation>Cuándo se dijo</translation>
        </message>
        <message>
            <source>When it was said, in your local time (now unless you change it)</source>
            <translation>Cuándo se dijo, en su hora local (ahora, salvo que lo cambie)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>length?</source>
            <translation>¿duración?</translation>
        </message>
        <message>
            <source>How long the call took</source>
            <translation>Cuánto duró la llamada</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add to the log (Ctrl+Enter)</source>
            <translation>Añadir al registro (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Search the messages</source>
            <translation>Buscar en los mensajes</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>the {channel} of {when}: “{text}”</source>
            <translation>{channel} del {when}: «{text}»</translation>
        </message>
        <message>
            <source>Edit message</source>
            <translation>Editar mensaje</translation>
        </message>
        <message>
            <source>Correct {what}</source>
            <translation>Corregir {what}</translation>
        </message>
        <message>
            <source>Remove message</source>
            <translation>Quitar mensaje</translation>
        </message>
        <message>
            <source>Remove {what}?</source>
            <translation>¿Quiere quitar {what}?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Removed a message</source>
            <translation>Se ha quitado un mensaje</translation>
        </message>
        <message>
            <source>{n}{more} found</source>
            <translation>{n}{more} encontrados</translation>
        </message>
        <message>
            <source>Add message</source>
            <translation>Añadir mensaje</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>Add milestone</source>
            <translation>Añadir hito</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>Editar hito</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Importe</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Vencimiento</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Tiene fecha de vencimiento</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <source>What is delivered</source>
            <translation>Qué se entrega</translation>
        </message>
    </context>
    <context>
        <name>MilestonesTab</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
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
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagado</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <source>Add a milestone</source>
            <translation>Añadir un hito</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Advance</source>
            <translation>Avanzar</translation>
        </message>
        <message>
            <source>pending → submitted → approved → paid</source>
            <translation>pendiente → entregado → aprobado → pagado</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation> (vencido)</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s), {total} in all{late}</source>
            <translation>
                <numerusform>%n hito, {total} en total{late}</numerusform>
                <numerusform>%n hitos, {total} en total{late}</numerusform>
            </translation>
        </message>
        <message>
            <source>; {n} overdue</source>
            <translation>; {n} vencidos</translation>
        </message>
        <message>
            <source>No milestones yet. Add one with Add…</source>
            <translation>Aún no hay hitos. Añada uno con Añadir…</translation>
        </message>
        <message>
            <source>Mark {status}</source>
            <translation>Marcar como {status}</translation>
        </message>
        <message>
            <source>Move milestone</source>
            <translation>Mover hito</translation>
        </message>
        <message>
            <source>Advance milestone</source>
            <translation>Avanzar hito</translation>
        </message>
        <message>
            <source>Remove the milestone “{title}”?</source>
            <translation>¿Quiere quitar el hito «{title}»?</translation>
        </message>
        <message>
            <source>Remove milestone</source>
            <translation>Quitar hito</translation>
        </message>
        <message>
            <source>Removed the milestone “{title}”</source>
            <translation>Se ha quitado el hito «{title}»</translation>
        </message>
    </context>
    <context>
        <name>OverflowRow</name>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>The actions there is no room for in this row</source>
            <translation>Las acciones que no caben en esta fila</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Open encrypted data</source>
            <translation>Abrir datos cifrados</translation>
        </message>
        <message>
            <source>Encrypt your data</source>
            <translation>Cifrar sus datos</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation>Desactivar el cifrado</translation>
        </message>
        <message>
            <source>The data in {folder} is encrypted. Enter its passphrase to open it.</source>
            <translation>Los datos de {folder} están cifrados. Introduzca su frase de contraseña para abrirlos.</translation>
        </message>
        <message>
            <source>Your data, its backups and sensitive files will be stored unencrypted again. Enter the current passphrase to confirm.</source>
            <translation>Sus datos, sus copias de seguridad y los archivos sensibles volverán a guardarse sin cifrar. Introduzca la frase de contraseña actual para confirmarlo.</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <source>The database, its backups and files marked confidential or secret will be encrypted with this passphrase. Nobody can open them without it, not even you: write it down somewhere safe. A backup is taken first.</source>
            <translation>La base de datos, sus copias de seguridad y los archivos marcados como confidenciales o secretos se cifrarán con esta frase de contraseña. Nadie podrá abrirlos sin ella, ni siquiera usted: anótela en un lugar seguro. Antes se hace una copia de seguridad.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase</source>
            <translation>Frase de contraseña ac&amp;tual</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Repítala</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Correct payment</source>
            <translation>Corregir pago</translation>
        </message>
        <message>
            <source>A correction keeps the payment's currency; remove the payment and record it again to change it</source>
            <translation>Una corrección conserva la moneda del pago; para cambiarla, quite el pago y vuelva a registrarlo</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Registrar pago</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Importe</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>The currency the payment was made in; another than the contract's asks for the amount in the contract's currency too</source>
            <translation>La moneda en que se hizo el pago; si no es la del contrato, se pide también el importe en la moneda del contrato</translation>
        </message>
        <message>
            <source>&amp;Paid on</source>
            <translation>&amp;Pagado el</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <source>In &amp;contract currency</source>
            <translation>En moneda del &amp;contrato</translation>
        </message>
        <message>
            <source>What the payment came to in the contract's currency, so that the contract's totals count it</source>
            <translation>A cuánto ascendió el pago en la moneda del contrato, para que cuente en los totales del contrato</translation>
        </message>
        <message>
            <source>&amp;Why the correction</source>
            <translation>&amp;Motivo de la corrección</translation>
        </message>
        <message>
            <source>Optional: kept with what the payment said before</source>
            <translation>Opcional: se guarda con lo que decía antes el pago</translation>
        </message>
    </context>
    <context>
        <name>PaymentsTab</name>
        <message>
            <source>Correct…</source>
            <translation>Corregir…</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Pagado el</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Registrar pago…</translation>
        </message>
        <message>
            <source>Correct the selected payment; what it said before is kept (Enter)</source>
            <translation>Corregir el pago seleccionado; se conserva lo que decía antes (Enter)</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Remove a payment recorded by mistake; it stays on the audit trail (Del)</source>
            <translation>Quitar un pago registrado por error; queda en el registro de auditoría (Del)</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totales</translation>
        </message>
        <message>
            <source>Corrections (what each payment said before)</source>
            <translation>Correcciones (lo que decía antes cada pago)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>It said</source>
            <translation>Decía</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>{figure} in {year}</source>
            <translation>{figure} en {year}</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corregido</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Quitado</translation>
        </message>
        <message>
            <source>No payments recorded yet.</source>
            <translation>Aún no hay pagos registrados.</translation>
        </message>
        <message>
            <source>Entered by {name}; last corrected by {other}</source>
            <translation>Registrado por {name}; última corrección por {other}</translation>
        </message>
        <message>
            <source>Entered by {name}</source>
            <translation>Registrado por {name}</translation>
        </message>
        <message>
            <source>Removed by {name}</source>
            <translation>Eliminado por {name}</translation>
        </message>
        <message>
            <source>Corrected by {name}</source>
            <translation>Corregido por {name}</translation>
        </message>
        <message>
            <source>{kind} {amount} on {day}</source>
            <translation>{kind} {amount} el {day}</translation>
        </message>
        <message>
            <source>Remove payment</source>
            <translation>Quitar pago</translation>
        </message>
        <message>
            <source>Remove the payment of {amount} on {day}?</source>
            <translation>¿Quiere quitar el pago de {amount} del {day}?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Removed the payment of {amount}</source>
            <translation>Se ha quitado el pago de {amount}</translation>
        </message>
    </context>
    <context>
        <name>PeopleExportDialog</name>
        <message>
            <source>The file leaves TalentDesk: choose what goes into it.</source>
            <translation>El archivo sale de TalentDesk: elija qué incluye.</translation>
        </message>
        <message>
            <source>Include private &amp;notes</source>
            <translation>Incluir &amp;notas privadas</translation>
        </message>
        <message>
            <source>Your notes about each person; they are for your eyes only unless you tick this</source>
            <translation>Sus notas sobre cada persona; solo las ve usted, salvo que marque esta opción</translation>
        </message>
        <message>
            <source>Include &amp;archived and do-not-rehire people</source>
            <translation>Incluir personas &amp;archivadas y marcadas como no recontratar</translation>
        </message>
        <message>
            <source>People you have set aside are left out unless you tick this</source>
            <translation>Las personas que ha apartado quedan fuera, salvo que marque esta opción</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <source>Show the events of the people you tick</source>
            <translation>Mostrar los eventos de las personas que marque</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Buscar una persona</translation>
        </message>
        <message>
            <source>Find a person…</source>
            <translation>Buscar una persona…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Show everyone's events</source>
            <translation>Mostrar los eventos de todos</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln personas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonDocuments</name>
        <message>
            <source>Files kept with the person</source>
            <translation>Archivos guardados con la persona</translation>
        </message>
        <message>
            <source>Their insurance, a tax form, an ID or a framework agreement: documents that belong to them rather than one contract. An expiry date brings a review card before it runs out.</source>
            <translation>Su seguro, un formulario fiscal, un documento de identidad o un acuerdo marco: documentos que son de la persona y no de un contrato. Una fecha de caducidad genera una tarjeta de revisión antes de que venza.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Caduca</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Compartido</translation>
        </message>
        <message>
            <source>No files kept with this person. Add files… stores one here.</source>
            <translation>No hay archivos guardados con esta persona. Añadir archivos… guarda uno aquí.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Añadir archivos…</translation>
        </message>
        <message>
            <source>Store files with this person: kind, expiry and sensitivity are asked next</source>
            <translation>Guardar archivos con esta persona: a continuación se piden el tipo, la caducidad y la confidencialidad</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open with the system's program</source>
            <translation>Abrir con el programa del sistema</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Classification check</source>
            <translation>Comprobación de clasificación</translation>
        </message>
        <message>
            <source>Classification check…</source>
            <translation>Comprobación de clasificación…</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Caducado</translation>
        </message>
        <message numerus="yes">
            <source>{title}: {risk}, %n point(s) — checked on {day}</source>
            <translation>
                <numerusform>{title}: {risk}, %n punto — comprobado el {day}</numerusform>
                <numerusform>{title}: {risk}, %n puntos — comprobado el {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>Never checked. The check asks who sets the hours, the place and the equipment, and reads the rest from your records.</source>
            <translation>Nunca comprobado. La comprobación pregunta quién fija el horario, el lugar y el equipo, y saca el resto de sus registros.</translation>
        </message>
        <message>
            <source>Check “{title}” (their latest running contract)</source>
            <translation>Comprobar «{title}» (su último contrato en curso)</translation>
        </message>
        <message>
            <source>The check is about a contract: this person has none yet</source>
            <translation>La comprobación trata de un contrato: esta persona aún no tiene ninguno</translation>
        </message>
        <message>
            <source>Add files kept with this person</source>
            <translation>Añadir archivos guardados con esta persona</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>Quitar archivo</translation>
        </message>
        <message>
            <source>Remove “{name}” from this person? The stored copy is deleted when no other record uses it.</source>
            <translation>¿Quiere quitar «{name}» de esta persona? La copia guardada se elimina cuando ningún otro registro la usa.</translation>
        </message>
    </context>
    <context>
        <name>PlannerScreen</name>
        <message>
            <source>e.g. Data pipeline for the shop</source>
            <translation>p. ej., Flujo de datos para la tienda</translation>
        </message>
        <message>
            <source>What the work is called: the draft offers take it as their title</source>
            <translation>Cómo se llama el trabajo: los borradores de oferta lo usan como título</translation>
        </message>
        <message>
            <source>Python:4, dbt</source>
            <translation>Python:4, dbt</translation>
        </message>
        <message>
            <source>The skills the work needs, separated by commas, each with its minimum level from 1 to 5 after a colon (no level: any level)</source>
            <translation>Las habilidades que necesita el trabajo, separadas por comas, cada una con su nivel mínimo de 1 a 5 tras dos puntos (sin nivel: cualquier nivel)</translation>
        </message>
        <message>
            <source> h a week</source>
            <translation> h semanales</translation>
        </message>
        <message>
            <source> h a day</source>
            <translation> h al día</translation>
        </message>
        <message>
            <source>Hours of each working day they must share with yours, on every day of the period (changes of the clocks included)</source>
            <translation>Horas de cada jornada en que deben coincidir con usted, todos los días del periodo (cambios de hora incluidos)</translation>
        </message>
        <message>
            <source>optional, e.g. 6000</source>
            <translation>opcional, p. ej., 6000</translation>
        </message>
        <message>
            <source>optional, an hour</source>
            <translation>opcional, por hora</translation>
        </message>
        <message>
            <source>&amp;Work:</source>
            <translation>&amp;Trabajo:</translation>
        </message>
        <message>
            <source>&amp;Skills:</source>
            <translation>&amp;Habilidades:</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>H&amp;oras:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>H&amp;asta:</translation>
        </message>
        <message>
            <source>&amp;Overlap:</source>
            <translation>&amp;Coincidencia:</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>&amp;Presupuesto:</translation>
        </message>
        <message>
            <source>&amp;Maximum rate:</source>
            <translation>Tarifa &amp;máxima:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>Mon&amp;eda:</translation>
        </message>
        <message>
            <source>Plans you kept: open one to see its description and its draft offers</source>
            <translation>Planes guardados: abra uno para ver su descripción y sus borradores de oferta</translation>
        </message>
        <message>
            <source>Saved plans</source>
            <translation>Planes guardados</translation>
        </message>
        <message>
            <source>Describe the work</source>
            <translation>Descripción del trabajo</translation>
        </message>
        <message>
            <source>Ranked proposals: pick one to see why, then make the draft offers</source>
            <translation>Propuestas por orden: elija una para ver por qué y luego cree los borradores de oferta</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Propuestas</translation>
        </message>
        <message>
            <source>Why this proposal</source>
            <translation>Por qué esta propuesta</translation>
        </message>
        <message>
            <source>Make &amp;draft offers</source>
            <translation>Crear &amp;borradores de oferta</translation>
        </message>
        <message>
            <source>One draft contract per person of the proposal, prefilled from the plan, kept together as a plan (Ctrl+Return)</source>
            <translation>Un borrador de contrato por cada persona de la propuesta, rellenado a partir del plan y guardado junto con los demás como un plan (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Plan &amp;PDF…</source>
            <translation>PDF del p&amp;lan…</translation>
        </message>
        <message>
            <source>A PDF of the saved plan to share: the description, the team, the cost and the alternatives considered</source>
            <translation>Un PDF del plan guardado para compartir: la descripción, el equipo, el coste y las alternativas consideradas</translation>
        </message>
        <message>
            <source>&amp;New plan</source>
            <translation>&amp;Nuevo plan</translation>
        </message>
        <message>
            <source>Clear the description and start again</source>
            <translation>Borrar la descripción y empezar de nuevo</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Buscando…</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Maximum rate</source>
            <translation>Tarifa máxima</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Name the skills the work needs (for example “Python:4, dbt”), the hours a week and the period: the people and small teams who can do it appear here, best first.</source>
            <translation>Indique las habilidades que necesita el trabajo (por ejemplo, «Python:4, dbt»), las horas semanales y el periodo: aquí aparecen las personas y los equipos pequeños que pueden hacerlo, de mejor a peor.</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>coste desconocido</translation>
        </message>
        <message numerus="yes">
            <source>team of %n</source>
            <translation>
                <numerusform>equipo de %n</numerusform>
                <numerusform>equipo de %n</numerusform>
            </translation>
        </message>
        <message>
            <source>one person</source>
            <translation>una persona</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with the skills considered</source>
            <translation>
                <numerusform>Se consideró %n persona con las habilidades</numerusform>
                <numerusform>Se consideraron %n personas con las habilidades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; availability not set for %n</source>
            <translation>
                <numerusform>; disponibilidad sin definir para %n</numerusform>
                <numerusform>; disponibilidad sin definir para %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h a week</source>
            <translation>
                <numerusform>%n h semanal</numerusform>
                <numerusform>%n h semanales</numerusform>
            </translation>
        </message>
        <message>
            <source>Make draft offers</source>
            <translation>Crear borradores de oferta</translation>
        </message>
        <message>
            <source>Draft offers made</source>
            <translation>Borradores de oferta creados</translation>
        </message>
        <message numerus="yes">
            <source>%n draft offer(s) made and kept as a plan: open each from the plan's list to send it.</source>
            <translation>
                <numerusform>%n borrador de oferta creado y guardado como plan: ábralo desde la lista del plan para enviarlo.</numerusform>
                <numerusform>%n borradores de oferta creados y guardados como plan: abra cada uno desde la lista del plan para enviarlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft offers not made</source>
            <translation>No se han creado los borradores de oferta</translation>
        </message>
        <message>
            <source>No plan kept yet: pick a proposal and make its draft offers.</source>
            <translation>Aún no hay ningún plan guardado: elija una propuesta y cree sus borradores de oferta.</translation>
        </message>
        <message>
            <source>Platform migration</source>
            <translation>Migración de plataforma</translation>
        </message>
    </context>
    <context>
        <name>QuotesDialog</name>
        <message>
            <source>Comments to quote</source>
            <translation>Comentarios para citar</translation>
        </message>
        <message>
            <source>Comments people gave you</source>
            <translation>Comentarios que le han dejado</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Ticked comments appear in the “working with me” PDF, with the person's first name, the score and the date; the newest {n} of them fit its one page.</source>
            <translation>Los comentarios marcados aparecen en el PDF «Trabajar conmigo», con el nombre de pila de la persona, la puntuación y la fecha; los {n} más recientes caben en su única página.</translation>
        </message>
        <message>
            <source>Nobody has left you feedback with a comment yet. Record the feedback they give you in a contract's workroom.</source>
            <translation>Aún nadie le ha dejado una valoración con comentario. Registre las valoraciones que le den en la sala de trabajo de un contrato.</translation>
        </message>
        <message>
            <source>Choose comments to quote</source>
            <translation>Elegir comentarios para citar</translation>
        </message>
    </context>
    <context>
        <name>RatesImportDialog</name>
        <message>
            <source>Rates are read as the European Central Bank publishes them: how many units of each currency one euro bought that day. A rate already kept for a currency and day is replaced when the file says otherwise. A file with a bad cell is refused whole, naming its line.</source>
            <translation>Los tipos de cambio se leen tal como los publica el Banco Central Europeo: cuántas unidades de cada moneda compraba un euro ese día. Un tipo ya guardado para una moneda y un día se sustituye si el archivo indica otro. Un archivo con una celda errónea se rechaza entero, indicando su línea.</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>My record as a client</source>
            <translation>Mi historial como cliente</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>The figures over this period, compared with the period before it</source>
            <translation>Las cifras de este periodo, comparadas con las del periodo anterior</translation>
        </message>
        <message numerus="yes">
            <source>Last %n month(s)</source>
            <translation>
                <numerusform>Último mes</numerusform>
                <numerusform>Últimos %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <source>Back to the queue</source>
            <translation>Volver a la cola</translation>
        </message>
        <message>
            <source>Back to the review queue (Esc)</source>
            <translation>Volver a la cola de revisión (Esc)</translation>
        </message>
        <message>
            <source>Comments to quote…</source>
            <translation>Comentarios para citar…</translation>
        </message>
        <message>
            <source>Choose which comments people gave you appear in the PDF</source>
            <translation>Elegir cuáles de los comentarios recibidos aparecen en el PDF</translation>
        </message>
        <message>
            <source>Working with me PDF…</source>
            <translation>PDF «Trabajar conmigo»…</translation>
        </message>
        <message>
            <source>One page to share with a new hire: how you work, pay and what people said, over the chosen period</source>
            <translation>Una página para compartir con una nueva contratación: cómo trabaja, cómo paga y qué dijeron de usted, en el periodo elegido</translation>
        </message>
        <message>
            <source>Back to the review queue</source>
            <translation>Volver a la cola de revisión</translation>
        </message>
        <message numerus="yes">
            <source>From {start} to {end}, compared with the %n day(s) before. Click a figure to see what it was counted from.</source>
            <translation>
                <numerusform>Del {start} al {end}, comparado con el día anterior. Haga clic en una cifra para ver a partir de qué se ha calculado.</numerusform>
                <numerusform>Del {start} al {end}, comparado con los %n días anteriores. Haga clic en una cifra para ver a partir de qué se ha calculado.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>TalentDesk</source>
            <translation>TalentDesk</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Why (optional, kept with the record of what it was):</source>
            <translation>Motivo (opcional; se guarda con el registro de lo que era):</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>RecordsDialog</name>
        <message>
            <source>Records behind the figure</source>
            <translation>Registros en que se basa la cifra</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Cuenta como</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the contract's workroom, or the person (Enter)</source>
            <translation>Abrir la sala de trabajo del contrato o la ficha de la persona (Enter)</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Las copias de seguridad se guardan en {folder}</translation>
        </message>
        <message>
            <source>Restore a daily copy</source>
            <translation>Restaurar una copia diaria</translation>
        </message>
        <message>
            <source>Replace all your data with the backup taken {when}?

Everything entered since then is set aside: the data as it is now is kept as a backup first, so you can come back to it from this list.</source>
            <translation>¿Quiere sustituir todos sus datos por la copia de seguridad hecha {when}?

Todo lo introducido desde entonces se aparta: antes se guardan los datos actuales como copia de seguridad, así que puede volver a ellos desde esta lista.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>TalentDesk copies your data on the first start of each day and before every migration. Choose the copy to go back to; the data as it is now is kept as a backup first, so a restore can be undone.</source>
            <translation>TalentDesk copia sus datos en el primer inicio de cada día y antes de cada migración. Elija la copia a la que quiere volver; antes se guardan los datos actuales como copia de seguridad, así que la restauración se puede deshacer.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>There are no backups yet. TalentDesk takes the first one the next time it starts on a new day.</source>
            <translation>Aún no hay copias de seguridad. TalentDesk hará la primera la próxima vez que se inicie en un día nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPagesWizard</name>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Quizá</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Choose the stars you gave, or untick “Feedback given” if you have not left it yet.</source>
            <translation>Elija las estrellas que dio o desmarque «Valoración dada» si aún no la ha dejado.</translation>
        </message>
        <message>
            <source>Choose the stars they gave you, or untick “Feedback received”.</source>
            <translation>Elija las estrellas que le dieron o desmarque «Valoración recibida».</translation>
        </message>
        <message>
            <source>Choose: {names} — or untick “Write a private review” to skip it.</source>
            <translation>Elija: {names} — o desmarque «Escribir una reseña privada» para omitirla.</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Cards in the queue by rule</source>
            <translation>Tarjetas en la cola por regla</translation>
        </message>
        <message>
            <source>Why a card is in the queue</source>
            <translation>Por qué hay una tarjeta en la cola</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Tarjetas</translation>
        </message>
        <message>
            <source>Start review</source>
            <translation>Empezar la revisión</translation>
        </message>
        <message>
            <source>Go through the cards one at a time (Enter)</source>
            <translation>Recorrer las tarjetas de una en una (Enter)</translation>
        </message>
        <message>
            <source>Rules and thresholds…</source>
            <translation>Reglas y umbrales…</translation>
        </message>
        <message>
            <source>Switch rules on or off and set when they ask (Ctrl+,)</source>
            <translation>Activar o desactivar reglas y fijar cuándo avisan (Ctrl+,)</translation>
        </message>
        <message>
            <source>My record…</source>
            <translation>Mi historial…</translation>
        </message>
        <message>
            <source>How you are doing as a client: approvals, payments, answers, feedback received, rehiring (Ctrl+Shift+M)</source>
            <translation>Cómo lo está haciendo como cliente: aprobaciones, pagos, respuestas, valoraciones recibidas, recontrataciones (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Sesiones anteriores</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Acted</source>
            <translation>Con acción</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Pospuesta</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <source>Double-click a session to see what was decided</source>
            <translation>Haga doble clic en una sesión para ver lo que se decidió</translation>
        </message>
        <message>
            <source>Start a review session</source>
            <translation>Empezar una sesión de revisión</translation>
        </message>
        <message>
            <source>Show my record as a client</source>
            <translation>Mostrar mi historial como cliente</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Terminar la sesión</translation>
        </message>
        <message>
            <source>End now and see what was decided (Esc); undecided cards stay queued</source>
            <translation>Terminar ahora y ver lo que se decidió (Esc); las tarjetas sin decidir siguen en la cola</translation>
        </message>
        <message>
            <source>Snooze a day</source>
            <translation>Posponer un día</translation>
        </message>
        <message>
            <source>Snooze a week</source>
            <translation>Posponer una semana</translation>
        </message>
        <message>
            <source>Snooze a month</source>
            <translation>Posponer un mes</translation>
        </message>
        <message>
            <source>Snooze until…</source>
            <translation>Posponer hasta…</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>Descartar…</translation>
        </message>
        <message>
            <source>Key {key}</source>
            <translation>Tecla {key}</translation>
        </message>
        <message>
            <source>Keys: 1–4 this card's actions · 5 done · 6, 7, 8 snooze a day, a week, a month · 9 snooze until… · 0 dismiss · Esc end the session</source>
            <translation>Teclas: 1–4 acciones de esta tarjeta · 5 hecha · 6, 7, 8 posponer un día, una semana, un mes · 9 posponer hasta… · 0 descartar · Esc terminar la sesión</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>A continuación</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>Card done</source>
            <translation>Tarjeta hecha</translation>
        </message>
        <message>
            <source>Snooze the card a day</source>
            <translation>Posponer la tarjeta un día</translation>
        </message>
        <message>
            <source>Snooze the card a week</source>
            <translation>Posponer la tarjeta una semana</translation>
        </message>
        <message>
            <source>Snooze the card a month</source>
            <translation>Posponer la tarjeta un mes</translation>
        </message>
        <message>
            <source>Snooze the card until a day</source>
            <translation>Posponer la tarjeta hasta un día</translation>
        </message>
        <message>
            <source>Dismiss the card</source>
            <translation>Descartar la tarjeta</translation>
        </message>
        <message>
            <source>Card action {n}</source>
            <translation>Acción {n} de la tarjeta</translation>
        </message>
        <message>
            <source>End the session</source>
            <translation>Terminar la sesión</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>Resumen de la sesión</translation>
        </message>
        <message>
            <source>Decisions of this session</source>
            <translation>Decisiones de esta sesión</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Back to the queue</source>
            <translation>Volver a la cola</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>A PDF of what was decided, for your records</source>
            <translation>Un PDF de lo decidido, para sus archivos</translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) need a decision.</source>
            <translation>
                <numerusform>%Ln tarjeta necesita una decisión.</numerusform>
                <numerusform>%Ln tarjetas necesitan una decisión.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing needs a decision now. Cards appear here as contracts end, hours run up, access stays open or people go quiet.</source>
            <translation>Ahora no hay nada que decidir. Aquí aparecen tarjetas cuando terminan contratos, se acumulan horas, quedan accesos abiertos o alguien deja de dar señales.</translation>
        </message>
        <message numerus="yes">
            <source>%n more snoozed or dismissed.</source>
            <translation>
                <numerusform>%n más pospuesta o descartada.</numerusform>
                <numerusform>%n más pospuestas o descartadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Start review (%Ln card(s))</source>
            <translation>
                <numerusform>Empezar la revisión (%Ln tarjeta)</numerusform>
                <numerusform>Empezar la revisión (%Ln tarjetas)</numerusform>
            </translation>
        </message>
        <message>
            <source>unfinished</source>
            <translation>sin terminar</translation>
        </message>
        <message>
            <source>No sessions yet</source>
            <translation>Aún no hay sesiones</translation>
        </message>
        <message>
            <source>Start review session</source>
            <translation>Empezar sesión de revisión</translation>
        </message>
        <message>
            <source>Card {n} of {total}</source>
            <translation>Tarjeta {n} de {total}</translation>
        </message>
        <message>
            <source>(no person)</source>
            <translation>(sin persona)</translation>
        </message>
        <message>
            <source>Due {date}</source>
            <translation>Vence el {date}</translation>
        </message>
        <message>
            <source>Dismiss this card</source>
            <translation>Descartar esta tarjeta</translation>
        </message>
        <message>
            <source>Why can it be dismissed? It comes back only if its facts change.</source>
            <translation>¿Por qué se puede descartar? Solo vuelve si cambian sus datos.</translation>
        </message>
        <message>
            <source>Log a raise</source>
            <translation>Registrar un aumento</translation>
        </message>
        <message>
            <source>Review decision</source>
            <translation>Decisión de la revisión</translation>
        </message>
        <message>
            <source>End review session</source>
            <translation>Terminar la sesión de revisión</translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n hecha</numerusform>
                <numerusform>%n hechas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n acted on</source>
            <translation>
                <numerusform>%n con acción</numerusform>
                <numerusform>%n con acción</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n snoozed</source>
            <translation>
                <numerusform>%n pospuesta</numerusform>
                <numerusform>%n pospuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dismissed</source>
            <translation>
                <numerusform>%n descartada</numerusform>
                <numerusform>%n descartadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) still in the queue.</source>
            <translation>
                <numerusform>%Ln tarjeta sigue en la cola.</numerusform>
                <numerusform>%Ln tarjetas siguen en la cola.</numerusform>
            </translation>
        </message>
        <message>
            <source>The queue is empty. Well done.</source>
            <translation>La cola está vacía. Buen trabajo.</translation>
        </message>
        <message>
            <source>Session of {when}</source>
            <translation>Sesión del {when}</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln día</numerusform>
                <numerusform>%Ln días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScopeActionDialog</name>
        <message>
            <source>Extend or move the end date</source>
            <translation>Ampliar o mover la fecha de fin</translation>
        </message>
        <message>
            <source>Change the weekly limit</source>
            <translation>Cambiar el límite semanal</translation>
        </message>
        <message>
            <source>Add a milestone</source>
            <translation>Añadir un hito</translation>
        </message>
        <message>
            <source>Change a milestone</source>
            <translation>Cambiar un hito</translation>
        </message>
        <message>
            <source>Pay a bonus</source>
            <translation>Pagar una bonificación</translation>
        </message>
        <message>
            <source>Change the rate</source>
            <translation>Cambiar la tarifa</translation>
        </message>
        <message>
            <source>Change the weekly payment</source>
            <translation>Cambiar el pago semanal</translation>
        </message>
        <message>
            <source>Pause the contract</source>
            <translation>Pausar el contrato</translation>
        </message>
        <message>
            <source>Resume the contract</source>
            <translation>Reanudar el contrato</translation>
        </message>
        <message>
            <source>New &amp;rate</source>
            <translation>Nueva &amp;tarifa</translation>
        </message>
        <message>
            <source>New weekly &amp;payment</source>
            <translation>Nuevo &amp;pago semanal</translation>
        </message>
        <message>
            <source>&amp;Bonus</source>
            <translation>&amp;Bonificación</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Importe</translation>
        </message>
        <message>
            <source>Ends now: {v}</source>
            <translation>Fin actual: {v}</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sin fecha de fin</translation>
        </message>
        <message>
            <source>Weekly limit now: {v}</source>
            <translation>Límite semanal actual: {v}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>ilimitado</translation>
        </message>
        <message>
            <source>Rate now: {v}</source>
            <translation>Tarifa actual: {v}</translation>
        </message>
        <message>
            <source>Weekly payment now: {v}</source>
            <translation>Pago semanal actual: {v}</translation>
        </message>
        <message>
            <source>This contract has no milestone that is not yet paid.</source>
            <translation>Este contrato no tiene ningún hito pendiente de pago.</translation>
        </message>
        <message>
            <source>Already scheduled: {changes}</source>
            <translation>Ya programado: {changes}</translation>
        </message>
        <message>
            <source>The change and its reason are written to the scope-change ledger together with the new terms.</source>
            <translation>El cambio y su motivo se anotan en el registro de cambios de alcance junto con las nuevas condiciones.</translation>
        </message>
        <message>
            <source>Scope change</source>
            <translation>Cambio de alcance</translation>
        </message>
        <message>
            <source>&amp;Milestone</source>
            <translation>&amp;Hito</translation>
        </message>
        <message>
            <source>The milestone whose amount or due date changes, or that is removed</source>
            <translation>El hito cuyo importe o fecha de vencimiento cambia, o que se quita</translation>
        </message>
        <message>
            <source>New &amp;end date</source>
            <translation>Nueva fecha de &amp;fin</translation>
        </message>
        <message>
            <source>New weekly &amp;limit</source>
            <translation>&amp;Nuevo límite semanal</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Ilimitado</translation>
        </message>
        <message>
            <source>Milestone &amp;title</source>
            <translation>Tít&amp;ulo del hito</translation>
        </message>
        <message>
            <source>e.g. Extra landing page</source>
            <translation>p. ej., Página de aterrizaje adicional</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Vencimiento</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Tiene fecha de vencimiento</translation>
        </message>
        <message>
            <source>Take this milestone off the contract; its amount leaves the budget and the ledger records it</source>
            <translation>Quitar este hito del contrato; su importe sale del presupuesto y el registro lo anota</translation>
        </message>
        <message>
            <source>Re&amp;move this milestone</source>
            <translation>&amp;Quitar este hito</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>The day the new terms take effect: earlier weeks keep the old terms; a later day is scheduled</source>
            <translation>El día en que entran en vigor las nuevas condiciones: las semanas anteriores conservan las condiciones anteriores; un día posterior queda programado</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>The reason, in a sentence: it stays in the ledger</source>
            <translation>El motivo, en una frase: queda en el registro</translation>
        </message>
        <message>
            <source>Who asked</source>
            <translation>Quién lo pidió</translation>
        </message>
        <message>
            <source>&amp;I did</source>
            <translation>&amp;Yo</translation>
        </message>
        <message>
            <source>&amp;They did</source>
            <translation>&amp;El profesional</translation>
        </message>
        <message>
            <source>A&amp;greed with the talent</source>
            <translation>A&amp;cordado con el profesional</translation>
        </message>
    </context>
    <context>
        <name>ScopeTab</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Cost delta</source>
            <translation>Diferencia de coste</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Pedido por</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Acordado</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Revertir…</translation>
        </message>
        <message>
            <source>Correct a change by a reversing row: the terms go back, the history stays (Del)</source>
            <translation>Corregir un cambio con una fila de reversión: las condiciones vuelven atrás y el historial se conserva (Del)</translation>
        </message>
        <message>
            <source>Reverse scope change</source>
            <translation>Revertir cambio de alcance</translation>
        </message>
        <message>
            <source>Reverse “{change}” of {day} ({before} → {after})? A reversing row is added to the ledger.</source>
            <translation>¿Quiere revertir «{change}» del {day} ({before} → {after})? Se añade una fila de reversión al registro.</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Revertir</translation>
        </message>
        <message>
            <source>Recorded by mistake</source>
            <translation>Registrado por error</translation>
        </message>
        <message>
            <source> from {day}</source>
            <translation> desde el {day}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Original budget {o}; with these changes {c}; over it by {p} %.</source>
            <translation>Presupuesto original {o}; con estos cambios {c}; lo supera en un {p} %.</translation>
        </message>
        <message>
            <source>Every change to a running agreement is recorded here: use Scope change ▾.</source>
            <translation>Aquí se registra cada cambio de un acuerdo en curso: use Cambio de alcance ▾.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system ({language})</source>
            <translation>Según el sistema ({language})</translation>
        </message>
        <message>
            <source>As this computer's region ({currency})</source>
            <translation>Según la región de este ordenador ({currency})</translation>
        </message>
        <message>
            <source>As this computer's region</source>
            <translation>Según la región de este ordenador</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>Your name, time zone, currency, review rules, backups, appearance, dates, paper</source>
            <translation>Su nombre, zona horaria, moneda, reglas de revisión, copias de seguridad, aspecto, fechas, papel</translation>
        </message>
        <message>
            <source>Exchange &amp;rate table…</source>
            <translation>Tabla de tipos de &amp;cambio…</translation>
        </message>
        <message>
            <source>The exchange rates kept per day: add, remove or import them</source>
            <translation>Los tipos de cambio guardados por día: añadirlos, quitarlos o importarlos</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Su &amp;nombre:</translation>
        </message>
        <message>
            <source>Named as the author of your PDF summaries</source>
            <translation>Aparece como autor de sus resúmenes en PDF</translation>
        </message>
        <message>
            <source>My &amp;time zone:</source>
            <translation>Mi &amp;zona horaria:</translation>
        </message>
        <message>
            <source>An IANA time zone such as Europe/Berlin; used to show the overlap of working hours</source>
            <translation>Una zona horaria IANA, como Europe/Madrid; se usa para mostrar la coincidencia de los horarios laborales</translation>
        </message>
        <message>
            <source>My &amp;working hours:</source>
            <translation>Mi &amp;horario laboral:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>End of my working day</source>
            <translation>Fin de mi jornada</translation>
        </message>
        <message>
            <source>Default &amp;currency:</source>
            <translation>&amp;Moneda predeterminada:</translation>
        </message>
        <message>
            <source>The ISO 4217 code new contracts and rates start with</source>
            <translation>El código ISO 4217 con el que empiezan los contratos y las tarifas nuevos</translation>
        </message>
        <message>
            <source>&amp;Bonus allowed until:</source>
            <translation>&amp;Bonificación permitida hasta:</translation>
        </message>
        <message>
            <source> days after a contract ends</source>
            <translation> días después del fin del contrato</translation>
        </message>
        <message>
            <source>How long after its end a contract still takes a bonus (Upwork allows 365 days)</source>
            <translation>Cuánto tiempo después de su fin admite aún un contrato una bonificación (Upwork permite 365 días)</translation>
        </message>
        <message>
            <source>Home c&amp;urrency:</source>
            <translation>Moneda &amp;principal:</translation>
        </message>
        <message>
            <source>Totals across currencies (the bench, the dossier, the yearly spend, the tax year) are given in this currency, each payment at the rate of its date</source>
            <translation>Los totales en varias monedas (el banquillo, el expediente, el gasto anual, el ejercicio fiscal) se dan en esta moneda, cada pago al tipo de cambio de su fecha</translation>
        </message>
        <message>
            <source>Oldest rate &amp;allowed:</source>
            <translation>Tipo más antiguo &amp;admitido:</translation>
        </message>
        <message>
            <source> days before the payment</source>
            <translation> días antes del pago</translation>
        </message>
        <message>
            <source>A payment on a weekend or holiday takes the rate of the nearest earlier day; a rate older than this counts as no rate</source>
            <translation>Un pago en fin de semana o festivo toma el tipo de cambio del día anterior más cercano; un tipo de cambio más antiguo se considera inexistente</translation>
        </message>
        <message>
            <source>Tax &amp;year starts:</source>
            <translation>Inicio del &amp;ejercicio fiscal:</translation>
        </message>
        <message>
            <source>Month the tax year starts</source>
            <translation>Mes en que empieza el ejercicio fiscal</translation>
        </message>
        <message>
            <source>1 January: the calendar year; the United Kingdom's tax year starts on 6 April</source>
            <translation>1 de enero: el año natural; el ejercicio fiscal del Reino Unido empieza el 6 de abril</translation>
        </message>
        <message>
            <source>Day the tax year starts</source>
            <translation>Día en que empieza el ejercicio fiscal</translation>
        </message>
        <message>
            <source>Review rules</source>
            <translation>Reglas de revisión</translation>
        </message>
        <message>
            <source>Each rule puts cards in the review queue. Switch off what you do not need and set when each one asks.</source>
            <translation>Cada regla añade tarjetas a la cola de revisión. Desactive lo que no necesite y fije cuándo avisa cada una.</translation>
        </message>
        <message>
            <source>Files and backups</source>
            <translation>Archivos y copias de seguridad</translation>
        </message>
        <message>
            <source>Largest file to &amp;store:</source>
            <translation>&amp;Tamaño máximo de archivo:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Files shared in a workroom above this size are refused</source>
            <translation>Se rechazan los archivos compartidos en una sala de trabajo que superen este tamaño</translation>
        </message>
        <message>
            <source>Keep &amp;daily backups for:</source>
            <translation>Conservar las copias &amp;diarias durante:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Keep &amp;monthly backups for:</source>
            <translation>Conservar las copias &amp;mensuales durante:</translation>
        </message>
        <message>
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <source>Appearance and documents</source>
            <translation>Aspecto y documentos</translation>
        </message>
        <message>
            <source>Colour sc&amp;heme:</source>
            <translation>&amp;Esquema de colores:</translation>
        </message>
        <message>
            <source>Light or dark, or follow the system; applied at once and at every start on this computer</source>
            <translation>Claro u oscuro, o según el sistema; se aplica al instante y en cada inicio en este ordenador</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>The language of the window, the PDFs and the command line on this computer, and the form of its dates and numbers</source>
            <translation>El idioma de la ventana, los PDF y la línea de comandos en este ordenador, y el formato de sus fechas y números</translation>
        </message>
        <message>
            <source>A new language takes effect the next time TalentDesk starts.</source>
            <translation>Un idioma nuevo se aplica la próxima vez que se inicie TalentDesk.</translation>
        </message>
        <message>
            <source>Date f&amp;ormat:</source>
            <translation>&amp;Formato de fecha:</translation>
        </message>
        <message>
            <source>How dates read in tables, date fields, charts and PDFs; CSV files always use ISO dates (2026-11-30)</source>
            <translation>Cómo se muestran las fechas en tablas, campos de fecha, gráficos y PDF; los archivos CSV siempre usan fechas ISO (2026-11-30)</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>Tamaño del &amp;papel:</translation>
        </message>
        <message>
            <source>The page size of the PDF summaries</source>
            <translation>El tamaño de página de los resúmenes en PDF</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>En todas partes</translation>
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
            <source>Everywhere</source>
            <translation>En todas partes</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze until…</source>
            <translation>Posponer hasta…</translation>
        </message>
        <message>
            <source>Bring this card back on:</source>
            <translation>Volver a mostrar esta tarjeta el:</translation>
        </message>
    </context>
    <context>
        <name>TalentDialog</name>
        <message>
            <source>overlaps my day by {hours}</source>
            <translation>coincide {hours} con mi jornada</translation>
        </message>
        <message>
            <source>New talent</source>
            <translation>Nuevo profesional</translation>
        </message>
        <message>
            <source>Edit talent</source>
            <translation>Editar profesional</translation>
        </message>
        <message>
            <source>Active and On bench follow the contracts: the bench shows Active while a contract runs and On bench otherwise. Trial, Do not rehire and Archived stay as you set them.</source>
            <translation>Activo y En banquillo dependen de los contratos: el banquillo muestra Activo mientras hay un contrato en curso y En banquillo en otro caso. En prueba, No recontratar y Archivado se quedan como usted los establezca.</translation>
        </message>
        <message>
            <source>Discard this new talent?</source>
            <translation>¿Quiere descartar este nuevo profesional?</translation>
        </message>
        <message>
            <source>Discard your changes to {name}?</source>
            <translation>¿Quiere descartar sus cambios en {name}?</translation>
        </message>
        <message>
            <source>choose a zone from the list</source>
            <translation>elija una zona de la lista</translation>
        </message>
        <message>
            <source>{time} there now</source>
            <translation>allí son las {time}</translation>
        </message>
        <message>
            <source>Required: why they should not be rehired</source>
            <translation>Obligatorio: por qué no se debe volver a contratar</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>1 basic · 3 solid · 5 expert</source>
            <translation>1 básico · 3 sólido · 5 experto</translation>
        </message>
        <message>
            <source>New: saved with the person</source>
            <translation>Nuevo: se guarda con la persona</translation>
        </message>
        <message>
            <source>Saved rates stay: add a newer rate instead.</source>
            <translation>Las tarifas guardadas se conservan: añada una tarifa más reciente.</translation>
        </message>
        <message>
            <source>Add talent</source>
            <translation>Añadir profesional</translation>
        </message>
        <message>
            <source>Talent</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Perfil</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>&amp;Headline:</source>
            <translation>T&amp;itular:</translation>
        </message>
        <message>
            <source>What they do, in a line (e.g. Django backend developer)</source>
            <translation>Lo que hace, en una línea (p. ej., desarrollador backend de Django)</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Ubicación:</translation>
        </message>
        <message>
            <source>City, country</source>
            <translation>Ciudad, país</translation>
        </message>
        <message>
            <source>Lan&amp;guages:</source>
            <translation>I&amp;diomas:</translation>
        </message>
        <message>
            <source>English, Portuguese</source>
            <translation>Inglés, portugués</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <source>Type part of a city or region to search the IANA time zones</source>
            <translation>Escriba parte del nombre de una ciudad o región para buscar en las zonas horarias IANA</translation>
        </message>
        <message>
            <source>&amp;Working hours:</source>
            <translation>Horario &amp;laboral:</translation>
        </message>
        <message>
            <source>When their working day starts, in their time zone</source>
            <translation>Cuándo empieza su jornada, en su zona horaria</translation>
        </message>
        <message>
            <source>End of their working day</source>
            <translation>Fin de su jornada</translation>
        </message>
        <message>
            <source>When their working day ends; before the start means it runs past midnight</source>
            <translation>Cuándo termina su jornada; si es anterior al inicio, pasa de la medianoche</translation>
        </message>
        <message>
            <source>&amp;Preferred channel:</source>
            <translation>Canal p&amp;referido:</translation>
        </message>
        <message>
            <source>&amp;Replies within:</source>
            <translation>R&amp;esponde en:</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>How long they usually take to answer</source>
            <translation>Cuánto suele tardar en responder</translation>
        </message>
        <message>
            <source>&amp;Stay in touch every:</source>
            <translation>&amp;Mantener el contacto cada:</translation>
        </message>
        <message>
            <source>no reminder</source>
            <translation>sin recordatorio</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>The review queue reminds you when you have not been in touch for this long</source>
            <translation>La cola de revisión le avisa cuando lleve este tiempo sin contacto</translation>
        </message>
        <message>
            <source>&amp;Bench status:</source>
            <translation>E&amp;stado en el banquillo:</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>Moti&amp;vo:</translation>
        </message>
        <message>
            <source>Why (needed for do-not-rehire)</source>
            <translation>Por qué (obligatorio para no recontratar)</translation>
        </message>
        <message>
            <source>&amp;Favourite</source>
            <translation>&amp;Favorito</translation>
        </message>
        <message>
            <source>&amp;Available for new work</source>
            <translation>Disponi&amp;ble para nuevos trabajos</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Contacto</translation>
        </message>
        <message>
            <source>Contact channels</source>
            <translation>Canales de contacto</translation>
        </message>
        <message>
            <source>Double-click a cell to edit it</source>
            <translation>Haga doble clic en una celda para editarla</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Address or number</source>
            <translation>Dirección o número</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Preferido</translation>
        </message>
        <message>
            <source>Add &amp;channel</source>
            <translation>Añadir c&amp;anal</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Profile links</source>
            <translation>Enlaces de perfil</translation>
        </message>
        <message>
            <source>Marketplace profile, portfolio, code host…</source>
            <translation>Perfil del marketplace, portafolio, repositorio de código…</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Dirección web</translation>
        </message>
        <message>
            <source>Add &amp;link</source>
            <translation>Añadir en&amp;lace</translation>
        </message>
        <message>
            <source>S&amp;kills</source>
            <translation>&amp;Habilidades</translation>
        </message>
        <message>
            <source>Add a skill (existing skills are suggested)</source>
            <translation>Añada una habilidad (se sugieren las existentes)</translation>
        </message>
        <message>
            <source>Level from 1 (basic) to 5 (expert)</source>
            <translation>Nivel de 1 (básico) a 5 (experto)</translation>
        </message>
        <message>
            <source>&amp;Add skill</source>
            <translation>&amp;Añadir habilidad</translation>
        </message>
        <message>
            <source>Double-click a level to change it</source>
            <translation>Haga doble clic en un nivel para cambiarlo</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Habilidad</translation>
        </message>
        <message>
            <source>Level (1–5)</source>
            <translation>Nivel (1–5)</translation>
        </message>
        <message>
            <source>Remove skill</source>
            <translation>Quitar habilidad</translation>
        </message>
        <message>
            <source>&amp;Rates</source>
            <translation>&amp;Tarifas</translation>
        </message>
        <message>
            <source>A new rate is a new effective-dated row: contracts already agreed keep their own rates.</source>
            <translation>Una tarifa nueva es una fila nueva con su fecha de entrada en vigor: los contratos ya acordados conservan sus propias tarifas.</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>Vigente desde</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarifa</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Nueva tarifa</translation>
        </message>
        <message>
            <source>From when the new rate applies</source>
            <translation>Desde cuándo se aplica la nueva tarifa</translation>
        </message>
        <message>
            <source>Amount per hour, e.g. 55.00</source>
            <translation>Importe por hora, p. ej., 55.00</translation>
        </message>
        <message>
            <source>Note (e.g. yearly revisit)</source>
            <translation>Nota (p. ej., revisión anual)</translation>
        </message>
        <message>
            <source>Add &amp;rate</source>
            <translation>Añadir ta&amp;rifa</translation>
        </message>
        <message>
            <source>Remove new rate</source>
            <translation>Quitar la nueva tarifa</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>What they are great at, how they like to work, what to remember next time…</source>
            <translation>En qué destaca, cómo le gusta trabajar, qué recordar la próxima vez…</translation>
        </message>
    </context>
    <context>
        <name>TermsHeader</name>
        <message>
            <source>Open this person on the bench</source>
            <translation>Abrir a esta persona en el banquillo</translation>
        </message>
        <message>
            <source>Test project</source>
            <translation>Proyecto de prueba</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarifa</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Límite semanal</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Pago semanal</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Hours logged this week against the weekly limit</source>
            <translation>Horas registradas esta semana frente al límite semanal</translation>
        </message>
        <message>
            <source>Scope of work</source>
            <translation>Alcance del trabajo</translation>
        </message>
        <message>
            <source>The scope of work as agreed</source>
            <translation>El alcance del trabajo acordado</translation>
        </message>
        <message>
            <source>Agreed through a scope change; the current terms hold until that day</source>
            <translation>Acordado mediante un cambio de alcance; las condiciones actuales rigen hasta ese día</translation>
        </message>
        <message>
            <source>Hours logged against the hours the weekly payment buys at the hourly equivalent; the last 4 and 12 weeks are whole weeks before this one</source>
            <translation>Horas registradas frente a las horas que compra el pago semanal al equivalente por hora; las últimas 4 y 12 semanas son semanas completas anteriores a esta</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>con {name}</translation>
        </message>
        <message>
            <source>Test project: hire</source>
            <translation>Proyecto de prueba: contratar</translation>
        </message>
        <message>
            <source>Test project: not a fit</source>
            <translation>Proyecto de prueba: no encaja</translation>
        </message>
        <message>
            <source>{rate} / h</source>
            <translation>{rate} / h</translation>
        </message>
        <message>
            <source>{rate} / h equiv.</source>
            <translation>{rate} / h equiv.</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Ilimitado</translation>
        </message>
        <message>
            <source>Scheduled: {changes}</source>
            <translation>Programado: {changes}</translation>
        </message>
        <message>
            <source>Original budget {original}; with scope changes {current}; {paid_label} so far {spent}</source>
            <translation>Presupuesto original {original}; con los cambios de alcance {current}; {paid_label} hasta ahora {spent}</translation>
        </message>
        <message>
            <source>No original budget to compare with: set one with Edit terms while a draft</source>
            <translation>No hay presupuesto original con el que comparar: fíjelo con Editar condiciones mientras sea un borrador</translation>
        </message>
        <message>
            <source>Over budget by {amount} ({n} %)</source>
            <translation>Supera el presupuesto en {amount} ({n} %)</translation>
        </message>
        <message>
            <source>Paid beyond the original budget</source>
            <translation>Pagado por encima del presupuesto original</translation>
        </message>
        <message>
            <source>The larger of the agreed scope changes and the money paid, beyond the original budget</source>
            <translation>El mayor entre los cambios de alcance acordados y el dinero pagado, por encima del presupuesto original</translation>
        </message>
        <message>
            <source>this week {done} of {limit}, {over} over</source>
            <translation>esta semana {done} de {limit}, {over} de más</translation>
        </message>
        <message>
            <source>this week {done} of {limit}</source>
            <translation>esta semana {done} de {limit}</translation>
        </message>
        <message>
            <source>this week {done}</source>
            <translation>esta semana {done}</translation>
        </message>
        <message>
            <source>Over the weekly limit by {n}: usually paid as a bonus</source>
            <translation>Supera el límite semanal en {n}: se suele pagar como bonificación</translation>
        </message>
        <message>
            <source>No written scope of work yet.</source>
            <translation>Aún no hay un alcance del trabajo por escrito.</translation>
        </message>
        <message>
            <source>Engagement: </source>
            <translation>Colaboración: </translation>
        </message>
        <message>
            <source>{n} %</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <source>{used} of {bought}</source>
            <translation>{used} de {bought}</translation>
        </message>
        <message>
            <source>this week {used} ({share})</source>
            <translation>esta semana {used} ({share})</translation>
        </message>
        <message numerus="yes">
            <source>last %n week(s) {used} ({share})</source>
            <translation>
                <numerusform>la última semana {used} ({share})</numerusform>
                <numerusform>las últimas %n semanas {used} ({share})</numerusform>
            </translation>
        </message>
        <message>
            <source>Retainer used: </source>
            <translation>Uso de la iguala: </translation>
        </message>
        <message numerus="yes">
            <source>{first} – {last} (%n day(s))</source>
            <translation>
                <numerusform>{first} – {last} (%n día)</numerusform>
                <numerusform>{first} – {last} (%n días)</numerusform>
            </translation>
        </message>
        <message>
            <source>not started</source>
            <translation>sin empezar</translation>
        </message>
        <message numerus="yes">
            <source>%n review(s), average {avg}</source>
            <translation>
                <numerusform>%n reseña, media {avg}</numerusform>
                <numerusform>%n reseñas, media {avg}</numerusform>
            </translation>
        </message>
        <message>
            <source>no reviews yet</source>
            <translation>aún sin reseñas</translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s) · {span} · {paid} paid · {reviews}</source>
            <translation>
                <numerusform>%n contrato · {span} · {paid} pagado · {reviews}</numerusform>
                <numerusform>%n contratos · {span} · {paid} pagado · {reviews}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>end date</source>
            <translation>fecha de fin</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>límite semanal</translation>
        </message>
        <message>
            <source>milestone added</source>
            <translation>hito añadido</translation>
        </message>
        <message>
            <source>milestone edited</source>
            <translation>hito editado</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>bonificación</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>tarifa</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>pago semanal</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>reanudado</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>Score / amount</source>
            <translation>Puntuación / importe</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Any score</source>
            <translation>Cualquier puntuación</translation>
        </message>
        <message>
            <source>Reviews of 1</source>
            <translation>Reseñas de 1</translation>
        </message>
        <message>
            <source>Reviews of 2 or less</source>
            <translation>Reseñas de 2 o menos</translation>
        </message>
        <message>
            <source>Reviews of 3 or less</source>
            <translation>Reseñas de 3 o menos</translation>
        </message>
        <message>
            <source>Reviews of 4 or more</source>
            <translation>Reseñas de 4 o más</translation>
        </message>
        <message>
            <source>Reviews of 5</source>
            <translation>Reseñas de 5</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Últimos 90 días</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Este año</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Intervalo personalizado</translation>
        </message>
        <message>
            <source>Search the timeline</source>
            <translation>Buscar en la cronología</translation>
        </message>
        <message>
            <source>Search the events' text…</source>
            <translation>Buscar en el texto de los eventos…</translation>
        </message>
        <message>
            <source>Show only some kinds of event</source>
            <translation>Mostrar solo algunos tipos de evento</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Show events in a period</source>
            <translation>Mostrar los eventos de un periodo</translation>
        </message>
        <message>
            <source>Only reviews and feedback with these scores</source>
            <translation>Solo reseñas y valoraciones con estas puntuaciones</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Limpiar filtros</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Dar las gracias…</translation>
        </message>
        <message>
            <source>Record praise, a testimonial, a referral or a thank-you bonus (Ctrl+Shift+T)</source>
            <translation>Registrar un elogio, un testimonio, una recomendación o una bonificación de agradecimiento (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Check-in…</source>
            <translation>Seguimiento…</translation>
        </message>
        <message>
            <source>A private mid-contract review of the selected person (Ctrl+Shift+K)</source>
            <translation>Un seguimiento privado a mitad de contrato de la persona seleccionada (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Save the events the filters show as a CSV file</source>
            <translation>Guardar como archivo CSV los eventos que muestran los filtros</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Dar las gracias</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message numerus="yes">
            <source>%n kind(s)</source>
            <translation>
                <numerusform>%n tipo</numerusform>
                <numerusform>%n tipos</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone: average review score and reviews per month</source>
            <translation>Todos: puntuación media de las reseñas y reseñas por mes</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people: average review score and reviews per month</source>
            <translation>
                <numerusform>%Ln persona: puntuación media de las reseñas y reseñas por mes</numerusform>
                <numerusform>%Ln personas: puntuación media de las reseñas y reseñas por mes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s), newest first</source>
            <translation>
                <numerusform>%Ln evento, el más reciente primero</numerusform>
                <numerusform>%Ln eventos, los más recientes primero</numerusform>
            </translation>
        </message>
        <message>
            <source>No events match these filters. Clear a filter to see more.</source>
            <translation>Ningún evento coincide con estos filtros. Quite un filtro para ver más.</translation>
        </message>
        <message>
            <source>Nothing on the timeline yet. Start a contract, write a review or say thanks, and it appears here.</source>
            <translation>Aún no hay nada en la cronología. Inicie un contrato, escriba una reseña o dé las gracias, y aparecerá aquí.</translation>
        </message>
        <message>
            <source>a review of 5</source>
            <translation>una reseña de 5</translation>
        </message>
        <message>
            <source>milestone “{title}” approved</source>
            <translation>hito «{title}» aprobado</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: {why} on {day} ({contract}), no thanks since. &lt;a href='{index}'&gt;Say thanks&lt;/a&gt;</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: {why} el {day} ({contract}), sin agradecimiento desde entonces. &lt;a href='{index}'&gt;Dar las gracias&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation>Abrir {name}</translation>
        </message>
        <message>
            <source>Open contract “{title}”</source>
            <translation>Abrir el contrato «{title}»</translation>
        </message>
        <message>
            <source>Show only {name}</source>
            <translation>Mostrar solo {name}</translation>
        </message>
        <message>
            <source>Say thanks to {name}…</source>
            <translation>Dar las gracias a {name}…</translation>
        </message>
        <message>
            <source>Edit this {kind}…</source>
            <translation>Editar este registro ({kind})…</translation>
        </message>
        <message>
            <source>Remove this {kind}…</source>
            <translation>Quitar este registro ({kind})…</translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Copiar el texto</translation>
        </message>
        <message>
            <source>the {kind} of {day} for {name}</source>
            <translation>el registro «{kind}» del {day} de {name}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove {what}?</source>
            <translation>¿Quiere quitar {what}?</translation>
        </message>
        <message>
            <source>Remove {kind}</source>
            <translation>Quitar registro ({kind})</translation>
        </message>
        <message>
            <source>Removed {what}</source>
            <translation>Se ha quitado {what}</translation>
        </message>
        <message>
            <source>Export the timeline</source>
            <translation>Exportar la cronología</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) exported to {path}</source>
            <translation>
                <numerusform>%Ln evento exportado a {path}</numerusform>
                <numerusform>%Ln eventos exportados a {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting the timeline…</source>
            <translation>Exportando la cronología…</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilidad</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Plazos</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Comunicación</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Cooperación</translation>
        </message>
    </context>
    <context>
        <name>UpworkImportDialog</name>
        <message>
            <source>People in the file</source>
            <translation>Personas del archivo</translation>
        </message>
        <message>
            <source>Names that match someone on the bench exactly are used as they are.</source>
            <translation>Los nombres que coinciden exactamente con alguien del banquillo se usan tal cual.</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Nombre en el archivo</translation>
        </message>
        <message>
            <source>On the bench</source>
            <translation>En el banquillo</translation>
        </message>
        <message>
            <source>A weekly summary does not name the person: choose who these contracts are with</source>
            <translation>Un resumen semanal no nombra a la persona: elija con quién son estos contratos</translation>
        </message>
        <message>
            <source>Contracts are with:</source>
            <translation>Los contratos son con:</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>Add as a new person</source>
            <translation>Añadir como persona nueva</translation>
        </message>
        <message>
            <source>A close match: check it is the same person</source>
            <translation>Una coincidencia aproximada: compruebe que es la misma persona</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) ({layout})</source>
            <translation>
                <numerusform>%Ln fila ({layout})</numerusform>
                <numerusform>%Ln filas ({layout})</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}; {exact}, {close}, {missing}. Choose who each name is:</source>
            <translation>{rows}; {exact}, {close}, {missing}. Elija quién es cada nombre:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln name(s) match exactly</source>
            <translation>
                <numerusform>%Ln nombre coincide exactamente</numerusform>
                <numerusform>%Ln nombres coinciden exactamente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln closely</source>
            <translation>
                <numerusform>%Ln de forma aproximada</numerusform>
                <numerusform>%Ln de forma aproximada</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln are new</source>
            <translation>
                <numerusform>%Ln es nuevo</numerusform>
                <numerusform>%Ln son nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}; every name matches someone on the bench.</source>
            <translation>{rows}; cada nombre coincide con alguien del banquillo.</translation>
        </message>
        <message>
            <source>(add someone to the bench first)</source>
            <translation>(añada antes a alguien al banquillo)</translation>
        </message>
        <message>
            <source>Check the names, then preview.</source>
            <translation>Compruebe los nombres y luego vea la vista previa.</translation>
        </message>
    </context>
    <context>
        <name>VCardImportDialog</name>
        <message>
            <source>People are matched by their vCard UID, then by e-mail: a match is updated, never duplicated.</source>
            <translation>Las personas se emparejan por su UID de vCard y luego por correo electrónico: una coincidencia se actualiza, nunca se duplica.</translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message>
            <source>No hours logged yet.</source>
            <translation>Aún no hay horas registradas.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Creating demo data…</source>
            <translation>Creando datos de demostración…</translation>
        </message>
        <message>
            <source>Welcome to TalentDesk</source>
            <translation>Le damos la bienvenida a TalentDesk</translation>
        </message>
        <message>
            <source>Keep the people you hire for years: a bench to rehire from, a workroom for every contract, a timeline of feedback and praise, and review sessions that tell you what needs a decision. Everything stays on this computer.</source>
            <translation>Conserve durante años a las personas que contrata: un banquillo del que volver a contratar, una sala de trabajo para cada contrato, una cronología de valoraciones y elogios, y sesiones de revisión que le indican qué necesita una decisión. Todo se queda en este ordenador.</translation>
        </message>
        <message>
            <source>How would you like to start?</source>
            <translation>¿Cómo quiere empezar?</translation>
        </message>
        <message>
            <source>Explore with demo data</source>
            <translation>Explorar con datos de demostración</translation>
        </message>
        <message>
            <source>Fill this data folder with about 40 made-up people and their contracts to try every screen</source>
            <translation>Llenar esta carpeta de datos con unas 40 personas inventadas y sus contratos para probar todas las pantallas</translation>
        </message>
        <message>
            <source>Import my history…</source>
            <translation>Importar mi historial…</translation>
        </message>
        <message>
            <source>Bring in a marketplace transaction history (CSV) or an address book (vCard)</source>
            <translation>Traer un historial de transacciones de un marketplace (CSV) o una libreta de direcciones (vCard)</translation>
        </message>
        <message>
            <source>Start with an empty bench</source>
            <translation>Empezar con un banquillo vacío</translation>
        </message>
        <message>
            <source>Add people yourself with File › New talent (Ctrl+N)</source>
            <translation>Añada personas a mano con Archivo › Nuevo profesional (Ctrl+N)</translation>
        </message>
    </context>
    <context>
        <name>WorkroomView</name>
        <message>
            <source>Mark offered</source>
            <translation>Marcar como ofrecido</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activar</translation>
        </message>
        <message>
            <source>Back to draft</source>
            <translation>Volver a borrador</translation>
        </message>
        <message>
            <source>Extend end date…</source>
            <translation>Ampliar fecha de fin…</translation>
        </message>
        <message>
            <source>Change weekly limit…</source>
            <translation>Cambiar límite semanal…</translation>
        </message>
        <message>
            <source>Add milestone…</source>
            <translation>Añadir hito…</translation>
        </message>
        <message>
            <source>Change milestone…</source>
            <translation>Cambiar hito…</translation>
        </message>
        <message>
            <source>Pay bonus…</source>
            <translation>Pagar bonificación…</translation>
        </message>
        <message>
            <source>Change rate…</source>
            <translation>Cambiar tarifa…</translation>
        </message>
        <message>
            <source>Change weekly payment…</source>
            <translation>Cambiar pago semanal…</translation>
        </message>
        <message>
            <source>Pause…</source>
            <translation>Pausar…</translation>
        </message>
        <message>
            <source>Resume…</source>
            <translation>Reanudar…</translation>
        </message>
        <message>
            <source>Scope change</source>
            <translation>Cambio de alcance</translation>
        </message>
        <message>
            <source>Change the running agreement; the ledger records why</source>
            <translation>Cambiar el acuerdo en curso; el registro anota el motivo</translation>
        </message>
        <message>
            <source>Edit terms…</source>
            <translation>Editar condiciones…</translation>
        </message>
        <message>
            <source>Terms of a draft or offer can be edited freely</source>
            <translation>Las condiciones de un borrador o una oferta se pueden editar libremente</translation>
        </message>
        <message>
            <source>End contract…</source>
            <translation>Terminar contrato…</translation>
        </message>
        <message>
            <source>Feedback, private review and the offboarding checklist (Ctrl+Shift+E)</source>
            <translation>Valoración, reseña privada y lista de desvinculación (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Renovar…</translation>
        </message>
        <message>
            <source>Start a new contract that continues this one (Ctrl+Shift+R)</source>
            <translation>Iniciar un contrato nuevo que continúa este (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Check-in…</source>
            <translation>Seguimiento…</translation>
        </message>
        <message>
            <source>A mid-contract private review, so the trend has points before the end</source>
            <translation>Una reseña privada a mitad de contrato, para que la tendencia tenga puntos antes del fin</translation>
        </message>
        <message>
            <source>Say thanks…</source>
            <translation>Dar las gracias…</translation>
        </message>
        <message>
            <source>Record specific praise, a testimonial, a referral or a thank-you bonus</source>
            <translation>Registrar un elogio concreto, un testimonio, una recomendación o una bonificación de agradecimiento</translation>
        </message>
        <message>
            <source>Classify…</source>
            <translation>Clasificar…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>A summary of this contract to print or send</source>
            <translation>Un resumen de este contrato para imprimir o enviar</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mensajes</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Pagos</translation>
        </message>
        <message>
            <source>Scope changes</source>
            <translation>Cambios de alcance</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <source>Choose a contract on the left to open its room,
or start one with File ▸ New contract (Ctrl+Shift+N).</source>
            <translation>Elija un contrato a la izquierda para abrir su sala
o inicie uno con Archivo ▸ Nuevo contrato (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <source>Find a contract</source>
            <translation>Buscar un contrato</translation>
        </message>
        <message>
            <source>Find in all messages</source>
            <translation>Buscar en todos los mensajes</translation>
        </message>
        <message>
            <source>End contract</source>
            <translation>Terminar contrato</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Renovar</translation>
        </message>
        <message>
            <source>Messages ({n})</source>
            <translation>Mensajes ({n})</translation>
        </message>
        <message>
            <source>Files ({n})</source>
            <translation>Archivos ({n})</translation>
        </message>
        <message>
            <source>Milestones ({n})</source>
            <translation>Hitos ({n})</translation>
        </message>
        <message>
            <source>Scope changes ({n})</source>
            <translation>Cambios de alcance ({n})</translation>
        </message>
        <message>
            <source>Access ({n} open)</source>
            <translation>Accesos ({n} pendientes)</translation>
        </message>
        <message>
            <source>A bonus payment and its row in the scope ledger</source>
            <translation>Un pago de bonificación y su fila en el registro de cambios de alcance</translation>
        </message>
        <message>
            <source>low</source>
            <translation>bajo</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>medio</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alto</translation>
        </message>
        <message>
            <source>Risk: {risk}…</source>
            <translation>Riesgo: {risk}…</translation>
        </message>
        <message numerus="yes">
            <source>Classification check: last done on {day}, %n point(s) of risk. Check again when something changes.</source>
            <translation>
                <numerusform>Comprobación de clasificación: última el {day}, %n punto de riesgo. Vuelva a comprobar cuando cambie algo.</numerusform>
                <numerusform>Comprobación de clasificación: última el {day}, %n puntos de riesgo. Vuelva a comprobar cuando cambie algo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Classification check: does this contractor look like an employee? Never done for this contract.</source>
            <translation>Comprobación de clasificación: ¿parece este contratista un empleado? Nunca se ha hecho para este contrato.</translation>
        </message>
        <message>
            <source>Change contract status</source>
            <translation>Cambiar el estado del contrato</translation>
        </message>
        <message>
            <source>Contract set to {status}</source>
            <translation>Contrato cambiado a {status}</translation>
        </message>
    </context>
    <context>
        <name>WriteReviewWizard</name>
        <message>
            <source>Write the review: {title}</source>
            <translation>Escribir la reseña: {title}</translation>
        </message>
        <message>
            <source>Feedback given (already recorded)</source>
            <translation>Valoración dada (ya registrada)</translation>
        </message>
        <message>
            <source>Feedback received (already recorded)</source>
            <translation>Valoración recibida (ya registrada)</translation>
        </message>
        <message>
            <source>Private review (already written)</source>
            <translation>Reseña privada (ya escrita)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
    </context>
    <context>
        <name>box</name>
        <message>
            <source>&amp;Licences…</source>
            <translation>&amp;Licencias…</translation>
        </message>
        <message>
            <source>The licences of TalentDesk and of everything it includes</source>
            <translation>Las licencias de TalentDesk y de todo lo que incluye</translation>
        </message>
    </context>
    <context>
        <name>classification</name>
        <message>
            <source>This check is guidance to help you spot risk, not legal advice. The rules differ by country; ask a lawyer or an accountant where you and the contractor live.</source>
            <translation>Esta comprobación es una orientación para ayudarle a detectar riesgos, no un asesoramiento jurídico. Las normas varían según el país; consulte a un abogado o a un asesor fiscal del lugar donde residen usted y el profesional.</translation>
        </message>
        <message>
            <source>You set their working hours.</source>
            <translation>Usted le fija el horario de trabajo.</translation>
        </message>
        <message>
            <source>Agree on outcomes and deadlines; let them choose when they work.</source>
            <translation>Acuerde resultados y plazos; deje que el profesional elija cuándo trabaja.</translation>
        </message>
        <message>
            <source>You and they set the working hours together.</source>
            <translation>Usted y el profesional fijan juntos el horario de trabajo.</translation>
        </message>
        <message>
            <source>Keep fixed hours to the overlap you truly need.</source>
            <translation>Limite el horario fijo a la coincidencia que de verdad necesite.</translation>
        </message>
        <message>
            <source>You decide where they work.</source>
            <translation>Usted decide dónde trabaja el profesional.</translation>
        </message>
        <message>
            <source>Let them work from a place of their choosing.</source>
            <translation>Deje que trabaje desde el lugar que elija.</translation>
        </message>
        <message>
            <source>Where they work is partly your decision.</source>
            <translation>El lugar de trabajo lo decide en parte usted.</translation>
        </message>
        <message>
            <source>Limit required on-site days to what the work needs.</source>
            <translation>Limite los días presenciales obligatorios a lo que exija el trabajo.</translation>
        </message>
        <message>
            <source>You supply their equipment (or the access register lists equipment lent).</source>
            <translation>Usted le aporta el equipo (o el registro de accesos incluye equipo prestado).</translation>
        </message>
        <message>
            <source>Let them use their own tools; recover equipment you lent.</source>
            <translation>Deje que use sus propias herramientas; recupere el equipo que haya prestado.</translation>
        </message>
        <message>
            <source>You supply part of their equipment.</source>
            <translation>Usted le aporta parte del equipo.</translation>
        </message>
        <message>
            <source>Keep supplied equipment to what security requires.</source>
            <translation>Limite el equipo aportado a lo que exija la seguridad.</translation>
        </message>
        <message>
            <source>They may not work for other clients.</source>
            <translation>El profesional no puede trabajar para otros clientes.</translation>
        </message>
        <message>
            <source>Drop the exclusivity, or limit it to direct competitors.</source>
            <translation>Elimine la exclusividad o limítela a los competidores directos.</translation>
        </message>
        <message>
            <source>The engagement is open-ended.</source>
            <translation>La colaboración es indefinida.</translation>
        </message>
        <message>
            <source>Give the contract an end date or a defined deliverable.</source>
            <translation>Dé al contrato una fecha de fin o un entregable concreto.</translation>
        </message>
        <message>
            <source>There is no written contract.</source>
            <translation>No hay contrato por escrito.</translation>
        </message>
        <message>
            <source>Sign a written contract that describes an independent engagement.</source>
            <translation>Firme un contrato por escrito que describa una colaboración independiente.</translation>
        </message>
        <message>
            <source>No agreement is among this contract's or this person's files, and it is not through a marketplace.</source>
            <translation>No hay ningún acuerdo entre los archivos de este contrato ni de esta persona, y el contrato no se gestiona a través de un marketplace.</translation>
        </message>
        <message>
            <source>Store the signed agreement with the contract's files (or, for a framework agreement, the person's).</source>
            <translation>Guarde el acuerdo firmado con los archivos del contrato (o, si es un acuerdo marco, con los de la persona).</translation>
        </message>
        <message>
            <source>The work is the core of your business.</source>
            <translation>El trabajo es el núcleo de su negocio.</translation>
        </message>
        <message>
            <source>Scope the work as a project with its own deliverables.</source>
            <translation>Plantee el trabajo como un proyecto con sus propios entregables.</translation>
        </message>
        <message>
            <source>More than a year at 30 or more hours a week.</source>
            <translation>Más de un año con 30 horas o más a la semana.</translation>
        </message>
        <message>
            <source>Reduce the weekly hours or bring the engagement to an end.</source>
            <translation>Reduzca las horas semanales o ponga fin a la colaboración.</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Edit rate: {person}</source>
            <translation>Editar tarifa: {person}</translation>
        </message>
        <message>
            <source>Correct a rate recorded for {person}{contract}. To record a change of rate, log a raise instead.</source>
            <translation>Corrija una tarifa registrada para {person}{contract}. Para registrar un cambio de tarifa, registre un aumento.</translation>
        </message>
        <message>
            <source> on “{title}”</source>
            <translation> en «{title}»</translation>
        </message>
        <message>
            <source>&amp;Rate per hour:</source>
            <translation>&amp;Tarifa por hora:</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Editar tarifa</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{why}. Nothing was changed.</source>
            <translation>{why}. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>this is not a TalentDesk backup (no manifest)</source>
            <translation>no es una copia de seguridad de TalentDesk (no tiene manifiesto)</translation>
        </message>
        <message>
            <source>the backup's manifest is implausibly large ({file_size:,} bytes)</source>
            <translation>el manifiesto de la copia de seguridad es demasiado grande para ser válido ({file_size:,} bytes)</translation>
        </message>
        <message>
            <source>the backup's manifest is damaged ({detail})</source>
            <translation>el manifiesto de la copia de seguridad está dañado ({detail})</translation>
        </message>
        <message>
            <source>the backup's manifest is damaged ({why})</source>
            <translation>el manifiesto de la copia de seguridad está dañado ({why})</translation>
        </message>
        <message>
            <source>this backup was made by a newer TalentDesk (backup format {format}); install the newer version to restore it</source>
            <translation>esta copia de seguridad se hizo con un TalentDesk más reciente (formato de copia {format}); instale la versión más reciente para restaurarla</translation>
        </message>
        <message>
            <source>this backup was made by a newer TalentDesk (schema {schema}; this program knows up to {known}); install the newer version to restore it</source>
            <translation>esta copia de seguridad se hizo con un TalentDesk más reciente (esquema {schema}; este programa conoce hasta el {known}); instale la versión más reciente para restaurarla</translation>
        </message>
        <message>
            <source>the backup is refused: member {shown} {why}</source>
            <translation>se rechaza la copia de seguridad: el miembro {shown} {why}</translation>
        </message>
        <message>
            <source>the backup holds no database</source>
            <translation>la copia de seguridad no contiene ninguna base de datos</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} is missing</source>
            <translation>la copia de seguridad está dañada: falta {name}</translation>
        </message>
        <message>
            <source>the backup is refused: {name} is larger than its manifest says</source>
            <translation>se rechaza la copia de seguridad: {name} es más grande de lo que indica su manifiesto</translation>
        </message>
        <message>
            <source>the backup is refused: {name} would unpack {times:,} times its packed size (a zip bomb)</source>
            <translation>se rechaza la copia de seguridad: {name} se descomprimiría a {times:,} veces su tamaño comprimido (una bomba zip)</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} cannot be read ({exc})</source>
            <translation>la copia de seguridad está dañada: no se puede leer {name} ({exc})</translation>
        </message>
        <message>
            <source>the backup is refused: {name} unpacks to more than the {size:,} bytes its manifest says</source>
            <translation>se rechaza la copia de seguridad: {name} ocupa al descomprimirse más de los {size:,} bytes que indica su manifiesto</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} is {written:,} bytes, its manifest says {size:,}</source>
            <translation>la copia de seguridad está dañada: {name} ocupa {written:,} bytes y su manifiesto indica {size:,}</translation>
        </message>
        <message>
            <source>there is not enough free disk space to restore it ({need:,.0f} MB needed, {free:,.0f} MB free); free some space and try again</source>
            <translation>no hay suficiente espacio libre en el disco para restaurarla (se necesitan {need:,.0f} MB, hay {free:,.0f} MB libres); libere algo de espacio e inténtelo de nuevo</translation>
        </message>
        <message>
            <source>this backup was made from an encrypted data folder; turn encryption on here with the same passphrase (Tools › Encryption…), then restore it</source>
            <translation>esta copia de seguridad se hizo desde una carpeta de datos cifrada; active aquí el cifrado con la misma frase de contraseña (Herramientas › Cifrado…) y luego restáurela</translation>
        </message>
        <message>
            <source>the backup's database cannot be opened ({exc})</source>
            <translation>no se puede abrir la base de datos de la copia de seguridad ({exc})</translation>
        </message>
        <message>
            <source>the backup is refused: {exc}</source>
            <translation>se rechaza la copia de seguridad: {exc}</translation>
        </message>
        <message>
            <source>the backup's database is damaged ({exc})</source>
            <translation>la base de datos de la copia de seguridad está dañada ({exc})</translation>
        </message>
        <message>
            <source>the backup's database (schema {found}) does not match its manifest (schema {version})</source>
            <translation>la base de datos de la copia de seguridad (esquema {found}) no coincide con su manifiesto (esquema {version})</translation>
        </message>
        <message>
            <source>the backup's database cannot be brought up to this version ({exc})</source>
            <translation>no se puede actualizar la base de datos de la copia de seguridad a esta versión ({exc})</translation>
        </message>
        <message>
            <source>the backup's database is not one this program can use ({problems})</source>
            <translation>este programa no puede usar la base de datos de la copia de seguridad ({problems})</translation>
        </message>
        <message>
            <source>this is not a TalentDesk backup (not a readable zip: {exc})</source>
            <translation>no es una copia de seguridad de TalentDesk (no es un zip legible: {exc})</translation>
        </message>
        <message>
            <source>the backup is damaged: {name} does not match its checksum</source>
            <translation>la copia de seguridad está dañada: {name} no coincide con su suma de comprobación</translation>
        </message>
        <message>
            <source>the disk is full; free some space and try again</source>
            <translation>el disco está lleno; libere algo de espacio e inténtelo de nuevo</translation>
        </message>
        <message>
            <source>the backup's database cannot be used ({exc})</source>
            <translation>no se puede usar la base de datos de la copia de seguridad ({exc})</translation>
        </message>
        <message>
            <source>the team database already holds data ({said}); restore a backup only into an empty team database</source>
            <translation>la base de datos del equipo ya contiene datos ({said}); restaure una copia de seguridad solo en una base de datos del equipo vacía</translation>
        </message>
        <message>
            <source>this backup holds files sealed by an encrypted data folder; restore it into that folder, then move the data with “talentdesk transfer --to URL”</source>
            <translation>esta copia de seguridad contiene archivos sellados por una carpeta de datos cifrada; restáurela en esa carpeta y después traslade los datos con «talentdesk transfer --to URL»</translation>
        </message>
        <message>
            <source>is after it was revoked ({revoked_on}).</source>
            <translation>es posterior a la revocación ({revoked_on}).</translation>
        </message>
        <message>
            <source>That access grant no longer exists.</source>
            <translation>Ese acceso ya no existe.</translation>
        </message>
        <message>
            <source>{system} was already revoked on {revoked_on}.</source>
            <translation>{system} ya se revocó el {revoked_on}.</translation>
        </message>
        <message>
            <source>is before it was granted ({granted_on}).</source>
            <translation>es anterior a la concesión ({granted_on}).</translation>
        </message>
        <message>
            <source>say what they did that you liked, and how it helped.</source>
            <translation>indique qué hizo que le gustó y cómo le ayudó.</translation>
        </message>
        <message>
            <source>“{text}” is too short to be specific ({words}). Say what they did and how it helped, e.g. “the clear hand-over notes saved me a day”.</source>
            <translation>«{text}» es demasiado corto para ser concreto ({words}). Indique qué hizo y cómo ayudó, p. ej. «las notas de traspaso tan claras me ahorraron un día».</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
        <message>
            <source>could be said of anyone. Name the specific thing they did and how it helped.</source>
            <translation>podría decirse de cualquiera. Mencione lo que hizo en concreto y cómo ayudó.</translation>
        </message>
        <message>
            <source>is in the future; record appreciation when it was given.</source>
            <translation>es una fecha futura; registre el reconocimiento cuando se haya dado.</translation>
        </message>
        <message>
            <source>belongs to someone else; choose one of this person's contracts.</source>
            <translation>pertenece a otra persona; elija uno de los contratos de esta persona.</translation>
        </message>
        <message>
            <source>a bonus is paid on a contract; choose which one.</source>
            <translation>una bonificación se paga en un contrato; elija cuál.</translation>
        </message>
        <message>
            <source>a thank-you bonus needs an amount above zero.</source>
            <translation>una bonificación de agradecimiento necesita un importe mayor que cero.</translation>
        </message>
        <message>
            <source>the contract is paid in {currency}; give the bonus in {currency}.</source>
            <translation>el contrato se paga en {currency}; indique la bonificación en {currency}.</translation>
        </message>
        <message>
            <source>cannot sort by {sort_column!r}.</source>
            <translation>no se puede ordenar por {sort_column!r}.</translation>
        </message>
        <message>
            <source>choose the person this contract is with.</source>
            <translation>elija la persona con la que es este contrato.</translation>
        </message>
        <message>
            <source>a retainer needs its weekly payment.</source>
            <translation>una iguala necesita su pago semanal.</translation>
        </message>
        <message>
            <source>contract {renews_id} does not exist.</source>
            <translation>el contrato {renews_id} no existe.</translation>
        </message>
        <message>
            <source>a new contract starts as draft, offered or active.</source>
            <translation>un contrato nuevo empieza como borrador, ofrecido o activo.</translation>
        </message>
        <message>
            <source>The terms of a running contract change through a scope change, so the ledger records it.</source>
            <translation>Las condiciones de un contrato en curso cambian mediante un cambio de alcance, para que quede en el registro.</translation>
        </message>
        <message>
            <source>No contract with id {contract_id}; it may have been deleted.</source>
            <translation>No hay ningún contrato con el id {contract_id}; puede que se haya eliminado.</translation>
        </message>
        <message>
            <source>A contract that is {status} cannot become {to}.</source>
            <translation>Un contrato en estado {status} no puede pasar a {to}.</translation>
        </message>
        <message>
            <source>is before the start of the contract.</source>
            <translation>es anterior al inicio del contrato.</translation>
        </message>
        <message>
            <source>is only for a payment in another currency than the contract's {contract_currency}.</source>
            <translation>solo se usa para un pago en una moneda distinta de la del contrato ({contract_currency}).</translation>
        </message>
        <message>
            <source>this payment is in {currency} but the contract is in {contract_currency}: give the amount in {contract_currency} too, so that the contract's totals count it.</source>
            <translation>este pago está en {currency}, pero el contrato está en {contract_currency}: indique también el importe en {contract_currency} para que cuente en los totales del contrato.</translation>
        </message>
        <message>
            <source>is in the future; log what was already said.</source>
            <translation>es una fecha futura; registre lo que ya se dijo.</translation>
        </message>
        <message>
            <source>Feedback given to them is already recorded for this contract.</source>
            <translation>Ya hay una valoración dada al profesional registrada para este contrato.</translation>
        </message>
        <message>
            <source>Feedback received from them is already recorded for this contract.</source>
            <translation>Ya hay una valoración recibida del profesional registrada para este contrato.</translation>
        </message>
        <message>
            <source>choose yes, maybe or no.</source>
            <translation>elija sí, quizá o no.</translation>
        </message>
        <message>
            <source>choose from 0 to 10.</source>
            <translation>elija de 0 a 10.</translation>
        </message>
        <message>
            <source>No payment with id {payment_id}; it may have been removed.</source>
            <translation>No hay ningún pago con el id {payment_id}; puede que se haya quitado.</translation>
        </message>
        <message>
            <source>Nothing was changed: the payment already says this.</source>
            <translation>No se ha cambiado nada: el pago ya indica esto.</translation>
        </message>
        <message>
            <source>use at least {least}; a few words are best.</source>
            <translation>use al menos {least}; lo mejor son unas cuantas palabras.</translation>
        </message>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n carácter</numerusform>
                <numerusform>%n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>the two passphrases differ.</source>
            <translation>las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <source>is not the passphrase of this data folder.</source>
            <translation>no es la frase de contraseña de esta carpeta de datos.</translation>
        </message>
        <message>
            <source>This data folder is not encrypted.</source>
            <translation>Esta carpeta de datos no está cifrada.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>the stored file's name is damaged.</source>
            <translation>el nombre del archivo guardado está dañado.</translation>
        </message>
        <message>
            <source>“{name}” no longer exists.</source>
            <translation>«{name}» ya no existe.</translation>
        </message>
        <message>
            <source>“{name}” is not a file.</source>
            <translation>«{name}» no es un archivo.</translation>
        </message>
        <message>
            <source>“{name}” is {size:.0f} MB; files up to {limit} MB can be stored (the limit is in the settings).</source>
            <translation>«{name}» ocupa {size:.0f} MB; se pueden guardar archivos de hasta {limit} MB (el límite está en las preferencias).</translation>
        </message>
        <message>
            <source>“{name}” grew past the size limit while being copied.</source>
            <translation>«{name}» superó el límite de tamaño mientras se copiaba.</translation>
        </message>
        <message>
            <source>That person is no longer on the bench.</source>
            <translation>Esa persona ya no está en el banquillo.</translation>
        </message>
        <message>
            <source>is before the day the file was shared; check the two dates.</source>
            <translation>es anterior al día en que se compartió el archivo; revise las dos fechas.</translation>
        </message>
        <message>
            <source>That file is no longer recorded.</source>
            <translation>Ese archivo ya no está registrado.</translation>
        </message>
        <message>
            <source>“{name}” is over the size limit of {limit} MB.</source>
            <translation>«{name}» supera el límite de tamaño de {limit} MB.</translation>
        </message>
        <message>
            <source>The stored copy is sealed with another passphrase, or damaged.</source>
            <translation>La copia guardada está cifrada con otra frase de contraseña o está dañada.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is missing from the data folder.</source>
            <translation>La copia guardada de «{name}» no está en la carpeta de datos.</translation>
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation>No hay nada que deshacer.</translation>
        </message>
        <message>
            <source>There is nothing to redo.</source>
            <translation>No hay nada que rehacer.</translation>
        </message>
        <message>
            <source>choose a date and a time.</source>
            <translation>elija una fecha y una hora.</translation>
        </message>
        <message>
            <source>is in the future; log what already happened.</source>
            <translation>es una fecha futura; registre lo que ya ocurrió.</translation>
        </message>
        <message>
            <source>only a call or a meeting has a duration.</source>
            <translation>solo una llamada o una reunión tienen duración.</translation>
        </message>
        <message>
            <source>write what was said.</source>
            <translation>escriba lo que se dijo.</translation>
        </message>
        <message>
            <source>That person no longer exists.</source>
            <translation>Esa persona ya no existe.</translation>
        </message>
        <message>
            <source>The backup {name} is damaged; choose another one.</source>
            <translation>La copia de seguridad {name} está dañada; elija otra.</translation>
        </message>
        <message>
            <source>No milestone with id {milestone_id}; it may have been deleted.</source>
            <translation>No hay ningún hito con el id {milestone_id}; puede que se haya eliminado.</translation>
        </message>
        <message>
            <source>The amount of a milestone on a running contract changes through a scope change.</source>
            <translation>El importe de un hito de un contrato en curso cambia mediante un cambio de alcance.</translation>
        </message>
        <message>
            <source>This milestone's payment is recorded; remove that payment first to mark it unpaid.</source>
            <translation>El pago de este hito está registrado; quite primero ese pago para marcarlo como no pagado.</translation>
        </message>
        <message>
            <source>belongs to another contract.</source>
            <translation>pertenece a otro contrato.</translation>
        </message>
        <message>
            <source>a payment for a milestone is a milestone payment.</source>
            <translation>el pago de un hito es un pago de tipo hito.</translation>
        </message>
        <message>
            <source>This milestone is already paid.</source>
            <translation>Este hito ya está pagado.</translation>
        </message>
        <message>
            <source>On a running contract a milestone is removed through Scope change › Change milestone, so the ledger records it.</source>
            <translation>En un contrato en curso, un hito se quita mediante Cambio de alcance › Cambiar hito, para que quede en el registro.</translation>
        </message>
        <message>
            <source>An approved or paid milestone is part of the record and cannot be removed.</source>
            <translation>Un hito aprobado o pagado forma parte del registro y no se puede quitar.</translation>
        </message>
        <message>
            <source>“{code}” is not an ISO 4217 currency code (e.g. USD, EUR, JPY).</source>
            <translation>«{code}» no es un código de moneda ISO 4217 (p. ej., USD, EUR, JPY).</translation>
        </message>
        <message>
            <source>“{amount}” is not an amount of money.</source>
            <translation>«{amount}» no es un importe de dinero.</translation>
        </message>
        <message>
            <source>must be a finite amount.</source>
            <translation>debe ser un importe finito.</translation>
        </message>
        <message>
            <source>must not be negative.</source>
            <translation>no puede ser negativo.</translation>
        </message>
        <message>
            <source>has more decimals than {currency} allows ({digits}).</source>
            <translation>tiene más decimales de los que permite {currency} ({digits}).</translation>
        </message>
        <message>
            <source>is required.</source>
            <translation>es obligatorio.</translation>
        </message>
        <message>
            <source>must be a whole number of minor units (cents).</source>
            <translation>debe ser un número entero de unidades menores (céntimos).</translation>
        </message>
        <message>
            <source>is too large.</source>
            <translation>es demasiado grande.</translation>
        </message>
        <message>
            <source>A contract that is {status} cannot be ended.</source>
            <translation>Un contrato en estado {status} no se puede terminar.</translation>
        </message>
        <message>
            <source>is before the start {start_date}.</source>
            <translation>es anterior al inicio ({start_date}).</translation>
        </message>
        <message>
            <source>nothing to save: give feedback or write the private review.</source>
            <translation>no hay nada que guardar: deje una valoración o escriba la reseña privada.</translation>
        </message>
        <message>
            <source>Feedback and the closing review are written when the contract ends.</source>
            <translation>La valoración y la reseña final se escriben cuando termina el contrato.</translation>
        </message>
        <message>
            <source>That checklist item no longer exists.</source>
            <translation>Ese elemento de la lista ya no existe.</translation>
        </message>
        <message>
            <source> It belongs to “{title}”: record it there.</source>
            <translation> Pertenece a «{title}»: regístrelo allí.</translation>
        </message>
        <message>
            <source>{day} is more than {days} after this contract ended on {end_date}; nothing is paid on it that late.{hint}</source>
            <translation>El {day} es más de {days} después de que este contrato terminara el {end_date}; no se paga nada en él tan tarde.{hint}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>is not a setting.</source>
            <translation>no es una preferencia.</translation>
        </message>
        <message>
            <source>choose one of the date formats offered.</source>
            <translation>elija uno de los formatos de fecha ofrecidos.</translation>
        </message>
        <message>
            <source>choose A4, Letter, or the one your region uses.</source>
            <translation>elija A4, Carta o el que se use en su región.</translation>
        </message>
        <message>
            <source>the end of the working day must come after its start.</source>
            <translation>el fin de la jornada debe ser posterior a su inicio.</translation>
        </message>
        <message>
            <source>is not one of this person's contracts.</source>
            <translation>no es uno de los contratos de esta persona.</translation>
        </message>
        <message>
            <source>the contract “{title}” is paid in {currency}; give the raise in {currency} to change its rate too.</source>
            <translation>el contrato «{title}» se paga en {currency}; indique el aumento en {currency} para cambiar también su tarifa.</translation>
        </message>
        <message>
            <source>That message is no longer recorded; it may have been removed.</source>
            <translation>Ese mensaje ya no está registrado; puede que se haya eliminado.</translation>
        </message>
        <message>
            <source>That feedback is no longer recorded; it may have been removed.</source>
            <translation>Esa valoración ya no está registrada; puede que se haya eliminado.</translation>
        </message>
        <message>
            <source>That review is no longer recorded; it may have been removed.</source>
            <translation>Esa reseña ya no está registrada; puede que se haya eliminado.</translation>
        </message>
        <message>
            <source>That appreciation is no longer recorded; it may have been removed.</source>
            <translation>Ese reconocimiento ya no está registrado; puede que se haya eliminado.</translation>
        </message>
        <message>
            <source>That rate is no longer recorded; it may have been removed.</source>
            <translation>Esa tarifa ya no está registrada; puede que se haya eliminado.</translation>
        </message>
        <message>
            <source>stays the same; record appreciation for someone else anew.</source>
            <translation>no cambia; registre de nuevo el reconocimiento para otra persona.</translation>
        </message>
        <message>
            <source>a thank-you bonus is a payment and stays one; remove it and record the appreciation anew to change its kind.</source>
            <translation>una bonificación de agradecimiento es un pago y lo sigue siendo; para cambiar su tipo, quítela y registre de nuevo el reconocimiento.</translation>
        </message>
        <message>
            <source>No talent with id {talent_id}; it may have been deleted.</source>
            <translation>No hay ningún profesional con el id {talent_id}; puede que se haya eliminado.</translation>
        </message>
        <message>
            <source>There are no review sessions yet; run a review session first.</source>
            <translation>Aún no hay sesiones de revisión; haga primero una sesión de revisión.</translation>
        </message>
        <message>
            <source>No review session with id {session_id}.</source>
            <translation>No hay ninguna sesión de revisión con el id {session_id}.</translation>
        </message>
        <message>
            <source>“{year}” is not a year.</source>
            <translation>«{year}» no es un año.</translation>
        </message>
        <message>
            <source>“{token}” matches {count}; name one of them (by its UUID):</source>
            <translation>«{token}» coincide con {count}; indique uno de ellos (por su UUID):</translation>
        </message>
        <message>
            <source>no {what} matches “{token}”; give its UUID, its name or a part of it.</source>
            <translation>ningún elemento ({what}) coincide con «{token}»; indique su UUID, su nombre o una parte de él.</translation>
        </message>
        <message>
            <source>This review session has ended; start a new one.</source>
            <translation>Esta sesión de revisión ha terminado; empiece una nueva.</translation>
        </message>
        <message>
            <source>choose a day after today.</source>
            <translation>elija un día posterior a hoy.</translation>
        </message>
        <message>
            <source>say why this card can be dismissed.</source>
            <translation>indique por qué se puede descartar esta tarjeta.</translation>
        </message>
        <message>
            <source>This card is not about a contract.</source>
            <translation>Esta tarjeta no trata de un contrato.</translation>
        </message>
        <message>
            <source>This card is not about a person.</source>
            <translation>Esta tarjeta no trata de una persona.</translation>
        </message>
        <message>
            <source>“{action}” is not an action of a review card.</source>
            <translation>«{action}» no es una acción de una tarjeta de revisión.</translation>
        </message>
        <message>
            <source>This contract is {status}; a scope change needs a running contract.</source>
            <translation>Este contrato está en estado {status}; un cambio de alcance necesita un contrato en curso.</translation>
        </message>
        <message>
            <source>is before the start of the contract ({start_date}).</source>
            <translation>es anterior al inicio del contrato ({start_date}).</translation>
        </message>
        <message>
            <source>is after the end of the contract ({end_date}).</source>
            <translation>es posterior al fin del contrato ({end_date}).</translation>
        </message>
        <message>
            <source>is the same as the current end date.</source>
            <translation>es igual que la fecha de fin actual.</translation>
        </message>
        <message>
            <source>is the same as the limit in force that day.</source>
            <translation>es igual que el límite vigente ese día.</translation>
        </message>
        <message>
            <source>is the same as the rate in force that day.</source>
            <translation>es igual que la tarifa vigente ese día.</translation>
        </message>
        <message>
            <source>Only a retainer has a weekly payment.</source>
            <translation>Solo una iguala tiene pago semanal.</translation>
        </message>
        <message>
            <source>is the same as the weekly payment in force that day.</source>
            <translation>es igual que el pago semanal vigente ese día.</translation>
        </message>
        <message>
            <source>choose a milestone of this contract.</source>
            <translation>elija un hito de este contrato.</translation>
        </message>
        <message>
            <source>change the amount or the due date, or remove the milestone.</source>
            <translation>cambie el importe o la fecha de vencimiento, o quite el hito.</translation>
        </message>
        <message>
            <source>This milestone is paid; its amount is part of the record.</source>
            <translation>Este hito está pagado; su importe forma parte del registro.</translation>
        </message>
        <message>
            <source>This contract is {status}; a bonus is paid on a contract that has started.</source>
            <translation>Este contrato está en estado {status}; una bonificación se paga en un contrato que ya ha empezado.</translation>
        </message>
        <message>
            <source>A bonus can be paid up to {days} after a contract ends; this one ended on {end_date}, so the last day was {last}.</source>
            <translation>Una bonificación se puede pagar hasta {days} después del fin de un contrato; este terminó el {end_date}, así que el último día fue el {last}.</translation>
        </message>
        <message>
            <source>must be more than zero.</source>
            <translation>debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>The contract's {kind} has changed since ({now}); record a new scope change instead of reversing this one.</source>
            <translation>El contrato ha cambiado desde entonces ({kind}: {now}); registre un nuevo cambio de alcance en lugar de revertir este.</translation>
        </message>
        <message>
            <source>That scope change is no longer recorded.</source>
            <translation>Ese cambio de alcance ya no está registrado.</translation>
        </message>
        <message>
            <source>This scope change has already been reversed.</source>
            <translation>Este cambio de alcance ya se ha revertido.</translation>
        </message>
        <message>
            <source>say why this person should not be rehired.</source>
            <translation>indique por qué no se debe volver a contratar a esta persona.</translation>
        </message>
        <message>
            <source>“{clean}” is listed twice.</source>
            <translation>«{clean}» aparece dos veces.</translation>
        </message>
        <message>
            <source>{name} has {contracts}; deleting would lose that history. Archive them instead.</source>
            <translation>{name} tiene {contracts}; al eliminarlo se perdería ese historial. Archívelo en su lugar.</translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n contrato</numerusform>
                <numerusform>%n contratos</numerusform>
            </translation>
        </message>
        <message>
            <source>is too long ({length}; at most {max_length}).</source>
            <translation>es demasiado largo ({length}; como máximo {max_length}).</translation>
        </message>
        <message>
            <source>must contain a visible character (a letter, digit or sign).</source>
            <translation>debe contener un carácter visible (una letra, una cifra o un signo).</translation>
        </message>
        <message>
            <source>is too long ({length}); search for at most {most}.</source>
            <translation>es demasiado largo ({length}); busque como máximo {most}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln carácter</numerusform>
                <numerusform>%Ln caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>has {terms}; search for at most {most} at once.</source>
            <translation>tiene {terms}; busque como máximo {most} a la vez.</translation>
        </message>
        <message>
            <source>“{value}” is not an e-mail address (name@example.com).</source>
            <translation>«{value}» no es una dirección de correo electrónico (nombre@example.com).</translation>
        </message>
        <message>
            <source>“{value}” is not a web address (it should start with https://).</source>
            <translation>«{value}» no es una dirección web (debe empezar por https://).</translation>
        </message>
        <message>
            <source>“{value}” is not an IANA time zone (e.g. Europe/Berlin).</source>
            <translation>«{value}» no es una zona horaria IANA (p. ej., Europe/Madrid).</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {options}.</source>
            <translation>«{value}» no es ninguno de estos: {options}.</translation>
        </message>
        <message>
            <source>must be a whole number.</source>
            <translation>debe ser un número entero.</translation>
        </message>
        <message>
            <source>“{value}” is not a whole number.</source>
            <translation>«{value}» no es un número entero.</translation>
        </message>
        <message>
            <source>must be from {low} to {high} (got {number}).</source>
            <translation>debe estar entre {low} y {high} (se ha indicado {number}).</translation>
        </message>
        <message>
            <source>must be at least {low} (got {number}).</source>
            <translation>debe ser como mínimo {low} (se ha indicado {number}).</translation>
        </message>
        <message>
            <source>must be at most {high} (got {number}).</source>
            <translation>debe ser como máximo {high} (se ha indicado {number}).</translation>
        </message>
        <message>
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>«{value}» no es una fecha (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>{end} is before the start {start}.</source>
            <translation>{end} es anterior al inicio ({start}).</translation>
        </message>
        <message>
            <source>That work-log entry no longer exists.</source>
            <translation>Esa entrada del registro de horas ya no existe.</translation>
        </message>
        <message>
            <source>“{status}” is not a contract status.</source>
            <translation>«{status}» no es un estado de contrato.</translation>
        </message>
        <message>
            <source>“{kind}” is not a contract kind.</source>
            <translation>«{kind}» no es un tipo de contrato.</translation>
        </message>
        <message>
            <source>choose who you are thanking.</source>
            <translation>elija a quién da las gracias.</translation>
        </message>
        <message>
            <source>choose the contract this check-in is about.</source>
            <translation>elija el contrato del que trata este seguimiento.</translation>
        </message>
        <message>
            <source>choose {names}.</source>
            <translation>elija {names}.</translation>
        </message>
        <message>
            <source>{field} {message}</source>
            <translation>{field} {message}</translation>
        </message>
        <message>
            <source>say why the agreement moves; the ledger keeps it.</source>
            <translation>indique por qué cambia el acuerdo; el registro lo conserva.</translation>
        </message>
        <message>
            <source>That away period no longer exists.</source>
            <translation>Ese periodo de ausencia ya no existe.</translation>
        </message>
        <message>
            <source>must be on or after the start date.</source>
            <translation>debe ser igual o posterior a la fecha de inicio.</translation>
        </message>
        <message>
            <source>“{value}” is not a rate (write it like 1.0856).</source>
            <translation>«{value}» no es un tipo de cambio (escríbalo así: 1.0856).</translation>
        </message>
        <message>
            <source>a rate must be a number above zero.</source>
            <translation>un tipo de cambio debe ser un número mayor que cero.</translation>
        </message>
        <message>
            <source>No payment with id {payment_id}.</source>
            <translation>No hay ningún pago con el id {payment_id}.</translation>
        </message>
        <message>
            <source>“{source}” is not a source of rates.</source>
            <translation>«{source}» no es un origen de tipos de cambio.</translation>
        </message>
        <message>
            <source>the euro is the base of every rate (always 1).</source>
            <translation>el euro es la base de todos los tipos de cambio (siempre 1).</translation>
        </message>
        <message>
            <source>name a skill, e.g. “Python:4” or “dbt”.</source>
            <translation>indique una habilidad, p. ej., «Python:4» o «dbt».</translation>
        </message>
        <message>
            <source>write an amount and a currency, e.g. “6000 EUR”.</source>
            <translation>escriba un importe y una moneda, p. ej., «6000 EUR».</translation>
        </message>
        <message>
            <source>name at least one skill the work needs.</source>
            <translation>indique al menos una habilidad que necesite el trabajo.</translation>
        </message>
        <message>
            <source>plan at most three years ahead.</source>
            <translation>planifique como máximo con tres años de antelación.</translation>
        </message>
        <message>
            <source>rate in {rate}, budget in {plan} — no exchange rate</source>
            <translation>tarifa en {rate}, presupuesto en {plan} — sin tipo de cambio</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>no rate on record</source>
            <translation>sin tarifa registrada</translation>
        </message>
        <message>
            <source>away {start} – {end}</source>
            <translation>ausente {start} – {end}</translation>
        </message>
        <message>
            <source>{away} ({note})</source>
            <translation>{away} ({note})</translation>
        </message>
        <message>
            <source>classification risk {level} on “{title}”</source>
            <translation>riesgo de clasificación {level} en «{title}»</translation>
        </message>
        <message>
            <source>{kind}: expires on {day}, before the plan ends</source>
            <translation>{kind}: caduca el {day}, antes de que termine el plan</translation>
        </message>
        <message>
            <source>skills: {skills}</source>
            <translation>habilidades: {skills}</translation>
        </message>
        <message>
            <source>{skill} {level} (needs {needed})</source>
            <translation>{skill} {level} (se necesita {needed})</translation>
        </message>
        <message>
            <source>{hours} on “{title}”</source>
            <translation>{hours} en «{title}»</translation>
        </message>
        <message>
            <source>free {free} a week in the period (offers {offered} h{taken}); takes {share} a week here</source>
            <translation>{free} libres a la semana en el periodo (ofrece {offered} h{taken}); aquí dedica {share} a la semana</translation>
        </message>
        <message>
            <source>; {commitments}</source>
            <translation>; {commitments}</translation>
        </message>
        <message>
            <source>overlap {hours} a day</source>
            <translation>coincidencia de {hours} al día</translation>
        </message>
        <message>
            <source>overlap {hours} a day, {then} from {day} (the clocks change)</source>
            <translation>coincidencia de {hours} al día, {then} desde el {day} (cambio de hora)</translation>
        </message>
        <message>
            <source>cost {cost} for {hours} at {rate} an hour</source>
            <translation>coste {cost} por {hours} a {rate} la hora</translation>
        </message>
        <message>
            <source>cost unknown: {why}</source>
            <translation>coste desconocido: {why}</translation>
        </message>
        <message>
            <source>review score {score} of 5 over {reviews}; would rehire: {rehire}</source>
            <translation>puntuación de reseñas {score} de 5 en {reviews}; volvería a contratar: {rehire}</translation>
        </message>
        <message>
            <source>no review yet</source>
            <translation>aún sin reseñas</translation>
        </message>
        <message>
            <source>last worked together {day}</source>
            <translation>última colaboración: {day}</translation>
        </message>
        <message>
            <source>never worked together</source>
            <translation>nunca han trabajado juntos</translation>
        </message>
        <message>
            <source>cost for the period {cost}</source>
            <translation>coste del periodo: {cost}</translation>
        </message>
        <message>
            <source>within the budget of {budget} ({left} left)</source>
            <translation>dentro del presupuesto de {budget} (quedan {left})</translation>
        </message>
        <message>
            <source>nobody has {skill} at level {level} or above</source>
            <translation>nadie tiene {skill} de nivel {level} o superior</translation>
        </message>
        <message>
            <source>{skill} {level}</source>
            <translation>{skill} {level}</translation>
        </message>
        <message>
            <source>availability not set for anyone with these skills ({count} people): set the hours a week they offer</source>
            <translation>disponibilidad sin definir para todas las personas con estas habilidades ({count} personas): fije las horas semanales que ofrecen</translation>
        </message>
        <message>
            <source>availability not set</source>
            <translation>disponibilidad sin definir</translation>
        </message>
        <message>
            <source>nobody, alone or in a team of {size}, has {hours} h a week free in the period</source>
            <translation>nadie, solo o en un equipo de {size}, tiene {hours} h semanales libres en el periodo</translation>
        </message>
        <message>
            <source>{free} a week free</source>
            <translation>{free} semanales libres</translation>
        </message>
        <message>
            <source>nobody overlaps {hours} with your working day on every day of the period</source>
            <translation>nadie coincide {hours} con su jornada todos los días del periodo</translation>
        </message>
        <message>
            <source>{hours} overlap</source>
            <translation>{hours} de coincidencia</translation>
        </message>
        <message>
            <source>{rate} an hour</source>
            <translation>{rate} la hora</translation>
        </message>
        <message>
            <source>nobody's rate is {limit} an hour or less</source>
            <translation>nadie tiene una tarifa de {limit} la hora o menos</translation>
        </message>
        <message>
            <source>nobody can do {hours} h within {limit}</source>
            <translation>nadie puede hacer {hours} h por {limit} o menos</translation>
        </message>
        <message>
            <source>{text}: {why}</source>
            <translation>{text}: {why}</translation>
        </message>
        <message>
            <source>no free hours</source>
            <translation>sin horas libres</translation>
        </message>
        <message>
            <source>too little overlap</source>
            <translation>muy poca coincidencia</translation>
        </message>
        <message>
            <source>rate above the maximum</source>
            <translation>tarifa por encima del máximo</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>coste desconocido</translation>
        </message>
        <message>
            <source>lacks {skills}</source>
            <translation>le falta: {skills}</translation>
        </message>
        <message>
            <source>{hours} a week free</source>
            <translation>{hours} libres a la semana</translation>
        </message>
        <message>
            <source>costs {amount} for the whole work</source>
            <translation>cuesta {amount} por todo el trabajo</translation>
        </message>
        <message>
            <source>{missing}</source>
            <translation>{missing}</translation>
        </message>
        <message>
            <source>nobody alone, nor any team of up to {size} people, meets all of this at once</source>
            <translation>nadie solo, ni ningún equipo de hasta {size} personas, cumple todo esto a la vez</translation>
        </message>
        <message>
            <source>That plan no longer exists.</source>
            <translation>Ese plan ya no existe.</translation>
        </message>
        <message>
            <source>choose a day that every year has (not 29 February).</source>
            <translation>elija un día que tengan todos los años (no el 29 de febrero).</translation>
        </message>
        <message>
            <source>This team database lets you read only: your role on the server may not change it. Ask whoever runs the server for write access.</source>
            <translation>Esta base de datos del equipo solo permite leer: su rol en el servidor no puede modificarla. Solicite acceso de escritura a quien administre el servidor.</translation>
        </message>
        <message>
            <source>The team database cannot be reached just now, so nothing can be saved. TalentDesk keeps trying to reconnect and says so when it is back.</source>
            <translation>No se puede conectar con la base de datos del equipo en este momento, así que no se puede guardar nada. TalentDesk sigue intentando reconectarse y avisará cuando vuelva a estar disponible.</translation>
        </message>
        <message>
            <source>The connection to the team database was lost, so this change was not saved: none of it was written. TalentDesk reconnects by itself; try again when the status bar says it is back.</source>
            <translation>Se ha perdido la conexión con la base de datos del equipo, así que este cambio no se ha guardado: no se ha escrito nada de él. TalentDesk se reconecta automáticamente; vuelva a intentarlo cuando la barra de estado indique que se ha restablecido la conexión.</translation>
        </message>
        <message>
            <source>The team database cannot be reached just now; what is on screen is what was loaded before.</source>
            <translation>No se puede conectar con la base de datos del equipo en este momento; lo que aparece en pantalla es lo que se cargó antes.</translation>
        </message>
        <message>
            <source>Changed by {name} at {time}, after you opened it — reload?</source>
            <translation>Modificado por {name} el {time}, después de que usted lo abriera — ¿recargar?</translation>
        </message>
        <message>
            <source>Changed at {time}, after you opened it — reload?</source>
            <translation>Modificado el {time}, después de que usted lo abriera — ¿recargar?</translation>
        </message>
        <message>
            <source>is not a team database's address: it begins with postgresql://, like postgresql://me@server/team.</source>
            <translation>no es la dirección de una base de datos del equipo: empieza por postgresql://, como postgresql://yo@servidor/equipo.</translation>
        </message>
        <message>
            <source>cannot be read: check it was copied whole.</source>
            <translation>no se puede leer: compruebe que se ha copiado entera.</translation>
        </message>
        <message>
            <source>names a port that is not a number.</source>
            <translation>indica un puerto que no es un número.</translation>
        </message>
        <message>
            <source>must be between 1 and 65535.</source>
            <translation>debe estar entre 1 y 65535.</translation>
        </message>
        <message>
            <source>is not one libpq knows.</source>
            <translation>no es uno de los que conoce libpq.</translation>
        </message>
        <message>
            <source>was not accepted by the server: type it again, or ask whoever runs the server for the right one.</source>
            <translation>no la ha aceptado el servidor: vuelva a escribirla o pida la correcta a quien administre el servidor.</translation>
        </message>
        <message>
            <source>is not known to the server: check the name, or ask whoever runs the server to create it (the README says how).</source>
            <translation>no lo conoce el servidor: compruebe el nombre o pida a quien administre el servidor que lo cree (el README explica cómo).</translation>
        </message>
        <message>
            <source>does not exist on this server: check the name, or ask whoever runs the server to create it (the README says how).</source>
            <translation>no existe en este servidor: compruebe el nombre o pida a quien administre el servidor que la cree (el README explica cómo).</translation>
        </message>
        <message>
            <source>may not connect to this database: ask whoever runs the server to grant it.</source>
            <translation>no tiene permiso para conectarse a esta base de datos: pida a quien administre el servidor que se lo conceda.</translation>
        </message>
        <message>
            <source>may not connect from this computer (the server's pg_hba.conf): ask whoever runs the server to allow it.</source>
            <translation>no tiene permiso para conectarse desde este ordenador (pg_hba.conf del servidor): pida a quien administre el servidor que lo permita.</translation>
        </message>
        <message>
            <source>does not suit this server: choose “prefer”, or ask whoever runs the server which mode it needs.</source>
            <translation>no es adecuado para este servidor: elija «Preferir» (prefer) o pregunte a quien administre el servidor qué modo necesita.</translation>
        </message>
        <message>
            <source>is not a name this computer can find: check the spelling and your network.</source>
            <translation>no es un nombre que este ordenador pueda encontrar: compruebe cómo está escrito y su red.</translation>
        </message>
        <message>
            <source>cannot be reached: check the server's name and port, that it is running, and your network (a VPN?).</source>
            <translation>no responde: compruebe el nombre y el puerto del servidor, que esté en marcha y su red (¿una VPN?).</translation>
        </message>
        <message>
            <source>refused the connection: {reason}</source>
            <translation>ha rechazado la conexión: {reason}</translation>
        </message>
        <message>
            <source>holds other tables and is not a TalentDesk database: choose an empty database, or one a TalentDesk team already uses.</source>
            <translation>contiene otras tablas y no es una base de datos de TalentDesk: elija una base de datos vacía o una que ya use un equipo de TalentDesk.</translation>
        </message>
        <message>
            <source>was set up by a newer TalentDesk (schema {found}; this one knows up to {known}): install the newer version on this computer, then connect.</source>
            <translation>la preparó una versión más reciente de TalentDesk (esquema {found}; esta conoce hasta el {known}): instale la versión más reciente en este ordenador y después conéctese.</translation>
        </message>
        <message>
            <source>The password could not be saved in this computer's keyring ({reason}). Connect without saving it, or put it in libpq's password file (~/.pgpass).</source>
            <translation>No se ha podido guardar la contraseña en el llavero de este ordenador ({reason}). Conéctese sin guardarla o escríbala en el archivo de contraseñas de libpq (~/.pgpass).</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>address</source>
            <translation>dirección</translation>
        </message>
        <message>
            <source>server</source>
            <translation>servidor</translation>
        </message>
        <message>
            <source>port</source>
            <translation>puerto</translation>
        </message>
        <message>
            <source>database</source>
            <translation>base de datos</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>nombre de usuario</translation>
        </message>
        <message>
            <source>password</source>
            <translation>contraseña</translation>
        </message>
        <message>
            <source>SSL mode</source>
            <translation>modo SSL</translation>
        </message>
        <message>
            <source>action</source>
            <translation>acción</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>importe</translation>
        </message>
        <message>
            <source>amount in contract currency</source>
            <translation>importe en la moneda del contrato</translation>
        </message>
        <message>
            <source>author</source>
            <translation>autor</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>disponibilidad</translation>
        </message>
        <message>
            <source>bench status</source>
            <translation>estado en el banquillo</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>bonificación</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>presupuesto</translation>
        </message>
        <message>
            <source>bonus amount</source>
            <translation>importe de la bonificación</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <source>checklist item</source>
            <translation>elemento de la lista</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>comentario</translation>
        </message>
        <message>
            <source>communication</source>
            <translation>comunicación</translation>
        </message>
        <message>
            <source>contact kind</source>
            <translation>tipo de contacto</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>contrato</translation>
        </message>
        <message>
            <source>cooperation</source>
            <translation>cooperación</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>moneda</translation>
        </message>
        <message>
            <source>current passphrase</source>
            <translation>frase de contraseña actual</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <source>deadlines</source>
            <translation>plazos</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decisión</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>sentido</translation>
        </message>
        <message>
            <source>document kind</source>
            <translation>tipo de documento</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>fecha de vencimiento</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duración</translation>
        </message>
        <message>
            <source>effective date</source>
            <translation>fecha de entrada en vigor</translation>
        </message>
        <message>
            <source>email</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>fecha de fin</translation>
        </message>
        <message>
            <source>ended by</source>
            <translation>terminado por</translation>
        </message>
        <message>
            <source>expected response time</source>
            <translation>tiempo de respuesta esperado</translation>
        </message>
        <message>
            <source>expires</source>
            <translation>caduca</translation>
        </message>
        <message>
            <source>external id</source>
            <translation>id externo</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>granted on</source>
            <translation>concedido el</translation>
        </message>
        <message>
            <source>headline</source>
            <translation>titular</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>label</source>
            <translation>etiqueta</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>idiomas</translation>
        </message>
        <message>
            <source>link</source>
            <translation>enlace</translation>
        </message>
        <message>
            <source>location</source>
            <translation>ubicación</translation>
        </message>
        <message>
            <source>maximum rate</source>
            <translation>tarifa máxima</translation>
        </message>
        <message>
            <source>message</source>
            <translation>mensaje</translation>
        </message>
        <message>
            <source>milestone</source>
            <translation>hito</translation>
        </message>
        <message>
            <source>my_working_hours</source>
            <translation>mi horario laboral</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>new end date</source>
            <translation>nueva fecha de fin</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <source>original budget</source>
            <translation>presupuesto original</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>coincidencia</translation>
        </message>
        <message>
            <source>paid on</source>
            <translation>pagado el</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>frase de contraseña</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>pago</translation>
        </message>
        <message>
            <source>payment kind</source>
            <translation>tipo de pago</translation>
        </message>
        <message>
            <source>person</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>platform</source>
            <translation>plataforma</translation>
        </message>
        <message>
            <source>preferred channel</source>
            <translation>canal preferido</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>calidad</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>tarifa</translation>
        </message>
        <message>
            <source>ratings</source>
            <translation>puntuaciones</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>recommend</source>
            <translation>recomendaría</translation>
        </message>
        <message>
            <source>renews</source>
            <translation>renueva</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>repetición</translation>
        </message>
        <message>
            <source>review</source>
            <translation>reseña</translation>
        </message>
        <message>
            <source>revoke by</source>
            <translation>revocar antes del</translation>
        </message>
        <message>
            <source>revoked on</source>
            <translation>revocado el</translation>
        </message>
        <message>
            <source>scope of work</source>
            <translation>alcance del trabajo</translation>
        </message>
        <message>
            <source>score</source>
            <translation>puntuación</translation>
        </message>
        <message>
            <source>search</source>
            <translation>búsqueda</translation>
        </message>
        <message>
            <source>sensitivity</source>
            <translation>confidencialidad</translation>
        </message>
        <message>
            <source>skill</source>
            <translation>habilidad</translation>
        </message>
        <message>
            <source>skills</source>
            <translation>habilidades</translation>
        </message>
        <message>
            <source>snooze until</source>
            <translation>posponer hasta</translation>
        </message>
        <message>
            <source>sort</source>
            <translation>orden</translation>
        </message>
        <message>
            <source>source</source>
            <translation>origen</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>fecha de inicio</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>stay-in-touch cadence</source>
            <translation>frecuencia de contacto</translation>
        </message>
        <message>
            <source>system</source>
            <translation>sistema</translation>
        </message>
        <message>
            <source>talent</source>
            <translation>profesional</translation>
        </message>
        <message>
            <source>tax_year_start</source>
            <translation>inicio del ejercicio fiscal</translation>
        </message>
        <message>
            <source>test decision</source>
            <translation>decisión tras la prueba</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>tier</source>
            <translation>nivel</translation>
        </message>
        <message>
            <source>time worked</source>
            <translation>tiempo trabajado</translation>
        </message>
        <message>
            <source>time zone</source>
            <translation>zona horaria</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>weekly limit</source>
            <translation>límite semanal</translation>
        </message>
        <message>
            <source>weekly payment</source>
            <translation>pago semanal</translation>
        </message>
        <message>
            <source>what you appreciated</source>
            <translation>lo que valoró</translation>
        </message>
        <message>
            <source>when</source>
            <translation>cuándo</translation>
        </message>
        <message>
            <source>who asked</source>
            <translation>quién lo pidió</translation>
        </message>
        <message>
            <source>who sets the hours</source>
            <translation>quién fija el horario</translation>
        </message>
        <message>
            <source>who sets the place</source>
            <translation>quién fija el lugar</translation>
        </message>
        <message>
            <source>who supplies the equipment</source>
            <translation>quién aporta el equipo</translation>
        </message>
        <message>
            <source>why</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>why it ended</source>
            <translation>motivo del fin</translation>
        </message>
        <message>
            <source>working hours end</source>
            <translation>fin del horario laboral</translation>
        </message>
        <message>
            <source>working hours start</source>
            <translation>inicio del horario laboral</translation>
        </message>
        <message>
            <source>would rehire</source>
            <translation>volvería a contratar</translation>
        </message>
        <message>
            <source>year</source>
            <translation>año</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <source>In your home currency, each payment at the rate of its date (Tools → Settings…)</source>
            <translation>En su moneda principal, cada pago al tipo de cambio de su fecha (Herramientas → Preferencias…)</translation>
        </message>
        <message>
            <source>Working now</source>
            <translation>Trabajando ahora</translation>
        </message>
        <message>
            <source>working now</source>
            <translation>trabajando ahora</translation>
        </message>
        <message>
            <source>outside their hours</source>
            <translation>fuera de su horario</translation>
        </message>
        <message>
            <source>{zone}: works {hours}, {state}</source>
            <translation>{zone}: trabaja {hours}, {state}</translation>
        </message>
        <message numerus="yes">
            <source>Average of %n private review(s)</source>
            <translation>
                <numerusform>Media de %n reseña privada</numerusform>
                <numerusform>Media de %n reseñas privadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Them</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>Feedback given</source>
            <translation>Valoración dada</translation>
        </message>
        <message>
            <source>Feedback received</source>
            <translation>Valoración recibida</translation>
        </message>
        <message>
            <source>Private review</source>
            <translation>Reseña privada</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>On the bench</source>
            <translation>En banquillo</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>En prueba</translation>
        </message>
        <message>
            <source>Do not rehire</source>
            <translation>No recontratar</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivado</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videollamada</translation>
        </message>
        <message>
            <source>Recorded video</source>
            <translation>Vídeo grabado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Hourly</source>
            <translation>Por horas</translation>
        </message>
        <message>
            <source>Fixed price</source>
            <translation>Precio fijo</translation>
        </message>
        <message>
            <source>Retainer</source>
            <translation>Iguala</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Ofrecido</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Weekly limit</source>
            <translation>Límite semanal</translation>
        </message>
        <message>
            <source>Milestone added</source>
            <translation>Hito añadido</translation>
        </message>
        <message>
            <source>Milestone edited</source>
            <translation>Hito editado</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonificación</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tarifa</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Pago semanal</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Reanudado</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Entregado</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagado</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Comisión</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Reembolso</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corregido</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Sent to them</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Received from them</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidencial</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secreto</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>NDA</source>
            <translation>NDA</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Seguro</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Factura</translation>
        </message>
        <message>
            <source>Tax form</source>
            <translation>Formulario fiscal</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>Identificación</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>Entregable</translation>
        </message>
        <message>
            <source>Given to them</source>
            <translation>Dado</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Maybe</source>
            <translation>Quizá</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>Elogio</translation>
        </message>
        <message>
            <source>Testimonial asked for</source>
            <translation>Testimonio solicitado</translation>
        </message>
        <message>
            <source>Testimonial received</source>
            <translation>Testimonio recibido</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Bonus as thanks</source>
            <translation>Bonificación de agradecimiento</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Escritura</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administración</translation>
        </message>
        <message>
            <source>Revoke access</source>
            <translation>Revocar el acceso</translation>
        </message>
        <message>
            <source>Get deliverables back</source>
            <translation>Recuperar los entregables</translation>
        </message>
        <message>
            <source>Recover equipment</source>
            <translation>Recuperar el equipo</translation>
        </message>
        <message>
            <source>Ask them to delete my data</source>
            <translation>Pedir que borre mis datos</translation>
        </message>
        <message>
            <source>Leave feedback</source>
            <translation>Dejar una valoración</translation>
        </message>
        <message>
            <source>I did</source>
            <translation>Yo</translation>
        </message>
        <message>
            <source>They did</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Yo</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Contratar</translation>
        </message>
        <message>
            <source>Do not hire</source>
            <translation>No contratar</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Pospuesta</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Acted on</source>
            <translation>Con acción</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Low risk</source>
            <translation>Riesgo bajo</translation>
        </message>
        <message>
            <source>Medium risk</source>
            <translation>Riesgo medio</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Riesgo alto</translation>
        </message>
        <message>
            <source>Contract started</source>
            <translation>Contrato iniciado</translation>
        </message>
        <message>
            <source>Contract renewed</source>
            <translation>Contrato renovado</translation>
        </message>
        <message>
            <source>Contract ended</source>
            <translation>Contrato terminado</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Praise sent</source>
            <translation>Elogio enviado</translation>
        </message>
        <message>
            <source>Referral made</source>
            <translation>Recomendación hecha</translation>
        </message>
        <message>
            <source>Thank-you bonus</source>
            <translation>Bonificación de agradecimiento</translation>
        </message>
        <message>
            <source>Bonus paid</source>
            <translation>Bonificación pagada</translation>
        </message>
        <message>
            <source>Rate changed</source>
            <translation>Tarifa cambiada</translation>
        </message>
        <message>
            <source>Scope changed</source>
            <translation>Cambio de alcance</translation>
        </message>
        <message>
            <source>As my region writes them</source>
            <translation>Como se escriben en mi región</translation>
        </message>
        <message>
            <source>International (ISO 8601)</source>
            <translation>Internacional (ISO 8601)</translation>
        </message>
        <message>
            <source>Day first, with slashes</source>
            <translation>Día primero, con barras</translation>
        </message>
        <message>
            <source>Month first, with slashes</source>
            <translation>Mes primero, con barras</translation>
        </message>
        <message>
            <source>Day first, with dots</source>
            <translation>Día primero, con puntos</translation>
        </message>
        <message>
            <source>The one my region uses</source>
            <translation>El que se usa en mi región</translation>
        </message>
        <message>
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <source>US Letter (8.5 × 11 in)</source>
            <translation>Carta EE. UU. (8,5 × 11 in)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Según el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
    </context>
    <context>
        <name>maintenance</name>
        <message>
            <source>Daily</source>
            <translation>Diaria</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensual</translation>
        </message>
        <message>
            <source>Before an update of the program</source>
            <translation>Antes de una actualización del programa</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
        <message>
            <source>Before a change of passphrase</source>
            <translation>Antes de un cambio de frase de contraseña</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <source>Paid to them</source>
            <translation>Pagado al profesional</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Comisiones</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Reembolsos</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Coste total</translation>
        </message>
        <message>
            <source>What reached them: hourly, milestone, bonus, weekly and other payments</source>
            <translation>Lo que recibió el profesional: pagos por horas, por hito, bonificaciones, pagos semanales y otros pagos</translation>
        </message>
        <message>
            <source>What the platform kept: service, processing and tax fees</source>
            <translation>Lo que retuvo la plataforma: comisiones de servicio, de procesamiento e impuestos</translation>
        </message>
        <message>
            <source>Money that came back to you</source>
            <translation>Dinero que se le devolvió</translation>
        </message>
        <message>
            <source>Paid to them + fees − refunds</source>
            <translation>Pagado al profesional + comisiones − reembolsos</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
    </context>
    <context>
        <name>review_rules</name>
        <message>
            <source>Access still open</source>
            <translation>Acceso aún abierto</translation>
        </message>
        <message>
            <source>Systems access or equipment not yet recovered after a contract ended.</source>
            <translation>Accesos a sistemas o equipo aún sin recuperar tras el fin de un contrato.</translation>
        </message>
        <message>
            <source>The contract ended on {end_date}, {days_ago} ago, and access is still open: {systems}.</source>
            <translation>El contrato terminó el {end_date}, hace {days_ago}, y el acceso sigue abierto: {systems}.</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Days of grace after the end</source>
            <translation>Días de gracia tras el fin</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>Offboarding open</source>
            <translation>Desvinculación pendiente</translation>
        </message>
        <message>
            <source>Checklist items left open when a contract ended: deliverables, equipment, deleting your data.</source>
            <translation>Elementos de la lista de desvinculación que quedaron pendientes al terminar un contrato: entregables, equipo, borrado de sus datos.</translation>
        </message>
        <message>
            <source>The contract ended on {end_date}, {days_ago} ago; still open: {items}.</source>
            <translation>El contrato terminó el {end_date}, hace {days_ago}; pendiente: {items}.</translation>
        </message>
        <message>
            <source>Revoke by</source>
            <translation>Plazo de revocación</translation>
        </message>
        <message>
            <source>Access or equipment kept past the day it was to be revoked or returned.</source>
            <translation>Accesos o equipo conservados después del día en que debían revocarse o devolverse.</translation>
        </message>
        <message>
            <source>Access to {system} was to be revoked by {revoke_by}, {days_over} ago.</source>
            <translation>El acceso a {system} debía revocarse como tarde el {revoke_by}, hace {days_over}.</translation>
        </message>
        <message>
            <source>{system} was to be returned by {revoke_by}, {days_over} ago.</source>
            <translation>{system} debía devolverse como tarde el {revoke_by}, hace {days_over}.</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Contract ending</source>
            <translation>Fin de contrato</translation>
        </message>
        <message>
            <source>A running contract ends soon (or its end date has passed).</source>
            <translation>Un contrato en curso termina pronto (o ya ha pasado su fecha de fin).</translation>
        </message>
        <message>
            <source>Ends on {end_date}, in {days_left}: renew it, extend it or let it end.</source>
            <translation>Termina el {end_date}, dentro de {days_left}: renuévelo, amplíelo o déjelo terminar.</translation>
        </message>
        <message>
            <source>Its end date {end_date} passed {days_ago} ago but it is still running: end it or extend it.</source>
            <translation>Su fecha de fin ({end_date}) pasó hace {days_ago}, pero sigue en curso: termínelo o amplíelo.</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Warn this many days before the end</source>
            <translation>Avisar estos días antes del fin</translation>
        </message>
        <message>
            <source>Feedback owed</source>
            <translation>Valoración pendiente</translation>
        </message>
        <message>
            <source>Feedback owed on a contract that ended within the window, or a private review missing on any ended contract.</source>
            <translation>Valoración pendiente de un contrato terminado dentro del plazo, o reseña privada que falta en cualquier contrato terminado.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: feedback is owed ({days_left} left in the window) and the private review is missing.</source>
            <translation>Terminó el {end_date}: hay una valoración pendiente (quedan {days_left} de plazo) y falta la reseña privada.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: feedback is owed; {days_left} left in the window.</source>
            <translation>Terminó el {end_date}: hay una valoración pendiente; quedan {days_left} de plazo.</translation>
        </message>
        <message>
            <source>Ended on {end_date}: the private review (for your eyes only) is missing.</source>
            <translation>Terminó el {end_date}: falta la reseña privada (solo para usted).</translation>
        </message>
        <message>
            <source>Days left to leave feedback</source>
            <translation>Días restantes para dejar la valoración</translation>
        </message>
        <message>
            <source>Feedback window after the end</source>
            <translation>Plazo para la valoración tras el fin</translation>
        </message>
        <message>
            <source>Milestone overdue</source>
            <translation>Hito vencido</translation>
        </message>
        <message>
            <source>A milestone past its due date, not yet approved.</source>
            <translation>Un hito que ha pasado su fecha de vencimiento y aún no está aprobado.</translation>
        </message>
        <message>
            <source>Milestone “{milestone}” was due on {due_on}, {days_over} ago.</source>
            <translation>El hito «{milestone}» vencía el {due_on}, hace {days_over}.</translation>
        </message>
        <message>
            <source>Milestone “{milestone}” was submitted and waits for your approval; it was due on {due_on}.</source>
            <translation>El hito «{milestone}» se ha entregado y espera su aprobación; vencía el {due_on}.</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Days of grace after the due date</source>
            <translation>Días de gracia tras el vencimiento</translation>
        </message>
        <message>
            <source>Milestone to approve</source>
            <translation>Hito por aprobar</translation>
        </message>
        <message>
            <source>A milestone submitted and waiting for your approval; the marketplace releases a fixed-price milestone by itself 14 days after it was submitted.</source>
            <translation>Un hito entregado que espera su aprobación; el marketplace libera por sí mismo un hito de precio fijo 14 días después de su entrega.</translation>
        </message>
        <message>
            <source>“{milestone}” was submitted on {submitted_on} and waits for your approval; the marketplace releases it automatically on {releases_on}, in {days_left}.</source>
            <translation>El hito «{milestone}» se entregó el {submitted_on} y espera su aprobación; el marketplace lo liberará automáticamente el {releases_on}, dentro de {days_left}.</translation>
        </message>
        <message>
            <source>“{milestone}” was submitted on {submitted_on} and never approved here: the marketplace released it automatically on {releases_on}. Record the approval.</source>
            <translation>El hito «{milestone}» se entregó el {submitted_on} y nunca se aprobó aquí: el marketplace lo liberó automáticamente el {releases_on}. Registre la aprobación.</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Entregado</translation>
        </message>
        <message>
            <source>Released automatically on</source>
            <translation>Liberado automáticamente el</translation>
        </message>
        <message>
            <source>Ask this many days after the submission</source>
            <translation>Preguntar estos días después de la entrega</translation>
        </message>
        <message>
            <source>Question unanswered</source>
            <translation>Pregunta sin responder</translation>
        </message>
        <message>
            <source>A message from them with no answer from you for more than a working day (counted in the working hours of both sides, weekends left out).</source>
            <translation>Un mensaje suyo sin respuesta de usted durante más de una jornada laboral (contada en el horario laboral de ambas partes, sin fines de semana).</translation>
        </message>
        <message>
            <source>They wrote on {asked_on} and have waited {waiting_minutes} of working time for an answer: “{question}”</source>
            <translation>Escribió el {asked_on} y lleva {waiting_minutes} de tiempo laborable esperando una respuesta: «{question}»</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Preguntado el</translation>
        </message>
        <message>
            <source>Waiting (working time)</source>
            <translation>En espera (tiempo laborable)</translation>
        </message>
        <message>
            <source>Ask after this many working hours</source>
            <translation>Preguntar tras estas horas laborables</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>Weekly hours</source>
            <translation>Horas semanales</translation>
        </message>
        <message>
            <source>Hours logged this week near or over the weekly limit (hours over the limit are paid as a bonus).</source>
            <translation>Horas registradas esta semana cerca del límite semanal o por encima (las horas que lo superan se pagan como bonificación).</translation>
        </message>
        <message>
            <source>{used_minutes} logged this week of a {limit_minutes} limit ({used_percent}). Raise the limit or slow down.</source>
            <translation>{used_minutes} registradas esta semana de un límite de {limit_minutes} ({used_percent}). Suba el límite o reduzca el ritmo.</translation>
        </message>
        <message>
            <source>{used_minutes} logged this week, over the {limit_minutes} limit ({used_percent}): the extra hours are paid as a bonus.</source>
            <translation>{used_minutes} registradas esta semana, por encima del límite de {limit_minutes} ({used_percent}): las horas extra se pagan como bonificación.</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Registrado</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Límite</translation>
        </message>
        <message>
            <source>Warn at this share of the weekly limit</source>
            <translation>Avisar a partir de este porcentaje del límite semanal</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Retainer</source>
            <translation>Iguala</translation>
        </message>
        <message>
            <source>A retainer used far below what it buys, or due for renewal.</source>
            <translation>Una iguala que se usa muy por debajo de lo que compra, o que toca renovar.</translation>
        </message>
        <message>
            <source>Over the last {weeks} weeks they logged {logged_minutes} of the {bought_minutes} the retainer buys ({used_percent}, below {percent}).</source>
            <translation>En las últimas {weeks} semanas ha registrado {logged_minutes} de las {bought_minutes} que compra la iguala ({used_percent}, por debajo del {percent}).</translation>
        </message>
        <message>
            <source>The retainer ends on {end_date}: renew it (a new contract) or let it end.</source>
            <translation>La iguala termina el {end_date}: renuévela (con un contrato nuevo) o déjela terminar.</translation>
        </message>
        <message>
            <source>Under-used ({used_percent} of the hours it buys over {weeks} weeks) and due for renewal on {end_date}.</source>
            <translation>Infrautilizada ({used_percent} de las horas que compra en {weeks} semanas) y pendiente de renovación el {end_date}.</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Comprado</translation>
        </message>
        <message>
            <source>Weekly payment</source>
            <translation>Pago semanal</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Under-used below this share of the hours bought</source>
            <translation>Infrautilizada si baja de este porcentaje de las horas compradas</translation>
        </message>
        <message>
            <source>Over the last</source>
            <translation>En las últimas</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>Renewal due this many days before the end</source>
            <translation>Avisar de la renovación estos días antes del fin</translation>
        </message>
        <message>
            <source>Test project</source>
            <translation>Proyecto de prueba</translation>
        </message>
        <message>
            <source>A test project ended with no hiring decision.</source>
            <translation>Un proyecto de prueba terminado sin decisión de contratación.</translation>
        </message>
        <message>
            <source>The test project ended on {end_date}, {days_ago} ago, with no decision: hire or not?</source>
            <translation>El proyecto de prueba terminó el {end_date}, hace {days_ago}, sin ninguna decisión: ¿contratar o no?</translation>
        </message>
        <message>
            <source>Ask this many days after the end</source>
            <translation>Preguntar estos días después del fin</translation>
        </message>
        <message>
            <source>Document expiring</source>
            <translation>Documento a punto de caducar</translation>
        </message>
        <message>
            <source>An agreement, insurance or other document expiring soon.</source>
            <translation>Un acuerdo, un seguro u otro documento que caduca pronto.</translation>
        </message>
        <message>
            <source>“{document}” expires on {expires_on}, in {days_left}.</source>
            <translation>«{document}» caduca el {expires_on}, dentro de {days_left}.</translation>
        </message>
        <message>
            <source>“{document}” expired on {expires_on}, {days_ago} ago.</source>
            <translation>«{document}» caducó el {expires_on}, hace {days_ago}.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Caduca</translation>
        </message>
        <message>
            <source>Warn this many days before expiry</source>
            <translation>Avisar estos días antes de la caducidad</translation>
        </message>
        <message>
            <source>Rate revisit</source>
            <translation>Revisión de tarifa</translation>
        </message>
        <message>
            <source>The rate of someone you work with now was not revisited for a long time.</source>
            <translation>La tarifa de alguien con quien trabaja ahora no se revisa desde hace mucho tiempo.</translation>
        </message>
        <message>
            <source>Their rate was last set on {last_revisit}, more than {months} months ago.</source>
            <translation>Su tarifa se fijó por última vez el {last_revisit}, hace más de {months} meses.</translation>
        </message>
        <message>
            <source>Last set</source>
            <translation>Última revisión</translation>
        </message>
        <message>
            <source>Contract rate</source>
            <translation>Tarifa del contrato</translation>
        </message>
        <message>
            <source>Revisit after</source>
            <translation>Revisar al cabo de</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <source>Say thanks</source>
            <translation>Dar las gracias</translation>
        </message>
        <message>
            <source>A five-star review or an approved milestone with no appreciation since.</source>
            <translation>Una reseña de cinco estrellas o un hito aprobado sin ningún reconocimiento desde entonces.</translation>
        </message>
        <message>
            <source>You gave them five stars on {on} and have sent no appreciation since.</source>
            <translation>Le dio cinco estrellas el {on} y no le ha enviado ningún reconocimiento desde entonces.</translation>
        </message>
        <message>
            <source>You approved “{milestone}” on {on} and have sent no appreciation since.</source>
            <translation>Aprobó el hito «{milestone}» el {on} y no ha enviado ningún reconocimiento desde entonces.</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Look back this many days</source>
            <translation>Considerar los últimos</translation>
        </message>
        <message>
            <source>Stay in touch</source>
            <translation>Mantener el contacto</translation>
        </message>
        <message>
            <source>A favourite you have not been in touch with for longer than their stay-in-touch cadence (any message, call, meeting, feedback, check-in, thanks or payment resets it).</source>
            <translation>Un favorito con quien no ha tenido contacto durante más tiempo que su frecuencia de contacto (cualquier mensaje, llamada, reunión, valoración, seguimiento, agradecimiento o pago la reinicia).</translation>
        </message>
        <message>
            <source>No contact since {last_contact} ({days_ago}); you meant to be in touch every {cadence_days}.</source>
            <translation>Sin contacto desde el {last_contact} (hace {days_ago}); quería mantener el contacto cada {cadence_days}.</translation>
        </message>
        <message>
            <source>No contact logged since they were added on {last_contact}; you meant to be in touch every {cadence_days}.</source>
            <translation>No hay contactos registrados desde que se añadió el {last_contact}; quería mantener el contacto cada {cadence_days}.</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Frecuencia</translation>
        </message>
        <message>
            <source>Cadence when none is set for the person</source>
            <translation>Frecuencia si la persona no tiene ninguna</translation>
        </message>
        <message>
            <source>Classification risk</source>
            <translation>Riesgo de clasificación</translation>
        </message>
        <message>
            <source>A running contract whose answers and data look like employment, or one never checked that has run six months or averages 30 hours a week.</source>
            <translation>Un contrato en curso cuyas respuestas y datos parecen una relación laboral, o uno nunca comprobado que dura ya seis meses o tiene una media de 30 horas semanales.</translation>
        </message>
        <message>
            <source>Medium risk of looking like employment: {signals}.</source>
            <translation>Riesgo medio de parecer una relación laboral: {signals}.</translation>
        </message>
        <message>
            <source>High risk of looking like employment: {signals}.</source>
            <translation>Riesgo alto de parecer una relación laboral: {signals}.</translation>
        </message>
        <message>
            <source>Low risk: {signals}.</source>
            <translation>Riesgo bajo: {signals}.</translation>
        </message>
        <message>
            <source>Running for {tenure_days} at {avg_minutes} a week on average, and never checked: take the classification check.</source>
            <translation>En curso desde hace {tenure_days}, con una media de {avg_minutes} a la semana, y nunca comprobado: haga la comprobación de clasificación.</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Days running</source>
            <translation>Días en curso</translation>
        </message>
        <message>
            <source>Average a week</source>
            <translation>Media semanal</translation>
        </message>
        <message>
            <source>Show from this many risk points (3 medium, 6 high)</source>
            <translation>Mostrar a partir de estos puntos de riesgo (3 medio, 6 alto)</translation>
        </message>
        <message>
            <source>points</source>
            <translation>puntos</translation>
        </message>
        <message>
            <source>Open the workroom</source>
            <translation>Abrir la sala de trabajo</translation>
        </message>
        <message>
            <source>Open the person</source>
            <translation>Abrir la ficha de la persona</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Renovar…</translation>
        </message>
        <message>
            <source>Write the review…</source>
            <translation>Escribir la reseña…</translation>
        </message>
        <message>
            <source>Mark access revoked</source>
            <translation>Marcar el acceso como revocado</translation>
        </message>
        <message>
            <source>Log a raise…</source>
            <translation>Registrar un aumento…</translation>
        </message>
        <message>
            <source>Send thanks…</source>
            <translation>Dar las gracias…</translation>
        </message>
        <message>
            <source>Log a call or message…</source>
            <translation>Registrar una llamada o un mensaje…</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Contratar</translation>
        </message>
        <message>
            <source>Don't hire</source>
            <translation>No contratar</translation>
        </message>
        <message>
            <source>Classification check…</source>
            <translation>Comprobación de clasificación…</translation>
        </message>
        <message>
            <source>Mark the open items done</source>
            <translation>Marcar como hechos los elementos pendientes</translation>
        </message>
        <message>
            <source>Mark revoked or returned</source>
            <translation>Marcar como revocado o devuelto</translation>
        </message>
    </context>
    <context>
        <name>text</name>
        <message>
            <source>Working with {name}</source>
            <translation>Trabajar con {name}</translation>
        </message>
        <message>
            <source>Working with me</source>
            <translation>Trabajar conmigo</translation>
        </message>
        <message>
            <source>Figures from {start} to {end}</source>
            <translation>Cifras del {start} al {end}</translation>
        </message>
        <message>
            <source>How I work</source>
            <translation>Cómo trabajo</translation>
        </message>
        <message>
            <source>{start}–{end}, {days} ({zone})</source>
            <translation>{start}–{end}, {days} ({zone})</translation>
        </message>
        <message>
            <source>Monday to Friday</source>
            <translation>De lunes a viernes</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Horario laboral</translation>
        </message>
        <message>
            <source>Where I write</source>
            <translation>Dónde escribo</translation>
        </message>
        <message>
            <source>How I pay</source>
            <translation>Cómo pago</translation>
        </message>
        <message>
            <source>How long people stay</source>
            <translation>Cuánto tiempo se quedan</translation>
        </message>
        <message>
            <source>What professionals said</source>
            <translation>Lo que dicen los profesionales</translation>
        </message>
        <message>
            <source>No comment chosen to quote.</source>
            <translation>No se ha elegido ningún comentario para citar.</translation>
        </message>
        <message>
            <source>— {name}, {stars} of 5, {date}</source>
            <translation>— {name}, {stars} de 5, {date}</translation>
        </message>
    </context>
</TS>