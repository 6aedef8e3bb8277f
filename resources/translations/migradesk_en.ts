<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../migradesk/ui/about.py" line="34"/>
        <source>Acerca de MigraDesk</source>
        <translation>About MigraDesk</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/about.py" line="46"/>
        <source>Acompaña al Punto Focal en la certificación MigraCiudades Argentina (OIM – ONU Migración). Sus datos se guardan en este equipo y se sincronizan con el servidor de OIM cuando hay conexión.</source>
        <translation>Guides the Focal Point through the MigraCiudades Argentina certification (IOM – UN Migration). Your data is kept on this computer and synced with IOM&apos;s server whenever there is a connection.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/about.py" line="57"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/about.py" line="59"/>
        <source>Carpeta de datos</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/about.py" line="61"/>
        <source>(no se pudo escribir el registro)</source>
        <translation>(the log could not be written)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/about.py" line="63"/>
        <source>Registro</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/about.py" line="68"/>
        <source>Licencias y fuentes de datos</source>
        <translation>Licences and data sources</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/about.py" line="75"/>
        <source>Mostrar la carpeta de datos</source>
        <translation>Show the data folder</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/about.py" line="81"/>
        <source>Copiar los datos para soporte</source>
        <translation>Copy the details for support</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/about.py" line="83"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/about.py" line="95"/>
        <source>Copiado: péguelo en su mensaje a OIM (Ctrl+V).</source>
        <translation>Copied: paste it into your message to IOM (Ctrl+V).</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="76"/>
        <source>Solicitar acceso</source>
        <translation>Request access</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="82"/>
        <source>Enviar la inscripción a la OIM y pedir acceso</source>
        <translation>Send the application to IOM and request access</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="87"/>
        <source>Si su ciudad todavía no participa de MigraCiudades, envíe aquí su inscripción (formulario y carta de intención) a una convocatoria abierta y pida la cuenta de la persona Punto Focal. La OIM revisa la solicitud; cuando la apruebe, inicie sesión con el usuario y la contraseña que elija aquí. La contraseña no se guarda en este equipo.</source>
        <translation>If your city does not take part in MigraCiudades yet, send its application here (form and letter of intent) to an open call and request the focal point&apos;s account. IOM reviews the request; once it is approved, sign in with the username and password you choose here. The password is not stored on this computer.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="101"/>
        <source>https://servidor.ejemplo.org</source>
        <translation>https://server.example.org</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="102"/>
        <source>Buscar convocatorias</source>
        <translation>Find calls</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="122"/>
        <source>Servidor</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="123"/>
        <source>Convocatoria</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="126"/>
        <source>Usuario que pide</source>
        <translation>Requested username</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="128"/>
        <source>Letras minúsculas, dígitos y . _ @ + -</source>
        <translation>Lowercase letters, digits and . _ @ + -</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="131"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="132"/>
        <source>Repetir contraseña</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="133"/>
        <source>Nombre de contacto</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="134"/>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="135"/>
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="136"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="149"/>
        <source>Consultar estado</source>
        <translation>Check status</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="151"/>
        <source>Iniciar sesión</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="155"/>
        <source>Enviar otra solicitud</source>
        <translation>Send another request</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="172"/>
        <source>Enviar solicitud</source>
        <translation>Send request</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="177"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="195"/>
        <source>Solicitud enviada</source>
        <translation>Request sent</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="196"/>
        <source>Enviada el %1 a la convocatoria «%2» con el usuario «%3».</source>
        <translation>Sent on %1 to the call “%2” with the username “%3”.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="222"/>
        <source>Escriba la dirección del servidor (por ejemplo https://…).</source>
        <translation>Type the server&apos;s address (for example https://…).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="238"/>
        <source>%1 (hasta el %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="244"/>
        <source>La OIM no tiene convocatorias abiertas hoy.</source>
        <translation>IOM has no open calls today.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="250"/>
        <source>Busque las convocatorias del servidor y elija una.</source>
        <translation>Find the server&apos;s calls and choose one.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="252"/>
        <source>Escriba el usuario que pide.</source>
        <translation>Type the username you request.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="254"/>
        <source>La contraseña debe tener al menos %1 caracteres.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="258"/>
        <source>Las contraseñas no coinciden.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="260"/>
        <source>Escriba el nombre y el correo de contacto.</source>
        <translation>Type the contact name and email.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="277"/>
        <source>Revise el nombre y el correo de contacto.</source>
        <translation>Check the contact name and email.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="314"/>
        <source>Pendiente: la OIM revisa la solicitud.</source>
        <translation>Pending: IOM is reviewing the request.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="316"/>
        <source>Aprobada. Inicie sesión con el usuario «%1» y la contraseña que eligió.</source>
        <translation>Approved. Sign in with the username “%1” and the password you chose.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="318"/>
        <source>Rechazada. Motivo: %1</source>
        <translation>Rejected. Reason: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="321"/>
        <source>Solicitud de acceso de %1</source>
        <translation>Access request of %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="343"/>
        <source>No se pudo conectar con el servidor. Revise la dirección y la conexión; la inscripción sigue guardada en este equipo.</source>
        <translation>Could not connect to the server. Check the address and the connection; the application is still saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/access.py" line="350"/>
        <source>No se pudo enviar la solicitud: %1</source>
        <translation>The request could not be sent: %1</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="90"/>
        <source>Solicitudes de acceso</source>
        <translation>Access requests</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="91"/>
        <source>Corridas de la selección</source>
        <translation>Selection runs</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="92"/>
        <source>Consultar al servidor</source>
        <translation>Ask the server</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="93"/>
        <source>Aprobar</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="94"/>
        <source>Rechazar</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="95"/>
        <source>Motivo del rechazo (lo ve la ciudad)</source>
        <translation>Reason for the rejection (the city sees it)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="96"/>
        <source>Resultados en PDF…</source>
        <translation>Results as PDF…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="101"/>
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="102"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="103"/>
        <source>Recibida</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="104"/>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="111"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="105"/>
        <source>Observaciones</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="110"/>
        <source>Corrida</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="112"/>
        <source>Candidatas</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="113"/>
        <source>Seleccionadas</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="114"/>
        <source>Empates por decidir</source>
        <translation>Ties to decide</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="134"/>
        <source>la ciudad ya participa</source>
        <translation>the city already takes part</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="178"/>
        <source>Solicitud aprobada: la cuenta existe y la ciudad ya puede iniciar sesión.</source>
        <translation>Request approved: the account exists and the city can sign in now.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="187"/>
        <source>Escriba el motivo del rechazo: la ciudad lo verá.</source>
        <translation>Type the reason for the rejection: the city will see it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="189"/>
        <source>Solicitud rechazada.</source>
        <translation>Request rejected.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="204"/>
        <source>Guardar los resultados</source>
        <translation>Save the results</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/access_page.py" line="211"/>
        <source>Resultados guardados en %1.</source>
        <translation>Results saved in %1.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="98"/>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="99"/>
        <source>Nueva cuenta de una ciudad</source>
        <translation>New account of a city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="100"/>
        <source>Agregar una ciudad</source>
        <translation>Add a city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="101"/>
        <source>Usuario (minúsculas, dígitos y . _ @ + -)</source>
        <translation>Username (lowercase letters, digits and . _ @ + -)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="102"/>
        <source>Contraseña inicial</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="103"/>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="119"/>
        <source>Punto Focal</source>
        <translation>Focal Point</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="104"/>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="120"/>
        <source>Persona funcionaria</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="105"/>
        <source>Crear la cuenta</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="106"/>
        <source>Nueva contraseña</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="107"/>
        <source>Cambiar la contraseña</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="108"/>
        <source>Cerrar la sesión en todos sus equipos</source>
        <translation>Sign out of all its devices</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="109"/>
        <source>Código INDEC del gobierno local</source>
        <translation>The local government&apos;s INDEC code</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="110"/>
        <source>Agregar la ciudad</source>
        <translation>Add the city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="111"/>
        <source>Consultar al servidor</source>
        <translation>Ask the server</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="113"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="113"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="113"/>
        <source>Ciudades</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="113"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="121"/>
        <source>Revisión (OIM)</source>
        <translation>Review (IOM)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="122"/>
        <source>Administración</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="123"/>
        <source>CIPPEC</source>
        <translation>CIPPEC</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="148"/>
        <source>todas</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="149"/>
        <source>deshabilitada</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="149"/>
        <source>activa</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="180"/>
        <source>Escriba el usuario y la contraseña, y elija la ciudad.</source>
        <translation>Type the username and the password, and choose the city.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="183"/>
        <source>Cuenta «%1» creada: dé a la persona su usuario y su contraseña.</source>
        <translation>Account “%1” created: give the person their username and password.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="199"/>
        <source>Elija una cuenta y escriba la nueva contraseña.</source>
        <translation>Choose an account and type the new password.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="202"/>
        <source>Contraseña de «%1» cambiada: sus equipos deben iniciar sesión de nuevo.</source>
        <translation>Password of “%1” changed: its devices must sign in again.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="213"/>
        <source>Se cerró la sesión de «%1» en todos sus equipos.</source>
        <translation>“%1” was signed out of all its devices.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="223"/>
        <source>Escriba el código INDEC del gobierno local.</source>
        <translation>Type the local government&apos;s INDEC code.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/admin_page.py" line="228"/>
        <source>Ciudad %1 agregada: sincronice para verla en la tabla.</source>
        <translation>City %1 added: sync to see it in the table.</translation>
    </message>
</context>
<context>
    <name>AreasModel</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="84"/>
        <source>Nº</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="85"/>
        <source>Área a fortalecer</source>
        <translation>Area to strengthen</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="86"/>
        <source>Origen</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="87"/>
        <source>Importancia</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="88"/>
        <source>Urgencia</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="89"/>
        <source>Factibilidad</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="90"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="91"/>
        <source>Prioritaria</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="94"/>
        <source>De 1 (baja) a 5 (alta). Escriba el número en la celda.</source>
        <translation>From 1 (low) to 5 (high). Type the number in the cell.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="161"/>
        <source>Calificar «%1»</source>
        <translation>Rate “%1”</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="165"/>
        <source>El área necesita un nombre.</source>
        <translation>The area needs a name.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="168"/>
        <source>Renombrar «%1»</source>
        <translation>Rename “%1”</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="173"/>
        <source>Marcar «%1» como prioritaria</source>
        <translation>Mark “%1” as a priority</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_areas.py" line="175"/>
        <source>Quitar «%1» de las prioritarias</source>
        <translation>Remove “%1” from the priorities</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="42"/>
        <source>Nombre y apellido</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="42"/>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="42"/>
        <source>Función</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="157"/>
        <location filename="../../migradesk/ui/backup_dialog.py" line="161"/>
        <source>Copias de seguridad</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="163"/>
        <source>MigraDesk guarda una copia de sus datos cada día, antes de cada actualización y antes de cada restauración, en la carpeta «copias» de su carpeta de datos. Para protegerse de una falla del equipo, guarde además una copia en un pendrive o en otro disco.</source>
        <translation>MigraDesk saves a copy of your data every day, before each update and before each restore, in the “copias” folder of your data folder. To be safe from a failure of this computer, also save a copy to a USB stick or another disk.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="172"/>
        <source>Copias automáticas que se conservan de cada tipo:</source>
        <translation>Automatic copies kept of each kind:</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="182"/>
        <source>Mostrar la carpeta de copias</source>
        <translation>Show the backups folder</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="187"/>
        <source>Guardar una copia en…</source>
        <translation>Save a copy to…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="189"/>
        <source>Hacer una copia ahora</source>
        <translation>Make a copy now</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="192"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="201"/>
        <source>Guardar una copia de seguridad</source>
        <translation>Save a backup</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="203"/>
        <source>Copias de MigraDesk (*.sqlite3)</source>
        <translation>MigraDesk copies (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="211"/>
        <source>Copia guardada en %1</source>
        <translation>Copy saved in %1</translation>
    </message>
</context>
<context>
    <name>BadgeTree</name>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="166"/>
        <source>Etapa y tipo de registro</source>
        <translation>Step and kind of record</translation>
    </message>
</context>
<context>
    <name>CertifyCard</name>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="94"/>
        <source>Ceremonia y certificación (OIM)</source>
        <translation>Ceremony and certification (IOM)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="95"/>
        <source>Fecha de la ceremonia</source>
        <translation>Date of the ceremony</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="95"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="101"/>
        <source>Por ejemplo: Salón del Concejo Deliberante</source>
        <translation>For example: the council chamber</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="102"/>
        <source>Nota (opcional): autoridades presentes, etc.</source>
        <translation>Note (optional): authorities present, etc.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="104"/>
        <source>Invitado/a</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="104"/>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="104"/>
        <source>Cargo</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="106"/>
        <source>Agregar invitado/a</source>
        <translation>Add a guest</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="107"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="108"/>
        <source>Guardar lugar e invitados</source>
        <translation>Save the place and the guests</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="109"/>
        <source>Certificar…</source>
        <translation>Certify…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="110"/>
        <source>Exportar el certificado…</source>
        <translation>Export the certificate…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="131"/>
        <source>Certificada: ceremonia el %1.</source>
        <translation>Certified: ceremony on %1.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="134"/>
        <source>Todavía no certificada.</source>
        <translation>Not certified yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="171"/>
        <source>Escriba la fecha de la ceremonia (dd/mm/aaaa).</source>
        <translation>Type the date of the ceremony (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="175"/>
        <source>¿Certificar a la ciudad con la ceremonia del %1? Certifica el proceso, no la calidad de las políticas; la ciudad lo verá al sincronizar.</source>
        <translation>Certify the city with the ceremony of %1? It certifies the process, not the quality of the policies; the city will see it when it syncs.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="178"/>
        <source>Certificar</source>
        <translation>Certify</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="208"/>
        <source>Ciudad certificada: sale en la próxima sincronización.</source>
        <translation>City certified: it goes out with the next sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/certify_card.py" line="210"/>
        <source>Ceremonia guardada: sale en la próxima sincronización.</source>
        <translation>Ceremony saved: it goes out with the next sync.</translation>
    </message>
</context>
<context>
    <name>CitiesModel</name>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="73"/>
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="74"/>
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="75"/>
        <source>Paso actual</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="76"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="77"/>
        <source>Próximo vencimiento</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="78"/>
        <source>Por revisar</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="79"/>
        <source>Sin enviar</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="80"/>
        <source>Última conexión</source>
        <translation>Last connection</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="103"/>
        <source>Cuándo un equipo de la ciudad habló por última vez con el servidor</source>
        <translation>When a computer of the city last talked to the server</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="105"/>
        <source>Cambios de este equipo para la ciudad que todavía no se enviaron</source>
        <translation>This computer&apos;s changes for the city not sent yet</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="149"/>
        <source>certificada</source>
        <translation>certified</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="156"/>
        <source>%1 (vencido)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="163"/>
        <source>Certificación</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="168"/>
        <source>%1 en conflicto</source>
        <translation>%1 in conflict</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="170"/>
        <source>%1 rechazados</source>
        <translation>%1 rejected</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="192"/>
        <source>Lo próximo: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
<context>
    <name>CitiesPage</name>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_page.py" line="106"/>
        <source>Buscar una ciudad o una provincia…</source>
        <translation>Find a city or a province…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_page.py" line="107"/>
        <source>Buscar ciudades</source>
        <translation>Find cities</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_page.py" line="111"/>
        <source>Todas las regiones</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_page.py" line="116"/>
        <source>Solo con vencimientos atrasados</source>
        <translation>Only with overdue dates</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_page.py" line="117"/>
        <source>Solo con algo por revisar</source>
        <translation>Only with something to review</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_page.py" line="118"/>
        <source>Abrir la ciudad</source>
        <translation>Open the city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_page.py" line="119"/>
        <source>Fechas de las seleccionadas…</source>
        <translation>Dates of the selected ones…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_page.py" line="121"/>
        <source>Fijar el lanzamiento o el inicio de una fase para todas las seleccionadas</source>
        <translation>Set the launch or the start of a phase for all the selected ones</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_page.py" line="146"/>
        <source>%1 de %2 ciudades</source>
        <translation>%1 of %2 cities</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_page.py" line="146"/>
        <source>%2 ciudades</source>
        <translation>%2 cities</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="49"/>
        <source>Comentarios de OIM y CIPPEC</source>
        <translation>Comments by IOM and CIPPEC</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="78"/>
        <source>Comentario de CIPPEC para la ciudad…</source>
        <translation>CIPPEC&apos;s comment for the city…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="80"/>
        <source>Comentario de OIM para la ciudad…</source>
        <translation>IOM&apos;s comment for the city…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="82"/>
        <source>Nuevo comentario</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="83"/>
        <source>Comentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="85"/>
        <source>Responder a OIM…</source>
        <translation>Reply to IOM…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="86"/>
        <source>Respuesta a OIM</source>
        <translation>Reply to IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="87"/>
        <source>Responder</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="91"/>
        <source>CIPPEC</source>
        <translation>CIPPEC</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="93"/>
        <source>OIM</source>
        <translation>IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="94"/>
        <source>la ciudad</source>
        <translation>the city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="108"/>
        <source>Todavía no hay comentarios aquí.</source>
        <translation>No comments here yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="122"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_comments.py" line="161"/>
        <source>Punto focal</source>
        <translation>Focal point</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../migradesk/ui/widgets/forms.py" line="383"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="75"/>
        <source>No hay conflictos. Cuando otra persona cambie el mismo texto que usted, o elimine un registro que usted cambió, sin haber sincronizado, aparecerá aquí para que elija. También cuando un texto cambie en este equipo mientras usted lo edita: se guardan las dos versiones.</source>
        <translation>No conflicts. When someone else changes the same text as you, or deletes a record you changed, before you synced, it will appear here for you to choose. Also when a text changes on this computer while you are editing it: both versions are kept.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="103"/>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="207"/>
        <source>Mi versión</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="126"/>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="208"/>
        <source>Conservar el mío</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="129"/>
        <source>Combinar…</source>
        <translation>Combine…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="130"/>
        <source>Más tarde</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="156"/>
        <source>eliminado mientras lo editaba</source>
        <translation>deleted while you were editing it</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="158"/>
        <source>eliminado por otra persona</source>
        <translation>deleted by someone else</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="190"/>
        <source>Versión guardada en este equipo</source>
        <translation>Version saved on this computer</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="192"/>
        <source>Versión de OIM</source>
        <translation>IOM&apos;s version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="193"/>
        <source>Versión del otro equipo</source>
        <translation>The other team member&apos;s version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="215"/>
        <source>Conservar el guardado</source>
        <translation>Keep the saved one</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="217"/>
        <source>Conservar el de OIM</source>
        <translation>Keep IOM&apos;s</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="219"/>
        <source>Conservar el otro</source>
        <translation>Keep the other</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="221"/>
        <source>Descarta su versión (queda en el historial) y usa la otra.</source>
        <translation>Drops your version (it stays in the history) and uses the other one.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="228"/>
        <source>El texto cambió en este equipo (otra ventana, una sincronización o una copia restaurada) mientras usted lo editaba, el %1: se guardaron las dos versiones. Resaltado, lo que cambia entre ellas; la que no conserve queda en el historial.</source>
        <translation>The text changed on this computer (another window, a sync or a restored copy) while you were editing it, on %1: both versions were saved. Highlighted, what differs between them; the one you do not keep stays in the history.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="234"/>
        <source>Conflicto del %1. Resaltado, lo que cambia entre las dos versiones; la que no conserve queda en el historial.</source>
        <translation>Conflict of %1. Highlighted: what differs between the two versions; the one you do not keep stays in the history.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="244"/>
        <source>Este registro se eliminó mientras usted lo editaba. ¿Restaurarlo con sus cambios?</source>
        <translation>This record was deleted while you were editing it. Restore it with your changes?</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="247"/>
        <source>Otra persona eliminó este registro. ¿Restaurarlo con tus cambios?</source>
        <translation>Someone else deleted this record. Restore it with your changes?</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="249"/>
        <source>Sus datos en este equipo</source>
        <translation>Your data on this computer</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="251"/>
        <source>Restaurar con mis cambios</source>
        <translation>Restore with my changes</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="253"/>
        <source>Vuelve a crear el registro con sus datos; se enviará al sincronizar.</source>
        <translation>Creates the record again with your data; it will be sent when you sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="255"/>
        <source>Aceptar la eliminación</source>
        <translation>Accept the deletion</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="257"/>
        <source>El registro queda eliminado; sus cambios quedan en el historial.</source>
        <translation>The record stays deleted; your changes are kept in the history.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../migradesk/ui/crash.py" line="28"/>
        <source>MigraDesk: error inesperado</source>
        <translation>MigraDesk: unexpected error</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/crash.py" line="33"/>
        <location filename="../../migradesk/ui/session.py" line="104"/>
        <source>Ocurrió un error inesperado en MigraDesk</source>
        <translation>An unexpected error occurred in MigraDesk</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/crash.py" line="35"/>
        <source>Lo que ya figuraba como guardado está a salvo en este equipo; puede seguir trabajando. Si el problema se repite, copie este informe y envíelo a OIM, con una línea sobre lo que estaba haciendo.</source>
        <translation>What was shown as saved is safe on this computer; you can go on working. If the problem happens again, copy this report and send it to IOM, with a line about what you were doing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/crash.py" line="49"/>
        <source>Mostrar la carpeta de datos</source>
        <translation>Show the data folder</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/crash.py" line="55"/>
        <source>Copiar el informe</source>
        <translation>Copy the report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/crash.py" line="58"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/crash.py" line="66"/>
        <source>Informe copiado: péguelo en un correo para OIM (Ctrl+V).</source>
        <translation>Report copied: paste it into an e-mail to IOM (Ctrl+V).</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="192"/>
        <source>Se restauró la copia %1.</source>
        <translation>The copy %1 was restored.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="195"/>
        <source>El archivo anterior quedó en %1.</source>
        <translation>The previous file was kept in %1.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="216"/>
        <source>Va a salir de la ciudad de demostración. Lo que cambió en ella no se envía a ningún lado y queda en su carpeta propia para la próxima vez. Volverá a la bienvenida para elegir su ciudad (o a su ciudad, si ya la eligió).</source>
        <translation>You are leaving the demo city. What you changed in it is never sent anywhere and stays in its own folder for next time. You will go back to the welcome page to choose your city (or to your city, if you chose it already).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="223"/>
        <source>no tiene cambios por enviar</source>
        <translation>it has no changes to send</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="226"/>
        <source>su cambio por enviar se envía igual en la próxima sincronización</source>
        <translation>its change waiting to be sent is sent all the same at the next sync</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="230"/>
        <source>sus %1 cambios por enviar se envían igual en la próxima sincronización</source>
        <translation>its %1 changes waiting to be sent are sent all the same at the next sync</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="234"/>
        <source>%1 queda guardada en este equipo con todo lo cargado (%2). Elegirá otra ciudad en la bienvenida; para volver a %1, use otra vez Archivo ▸ Cambiar de ciudad… y elíjala en «Sus ciudades en este equipo».</source>
        <translation>%1 stays saved on this computer with everything entered (%2). You will choose another city on the welcome page; to come back to %1, use File ▸ Change city… again and choose it under “Your cities on this computer”.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="243"/>
        <location filename="../../migradesk/ui/data_actions.py" line="245"/>
        <source>Cambiar de ciudad</source>
        <translation>Change city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="162"/>
        <location filename="../../migradesk/ui/data_actions.py" line="246"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="111"/>
        <source>No se pudo guardar: %1 Lo que cambió (%2) espera en esta ventana: vuelva a intentar cuando el problema se haya resuelto.</source>
        <translation>Could not save: %1 What you changed (%2) waits in this window: try again once the problem is solved.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="118"/>
        <location filename="../../migradesk/ui/data_actions.py" line="158"/>
        <source>Reintentar</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="120"/>
        <source>Mostrar la carpeta de datos</source>
        <translation>Show the data folder</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="152"/>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="154"/>
        <source>%1 cambios no se pudieron guardar: %2 Si cierra ahora, se pierden.</source>
        <translation>%1 changes could not be saved: %2 If you close now, they are lost.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="160"/>
        <source>Cerrar sin guardarlos</source>
        <translation>Close without saving them</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="285"/>
        <source>Ciudad de demostración: Santa Rosa del Cerro es ficticia. Lo que cambie aquí no se envía a OIM.</source>
        <translation>Demo city: Santa Rosa del Cerro is fictional. Nothing you change here is sent to IOM.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/data_actions.py" line="289"/>
        <source>Elegir mi ciudad</source>
        <translation>Choose my city</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../migradesk/ui/widgets/dateedit.py" line="30"/>
        <location filename="../../migradesk/ui/widgets/dateedit.py" line="62"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/dateedit.py" line="45"/>
        <location filename="../../migradesk/ui/widgets/dateedit.py" line="46"/>
        <source>Elegir en el calendario</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="86"/>
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="182"/>
        <source>OIM fija el lanzamiento de la campaña y el inicio de cada fase. Los plazos de cada ciudad (los de la guía) se calculan desde esas fechas: aquí de inmediato, y en el equipo de la ciudad después de su próxima sincronización. Marque las ciudades, elija la fecha y aplíquela a todas juntas.</source>
        <translation>IOM sets the campaign&apos;s launch and the start of each phase. Each city&apos;s deadlines (the guide&apos;s) are computed from those dates: here at once, and on the city&apos;s computer after its next sync. Tick the cities, choose the date and apply it to all of them at once.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="188"/>
        <source>Las fechas que fija OIM para cada ciudad (solo lectura).</source>
        <translation>The dates IOM sets for each city (read only).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="192"/>
        <source>Fecha a fijar</source>
        <translation>Date to set</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="193"/>
        <source>Día</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="194"/>
        <source>Marcar todas</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="195"/>
        <source>Ninguna</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="217"/>
        <source>Aplicar a 1 ciudad</source>
        <translation>Apply to 1 city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="219"/>
        <source>Aplicar a %1 ciudades</source>
        <translation>Apply to %1 cities</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="235"/>
        <source>Escriba la fecha (dd/mm/aaaa).</source>
        <translation>Type the date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="251"/>
        <source>¿Fijar «%1» el %2 para 1 ciudad?</source>
        <translation>Set “%1” on %2 for 1 city?</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="253"/>
        <source>¿Fijar «%1» el %2 para %3 ciudades?</source>
        <translation>Set “%1” on %2 for %3 cities?</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="259"/>
        <source>Fijar la fecha</source>
        <translation>Set the date</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="288"/>
        <source>Fecha fijada para %1 ciudades: sale en la próxima sincronización.</source>
        <translation>Date set for %1 cities: it goes out with the next sync.</translation>
    </message>
</context>
<context>
    <name>Fase1Page</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="58"/>
        <source>Plazos</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="66"/>
        <source>Prefiera personas con poder de decisión y cuide la diversidad de género. El curso es obligatorio para el Punto Focal; para pasar a la Fase 2, todas las personas inscriptas deben completarlo.</source>
        <translation>Prefer people with decision-making power and mind gender diversity. The course is mandatory for the Focal Point; to move on to Phase 2, everyone enrolled must complete it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="80"/>
        <source>Personas inscriptas</source>
        <translation>People enrolled</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="96"/>
        <source>Agregar persona</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="98"/>
        <source>Quitar de la capacitación</source>
        <translation>Remove from the training</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="107"/>
        <source>Datos y avance</source>
        <translation>Details and progress</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="113"/>
        <source>Curso virtual autoadministrado de 4 módulos, con un cuestionario inicial y uno final. Registre quiénes lo hacen y cómo avanzan.</source>
        <translation>Self-paced online course of 4 modules, with an initial and a final questionnaire. Record who takes it and how they progress.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="120"/>
        <source>persona funcionaria</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="127"/>
        <source>Nombre y apellido</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="128"/>
        <source>Cargo</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="129"/>
        <source>Área</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="130"/>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="131"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="136"/>
        <location filename="../../migradesk/ui/pages/fase1.py" line="258"/>
        <source>Sin indicar</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="140"/>
        <source>Género</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="142"/>
        <source>Es el Punto Focal</source>
        <translation>Is the Focal Point</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="146"/>
        <source>Fecha de inscripción</source>
        <translation>Enrolment date</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="159"/>
        <source>Curso: fecha en que completó cada parte</source>
        <translation>Course: date each part was completed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="167"/>
        <source>Elija una persona de la lista o agregue una nueva.</source>
        <translation>Choose a person from the list or add a new one.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="195"/>
        <source>Quitar a %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="230"/>
        <source>La inscripción dura %1 semanas desde la confirmación; la fecha de inicio aún no está fijada.</source>
        <translation>Enrolment lasts %1 weeks from the confirmation; the start date is not set yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="243"/>
        <source>Curso: %1 semanas después de la inscripción.</source>
        <translation>Course: %1 weeks after enrolment.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="236"/>
        <source>Inscripción de personas funcionarias: del %1 al %2 (%3).</source>
        <translation>Enrolment of officials: from %1 to %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="249"/>
        <source>Curso: del %1 al %2 (%3).</source>
        <translation>Course: from %1 to %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="264"/>
        <source>%1 personas inscriptas · %2</source>
        <translation>%1 people enrolled · %2</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="267"/>
        <source>Todavía no hay personas inscriptas.</source>
        <translation>Nobody is enrolled yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="293"/>
        <source>cerrado</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="295"/>
        <source>vence hoy</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1.py" line="296"/>
        <source>faltan %1 días</source>
        <translation>%1 days left</translation>
    </message>
</context>
<context>
    <name>Fase2Page</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase2.py" line="64"/>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2.py" line="66"/>
        <source>Mostrar</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2.py" line="88"/>
        <source>autoevaluación</source>
        <translation>self-assessment</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2.py" line="105"/>
        <source>El diagnóstico propio de la ciudad: para cada indicador, si existe la medida y cómo. No es un puntaje; todo se guarda solo, en este equipo.</source>
        <translation>The city&apos;s own diagnosis: for each indicator, whether the measure exists and how. It is not a score; everything is saved automatically on this computer.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2.py" line="110"/>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2.py" line="120"/>
        <source>Enviar a OIM para revisión…</source>
        <translation>Send to IOM for review…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2.py" line="225"/>
        <source>%1 de %2 indicadores respondidos · %3 con medidas en marcha</source>
        <translation>%1 of %2 indicators answered · %3 with measures in place</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2_tree.py" line="27"/>
        <source>Todos los indicadores</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2_tree.py" line="28"/>
        <source>Sin responder</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2_tree.py" line="29"/>
        <source>Con comentarios de OIM</source>
        <translation>With IOM comments</translation>
    </message>
</context>
<context>
    <name>Fase3Page</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="186"/>
        <source>Reporte de evaluación</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="84"/>
        <source>Taller de diagnóstico</source>
        <translation>Diagnostic workshop</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="87"/>
        <source>Versiones y comparación</source>
        <translation>Versions and comparison</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="92"/>
        <source>reporte</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="98"/>
        <source>El workshop de diagnóstico con OIM y CIPPEC y el reporte de evaluación en seis secciones: versión preliminar, comentarios de OIM y CIPPEC, validación con CIPPEC y versión final. Todo se guarda solo.</source>
        <translation>The diagnosis workshop with IOM and CIPPEC and the six-section evaluation report: preliminary version, IOM&apos;s and CIPPEC&apos;s comments, validation with CIPPEC and final version. Everything saves itself.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="113"/>
        <source>Enviar versión final…</source>
        <translation>Send the final version…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="115"/>
        <source>Enviar versión preliminar a OIM…</source>
        <translation>Send the preliminary version to IOM…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="122"/>
        <source>Secciones</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="125"/>
        <source>Sección</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="125"/>
        <source>Palabras</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="128"/>
        <source>Secciones del reporte</source>
        <translation>Report sections</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="161"/>
        <source>Completar desde la autoevaluación</source>
        <translation>Fill in from the self-assessment</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="164"/>
        <source>Agrega al final las medidas en marcha y las áreas de vacancia de esta dimensión, según la autoevaluación. No borra nada de lo escrito.</source>
        <translation>Adds at the end the measures in place and the gaps of this dimension, from the self-assessment. Nothing already written is deleted.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="229"/>
        <source>Sección 2 · %1</source>
        <translation>Section 2 · %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3.py" line="307"/>
        <source>Reporte completo: %1 palabras en %2 secciones con texto</source>
        <translation>Whole report: %1 words in %2 sections with text</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="74"/>
        <source>desde %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="93"/>
        <source>sin responder</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="100"/>
        <source>Desde la autoevaluación (%1)</source>
        <translation>From the self-assessment (%1)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="104"/>
        <source>Acciones en marcha</source>
        <translation>Actions in place</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="105"/>
        <source>Áreas de vacancia</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="109"/>
        <source>Ninguna medida registrada en la autoevaluación.</source>
        <translation>No measure recorded in the self-assessment.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="113"/>
        <source>No se registraron vacancias en la autoevaluación.</source>
        <translation>No gaps recorded in the self-assessment.</translation>
    </message>
</context>
<context>
    <name>Fase4Page</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="79"/>
        <source>Áreas y priorización</source>
        <translation>Areas and prioritisation</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="80"/>
        <source>Plan de acción</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="81"/>
        <source>Cronograma</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="82"/>
        <source>Taller de planificación</source>
        <translation>Planning workshop</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="96"/>
        <source>Elija las áreas a fortalecer, califíquelas y escriba para las prioritarias los objetivos, las acciones y sus plazos. Después envíe el plan a OIM para su validación.</source>
        <translation>Choose the areas to strengthen, rate them and write the objectives, actions and deadlines of the priority ones. Then send the plan to IOM for validation.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="103"/>
        <source>Validación de OIM</source>
        <translation>IOM validation</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="107"/>
        <source>Cuando el plan esté completo, envíelo a OIM. Mientras OIM lo revisa no se puede editar.</source>
        <translation>When the plan is complete, send it to IOM. While IOM reviews it, it cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="112"/>
        <source>Enviar para validación…</source>
        <translation>Send for validation…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="129"/>
        <source>Áreas a fortalecer</source>
        <translation>Areas to strengthen</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="131"/>
        <source>Califique cada área de 1 (baja) a 5 (alta): escriba el número en la celda y pasa a la siguiente. Marque como prioritarias las que entran en el plan de acción.</source>
        <translation>Rate each area from 1 (low) to 5 (high): type the number in the cell and it moves to the next one. Mark as priority the areas that go into the action plan.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="138"/>
        <source>Áreas a fortalecer, de mayor a menor puntaje</source>
        <translation>Areas to strengthen, from highest to lowest score</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="146"/>
        <source>Otra área a fortalecer</source>
        <translation>Another area to strengthen</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="147"/>
        <source>Nueva área</source>
        <translation>New area</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="149"/>
        <location filename="../../migradesk/ui/pages/fase4.py" line="299"/>
        <source>Agregar</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="151"/>
        <source>Quitar área</source>
        <translation>Remove area</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="161"/>
        <source>Sugerencias</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="163"/>
        <source>Las áreas a fortalecer de la sección 5 del reporte y las dimensiones con indicadores sin medidas en la autoevaluación. Agréguelas con un clic.</source>
        <translation>The areas to strengthen from section 5 of the report and the dimensions with indicators without measures in the self-assessment. Add them with one click.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="182"/>
        <source>Taller de planificación estratégica</source>
        <translation>Strategic planning workshop</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="183"/>
        <source>El taller en que la ciudad acuerda el plan de acción, con OIM.</source>
        <translation>The workshop where the city agrees on the action plan, with IOM.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="189"/>
        <source>taller de planificación</source>
        <translation>planning workshop</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="193"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="197"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="201"/>
        <source>Notas y acuerdos</source>
        <translation>Notes and agreements</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="229"/>
        <source>Cronograma de las acciones</source>
        <translation>Schedule of the actions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="231"/>
        <source>Cada barra va del inicio al fin de la acción. En naranja, las acciones vencidas sin completar; en verde, las completadas. La línea roja es hoy.</source>
        <translation>Each bar runs from the start to the end of the action. In orange, overdue actions not completed; in green, completed ones. The red line is today.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="267"/>
        <source>%1 participantes registrados.</source>
        <translation>%1 participants registered.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="296"/>
        <source>Agregada</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="300"/>
        <source>Agregar «%1»</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="312"/>
        <source>Autoevaluación: %1 indicadores sin medidas</source>
        <translation>Self-assessment: %1 indicators without measures</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="316"/>
        <source>Reporte de evaluación, sección 5</source>
        <translation>Evaluation report, section 5</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="338"/>
        <source>Agregar el área «%1»</source>
        <translation>Add the area “%1”</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4.py" line="353"/>
        <source>Quitar el área «%1»</source>
        <translation>Remove the area “%1”</translation>
    </message>
</context>
<context>
    <name>Fase5Page</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="39"/>
        <source>Certificación MigraCiudades</source>
        <translation>MigraCiudades certification</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="50"/>
        <source>Requisitos</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="52"/>
        <source>Lo que OIM verifica antes de certificar. Cada requisito se calcula con los datos de la ciudad; el botón lleva a la etapa donde se completa.</source>
        <translation>What IOM checks before certifying. Each requirement is computed from the city&apos;s data; the button takes you to the step where it is completed.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="60"/>
        <source>Requisitos cumplidos</source>
        <translation>Requirements met</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="77"/>
        <source>Con el plan de acción validado y todas las fases cumplidas, OIM entrega el sello MigraCiudades en un acto público. Certifica el proceso, no la calidad de las políticas.</source>
        <translation>With the action plan validated and every phase completed, IOM awards the MigraCiudades seal at a public ceremony. It certifies the process, not the quality of the policies.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="89"/>
        <source>%1 de %2 requisitos cumplidos.</source>
        <translation>%1 of %2 requirements met.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="106"/>
        <source>Ciudad certificada el %1</source>
        <translation>City certified on %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="109"/>
        <source>Ceremonia de certificación: %1</source>
        <translation>Certification ceremony: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="112"/>
        <source>Fecha de certificación: pendiente</source>
        <translation>Certification date: pending</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="115"/>
        <source>OIM fijará la fecha y el lugar del acto público. Los requisitos están cumplidos.</source>
        <translation>IOM will set the date and place of the public ceremony. The requirements are met.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="118"/>
        <source>OIM fija la fecha y el lugar del acto cuando se cumplen todos los requisitos.</source>
        <translation>IOM sets the date and place of the ceremony once every requirement is met.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="123"/>
        <source>Lugar del acto: %1</source>
        <translation>Ceremony place: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="135"/>
        <source>Cumplido</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="136"/>
        <source>Espera a OIM</source>
        <translation>Waiting for IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="137"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase5.py" line="153"/>
        <source>Ir a %1</source>
        <translation>Go to %1</translation>
    </message>
</context>
<context>
    <name>Fase6Page</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="85"/>
        <source>El seguimiento del plan de acción: registre cada avance con su fecha, estado y porcentaje. Las acciones vencidas sin completar se marcan en naranja.</source>
        <translation>Follow-up of the action plan: record each step forward with its date, status and percentage. Overdue actions not completed are marked in orange.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="92"/>
        <source>Avance del plan</source>
        <translation>Progress of the plan</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="105"/>
        <source>Avance promedio de las acciones, según cada actualización</source>
        <translation>Average progress of the actions, after each update</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="114"/>
        <source>Acciones</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="146"/>
        <source>Acciones del plan</source>
        <translation>Actions of the plan</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="153"/>
        <source>El plan de acción todavía no tiene acciones. Se escriben en la Fase 4.</source>
        <translation>The action plan has no actions yet. They are written in Phase 4.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="160"/>
        <source>Seguimiento de la acción</source>
        <translation>Follow-up of the action</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="184"/>
        <source>Actualizaciones</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="198"/>
        <source>Nueva actualización</source>
        <translation>New update</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="202"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="206"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="211"/>
        <source>Porcentaje hecho</source>
        <translation>Percentage done</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="213"/>
        <source>Qué se hizo, qué falta, qué la demora</source>
        <translation>What was done, what is left, what delays it</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="214"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="216"/>
        <source>Agregar actualización</source>
        <translation>Add update</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="248"/>
        <source>Todas (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="249"/>
        <source>Vencidas (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="250"/>
        <source>En curso (%1)</source>
        <translation>In progress (%1)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="271"/>
        <source>El monitoreo empieza cuando OIM valida el plan de acción (Fase 4). Puede registrar avances desde ya.</source>
        <translation>Monitoring starts when IOM validates the action plan (Phase 4). You can record progress already.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="280"/>
        <source>Acciones en el plan</source>
        <translation>Actions in the plan</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="281"/>
        <source>Completadas</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="282"/>
        <source>En curso o demoradas</source>
        <translation>In progress or delayed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="283"/>
        <source>Vencidas sin completar</source>
        <translation>Overdue, not completed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="284"/>
        <source>Sin actualizaciones</source>
        <translation>Without updates</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="285"/>
        <source>Avance promedio</source>
        <translation>Average progress</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="300"/>
        <source>Cuenta cada acción completada con el 100 % y cada acción sin actualizaciones con el 0 %, y deja fuera las canceladas (criterio de MigraDesk; la guía no lo fija).</source>
        <translation>Counts each completed action as 100 % and each action without updates as 0 %, and leaves cancelled ones out (MigraDesk&apos;s rule; the guide does not set one).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="352"/>
        <source>Todavía no hay actualizaciones.</source>
        <translation>No updates yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="392"/>
        <source>Indique la fecha de la actualización.</source>
        <translation>Enter the date of the update.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="395"/>
        <source>La fecha no puede ser posterior a hoy.</source>
        <translation>The date cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6.py" line="406"/>
        <source>Actualizar «%1»</source>
        <translation>Update “%1”</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../migradesk/ui/guide.py" line="28"/>
        <source>Guía del proyecto MigraCiudades</source>
        <translation>MigraCiudades project guide</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/guide.py" line="35"/>
        <source>Lo que dice la guía del proyecto (OIM – ONU Migración) sobre esta etapa.</source>
        <translation>What the project guide (IOM – UN Migration) says about this step (in Spanish).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/guide.py" line="51"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="143"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="147"/>
        <source>Respuesta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="154"/>
        <source>Teclado: flechas o Alt+1 … Alt+5 para responder; Ctrl+↓ y Ctrl+↑ para pasar al indicador siguiente o anterior.</source>
        <translation>Keyboard: arrows or Alt+1 … Alt+5 to answer; Ctrl+↓ and Ctrl+↑ to go to the next or previous indicator.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="167"/>
        <source>Secretaría, dirección u oficina</source>
        <translation>Department, directorate or office</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="170"/>
        <source>Ordenanza, decreto, resolución, convenio…</source>
        <translation>Ordinance, decree, resolution, agreement…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="174"/>
        <source>aaaa</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="178"/>
        <source>Documentos, enlaces, registros que lo muestran</source>
        <translation>Documents, links, records that show it</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="181"/>
        <source>&amp;Descripción de la medida</source>
        <translation>&amp;Description of the measure</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="182"/>
        <source>Área &amp;responsable</source>
        <translation>&amp;Responsible area</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="183"/>
        <source>&amp;Instrumento legal</source>
        <translation>&amp;Legal instrument</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="184"/>
        <source>Desde el &amp;año</source>
        <translation>Since &amp;year</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="185"/>
        <source>&amp;Evidencia</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="197"/>
        <source>Grupos alcanzados por la medida</source>
        <translation>Groups the measure reaches</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="200"/>
        <source>Mujeres migrantes</source>
        <translation>Migrant women</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="201"/>
        <source>Niñas, niños y adolescentes</source>
        <translation>Children and adolescents</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="202"/>
        <source>Otros grupos vulnerables</source>
        <translation>Other vulnerable groups</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="206"/>
        <source>¿Cuáles? (personas mayores, LGBTIQ+, …)</source>
        <translation>Which ones? (older people, LGBTIQ+, …)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="215"/>
        <source>Vacancias, dudas, lo que falta para tener la medida</source>
        <translation>Gaps, questions, what is missing to have the measure</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="217"/>
        <source>&amp;Notas</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="222"/>
        <source>◀ Anterior</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="223"/>
        <source>Indicador anterior (Ctrl+↑)</source>
        <translation>Previous indicator (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="224"/>
        <source>Siguiente ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="225"/>
        <source>Indicador siguiente (Ctrl+↓)</source>
        <translation>Next indicator (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="277"/>
        <source>Dimensión %1 · %2 — indicador %3 de %4</source>
        <translation>Dimension %1 · %2 — indicator %3 of %4</translation>
    </message>
</context>
<context>
    <name>IndicatorTree</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase2_tree.py" line="119"/>
        <source>Indicadores de la autoevaluación</source>
        <translation>Self-assessment indicators</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2_tree.py" line="182"/>
        <source>%1 de %2 respondidos · %3 con medidas</source>
        <translation>%1 of %2 answered · %3 with measures</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2_tree.py" line="195"/>
        <source>Respondido</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2_tree.py" line="197"/>
        <source>Con comentarios de OIM</source>
        <translation>With IOM comments</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase2_tree.py" line="198"/>
        <source>Sin responder</source>
        <translation>Unanswered</translation>
    </message>
</context>
<context>
    <name>InicioPage</name>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="44"/>
        <source>Lo próximo</source>
        <translation>Next up</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="55"/>
        <source>Pendientes y vencidos</source>
        <translation>Due and overdue</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="66"/>
        <source>Comentarios de OIM por responder</source>
        <translation>IOM comments awaiting a reply</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="75"/>
        <source>Calendario del proceso</source>
        <translation>Process calendar</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="77"/>
        <source>Los plazos de la guía, calculados con las fechas que fija OIM. La línea roja marca el día de hoy.</source>
        <translation>The guide&apos;s deadlines, computed from the dates IOM sets. The red line marks today.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="86"/>
        <source>Autoevaluación</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="88"/>
        <source>Proporción de indicadores con medidas en marcha, por dimensión (sin contar los que no aplican).</source>
        <translation>Share of indicators with measures in place, by dimension (not counting those that do not apply).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="110"/>
        <source>Inicio</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="111"/>
        <location filename="../../migradesk/ui/pages/inicio.py" line="203"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="114"/>
        <source>El estado de la certificación MigraCiudades de su ciudad, de un vistazo.</source>
        <translation>Your city&apos;s MigraCiudades certification at a glance.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="146"/>
        <source>Etapa actual: %1 (%2)</source>
        <translation>Current step: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="154"/>
        <source>La ciudad está certificada y no quedan acciones pendientes.</source>
        <translation>The city is certified and no actions are pending.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="161"/>
        <source>A cargo de %1.</source>
        <translation>Up to %1.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="164"/>
        <location filename="../../migradesk/ui/pages/inicio.py" line="178"/>
        <source>Ir a %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="176"/>
        <source>Ir</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="197"/>
        <source>No hay comentarios esperando respuesta.</source>
        <translation>No comments are waiting for a reply.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="212"/>
        <source>Ver y responder</source>
        <translation>View and reply</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inicio.py" line="219"/>
        <source>y %1 más.</source>
        <translation>and %1 more.</translation>
    </message>
</context>
<context>
    <name>InscripcionPage</name>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="61"/>
        <source>gobierno local</source>
        <translation>local government</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="63"/>
        <source>inscripción</source>
        <translation>application</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="66"/>
        <source>punto focal</source>
        <translation>focal point</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="78"/>
        <source>Formulario de inscripción y carta de intención. Se completa en las %1 semanas de la convocatoria; todo se guarda solo, en este equipo.</source>
        <translation>Application form and letter of intent. It is completed within the %1 weeks of the call; everything saves itself on this computer.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="121"/>
        <source>Gobierno local</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="122"/>
        <source>Datos del registro de gobiernos locales. Corríjalos si no son correctos.</source>
        <translation>Data from the register of local governments. Correct them if they are wrong.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="124"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="126"/>
        <source>Tipo de gobierno local</source>
        <translation>Type of local government</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="127"/>
        <source>Municipio, Comuna, Comisión de fomento…</source>
        <translation>Municipio, Comuna, Comisión de fomento…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="129"/>
        <source>Departamento o partido</source>
        <translation>Department or partido</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="130"/>
        <source>Población (Censo 2010)</source>
        <translation>Population (2010 Census)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="132"/>
        <source>Nacidos en el extranjero (Censo 2010)</source>
        <translation>Born abroad (2010 Census)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="135"/>
        <source>Es ciudad fronteriza</source>
        <translation>Is a border city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="136"/>
        <source>Es cabecera de departamento</source>
        <translation>Is the head town of its department</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="145"/>
        <source>Sección 1 · Características generales de la ciudad</source>
        <translation>Section 1 · General characteristics of the city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="146"/>
        <source>Población actual estimada</source>
        <translation>Estimated current population</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="147"/>
        <source>Superficie (km²)</source>
        <translation>Area (km²)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="149"/>
        <source>Población migrante estimada</source>
        <translation>Estimated migrant population</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="152"/>
        <source>Principales países de origen</source>
        <translation>Main countries of origin</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="153"/>
        <source>Bolivia, Paraguay, Perú…</source>
        <translation>Bolivia, Paraguay, Peru…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="156"/>
        <source>Principales actividades económicas</source>
        <translation>Main economic activities</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="158"/>
        <source>Dirección del municipio</source>
        <translation>Municipal address</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="159"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="161"/>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="162"/>
        <source>nombre@municipio.gob.ar</source>
        <translation>name@municipio.gob.ar</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="164"/>
        <source>Sitio web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="166"/>
        <source>Contexto migratorio</source>
        <translation>Migration context</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="167"/>
        <source>Quiénes llegan, desde cuándo, a qué barrios, con qué necesidades.</source>
        <translation>Who arrives, since when, to which neighbourhoods, with what needs.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="173"/>
        <source>Sección 2 · Decisiones de política migratoria</source>
        <translation>Section 2 · Migration policy decisions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="175"/>
        <source>Lo que la ciudad hizo y hace hoy. Las ciudades sin estructuras o con estructuras incipientes también pueden inscribirse.</source>
        <translation>What the city has done and does today. Cities without structures, or with incipient ones, can also apply.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="180"/>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="186"/>
        <source>Sin responder</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="181"/>
        <source>No existe</source>
        <translation>Does not exist</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="182"/>
        <source>Incipiente</source>
        <translation>Incipient</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="183"/>
        <source>Consolidada</source>
        <translation>Established</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="187"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="188"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="192"/>
        <source>Área o persona responsable de la política migratoria local</source>
        <translation>Office or person responsible for local migration policy</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="194"/>
        <source>Programas locales específicos para personas migrantes</source>
        <translation>Local programmes specifically for migrants</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="196"/>
        <source>Convenios con otros niveles de gobierno, organismos internacionales u ONG</source>
        <translation>Agreements with other levels of government, international organisations or NGOs</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="198"/>
        <source>Medidas sistemáticas para personas migrantes en los últimos dos años</source>
        <translation>Systematic measures for migrants in the last two years</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="200"/>
        <source>Situaciones que demandan un área migratoria que hoy no existe</source>
        <translation>Situations that call for a migration office that does not exist yet</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="207"/>
        <source>Descríbalo brevemente</source>
        <translation>Describe it briefly</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="218"/>
        <source>Carta de intención</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="220"/>
        <source>Firmada por el/la intendente/a: expresa la voluntad de participar en la certificación y nombra al Punto Focal.</source>
        <translation>Signed by the mayor: states the will to take part in the certification and names the Focal Point.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="225"/>
        <source>Intendente/a</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="226"/>
        <source>Cargo con que firma</source>
        <translation>Title used to sign</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="227"/>
        <source>Fecha de firma</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="229"/>
        <source>Punto Focal: nombre y apellido</source>
        <translation>Focal Point: full name</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="232"/>
        <source>Cargo del Punto Focal</source>
        <translation>Focal Point&apos;s post</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="233"/>
        <source>Correo del Punto Focal</source>
        <translation>Focal Point&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="235"/>
        <source>Teléfono del Punto Focal</source>
        <translation>Focal Point&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="237"/>
        <source>Exportar carta para firmar…</source>
        <translation>Export letter for signature…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="247"/>
        <source>Envío a OIM</source>
        <translation>Sending to IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="249"/>
        <source>Con el formulario y la carta completos, envíelos a OIM: MigraDesk dice qué falta antes de enviar.</source>
        <translation>Once the form and the letter are complete, send them to IOM: MigraDesk says what is missing before sending.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="255"/>
        <source>Enviar a OIM…</source>
        <translation>Send to IOM…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="268"/>
        <source>Si la ciudad es seleccionada: nota del/de la intendente/a que ratifica al Punto Focal y compromete las seis fases, dentro de los %1 días hábiles.</source>
        <translation>If the city is selected: the mayor&apos;s note ratifying the focal point and committing to the six phases, within %1 business days.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/inscripcion.py" line="265"/>
        <source>Nota de confirmación enviada el</source>
        <translation>Confirmation note sent on</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="234"/>
        <source>MigraDesk</source>
        <translation>MigraDesk</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="240"/>
        <source>Abriendo los datos de la ciudad…</source>
        <translation>Opening the city&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="241"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="242"/>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="243"/>
        <source>&amp;Preferencias</source>
        <translation>&amp;Preferences</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="244"/>
        <source>&amp;Idioma</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="245"/>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="246"/>
        <source>Exportar esta etapa a PDF…</source>
        <translation>Export this step to PDF…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="247"/>
        <source>Exportar a &amp;PDF</source>
        <translation>Export to &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="250"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="251"/>
        <source>&amp;Deshacer</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="252"/>
        <source>&amp;Rehacer</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="253"/>
        <source>&amp;Buscar…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="254"/>
        <source>&amp;Acerca de MigraDesk</source>
        <translation>&amp;About MigraDesk</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="255"/>
        <source>&amp;Guía de esta etapa</source>
        <translation>&amp;Guide for this step</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="256"/>
        <source>&amp;Mostrar la carpeta de datos</source>
        <translation>&amp;Show the data folder</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="257"/>
        <source>&amp;Copia de seguridad…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="258"/>
        <source>&amp;Restaurar una copia…</source>
        <translation>&amp;Restore a copy…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="259"/>
        <source>Cambiar de &amp;ciudad…</source>
        <translation>Change &amp;city…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="262"/>
        <source>Última sincronización: —</source>
        <translation>Last sync: —</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="303"/>
        <source>%1 — %2 — MigraDesk</source>
        <translation>%1 — %2 — MigraDesk</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="420"/>
        <source>Espacio de trabajo — MigraDesk</source>
        <translation>Workspace — MigraDesk</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="459"/>
        <source>No se pudo guardar: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="461"/>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="463"/>
        <source>Guardado en este equipo</source>
        <translation>Saved on this computer</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="466"/>
        <source>Nada por enviar</source>
        <translation>Nothing to send</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="468"/>
        <source>1 cambio por enviar</source>
        <translation>1 change to send</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="470"/>
        <source>%1 cambios por enviar</source>
        <translation>%1 changes to send</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="477"/>
        <source>El texto había cambiado en este equipo mientras lo editaba: se guardaron las dos versiones. Elija cuál conservar en Sincronización ▸ Panel (Conflictos).</source>
        <translation>The text had changed on this computer while you were editing it: both versions were saved. Choose which one to keep in Sync ▸ Sync panel (Conflicts).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/main_window.py" line="551"/>
        <source>Exporta: %1</source>
        <translation>Exports: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="291"/>
        <source>Combinar las dos versiones</source>
        <translation>Combine the two versions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="302"/>
        <source>El texto tiene su versión y, debajo, la %1. Edítelo hasta que quede como debe ser y guarde: se enviará en la próxima sincronización.</source>
        <translation>The text holds your version and, below it, %1. Edit it until it is right and save: it will be sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="313"/>
        <source>Guardar el texto combinado</source>
        <translation>Save the combined text</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/conflicts.py" line="316"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase6_model.py" line="75"/>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6_model.py" line="76"/>
        <source>Área responsable</source>
        <translation>Responsible area</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6_model.py" line="77"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6_model.py" line="78"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6_model.py" line="79"/>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6_model.py" line="80"/>
        <source>Última actualización</source>
        <translation>Last update</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6_model.py" line="93"/>
        <source>Pasó la fecha de fin y la acción no está completada.</source>
        <translation>The end date has passed and the action is not completed.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase6_model.py" line="121"/>
        <source>%1 · vencida</source>
        <translation>%1 · overdue</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../migradesk/ui/pdf_export.py" line="73"/>
        <source>Espere: todavía se está exportando «%1».</source>
        <translation>Please wait: “%1” is still being exported.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_export.py" line="101"/>
        <source>Exportar «%1» a PDF</source>
        <translation>Export “%1” to PDF</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_export.py" line="103"/>
        <source>Documentos PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_export.py" line="134"/>
        <source>Exportando «%1»…</source>
        <translation>Exporting “%1”…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_export.py" line="148"/>
        <source>PDF guardado: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_export.py" line="154"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_export.py" line="155"/>
        <source>Mostrar carpeta</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_export.py" line="156"/>
        <location filename="../../migradesk/ui/pdf_export.py" line="172"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_export.py" line="170"/>
        <source>No se pudo exportar el PDF. %1</source>
        <translation>The PDF could not be exported. %1</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="85"/>
        <source>Plan de acción</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="100"/>
        <source>Agregar objetivo</source>
        <translation>Add objective</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="101"/>
        <source>Agregar acción</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="102"/>
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="103"/>
        <source>Bajar</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="104"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="110"/>
        <source>Mover arriba (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="111"/>
        <source>Mover abajo (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="124"/>
        <source>Seleccione un área para agregarle un objetivo, o un objetivo para agregarle acciones. Doble clic, Intro o F2 editan la celda; Supr la vacía.</source>
        <translation>Select an area to add an objective to it, or an objective to add actions to it. Double click, Enter or F2 edit the cell; Delete empties it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="133"/>
        <source>Todavía no hay áreas prioritarias. Márquelas en la pestaña «Áreas y priorización» para escribir sus objetivos y acciones.</source>
        <translation>There are no priority areas yet. Mark them in the “Areas and prioritisation” tab to write their objectives and actions.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="161"/>
        <source>Recursos, indicador y meta de la acción</source>
        <translation>Resources, indicator and target of the action</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="167"/>
        <source>Recursos</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="168"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="169"/>
        <source>Meta</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="177"/>
        <source>Seleccione una acción para ver y escribir sus recursos, indicador y meta.</source>
        <translation>Select an action to see and write its resources, indicator and target.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="256"/>
        <source>Nuevo objetivo</source>
        <translation>New objective</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_plan.py" line="260"/>
        <source>Nueva acción</source>
        <translation>New action</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="196"/>
        <source>Objetivo / acción</source>
        <translation>Objective / action</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="197"/>
        <source>Área responsable</source>
        <translation>Responsible area</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="198"/>
        <source>Socios</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="199"/>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="200"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="201"/>
        <source>Recursos</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="202"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="203"/>
        <source>Meta</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="192"/>
        <source>Sincronización</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="264"/>
        <source>Área: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="288"/>
        <source>El título no puede quedar vacío.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="293"/>
        <source>La fecha de fin no puede ser anterior a la de inicio.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="299"/>
        <source>Editar «%1»</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="315"/>
        <source>Agregar objetivo</source>
        <translation>Add objective</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="330"/>
        <source>Agregar acción</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="355"/>
        <source>Quitar «%1»</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase4_model.py" line="375"/>
        <source>Mover «%1»</source>
        <translation>Move “%1”</translation>
    </message>
</context>
<context>
    <name>PuntoFocalPage</name>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="55"/>
        <source>La persona que el/la intendente/a designó como responsable de la certificación. Si deja el cargo, registre aquí a quien la reemplaza: el trabajo de la ciudad continúa.</source>
        <translation>The person the mayor appointed as responsible for the certification. If they leave, record their replacement here: the city&apos;s work carries on.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="62"/>
        <source>Punto Focal actual</source>
        <translation>Current Focal Point</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="65"/>
        <source>punto focal</source>
        <translation>focal point</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="68"/>
        <source>Nombre y apellido</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="69"/>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="109"/>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="283"/>
        <source>Cargo</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="70"/>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="110"/>
        <source>Área o secretaría</source>
        <translation>Office or department</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="71"/>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="111"/>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="72"/>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="112"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="82"/>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="224"/>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="319"/>
        <source>Reemplazar al Punto Focal</source>
        <translation>Replace the Focal Point</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="85"/>
        <source>Cuando el Punto Focal deja el cargo (fin de funciones, cambio de gestión, reestructuración), el/la intendente/a envía a OIM una nota que nombra a la nueva persona con su cargo y contacto.</source>
        <translation>When the Focal Point leaves (end of term, change of administration, restructuring), the mayor sends IOM a note naming the new person, with their post and contact details.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="92"/>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="320"/>
        <source>Reemplazar al Punto Focal…</source>
        <translation>Replace the Focal Point…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="94"/>
        <source>Exportar nota de sustitución para firmar…</source>
        <translation>Export the replacement note for signature…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="108"/>
        <source>Nombre y apellido de la nueva persona</source>
        <translation>Full name of the new person</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="118"/>
        <source>Fecha del reemplazo</source>
        <translation>Date of replacement</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="123"/>
        <source>Fin de sus funciones</source>
        <translation>End of term</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="124"/>
        <source>Cambio de gestión</source>
        <translation>Change of administration</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="125"/>
        <source>Reestructuración del municipio</source>
        <translation>Restructuring of the municipality</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="131"/>
        <source>Elija o escriba el motivo</source>
        <translation>Choose or type the reason</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="132"/>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="286"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="136"/>
        <source>Nota del/de la intendente/a</source>
        <translation>Mayor&apos;s note</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="138"/>
        <source>Fecha de la nota que nombra a la nueva persona (si ya la firmó).</source>
        <translation>Date of the note naming the new person (if already signed).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="140"/>
        <source>Inscribirla en la capacitación de la Fase 1</source>
        <translation>Enrol them in the Phase 1 training</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="147"/>
        <source>Registrar el reemplazo</source>
        <translation>Record the replacement</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="150"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="182"/>
        <source>Escriba el nombre de la nueva persona.</source>
        <translation>Type the new person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="194"/>
        <source>Indique la fecha del reemplazo.</source>
        <translation>Give the date of the replacement.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="198"/>
        <source>Indique el motivo del reemplazo.</source>
        <translation>Give the reason for the replacement.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="231"/>
        <source>Se registró a %1 como Punto Focal desde el %2. Todo el trabajo de la ciudad sigue disponible.</source>
        <translation>%1 was recorded as Focal Point from %2. All of the city&apos;s work is still available.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="238"/>
        <source>Exportar la nota para firmar…</source>
        <translation>Export the note for signature…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="239"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="277"/>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="282"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="284"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="285"/>
        <source>Hasta</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="308"/>
        <source>Todavía no hay un Punto Focal registrado.</source>
        <translation>No Focal Point has been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="309"/>
        <source>Designar al Punto Focal</source>
        <translation>Appoint the Focal Point</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="310"/>
        <source>Designar al Punto Focal…</source>
        <translation>Appoint the Focal Point…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="312"/>
        <source>fecha sin registrar</source>
        <translation>date not recorded</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="313"/>
        <source>En funciones desde el %1.</source>
        <translation>In office since %1.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="315"/>
        <source>Nota de designación del %1.</source>
        <translation>Appointment note dated %1.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="327"/>
        <source>Disponible cuando se registra el reemplazo de un Punto Focal.</source>
        <translation>Available once the replacement of a Focal Point is recorded.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/punto_focal.py" line="336"/>
        <source>actual</source>
        <translation>current</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../migradesk/ui/workspace/queue_page.py" line="36"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/queue_page.py" line="37"/>
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/queue_page.py" line="38"/>
        <source>Qué</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/queue_page.py" line="39"/>
        <source>A cargo de</source>
        <translation>Whose</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/queue_page.py" line="40"/>
        <source>Enviado el</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/queue_page.py" line="71"/>
        <source>sin plazo en la guía</source>
        <translation>no deadline in the guide</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/queue_page.py" line="73"/>
        <source>%1 (vencido)</source>
        <translation>%1 (overdue)</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../migradesk/ui/workspace/queue_page.py" line="121"/>
        <source>Lo que las ciudades esperan de CIPPEC: los reportes por comentar y los comentarios por validar. Doble clic abre la ciudad en esa etapa.</source>
        <translation>What the cities wait for from CIPPEC: reports to comment on and comments to validate. A double click opens the city at that step.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/queue_page.py" line="126"/>
        <source>Lo que las ciudades esperan de OIM, por sus propios plazos: la autoevaluación se revisa en la semana 11 de la Fase 2 y el reporte dentro de las 3 semanas de su entrega. Doble clic abre la ciudad en esa etapa.</source>
        <translation>What the cities wait for from IOM, by IOM&apos;s own deadlines: the self-assessment is reviewed in week 11 of Phase 2 and the report within 3 weeks of its delivery. A double click opens the city at that step.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/queue_page.py" line="131"/>
        <source>Nada espera su revisión en este momento.</source>
        <translation>Nothing waits for your review at the moment.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="95"/>
        <source>Ocurrió un error inesperado al abrir los datos de la ciudad. Lo que ya estaba guardado sigue en su carpeta de datos. Vea el informe del error para enviarlo a OIM, o elija cómo seguir.</source>
        <translation>An unexpected error occurred while opening the city&apos;s data. What was saved is still in your data folder. See the error report to send it to IOM, or choose how to go on.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="102"/>
        <source>Carpeta de datos: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="107"/>
        <source>Reintentar</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="109"/>
        <source>Restaurar una copia de seguridad…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="112"/>
        <source>Empezar con un archivo nuevo</source>
        <translation>Start with a new file</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="114"/>
        <source>Usar otra carpeta de datos…</source>
        <translation>Use another data folder…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="116"/>
        <source>Mostrar la carpeta de datos</source>
        <translation>Show the data folder</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="119"/>
        <source>Ver el informe del error</source>
        <translation>See the error report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="121"/>
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="194"/>
        <source>Elegir la carpeta de datos</source>
        <translation>Choose the data folder</translation>
    </message>
</context>
<context>
    <name>RejectedView</name>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="51"/>
        <source>El servidor aceptó todos los cambios enviados.</source>
        <translation>The server accepted every change sent.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="60"/>
        <source>Motivo que dio el servidor</source>
        <translation>The server&apos;s reason</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="70"/>
        <source>El cambio sigue guardado en este equipo. «Reintentar» lo envía de nuevo en la próxima sincronización (por ejemplo, después de que OIM corrija un permiso); «Descartar» vuelve al valor anterior y guarda el suyo en el historial.</source>
        <translation>The change is still saved on this computer. “Retry” sends it again with the next sync (for example after IOM fixes a permission); “Discard” goes back to the previous value and keeps yours in the history.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="78"/>
        <source>Reintentar</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="80"/>
        <source>Descartar…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="141"/>
        <source>¿Descartar este cambio? Su valor queda guardado en el historial.</source>
        <translation>Discard this change? Its value stays in the history.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="142"/>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>ReportDiff</name>
    <message>
        <location filename="../../migradesk/ui/widgets/report_diff.py" line="59"/>
        <source>%1 palabras agregadas, %2 quitadas</source>
        <translation>%1 words added, %2 removed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_diff.py" line="61"/>
        <source>(sección vacía)</source>
        <translation>(empty section)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_diff.py" line="68"/>
        <source>Las dos versiones tienen el mismo texto.</source>
        <translation>Both versions have the same text.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_diff.py" line="73"/>
        <source>texto agregado</source>
        <translation>added text</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_diff.py" line="74"/>
        <source>texto quitado</source>
        <translation>removed text</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_diff.py" line="81"/>
        <source>Sin cambios: %1.</source>
        <translation>Unchanged: %1.</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../../migradesk/ui/widgets/report_editor.py" line="59"/>
        <source>1 palabra</source>
        <translation>1 word</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_editor.py" line="60"/>
        <source>%1 palabras</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_editor.py" line="105"/>
        <source>Negrita</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_editor.py" line="106"/>
        <source>Cursiva</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_editor.py" line="107"/>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_editor.py" line="108"/>
        <source>Lista numerada</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/report_editor.py" line="109"/>
        <source>Título</source>
        <translation>Heading</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="67"/>
        <location filename="../../migradesk/ui/backup_dialog.py" line="71"/>
        <source>Restaurar una copia de seguridad</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="73"/>
        <source>Elija la copia a restaurar. Se guardan solas: una por día, antes de cada actualización y antes de cada restauración.</source>
        <translation>Choose the copy to restore. They are made by themselves: one a day, before each update and before each restore.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="80"/>
        <source>Elegir otro archivo…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="91"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="93"/>
        <source>Restaurar esta copia</source>
        <translation>Restore this copy</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="105"/>
        <source>No hay copias en %1.</source>
        <translation>There are no copies in %1.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="116"/>
        <source>Elegir una copia de seguridad</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/backup_dialog.py" line="118"/>
        <source>Copias de MigraDesk (*.sqlite3);;Todos los archivos (*)</source>
        <translation>MigraDesk copies (*.sqlite3);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="79"/>
        <source>Revisión de CIPPEC</source>
        <translation>CIPPEC&apos;s review</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="79"/>
        <source>Revisión de OIM</source>
        <translation>IOM&apos;s review</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="80"/>
        <source>Nota para la ciudad (opcional)</source>
        <translation>Note for the city (optional)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="81"/>
        <source>Nota para la ciudad</source>
        <translation>Note for the city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="87"/>
        <source>Marcar como recibido</source>
        <translation>Mark as received</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="89"/>
        <source>Devolver con observaciones</source>
        <translation>Return with observations</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="91"/>
        <source>Validar los comentarios</source>
        <translation>Validate the comments</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="93"/>
        <source>Dar la inscripción por recibida</source>
        <translation>Accept the application as received</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="94"/>
        <source>Dar la autoevaluación por revisada</source>
        <translation>Mark the self-assessment as reviewed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="95"/>
        <source>Aprobar la versión final</source>
        <translation>Approve the final version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="96"/>
        <source>Validar el plan de acción</source>
        <translation>Validate the action plan</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="102"/>
        <source>enviado por la ciudad</source>
        <translation>sent by the city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="103"/>
        <source>recibido</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="104"/>
        <source>con observaciones</source>
        <translation>with observations</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="105"/>
        <source>comentarios validados</source>
        <translation>comments validated</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="106"/>
        <source>aprobado</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="119"/>
        <source>%1 (desde el %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="151"/>
        <source>¿Registrar que recibió el envío de la ciudad?</source>
        <translation>Record that you received the city&apos;s sending?</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="153"/>
        <source>¿Devolver con observaciones? La ciudad vuelve a poder editarlo y ve sus comentarios al sincronizar.</source>
        <translation>Return it with observations? The city can edit it again and sees your comments when it syncs.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="157"/>
        <source>¿Validar los comentarios con la ciudad? Después la ciudad envía la versión final.</source>
        <translation>Validate the comments with the city? The city then sends the final version.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="159"/>
        <source>¿Confirmar? La ciudad lo verá al sincronizar.</source>
        <translation>Confirm? The city will see it when it syncs.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/review_card.py" line="182"/>
        <source>Guardado: sale en la próxima sincronización y llega a la ciudad en la suya.</source>
        <translation>Saved: it goes out with the next sync and reaches the city with its own.</translation>
    </message>
</context>
<context>
    <name>Sender</name>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="38"/>
        <source>¿Enviar la inscripción a OIM? Mientras OIM la recibe no se podrá editar.</source>
        <translation>Send the application to IOM? Until IOM receives it, it cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="41"/>
        <source>¿Enviar la autoevaluación a OIM? Mientras OIM la revisa no se podrá editar.</source>
        <translation>Send the self-assessment to IOM? While IOM reviews it, it cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="44"/>
        <source>¿Enviar el texto actual a OIM como versión preliminar? Se guarda una copia numerada y el reporte no se podrá editar hasta que OIM y CIPPEC lo comenten.</source>
        <translation>Send the current text to IOM as a preliminary version? A numbered copy is kept and the report cannot be edited until IOM and CIPPEC comment on it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="49"/>
        <source>¿Enviar el plan de acción a OIM para su validación? Mientras OIM lo revisa no podrá editarlo.</source>
        <translation>Send the action plan to IOM for validation? While IOM reviews it you will not be able to edit it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="92"/>
        <source>Todavía no se puede enviar. Falta:</source>
        <translation>It cannot be sent yet. Missing:</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="95"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="102"/>
        <source>¿Enviar el texto actual a OIM como versión final? Se guarda una copia numerada y el reporte no se podrá editar mientras OIM la revisa.</source>
        <translation>Send the current text to IOM as the final version? A numbered copy is kept and the report cannot be edited while IOM reviews it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="105"/>
        <source>Enviar versión final</source>
        <translation>Send the final version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="108"/>
        <source>Enviar a OIM</source>
        <translation>Send to IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="147"/>
        <source>Por enviar: sale de este equipo hacia OIM cuando haya conexión. Mientras tanto no se edita; si necesita cambiar algo, retire el envío.</source>
        <translation>Waiting to be sent: it leaves this computer for IOM when there is a connection. Meanwhile it cannot be edited; to change something, withdraw the send.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="151"/>
        <source>Retirar el envío</source>
        <translation>Withdraw the send</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="168"/>
        <source>Inscripción enviada a OIM el %1. Podrá editarla de nuevo si OIM la devuelve con observaciones.</source>
        <translation>Application sent to IOM on %1. You can edit it again if IOM returns it with observations.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="173"/>
        <source>Autoevaluación enviada a OIM el %1: no se puede editar mientras OIM la revisa. Si la devuelve con observaciones, podrá corregirla.</source>
        <translation>Self-assessment sent to IOM on %1: it cannot be edited while IOM reviews it. If IOM returns it with observations, you can correct it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="178"/>
        <source>Versión %2 enviada a OIM el %1: el reporte no se puede editar mientras OIM y CIPPEC lo revisan.</source>
        <translation>Version %2 sent to IOM on %1: the report cannot be edited while IOM and CIPPEC review it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="183"/>
        <source>Plan enviado a OIM el %1. Mientras OIM lo revisa no se puede editar; podrá hacerlo de nuevo si lo devuelve con observaciones.</source>
        <translation>Plan sent to IOM on %1. While IOM reviews it, it cannot be edited; you can edit it again if IOM returns it with observations.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="190"/>
        <source>OIM devolvió la inscripción con observaciones el %1: revise los comentarios, corrija lo necesario y vuelva a enviarla.</source>
        <translation>IOM returned the application with observations on %1: read the comments, correct what is needed and send it again.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="195"/>
        <source>OIM devolvió la autoevaluación con observaciones el %1: revise los comentarios (filtro «Con comentarios de OIM»), corrija lo necesario y vuelva a enviarla.</source>
        <translation>IOM returned the self-assessment with observations on %1: read the comments (filter “With IOM comments”), correct what is needed and send it again.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="200"/>
        <source>OIM y CIPPEC comentaron el reporte el %1: responda cada comentario junto a su sección; luego CIPPEC y la ciudad validan qué incorporar en la versión final.</source>
        <translation>IOM and CIPPEC commented on the report on %1: answer each comment beside its section; then CIPPEC and the city validate what to include in the final version.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="205"/>
        <source>OIM devolvió el plan con observaciones el %1: revise los comentarios, corrija y vuelva a enviarlo.</source>
        <translation>IOM returned the plan with observations on %1: read the comments, correct it and send it again.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="212"/>
        <source>OIM recibió la inscripción el %1. El formulario queda como referencia y ya no se edita.</source>
        <translation>IOM received the application on %1. The form stays as a reference and is no longer edited.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="217"/>
        <source>OIM revisó la autoevaluación el %1. Queda como referencia y ya no se edita.</source>
        <translation>IOM reviewed the self-assessment on %1. It stays as a reference and is no longer edited.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="220"/>
        <source>OIM aprobó la versión final del reporte el %1. Queda como referencia y ya no se edita.</source>
        <translation>IOM approved the final version of the report on %1. It stays as a reference and is no longer edited.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="225"/>
        <source>OIM validó el plan de acción el %1. Ya no se edita; su seguimiento está en la Fase 6.</source>
        <translation>IOM validated the action plan on %1. It is no longer edited; its follow-up is in Phase 6.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/sending.py" line="232"/>
        <source>Comentarios validados con CIPPEC el %1: incorpore lo acordado y envíe la versión final.</source>
        <translation>Comments validated with CIPPEC on %1: include what was agreed and send the final version.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="60"/>
        <source>Conectar con el servidor</source>
        <translation>Connect to the server</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="66"/>
        <source>Iniciar sesión en el servidor de MigraCiudades</source>
        <translation>Sign in to the MigraCiudades server</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="72"/>
        <source>Con una sesión iniciada, este equipo envía sus cambios al servidor y recibe los de su equipo y los comentarios de OIM. Su contraseña no se guarda: este equipo recibe una llave propia que queda en el almacén seguro del sistema.</source>
        <translation>Once signed in, this computer sends its changes to the server and receives your team&apos;s changes and IOM&apos;s comments. Your password is not stored: this computer gets a key of its own, kept in the system&apos;s secure store.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="83"/>
        <source>https://servidor.ejemplo.org</source>
        <translation>https://server.example.org</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="85"/>
        <source>su usuario</source>
        <translation>your user name</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="88"/>
        <source>Servidor</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="89"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="90"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="95"/>
        <source>Guardar la sesión en un archivo sin cifrar en este equipo (menos seguro)</source>
        <translation>Keep the session in an unencrypted file on this computer (less secure)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="104"/>
        <source>Iniciar sesión</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="109"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="126"/>
        <source>Escriba la dirección del servidor (por ejemplo https://…).</source>
        <translation>Type the server&apos;s address (for example https://…).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="128"/>
        <source>La dirección del servidor no es válida: debe empezar con https://.</source>
        <translation>The server&apos;s address is not valid: it must start with https://.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="131"/>
        <source>Por seguridad la conexión debe ser https://. Solo se acepta http:// para un servidor en este mismo equipo.</source>
        <translation>For security the connection must be https://. http:// is accepted only for a server on this same computer.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="135"/>
        <source>La dirección del servidor no debe llevar parámetros (?… o #…).</source>
        <translation>The server&apos;s address must not carry parameters (?… or #…).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="148"/>
        <source>Escriba su usuario.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="150"/>
        <source>Escriba su contraseña.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="189"/>
        <source>Usuario o contraseña incorrectos.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="192"/>
        <source>No se pudo conectar con el servidor. Revise la dirección y la conexión a internet. Puede seguir trabajando sin conexión: todo queda guardado en este equipo.</source>
        <translation>Could not connect to the server. Check the address and the internet connection. You can keep working offline: everything stays saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="198"/>
        <source>Este equipo no tiene un almacén seguro de contraseñas (llavero del sistema) disponible, y MigraDesk no guarda la sesión sin cifrar por su cuenta. En Linux, instale y desbloquee «gnome-keyring» o KWallet e intente de nuevo; o, si acepta el riesgo, marque la opción de abajo.</source>
        <translation>This computer has no secure password store (system keyring) available, and MigraDesk does not keep the session unencrypted on its own. On Linux, install and unlock “gnome-keyring” or KWallet and try again; or, if you accept the risk, tick the option below.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="205"/>
        <source>No se pudo verificar el certificado del servidor. Revise la dirección o pida a su organización el certificado.</source>
        <translation>The server&apos;s certificate could not be verified. Check the address or ask your organisation for the certificate.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="210"/>
        <source>El servidor usa otra versión de MigraDesk. Actualice la aplicación; sus datos siguen guardados en este equipo.</source>
        <translation>The server uses another version of MigraDesk. Update the application; your data is still saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/signin.py" line="215"/>
        <source>No se pudo iniciar sesión: %1</source>
        <translation>Could not sign in: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="491"/>
        <source>Cancelando…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="230"/>
        <source>&amp;Cancelar la sincronización</source>
        <translation>&amp;Cancel the sync</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="225"/>
        <source>Si&amp;ncronización</source>
        <translation>Sy&amp;nc</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="226"/>
        <source>&amp;Sincronizar ahora</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="228"/>
        <source>Envía los cambios de este equipo y recibe los del servidor (F5)</source>
        <translation>Sends this computer&apos;s changes and receives the server&apos;s (F5)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="231"/>
        <source>&amp;Panel de sincronización</source>
        <translation>Sync &amp;panel</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="232"/>
        <source>&amp;Iniciar sesión en el servidor…</source>
        <translation>&amp;Sign in to the server…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="233"/>
        <source>&amp;Cerrar la sesión de este equipo</source>
        <translation>Sign &amp;out of this computer</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="234"/>
        <source>Enviar la inscripción y solicitar &amp;acceso…</source>
        <translation>Send the application and request &amp;access…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="236"/>
        <source>Para una ciudad que todavía no participa: la OIM aprueba su cuenta</source>
        <translation>For a city that does not take part yet: IOM approves its account</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="238"/>
        <source>Sincronizar &amp;automáticamente</source>
        <translation>Sync &amp;automatically</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="241"/>
        <source>Nunca (solo a mano)</source>
        <translation>Never (only by hand)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="243"/>
        <source>Cada %1 minutos</source>
        <translation>Every %1 minutes</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="247"/>
        <source>La demostración no se sincroniza: vuelva a su ciudad (Archivo ▸ Cambiar de ciudad…)</source>
        <translation>The demo is never synced: go back to your city (File ▸ Change city…)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="251"/>
        <source>Sincronización</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="252"/>
        <source>Abrir el panel de sincronización</source>
        <translation>Open the sync panel</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="349"/>
        <source>nunca</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="354"/>
        <source>hoy %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="356"/>
        <source>ayer %1</source>
        <translation>yesterday %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="357"/>
        <source>%1 a las %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="363"/>
        <source>Nada por enviar</source>
        <translation>Nothing to send</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="365"/>
        <source>1 cambio por enviar</source>
        <translation>1 change to send</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="367"/>
        <source>%1 cambios por enviar</source>
        <translation>%1 changes to send</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="369"/>
        <source>Ciudad de demostración: nunca se envía</source>
        <translation>Demo city: never sent</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="371"/>
        <source>Sin conexión a un servidor</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="373"/>
        <source>Sesión cerrada: inicie sesión para sincronizar</source>
        <translation>Signed out: sign in to sync</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="376"/>
        <source>Última sincronización: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="379"/>
        <source>%1 en conflicto</source>
        <translation>%1 in conflict</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="381"/>
        <source>1 rechazado</source>
        <translation>1 rejected</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="383"/>
        <source>%1 rechazados</source>
        <translation>%1 rejected</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="412"/>
        <source>En la demostración no se sincroniza: vuelva a su ciudad (Archivo ▸ Cambiar de ciudad…) para iniciar sesión, conectarse a un servidor o solicitar acceso.</source>
        <translation>The demo is never synced: go back to your city (File ▸ Change city…) to sign in, connect to a server or request access.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="475"/>
        <source>Ya hay una sincronización en curso.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="481"/>
        <source>Sincronizando…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="497"/>
        <source>Enviando… %p %</source>
        <translation>Sending… %p %</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="498"/>
        <source>Recibiendo… %p %</source>
        <translation>Receiving… %p %</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="499"/>
        <source>Verificando… %p %</source>
        <translation>Checking… %p %</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="500"/>
        <source>Listo</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="515"/>
        <source>Sincronización completa: %1 enviados, %2 recibidos.</source>
        <translation>Sync complete: %1 sent, %2 received.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="520"/>
        <source>%1 en conflicto: vea el panel de sincronización.</source>
        <translation>%1 in conflict: see the sync panel.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="535"/>
        <source>No se pudo sincronizar: %1</source>
        <translation>Could not sync: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="656"/>
        <source>Sesión iniciada como %1. Sincronizando…</source>
        <translation>Signed in as %1. Syncing…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="678"/>
        <source>Sesión cerrada. Los datos siguen en este equipo.</source>
        <translation>Signed out. The data stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="689"/>
        <source>El conflicto queda pendiente: puede resolverlo cuando quiera.</source>
        <translation>The conflict stays open: you can resolve it whenever you want.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="702"/>
        <source>Se conserva su versión; se enviará al sincronizar.</source>
        <translation>Your version is kept; it will be sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="704"/>
        <source>Se conserva la otra versión; la suya queda en el historial.</source>
        <translation>The other version is kept; yours stays in the history.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="706"/>
        <source>Texto combinado guardado; se enviará al sincronizar.</source>
        <translation>Combined text saved; it will be sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="710"/>
        <source>Registro restaurado con sus cambios; se enviará al sincronizar.</source>
        <translation>Record restored with your changes; it will be sent when you sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="713"/>
        <source>Se aceptó la eliminación; sus cambios quedan en el historial.</source>
        <translation>Deletion accepted; your changes are kept in the history.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="734"/>
        <source>El cambio se enviará de nuevo en la próxima sincronización.</source>
        <translation>The change will be sent again with the next sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/controller.py" line="753"/>
        <source>Cambio descartado; su valor quedó en el historial.</source>
        <translation>Change discarded; its value is in the history.</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="32"/>
        <source>Datos de la ciudad</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="33"/>
        <source>Formulario de inscripción</source>
        <translation>Registration form</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="34"/>
        <source>Puntos focales</source>
        <translation>Focal points</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="35"/>
        <source>Personas funcionarias</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="36"/>
        <source>Respuestas de la autoevaluación</source>
        <translation>Self-assessment answers</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="37"/>
        <source>Talleres</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="38"/>
        <source>Secciones del reporte</source>
        <translation>Report sections</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="39"/>
        <source>Versiones del reporte</source>
        <translation>Report versions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="40"/>
        <source>Áreas prioritarias</source>
        <translation>Priority areas</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="41"/>
        <source>Objetivos</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="42"/>
        <source>Acciones del plan</source>
        <translation>Plan actions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="43"/>
        <source>Informes de monitoreo</source>
        <translation>Monitoring reports</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="44"/>
        <source>Comentarios</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="45"/>
        <source>Revisiones de OIM</source>
        <translation>IOM reviews</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="46"/>
        <source>Fechas de las fases</source>
        <translation>Phase dates</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="47"/>
        <source>Certificación</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="74"/>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="75"/>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="76"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="77"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="78"/>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="79"/>
        <source>Descripción de la medida</source>
        <translation>Description of the measure</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="80"/>
        <source>Evidencia</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="81"/>
        <source>Contexto migratorio</source>
        <translation>Migration context</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="82"/>
        <source>Organismo de migración</source>
        <translation>Migration body</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="83"/>
        <source>Programas para personas migrantes</source>
        <translation>Programmes for migrants</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="86"/>
        <source>Convenios</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="87"/>
        <source>Medidas sistemáticas</source>
        <translation>Systematic measures</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="88"/>
        <source>Demanda emergente</source>
        <translation>Emerging demand</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="90"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="91"/>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="92"/>
        <source>Área</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="93"/>
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="94"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="95"/>
        <source>Respuesta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="96"/>
        <source>Área responsable</source>
        <translation>Responsible area</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="97"/>
        <source>Socios</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="98"/>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="99"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="100"/>
        <source>Recursos</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="101"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="102"/>
        <source>Meta</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="103"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="104"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="113"/>
        <source>guardado localmente</source>
        <translation>saved locally</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="114"/>
        <source>por enviar</source>
        <translation>to send</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="115"/>
        <source>sincronizado</source>
        <translation>synced</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="116"/>
        <source>en conflicto</source>
        <translation>in conflict</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="117"/>
        <source>rechazado</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="124"/>
        <source>Guardado en este equipo; todavía no llegó al servidor.</source>
        <translation>Saved on this computer; it has not reached the server yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="127"/>
        <source>Tiene cambios guardados en este equipo que se enviarán al sincronizar.</source>
        <translation>Has changes saved on this computer that will be sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="130"/>
        <source>Igual en este equipo y en el servidor.</source>
        <translation>The same on this computer and on the server.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="133"/>
        <source>Otra persona cambió el mismo texto o eliminó el registro: elija qué conservar en Sincronización.</source>
        <translation>Someone else changed the same text or deleted the record: choose what to keep in Sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/labels.py" line="138"/>
        <source>El servidor no aceptó un cambio; vea el motivo en Sincronización.</source>
        <translation>The server did not accept a change; see the reason under Sync.</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="49"/>
        <source>Sus cambios siguen guardados aquí.</source>
        <translation>Your changes are still saved here.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="52"/>
        <source>Sincronización cancelada. Lo que faltaba enviar sigue guardado en este equipo y se enviará en la próxima sincronización.</source>
        <translation>Sync cancelled. What was still to be sent stays saved on this computer and will be sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="23"/>
        <source>Puede intentar de nuevo a partir de las %1.</source>
        <translation>You can try again from %1.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="21"/>
        <source>Intente de nuevo en unos minutos.</source>
        <translation>Try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="19"/>
        <source>El servidor no está disponible en este momento.</source>
        <translation>The server is not available right now.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="31"/>
        <source>La sesión con el servidor expiró o no está guardada en este equipo. Inicie sesión de nuevo; sus cambios siguen guardados aquí.</source>
        <translation>The session with the server expired or is not saved on this computer. Sign in again; your changes are still saved here.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="37"/>
        <source>Este equipo todavía no está conectado a un servidor. Inicie sesión para sincronizar; sus cambios siguen guardados aquí.</source>
        <translation>This computer is not connected to a server yet. Sign in to sync; your changes are still saved here.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="43"/>
        <source>No hay conexión con el servidor. Sus cambios siguen guardados en este equipo y se enviarán en la próxima sincronización.</source>
        <translation>There is no connection to the server. Your changes are still saved on this computer and will be sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="58"/>
        <source>No se pudo verificar el certificado del servidor. Consulte a soporte; sus cambios siguen guardados aquí.</source>
        <translation>The server&apos;s certificate could not be verified. Contact support; your changes are still saved here.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="64"/>
        <source>El servidor usa otra versión de MigraDesk. Actualice la aplicación; sus cambios siguen guardados aquí.</source>
        <translation>The server uses another version of MigraDesk. Update the application; your changes are still saved here.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="70"/>
        <source>Ya hay una sincronización en curso.</source>
        <translation>A sync is already in progress.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/messages.py" line="71"/>
        <source>error desconocido</source>
        <translation>unknown error</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="245"/>
        <source>Detiene la sincronización; lo que falta enviar queda guardado en este equipo</source>
        <translation>Stops the sync; what is still to be sent stays saved on this computer</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="242"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="239"/>
        <location filename="../../migradesk/ui/sync/panel.py" line="352"/>
        <source>Sincronizar ahora</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="249"/>
        <location filename="../../migradesk/ui/sync/panel.py" line="343"/>
        <source>Iniciar sesión…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="266"/>
        <source>Estado de los registros de la ciudad en este equipo, por etapa.</source>
        <translation>State of the city&apos;s records on this computer, by step.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="276"/>
        <source>Pasos de las últimas sincronizaciones. No contiene contraseñas ni datos de la ciudad: puede enviarlo a soporte.</source>
        <translation>Steps of the latest syncs. It holds no passwords and no city data: you can send it to support.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="290"/>
        <source>Copiar registro</source>
        <translation>Copy log</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="310"/>
        <source>Conflictos (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="312"/>
        <source>Conflictos</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="316"/>
        <source>Rechazados (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="318"/>
        <source>Rechazados</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="320"/>
        <source>Registros</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="321"/>
        <source>Registro de sincronización</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="338"/>
        <source>Este equipo todavía no está conectado a un servidor. Todo lo que carga queda guardado aquí; inicie sesión para enviarlo y recibir los cambios de OIM.</source>
        <translation>This computer is not connected to a server yet. Everything you enter is saved here; sign in to send it and receive IOM&apos;s changes.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="345"/>
        <source>Conectado al servidor como:</source>
        <translation>Connected to the server as:</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="347"/>
        <source>Cambiar de cuenta…</source>
        <translation>Change account…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="352"/>
        <source>Sincronizando…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="359"/>
        <source>La última sincronización no terminó: %1</source>
        <translation>The last sync did not finish: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="366"/>
        <source>Un registro de esta ciudad tiene el mismo identificador que un registro de otra de sus ciudades.</source>
        <translation>A record of this city has the same identifier as a record of another of your cities.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="371"/>
        <source>%1 registros de esta ciudad tienen el mismo identificador que registros de otra de sus ciudades.</source>
        <translation>%1 records of this city have the same identifier as records of another of your cities.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="378"/>
        <source>Se guardan por separado, cada uno en su ciudad: ninguno cambia al otro. Avise a OIM para que los revise.</source>
        <translation>They are kept apart, each in its own city: neither changes the other. Tell IOM so that they can check them.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/sync/panel.py" line="403"/>
        <source>Copiado: %1 líneas. Péguelo en su mensaje a soporte.</source>
        <translation>Copied: %1 lines. Paste them in your message to support.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../migradesk/ui/workspace/timeline_page.py" line="52"/>
        <source>Cada fila es una ciudad; cada barra, un paso de su calendario, desde que se abre hasta que vence (los plazos de la guía, desde las fechas que fija OIM). Pase el cursor sobre una barra para ver el paso y sus fechas.</source>
        <translation>Each row is a city; each bar, a step of its calendar, from when it opens until it is due (the guide&apos;s deadlines, from the dates IOM sets). Hover over a bar to see the step and its dates.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/timeline_page.py" line="58"/>
        <source>cumplido</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/timeline_page.py" line="59"/>
        <source>todavía no empieza</source>
        <translation>not started yet</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/timeline_page.py" line="60"/>
        <source>en curso</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/timeline_page.py" line="61"/>
        <source>vence pronto</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/timeline_page.py" line="62"/>
        <source>vencido</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="33"/>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="36"/>
        <source>Versión final</source>
        <translation>Final version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="53"/>
        <source>Versiones del reporte</source>
        <translation>Report versions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="34"/>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="35"/>
        <source>Versión preliminar</source>
        <translation>Preliminary version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="55"/>
        <source>Cada envío a OIM guarda una copia numerada del reporte, que ya no cambia: versiones preliminares y, con los comentarios validados, la versión final.</source>
        <translation>Each send to IOM keeps a numbered copy of the report that no longer changes: preliminary versions and, with the comments validated, the final version.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="61"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="61"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="61"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="61"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="68"/>
        <source>Todavía no se envió ninguna versión.</source>
        <translation>No version has been sent yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="72"/>
        <source>Comparar versiones</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="76"/>
        <source>Versión anterior</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="78"/>
        <source>Versión posterior</source>
        <translation>Later version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="79"/>
        <source>Comparar</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="81"/>
        <source>con</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="116"/>
        <source>Texto actual (sin enviar)</source>
        <translation>Current text (not sent)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_versions.py" line="140"/>
        <source>Versión %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="40"/>
        <source>Sus ciudades en este equipo</source>
        <translation>Your cities on this computer</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="41"/>
        <source>Sus datos siguen guardados aquí: ábrala para seguir trabajando.</source>
        <translation>Your data is still saved here: open it to go on working.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="47"/>
        <source>Elija su ciudad</source>
        <translation>Choose your city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="49"/>
        <source>Busque su municipio, partido o comuna en el registro de gobiernos locales. Los datos del registro se cargan como valores iniciales que luego puede corregir.</source>
        <translation>Find your municipality, partido or comuna in the register of local governments. The register&apos;s data are loaded as initial values that you can correct later.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="55"/>
        <source>Provincia</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="57"/>
        <source>Todas las provincias</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="62"/>
        <source>Nombre del gobierno local, por ejemplo Humahuaca</source>
        <translation>Name of the local government, e.g. Humahuaca</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="63"/>
        <source>Buscar gobierno local</source>
        <translation>Search local government</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="69"/>
        <source>Resultados</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="76"/>
        <source>Empezar con esta ciudad</source>
        <translation>Start with this city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="87"/>
        <source>¿Quiere conocer MigraDesk primero?</source>
        <translation>Would you like to try MigraDesk first?</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="89"/>
        <source>Abra la ciudad de demostración, Santa Rosa del Cerro: un municipio ficticio con todas las etapas completas. Se guarda aparte de sus datos y nada de ella se envía a OIM; para volver aquí, use «Elegir mi ciudad».</source>
        <translation>Open the demo city, Santa Rosa del Cerro: a fictional municipality with every step completed. It is kept apart from your data and nothing of it is sent to IOM; to come back here, use “Choose my city”.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="94"/>
        <source>Abrir la ciudad de demostración</source>
        <translation>Open the demo city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="118"/>
        <source>Abrir %1 (%2)</source>
        <translation>Open %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="127"/>
        <source>Le damos la bienvenida a MigraDesk</source>
        <translation>Welcome to MigraDesk</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="131"/>
        <source>MigraDesk acompaña al Punto Focal en la certificación MigraCiudades Argentina. Todo se guarda en este equipo y funciona sin conexión.</source>
        <translation>MigraDesk supports the Focal Point through the MigraCiudades Argentina certification. Everything is saved on this computer and works offline.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="150"/>
        <source>%1 de %2; escriba más para acotar</source>
        <translation>%1 of %2; type more to narrow down</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="175"/>
        <source>%1 habitantes según el censo 2010 (el dato que usa el formulario)</source>
        <translation>%1 inhabitants in the 2010 census (the figure the form uses)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/welcome.py" line="180"/>
        <source>%1 según el censo 2022</source>
        <translation>%1 in the 2022 census</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="106"/>
        <source>Taller de evaluación y diagnóstico</source>
        <translation>Evaluation and diagnosis workshop</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="108"/>
        <source>Lo conducen OIM y CIPPEC entre las semanas %1 y %2 de la Fase 2: se comparte la autoevaluación, se detectan buenas prácticas, iniciativas a profundizar y áreas a mejorar.</source>
        <translation>IOM and CIPPEC lead it between weeks %1 and %2 of Phase 2: the self-assessment is shared, and good practices, initiatives to deepen and areas to improve are identified.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="120"/>
        <source>taller de diagnóstico</source>
        <translation>diagnostic workshop</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="125"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="128"/>
        <source>Salón, edificio, dirección</source>
        <translation>Hall, building, address</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="130"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="133"/>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="138"/>
        <source>Asistentes</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="152"/>
        <source>Agregar asistente</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="154"/>
        <source>Quitar seleccionados</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="163"/>
        <source>Notas del taller</source>
        <translation>Workshop notes</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="173"/>
        <source>1 asistente</source>
        <translation>1 attendee</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="174"/>
        <source>%1 asistentes</source>
        <translation>%1 attendees</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_workshop.py" line="207"/>
        <source>Editar asistentes del taller</source>
        <translation>Edit workshop attendees</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <location filename="../../migradesk/ui/workspace/controller.py" line="63"/>
        <source>◀ Todas las ciudades</source>
        <translation>◀ All cities</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/controller.py" line="64"/>
        <source>Volver al espacio de trabajo (todas las ciudades)</source>
        <translation>Back to the workspace (all cities)</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="75"/>
        <source>Ciudades</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="76"/>
        <source>Cronograma</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="77"/>
        <source>Por revisar</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="78"/>
        <source>Fechas</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="79"/>
        <source>Selección y accesos</source>
        <translation>Selection and access</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="80"/>
        <source>Administración</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="119"/>
        <source>Espacio de trabajo de CIPPEC</source>
        <translation>CIPPEC&apos;s workspace</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="121"/>
        <source>Espacio de trabajo de OIM · Administración</source>
        <translation>IOM&apos;s workspace · Administration</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="123"/>
        <source>Espacio de trabajo de OIM</source>
        <translation>IOM&apos;s workspace</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="126"/>
        <source>Leyendo las ciudades de este equipo…</source>
        <translation>Reading this computer&apos;s cities…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="129"/>
        <source>%1 ciudades</source>
        <translation>%1 cities</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="131"/>
        <source>1 ciudad</source>
        <translation>1 city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="132"/>
        <source>%1 por revisar</source>
        <translation>%1 to review</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="135"/>
        <source>%1 cambios sin enviar</source>
        <translation>%1 changes not sent</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="137"/>
        <source>%1 en conflicto</source>
        <translation>%1 in conflict</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="138"/>
        <source>Última sincronización: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/view.py" line="143"/>
        <source>Todavía no hay ciudades en este equipo. Sincronice (F5) para traer todas las ciudades que su cuenta puede ver; después se trabaja también sin conexión.</source>
        <translation>There are no cities on this computer yet. Sync (F5) to bring every city your account may see; then you can also work offline.</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <location filename="../../migradesk/ui/widgets/assessment_editor.py" line="53"/>
        <source>Escriba el año con cuatro cifras, por ejemplo 2019.</source>
        <translation>Write the year with four digits, for example 2019.</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../../migradesk/ui/autosave.py" line="267"/>
        <source>Editar %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="14"/>
        <source>Enviar formulario de inscripción y carta de intención</source>
        <translation>Send the registration form and the letter of intent</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="15"/>
        <source>Comunicar los resultados de la selección</source>
        <translation>Announce the selection results</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="16"/>
        <source>Confirmar la participación con nota del/de la intendente/a</source>
        <translation>Confirm participation with a note from the mayor</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="17"/>
        <source>Incorporar personas funcionarias a la capacitación</source>
        <translation>Enrol officials in the training</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="18"/>
        <source>Completar el curso virtual y el cuestionario final</source>
        <translation>Complete the online course and the final questionnaire</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="19"/>
        <source>Completar el formulario de evaluación (autoevaluación)</source>
        <translation>Complete the assessment form (self-assessment)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="20"/>
        <source>Revisar el formulario de evaluación</source>
        <translation>Review the assessment form</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="21"/>
        <source>Realizar el workshop de evaluación y diagnóstico</source>
        <translation>Hold the evaluation and diagnosis workshop</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="22"/>
        <source>Entregar el reporte de evaluación</source>
        <translation>Deliver the evaluation report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="23"/>
        <source>Revisar el reporte de evaluación (OIM – CIPPEC)</source>
        <translation>Review the evaluation report (IOM – CIPPEC)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="27"/>
        <source>Salud</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="28"/>
        <source>Educación</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="29"/>
        <source>Asistencia social</source>
        <translation>Social assistance</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="30"/>
        <source>Integración</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="31"/>
        <source>Alianzas</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="32"/>
        <source>Migración regular</source>
        <translation>Regular migration</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="33"/>
        <source>Participación</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="34"/>
        <source>Capacidades</source>
        <translation>Capacities</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="38"/>
        <source>Acceso a la salud</source>
        <translation>Access to health</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="39"/>
        <source>Acceso a la educación</source>
        <translation>Access to education</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="40"/>
        <source>Asistencia y protección social</source>
        <translation>Social assistance and protection</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="41"/>
        <source>Integración de personas migrantes</source>
        <translation>Integration of migrants</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="42"/>
        <source>Forjar alianzas duraderas para hacer frente a la migración y a las cuestiones conexas</source>
        <translation>Forging lasting partnerships to address migration and related issues</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="46"/>
        <source>Velar por una migración segura, ordenada y regular</source>
        <translation>Ensuring safe, orderly and regular migration</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="47"/>
        <source>Participación política, social y cultural</source>
        <translation>Political, social and cultural participation</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="48"/>
        <source>Capacidades y recursos institucionales para la gobernanza migratoria</source>
        <translation>Institutional capacities and resources for migration governance</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="54"/>
        <source>Inicio de la Fase 4</source>
        <translation>Start of Phase 4</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="55"/>
        <source>Plan de acción validado</source>
        <translation>Action plan validated</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="56"/>
        <source>Inicio de la Fase 6</source>
        <translation>Start of Phase 6</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="57"/>
        <source>Certificación</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="63"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="64"/>
        <source>En desarrollo</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="65"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="66"/>
        <source>No sabe</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="67"/>
        <source>No aplica</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="68"/>
        <source>Siempre</source>
        <translation>Always</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="69"/>
        <source>A veces</source>
        <translation>Sometimes</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="70"/>
        <source>Nunca</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="75"/>
        <source>Noroeste</source>
        <translation>Northwest</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="76"/>
        <source>Noreste</source>
        <translation>Northeast</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="77"/>
        <source>Pampeana</source>
        <translation>Pampas</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="78"/>
        <source>Cuyo</source>
        <translation>Cuyo</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="79"/>
        <source>Patagonia</source>
        <translation>Patagonia</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/domain_labels.py" line="80"/>
        <source>Gran Buenos Aires</source>
        <translation>Greater Buenos Aires</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="17"/>
        <source>Breve descripción del contexto local y provincial</source>
        <translation>Brief description of the local and provincial context</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="18"/>
        <source>Acciones llevadas a cabo o áreas de vacancia en cada dimensión</source>
        <translation>Actions carried out or gaps in each dimension</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="21"/>
        <source>Comentarios y reflexiones de las autoridades locales</source>
        <translation>Comments and reflections of the local authorities</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="22"/>
        <source>Buenas prácticas detectadas</source>
        <translation>Good practices found</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="23"/>
        <source>Áreas a fortalecer</source>
        <translation>Areas to strengthen</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase3_sections.py" line="24"/>
        <source>Conclusiones</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="26"/>
        <source>la ciudad</source>
        <translation>the city</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="27"/>
        <source>OIM</source>
        <translation>IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="28"/>
        <source>CIPPEC</source>
        <translation>CIPPEC</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="29"/>
        <source>la DNM</source>
        <translation>the DNM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="30"/>
        <source>{first} y {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="31"/>
        <source>{first} o {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="32"/>
        <source>Inscripción</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="33"/>
        <source>Autoevaluación</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="34"/>
        <source>Reporte de evaluación</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="35"/>
        <source>Plan de acción</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="36"/>
        <source>borrador</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="37"/>
        <source>por enviar</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="38"/>
        <source>enviada a OIM</source>
        <translation>sent to IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="39"/>
        <source>recibida por OIM</source>
        <translation>received by IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="40"/>
        <source>con observaciones de OIM</source>
        <translation>with IOM&apos;s observations</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="41"/>
        <source>en revisión por OIM</source>
        <translation>under review by IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="42"/>
        <source>revisada por OIM</source>
        <translation>reviewed by IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="43"/>
        <source>enviado a OIM</source>
        <translation>sent to IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="44"/>
        <source>en revisión por OIM y CIPPEC</source>
        <translation>under review by IOM and CIPPEC</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="45"/>
        <source>comentado por OIM y CIPPEC</source>
        <translation>commented by IOM and CIPPEC</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="46"/>
        <source>comentarios validados con CIPPEC</source>
        <translation>comments validated with CIPPEC</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="47"/>
        <source>versión final</source>
        <translation>final version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="48"/>
        <source>validado por OIM</source>
        <translation>validated by IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="49"/>
        <source>sin iniciar</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="50"/>
        <source>en curso</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="51"/>
        <source>completo</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="52"/>
        <source>venció</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="53"/>
        <source>El Punto Focal no está inscripto en el curso.</source>
        <translation>The focal point is not enrolled in the course.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="54"/>
        <source>El Punto Focal, {name}, no está inscripto en el curso.</source>
        <translation>The focal point, {name}, is not enrolled in the course.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="55"/>
        <source>El curso de {name} venció el {due} sin completarse.</source>
        <translation>{name}&apos;s course expired on {due} without being completed.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="56"/>
        <source>{name} no completó el curso ({done} de {total} partes).</source>
        <translation>{name} has not completed the course ({done} of {total} parts).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="57"/>
        <source>{name} no completó el curso ({done} de {total} partes; vence el {due}).</source>
        <translation>{name} has not completed the course ({done} of {total} parts; due {due}).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="60"/>
        <source>No hay personas inscriptas en el curso.</source>
        <translation>Nobody is enrolled in the course.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="61"/>
        <source>Sección 1: falta la población actual estimada.</source>
        <translation>Section 1: the estimated current population is missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="62"/>
        <source>Sección 1: falta la población migrante estimada.</source>
        <translation>Section 1: the estimated migrant population is missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="63"/>
        <source>Sección 1: faltan los principales países de origen.</source>
        <translation>Section 1: the main countries of origin are missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="64"/>
        <source>Sección 1: faltan las principales actividades económicas.</source>
        <translation>Section 1: the main economic activities are missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="65"/>
        <source>Sección 1: falta el correo electrónico del municipio.</source>
        <translation>Section 1: the municipality&apos;s e-mail is missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="66"/>
        <source>Sección 1: falta el contexto migratorio.</source>
        <translation>Section 1: the migration context is missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="67"/>
        <source>Sección 2: falta responder si hay un área o persona responsable.</source>
        <translation>Section 2: say whether there is a responsible office or person.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="68"/>
        <source>Sección 2: falta responder si hay programas para personas migrantes.</source>
        <translation>Section 2: say whether there are programmes for migrants.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="71"/>
        <source>Sección 2: falta responder si hay convenios.</source>
        <translation>Section 2: say whether there are agreements.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="72"/>
        <source>Sección 2: falta responder si hubo medidas sistemáticas en los últimos dos años.</source>
        <translation>Section 2: say whether there were systematic measures in the last two years.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="75"/>
        <source>Sección 2: falta responder si hay situaciones que demandan un área.</source>
        <translation>Section 2: say whether situations call for a migration area.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="78"/>
        <source>Carta de intención: falta el nombre del/de la intendente/a.</source>
        <translation>Letter of intent: the mayor&apos;s name is missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="79"/>
        <source>Carta de intención: falta la fecha de firma.</source>
        <translation>Letter of intent: the signing date is missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="80"/>
        <source>Carta de intención: falta el Punto Focal que designa.</source>
        <translation>Letter of intent: the focal point it names is missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="81"/>
        <source>Carta de intención: falta el cargo del Punto Focal.</source>
        <translation>Letter of intent: the focal point&apos;s post is missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="82"/>
        <source>Faltan {missing} de {total} indicadores por responder (No sabe y No aplica también son respuestas).</source>
        <translation>{missing} of {total} indicators are still unanswered (Don&apos;t know and Not applicable are answers too).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="87"/>
        <source>La sección {section} del reporte no tiene texto.</source>
        <translation>Section {section} of the report has no text.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="88"/>
        <source>Marque al menos un área como prioritaria.</source>
        <translation>Mark at least one area as a priority.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="89"/>
        <source>El área «{area}» no tiene objetivos.</source>
        <translation>The area “{area}” has no objectives.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="90"/>
        <source>El objetivo «{objective}» no tiene acciones.</source>
        <translation>The objective “{objective}” has no actions.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="91"/>
        <source>La acción «{action}» no tiene fechas de inicio y fin.</source>
        <translation>The action “{action}” has no start and end dates.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="92"/>
        <source>La acción «{action}» no tiene área responsable.</source>
        <translation>The action “{action}” has no responsible area.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="93"/>
        <source>Inscripción enviada y recibida por OIM</source>
        <translation>Application sent and received by IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="94"/>
        <source>Punto Focal designado</source>
        <translation>Focal point designated</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="95"/>
        <source>Nota de confirmación del/de la intendente/a enviada</source>
        <translation>Mayor&apos;s confirmation note sent</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="96"/>
        <source>Curso completado por el Punto Focal y todas las personas inscriptas</source>
        <translation>Course completed by the focal point and everyone enrolled</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="99"/>
        <source>Autoevaluación enviada y revisada por OIM</source>
        <translation>Self-assessment sent and reviewed by IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="100"/>
        <source>Workshop de evaluación y diagnóstico realizado</source>
        <translation>Evaluation and diagnosis workshop held</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="101"/>
        <source>Reporte de evaluación en su versión final</source>
        <translation>Evaluation report in its final version</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="102"/>
        <source>Plan de acción validado por OIM</source>
        <translation>Action plan validated by IOM</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="103"/>
        <source>Workshop de planeamiento estratégico realizado</source>
        <translation>Strategic planning workshop held</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="104"/>
        <source>Cumplido el {date}.</source>
        <translation>Met on {date}.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="105"/>
        <source>Todavía no se envió a OIM.</source>
        <translation>Not sent to IOM yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="106"/>
        <source>Por enviar: sale de este equipo cuando haya conexión.</source>
        <translation>Waiting to be sent: it leaves this computer when there is a connection.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="107"/>
        <source>Enviado el {date}; OIM todavía no respondió.</source>
        <translation>Sent on {date}; IOM has not answered yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="108"/>
        <source>OIM lo devolvió con observaciones el {date}.</source>
        <translation>IOM returned it with observations on {date}.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="109"/>
        <source>Comentarios validados el {date}: falta enviar la versión final.</source>
        <translation>Comments validated on {date}: the final version is still to be sent.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="110"/>
        <source>{name} es el Punto Focal.</source>
        <translation>{name} is the focal point.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="111"/>
        <source>Falta designar al Punto Focal.</source>
        <translation>The focal point is not designated yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="112"/>
        <source>Enviada el {date}.</source>
        <translation>Sent on {date}.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="113"/>
        <source>Falta enviar la nota de confirmación.</source>
        <translation>The confirmation note is still to be sent.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="114"/>
        <source>{done} de {total} personas completaron el curso.</source>
        <translation>{done} of {total} people completed the course.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="115"/>
        <source>Realizado el {date}.</source>
        <translation>Held on {date}.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="116"/>
        <source>Previsto para el {date}.</source>
        <translation>Planned for {date}.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="117"/>
        <source>Realizado el {date}: faltan los participantes.</source>
        <translation>Held on {date}: the participants are missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="118"/>
        <source>Sin fecha registrada.</source>
        <translation>No date recorded.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="119"/>
        <source>Esto le corresponde a {actor}.</source>
        <translation>This is for {actor} to do.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="120"/>
        <source>Solo el reporte de evaluación tiene comentarios para validar.</source>
        <translation>Only the evaluation report has comments to validate.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="121"/>
        <source>Ya está por enviar: sale de este equipo cuando haya conexión.</source>
        <translation>It is already waiting to be sent: it leaves this computer when there is a connection.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="122"/>
        <source>Ya fue enviado: OIM lo está revisando.</source>
        <translation>It was already sent: IOM is reviewing it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="123"/>
        <source>OIM ya lo aprobó: el paso está cumplido.</source>
        <translation>IOM already approved it: the step is done.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="124"/>
        <source>Los comentarios ya están validados: envíe la versión final.</source>
        <translation>The comments are already validated: send the final version.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="125"/>
        <source>Antes de la versión final, CIPPEC y la ciudad validan los comentarios de OIM.</source>
        <translation>Before the final version, CIPPEC and the city validate IOM&apos;s comments.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="128"/>
        <source>No hay un envío pendiente que se pueda retirar.</source>
        <translation>There is no pending send that can be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="129"/>
        <source>No se edita mientras está enviado a OIM o ya aprobado.</source>
        <translation>It cannot be edited while it is sent to IOM or once approved.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="130"/>
        <source>No hay nada enviado esperando la respuesta de OIM.</source>
        <translation>Nothing sent is waiting for IOM&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="131"/>
        <source>La versión en revisión no es la final: coméntela o espere la versión final.</source>
        <translation>The version under review is not the final one: comment on it or wait for the final version.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="134"/>
        <source>El reporte no tiene comentarios de OIM por validar.</source>
        <translation>The report has no IOM comments to validate.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="135"/>
        <source>Falta que la ciudad responda {count} comentarios sobre el reporte.</source>
        <translation>The city still has to answer {count} comments on the report.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="138"/>
        <source>La inscripción todavía no fue recibida por OIM.</source>
        <translation>IOM has not received the application yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="139"/>
        <source>Falta la nota de confirmación del/de la intendente/a.</source>
        <translation>The mayor&apos;s confirmation note is missing.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="140"/>
        <source>OIM todavía no revisó la autoevaluación.</source>
        <translation>IOM has not reviewed the self-assessment yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="141"/>
        <source>Falta registrar el workshop de evaluación y diagnóstico (fecha y participantes).</source>
        <translation>The evaluation and diagnosis workshop is not recorded yet (date and participants).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="144"/>
        <source>El reporte de evaluación todavía no está en su versión final.</source>
        <translation>The evaluation report is not in its final version yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="145"/>
        <source>Falta: {requirement}.</source>
        <translation>Missing: {requirement}.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="146"/>
        <source>Inicio</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="147"/>
        <source>Inscripción: carta de intención, designación del Punto Focal y formulario de inscripción</source>
        <translation>Application: letter of intent, designation of the focal point and application form</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="151"/>
        <source>La persona designada como Punto Focal</source>
        <translation>The person designated as focal point</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="152"/>
        <source>Fase 1 · Capacitación del funcionariado local</source>
        <translation>Phase 1 · Training of local officials</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="153"/>
        <source>Fase 2 · Capacidades y recursos institucionales para la gobernanza migratoria</source>
        <translation>Phase 2 · Institutional capacities and resources for migration governance</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="156"/>
        <source>Fase 3 · Workshop de evaluación y diagnóstico</source>
        <translation>Phase 3 · Evaluation and diagnosis workshop</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="157"/>
        <source>Fase 4 · Priorización, plan de acción y workshop de planeamiento estratégico</source>
        <translation>Phase 4 · Prioritisation, action plan and strategic planning workshop</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="160"/>
        <source>Fase 5 · Finalización y certificación</source>
        <translation>Phase 5 · Completion and certification</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="161"/>
        <source>Fase 6 · Implementación y monitoreo</source>
        <translation>Phase 6 · Implementation and monitoring</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="162"/>
        <source>enviado</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="163"/>
        <source>con comentarios</source>
        <translation>with comments</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="164"/>
        <source>comentarios validados</source>
        <translation>comments validated</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="165"/>
        <source>aprobado</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="166"/>
        <source>completado</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="167"/>
        <source>cuando OIM fije la fecha</source>
        <translation>when IOM sets the date</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="168"/>
        <source>Completar el formulario de inscripción y la carta de intención (faltan {count} datos).</source>
        <translation>Complete the application form and the letter of intent ({count} items missing).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="172"/>
        <source>Enviar la inscripción a OIM.</source>
        <translation>Send the application to IOM.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="173"/>
        <source>Corregir la inscripción según las observaciones de OIM y volver a enviarla.</source>
        <translation>Correct the application following IOM&apos;s observations and send it again.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="176"/>
        <source>Conectarse a Internet para que salga {what}: está por enviar en este equipo.</source>
        <translation>Connect to the Internet so that {what} goes out: it is waiting to be sent on this computer.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="179"/>
        <source>Recibir la inscripción de la ciudad.</source>
        <translation>Receive the city&apos;s application.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="180"/>
        <source>Comunicar los resultados de la selección.</source>
        <translation>Announce the selection results.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="181"/>
        <source>Enviar la nota de confirmación firmada por el/la intendente/a.</source>
        <translation>Send the confirmation note signed by the mayor.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="182"/>
        <source>Designar al Punto Focal.</source>
        <translation>Designate the focal point.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="183"/>
        <source>Inscribir al Punto Focal en el curso virtual.</source>
        <translation>Enrol the focal point in the online course.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="184"/>
        <source>{name}: completar el curso virtual ({done} de {total} partes).</source>
        <translation>{name}: complete the online course ({done} of {total} parts).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="185"/>
        <source>El curso de {name} venció: pedir a OIM que lo reabra.</source>
        <translation>{name}&apos;s course expired: ask IOM to reopen it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="186"/>
        <source>Completar la autoevaluación ({done} de {total} indicadores respondidos).</source>
        <translation>Complete the self-assessment ({done} of {total} indicators answered).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="189"/>
        <source>Enviar la autoevaluación a OIM.</source>
        <translation>Send the self-assessment to IOM.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="190"/>
        <source>Revisar la autoevaluación de la ciudad.</source>
        <translation>Review the city&apos;s self-assessment.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="191"/>
        <source>Responder las observaciones de OIM y volver a enviar la autoevaluación.</source>
        <translation>Answer IOM&apos;s observations and send the self-assessment again.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="194"/>
        <source>Realizar el workshop de evaluación y diagnóstico en la ciudad.</source>
        <translation>Hold the evaluation and diagnosis workshop in the city.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="195"/>
        <source>Realizar el workshop de evaluación y diagnóstico (previsto para el {date}).</source>
        <translation>Hold the evaluation and diagnosis workshop (planned for {date}).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="198"/>
        <source>Registrar los participantes del workshop de evaluación y diagnóstico.</source>
        <translation>Record the participants of the evaluation and diagnosis workshop.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="201"/>
        <source>Redactar el reporte de evaluación con CIPPEC ({done} de {total} secciones).</source>
        <translation>Write the evaluation report with CIPPEC ({done} of {total} sections).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="204"/>
        <source>Enviar la versión preliminar del reporte de evaluación a OIM.</source>
        <translation>Send the preliminary version of the evaluation report to IOM.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="205"/>
        <source>Revisar el reporte de evaluación y comentarlo.</source>
        <translation>Review the evaluation report and comment on it.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="206"/>
        <source>Aprobar la versión final del reporte de evaluación.</source>
        <translation>Approve the final version of the evaluation report.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="207"/>
        <source>Responder los comentarios de OIM y CIPPEC sobre el reporte ({count} sin respuesta).</source>
        <translation>Answer IOM&apos;s and CIPPEC&apos;s comments on the report ({count} unanswered).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="211"/>
        <source>Validar con la ciudad los comentarios a incorporar en la versión final.</source>
        <translation>Validate with the city the comments to include in the final version.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="214"/>
        <source>Enviar la versión final del reporte de evaluación a OIM.</source>
        <translation>Send the final version of the evaluation report to IOM.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="215"/>
        <source>Priorizar áreas y completar el plan de acción ({count} pendientes).</source>
        <translation>Prioritise areas and complete the action plan ({count} pending).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="218"/>
        <source>Enviar el plan de acción a OIM para su validación.</source>
        <translation>Send the action plan to IOM for validation.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="219"/>
        <source>Validar el plan de acción.</source>
        <translation>Validate the action plan.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="220"/>
        <source>Corregir el plan de acción según las observaciones de OIM y volver a enviarlo.</source>
        <translation>Correct the action plan following IOM&apos;s observations and send it again.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="223"/>
        <source>Realizar el workshop de planeamiento estratégico.</source>
        <translation>Hold the strategic planning workshop.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="224"/>
        <source>Certificar a la ciudad y fijar la ceremonia pública.</source>
        <translation>Certify the city and set the public ceremony.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="225"/>
        <source>Ceremonia pública de certificación.</source>
        <translation>Public certification ceremony.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="226"/>
        <source>Completar los requisitos pendientes de la certificación ({count}).</source>
        <translation>Complete the pending certification requirements ({count}).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="229"/>
        <source>Informar el avance de la acción «{action}».</source>
        <translation>Report the progress of the action “{action}”.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="230"/>
        <source>la inscripción</source>
        <translation>the application</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="231"/>
        <source>la autoevaluación</source>
        <translation>the self-assessment</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="232"/>
        <source>el reporte de evaluación</source>
        <translation>the evaluation report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="233"/>
        <source>el plan de acción</source>
        <translation>the action plan</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../migradesk/ui/errors.py" line="69"/>
        <source>MigraDesk</source>
        <translation>MigraDesk</translation>
    </message>
</context>
<context>
    <name>fase1</name>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="30"/>
        <source>Mujer</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="31"/>
        <source>Varón</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="32"/>
        <source>No binario</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="33"/>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="34"/>
        <source>Prefiere no decir</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="37"/>
        <source>Cuestionario inicial</source>
        <translation>Initial questionnaire</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="38"/>
        <source>Módulo 1</source>
        <translation>Module 1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="39"/>
        <source>Módulo 2</source>
        <translation>Module 2</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="40"/>
        <source>Módulo 3</source>
        <translation>Module 3</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="41"/>
        <source>Módulo 4</source>
        <translation>Module 4</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="42"/>
        <source>Cuestionario final</source>
        <translation>Final questionnaire</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="45"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="46"/>
        <source>Cargo</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="47"/>
        <source>Género</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="48"/>
        <source>Inscripción</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="49"/>
        <source>Avance del curso</source>
        <translation>Course progress</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="50"/>
        <source>Plazo del curso</source>
        <translation>Course deadline</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="114"/>
        <source> (Punto Focal)</source>
        <translation> (Focal Point)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="127"/>
        <source>%1 de %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="132"/>
        <source>completo</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="138"/>
        <source>venció el %1</source>
        <translation>was due %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/fase1_model.py" line="140"/>
        <source>%1 · faltan %2 días</source>
        <translation>%1 · %2 days left</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../migradesk/ui/formats.py" line="62"/>
        <source>Escriba la fecha como dd/mm/aaaa, por ejemplo 15/03/2026.</source>
        <translation>Type the date as dd/mm/yyyy, for example 15/03/2026.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/formats.py" line="76"/>
        <source>Escriba un número entero, sin letras ni decimales.</source>
        <translation>Type a whole number, without letters or decimals.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/formats.py" line="83"/>
        <source>El número no puede ser menor que %1.</source>
        <translation>The number cannot be less than %1.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/formats.py" line="100"/>
        <source>Escriba un número, por ejemplo 1.234,5.</source>
        <translation>Type a number, for example 1.234,5.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/formats.py" line="103"/>
        <source>El número no puede ser negativo.</source>
        <translation>The number cannot be negative.</translation>
    </message>
</context>
<context>
    <name>gantt</name>
    <message>
        <location filename="../../migradesk/ui/widgets/gantt.py" line="62"/>
        <source>Cronograma de las acciones</source>
        <translation>Schedule of the actions</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/gantt.py" line="141"/>
        <source>Todavía no hay acciones con fechas.</source>
        <translation>There are no actions with dates yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/gantt.py" line="189"/>
        <source>hoy %1</source>
        <translation>today %1</translation>
    </message>
</context>
<context>
    <name>monitoring</name>
    <message>
        <location filename="../../migradesk/ui/widgets/monitoring_chart.py" line="25"/>
        <source>Avance en el tiempo</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/monitoring_chart.py" line="51"/>
        <source>Todavía no hay actualizaciones.</source>
        <translation>No updates yet.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../migradesk/ui/pages/__init__.py" line="33"/>
        <source>Inicio</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/__init__.py" line="34"/>
        <source>Inscripción</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/__init__.py" line="35"/>
        <source>Punto focal</source>
        <translation>Focal point</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/__init__.py" line="36"/>
        <source>Fase 1 · Capacitación</source>
        <translation>Phase 1 · Training</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/__init__.py" line="37"/>
        <source>Fase 2 · Autoevaluación</source>
        <translation>Phase 2 · Self-assessment</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/__init__.py" line="38"/>
        <source>Fase 3 · Reporte de evaluación</source>
        <translation>Phase 3 · Evaluation report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/__init__.py" line="39"/>
        <source>Fase 4 · Plan de acción</source>
        <translation>Phase 4 · Action plan</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/__init__.py" line="40"/>
        <source>Fase 5 · Certificación</source>
        <translation>Phase 5 · Certification</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pages/__init__.py" line="41"/>
        <source>Fase 6 · Implementación y monitoreo</source>
        <translation>Phase 6 · Implementation and monitoring</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="26"/>
        <source>Carta de intención</source>
        <extracomment>Document kinds of ``migradesk.pdf.export.EXPORTS``, in menu order, with their (Spanish) names.</extracomment>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="27"/>
        <source>Nota de confirmación</source>
        <translation>Confirmation note</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="28"/>
        <source>Nota de sustitución del Punto Focal</source>
        <translation>Focal Point replacement note</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="29"/>
        <source>Autoevaluación</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="30"/>
        <source>Reporte de evaluación</source>
        <translation>Assessment report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="31"/>
        <source>Plan de acción</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="32"/>
        <source>Informe de monitoreo</source>
        <translation>Monitoring report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="33"/>
        <source>Certificado</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="34"/>
        <source>Expediente completo</source>
        <translation>Complete dossier</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="71"/>
        <source>La Fase 1 no tiene un documento propio: el equipo capacitado figura en el expediente completo (Archivo ▸ Exportar a PDF).</source>
        <extracomment>The document Ctrl+P exports on each step (None: the step has no document of its own).</extracomment>
        <translation>Phase 1 has no document of its own: the trained team is listed in the complete dossier (File ▸ Export to PDF).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/pdf_bridge.py" line="76"/>
        <source>Esta pantalla no tiene un documento para exportar.</source>
        <translation>This screen has no document to export.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../migradesk/ui/widgets/plan_labels.py" line="16"/>
        <source>Sin iniciar</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/plan_labels.py" line="17"/>
        <source>En curso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/plan_labels.py" line="18"/>
        <source>Completada</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/plan_labels.py" line="19"/>
        <source>Demorada</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/plan_labels.py" line="20"/>
        <source>Cancelada</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/plan_labels.py" line="32"/>
        <source>Reporte</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/plan_labels.py" line="33"/>
        <source>Autoevaluación</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/plan_labels.py" line="34"/>
        <source>Propia</source>
        <translation>Own</translation>
    </message>
</context>
<context>
    <name>process</name>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="281"/>
        <source>Cuando OIM fije la fecha.</source>
        <translation>When IOM sets the date.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="285"/>
        <source>Venció el %1.</source>
        <translation>Was due on %1.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="287"/>
        <source>Empieza el %1 y vence el %2.</source>
        <translation>Starts on %1, due on %2.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="290"/>
        <source>Vence hoy.</source>
        <translation>Due today.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="292"/>
        <source>Vence mañana (%1).</source>
        <translation>Due tomorrow (%1).</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/process_labels.py" line="293"/>
        <source>Vence el %1: faltan %2 días.</source>
        <translation>Due on %1: %2 days left.</translation>
    </message>
</context>
<context>
    <name>radar</name>
    <message>
        <location filename="../../migradesk/ui/widgets/radar.py" line="22"/>
        <source>Indicadores con medidas, por dimensión</source>
        <translation>Indicators with measures, by dimension</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="47"/>
        <source>No hay espacio en el disco</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="48"/>
        <source>El disco no pudo leer los datos</source>
        <translation>The disk could not read the data</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="49"/>
        <source>Los datos no admiten cambios</source>
        <translation>The data cannot be changed</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="50"/>
        <source>Otro programa está usando los datos</source>
        <translation>Another program is using the data</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="51"/>
        <source>Sin permiso para usar los datos</source>
        <translation>No permission to use the data</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="52"/>
        <source>El archivo de datos está dañado</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="53"/>
        <source>Los datos son de una versión más nueva de MigraDesk</source>
        <translation>The data is from a newer version of MigraDesk</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="56"/>
        <source>El archivo de datos no es de MigraDesk</source>
        <translation>The data file is not MigraDesk&apos;s</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/recovery.py" line="58"/>
        <source>No se pudieron abrir los datos</source>
        <translation>The data could not be opened</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../migradesk/ui/search.py" line="167"/>
        <source>Buscar (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/search.py" line="168"/>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/search.py" line="233"/>
        <source>%1 de %2; escriba más para acotar</source>
        <translation>%1 of %2; type more to narrow down</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../migradesk/ui/navigator.py" line="81"/>
        <source>venció el %1</source>
        <translation>was due %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/navigator.py" line="85"/>
        <source>vence hoy</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/navigator.py" line="87"/>
        <source>desde el %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/navigator.py" line="90"/>
        <source>vence el %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/navigator.py" line="279"/>
        <source>Etapas del proceso</source>
        <translation>Steps of the process</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../migradesk/ui/widgets/timeline.py" line="40"/>
        <source>Calendario del proceso</source>
        <translation>Process calendar</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/timeline.py" line="97"/>
        <source>%1 (OIM)</source>
        <translation>%1 (IOM)</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/timeline.py" line="122"/>
        <source>Hitos de las fases 4 a 6</source>
        <translation>Milestones of phases 4 to 6</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/widgets/timeline.py" line="190"/>
        <source>hoy %1</source>
        <translation>today %1</translation>
    </message>
</context>
<context>
    <name>validators</name>
    <message>
        <location filename="../../migradesk/ui/validators.py" line="22"/>
        <source>Revise el correo electrónico: debe tener la forma nombre@dominio.gob.ar.</source>
        <translation>Check the e-mail address: it must look like name@domain.gob.ar.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/validators.py" line="30"/>
        <source>Escriba el teléfono con números, por ejemplo +54 388 421-0000.</source>
        <translation>Type the phone number with digits, for example +54 388 421-0000.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/validators.py" line="38"/>
        <source>Revise la dirección web, por ejemplo www.municipio.gob.ar.</source>
        <translation>Check the web address, for example www.municipio.gob.ar.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/validators.py" line="45"/>
        <source>Este dato es obligatorio.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/validators.py" line="52"/>
        <source>La fecha no puede ser posterior a hoy (%1).</source>
        <translation>The date cannot be later than today (%1).</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="46"/>
        <source>Noroeste</source>
        <translation>Northwest</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="47"/>
        <source>Noreste</source>
        <translation>Northeast</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="48"/>
        <source>Pampeana</source>
        <translation>Pampas</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="49"/>
        <source>Cuyo</source>
        <translation>Cuyo</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="50"/>
        <source>Patagonia</source>
        <translation>Patagonia</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/cities_model.py" line="51"/>
        <source>Gran Buenos Aires</source>
        <translation>Greater Buenos Aires</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="47"/>
        <source>Lanzamiento de la campaña</source>
        <translation>Campaign launch</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="48"/>
        <source>Resultados notificados</source>
        <translation>Results notified</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="49"/>
        <source>Inicio de la Fase 1</source>
        <translation>Start of Phase 1</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="50"/>
        <source>Inicio de la Fase 2</source>
        <translation>Start of Phase 2</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="51"/>
        <source>Inicio de la Fase 4</source>
        <translation>Start of Phase 4</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/dates_page.py" line="52"/>
        <source>Inicio de la Fase 6</source>
        <translation>Start of Phase 6</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/online.py" line="105"/>
        <source>Consultando al servidor…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/timeline_chart.py" line="31"/>
        <source>Cronograma de las ciudades</source>
        <translation>The cities&apos; schedule</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/timeline_chart.py" line="99"/>
        <source>Todavía no hay ciudades.</source>
        <translation>No cities yet.</translation>
    </message>
    <message>
        <location filename="../../migradesk/ui/workspace/timeline_chart.py" line="67"/>
        <location filename="../../migradesk/ui/workspace/timeline_chart.py" line="119"/>
        <source>hoy %1</source>
        <translation>today %1</translation>
    </message>
</context>
</TS>
