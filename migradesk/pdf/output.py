"""Atomic file output: a temporary file in the target folder, fsync, then ``os.replace``.

A crash or an error never leaves half a PDF at the target, nor a temporary file beside it; an
environment problem (full disk, no permission, missing folder) becomes a :class:`PdfExportError`
with a plain Spanish message.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from migradesk.pdf.errors import PdfExportError


def describe_os_error(exc: OSError, out: Path) -> str:
    """A message a municipal official can act on."""
    folder = out.parent if str(out.parent) not in ("", ".") else Path.cwd()
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return (
            f"No hay espacio suficiente en el disco para guardar “{out}”. "
            "Libere espacio o elija otra ubicación."
        )
    if code == errno.EROFS:
        return (
            f"La ubicación “{folder}” es de solo lectura. "
            "Elija otra carpeta (por ejemplo, Documentos)."
        )
    if code in (errno.EACCES, errno.EPERM):
        if out.exists():
            return (
                f"No se puede reemplazar “{out}”: puede estar abierto en otro programa "
                "(un visor de PDF) o no tiene permiso para modificarlo. "
                "Ciérrelo o elija otro nombre."
            )
        return f"No tiene permiso para escribir en la carpeta “{folder}”. Elija otra ubicación."
    if code == errno.ENOENT:
        return f"La carpeta “{folder}” no existe. Elija una carpeta existente."
    if code == errno.ENOTDIR:
        return f"“{folder}” no es una carpeta. Elija una carpeta existente."
    if code == errno.EISDIR:
        return f"“{out}” es una carpeta: indique el nombre del archivo PDF a guardar."
    reason = exc.strerror or str(exc)
    return f"No se pudo guardar “{out}”: {reason}."


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that becomes ``out`` only if the block finishes without error.

    The temporary file is created first, so that an unwritable folder is reported before the
    (possibly long) PDF layout runs.
    """
    out = Path(out)
    if out.is_dir():
        raise PdfExportError(describe_os_error(IsADirectoryError(errno.EISDIR, "dir"), out))
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise PdfExportError(describe_os_error(exc, out)) from exc
    temp = Path(temp_name)
    try:
        _set_mode(temp, out)
        with os.fdopen(fd, "wb") as sink:
            yield sink
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(temp, out)
    except OSError as exc:
        _remove(temp)
        raise PdfExportError(describe_os_error(exc, out)) from exc
    except BaseException:
        _remove(temp)
        raise


def _set_mode(temp: Path, out: Path) -> None:
    """mkstemp makes a private file; a PDF to share gets the usual rw-r--r-- (or the old mode)."""
    try:
        mode = out.stat().st_mode & 0o777 if out.exists() else 0o644
        os.chmod(temp, mode)
    except OSError:
        pass


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
