"""A system error (OSError) in Spanish, in one sentence: the system's own words are English."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "no existe (o no existe la carpeta que debería contenerlo)",
    errno.EACCES: "no tiene permiso para usarlo",
    errno.EPERM: "no tiene permiso para usarlo",
    errno.ENOSPC: "no hay espacio en el disco",
    errno.EROFS: "está en un medio de solo lectura",
    errno.EISDIR: "es una carpeta, no un archivo",
    errno.ENOTDIR: "una parte de la ruta no es una carpeta",
    errno.EEXIST: "ya existe",
    errno.EIO: "el disco no pudo leer o escribir (error de entrada/salida)",
}


def message(exc: OSError) -> str:
    """ "No se pudo usar «/ruta»: no existe (…)." """
    reason = _REASONS.get(exc.errno or 0, exc.strerror or str(exc))
    where = f"«{exc.filename}»" if exc.filename else "un archivo"
    return f"No se pudo usar {where}: {reason}."
